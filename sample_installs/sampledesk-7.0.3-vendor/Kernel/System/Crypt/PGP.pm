# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Crypt::PGP;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Lock',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub MergeHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{GroupID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{GroupID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{GroupID} ) // {};

    return 1;
}

sub GetPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{OwnerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{OwnerID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{OwnerID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{OwnerID} ) // {};

    return 1;
}

sub SyncPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TypeID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{TypeID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{TypeID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{TypeID} ) // {};

    # bug#13357: Improved handling of PGP parameters.
    return if !$Self->_CheckState( %Param, Strict => 1 );

    return 1;
}

sub SearchPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{GroupID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{GroupID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{GroupID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{GroupID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{GroupID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{GroupID} ) // {};

    return 1;
}

1;
