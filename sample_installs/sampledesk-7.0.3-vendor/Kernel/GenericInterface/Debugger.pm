# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Debugger;

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

sub MergeOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ServiceID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ServiceID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ServiceID} ) // {};

    return 1;
}

sub AddType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{HistoryID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{HistoryID} ) // {};

    return 1;
}

sub UpdatePriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{OwnerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{OwnerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{OwnerID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{OwnerID} ) // {};

    return 1;
}

sub GetNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{QueueID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{QueueID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{QueueID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{QueueID} ) // {};

    return 1;
}

sub MergeArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID CalendarID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{AttachmentID} ) // {};

    return 1;
}

sub SearchSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID AttachmentID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ArticleID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};

    return 1;
}

sub SearchCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CustomerID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{CustomerID} ) // {};

    return 1;
}

1;
