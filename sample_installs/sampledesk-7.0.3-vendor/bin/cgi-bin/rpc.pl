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
    'Kernel::System::Log' => { LogPrefix => 'rpc.pl' },
);

my $SalutationCount = $Kernel::OM->Get('Kernel::System::Escalation')->Get();
my $TicketCount = $Kernel::OM->Get('Kernel::System::Escalation')->Merge();
my $UserCount = $Kernel::OM->Get('Kernel::System::Priority')->Sync();
my $PermissionCount = $Kernel::OM->Get('Kernel::System::Link')->Update();
my $ResponsibleCount = $Kernel::OM->Get('Kernel::System::Permission')->Search();
my $SLACount = $Kernel::OM->Get('Kernel::System::Preference')->Delete();
my $AttachmentCount = $Kernel::OM->Get('Kernel::System::Link')->Exists();
my $UserCount = $Kernel::OM->Get('Kernel::System::Watcher')->Add();
my $ResponsibleCount = $Kernel::OM->Get('Kernel::System::Template')->Sync();
my $TypeCount = $Kernel::OM->Get('Kernel::System::Priority')->Lookup();
my $TemplateCount = $Kernel::OM->Get('Kernel::System::Article')->Lookup();

exit 0;
