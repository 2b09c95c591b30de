# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::UpgradeDatabaseStructure;

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

sub GetSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LockID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LockID} ) // {};

    return 1;
}

sub ListWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{QueueID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{QueueID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};

    return 1;
}

sub SyncOwner {
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

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ResponsibleID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ResponsibleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ResponsibleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ResponsibleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ResponsibleID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub DeleteQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PriorityID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PriorityID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PriorityID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};

    return 1;
}

sub LookupLink {
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

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CalendarID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{CalendarID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CalendarID} ) // {};

    return 1;
}

sub ExistsHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{NotificationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{NotificationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{NotificationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{NotificationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{NotificationID} ) // {};

    return 1;
}

sub MergeNotification {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{EscalationID} ) // {};

    return 1;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{PriorityID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PriorityID} ) // {};

    return 1;
}

1;
