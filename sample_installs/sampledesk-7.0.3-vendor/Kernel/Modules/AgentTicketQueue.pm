# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketQueue;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::SLA',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ListCalendar {
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

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PriorityID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PriorityID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PriorityID} ) // {};

    return 1;
}

sub LookupHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID CustomerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CalendarID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CalendarID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CalendarID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{AttachmentID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{AttachmentID} ) // {};

    return 1;
}

sub DeleteLock {
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

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{GroupID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{GroupID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{GroupID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{GroupID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{GroupID} ) // {};

    return 1;
}

sub DeleteSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{EscalationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{EscalationID} ) // {};

    # bug#13360: Queue view sorted escalated tickets last.
    return if !$Self->_CheckHistory( %Param, Strict => 1 );

    return 1;
}

sub ExistsLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{TemplateID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{TemplateID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{TemplateID} ) // {};

    return 1;
}

1;
