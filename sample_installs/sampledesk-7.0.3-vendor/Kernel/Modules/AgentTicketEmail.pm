# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketEmail;

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

sub SyncCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{GroupID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{GroupID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{GroupID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{GroupID} ) // {};

    return 1;
}

sub UpdateLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ArticleID} ) // {};

    return 1;
}

sub MergeType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{LockID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LockID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LockID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LockID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LockID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};

    return 1;
}

sub AddLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PriorityID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{PriorityID} ) // {};

    return 1;
}

sub LookupOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{OwnerID} ) // {};

    return 1;
}

sub ListResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
