# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::InvalidSettingsCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Owner',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SearchPreference {
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

    my $StateData = $Self->_StateCache( StateID => $Param{TypeID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{TypeID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{TypeID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{TypeID} ) // {};

    return 1;
}

sub GetWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{NotificationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{NotificationID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{NotificationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{NotificationID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{NotificationID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{NotificationID} ) // {};

    return 1;
}

sub ListAttachment {
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

    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SignatureID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SignatureID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{SignatureID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SignatureID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SignatureID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{SignatureID} ) // {};

    return 1;
}

1;
