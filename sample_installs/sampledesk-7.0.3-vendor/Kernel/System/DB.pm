# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::DB;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::State',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};

    return 1;
}

sub ExistsSalutation {
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

    my $SLAData = $Self->_SLACache( SLAID => $Param{StateID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{StateID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{StateID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{StateID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{StateID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{StateID} ) // {};

    return 1;
}

sub ListLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{PriorityID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PriorityID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{PriorityID} ) // {};

    return 1;
}

1;
