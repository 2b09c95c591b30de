"""Security settings, Custom/ overrides and outbound endpoints on the SampleDesk samples."""

from __future__ import annotations

import json
import shutil

import pytest

from auditor import profile as profile_mod
from conftest import SAMPLEDESK, SAMPLES, audit_json, by_category, copy_sample, run_auditor

VENDOR = SAMPLES / "sampledesk-7.0.3-vendor"
GENUINE = SAMPLES / "sampledesk-7.0.3-genuine"


def _by_rule(report, category):
    return {f["evidence"]["rule"]: f for f in report["findings"] if f["category"] == category}


def test_vendor_sample_lists_each_weakened_setting_with_old_and_new_value():
    report, _ = audit_json(VENDOR, expect_rc=1)
    weakened = _by_rule(report, "weakened-setting")
    expected = {
        "OTRS-SESSION-001": ("SessionCheckRemoteIP", 1, 0),
        "OTRS-SESSION-004": ("SessionMaxIdleTime", 7200, 2592000),
        "OTRS-SESSION-006": ("SessionCSRFProtection", 1, 0),
        "OTRS-WEB-001": ("DisableContentSecurityPolicy", 0, 1),
        "OTRS-WEB-002": ("DisableIFrameOriginRestricted", 0, 1),
        "OTRS-AUTH-001": ("AuthModule::DB::CryptType", "sha2", "md5"),
        "OTRS-NET-001": ("WebUserAgent::DisableSSLVerification", 0, 1),
        "SD-CRYPTO-001": ("Security::CryptoCipher", "AES-256-GCM", "AES-128-CBC"),
        "SD-CRYPTO-002": ("Security::TLSMinimumVersion", "TLSv1.2", "TLSv1"),
        "SD-NET-001": ("Security::AdminIPAllowList", ["127.0.0.1/32", "10.0.0.0/8", "192.168.0.0/16"], "(not set)"),
    }
    assert set(weakened) == set(expected)
    for rule, (setting, old, new) in expected.items():
        ev = weakened[rule]["evidence"]
        assert (ev["setting"], ev["default"], ev["effective"]) == (setting, old, new), rule
        assert ev["file"] == "Kernel/Config/Files/ZZZAAuto.pm" and ev["line"] > 0
        assert weakened[rule]["path"] == "Kernel/Config/Files/ZZZAAuto.pm"
        assert ev["controls"]
    insecure = _by_rule(report, "insecure-setting")
    assert set(insecure) == {"OTRS-SEC-001", "OTRS-AUTH-003", "OTRS-AUTH-005", "OTRS-AUTH-006", "OTRS-WEB-003"}
    assert insecure["OTRS-SEC-001"]["severity"] == "high"
    assert insecure["OTRS-AUTH-003"]["evidence"]["effective"] == "(not set)"


def test_vendor_sample_custom_override_and_endpoints():
    report, _ = audit_json(VENDOR, expect_rc=1)
    cats = by_category(report)
    assert cats["custom-override"] == {"Custom/Kernel/System/Ticket.pm"}
    override = next(f for f in report["findings"] if f["category"] == "custom-override")
    assert override["severity"] == "high" and override["evidence"]["shadows"] == "Kernel/System/Ticket.pm"
    endpoints = {(f["evidence"]["host"], f["path"], f["evidence"]["source"]): f
                 for f in report["findings"] if f["category"] == "outbound-endpoint"}
    assert set(endpoints) == {
        ("203.0.113.7", "var/webservices/TicketSync.yml", "webservice"),
        ("203.0.113.7", "Kernel/GenericInterface/Invoker/VendorSync/TicketPush.pm", "code"),
        ("proxy.helpdesk-vendor.example", "Kernel/Config/Files/ZZZAAuto.pm", "setting"),
        ("repo.helpdesk-vendor.example", "Kernel/Config/Files/ZZZAAuto.pm", "setting"),
    }
    ws = endpoints[("203.0.113.7", "var/webservices/TicketSync.yml", "webservice")]
    assert ws["severity"] == "critical"
    assert ws["evidence"]["scheme"] == "http" and ws["evidence"]["ip_literal"] is True
    assert ws["evidence"]["events"] == ["ArticleCreate", "TicketCreate"]
    assert ws["evidence"]["url"] == "http://203.0.113.7/collect"
    assert "hds-sync-2018" not in json.dumps(report)     # the web service password is never shown
    proxy = endpoints[("proxy.helpdesk-vendor.example", "Kernel/Config/Files/ZZZAAuto.pm", "setting")]
    assert proxy["severity"] == "high" and proxy["evidence"]["setting"] == "WebUserAgent::Proxy"
    inventory = {e["host"]: e for e in report["endpoints"]["inventory"]}
    assert inventory["cloud.sampledesk.example"]["official"] is True
    assert report["endpoints"]["unexpected"] == 4


