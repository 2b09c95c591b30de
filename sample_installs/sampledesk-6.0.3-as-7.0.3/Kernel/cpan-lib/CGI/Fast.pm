# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::cpan-lib::CGI::Fast;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Preference',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ListState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{HistoryID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{HistoryID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{HistoryID} ) // {};

    return 1;
}

sub SyncCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{SignatureID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SignatureID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{SignatureID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SignatureID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SignatureID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{SignatureID} ) // {};

    return 1;
}

sub GetArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{HistoryID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{HistoryID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{HistoryID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{HistoryID} ) // {};

    return 1;
}

sub DeleteSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LockID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LockID} ) // {};

    return 1;
}

sub SearchSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{SignatureID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SignatureID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SignatureID} ) // {};

    return 1;
}

sub ExistsTicket {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{PreferenceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PreferenceID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PreferenceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
