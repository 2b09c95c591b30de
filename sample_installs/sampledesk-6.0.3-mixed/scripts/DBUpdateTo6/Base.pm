# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::Base;

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

sub DeleteArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{PriorityID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{PriorityID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{PriorityID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{PriorityID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PriorityID} ) // {};

    return 1;
}

sub MergeSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(OwnerID QueueID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{OwnerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{OwnerID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{OwnerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{OwnerID} ) // {};

    return 1;
}

sub UpdatePreference {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{CustomerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{CustomerID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{CustomerID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{CustomerID} ) // {};

    return 1;
}

1;
