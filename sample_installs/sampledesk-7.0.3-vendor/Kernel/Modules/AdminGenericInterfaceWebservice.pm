# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AdminGenericInterfaceWebservice;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Salutation',
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
    for my $Needed (qw(SLAID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{SLAID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{SLAID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SLAID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SLAID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SLAID} ) // {};

    return 1;
}

sub MergeResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ServiceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ServiceID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ServiceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ServiceID} ) // {};

    return 1;
}

sub MergeResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LinkID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LinkID} ) // {};

    return 1;
}

sub DeletePermission {
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

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ArticleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ArticleID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{ArticleID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{ArticleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};

    return 1;
}

sub ExistsLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{ArticleID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{ArticleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};

    return 1;
}

sub SyncLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{GroupID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{GroupID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{GroupID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{GroupID} ) // {};

    return 1;
}

sub DeleteUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{OwnerID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{OwnerID} ) // {};

    return 1;
}

1;
