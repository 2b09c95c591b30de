# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketForward;

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

sub UpdatePriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SalutationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SalutationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SalutationID} ) // {};

    return 1;
}

sub ExistsGroup {
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

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ResponsibleID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{ResponsibleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ResponsibleID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub LookupArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{TemplateID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{TemplateID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{TemplateID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{TemplateID} ) // {};

    return 1;
}

sub MergeResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{QueueID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{QueueID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{QueueID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{QueueID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};

    return 1;
}

sub DeleteWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{HistoryID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{HistoryID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{HistoryID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{HistoryID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};

    return 1;
}

sub ExistsOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
