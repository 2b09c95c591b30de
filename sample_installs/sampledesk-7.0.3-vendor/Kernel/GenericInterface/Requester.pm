# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Requester;

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

sub ListTicket {
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

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CalendarID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CalendarID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CalendarID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CalendarID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CalendarID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{NotificationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{NotificationID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{NotificationID} ) // {};

    return 1;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LockID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LockID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LockID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};

    return 1;
}

1;
