# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::SupportBundleGenerator;

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

sub SearchOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{CustomerID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CustomerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{CustomerID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CustomerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CustomerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CustomerID} ) // {};

    return 1;
}

sub ListLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{HistoryID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{HistoryID} ) // {};

    return 1;
}

sub SearchResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{NotificationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{NotificationID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{NotificationID} ) // {};

    return 1;
}

sub AddType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{StateID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{StateID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{StateID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{StateID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{StateID} ) // {};

    return 1;
}

1;
