# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Calendar;

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

sub SyncAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{GroupID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{GroupID} ) // {};

    return 1;
}

sub LookupSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{AttachmentID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{AttachmentID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub UpdateHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{AttachmentID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{AttachmentID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub ListState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{PreferenceID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PreferenceID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PreferenceID} ) // {};

    return 1;
}

sub GetPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ArticleID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ArticleID} ) // {};

    return 1;
}

sub SyncLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{NotificationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{NotificationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{NotificationID} ) // {};

    return 1;
}

sub DeleteState {
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

    my $GroupData = $Self->_GroupCache( GroupID => $Param{SalutationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SalutationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SalutationID} ) // {};

    return 1;
}

1;
