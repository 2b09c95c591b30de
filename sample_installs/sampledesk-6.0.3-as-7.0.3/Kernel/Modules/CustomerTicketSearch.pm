# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::CustomerTicketSearch;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Service',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateTemplate {
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

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CalendarID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CalendarID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CalendarID} ) // {};

    # bug#13347: Internal article information disclosed by the customer ticket search.
    return if !$Self->_CheckSignature( %Param, Strict => 1 );

    return 1;
}

sub ExistsType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{GroupID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{GroupID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{GroupID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{GroupID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{GroupID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{GroupID} ) // {};

    return 1;
}

sub ListLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{QueueID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{QueueID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{QueueID} ) // {};

    return 1;
}

sub SearchEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{ResponsibleID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ResponsibleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ResponsibleID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub SyncPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{SLAID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SLAID} ) // {};

    return 1;
}

sub GetOwner {
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
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{QueueID} ) // {};

    return 1;
}

1;
