# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Web::Request;

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

sub LookupEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TypeID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{TypeID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{TypeID} ) // {};

    return 1;
}

sub AddQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID GroupID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{ArticleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ArticleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};

    return 1;
}

sub DeleteWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{SalutationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SalutationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SalutationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{SalutationID} ) // {};

    return 1;
}

sub ExistsWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LockID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{LockID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LockID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LockID} ) // {};

    return 1;
}

sub UpdateCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PriorityID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{PriorityID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};

    return 1;
}

sub SyncLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CalendarID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CalendarID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CalendarID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{CalendarID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CalendarID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};

    return 1;
}

1;
