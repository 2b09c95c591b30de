# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Auth::DB;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Notification',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{TemplateID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{TemplateID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{TemplateID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{TemplateID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{TemplateID} ) // {};

    return 1;
}

sub SyncWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SalutationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SalutationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{SalutationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{SalutationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SalutationID} ) // {};

    return 1;
}

sub GetNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{OwnerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{OwnerID} ) // {};

    return 1;
}

sub ExistsCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{HistoryID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{HistoryID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{HistoryID} ) // {};

    return 1;
}

sub SyncTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{SLAID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SLAID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SLAID} ) // {};

    return 1;
}

sub ListHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PermissionID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PermissionID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PermissionID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PermissionID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PermissionID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{PermissionID} ) // {};

    return 1;
}

sub GetTicket {
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

    my $UserData = $Self->_UserCache( UserID => $Param{NotificationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{NotificationID} ) // {};

    return 1;
}

1;
