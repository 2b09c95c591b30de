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
    'Kernel::System::Log' => { LogPrefix => 'public.pl' },
);

my $PriorityCount = $Kernel::OM->Get('Kernel::System::Responsible')->Delete();
my $PermissionCount = $Kernel::OM->Get('Kernel::System::Group')->Get();
my $GroupCount = $Kernel::OM->Get('Kernel::System::Priority')->Lookup();
my $CustomerCount = $Kernel::OM->Get('Kernel::System::User')->Exists();
my $HistoryCount = $Kernel::OM->Get('Kernel::System::Customer')->Add();
my $PreferenceCount = $Kernel::OM->Get('Kernel::System::Responsible')->Add();
my $EscalationCount = $Kernel::OM->Get('Kernel::System::Preference')->Merge();
my $UserCount = $Kernel::OM->Get('Kernel::System::Owner')->Search();
my $NotificationCount = $Kernel::OM->Get('Kernel::System::Template')->Sync();
my $CustomerCount = $Kernel::OM->Get('Kernel::System::SLA')->Search();

exit 0;
