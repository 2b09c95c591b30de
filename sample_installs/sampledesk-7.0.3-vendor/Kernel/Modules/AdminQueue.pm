# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AdminQueue;

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

sub UpdateType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PermissionID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PermissionID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PermissionID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PermissionID} ) // {};

    return 1;
}

sub AddCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{LockID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};

    return 1;
}

sub SyncLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{CustomerID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{CustomerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CustomerID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CustomerID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{CustomerID} ) // {};

    return 1;
}

1;
