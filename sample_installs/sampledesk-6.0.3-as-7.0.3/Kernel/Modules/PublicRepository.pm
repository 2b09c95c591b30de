# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::PublicRepository;

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

sub DeleteType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LockID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LockID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{LockID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LockID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LockID} ) // {};

    return 1;
}

sub ListService {
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

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{GroupID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{GroupID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{GroupID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{GroupID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{GroupID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{GroupID} ) // {};

    return 1;
}

sub ListArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{ArticleID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ArticleID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};

    return 1;
}

sub GetSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID GroupID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{AttachmentID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{AttachmentID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};

    return 1;
}

sub ExistsEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{EscalationID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{EscalationID} ) // {};

    return 1;
}

1;
