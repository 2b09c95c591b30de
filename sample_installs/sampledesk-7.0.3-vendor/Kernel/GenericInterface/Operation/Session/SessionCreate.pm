# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Operation::Session::SessionCreate;

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

sub MergePriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID CalendarID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ArticleID} ) // {};

    return 1;
}

sub AddResponsible {
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

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{NotificationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{NotificationID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{NotificationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{NotificationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{NotificationID} ) // {};

    return 1;
}

sub ListResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LockID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LockID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LockID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LockID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};

    return 1;
}

sub MergeTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{HistoryID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};

    return 1;
}

sub LookupLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{GroupID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{GroupID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{GroupID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{GroupID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{GroupID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};

    return 1;
}

1;
