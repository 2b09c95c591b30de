# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::Email::Sendmail;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Attachment',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub MergeOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{GroupID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{GroupID} ) // {};

    return 1;
}

sub SearchNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ArticleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ArticleID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};

    return 1;
}

sub SyncSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{ServiceID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{ServiceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ServiceID} ) // {};

    return 1;
}

sub ExistsQueue {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LockData = $Self->_LockCache( LockID => $Param{StateID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{StateID} ) // {};

    return 1;
}

1;
