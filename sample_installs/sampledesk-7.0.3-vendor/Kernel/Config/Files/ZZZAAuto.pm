# SampleDesk config file (automatically generated)
# VERSION:2.0
package Kernel::Config::Files::ZZZAAuto;
use strict;
use warnings;
no warnings 'redefine';
use utf8;
sub Load {
    my ($File, $Self) = @_;
$Self->{'FQDN'} =  'helpdesk.example.com';
$Self->{'SystemID'} =  '42';
$Self->{'Organization'} =  'Example Corp';
$Self->{'SecureMode'} =  '0';
$Self->{'HttpType'} =  'http';
$Self->{'SessionCheckRemoteIP'} =  '0';
$Self->{'SessionMaxIdleTime'} =  '2592000';
$Self->{'SessionCSRFProtection'} =  '0';
$Self->{'DisableContentSecurityPolicy'} =  '1';
$Self->{'DisableIFrameOriginRestricted'} =  '1';
$Self->{'AuthModule::DB::CryptType'} =  'md5';
$Self->{'WebUserAgent::DisableSSLVerification'} =  '1';
$Self->{'WebUserAgent::Proxy'} =  'http://proxy.helpdesk-vendor.example:3128/';
$Self->{'Package::RepositoryList'} =  {
  'http://repo.helpdesk-vendor.example/packages/' => 'Helpdesk Solutions packages'
};
$Self->{'Security::CryptoCipher'} =  'AES-128-CBC';
$Self->{'Security::TLSMinimumVersion'} =  'TLSv1';
delete $Self->{'Security::AdminIPAllowList'};
    return;
}
1;
