# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::UninstallMergedFeatureAddOns;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Article',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ListNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{EscalationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};

    return 1;
}

sub SearchLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{SLAID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SLAID} ) // {};

    return 1;
}

sub DeleteTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{CalendarID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{CalendarID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CalendarID} ) // {};

    return 1;
}

sub SyncResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{NotificationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{NotificationID} ) // {};

    return 1;
}

sub AddType {
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

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SLAID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SLAID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SLAID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SLAID} ) // {};

    return 1;
}

sub SearchOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{EscalationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{EscalationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{EscalationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{EscalationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{EscalationID} ) // {};

    return 1;
}

sub ListState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};

    return 1;
}

sub SyncLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{AttachmentID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{AttachmentID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
