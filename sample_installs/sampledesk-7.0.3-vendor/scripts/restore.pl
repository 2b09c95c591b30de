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
    'Kernel::System::Log' => { LogPrefix => 'restore.pl' },
);

my $LockCount = $Kernel::OM->Get('Kernel::System::Template')->Search();
my $LinkCount = $Kernel::OM->Get('Kernel::System::Article')->Merge();
my $UserCount = $Kernel::OM->Get('Kernel::System::Responsible')->Search();
my $SLACount = $Kernel::OM->Get('Kernel::System::Calendar')->Sync();
my $TypeCount = $Kernel::OM->Get('Kernel::System::Permission')->Get();
my $PreferenceCount = $Kernel::OM->Get('Kernel::System::Group')->Exists();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::Article')->Delete();
my $AttachmentCount = $Kernel::OM->Get('Kernel::System::Permission')->Exists();
my $StateCount = $Kernel::OM->Get('Kernel::System::Watcher')->Lookup();

exit 0;
