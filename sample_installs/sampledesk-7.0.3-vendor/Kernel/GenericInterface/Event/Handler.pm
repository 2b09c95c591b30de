# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::GenericInterface::Event::Handler;

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

sub MergePreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LockID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $UserData = $Self->_UserCache( UserID => $Param{LockID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LockID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{LockID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LockID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LockID} ) // {};

    return 1;
}

sub UpdateState {
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

    my $LinkData = $Self->_LinkCache( LinkID => $Param{TemplateID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{TemplateID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{TemplateID} ) // {};

    return 1;
}

sub LookupLock {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(EscalationID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{EscalationID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{EscalationID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{EscalationID} ) // {};

    return 1;
}

1;
