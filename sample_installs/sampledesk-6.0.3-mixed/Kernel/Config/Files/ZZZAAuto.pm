# SampleDesk config file (automatically generated)
# VERSION:2.0
package Kernel::Config::Files::ZZZAAuto;
use strict;
use warnings;
no warnings 'redefine';
use utf8;
sub Load {
    my ($File, $Self) = @_;
$Self->{'SecureMode'} =  '1';
$Self->{'FQDN'} =  'helpdesk.example.com';
$Self->{'SystemID'} =  '42';
$Self->{'HttpType'} =  'https';
$Self->{'Organization'} =  'Example Corp';
$Self->{'AuthTwoFactorModule'} =  'Kernel::System::Auth::TwoFactor::GoogleAuthenticator';
$Self->{'AuthTwoFactorModule::AllowEmptySecret'} =  '0';
$Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMinSize'} =  '12';
$Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMaxLoginFailed'} =  '5';
    return;
}
1;
