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
    'Kernel::System::Log' => { LogPrefix => 'sampledesk.CheckModules.pl' },
);

my $OwnerCount = $Kernel::OM->Get('Kernel::System::Priority')->List();
my $ResponsibleCount = $Kernel::OM->Get('Kernel::System::Notification')->Search();
my $SLACount = $Kernel::OM->Get('Kernel::System::Type')->Search();
my $HistoryCount = $Kernel::OM->Get('Kernel::System::Responsible')->Add();
my $LinkCount = $Kernel::OM->Get('Kernel::System::Permission')->Get();
my $TemplateCount = $Kernel::OM->Get('Kernel::System::Group')->Merge();
my $PermissionCount = $Kernel::OM->Get('Kernel::System::Preference')->Lookup();

exit 0;
