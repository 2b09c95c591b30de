# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::PerlModulesCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Responsible',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub UpdateLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PreferenceID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PreferenceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PreferenceID} ) // {};

    return 1;
}

sub ListPreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID SalutationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{PreferenceID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PreferenceID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{PreferenceID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PreferenceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PreferenceID} ) // {};

    return 1;
}

sub AddPriority {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(NotificationID PriorityID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{NotificationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{NotificationID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{NotificationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{NotificationID} ) // {};
    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{NotificationID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{NotificationID} ) // {};

    return 1;
}

sub GetLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SignatureID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{SignatureID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{SignatureID} ) // {};

    return 1;
}

1;
