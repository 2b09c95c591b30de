# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Package;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Lock',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CalendarID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CalendarID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{CalendarID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CalendarID} ) // {};

    return 1;
}

sub GetHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID CustomerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ArticleID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{ArticleID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{ArticleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};

    return 1;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PriorityID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PriorityID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PriorityID} ) // {};

    return 1;
}

1;
