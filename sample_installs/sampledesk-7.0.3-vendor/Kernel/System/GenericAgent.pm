# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::GenericAgent;

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

sub ExistsCalendar {
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

    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{AttachmentID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub SyncType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PermissionID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PermissionID} ) // {};

    return 1;
}

sub UpdateType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{QueueID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{QueueID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{QueueID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{QueueID} ) // {};

    return 1;
}

sub MergeSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PreferenceID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PreferenceID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};

    return 1;
}

sub UpdateCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LockID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LockID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LockID} ) // {};

    return 1;
}

sub AddTicket {
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

    my $SLAData = $Self->_SLACache( SLAID => $Param{ResponsibleID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{ResponsibleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ResponsibleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ResponsibleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ResponsibleID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ResponsibleID} ) // {};

    return 1;
}

1;
