"""SampleDesk's configuration in the exact formats of real OTRS / Znuny installs.

* ``Kernel/Config/Files/XML/*.xml``: SysConfig 2.0 setting definitions
  (``<otrs_config version="2.0" init="Framework">``; Checkbox, String with
  ValueRegex, Select with SelectedID and Options, PerlModule, Textarea,
  Hash and Array values with untyped items, DefaultItem, FrontendRegistration,
  FrontendNavigation, WorkingHours, comments, entities, settings with
  Valid="0").
* ``Kernel/Config/Files/ZZZAAuto.pm``: what a SysConfig deployment writes: every
  valid setting with its effective value, dumped as ``Data::Dumper`` does with
  ``Indent = 1`` and ``Sortkeys = 1``, after the ``CurrentDeploymentID`` line.

Each setting below is declared once as data: its XML form and its effective
value are both written from that declaration, so the XML the generator
writes and the value it deploys agree by construction (the value semantics,
e.g. that an untyped Array item's surrounding newline and indentation are
trimmed while a String item keeps its text as written, are the product's,
as documented in auditor/config/otrs_xml.py). Nothing here is copied from
OTRS; the settings are SampleDesk's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr


def vt(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


# ---------------------------------------------------------------------------
# values: each knows its XML and its effective value
# ---------------------------------------------------------------------------

@dataclass
class Item:
    """A typed top-level item: <Item ValueType="...">text</Item>; its value is the text as written."""

    vtype: str
    text: str
    attrs: dict = field(default_factory=dict)

    def xml(self, ind: str) -> list[str]:
        a = "".join(f" {k}={quoteattr(v)}" for k, v in self.attrs.items())
        return [f'{ind}<Item ValueType="{self.vtype}"{a}>{escape(self.text)}</Item>']

    def value(self):
        return self.text


@dataclass
class Select:
    selected: str
    options: list[tuple[str, str]]
    translatable: bool = False

    def xml(self, ind: str) -> list[str]:
        t = ' Translatable="1"' if self.translatable else ""
        out = [f'{ind}<Item ValueType="Select" SelectedID={quoteattr(self.selected)}>']
        out += [f'{ind}    <Item ValueType="Option" Value={quoteattr(v)}{t}>{escape(label)}</Item>'
                for v, label in self.options]
        return out + [f"{ind}</Item>"]

    def value(self):
        return self.selected


@dataclass
class Plain:
    """An untyped item inside a Hash or Array; ``layout`` 'block' writes the text on its own
    indented line, which the product trims (leading newline + indentation, trailing newline + indentation)."""

    text: str
    layout: str = "inline"
    key: str | None = None
    extra: str = ""

    def xml(self, ind: str) -> list[str]:
        k = f" Key={quoteattr(self.key)}" if self.key is not None else ""
        if self.layout == "block":
            return [f"{ind}<Item{k}{self.extra}>", f"{ind}    {escape(self.text)}", f"{ind}</Item>"]
        if self.text == "":
            return [f"{ind}<Item{k}{self.extra}></Item>"]
        return [f"{ind}<Item{k}{self.extra}>{escape(self.text)}</Item>"]

    def value(self):
        return self.text


@dataclass
class Hash:
    items: list                      # Plain (with key) | Keyed
    comment: str | None = None       # an XML comment among the items (the product strips it)

    def xml(self, ind: str) -> list[str]:
        out = [f"{ind}<Hash>"]
        for i, it in enumerate(self.items):
            if self.comment and i == len(self.items) // 2:
                out.append(f"{ind}    <!-- {self.comment} -->")
            out += it.xml(ind + "    ")
        return out + [f"{ind}</Hash>"]

    def value(self):
        return {it.key: it.value() for it in self.items}


@dataclass
class Keyed:
    """A Hash item holding a nested Array or Hash."""

    key: str
    inner: Any

    def xml(self, ind: str) -> list[str]:
        return [f"{ind}<Item Key={quoteattr(self.key)}>"] + self.inner.xml(ind + "    ") + [f"{ind}</Item>"]

    def value(self):
        return self.inner.value()


@dataclass
class Array:
    items: list
    default_type: str | None = None  # DefaultItem ValueType (items then keep their text as written)

    def xml(self, ind: str) -> list[str]:
        out = [f"{ind}<Array>"]
        if self.default_type:
            out.append(f'{ind}    <DefaultItem ValueType="{self.default_type}"></DefaultItem>')
        for it in self.items:
            out += it.xml(ind + "    ")
        return out + [f"{ind}</Array>"]

    def value(self):
        return [it.value() for it in self.items]


@dataclass
class Wrapped:
    """An Array item that holds a Hash (e.g. a FrontendNavigation entry)."""

    inner: Hash

    def xml(self, ind: str) -> list[str]:
        return [f"{ind}<Item>"] + self.inner.xml(ind + "    ") + [f"{ind}</Item>"]

    def value(self):
        return self.inner.value()


@dataclass
class Registration:
    """A FrontendRegistration item: a Hash whose Group/GroupRo are lists, other keys text."""

    group: list[str]
    group_ro: list[str]
    title: str
    navbar: str

    def xml(self, ind: str) -> list[str]:
        i2, i3, i4 = ind + "    ", ind + "        ", ind + "            "
        out = [f'{ind}<Item ValueType="FrontendRegistration">', f"{i2}<Hash>", f'{i3}<Item Key="GroupRo">',
               f"{i4}<Array>"]
        out += [f"{i4}    <Item>{escape(g)}</Item>" for g in self.group_ro]
        out += [f"{i4}</Array>", f"{i3}</Item>", f'{i3}<Item Key="Group">', f"{i4}<Array>"]
        out += [f"{i4}    <Item>{escape(g)}</Item>" for g in self.group]
        out += [f"{i4}</Array>", f"{i3}</Item>", f'{i3}<Item Key="Title" Translatable="1">{escape(self.title)}</Item>',
                f'{i3}<Item Key="NavBarName">{escape(self.navbar)}</Item>', f"{i2}</Hash>", f"{ind}</Item>"]
        return out

    def value(self):
        return {"Group": list(self.group), "GroupRo": list(self.group_ro), "Title": self.title,
                "NavBarName": self.navbar}


@dataclass
class WorkingHours:
    days: dict[str, list[str]]

    def xml(self, ind: str) -> list[str]:
        out = [f'{ind}<Item ValueType="WorkingHours">']
        for day, hours in self.days.items():
            out.append(f'{ind}    <Item ValueType="Day" ValueName="{day}">')
            out += [f'{ind}        <Item ValueType="Hour">{h}</Item>' for h in hours]
            out.append(f"{ind}    </Item>")
        return out + [f"{ind}</Item>"]

    def value(self):
        return {day: list(hours) for day, hours in self.days.items()}


@dataclass
class Setting:
    name: str
    value: Any
    description: str
    navigation: str = "Core"
    valid: bool = True
    required: bool = True

    def xml(self) -> list[str]:
        out = [f'    <Setting Name={quoteattr(self.name)} Required="{int(self.required)}" Valid="{int(self.valid)}">',
               f'        <Description Translatable="1">{escape(self.description)}</Description>',
               f"        <Navigation>{escape(self.navigation)}</Navigation>", "        <Value>"]
        out += self.value.xml("            ")
        return out + ["        </Value>", "    </Setting>"]


def checkbox(v: str) -> Item:
    return Item("Checkbox", v)


def string(v: str, regex: str = "") -> Item:
    return Item("String", v, {"ValueRegex": regex})


# ---------------------------------------------------------------------------
# SampleDesk's settings per release
# ---------------------------------------------------------------------------

CRYPT = [("crypt", "Crypt"), ("apr1", "Apache MD5"), ("md5", "MD5-Crypt"), ("plain", "Plain"), ("sha1", "SHA-1"),
         ("sha2", "SHA-2"), ("sha512", "SHA-512"), ("bcrypt", "bcrypt")]


def framework(version: str, product: str) -> list[Setting]:
    major = version.split(".")[0]
    v7 = vt(version) >= vt("7.0.0")
    s = [
        Setting("SecureMode", checkbox("0"), "Disables the web installer (set by the installer when it finishes)."),
        Setting("ProductName", string(f"{product} {major}"), "Defines the name of the application."),
        Setting("SystemID", string("10", "^\\d+$"), "Defines the system identifier."),
        Setting("FQDN", string("yourhost.example.com"), "Defines the fully qualified domain name of the system."),
        Setting("HttpType", Select("http", [("http", "http"), ("https", "https")]),
                "Defines the protocol the web server serves the application with.", "Frontend::Base"),
        Setting("Organization", string("Example Company"), "Name of the organisation."),
        Setting("AdminEmail", string("support@<OTRS_CONFIG_FQDN>"), "Defines the system administrator's email."),
        Setting("SessionCheckRemoteIP", checkbox("1"), "Turns on the remote IP address check.", "Core::Session"),
        Setting("SessionDeleteIfNotRemoteID", checkbox("1"), "Deletes a session used from another address.",
                "Core::Session"),
        Setting("SessionDeleteIfTimeToOld", checkbox("1"), "Deletes requested sessions that timed out.",
                "Core::Session"),
        Setting("SessionMaxTime", string("57600", "^[0-9]{1,8}$"), "Maximal valid time of a session id.",
                "Core::Session"),
        Setting("SessionMaxIdleTime", string("7200", "^[0-9]{1,8}$"), "Maximal idle time of a session.",
                "Core::Session"),
    ]
    if not v7:
        s.append(Setting("SessionUseCookie", checkbox("1"), "Keeps the session id in a cookie.", "Core::Session"))
    s += [
        Setting("SessionUseCookieAfterBrowserClose", checkbox("0"), "Keeps the cookie after the browser closes.",
                "Core::Session"),
        Setting("SessionCSRFProtection", checkbox("1"), "Checks the challenge token of every form.", "Core::Session"),
        Setting("SwitchToUser", checkbox("0"), "Lets admins log in as another agent.", "Core::Permission"),
        Setting("SwitchToCustomer", checkbox("0"), "Lets agents log in as a customer.", "Core::Permission"),
        Setting("DisableContentSecurityPolicy", checkbox("0"), "Disables the Content-Security-Policy header.",
                "Core::Web"),
        Setting("DisableIFrameOriginRestricted", checkbox("0"), "Disables the X-Frame-Options header.", "Core::Web"),
    ]
    if vt(version) >= vt("6.0.5"):
        s.append(Setting("DisableLoginAutocomplete", checkbox("0"), "Disables autocomplete on the login screen.",
                         "Frontend::Base"))
    s += [
        Setting("Frontend::DebugMode", checkbox("0"), "Shows debug information in the browser.", "Frontend::Base"),
        Setting("Frontend::AjaxDebug", checkbox("0"), "Logs every AJAX request.", "Frontend::Base"),
        Setting("AttachmentDownloadType", Select("attachment", [("inline", "inline"), ("attachment", "attachment")],
                                                  translatable=True),
                "Shows attachments in the browser (inline) or downloads them (attachment).", "Frontend::Base"),
        Setting("Secure::DisableBanner", checkbox("0"), "Hides the X-Powered-By header and the footer banner."),
        Setting("DemoSystem", checkbox("0"), "Runs the system in demo mode."),
        Setting("Customer::AuthModule::DB::CryptType", Select("sha2", CRYPT), "Password hash of customer users.",
                "Core::Auth::Customer"),
        Setting("Customer::AuthModule::DB::bcryptCost", string("12", "^[0-9]{1,2}$"),
                "Cost of bcrypt password hashes.", "Core::Auth::Customer"),
        Setting("AuthTwoFactorModule", Item("PerlModule", "Kernel::System::Auth::TwoFactor::GoogleAuthenticator",
                                            {"ValueFilter": "Kernel/System/Auth/TwoFactor/*.pm"}),
                "Two-factor module for agents.", "Core::Auth::Agent::TwoFactor", valid=False, required=False),
        Setting("AuthTwoFactorModule::AllowEmptySecret", checkbox("1"), "Lets agents without a secret log in.",
                "Core::Auth::Agent::TwoFactor"),
        Setting("AuthTwoFactorModule::AllowPreviousToken", checkbox("1"), "Accepts the previous token too.",
                "Core::Auth::Agent::TwoFactor"),
        Setting("PreferencesGroups###Password", Hash([
            Plain("Kernel::Output::HTML::Preferences::Password", key="Module"),
            Plain("UserProfile", key="PreferenceGroup"),
            Plain("Change password", key="Label", extra=' Translatable="1"'),
            Plain("0500", key="Prio"),
            Plain("Agent", key="Area"),
            Plain("", key="PasswordRegExp"),
            Plain("0", key="PasswordMinSize"),
            Plain("0", key="PasswordMin2Lower2UpperCharacters"),
            Plain("0", key="PasswordMin2Characters"),
            Plain("0", key="PasswordNeedDigit"),
            Plain("0", key="PasswordMaxLoginFailed"),
            Plain("1", key="Active"),
        ], comment='<Item Key="PasswordRegExp">[a-z]|[A-Z]|[0-9]</Item>'),
            "Password policy of agents.", "Frontend::Agent::View::Preferences", required=False),
        Setting("WebUserAgent::Timeout", string("15", "^[0-9]+$"), "Timeout of outbound HTTP requests.",
                "Core::WebUserAgent"),
        Setting("WebUserAgent::DisableSSLVerification", checkbox("0"), "Turns off TLS certificate verification.",
                "Core::WebUserAgent"),
        Setting("WebUserAgent::Proxy", string("http://proxy.sn.example:8001/"), "Proxy for outbound connections.",
                "Core::WebUserAgent", valid=False, required=False),
        Setting("Package::RepositoryRoot", Array([Plain("https://packages.sampledesk.example/repository.xml",
                                                        layout="block")]),
                "Repository index of the official packages.", "Core::Package"),
        Setting("Package::RepositoryList", Hash([Plain("[Example] ftp://ftp.example.com/",
                                                       key="ftp://ftp.example.com/pub/sampledesk/packages/")]),
                "Further package repositories.", "Core::Package", valid=False, required=False),
        Setting("Package::AllowLocalModifications", checkbox("0"),
                "Stops reporting locally modified package files.", "Core::Package", valid=False, required=False),
    ]
    if v7:
        s.append(Setting("PackageVerification", Select("1", [("1", "Active"), ("0", "Disabled")]),
                         "Verifies packages before they are installed.", "Core::Package"))
    else:
        s.append(Setting("Package::AllowNotVerifiedPackages", checkbox("0"), "Allows unverified packages.",
                         "Core::Package"))
    s += [
        Setting("AdminSelectBox::AllowDatabaseModification", checkbox("0"),
                "Lets the SQL box run statements that modify the database.", "Frontend::Admin::View::SelectBox"),
        Setting("CloudServices::Disabled", checkbox("0"), "Disables the cloud services.", "Core::CloudServices",
                valid=False, required=False),
        Setting("CloudService::URL", string("https://cloud.sampledesk.example/sampledesk/public.pl"),
                "Cloud service endpoint.", "Core::CloudServices"),
        Setting("SendmailModule", Select("Kernel::System::Email::Sendmail", [
            ("Kernel::System::Email::Sendmail", "Sendmail"), ("Kernel::System::Email::SMTP", "SMTP"),
            ("Kernel::System::Email::SMTPS", "SMTPS"), ("Kernel::System::Email::DoNotSendEmail", "DoNotSendEmail")]),
            "How outgoing mail is sent.", "Core::Email"),
        Setting("SendmailModule::CMD", string("/usr/sbin/sendmail -i -f"), "The sendmail command.", "Core::Email"),
        Setting("SendmailModule::Host", string("mail.example.com"), "The mail server for SMTP.", "Core::Email"),
        Setting("SendmailModule::Port", string("25", "^[0-9]{1,5}$"), "The mail server port.", "Core::Email",
                valid=False, required=False),
        Setting("PGP::TrustedNetwork", checkbox("0"), "Trusts keys from the key server.", "Core::Crypt::PGP"),
        Setting("Ticket::GenericAgentAllowCustomScriptExecution", checkbox("1"),
                "Lets generic agent jobs run commands.", "Core::Ticket"),
        Setting("Security::AdminIPAllowList", Array([Plain("127.0.0.1/32"), Plain("10.0.0.0/8"),
                                                     Plain("192.168.0.0/16", layout="block")]),
                "Networks the admin interface accepts.", "Core::Security"),
        Setting("Security::CryptoCipher", Select("AES-256-GCM", [("AES-128-CBC", "AES-128-CBC"),
                                                                ("AES-128-GCM", "AES-128-GCM"),
                                                                ("AES-256-GCM", "AES-256-GCM")]),
                "Cipher of stored secrets.", "Core::Security"),
        Setting("Security::TLSMinimumVersion", Select("TLSv1.2", [("TLSv1", "TLS 1.0"), ("TLSv1.1", "TLS 1.1"),
                                                                 ("TLSv1.2", "TLS 1.2"), ("TLSv1.3", "TLS 1.3")]),
                "Lowest TLS version accepted.", "Core::Security"),
        Setting("Frontend::Module###AdminSelectBox", Registration(["admin"], [], "SQL Box", "Admin"),
                "Frontend module registration of the SQL box.", "Frontend::Admin::ModuleRegistration", required=False),
        Setting("Frontend::Navigation###AgentTicketQueue###002-Ticket", Array([Wrapped(Hash([
            Keyed("Group", Array([Plain("users")])),
            Keyed("GroupRo", Array([])),
            Plain("Overview of all open tickets.", key="Description", layout="block"),
            Plain("Queue view", key="Name"),
            Plain("Action=AgentTicketQueue", key="Link"),
            Plain("Ticket", key="NavBar"),
            Plain("100", key="Prio"),
        ]))]), "Main menu item of the queue view.", "Frontend::Agent::ModuleRegistration::MainMenu", required=False),
        Setting("Loader::Agent::CommonJS###000-Framework", Array([
            Plain("thirdparty/jquery/jquery.js"), Plain("Core.Debug.js", layout="block"), Plain("Core.App.js"),
            Plain("Core.UI.js"), Plain("Core.Form.js"),
        ]), "JavaScript loaded for every agent page.", "Frontend::Base::Loader"),
        Setting("Ticket::Frontend::Signature", Item("Textarea", "--\n<OTRS_CONFIG_ProductName>\n  indented line  "),
                "Signature text with line breaks kept.", "Frontend::Agent"),
        Setting("Ticket::SubjectRe", Array([Plain("  Re  "), Plain("AW")], default_type="String"),
                "Reply prefixes (typed items keep their text).", "Core::Ticket"),
        Setting("Ticket::Hook", string("Ticket# & <No>"), "Identifier of a ticket (entities in XML).", "Core::Ticket"),
        Setting("TimeWorkingHours", WorkingHours({"Mon": ["8", "9", "10", "11", "12"], "Sat": []}),
                "Working hours.", "Core::Time"),
    ]
    return s


def other(path: str, version: str, words, pick, h) -> list[Setting]:
    """A handful of ordinary settings for the other XML files."""
    name = path.rsplit("/", 1)[-1][:-4]
    out = []
    for j in range(8 + h(path) % 8):
        w = pick(words, path, str(j))
        out.append(Setting(f"{name}::{w}###{j:03d}", string(pick(words, path, str(j), "v")),
                           f"Configures the {w.lower()} handling."))
    return out


def xml_file(settings: list[Setting], init: str = "Framework") -> str:
    lines = ['<?xml version="1.0" encoding="utf-8" ?>', f'<otrs_config version="2.0" init="{init}">']
    for s in settings:
        lines += s.xml()
    return "\n".join(lines + ["</otrs_config>", ""])


# ---------------------------------------------------------------------------
# deployment: ZZZAAuto.pm as SysConfig writes it
# ---------------------------------------------------------------------------

def _quote(s: str) -> str:
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def dumper(value: Any, level: int = 0) -> str:
    """``Data::Dumper`` with Indent = 1 and Sortkeys = 1 (strings single-quoted)."""
    pad = "  " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{_quote(k)} => {dumper(value[k], level + 1)}" for k in sorted(value)]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(pad + dumper(v, level + 1) for v in value) + "\n" + "  " * level + "]"
    if value is None:
        return "undef"
    return _quote(str(value))


def deployed_values(xml_files: dict[str, list[Setting]]) -> dict[str, Any]:
    """Name -> effective value of every valid setting (later files override earlier ones)."""
    out: dict[str, Any] = {}
    for path in sorted(xml_files):
        for s in xml_files[path]:
            if s.valid:
                out[s.name] = s.value.value()
            else:
                out.pop(s.name, None)
    return out


def zzzaauto(values: dict[str, Any]) -> str:
    lines = ["# OTRS config file (automatically generated)", "# VERSION:2.0",
             "package Kernel::Config::Files::ZZZAAuto;", "use strict;", "use warnings;",
             "no warnings 'redefine'; ## no critic", "use utf8;", "sub Load {", "    my ($File, $Self) = @_;",
             "$Self->{'CurrentDeploymentID'} = '1';"]
    for name in sorted(values):
        key = name.replace("\\", "\\\\").replace("###", "'}->{'")
        lines.append(f"$Self->{{'{key}'}} =  {dumper(values[name])};")
    return "\n".join(lines + ["    return;", "}", "1;", ""])
