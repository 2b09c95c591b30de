# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::Installer;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Attachment',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub GetLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{StateID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{StateID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{StateID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{StateID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{StateID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{StateID} ) // {};

    return 1;
}

sub AddLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PreferenceID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PreferenceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PreferenceID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PreferenceID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PreferenceID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PreferenceID} ) // {};

    return 1;
}

sub AddAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TypeID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{TypeID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{TypeID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{TypeID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{TypeID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{TypeID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{TypeID} ) // {};

    return 1;
}

sub MergeLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};

    return 1;
}

sub DeleteEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{SalutationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SalutationID} ) // {};

    return 1;
}

sub GetSalutation {
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

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CustomerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};

    return 1;
}

sub UpdateTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{SalutationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{SalutationID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SalutationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SalutationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SalutationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{SalutationID} ) // {};

    return 1;
}

sub MergeCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{ArticleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};

    return 1;
}

1;
