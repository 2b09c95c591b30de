# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::cpan-lib::JSON::PP;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Priority',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub MergeLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(QueueID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{QueueID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{QueueID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{QueueID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{QueueID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{QueueID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{QueueID} ) // {};

    return 1;
}

sub DeleteOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{PreferenceID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PreferenceID} ) // {};

    return 1;
}

sub LookupOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{LinkID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LinkID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{LinkID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{LinkID} ) // {};

    return 1;
}

sub ListArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{SignatureID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{SignatureID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SignatureID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{SignatureID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SignatureID} ) // {};

    return 1;
}

1;
