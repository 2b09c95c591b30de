# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::MigrateSessions;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Watcher',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub MergeWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{HistoryID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{HistoryID} ) // {};

    return 1;
}

sub AddPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LockID} ) // {};

    return 1;
}

sub ListService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};

    return 1;
}

sub MergeAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{ResponsibleID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ResponsibleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub SyncResponsible {
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

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{OwnerID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{OwnerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{OwnerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{OwnerID} ) // {};

    return 1;
}

sub SearchState {
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

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{NotificationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{NotificationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{NotificationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{NotificationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{NotificationID} ) // {};

    return 1;
}

sub UpdateAttachment {
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

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{AttachmentID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
