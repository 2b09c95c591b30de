# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Queue;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Responsible',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub MergeState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{ResponsibleID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ResponsibleID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{ResponsibleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ResponsibleID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ResponsibleID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub DeleteCalendar {
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

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LinkID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{LinkID} ) // {};

    return 1;
}

sub UpdateSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};

    return 1;
}

sub UpdateService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{LinkID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};

    return 1;
}

1;
