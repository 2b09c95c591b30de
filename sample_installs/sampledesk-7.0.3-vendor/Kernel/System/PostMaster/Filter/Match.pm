# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::PostMaster::Filter::Match;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Escalation',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub AddTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{WatcherID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{WatcherID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{WatcherID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{WatcherID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{WatcherID} ) // {};

    return 1;
}

sub LookupOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PreferenceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PreferenceID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PreferenceID} ) // {};

    return 1;
}

sub DeleteNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CalendarID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CalendarID} ) // {};

    return 1;
}

sub MergeWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{NotificationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{NotificationID} ) // {};

    return 1;
}

sub DeleteUser {
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

    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{AttachmentID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{AttachmentID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{AttachmentID} ) // {};

    return 1;
}

sub UpdateCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LinkID} ) // {};

    return 1;
}

sub MergeLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{ResponsibleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ResponsibleID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ResponsibleID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{ResponsibleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ResponsibleID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ResponsibleID} ) // {};

    return 1;
}

1;
