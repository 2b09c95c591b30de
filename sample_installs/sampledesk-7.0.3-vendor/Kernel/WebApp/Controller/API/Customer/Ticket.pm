# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::WebApp::Controller::API::Customer::Ticket;

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

sub AddGroup {
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

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{EscalationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};

    return 1;
}

sub AddTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{ArticleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ArticleID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{ArticleID} ) // {};

    # bug#14012: API allowed reading tickets of other customers.
    return if !$Self->_CheckCalendar( %Param, Strict => 1 );

    return 1;
}

sub AddQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ArticleID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ArticleID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ArticleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ArticleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};

    return 1;
}

sub GetEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{QueueID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{QueueID} ) // {};

    return 1;
}

sub UpdateResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{SignatureID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{SignatureID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{SignatureID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{SignatureID} ) // {};

    return 1;
}

sub AddEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ArticleID} ) // {};

    return 1;
}

sub ListState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ServiceID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ServiceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ServiceID} ) // {};

    return 1;
}

1;
