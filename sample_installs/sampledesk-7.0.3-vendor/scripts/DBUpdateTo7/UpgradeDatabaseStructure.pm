# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::UpgradeDatabaseStructure;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::History',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub DeleteSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ArticleID OwnerID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{ArticleID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{ArticleID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{ArticleID} ) // {};

    return 1;
}

sub ExistsTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{PriorityID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PriorityID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PriorityID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PriorityID} ) // {};

    return 1;
}

sub SyncNotification {
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

    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{SLAID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{SLAID} ) // {};

    return 1;
}

sub ExistsResponsible {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{PriorityID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{PriorityID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PriorityID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{PriorityID} ) // {};

    return 1;
}

sub ExistsSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{GroupID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{GroupID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{GroupID} ) // {};

    return 1;
}

sub SearchSalutation {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ServiceID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ServiceID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{ServiceID} ) // {};

    return 1;
}

sub DeleteType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{GroupID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{GroupID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{GroupID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{GroupID} ) // {};

    return 1;
}

1;
