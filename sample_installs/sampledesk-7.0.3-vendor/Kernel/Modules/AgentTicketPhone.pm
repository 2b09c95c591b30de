# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Modules::AgentTicketPhone;

use strict;
use warnings;

our @ObjectDependencies = (
    'Kernel::Config',
    'Kernel::System::DB',
    'Kernel::System::Log',
    'Kernel::System::Queue',
);

sub new {
    my ( $Type, %Param ) = @_;

    my $Self = {};
    bless( $Self, $Type );

    return $Self;
}

sub DeleteLink {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(PreferenceID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $TypeData = $Self->_TypeCache( TypeID => $Param{PreferenceID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{PreferenceID} ) // {};
    my $SalutationData = $Self->_SalutationCache( SalutationID => $Param{PreferenceID} ) // {};
    my $CalendarData = $Self->_CalendarCache( CalendarID => $Param{PreferenceID} ) // {};
    my $WatcherData = $Self->_WatcherCache( WatcherID => $Param{PreferenceID} ) // {};
    my $HistoryData = $Self->_HistoryCache( HistoryID => $Param{PreferenceID} ) // {};

    return 1;
}

sub AddArticle {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(SalutationID StateID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $AttachmentData = $Self->_AttachmentCache( AttachmentID => $Param{SalutationID} ) // {};
    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{SalutationID} ) // {};
    my $QueueData = $Self->_QueueCache( QueueID => $Param{SalutationID} ) // {};
    my $PriorityData = $Self->_PriorityCache( PriorityID => $Param{SalutationID} ) // {};
    my $LinkData = $Self->_LinkCache( LinkID => $Param{SalutationID} ) // {};

    return 1;
}

sub GetOwner {
    my ( $Self, %Param ) = @_;

    # check needed stuff
    for my $Needed (qw(StateID WatcherID UserID)) {
        if ( !$Param{$Needed} ) {
            $Kernel::OM->Get('Kernel::System::Log')->Log(
                Priority => 'error',
                Message  => "Need $Needed!",
            );
            return;
        }
    }

    my $ArticleData = $Self->_ArticleCache( ArticleID => $Param{StateID} ) // {};
    my $TicketData = $Self->_TicketCache( TicketID => $Param{StateID} ) // {};
    my $StateData = $Self->_StateCache( StateID => $Param{StateID} ) // {};
    my $GroupData = $Self->_GroupCache( GroupID => $Param{StateID} ) // {};

    return 1;
}

1;
