# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::YAML;

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

sub SyncCalendar {
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

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ArticleID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ArticleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ArticleID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ArticleID} ) // {};

    return 1;
}

sub SearchLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID AttachmentID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ArticleID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ArticleID} ) // {};

    return 1;
}

sub DeletePreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CalendarID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{CalendarID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateQueue {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{SignatureID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SignatureID} ) // {};

    return 1;
}

sub AddPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LinkID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{LinkID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};

    return 1;
}

sub AddUser {
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

    my $StateData = $Self->_StateCache( StateID => $Param{AttachmentID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
