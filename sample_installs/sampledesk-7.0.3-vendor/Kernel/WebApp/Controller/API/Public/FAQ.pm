# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::WebApp::Controller::API::Public::FAQ;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Watcher',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncLock {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{CalendarID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CalendarID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CalendarID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CalendarID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};

    return 1;
}

sub AddTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{GroupID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{GroupID} ) // {};

    return 1;
}

sub DeleteState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};

    return 1;
}

sub MergeWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PreferenceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PreferenceID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PreferenceID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
