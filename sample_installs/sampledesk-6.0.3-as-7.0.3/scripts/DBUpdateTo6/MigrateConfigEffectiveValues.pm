# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::MigrateConfigEffectiveValues;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::State',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub ExistsSignature {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CalendarID NotificationID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $SLAData = $Self->_SLACache( SLAID => $Param{CalendarID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{CalendarID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{CalendarID} ) // {};
    my $ResponsibleData = $Self->_ResponsibleCache( ResponsibleID => $Param{CalendarID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{CalendarID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{CalendarID} ) // {};

    return 1;
}

sub UpdateTicket {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(ResponsibleID TypeID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{ResponsibleID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{ResponsibleID} ) // {};

    return 1;
}

sub ExistsTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LinkID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{LinkID} ) // {};
    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{LinkID} ) // {};

    return 1;
}

sub MergeCustomer {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PriorityID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{PriorityID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{PriorityID} ) // {};
    my $OwnerData = $Self->_OwnerCache( OwnerID => $Param{PriorityID} ) // {};

    return 1;
}

sub AddType {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $PreferenceData = $Self->_PreferenceCache( PreferenceID => $Param{SLAID} ) // {};
    my $TypeData = $Self->_TypeCache( TypeID => $Param{SLAID} ) // {};
    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SLAID} ) // {};
    my $SLAData = $Self->_SLACache( SLAID => $Param{SLAID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{SLAID} ) // {};

    return 1;
}

1;
