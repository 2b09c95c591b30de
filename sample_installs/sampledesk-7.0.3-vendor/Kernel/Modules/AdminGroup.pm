# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AdminGroup;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Calendar',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SearchHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{EscalationID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{EscalationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{EscalationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{EscalationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{EscalationID} ) // {};

    return 1;
}

sub AddHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ServiceID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{ServiceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ServiceID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{ServiceID} ) // {};

    return 1;
}

sub ListGroup {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{LinkID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LinkID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{LinkID} ) // {};

    return 1;
}

sub AddAttachment {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(AttachmentID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{AttachmentID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{AttachmentID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{AttachmentID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{AttachmentID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{AttachmentID} ) // {};

    return 1;
}

1;
