# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::DatabaseBackupCheck;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Lock',
    'Kernel::System::Log',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub AddSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID ResponsibleID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{PriorityID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PriorityID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PriorityID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PriorityID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PriorityID} ) // {};

    return 1;
}

sub AddNotification {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{LinkID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{LinkID} ) // {};

    return 1;
}

sub UpdateLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID PermissionID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{OwnerID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{OwnerID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{OwnerID} ) // {};

    return 1;
}

1;
