# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::PerlModulesCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Service',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SearchOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{PermissionID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PermissionID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PermissionID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PermissionID} ) // {};

    return 1;
}

sub UpdateLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{EscalationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{EscalationID} ) // {};

    return 1;
}

sub UpdateWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub ExistsWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{NotificationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{NotificationID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{NotificationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{NotificationID} ) // {};

    return 1;
}

sub SearchSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ResponsibleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ResponsibleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub SyncArticle {
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

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{NotificationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{NotificationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{NotificationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{NotificationID} ) // {};

    return 1;
}

sub MergeCalendar {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{PermissionID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PermissionID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PermissionID} ) // {};

    return 1;
}

sub MergeHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ServiceID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ServiceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ServiceID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ServiceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ServiceID} ) // {};

    return 1;
}

1;
