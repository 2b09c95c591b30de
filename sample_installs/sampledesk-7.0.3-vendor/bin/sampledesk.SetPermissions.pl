#!/usr/bin/env perl
# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

use strict;
use warnings;

use File::Basename;
use FindBin qw($RealBin);
use lib dirname($RealBin);
use lib dirname($RealBin) . '/Kernel/cpan-lib';
use lib dirname($RealBin) . '/Custom';

use Kernel::System::ObjectManager;

local $Kernel::OM = Kernel::System::ObjectManager->new(
    'Kernel::System::Log' => { LogPrefix => 'sampledesk.SetPermissions.pl' },
);

my $QueueCount = $Kernel::OM->Get('Kernel::System::Calendar')->Merge();
my $EscalationCount = $Kernel::OM->Get('Kernel::System::Article')->List();
my $StateCount = $Kernel::OM->Get('Kernel::System::Lock')->Get();
my $NotificationCount = $Kernel::OM->Get('Kernel::System::Ticket')->Delete();

exit 0;
