# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Transport::HTTP::SOAP;

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

sub LookupPriority {
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

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LockID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LockID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LockID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LockID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LockID} ) // {};

    return 1;
}

sub ListOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LinkID} ) // {};

    return 1;
}

sub ListSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PreferenceID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PreferenceID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PreferenceID} ) // {};

    return 1;
}

sub AddNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{OwnerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{OwnerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{OwnerID} ) // {};

    return 1;
}

sub GetEscalation {
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

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{EscalationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{EscalationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{EscalationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};

    return 1;
}

sub MergePermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{PermissionID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PermissionID} ) // {};

    return 1;
}

sub ExistsOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{EscalationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{EscalationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{EscalationID} ) // {};

    return 1;
}

sub UpdateOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LockID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LockID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LockID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LockID} ) // {};

    return 1;
}

1;
