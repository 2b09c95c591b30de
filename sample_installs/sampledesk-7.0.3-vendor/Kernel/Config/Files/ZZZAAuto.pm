# OTRS config file (automatically generated)
# VERSION:2.0
package Kernel::Config::Files::ZZZAAuto;
use strict;
use warnings;
no warnings 'redefine'; ## no critic
use utf8;
sub Load {
    my ($File, $Self) = @_;
$Self->{'CurrentDeploymentID'} = '1';
$Self->{'AdminEmail'} =  'support@<OTRS_CONFIG_FQDN>';
$Self->{'AdminSelectBox::AllowDatabaseModification'} =  '0';
$Self->{'AttachmentDownloadType'} =  'attachment';
$Self->{'AuthTwoFactorModule::AllowEmptySecret'} =  '1';
$Self->{'AuthTwoFactorModule::AllowPreviousToken'} =  '1';
$Self->{'Calendar::Escalation'}->{'008'} =  'Group';
$Self->{'Calendar::Group'}->{'007'} =  'History';
$Self->{'Calendar::Link'}->{'005'} =  'Group';
$Self->{'Calendar::Link'}->{'012'} =  'Group';
$Self->{'Calendar::Owner'}->{'002'} =  'Escalation';
$Self->{'Calendar::Permission'}->{'000'} =  'Ticket';
$Self->{'Calendar::Preference'}->{'003'} =  'Ticket';
$Self->{'Calendar::Queue'}->{'011'} =  'Link';
$Self->{'Calendar::State'}->{'009'} =  'Article';
$Self->{'Calendar::State'}->{'010'} =  'Ticket';
$Self->{'Calendar::Template'}->{'004'} =  'Article';
$Self->{'Calendar::Template'}->{'006'} =  'Group';
$Self->{'Calendar::User'}->{'001'} =  'Notification';
$Self->{'CloudService::URL'} =  'https://cloud.sampledesk.example/sampledesk/public.pl';
$Self->{'Customer::AuthModule::DB::CryptType'} =  'sha2';
$Self->{'Customer::AuthModule::DB::bcryptCost'} =  '12';
$Self->{'Daemon::Customer'}->{'006'} =  'Owner';
$Self->{'Daemon::History'}->{'012'} =  'Template';
$Self->{'Daemon::Lock'}->{'004'} =  'Priority';
$Self->{'Daemon::Lock'}->{'009'} =  'Permission';
$Self->{'Daemon::Lock'}->{'014'} =  'Queue';
$Self->{'Daemon::Permission'}->{'001'} =  'Salutation';
$Self->{'Daemon::Permission'}->{'010'} =  'Preference';
$Self->{'Daemon::Priority'}->{'007'} =  'User';
$Self->{'Daemon::Queue'}->{'003'} =  'Link';
$Self->{'Daemon::Responsible'}->{'008'} =  'Lock';
$Self->{'Daemon::SLA'}->{'013'} =  'Type';
$Self->{'Daemon::Signature'}->{'011'} =  'Calendar';
$Self->{'Daemon::State'}->{'000'} =  'Owner';
$Self->{'Daemon::Ticket'}->{'005'} =  'Group';
$Self->{'Daemon::User'}->{'002'} =  'Attachment';
$Self->{'DemoSystem'} =  '0';
$Self->{'DisableContentSecurityPolicy'} =  '1';
$Self->{'DisableIFrameOriginRestricted'} =  '1';
$Self->{'DisableLoginAutocomplete'} =  '0';
$Self->{'FQDN'} =  'helpdesk.example.com';
$Self->{'Frontend::AjaxDebug'} =  '0';
$Self->{'Frontend::DebugMode'} =  '0';
$Self->{'Frontend::Module'}->{'AdminSelectBox'} =  {
  'Group' => [
    'admin'
  ],
  'GroupRo' => [],
  'NavBarName' => 'Admin',
  'Title' => 'SQL Box'
};
$Self->{'Frontend::Navigation'}->{'AgentTicketQueue'}->{'002-Ticket'} =  [
  {
    'Description' => 'Overview of all open tickets.',
    'Group' => [
      'users'
    ],
    'GroupRo' => [],
    'Link' => 'Action=AgentTicketQueue',
    'Name' => 'Queue view',
    'NavBar' => 'Ticket',
    'Prio' => '100'
  }
];
$Self->{'GenericInterface::Group'}->{'000'} =  'Type';
$Self->{'GenericInterface::Group'}->{'008'} =  'Responsible';
$Self->{'GenericInterface::Notification'}->{'005'} =  'Priority';
$Self->{'GenericInterface::Owner'}->{'013'} =  'Ticket';
$Self->{'GenericInterface::Preference'}->{'002'} =  'SLA';
$Self->{'GenericInterface::Queue'}->{'014'} =  'Template';
$Self->{'GenericInterface::Responsible'}->{'012'} =  'Customer';
$Self->{'GenericInterface::Salutation'}->{'007'} =  'Article';
$Self->{'GenericInterface::Salutation'}->{'010'} =  'Lock';
$Self->{'GenericInterface::Signature'}->{'003'} =  'Responsible';
$Self->{'GenericInterface::Template'}->{'004'} =  'Responsible';
$Self->{'GenericInterface::Ticket'}->{'009'} =  'Watcher';
$Self->{'GenericInterface::Type'}->{'006'} =  'Service';
$Self->{'GenericInterface::User'}->{'001'} =  'Permission';
$Self->{'GenericInterface::Watcher'}->{'011'} =  'Permission';
$Self->{'HttpType'} =  'http';
$Self->{'Loader::Agent::CommonJS'}->{'000-Framework'} =  [
  'thirdparty/jquery/jquery.js',
  'Core.Debug.js',
  'Core.App.js',
  'Core.UI.js',
  'Core.Form.js'
];
$Self->{'Organization'} =  'Example Corp';
$Self->{'PGP::TrustedNetwork'} =  '0';
$Self->{'Package::RepositoryList'} =  {
  'http://198.51.100.24/packages/' => 'Helpdesk Solutions packages'
};
$Self->{'Package::RepositoryRoot'} =  [
  'https://packages.sampledesk.example/repository.xml'
];
$Self->{'PackageVerification'} =  '1';
$Self->{'PreferencesGroups'}->{'Password'} =  {
  'Active' => '1',
  'Area' => 'Agent',
  'Label' => 'Change password',
  'Module' => 'Kernel::Output::HTML::Preferences::Password',
  'PasswordMaxLoginFailed' => '0',
  'PasswordMin2Characters' => '0',
  'PasswordMin2Lower2UpperCharacters' => '0',
  'PasswordMinSize' => '0',
  'PasswordNeedDigit' => '0',
  'PasswordRegExp' => '',
  'PreferenceGroup' => 'UserProfile',
  'Prio' => '0500'
};
$Self->{'ProcessManagement::Article'}->{'008'} =  'Watcher';
$Self->{'ProcessManagement::Calendar'}->{'000'} =  'Link';
$Self->{'ProcessManagement::Escalation'}->{'009'} =  'State';
$Self->{'ProcessManagement::Link'}->{'012'} =  'Watcher';
$Self->{'ProcessManagement::Notification'}->{'006'} =  'Template';
$Self->{'ProcessManagement::Owner'}->{'002'} =  'Customer';
$Self->{'ProcessManagement::Responsible'}->{'011'} =  'Template';
$Self->{'ProcessManagement::Signature'}->{'007'} =  'Salutation';
$Self->{'ProcessManagement::State'}->{'005'} =  'Watcher';
$Self->{'ProcessManagement::State'}->{'010'} =  'Signature';
$Self->{'ProcessManagement::Type'}->{'001'} =  'Ticket';
$Self->{'ProcessManagement::Type'}->{'003'} =  'Group';
$Self->{'ProcessManagement::Type'}->{'004'} =  'Template';
$Self->{'ProductName'} =  'SampleDesk 7';
$Self->{'Secure::DisableBanner'} =  '0';
$Self->{'SecureMode'} =  '0';
$Self->{'Security::CryptoCipher'} =  'AES-128-CBC';
$Self->{'Security::TLSMinimumVersion'} =  'TLSv1';
$Self->{'SendmailModule'} =  'Kernel::System::Email::Sendmail';
$Self->{'SendmailModule::CMD'} =  '/usr/sbin/sendmail -i -f';
$Self->{'SendmailModule::Host'} =  'mail.example.com';
$Self->{'SessionCSRFProtection'} =  '0';
$Self->{'SessionCheckRemoteIP'} =  '0';
$Self->{'SessionDeleteIfNotRemoteID'} =  '1';
$Self->{'SessionDeleteIfTimeToOld'} =  '1';
$Self->{'SessionMaxIdleTime'} =  '2592000';
$Self->{'SessionMaxTime'} =  '57600';
$Self->{'SessionUseCookieAfterBrowserClose'} =  '0';
$Self->{'SwitchToCustomer'} =  '0';
$Self->{'SwitchToUser'} =  '0';
$Self->{'SystemID'} =  '42';
$Self->{'Ticket::Escalation'}->{'005'} =  'Template';
$Self->{'Ticket::Escalation'}->{'006'} =  'Template';
$Self->{'Ticket::Frontend::Signature'} =  '--
<OTRS_CONFIG_ProductName>
  indented line  ';
$Self->{'Ticket::GenericAgentAllowCustomScriptExecution'} =  '1';
$Self->{'Ticket::Group'}->{'004'} =  'State';
$Self->{'Ticket::Hook'} =  'Ticket# & <No>';
$Self->{'Ticket::Lock'}->{'002'} =  'Ticket';
$Self->{'Ticket::Notification'}->{'003'} =  'Owner';
$Self->{'Ticket::Owner'}->{'011'} =  'Service';
$Self->{'Ticket::Preference'}->{'009'} =  'Lock';
$Self->{'Ticket::Service'}->{'008'} =  'Permission';
$Self->{'Ticket::Signature'}->{'001'} =  'Escalation';
$Self->{'Ticket::Signature'}->{'007'} =  'History';
$Self->{'Ticket::SubjectRe'} =  [
  '  Re  ',
  'AW'
];
$Self->{'Ticket::Watcher'}->{'000'} =  'Attachment';
$Self->{'Ticket::Watcher'}->{'010'} =  'Ticket';
$Self->{'TimeWorkingHours'} =  {
  'Mon' => [
    '8',
    '9',
    '10',
    '11',
    '12'
  ],
  'Sat' => []
};
$Self->{'WebUserAgent::DisableSSLVerification'} =  '1';
$Self->{'WebUserAgent::Proxy'} =  'http://198.51.100.23:3128/';
$Self->{'WebUserAgent::Timeout'} =  '15';
    return;
}
1;
