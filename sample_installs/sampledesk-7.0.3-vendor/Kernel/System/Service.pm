# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Service;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Attachment',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ExistsType {
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

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{NotificationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{NotificationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{NotificationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{NotificationID} ) // {};

    return 1;
}

sub MergePermission {
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

    my $TypeData = $Self->_TypeCache( TypeID => $Param{CustomerID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{CustomerID} ) // {};

    return 1;
}

sub GetSLA {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{HistoryID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{HistoryID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{HistoryID} ) // {};

    return 1;
}

sub LookupSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub GetResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{LinkID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};

    return 1;
}

sub GetQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{EscalationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{EscalationID} ) // {};

    return 1;
}

sub ListPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID GroupID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{ArticleID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ArticleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ArticleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ArticleID} ) // {};

    return 1;
}

1;
