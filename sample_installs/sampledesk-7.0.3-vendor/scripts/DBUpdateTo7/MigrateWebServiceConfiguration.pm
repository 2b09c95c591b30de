# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::MigrateWebServiceConfiguration;

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

sub AddPermission {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PermissionID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PermissionID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{PermissionID} ) // {};

    return 1;
}

sub ListTemplate {
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

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PriorityID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PriorityID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PriorityID} ) // {};

    return 1;
}

sub UpdateEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{ResponsibleID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{ResponsibleID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{ResponsibleID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{ResponsibleID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{ResponsibleID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub SyncEscalation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{GroupID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{GroupID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{GroupID} ) // {};

    return 1;
}

sub DeleteTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{TemplateID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{TemplateID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{TemplateID} ) // {};

    return 1;
}

sub SearchArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID TicketID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{SLAID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};

    return 1;
}

sub SyncHistory {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(TemplateID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{TemplateID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{TemplateID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{TemplateID} ) // {};

    return 1;
}

1;
