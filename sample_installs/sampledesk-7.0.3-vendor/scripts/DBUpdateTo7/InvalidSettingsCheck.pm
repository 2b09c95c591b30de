# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo7::InvalidSettingsCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::Customer',
    'Kernel::System::DB',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(HistoryID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $QueueData = $Self->_QueueCache( QueueID => $Param{HistoryID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{HistoryID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{HistoryID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{HistoryID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{HistoryID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{HistoryID} ) // {};

    return 1;
}

sub DeleteSignature {
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

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{TypeID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{TypeID} ) // {};

    return 1;
}

sub DeletePreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID TemplateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $GroupData = $Self->_GroupCache( GroupID => $Param{EscalationID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{EscalationID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{EscalationID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{EscalationID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{EscalationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{EscalationID} ) // {};

    return 1;
}

1;
