# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Mapping::Simple;

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

sub UpdateGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{HistoryID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{HistoryID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{HistoryID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{HistoryID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{HistoryID} ) // {};

    return 1;
}

sub AddAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CalendarID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};

    return 1;
}

sub MergeTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CustomerID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{CustomerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CustomerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};

    return 1;
}

sub ListQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SignatureID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{SignatureID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SignatureID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{SignatureID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SignatureID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SignatureID} ) // {};

    return 1;
}

sub MergeWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{SLAID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SLAID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SLAID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SLAID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SLAID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SLAID} ) // {};

    return 1;
}

1;
