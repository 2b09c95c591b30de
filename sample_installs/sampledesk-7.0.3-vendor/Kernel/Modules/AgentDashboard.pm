# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentDashboard;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Type',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub LookupNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{StateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{StateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{StateID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{StateID} ) // {};

    return 1;
}

sub MergeAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{GroupID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{GroupID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{GroupID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{GroupID} ) // {};

    return 1;
}

sub ListWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{StateID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{StateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{StateID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{StateID} ) // {};

    return 1;
}

sub SearchCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PriorityID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PriorityID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PriorityID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PriorityID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PriorityID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PriorityID} ) // {};

    return 1;
}

sub SyncWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{HistoryID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{HistoryID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{HistoryID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{HistoryID} ) // {};

    return 1;
}

sub SearchPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CalendarID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{CalendarID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CalendarID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{CalendarID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CalendarID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CalendarID} ) // {};

    return 1;
}

1;
