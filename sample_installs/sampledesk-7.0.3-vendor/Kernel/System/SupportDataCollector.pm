# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::SupportDataCollector;

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

sub SearchQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TicketID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{TicketID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{TicketID} ) // {};

    return 1;
}

sub UpdateNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{LinkID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LinkID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LinkID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LinkID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{SLAID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SLAID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{SLAID} ) // {};

    return 1;
}

sub AddResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CalendarID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};

    return 1;
}

sub LookupHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SalutationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{SalutationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SalutationID} ) // {};

    return 1;
}

1;
