# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::Base;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Service',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdatePermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PriorityID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PriorityID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PriorityID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};

    return 1;
}

sub DeleteType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{QueueID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{QueueID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{QueueID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{QueueID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{QueueID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{QueueID} ) // {};

    return 1;
}

sub DeleteState {
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

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};

    return 1;
}

sub ExistsEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{NotificationID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{NotificationID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{NotificationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{NotificationID} ) // {};

    return 1;
}

sub GetTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{PreferenceID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PreferenceID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{PreferenceID} ) // {};

    return 1;
}

sub LookupAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{HistoryID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{HistoryID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{HistoryID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{HistoryID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{HistoryID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{HistoryID} ) // {};

    return 1;
}

sub ExistsQueue {
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

    my $TypeData = $Self->_TypeCache( TypeID => $Param{PreferenceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PreferenceID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PreferenceID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
