# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --

package Kernel::Config::Defaults;

# SampleDesk 7.0.3 default configuration. Do not edit: override
# settings in Kernel/Config.pm or through the system configuration.

use strict;
use warnings;
use utf8;

sub LoadDefaults {
    my $Self = shift;

    # product
    $Self->{'ProductName'} = 'SampleDesk 7';
    $Self->{'SystemID'} = 10;
    $Self->{'FQDN'} = 'yourhost.example.com';
    $Self->{'HttpType'} = 'http';
    $Self->{'ScriptAlias'} = 'sampledesk/';
    $Self->{'SecureMode'} = 0;
    $Self->{'DemoSystem'} = 0;
    $Self->{'Secure::DisableBanner'} = 0;
    $Self->{'Frontend::DebugMode'} = 0;
    $Self->{'AttachmentDownloadType'} = 'attachment';

    # sessions
    $Self->{'SessionModule'} = 'Kernel::System::AuthSession::DB';
    $Self->{'SessionName'} = 'SampleDeskAgentInterface';
    $Self->{'SessionCheckRemoteIP'} = 1;
    $Self->{'SessionDeleteIfNotRemoteID'} = 1;
    $Self->{'SessionMaxTime'} = 16 * 60 * 60;
    $Self->{'SessionMaxIdleTime'} = 2 * 60 * 60;
    $Self->{'SessionDeleteIfTimeToOld'} = 1;
    $Self->{'SessionUseCookieAfterBrowserClose'} = 0;
    $Self->{'SessionCSRFProtection'} = 1;
    $Self->{'AgentSessionLimit'} = 100;
    $Self->{'CustomerSessionLimit'} = 100;
    $Self->{'SwitchToUser'} = 0;

    # web security headers
    $Self->{'DisableContentSecurityPolicy'} = 0;
    $Self->{'DisableIFrameOriginRestricted'} = 0;
    $Self->{'DisableLoginAutocomplete'} = 0;
    $Self->{'Security::AdminIPAllowList'} = [ '127.0.0.1/32', '10.0.0.0/8', '192.168.0.0/16' ];
    $Self->{'Security::CryptoCipher'} = 'AES-256-GCM';
    $Self->{'Security::TLSMinimumVersion'} = 'TLSv1.2';

    # authentication
    $Self->{'AuthModule'} = 'Kernel::System::Auth::DB';
    $Self->{'AuthModule::DB::CryptType'} = 'sha2';
    $Self->{'Customer::AuthModule'} = 'Kernel::System::CustomerAuth::DB';
    $Self->{'Customer::AuthModule::DB::CryptType'} = 'sha2';
    $Self->{'AuthTwoFactorModule::AllowEmptySecret'} = 1;
    $Self->{'AuthTwoFactorModule::AllowPreviousToken'} = 1;
    $Self->{'LostPassword'} = 1;
    $Self->{'PreferencesGroups'}->{'Password'} = {
        'Module'                           => 'Kernel::Output::HTML::Preferences::Password',
        'PreferenceGroup'                  => 'UserProfile',
        'Active'                           => 1,
        'PasswordRegExp'                   => '',
        'PasswordMinSize'                  => 0,
        'PasswordMin2Lower2UpperCharacters' => 0,
        'PasswordMin2Characters'           => 0,
        'PasswordNeedDigit'                => 0,
        'PasswordMaxLoginFailed'           => 0,
    };

    # outbound connections
    $Self->{'WebUserAgent::Timeout'} = 15;
    $Self->{'WebUserAgent::DisableSSLVerification'} = 0;
    $Self->{'Package::RepositoryRoot'} = [ 'https://packages.sampledesk.example/repository.xml' ];
    $Self->{'Package::AllowNotVerifiedPackages'} = 0;
    $Self->{'CloudServices::Disabled'} = 0;
    $Self->{'CloudService::URL'} = 'https://cloud.sampledesk.example/sampledesk/public.pl';
    $Self->{'SendmailModule'} = 'Kernel::System::Email::Sendmail';
    $Self->{'Ticket::GenericAgentAllowCustomScriptExecution'} = 1;

    return;
}

1;
