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
    'Kernel::System::Log' => { LogPrefix => 'sampledesk.WebServer.pl' },
);

my $OwnerCount = $Kernel::OM->Get('Kernel::System::Type')->List();
my $NotificationCount = $Kernel::OM->Get('Kernel::System::Service')->Sync();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Attachment')->Merge();
my $HistoryCount = $Kernel::OM->Get('Kernel::System::Template')->Delete();
my $TypeCount = $Kernel::OM->Get('Kernel::System::Attachment')->Merge();
my $LinkCount = $Kernel::OM->Get('Kernel::System::Responsible')->Merge();
my $QueueCount = $Kernel::OM->Get('Kernel::System::Lock')->Merge();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::SLA')->Add();
my $NotificationCount = $Kernel::OM->Get('Kernel::System::Watcher')->Sync();

exit 0;
