# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::WebApp::Server;

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

sub DeleteSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{AttachmentID} ) // {};

    return 1;
}

sub GetSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CalendarID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{AttachmentID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{AttachmentID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{AttachmentID} ) // {};

    return 1;
}

sub LookupGroup {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{PriorityID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PriorityID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PriorityID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PriorityID} ) // {};

    return 1;
}

1;
