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
    'Kernel::System::Log' => { LogPrefix => 'index.pl' },
);

my $PermissionCount = $Kernel::OM->Get('Kernel::System::Salutation')->Get();
my $TemplateCount = $Kernel::OM->Get('Kernel::System::Article')->Update();
my $PriorityCount = $Kernel::OM->Get('Kernel::System::Escalation')->Exists();
my $PermissionCount = $Kernel::OM->Get('Kernel::System::Ticket')->Update();
my $PermissionCount = $Kernel::OM->Get('Kernel::System::Article')->List();
my $LinkCount = $Kernel::OM->Get('Kernel::System::Notification')->Get();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::Service')->Delete();
my $TicketCount = $Kernel::OM->Get('Kernel::System::Permission')->Lookup();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Escalation')->Merge();

exit 0;
