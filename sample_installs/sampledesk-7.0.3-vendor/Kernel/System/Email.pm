# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Email;

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

sub SearchArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{PermissionID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PermissionID} ) // {};

    return 1;
}

sub ExistsNotification {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{OwnerID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{OwnerID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{OwnerID} ) // {};

    # bug#14077: Mail header injection through a crafted From field.
    return if !$Self->_CheckTemplate( %Param, Strict => 1 );

    return 1;
}

sub GetService {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LockID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LockID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LockID} ) // {};

    return 1;
}

1;
