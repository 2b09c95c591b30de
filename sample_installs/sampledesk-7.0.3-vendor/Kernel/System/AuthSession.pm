# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::AuthSession;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Queue',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub GetLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{OwnerID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{OwnerID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{OwnerID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{OwnerID} ) // {};

    return 1;
}

sub LookupHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{EscalationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{EscalationID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};

    return 1;
}

sub SyncPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{PermissionID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PermissionID} ) // {};

    return 1;
}

sub GetNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{PermissionID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{PermissionID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PermissionID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PermissionID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PermissionID} ) // {};

    return 1;
}

sub SyncSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{OwnerID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{OwnerID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};

    return 1;
}

sub AddLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SalutationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};

    return 1;
}

sub LookupAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ResponsibleID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ResponsibleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ResponsibleID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ResponsibleID} ) // {};

    return 1;
}

1;
