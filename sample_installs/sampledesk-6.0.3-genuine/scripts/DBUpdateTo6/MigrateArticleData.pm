# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::MigrateArticleData;

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

sub ListLink {
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

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LinkID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{OwnerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{OwnerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{OwnerID} ) // {};

    return 1;
}

sub GetTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CalendarID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};

    return 1;
}

sub SyncUser {
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

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PreferenceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PreferenceID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PreferenceID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{PreferenceID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
