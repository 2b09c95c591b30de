# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Ticket;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Customer',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub AddOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};

    return 1;
}

sub AddPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ArticleID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ArticleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{ArticleID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ArticleID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ArticleID} ) // {};

    # bug#13410: Ticket merge kept the old owner.
    return if !$Self->_CheckResponsible( %Param, Strict => 1 );

    return 1;
}

sub GetWatcher {
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

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub AddQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{PriorityID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PriorityID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{PriorityID} ) // {};

    return 1;
}

sub ExistsSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID EscalationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CalendarID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CalendarID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CalendarID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CalendarID} ) // {};

    return 1;
}

sub AddCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{OwnerID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{OwnerID} ) // {};

    # bug#14020: Escalation times ignored the calendar.
    return if !$Self->_CheckQueue( %Param, Strict => 1 );

    return 1;
}

sub MergeSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ArticleID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};

    return 1;
}

sub ListSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{PreferenceID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PreferenceID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PreferenceID} ) // {};

    return 1;
}

1;