def test_genuine_samples_list_no_settings_or_endpoints():
    for name in ["sampledesk-7.0.3-genuine", "sampledesk-6.0.3-genuine"]:
        report, _ = audit_json(SAMPLES / name)
        assert not {"weakened-setting", "insecure-setting", "outbound-endpoint", "custom-override",
                    "config-unparsable"} & set(by_category(report)), name
        statuses = {r["rule"]: r["status"] for r in report["settings"]["rules"]}
        assert set(statuses.values()) <= {"ok", "ok-default", "not-applicable"}
        assert report["endpoints"]["unexpected"] == 0
        assert "Xq7-pR2w-db" not in json.dumps(report)   # DatabasePw is redacted


def test_allow_host_and_allowlist_silence_expected_endpoints(tmp_path):
    allow = tmp_path / "allow.txt"
    allow.write_text("# the vendor's support infrastructure, under contract\n*.helpdesk-vendor.example\n")
    report, _ = audit_json(VENDOR, "--allow-host", "203.0.113.0/24", "--allowlist", allow)
    assert "outbound-endpoint" not in by_category(report)
    assert all(e["allowed"] for e in report["endpoints"]["inventory"] if not e["official"])


def test_webservices_exported_from_the_database(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "CRM.yml").write_text("""---
Description: CRM push
Provider: {Transport: {Type: ''}}
Requester:
  Invoker:
    Push: {Type: Generic::Tunnel, Events: [{Event: TicketUpdate, Asynchronous: '1'}]}
  Transport:
    Type: HTTP::SOAP
    Config:
      Endpoint: https://crm.partner.example/soap
      NameSpace: urn:crm
""")
    report, _ = audit_json(GENUINE, "--webservices", exports)
    f = [x for x in report["findings"] if x["category"] == "outbound-endpoint"]
    assert len(f) == 1
    assert f[0]["path"] is None and f[0]["evidence"]["file"] == str(exports / "CRM.yml")
    assert f[0]["evidence"]["host"] == "crm.partner.example" and f[0]["severity"] == "high"


# every rule on both sides: flagged when weakened, silent at the official default
UNSAFE = {
    "OTRS-SEC-001": "$Self->{'SecureMode'} = 0;",
    "OTRS-SESSION-001": "$Self->{'SessionCheckRemoteIP'} = 0;",
    "OTRS-SESSION-002": "$Self->{'SessionDeleteIfNotRemoteID'} = 0;",
    "OTRS-SESSION-003": "$Self->{'SessionMaxTime'} = 30 * 24 * 3600;",
    "OTRS-SESSION-004": "$Self->{'SessionMaxIdleTime'} = 86400;",
    "OTRS-SESSION-005": "$Self->{'SessionUseCookie'} = 0;",
    "OTRS-SESSION-006": "$Self->{'SessionCSRFProtection'} = 0;",
    "OTRS-SESSION-007": "$Self->{'SessionUseCookieAfterBrowserClose'} = 1;",
    "OTRS-AUTH-001": "$Self->{'AuthModule::DB::CryptType'} = 'plain';",
    "OTRS-AUTH-002": "$Self->{'Customer::AuthModule::DB::CryptType'} = 'md5';",
    "OTRS-AUTH-003": "delete $Self->{'AuthTwoFactorModule'};",
    "OTRS-AUTH-004": "$Self->{'AuthTwoFactorModule::AllowEmptySecret'} = 1;",
    "OTRS-AUTH-005": "$Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMinSize'} = 4;",
    "OTRS-AUTH-006": "$Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMaxLoginFailed'} = 0;",
    "OTRS-AUTH-007": "$Self->{'SwitchToUser'} = 1;",
    "OTRS-WEB-001": "$Self->{'DisableContentSecurityPolicy'} = 1;",
    "OTRS-WEB-002": "$Self->{'DisableIFrameOriginRestricted'} = 1;",
    "OTRS-WEB-003": "$Self->{'HttpType'} = 'http';",
    "OTRS-WEB-004": "$Self->{'Frontend::DebugMode'} = 1;",
    "OTRS-WEB-005": "$Self->{'AttachmentDownloadType'} = 'inline';",
    "OTRS-NET-001": "$Self->{'WebUserAgent::DisableSSLVerification'} = 1;",
    "OTRS-PKG-001": "$Self->{'Package::AllowNotVerifiedPackages'} = 1;",
    "OTRS-SYS-001": "$Self->{'DemoSystem'} = 1;",
    "OTRS-SYS-002": "$Self->{'PGP::TrustedNetwork'} = 1;",
    "SD-NET-001": "$Self->{'Security::AdminIPAllowList'} = [];",
    "SD-CRYPTO-001": "$Self->{'Security::CryptoCipher'} = 'AES-128-GCM';",
    "SD-CRYPTO-002": "$Self->{'Security::TLSMinimumVersion'} = 'TLSv1.1';",
}


