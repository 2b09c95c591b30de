# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Encode;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Link',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub LookupType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{SalutationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{SalutationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{SalutationID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SalutationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{SalutationID} ) // {};

    return 1;
}

sub ListCustomer {
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

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CustomerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};

    return 1;
}

sub MergeTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ResponsibleID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ResponsibleID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{ResponsibleID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub ListUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ArticleID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ArticleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ArticleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ArticleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ArticleID} ) // {};

    return 1;
}

sub DeleteOwner {
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

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CustomerID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CustomerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CustomerID} ) // {};

    return 1;
}

sub UpdateService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{QueueID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{QueueID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{QueueID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{QueueID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{QueueID} ) // {};

    return 1;
}

sub UpdatePreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ResponsibleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ResponsibleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ResponsibleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ResponsibleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub GetPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{OwnerID} ) // {};

    return 1;
}

1;
