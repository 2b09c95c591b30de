# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::CustomerTicketZoom;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Owner',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ExistsUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SLAID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{SLAID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SLAID} ) // {};

    return 1;
}

sub MergeTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{CustomerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};

    return 1;
}

sub UpdateWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{QueueID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{QueueID} ) // {};

    return 1;
}

sub UpdateGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{HistoryID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{HistoryID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{HistoryID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{HistoryID} ) // {};

    return 1;
}

sub GetPermission {
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

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{NotificationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{NotificationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};

    return 1;
}

sub ExistsQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{ResponsibleID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ResponsibleID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ResponsibleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ResponsibleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ResponsibleID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub GetGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{LockID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LockID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LockID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LockID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LockID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LockID} ) // {};

    return 1;
}

1;
