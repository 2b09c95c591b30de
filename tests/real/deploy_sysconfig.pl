#!/usr/bin/perl
# Real-release suite helper: writes Kernel/Config/Files/ZZZAAuto.pm for an
# installed official OTRS/Znuny tree the way the product's own SysConfig
# deployment does, by calling the release's own Kernel::System::SysConfig
# API (SettingListParse of every Kernel/Config/Files/XML/*.xml, then
# SettingEffectiveValueGet and Main::Dump per setting), without a database.
# It runs the code of the official release being installed (the suite plays
# the installer); auditor itself never runs anything from an audited tree.
#
# usage: deploy_sysconfig.pl HOME [OVERRIDES.json]
#   OVERRIDES.json: {"Setting###Name": value, ...} deployed instead of the
#   default (how an administrator changes a setting in the GUI).
use strict;
use warnings;

my $Home;
BEGIN { $Home = shift @ARGV or die "usage: deploy_sysconfig.pl HOME [OVERRIDES.json]\n"; }
use lib "$Home", "$Home/Kernel/cpan-lib", "$Home/Custom";

use JSON::PP ();
use Kernel::System::ObjectManager;

my %Overrides;
if ( my $File = shift @ARGV ) {
    open my $FH, '<:raw', $File or die "$File: $!\n";
    local $/;
    %Overrides = %{ JSON::PP->new->utf8->decode(<$FH>) };
}

local $Kernel::OM = Kernel::System::ObjectManager->new(
    'Kernel::System::Log' => { LogPrefix => 'deploy' },
);
my $XMLObject  = $Kernel::OM->Get('Kernel::System::SysConfig::XML');
my $SysConfig  = $Kernel::OM->Get('Kernel::System::SysConfig');
my $MainObject = $Kernel::OM->Get('Kernel::System::Main');

# ConfigurationXML2DB: every *.xml in name order; a file's otrs_config "init"
# (Framework, Application, Config, Changes) decides which definition of a
# setting wins (later groups override earlier ones); comments are stripped
# before SettingListParse.
my %ByInit = map { $_ => [] } qw(Framework Application Config Changes);
for my $File ( sort glob("$Home/Kernel/Config/Files/XML/*.xml") ) {
    my $Content = $MainObject->FileRead( Location => $File, Mode => 'utf8', Result => 'SCALAR' );
    next if !ref $Content || !${$Content};
    my ($Init) = ${$Content} =~ m{<otrs_config.*?init="(.*?)"}sm;
    next if !defined $Init || !$ByInit{$Init};
    ${$Content} =~ s{<!--.*?-->}{}gs;
    push @{ $ByInit{$Init} }, $XMLObject->SettingListParse( XMLInput => ${$Content}, XMLFilename => $File );
}
my %Settings;
for my $Init (qw(Framework Application Config Changes)) {
    for my $Setting ( @{ $ByInit{$Init} } ) {
        my $Name = $Setting->{XMLContentParsed}->{Name} or next;
        $Settings{$Name} = $Setting->{XMLContentParsed};
    }
}
my @Order = keys %Settings;

my $Perl = '';
for my $Name ( sort @Order ) {
    my $Parsed = $Settings{$Name};
    my $Key    = $Name;
    $Key =~ s/\\/\\\\/g;
    $Key =~ s/###/'}->{'/g;
    if ( exists $Overrides{$Name} ) {
        my $Value = $Overrides{$Name};
        if ( ref $Value eq 'HASH' && exists $Value->{'$delete'} ) {
            $Perl .= "delete \$Self->{'$Key'};\n";
            next;
        }
        my $Dump = $MainObject->Dump($Value);
        $Dump =~ s/\$VAR1 =//;
        $Perl .= "\$Self->{'$Key'} = $Dump";
        next;
    }
    if ( !$Parsed->{Valid} ) {
        # _EffectiveValues2PerlFile: an invalid setting is deleted when the default configuration
        # (Defaults.pm and the non-ZZZ files) has it; otherwise it is simply left out.
        my $Node = $SysConfig->{ConfigDefaultObject};
        for my $Part ( split /###/, $Name ) {
            $Node = ref $Node eq 'HASH' || ref $Node eq 'Kernel::Config' ? $Node->{$Part} : undef;
        }
        $Perl .= "delete \$Self->{'$Key'};\n" if $Node;
        next;
    }
    my $Value = $SysConfig->SettingEffectiveValueGet( Value => $Parsed->{Value} );
    my $Dump  = $MainObject->Dump( $Value // '' );
    $Dump =~ s/\$VAR1 =//;
    $Perl .= "\$Self->{'$Key'} = $Dump";
}
chomp $Perl;

my $Out = <<"EOF2";
# OTRS config file (automatically generated)
# VERSION:2.0
package Kernel::Config::Files::ZZZAAuto;
use strict;
use warnings;
no warnings 'redefine'; ## no critic
use utf8;
sub Load {
    my (\$File, \$Self) = \@_;
\$Self->{'CurrentDeploymentID'} = '1';
$Perl
    return;
}
1;
EOF2
binmode STDOUT, ':utf8';
print $Out;
