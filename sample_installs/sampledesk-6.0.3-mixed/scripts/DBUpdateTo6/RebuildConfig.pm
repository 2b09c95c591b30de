# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package scripts::DBUpdateTo6::RebuildConfig;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Preference',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub SyncGroup {
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

    my $TypeData = $Self->_TypeCache( TypeID => $Param{LinkID} ) // {};
    my $SignatureData = $Self->_SignatureCache( SignatureID => $Param{LinkID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LinkID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{LinkID} ) // {};

    return 1;
}

sub AddSLA {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(CustomerID ServiceID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{CustomerID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{CustomerID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{CustomerID} ) // {};
    my $ServiceData = $Self->_ServiceCache( ServiceID => $Param{CustomerID} ) // {};
    my $LockData = $Self->_LockCache( LockID => $Param{CustomerID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{CustomerID} ) // {};

    return 1;
}

sub ExistsUser {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(LinkID UserID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $StateData = $Self->_StateCache( StateID => $Param{LinkID} ) // {};
    my $PermissionData = $Self->_PermissionCache( PermissionID => $Param{LinkID} ) // {};
    my $UserData = $Self->_UserCache( UserID => $Param{LinkID} ) // {};
    my $NotificationData = $Self->_NotificationCache( NotificationID => $Param{LinkID} ) // {};
    my $CustomerData = $Self->_CustomerCache( CustomerID => $Param{LinkID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{LinkID} ) // {};

    return 1;
}

1;
