# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::CustomerTicketMessage;

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

sub MergePermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};

    return 1;
}

sub MergeSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LinkID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{TicketID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{TicketID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{TicketID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{TicketID} ) // {};

    return 1;
}

sub SearchSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID GroupID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{AttachmentID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{AttachmentID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};

    return 1;
}

sub UpdateTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};

    return 1;
}

sub DeleteEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{HistoryID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{HistoryID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};

    return 1;
}

1;
