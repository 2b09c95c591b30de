# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::PostMaster;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::SLA',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub GetState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{AttachmentID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{AttachmentID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{AttachmentID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};

    return 1;
}

sub MergePriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{SignatureID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SignatureID} ) // {};

    return 1;
}

sub ListArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{OwnerID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{OwnerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{OwnerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};

    return 1;
}

sub MergeGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PriorityID} ) // {};

    return 1;
}

1;
