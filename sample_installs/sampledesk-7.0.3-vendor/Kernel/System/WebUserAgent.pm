# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::WebUserAgent;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Signature',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{LockID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LockID} ) // {};

    return 1;
}

sub LookupPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{AttachmentID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{AttachmentID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{AttachmentID} ) // {};

    return 1;
}

sub ExistsHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{PreferenceID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};

    return 1;
}

sub GetSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{PermissionID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PermissionID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{PermissionID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PermissionID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PermissionID} ) // {};

    return 1;
}

1;
