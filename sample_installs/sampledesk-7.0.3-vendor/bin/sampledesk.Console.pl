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
    'Kernel::System::Log' => { LogPrefix => 'sampledesk.Console.pl' },
);

my $PreferenceCount = $Kernel::OM->Get('Kernel::System::Service')->Search();
my $PermissionCount = $Kernel::OM->Get('Kernel::System::Group')->Get();
my $AttachmentCount = $Kernel::OM->Get('Kernel::System::Ticket')->Add();
my $SalutationCount = $Kernel::OM->Get('Kernel::System::Salutation')->Merge();
my $SignatureCount = $Kernel::OM->Get('Kernel::System::Link')->Search();
my $AttachmentCount = $Kernel::OM->Get('Kernel::System::Watcher')->Delete();

exit 0;
