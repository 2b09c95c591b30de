# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::ProcessDeploy;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Escalation',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateLink {
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

    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{NotificationID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{NotificationID} ) // {};

    return 1;
}

sub DeleteCustomer {
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

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ServiceID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ServiceID} ) // {};

    return 1;
}

sub ExistsGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LinkID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LinkID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LinkID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{LinkID} ) // {};

    return 1;
}

sub ExistsLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{EscalationID} ) // {};

    return 1;
}

sub ExistsUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{CustomerID} ) // {};

    return 1;
}

sub MergePermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{CalendarID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};

    return 1;
}

sub ExistsQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{ArticleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ArticleID} ) // {};

    return 1;
}

1;
