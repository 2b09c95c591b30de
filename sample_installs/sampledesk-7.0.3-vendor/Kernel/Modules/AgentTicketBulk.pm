# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketBulk;

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

sub UpdatePermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{AttachmentID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{AttachmentID} ) // {};

    return 1;
}

sub LookupSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{ServiceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{ServiceID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ServiceID} ) // {};

    return 1;
}

sub ExistsOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{HistoryID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{HistoryID} ) // {};

    return 1;
}

1;
