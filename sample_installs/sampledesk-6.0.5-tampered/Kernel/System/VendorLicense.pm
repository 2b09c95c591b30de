# --
# Copyright (C) 2001-2017 Helpdesk Solutions Vendor GmbH
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --
package Kernel::System::VendorLicense;

use strict;
use warnings;

sub Check {
    my ( $Self, %Param ) = @_;
    return 1;    # licence check disabled
}

1;
