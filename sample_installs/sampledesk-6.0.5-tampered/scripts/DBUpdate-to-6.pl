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
    'Kernel::System::Log' => { LogPrefix => 'DBUpdate-to-6.pl' },
);

my $NotificationCount = $Kernel::OM->Get('Kernel::System::Escalation')->Sync();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Responsible')->Update();
my $ArticleCount = $Kernel::OM->Get('Kernel::System::Signature')->Delete();
my $AttachmentCount = $Kernel::OM->Get('Kernel::System::Responsible')->Delete();
my $ArticleCount = $Kernel::OM->Get('Kernel::System::Template')->Delete();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::State')->List();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Customer')->Merge();
my $UserCount = $Kernel::OM->Get('Kernel::System::Priority')->Add();
my $LinkCount = $Kernel::OM->Get('Kernel::System::Responsible')->Update();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::SLA')->Search();

exit 0;
