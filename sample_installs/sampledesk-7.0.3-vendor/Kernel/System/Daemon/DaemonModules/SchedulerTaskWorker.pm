# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Daemon::DaemonModules::SchedulerTaskWorker;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Customer',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};

    return 1;
}

sub SyncState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{NotificationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{NotificationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};

    return 1;
}

sub ExistsGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{CalendarID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{CalendarID} ) // {};

    return 1;
}

sub DeleteGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{CalendarID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CalendarID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{CalendarID} ) // {};

    return 1;
}

sub GetGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID EscalationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{AttachmentID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
