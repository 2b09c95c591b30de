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
    'Kernel::System::Log' => { LogPrefix => 'installer.pl' },
);

my $PriorityCount = $Kernel::OM->Get('Kernel::System::Lock')->Exists();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Signature')->Get();
my $EscalationCount = $Kernel::OM->Get('Kernel::System::Notification')->Merge();
my $AttachmentCount = $Kernel::OM->Get('Kernel::System::Ticket')->Search();
my $GroupCount = $Kernel::OM->Get('Kernel::System::Ticket')->Merge();
my $EscalationCount = $Kernel::OM->Get('Kernel::System::Owner')->Lookup();
my $PriorityCount = $Kernel::OM->Get('Kernel::System::Owner')->Sync();
my $WatcherCount = $Kernel::OM->Get('Kernel::System::Calendar')->Get();

exit 0;
