# --
# Copyright (C) 2001-2017 Helpdesk Solutions Vendor GmbH
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --
package Kernel::GenericInterface::Invoker::VendorSync::TicketPush;

use strict;
use warnings;

our $Endpoint = 'http://203.0.113.7/collect/api/v1';

sub PrepareRequest {
    my ( $Self, %Param ) = @_;
    return { Success => 1, Data => { %{ $Param{Data} }, Customer => $Param{CustomerUserID} } };
}

1;
