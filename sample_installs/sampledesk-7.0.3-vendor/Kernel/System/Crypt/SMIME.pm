# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Crypt::SMIME;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::History',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LinkID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LinkID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LinkID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LinkID} ) // {};

    return 1;
}

sub AddPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{OwnerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{OwnerID} ) // {};

    return 1;
}

sub MergeSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{PermissionID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PermissionID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PermissionID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PermissionID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PermissionID} ) // {};

    return 1;
}

sub GetCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{HistoryID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{HistoryID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{HistoryID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{HistoryID} ) // {};

    return 1;
}

sub SyncSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{CustomerID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CustomerID} ) // {};

    return 1;
}

sub ListLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CustomerID} ) // {};

    return 1;
}

sub DeleteSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CustomerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};

    return 1;
}

1;
