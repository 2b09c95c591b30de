# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::PublicFAQ;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Service',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{SLAID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SLAID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{SLAID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SLAID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{SLAID} ) // {};

    return 1;
}

sub GetOwner {
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

    my $QueueData = $Self->_QueueCache( QueueID => $Param{TypeID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{TypeID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{TypeID} ) // {};

    return 1;
}

sub ExistsPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TypeID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{TypeID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{TypeID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{TypeID} ) // {};

    return 1;
}

sub LookupSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID LinkID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ArticleID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{ArticleID} ) // {};

    return 1;
}

sub GetEscalation {
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

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{QueueID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{QueueID} ) // {};

    return 1;
}

1;
