# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::FrameworkVersionCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Responsible',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub AddOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PriorityID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};

    return 1;
}

sub GetWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CalendarID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CalendarID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CalendarID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CalendarID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};

    return 1;
}

sub SyncHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CalendarID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{CalendarID} ) // {};

    return 1;
}

sub DeleteType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SalutationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SalutationID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{SalutationID} ) // {};

    return 1;
}

sub MergeType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LinkID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LinkID} ) // {};

    return 1;
}

1;
