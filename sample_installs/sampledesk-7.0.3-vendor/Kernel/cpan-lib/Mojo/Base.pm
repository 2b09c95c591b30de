# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::cpan-lib::Mojo::Base;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Attachment',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub GetQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{HistoryID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{HistoryID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{HistoryID} ) // {};

    return 1;
}

sub UpdateNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};

    return 1;
}

sub AddService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LinkID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LinkID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LinkID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{HistoryID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{HistoryID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};

    return 1;
}

sub DeleteWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{ServiceID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ServiceID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ServiceID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{ServiceID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ServiceID} ) // {};

    return 1;
}

1;
