# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Language::en;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Ticket',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{AttachmentID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{AttachmentID} ) // {};

    return 1;
}

sub GetCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{EscalationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{EscalationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};

    return 1;
}

sub ExistsPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CalendarID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{CalendarID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CalendarID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};

    return 1;
}

sub LookupAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LinkID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};

    return 1;
}

sub SearchTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SalutationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{SalutationID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{SalutationID} ) // {};

    return 1;
}

sub SyncState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};

    return 1;
}

sub SyncOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{PermissionID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PermissionID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PermissionID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PermissionID} ) // {};

    return 1;
}

1;
