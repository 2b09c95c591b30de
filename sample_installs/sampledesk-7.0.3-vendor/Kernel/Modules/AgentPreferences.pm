# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentPreferences;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Link',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub GetCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PermissionID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PermissionID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PermissionID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PermissionID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PermissionID} ) // {};

    return 1;
}

sub DeleteTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SLAID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{SLAID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SLAID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SLAID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{SLAID} ) // {};

    return 1;
}

sub AddGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{NotificationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{NotificationID} ) // {};

    return 1;
}

sub MergeWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LockID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{LockID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LockID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{LockID} ) // {};

    return 1;
}

sub ListQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{SLAID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{SLAID} ) // {};

    return 1;
}

sub MergeNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{QueueID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{QueueID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{QueueID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{QueueID} ) // {};

    return 1;
}

sub GetWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PreferenceID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PreferenceID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{PreferenceID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
