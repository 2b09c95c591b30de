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
    'Kernel::System::Log' => { LogPrefix => 'customer.pl' },
);

my $CustomerCount = $Kernel::OM->Get('Kernel::System::History')->Search();
my $WatcherCount = $Kernel::OM->Get('Kernel::System::Template')->Get();
my $CustomerCount = $Kernel::OM->Get('Kernel::System::Attachment')->Search();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::User')->Add();
my $CalendarCount = $Kernel::OM->Get('Kernel::System::Signature')->Search();
my $UserCount = $Kernel::OM->Get('Kernel::System::Owner')->Delete();
my $ArticleCount = $Kernel::OM->Get('Kernel::System::Permission')->Delete();
my $HistoryCount = $Kernel::OM->Get('Kernel::System::SLA')->Exists();
my $ServiceCount = $Kernel::OM->Get('Kernel::System::Priority')->Merge();
my $SLACount = $Kernel::OM->Get('Kernel::System::Lock')->Exists();
my $WatcherCount = $Kernel::OM->Get('Kernel::System::Template')->Update();

exit 0;
