# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::CloudService::Backend::Run;

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

sub SearchHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{LinkID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LinkID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LinkID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LinkID} ) // {};

    return 1;
}

sub SyncType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{OwnerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{OwnerID} ) // {};

    return 1;
}

sub AddPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{GroupID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{GroupID} ) // {};

    return 1;
}

sub MergeHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{CalendarID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CalendarID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CalendarID} ) // {};

    return 1;
}

sub GetResponsible {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PriorityID} ) // {};

    return 1;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{OwnerID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{OwnerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{OwnerID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{OwnerID} ) // {};

    return 1;
}

sub AddQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SignatureID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{SignatureID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{SignatureID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{SignatureID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{SignatureID} ) // {};

    return 1;
}

sub SyncUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID GroupID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{EscalationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{EscalationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};

    return 1;
}

1;
