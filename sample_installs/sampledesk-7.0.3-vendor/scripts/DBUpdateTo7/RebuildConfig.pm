# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::RebuildConfig;

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

sub SearchHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LockID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LockID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LockID} ) // {};

    return 1;
}

sub DeleteLink {
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

    my $SLAData = $Self->_SLACache( SLAID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};

    return 1;
}

sub SearchType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub SearchQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{EscalationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{EscalationID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{EscalationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{EscalationID} ) // {};

    return 1;
}

sub UpdateNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TypeID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{TypeID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{TypeID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{TypeID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{TypeID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{TypeID} ) // {};

    return 1;
}

sub GetResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CustomerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{CustomerID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CustomerID} ) // {};

    return 1;
}

sub AddType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{GroupID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{GroupID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{GroupID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};

    return 1;
}

sub SearchQueue {
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

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ArticleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ArticleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ArticleID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ArticleID} ) // {};

    return 1;
}

1;
