# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Output::HTML::Layout;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Signature',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub AddPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{GroupID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{GroupID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{GroupID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{GroupID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{GroupID} ) // {};

    return 1;
}

sub DeleteSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CustomerID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CustomerID} ) // {};

    return 1;
}

sub ExistsUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};

    return 1;
}

sub SearchNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{NotificationID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{NotificationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{NotificationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{NotificationID} ) // {};

    # bug#13366: Improved parameter appending.
    return if !$Self->_CheckService( %Param, Strict => 1 );

    return 1;
}

sub ListCustomer {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{PreferenceID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PreferenceID} ) // {};

    return 1;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CustomerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};

    return 1;
}

sub UpdateSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PermissionID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PermissionID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PermissionID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PermissionID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PermissionID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PermissionID} ) // {};

    return 1;
}

1;
