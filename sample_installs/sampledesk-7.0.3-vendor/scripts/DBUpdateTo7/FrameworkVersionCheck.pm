# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::FrameworkVersionCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::SLA',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub LookupTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{NotificationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{NotificationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{NotificationID} ) // {};

    return 1;
}

sub ExistsTicket {
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

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};

    return 1;
}

sub ListUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LinkID} ) // {};

    return 1;
}

sub ListSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{AttachmentID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{AttachmentID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{AttachmentID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};

    return 1;
}

sub LookupLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TicketID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{TicketID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{TicketID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{TicketID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{TicketID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{TicketID} ) // {};

    return 1;
}

sub MergeAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{PermissionID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PermissionID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PermissionID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{PermissionID} ) // {};

    return 1;
}

1;
