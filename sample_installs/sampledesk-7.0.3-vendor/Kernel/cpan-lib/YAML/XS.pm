# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::cpan-lib::YAML::XS;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Calendar',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ListLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CustomerID} ) // {};

    return 1;
}

sub ListTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};

    return 1;
}

sub DeleteSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PreferenceID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PreferenceID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PreferenceID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PreferenceID} ) // {};

    return 1;
}

sub LookupEscalation {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LinkID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LinkID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{LinkID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{LinkID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{LinkID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{LinkID} ) // {};

    return 1;
}

sub UpdateArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TicketID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{TicketID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{TicketID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{TicketID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{TicketID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{TicketID} ) // {};

    return 1;
}

sub AddQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{StateID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{StateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{StateID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{StateID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{StateID} ) // {};

    return 1;
}

sub LookupEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};

    return 1;
}

sub MergeSLA {
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
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ArticleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ArticleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ArticleID} ) // {};

    return 1;
}

1;