def test_the_unsafe_table_covers_every_rule():
    assert set(UNSAFE) == {r["id"] for r in profile_mod.builtin("sampledesk").rules}


@pytest.fixture(scope="module")
def genuine_6_0_3(tmp_path_factory):
    """6.0.3 still has SessionUseCookie (7.0 removed it), so every rule has a setting to weaken."""
    return copy_sample("sampledesk-6.0.3-genuine", tmp_path_factory.mktemp("g"))


@pytest.mark.parametrize("rule", sorted(UNSAFE))
def test_each_rule_fires_on_its_unsafe_value_in_config_pm(rule, genuine_6_0_3, tmp_path):
    tree = tmp_path / "t"
    shutil.copytree(genuine_6_0_3, tree)
    config = tree / "Kernel/Config.pm"
    text = config.read_text().replace("    return 1;\n}", f"    {UNSAFE[rule]}\n    return 1;\n}}", 1)
    config.write_text(text)
    report, _ = audit_json(tree)
    hits = [f for f in report["findings"] if f["category"] in ("weakened-setting", "insecure-setting")]
    assert [f["evidence"]["rule"] for f in hits] == [rule]
    assert hits[0]["evidence"]["file"] == "Kernel/Config.pm"


def test_malformed_config_pm_is_a_finding_naming_file_and_line(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    config = tree / "Kernel/Config.pm"
    lines = config.read_text().splitlines()
    broken_at = next(i for i, line in enumerate(lines) if "DatabaseUser" in line) + 1
    lines[broken_at - 1] = "    $Self->{'DatabaseUser'} = [ 'sampledesk' ;"
    config.write_text("\n".join(lines) + "\n")
    report, proc = audit_json(tree, expect_rc=1)
    f = [x for x in report["findings"] if x["category"] == "config-unparsable"]
    assert len(f) == 1
    assert f[0]["path"] == "Kernel/Config.pm" and f[0]["evidence"]["line"] > broken_at
    assert f"cannot parse configuration: line {f[0]['evidence']['line']}: " in f[0]["message"]
    assert f"opened on line {broken_at}" in f[0]["message"]
    assert "Traceback" not in proc.stderr


def test_bad_rule_in_a_profile_names_file_and_line(tmp_path):
    prof = tmp_path / "mine.yaml"
    prof.write_text("""format_version: 1
name: mine
extends: sampledesk
rules+:
  - id: MINE-001
    setting: SecureMode
    safe: {equals: 1, shiny: true}
    severity: high
    title: t
    why: w
""")
    proc = run_auditor("audit", GENUINE, "--baselines", SAMPLEDESK, "--profile", prof)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"auditor: error: {prof}:5: rules[27].safe.shiny: unknown predicate; known: "
                                   "equals, in, not_in, min, max, matches, empty, not_empty, version_at_least, "
                                   "bits_at_least")


def test_own_profile_can_extend_and_add_a_rule(tmp_path):
    prof = tmp_path / "strict.yaml"
    prof.write_text("""format_version: 1
name: strict
extends: sampledesk
rules+:
  - id: STRICT-001
    setting: Secure::DisableBanner
    safe: {equals: 1}
    when: always
    severity: low
    title: The version banner is shown
    why: X-Powered-By tells attackers the exact version.
    controls: [ISO27001-A.8.9]
""")
    report, _ = audit_json(GENUINE, "--profile", prof)
    assert report["profile"] == "strict"
    assert [f["evidence"]["rule"] for f in report["findings"]] == ["STRICT-001"]


def test_bad_regex_in_a_rule_condition_is_a_clear_error(tmp_path):
    prof = tmp_path / "cond.yaml"
    prof.write_text("""format_version: 1
name: cond
extends: sampledesk
rules+:
  - id: COND-001
    setting: HttpType
    safe: {equals: https}
    if: {setting: FQDN, matches: "(unclosed"}
    severity: low
    title: t
    why: w
""")
    proc = run_auditor("audit", GENUINE, "--baselines", SAMPLEDESK, "--profile", prof)
    assert proc.returncode == 2
    line = proc.stderr.strip()
    assert line.startswith(f"auditor: error: {prof}:") and "rules[27].if.matches: invalid regular expression" in line
