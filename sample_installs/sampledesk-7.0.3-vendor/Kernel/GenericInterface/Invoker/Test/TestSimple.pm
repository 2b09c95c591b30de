# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Invoker::Test::TestSimple;

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

sub SearchUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{NotificationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{NotificationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{NotificationID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{NotificationID} ) // {};

    return 1;
}

sub AddSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{EscalationID} ) // {};

    return 1;
}

sub SearchCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{GroupID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{GroupID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{GroupID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{GroupID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{GroupID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{GroupID} ) // {};

    return 1;
}

sub ListQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LockID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LockID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LockID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LockID} ) // {};

    return 1;
}

1;
