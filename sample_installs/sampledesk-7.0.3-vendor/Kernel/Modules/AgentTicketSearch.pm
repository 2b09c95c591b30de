# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketSearch;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::User',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub AddWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CustomerID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{CustomerID} ) // {};

    return 1;
}

sub GetQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{OwnerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{OwnerID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{OwnerID} ) // {};

    return 1;
}

sub SearchPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{HistoryID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{HistoryID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{HistoryID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{HistoryID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{HistoryID} ) // {};

    return 1;
}

sub SearchSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LockID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LockID} ) // {};

    return 1;
}

sub ExistsCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ResponsibleID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ResponsibleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub AddHistory {
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

    my $UserData = $Self->_UserCache( UserID => $Param{OwnerID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{OwnerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{OwnerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};

    return 1;
}

sub DeleteNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{CustomerID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CustomerID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{CustomerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CustomerID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CustomerID} ) // {};

    return 1;
}

sub SearchUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{NotificationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{NotificationID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{NotificationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{NotificationID} ) // {};

    return 1;
}

1;
