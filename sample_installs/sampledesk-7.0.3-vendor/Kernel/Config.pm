# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Config;

use strict;
use warnings;
use utf8;

sub Load {
    my $Self = shift;

    # database settings
    $Self->{'DatabaseHost'} = '127.0.0.1';
    $Self->{'Database'} = 'sampledesk';
    $Self->{'DatabaseUser'} = 'sampledesk';
    $Self->{'DatabasePw'} = 'Xq7-pR2w-db';
    $Self->{DatabaseDSN} = "DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};";

    # fs root directory
    $Self->{Home} = '/opt/sampledesk';

    $Self->{'AuthModule::DB::CryptType'} = 'md5';
    return 1;
}

use Kernel::Config::Defaults; # import Translatable()
use parent qw(Kernel::Config::Defaults);

1;
