# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::WebApp::Controller::API::Customer::Article;

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

sub ExistsSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{CalendarID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CalendarID} ) // {};

    return 1;
}

sub DeleteLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{SalutationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{SalutationID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{SalutationID} ) // {};

    return 1;
}

sub ListSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LinkID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{LinkID} ) // {};

    return 1;
}

sub UpdateUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CustomerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};

    return 1;
}

sub LookupAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ServiceID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ServiceID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{ServiceID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ServiceID} ) // {};

    return 1;
}

sub AddState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{GroupID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{GroupID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{GroupID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{GroupID} ) // {};

    return 1;
}

sub ExistsLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{HistoryID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{HistoryID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{HistoryID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{HistoryID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{HistoryID} ) // {};

    return 1;
}

sub DeletePriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
