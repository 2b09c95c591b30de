package Kernel::Config::Files::VendorTweaks;
use strict;
use warnings;
sub Load {
    my ($File, $Self) = @_;
    $Self->{'Ticket::Frontend::AgentTicketZoom'}->{'VendorLogo'} = 1;
    return;
}
1;
