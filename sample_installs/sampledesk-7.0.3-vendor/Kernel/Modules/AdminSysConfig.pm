# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AdminSysConfig;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Group',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub DeleteSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{QueueID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{QueueID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{QueueID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{QueueID} ) // {};

    return 1;
}

sub UpdateEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CustomerID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CustomerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};

    return 1;
}

sub MergeService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ArticleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ArticleID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{ArticleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ArticleID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};

    return 1;
}

sub SearchResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CustomerID} ) // {};

    return 1;
}

sub SearchSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{HistoryID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{HistoryID} ) // {};

    return 1;
}

sub UpdateLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{PriorityID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PriorityID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PriorityID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PriorityID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PriorityID} ) // {};

    return 1;
}

sub SyncType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};

    return 1;
}

sub ListUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{GroupID} ) // {};

    return 1;
}

1;
