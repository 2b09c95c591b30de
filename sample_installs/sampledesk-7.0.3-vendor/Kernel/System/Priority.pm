# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Priority;

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

sub LookupArticle {
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

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LockID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LockID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LockID} ) // {};

    return 1;
}

sub DeleteLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LockID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LockID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LockID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LockID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LockID} ) // {};

    return 1;
}

sub DeleteUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CustomerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{CustomerID} ) // {};

    return 1;
}

sub AddWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{LockID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LockID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LockID} ) // {};

    return 1;
}

sub LookupHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{EscalationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{EscalationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{EscalationID} ) // {};

    return 1;
}

sub AddNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CustomerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};

    return 1;
}

1;
