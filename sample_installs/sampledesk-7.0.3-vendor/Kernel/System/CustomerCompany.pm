# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::CustomerCompany;

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

sub GetPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{SLAID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SLAID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SLAID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SLAID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SLAID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{SLAID} ) // {};

    return 1;
}

sub LookupTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{ResponsibleID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ResponsibleID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ResponsibleID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{ResponsibleID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub MergeHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{QueueID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{QueueID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};

    return 1;
}

sub ListCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{ArticleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ArticleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ArticleID} ) // {};

    return 1;
}

sub LookupOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{TemplateID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{TemplateID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{TemplateID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{TemplateID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{TemplateID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{TemplateID} ) // {};

    return 1;
}

sub ExistsCalendar {
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

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{ArticleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};

    return 1;
}

sub MergeEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID EscalationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ArticleID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{ArticleID} ) // {};

    return 1;
}

sub ExistsQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PreferenceID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PreferenceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
