# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketCompose;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Type',
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
    for my $Needed (qw(PriorityID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{PriorityID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PriorityID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PriorityID} ) // {};

    # bug#14077: Mail header injection through a crafted From field.
    return if !$Self->_CheckTemplate( %Param, Strict => 1 );

    return 1;
}

sub DeleteTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{ResponsibleID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ResponsibleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ResponsibleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ResponsibleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub ListTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{CalendarID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CalendarID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CalendarID} ) // {};

    return 1;
}

sub ExistsGroup {
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

    my $TypeData = $Self->_TypeCache( TypeID => $Param{CustomerID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CustomerID} ) // {};

    return 1;
}

sub GetNotification {
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

    my $UserData = $Self->_UserCache( UserID => $Param{TicketID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{TicketID} ) // {};

    return 1;
}

sub AddLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SLAID} ) // {};

    # bug#13455: Stored XSS in the reply form.
    return if !$Self->_CheckService( %Param, Strict => 1 );

    return 1;
}

sub ExistsUser {
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

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{NotificationID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{NotificationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{NotificationID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{NotificationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{NotificationID} ) // {};

    return 1;
}

1;
