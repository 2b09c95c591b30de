# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::MigrateGroupsTable;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Article',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{AttachmentID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{AttachmentID} ) // {};

    return 1;
}

sub MergePriority {
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

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CustomerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CustomerID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{CustomerID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{CustomerID} ) // {};

    return 1;
}

sub SyncCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{QueueID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{QueueID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{QueueID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{QueueID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{QueueID} ) // {};

    return 1;
}

1;
