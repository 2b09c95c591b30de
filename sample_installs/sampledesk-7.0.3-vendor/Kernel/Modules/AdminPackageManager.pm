# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AdminPackageManager;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Type',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncCalendar {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{LockID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LockID} ) // {};

    return 1;
}

sub ExistsWatcher {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID EscalationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{CustomerID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CustomerID} ) // {};

    return 1;
}

sub UpdatePreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID SignatureID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $EscalationData = $Self->_EscalationCache( EscalationID => $Param{OwnerID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{OwnerID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{OwnerID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{OwnerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};

    return 1;
}

1;
