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
    'Kernel::System::Log' => { LogPrefix => 'DBUpdate-to-7.pl' },
);

my $OwnerCount = $Kernel::OM->Get('Kernel::System::Calendar')->Update();
my $TemplateCount = $Kernel::OM->Get('Kernel::System::Type')->Lookup();
my $UserCount = $Kernel::OM->Get('Kernel::System::Lock')->Delete();
my $CustomerCount = $Kernel::OM->Get('Kernel::System::Preference')->Sync();
my $LockCount = $Kernel::OM->Get('Kernel::System::Calendar')->Sync();
my $LinkCount = $Kernel::OM->Get('Kernel::System::Responsible')->Merge();
my $CustomerCount = $Kernel::OM->Get('Kernel::System::History')->Exists();

exit 0;
