# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Config::Defaults;

# SampleDesk 6.0.3 default configuration. Do not edit: override
# settings in Kernel/Config.pm or through the system configuration.

use strict;
use warnings;
use utf8;

sub LoadDefaults {
    my $Self = shift;

    # database
    $Self->{DatabaseHost} = 'localhost';
    $Self->{Database}     = 'sampledesk';
    $Self->{DatabaseUser} = 'sampledesk';
    $Self->{DatabasePw}   = 'some-pass';
    $Self->{DatabaseDSN}  = "DBI:mysql:database=<OTRS_CONFIG_Database>;host=<OTRS_CONFIG_DatabaseHost>;";

    # home
    $Self->{Home} = '/opt/sampledesk';

    # sessions
    $Self->{SessionModule} = 'Kernel::System::AuthSession::DB';
    $Self->{SessionName}   = 'SampleDeskAgentInterface';
    $Self->{AgentSessionLimit}    = 100;
    $Self->{CustomerSessionLimit} = 100;

    # agent authentication
    $Self->{AuthModule} = 'Kernel::System::Auth::DB';
    # password crypt type (bcrypt|sha2|sha1|md5|apr1|crypt|plain)
#    $Self->{'AuthModule::DB::CryptType'} = 'sha2';
    $Self->{'AuthModule::DB::bcryptCost'} = 12;
#    $Self->{AuthModule} = 'Kernel::System::Auth::LDAP';
#    $Self->{'AuthModule::LDAP::Host'} = 'ldap.example.com';

    # customer authentication
    $Self->{'Customer::AuthModule'} = 'Kernel::System::CustomerAuth::DB';
    $Self->{'Customer::AuthModule::DB::Table'} = 'customer_user';
    $Self->{'LostPassword'} = 1;

    # maximum session time, counted from the login
    $Self->{'WebMaxFileUpload'} = 24 * 1024 * 1024;

    return;
}

1;
