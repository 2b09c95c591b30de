# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Email::SMTP;

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

sub AddTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CalendarID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CalendarID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SalutationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{SalutationID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SalutationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SalutationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SalutationID} ) // {};

    return 1;
}

sub SyncQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PermissionID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PermissionID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PermissionID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{PermissionID} ) // {};

    return 1;
}

sub GetArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TicketData = $Self->_TicketCache( TicketID => $Param{PermissionID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PermissionID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PermissionID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PermissionID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{PermissionID} ) // {};

    return 1;
}

sub AddPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ResponsibleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ResponsibleID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ResponsibleID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{ResponsibleID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ResponsibleID} ) // {};

    return 1;
}

1;
