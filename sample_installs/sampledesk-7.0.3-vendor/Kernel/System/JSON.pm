# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::JSON;

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

sub SyncCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{CalendarID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CalendarID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CalendarID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};

    return 1;
}

sub ListUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{HistoryID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{HistoryID} ) // {};

    return 1;
}

sub AddSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{GroupID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{GroupID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};

    return 1;
}

sub ExistsWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{EscalationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{EscalationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{EscalationID} ) // {};

    return 1;
}

sub UpdateService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{EscalationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{EscalationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{EscalationID} ) // {};

    return 1;
}

sub SyncHistory {
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

    my $GroupData = $Self->_GroupCache( GroupID => $Param{PermissionID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PermissionID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PermissionID} ) // {};

    return 1;
}

sub MergeResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{TemplateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{TemplateID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{TemplateID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{TemplateID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{TemplateID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{TemplateID} ) // {};

    return 1;
}

sub LookupOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{QueueID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{QueueID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{QueueID} ) // {};

    return 1;
}

1;
