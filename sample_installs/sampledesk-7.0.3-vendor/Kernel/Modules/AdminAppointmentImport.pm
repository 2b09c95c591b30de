# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AdminAppointmentImport;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Notification',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ExistsCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{SignatureID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SignatureID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{SignatureID} ) // {};

    return 1;
}

sub LookupOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID LockID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{CalendarID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CalendarID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CalendarID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{CalendarID} ) // {};

    return 1;
}

sub LookupState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LinkID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};

    return 1;
}

1;
