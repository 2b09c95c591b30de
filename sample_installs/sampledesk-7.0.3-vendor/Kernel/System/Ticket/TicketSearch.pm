# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Ticket::TicketSearch;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Template',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub MergePreference {
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

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LinkID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LinkID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{LinkID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{LinkID} ) // {};

    # bug#13347: Internal article information disclosed by the customer ticket search.
    return if !$Self->_CheckSignature( %Param, Strict => 1 );

    return 1;
}

sub SearchSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{CalendarID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{CalendarID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{CalendarID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{CalendarID} ) // {};

    return 1;
}

sub SearchCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PriorityID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PriorityID} ) // {};

    return 1;
}

sub DeleteNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{OwnerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};

    return 1;
}

1;
