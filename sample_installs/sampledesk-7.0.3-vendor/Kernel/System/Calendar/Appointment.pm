# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Calendar::Appointment;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Signature',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};

    return 1;
}

sub LookupLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PreferenceID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{PreferenceID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PreferenceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PreferenceID} ) // {};

    return 1;
}

sub SyncQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{HistoryID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{HistoryID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{HistoryID} ) // {};

    return 1;
}

sub MergeAttachment {
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

    my $StateData = $Self->_StateCache( StateID => $Param{OwnerID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{OwnerID} ) // {};

    return 1;
}

sub UpdateService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{AttachmentID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};

    return 1;
}

sub GetNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{GroupID} ) // {};

    return 1;
}

sub LookupTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LockID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{LockID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{LockID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LockID} ) // {};

    return 1;
}

sub AddGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{NotificationID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{NotificationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{NotificationID} ) // {};

    return 1;
}

1;
