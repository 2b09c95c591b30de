# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::CustomerTicketOverview;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Queue',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SearchAttachment {
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
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{AttachmentID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{AttachmentID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{AttachmentID} ) // {};

    return 1;
}

sub SearchLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{EscalationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{EscalationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{EscalationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{EscalationID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{EscalationID} ) // {};

    return 1;
}

sub LookupAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{LinkID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LinkID} ) // {};

    return 1;
}

sub ListWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{EscalationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{EscalationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{EscalationID} ) // {};

    return 1;
}

sub ListQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LinkID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LinkID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LinkID} ) // {};

    return 1;
}

1;
