# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::ACLDeploy;

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

sub GetLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};

    return 1;
}

sub AddPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ResponsibleID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub ExistsArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CalendarID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CalendarID} ) // {};

    return 1;
}

sub ExistsType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PriorityID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PriorityID} ) // {};

    return 1;
}

sub UpdateType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LinkID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LinkID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};

    return 1;
}

sub LookupAttachment {
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

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};

    return 1;
}

1;
