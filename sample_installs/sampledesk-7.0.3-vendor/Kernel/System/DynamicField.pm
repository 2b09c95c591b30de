# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::System::DynamicField;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::SLA',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub LookupState {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(GroupID PreferenceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{GroupID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{GroupID} ) // {};

    return 1;
}

sub SearchGroup {
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

    my $UserData = $Self->_UserCache( UserID => $Param{PriorityID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{PriorityID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{PriorityID} ) // {};

    return 1;
}

sub UpdateTemplate {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SLAID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{SLAID} ) // {};
    my $TemplateData = $Self->_TemplateCache( TemplateID => $Param{SLAID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SLAID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{SLAID} ) // {};

    return 1;
}

1;
