# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Ticket::Event::Escalation;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Template',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub DeletePermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{SLAID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SLAID} ) // {};

    return 1;
}

sub MergeHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PermissionID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PermissionID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PermissionID} ) // {};

    return 1;
}

sub UpdateHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PriorityID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PriorityID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{PriorityID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PriorityID} ) // {};

    return 1;
}

sub SearchArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{HistoryID} ) // {};

    return 1;
}

sub ListSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{ArticleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{ArticleID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ArticleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};

    return 1;
}

sub SyncSalutation {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LockID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{LockID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};

    return 1;
}

1;
