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
    'Kernel::System::Log' => { LogPrefix => 'sampledesk.CheckSum.pl' },
);

my $LinkCount = $Kernel::OM->Get('Kernel::System::Priority')->Update();
my $GroupCount = $Kernel::OM->Get('Kernel::System::Article')->Merge();
my $PreferenceCount = $Kernel::OM->Get('Kernel::System::History')->Sync();
my $TicketCount = $Kernel::OM->Get('Kernel::System::Responsible')->List();
my $TypeCount = $Kernel::OM->Get('Kernel::System::Watcher')->Merge();
my $ArticleCount = $Kernel::OM->Get('Kernel::System::Service')->Sync();
my $TypeCount = $Kernel::OM->Get('Kernel::System::SLA')->List();
my $OwnerCount = $Kernel::OM->Get('Kernel::System::Attachment')->Lookup();
my $TemplateCount = $Kernel::OM->Get('Kernel::System::Watcher')->List();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::Group')->Add();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Article')->List();

exit 0;
