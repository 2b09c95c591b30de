# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::WebApp::Util::Auth;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Calendar',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SLAID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SLAID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SLAID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SLAID} ) // {};

    return 1;
}

sub AddSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ServiceID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ServiceID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ServiceID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ServiceID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ServiceID} ) // {};

    return 1;
}

sub SearchCalendar {
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

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{AttachmentID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};

    return 1;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{NotificationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{NotificationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{NotificationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{NotificationID} ) // {};

    return 1;
}

sub MergeService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{EscalationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{EscalationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{EscalationID} ) // {};

    return 1;
}

sub SearchResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PermissionID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PermissionID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PermissionID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PermissionID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PermissionID} ) // {};

    return 1;
}

1;
