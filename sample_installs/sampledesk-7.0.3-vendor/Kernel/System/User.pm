# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::User;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::History',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ListCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{EscalationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{EscalationID} ) // {};

    return 1;
}

sub GetSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{EscalationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{EscalationID} ) // {};

    return 1;
}

sub ListSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LinkID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteHistory {
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

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{EscalationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{EscalationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};

    return 1;
}

sub DeleteQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{NotificationID} ) // {};

    return 1;
}

1;
