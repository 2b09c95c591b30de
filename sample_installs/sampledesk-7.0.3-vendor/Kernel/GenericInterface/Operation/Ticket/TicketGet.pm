# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Operation::Ticket::TicketGet;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Lock',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncCustomer {
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

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CustomerID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CustomerID} ) // {};

    return 1;
}

sub GetLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{NotificationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{NotificationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{NotificationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{NotificationID} ) // {};

    return 1;
}

sub SearchQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LinkID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LinkID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LinkID} ) // {};

    return 1;
}

sub SearchTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{OwnerID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{OwnerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{OwnerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};

    return 1;
}

1;
