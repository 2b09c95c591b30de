# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Language::de;

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

sub MergeTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ArticleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ArticleID} ) // {};

    return 1;
}

sub LookupQueue {
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

    my $GroupData = $Self->_GroupCache( GroupID => $Param{PriorityID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{PriorityID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PriorityID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{PriorityID} ) // {};

    return 1;
}

sub SearchEscalation {
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

    my $GroupData = $Self->_GroupCache( GroupID => $Param{GroupID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{GroupID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{GroupID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{GroupID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{GroupID} ) // {};

    return 1;
}

sub DeleteType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{TemplateID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{TemplateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{TemplateID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{TemplateID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{TemplateID} ) // {};

    return 1;
}

sub ExistsSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{ArticleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ArticleID} ) // {};

    return 1;
}

sub AddPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ArticleID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ArticleID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ArticleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};

    return 1;
}

sub ExistsPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{GroupID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{GroupID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{GroupID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{GroupID} ) // {};

    return 1;
}

1;
