# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::MigrateWebServiceConfiguration;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::State',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ListType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{OwnerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{OwnerID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{OwnerID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{OwnerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};

    return 1;
}

sub DeleteLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID CustomerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{AttachmentID} ) // {};

    return 1;
}

sub ExistsNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{CustomerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};

    return 1;
}

sub DeleteLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{AttachmentID} ) // {};

    return 1;
}

sub ExistsGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{QueueID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{QueueID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{QueueID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{QueueID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{QueueID} ) // {};

    return 1;
}

sub UpdateGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{EscalationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{EscalationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{EscalationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{EscalationID} ) // {};

    return 1;
}

sub MergeEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};

    return 1;
}

sub SearchQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LockID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{LockID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{LockID} ) // {};

    return 1;
}

1;
