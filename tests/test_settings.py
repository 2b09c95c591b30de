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
    zzz = "Kernel/Config/Files/ZZZAAuto.pm"
    allow_list = ["127.0.0.1/32", "10.0.0.0/8", "192.168.0.0/16"]
    expected = {
        "OTRS-SESSION-001": ("SessionCheckRemoteIP", 1, 0, zzz),
        "OTRS-SESSION-004": ("SessionMaxIdleTime", 7200, 2592000, zzz),
        "OTRS-SESSION-006": ("SessionCSRFProtection", 1, 0, zzz),
        "OTRS-WEB-001": ("DisableContentSecurityPolicy", 0, 1, zzz),
        "OTRS-WEB-002": ("DisableIFrameOriginRestricted", 0, 1, zzz),
        "OTRS-AUTH-001": ("AuthModule::DB::CryptType", "(not set)", "md5", "Kernel/Config.pm"),
        "OTRS-NET-001": ("WebUserAgent::DisableSSLVerification", 0, 1, zzz),
        "SD-CRYPTO-001": ("Security::CryptoCipher", "AES-256-GCM", "AES-128-CBC", zzz),
        "SD-CRYPTO-002": ("Security::TLSMinimumVersion", "TLSv1.2", "TLSv1", zzz),
        "SD-NET-001": ("Security::AdminIPAllowList", allow_list, "(not set)", zzz),
    }
    assert set(weakened) == set(expected)
    for rule, (setting, old, new, file) in expected.items():
        ev = weakened[rule]["evidence"]
        assert (ev["setting"], ev["default"], ev["effective"], ev["file"]) == (setting, old, new, file), rule
        assert weakened[rule]["path"] == file
        assert ev["controls"]
        # the line that sets the value; a setting left out of the deployment has no line
        assert (ev["line"] is None) == (new == "(not set)"), rule
    text = (VENDOR / zzz).read_text().splitlines()
    line = weakened["OTRS-SESSION-001"]["evidence"]["line"]
    assert text[line - 1] == "$Self->{'SessionCheckRemoteIP'} =  '0';"
    assert "(not in Kernel/Config/Files/ZZZAAuto.pm)" in weakened["SD-NET-001"]["message"]
    insecure = _by_rule(report, "insecure-setting")
    assert set(insecure) == {"OTRS-SEC-001"} and insecure["OTRS-SEC-001"]["severity"] == "high"
    # the official defaults the vendor left unhardened are advice, findings only with --hardening
    advice = {r["rule"] for r in report["settings"]["rules"] if r["status"] == "hardening-advice"}
    assert advice == {"OTRS-AUTH-003", "OTRS-AUTH-005", "OTRS-AUTH-006", "OTRS-WEB-003"}
    hardened, _ = audit_json(VENDOR, "--hardening", expect_rc=1)
    assert set(_by_rule(hardened, "insecure-setting")) == advice | {"OTRS-SEC-001"}
    assert _by_rule(hardened, "insecure-setting")["OTRS-AUTH-003"]["evidence"]["effective"] == "(not set)"


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
        ("198.51.100.23", "Kernel/Config/Files/ZZZAAuto.pm", "setting"),
        ("198.51.100.24", "Kernel/Config/Files/ZZZAAuto.pm", "setting"),
    }
    ws = endpoints[("203.0.113.7", "var/webservices/TicketSync.yml", "webservice")]
    assert ws["severity"] == "critical"
    assert ws["evidence"]["scheme"] == "http" and ws["evidence"]["ip_literal"] is True
    assert ws["evidence"]["events"] == ["ArticleCreate", "TicketCreate"]
    assert ws["evidence"]["url"] == "http://203.0.113.7/collect"
    assert "hds-sync-2018" not in json.dumps(report)     # the web service password is never shown
    proxy = endpoints[("198.51.100.23", "Kernel/Config/Files/ZZZAAuto.pm", "setting")]
    assert proxy["severity"] == "critical" and proxy["evidence"]["setting"] == "WebUserAgent::Proxy"
    assert proxy["evidence"]["factors"] == ["plain-text http", "IP literal"]
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
        # the official default mail host (a placeholder) is an official endpoint, not a finding
        inventory = {e["host"]: e for e in report["endpoints"]["inventory"]}
        assert inventory["mail.example.com"]["official"] is True
        assert "Xq7-pR2w-db" not in json.dumps(report)   # DatabasePw is redacted
        # what the installer set is what changed, nothing else (CurrentDeploymentID is bookkeeping)
        changed = {c["setting"] for c in report["settings"]["changed"]}
        assert changed == {"SecureMode", "FQDN", "SystemID", "HttpType", "Organization", "AuthTwoFactorModule",
                           "AuthTwoFactorModule::AllowEmptySecret", "PreferencesGroups###Password###PasswordMinSize",
                           "PreferencesGroups###Password###PasswordMaxLoginFailed", "DatabasePw"}, name


def test_allow_host_and_allowlist_silence_expected_endpoints(tmp_path):
    allow = tmp_path / "allow.txt"
    allow.write_text("# the vendor's support infrastructure, under contract\n*.helpdesk-vendor.example\n")
    allow.write_text("# the vendor's support infrastructure, under contract\n198.51.100.0/24\n")
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
      Endpoint: https://crm.partner.corp/soap
      NameSpace: urn:crm
""")
    report, _ = audit_json(GENUINE, "--webservices", exports)
    f = [x for x in report["findings"] if x["category"] == "outbound-endpoint"]
    assert len(f) == 1
    assert f[0]["path"] is None and f[0]["evidence"]["file"] == str(exports / "CRM.yml")
    assert f[0]["evidence"]["host"] == "crm.partner.corp" and f[0]["severity"] == "high"
    assert f[0]["evidence"]["factors"] == ["sent automatically on TicketUpdate"]


def test_reserved_example_domains_are_info_at_most(tmp_path):
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "Demo.yml").write_text("""---
Requester:
  Invoker:
    Push: {Type: Generic::Tunnel, Events: [{Event: TicketCreate, Asynchronous: '1'}]}
  Transport: {Type: HTTP::REST, Config: {Host: 'http://crm.example.com/api'}}
""")
    report, _ = audit_json(GENUINE, "--webservices", exports, expect_rc=0)
    f = [x for x in report["findings"] if x["category"] == "outbound-endpoint"]
    assert [(x["evidence"]["host"], x["severity"]) for x in f] == [("crm.example.com", "info")]


# Every rule on both sides: flagged when weakened in Kernel/Config.pm, silent on the genuine
# (hardened) samples (test_genuine_samples_list_no_settings_or_endpoints). 6.0.3 has the 6.0-only
# settings (SessionUseCookie, Package::AllowNotVerifiedPackages), 7.0.3 the 7-only ones
# (PackageVerification). A value equal to an unsafe official default is advice (hardening) or,
# for SecureMode, which the installer always sets, an insecure-setting finding.
G6, G7 = "sampledesk-6.0.3-genuine", "sampledesk-7.0.3-genuine"
UNSAFE = {
    "OTRS-SEC-001": (G6, "$Self->{'SecureMode'} = 0;", "insecure-setting"),
    "OTRS-SESSION-001": (G6, "$Self->{'SessionCheckRemoteIP'} = 0;", "weakened-setting"),
    "OTRS-SESSION-002": (G6, "$Self->{'SessionDeleteIfNotRemoteID'} = 0;", "weakened-setting"),
    "OTRS-SESSION-003": (G6, "$Self->{'SessionMaxTime'} = 30 * 24 * 3600;", "weakened-setting"),
    "OTRS-SESSION-004": (G6, "$Self->{'SessionMaxIdleTime'} = 86400;", "weakened-setting"),
    "OTRS-SESSION-005": (G6, "$Self->{'SessionUseCookie'} = 0;", "weakened-setting"),
    "OTRS-SESSION-006": (G6, "$Self->{'SessionCSRFProtection'} = 0;", "weakened-setting"),
    "OTRS-SESSION-007": (G6, "$Self->{'SessionUseCookieAfterBrowserClose'} = 1;", "weakened-setting"),
    "OTRS-SESSION-008": (G6, "$Self->{'SessionDeleteIfTimeToOld'} = 0;", "weakened-setting"),
    "OTRS-AUTH-001": (G6, "$Self->{'AuthModule::DB::CryptType'} = 'plain';", "weakened-setting"),
    "OTRS-AUTH-002": (G6, "$Self->{'Customer::AuthModule::DB::CryptType'} = 'md5';", "weakened-setting"),
    "OTRS-AUTH-003": (G6, "delete $Self->{'AuthTwoFactorModule'};", "hardening"),
    "OTRS-AUTH-004": (G6, "$Self->{'AuthTwoFactorModule::AllowEmptySecret'} = 1;", "hardening"),
    "OTRS-AUTH-005": (G6, "$Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMinSize'} = 4;", "weakened-setting"),
    "OTRS-AUTH-006": (G6, "$Self->{'PreferencesGroups'}->{'Password'}->{'PasswordMaxLoginFailed'} = 0;", "hardening"),
    "OTRS-AUTH-007": (G6, "$Self->{'SwitchToUser'} = 1;", "weakened-setting"),
    "OTRS-AUTH-008": (G7, "$Self->{'SwitchToCustomer'} = 1;", "weakened-setting"),
    "OTRS-AUTH-009": (G7, "$Self->{AuthModule} = 'Kernel::System::Auth::VendorMaster';", "weakened-setting"),
    "OTRS-AUTH-010": (G7, "$Self->{'Customer::AuthModule'} = 'Kernel::System::CustomerAuth::Portal';",
                      "weakened-setting"),
    "OTRS-AUTH-011": (G7, "$Self->{'Customer::AuthModule::DB::bcryptCost'} = 4;", "weakened-setting"),
    "OTRS-WEB-001": (G6, "$Self->{'DisableContentSecurityPolicy'} = 1;", "weakened-setting"),
    "OTRS-WEB-002": (G6, "$Self->{'DisableIFrameOriginRestricted'} = 1;", "weakened-setting"),
    "OTRS-WEB-003": (G6, "$Self->{'HttpType'} = 'http';", "hardening"),
    "OTRS-WEB-004": (G6, "$Self->{'Frontend::DebugMode'} = 1;", "weakened-setting"),
    "OTRS-WEB-005": (G6, "$Self->{'AttachmentDownloadType'} = 'inline';", "weakened-setting"),
    "OTRS-WEB-006": (G7, "$Self->{'Frontend::AjaxDebug'} = 1;", "weakened-setting"),
    "OTRS-WEB-007": (G7, "$Self->{'Secure::DisableBanner'} = 1;", "weakened-setting"),
    "OTRS-NET-001": (G6, "$Self->{'WebUserAgent::DisableSSLVerification'} = 1;", "weakened-setting"),
    "OTRS-PKG-001": (G6, "$Self->{'Package::AllowNotVerifiedPackages'} = 1;", "weakened-setting"),
    "OTRS-PKG-002": (G7, "$Self->{'Package::AllowLocalModifications'} = 1;", "weakened-setting"),
    "OTRS-PKG-003": (G7, "$Self->{'PackageVerification'} = '0';", "weakened-setting"),
    "OTRS-ADMIN-001": (G7, "$Self->{'AdminSelectBox::AllowDatabaseModification'} = 1;", "weakened-setting"),
    "OTRS-EXEC-001": (G7, "$Self->{'SendmailModule::CMD'} = '/opt/helpdesk/bin/relay --copy-to-vendor';",
                      "weakened-setting"),
    "OTRS-SYS-001": (G6, "$Self->{'DemoSystem'} = 1;", "weakened-setting"),
    "OTRS-SYS-002": (G6, "$Self->{'PGP::TrustedNetwork'} = 1;", "weakened-setting"),
    "SD-NET-001": (G6, "$Self->{'Security::AdminIPAllowList'} = [];", "weakened-setting"),
    "SD-CRYPTO-001": (G6, "$Self->{'Security::CryptoCipher'} = 'AES-128-GCM';", "weakened-setting"),
    "SD-CRYPTO-002": (G6, "$Self->{'Security::TLSMinimumVersion'} = 'TLSv1.1';", "weakened-setting"),
}


def test_the_unsafe_table_covers_every_rule():
    assert set(UNSAFE) == {r["id"] for r in profile_mod.builtin("sampledesk").rules}


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    base = tmp_path_factory.mktemp("g")
    return {name: copy_sample(name, base) for name in (G6, G7)}


@pytest.mark.parametrize("rule", sorted(UNSAFE))
def test_each_rule_fires_on_its_unsafe_value_in_config_pm(rule, genuine, tmp_path):
    sample, statement, expect = UNSAFE[rule]
    tree = tmp_path / "t"
    shutil.copytree(genuine[sample], tree)
    config = tree / "Kernel/Config.pm"
    text = config.read_text().replace("    return 1;\n}", f"    {statement}\n    return 1;\n}}", 1)
    config.write_text(text)
    report, _ = audit_json(tree)
    hits = [f for f in report["findings"] if f["category"] in ("weakened-setting", "insecure-setting")]
    status = {r["rule"]: r["status"] for r in report["settings"]["rules"]}
    if expect == "hardening":
        # back at an unsafe official default: advice in the report, a finding only with --hardening
        assert hits == [] and status[rule] == "hardening-advice"
        report, _ = audit_json(tree, "--hardening")
        hits = [f for f in report["findings"] if f["category"] in ("weakened-setting", "insecure-setting")]
        expect = "insecure-setting"
    assert [(f["evidence"]["rule"], f["category"]) for f in hits] == [(rule, expect)]
    assert hits[0]["evidence"]["file"] == "Kernel/Config.pm"
    assert hits[0]["evidence"]["line"] == text.splitlines().index(f"    {statement}") + 1


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
    assert proc.stderr.strip() == (f"auditor: error: {prof}:5: rules[{len(UNSAFE)}].safe.shiny: unknown predicate; known: "
                                   "equals, in, not_in, min, max, matches, empty, not_empty, version_at_least, "
                                   "bits_at_least, module_in_release")


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
    assert line.startswith(f"auditor: error: {prof}:") and f"rules[{len(UNSAFE)}].if.matches: invalid regular expression" in line


def test_an_unreadable_web_service_definition_is_a_finding_and_its_urls_are_kept(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    ws = tree / "var/webservices"
    ws.mkdir()
    (ws / "Tagged.yml").write_text("---\nRequester: !!python/object:os.system\n  Transport:\n"
                                   "    Config: {Host: 'http://198.51.100.61/push'}\n")
    (ws / "Twice.yml").write_text("---\nRequester:\n  Transport:\n    Config:\n      Host: 'http://198.51.100.62/a'\n"
                                  "Requester: {}\n")
    report, _ = audit_json(tree, expect_rc=1)
    bad = {f["path"]: f for f in report["findings"] if f["category"] == "config-unparsable"}
    assert set(bad) == {"var/webservices/Tagged.yml", "var/webservices/Twice.yml"}
    assert bad["var/webservices/Twice.yml"]["evidence"]["line"] == 6
    assert "duplicate key" in bad["var/webservices/Twice.yml"]["message"]
    hosts = {(f["evidence"]["host"], f["evidence"]["source"]) for f in report["findings"]
             if f["category"] == "outbound-endpoint"}
    assert hosts == {("198.51.100.61", "webservice-text"), ("198.51.100.62", "webservice-text")}


def test_the_walk_names_exactly_the_settings_one_deepdiff_of_the_whole_trees_names():
    """config.settings.changes walks the two trees and settles only differing leaves; its answer is held
    equal to one deepdiff of the whole trees (changes_deepdiff) on random configurations: nested hashes,
    expressions, lists in another order, int against float, booleans, added and removed keys."""
    import random
    from auditor.config import settings as cfg

    def leaf(r):
        return r.choice([r.randint(0, 3), float(r.randint(0, 3)), str(r.randint(0, 3)), None, True, False,
                         [r.randint(0, 2) for _ in range(r.randint(0, 3))],
                         {"$expr": r.choice(["time()", "$Self->{Home}"])},
                         [{"a": r.randint(0, 1)}, {"b": str(r.randint(0, 1))}]])

    def tree(r, depth):
        if depth == 0 or r.random() < 0.3:
            return leaf(r)
        return {r.choice("ABCDEF") + str(i): tree(r, depth - 1) for i in range(r.randint(0, 4))}

    def mutate(r, node):
        if isinstance(node, dict) and "$expr" not in node:
            out = {}
            for k, v in node.items():
                x = r.random()
                if x < 0.08:
                    continue                                  # removed
                out[k] = mutate(r, v) if x < 0.5 else v
            if r.random() < 0.1:
                out["N" + str(r.randint(0, 9))] = tree(r, 2)  # added
            return out
        if isinstance(node, list) and r.random() < 0.5:
            return list(reversed(node))                       # order only: no change
        if isinstance(node, int) and not isinstance(node, bool) and r.random() < 0.3:
            return float(node)                                # int against float: no change
        return leaf(r) if r.random() < 0.4 else node

    compared = differing = 0
    for seed in range(400):
        r = random.Random(seed)
        defaults = {"Top" + str(i): tree(r, 4) for i in range(6)}
        effective = mutate(r, defaults)
        want = cfg.changes_deepdiff(defaults, effective)
        assert cfg.changes(defaults, effective) == want, seed
        compared += 1
        differing += bool(want)
    assert compared == 400 and differing > 300


def test_a_parsed_configuration_is_read_from_the_cache_by_its_digest(tmp_path, monkeypatch):
    """The second audit of an unchanged tree reads its parsed configuration files from the cache directory
    (no Perl parse at all) and reports byte for byte what the first did; an edited file is parsed again; a
    damaged record is passed over."""
    from auditor.config import perl, settings as cfg
    from conftest import invoke
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    calls = []
    real_parse = perl.parse
    monkeypatch.setattr(perl, "parse", lambda text, path: calls.append(path) or real_parse(text, path))
    monkeypatch.setitem(cfg.PARSERS, "otrs-perl", perl.parse)
    tree = tmp_path / "t"
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-vendor", tree, symlinks=True)

    def run():
        cfg._PARSED.clear()
        calls.clear()
        r = invoke("audit", tree, "-b", SAMPLEDESK.parent, "-f", "json")
        assert r.code == 1, r
        return r.stdout, sorted(calls)

    first, parsed = run()
    assert "Kernel/Config/Files/ZZZAAuto.pm" in parsed and "Kernel/Config.pm" in parsed
    records = sorted((tmp_path / "cache").glob("config-*.json"))
    assert len(records) >= len(parsed)
    again, parsed_again = run()
    assert again == first and parsed_again == []
    # an edited Config.pm has another digest: parsed again, and what it says is reported
    config = tree / "Kernel/Config.pm"
    config.write_text(config.read_text().replace("'md5'", "'sha512'"))
    edited, parsed_edited = run()
    assert parsed_edited == ["Kernel/Config.pm"]
    crypt = [c for c in json.loads(edited)["settings"]["changed"] if c["setting"] == "AuthModule::DB::CryptType"]
    assert [c["effective"] for c in crypt] == ["sha512"]
    # damaged records are passed over: parsed again, the same report
    for rec in (tmp_path / "cache").glob("config-*.json"):
        rec.write_bytes(b'{"s": [["set", ["SecureMode"], 1')
    damaged, parsed_damaged = run()
    assert damaged == edited and "Kernel/Config/Files/ZZZAAuto.pm" in parsed_damaged


def test_applying_statements_never_changes_the_parsed_statements_they_came_from():
    """A parse is shared (the parse cache): a later statement that sets a key inside a value an earlier one
    assigned changes the settings built, never the earlier statement's value; the base is left alone too."""
    from auditor.config.perl import Statement
    from auditor.config.settings import build
    first = Statement("set", ("Ticket::Frontend",), {"Options": {"A": "1"}, "List": ["x", {"y": "z"}]}, 1)
    later = [Statement("set", ("Ticket::Frontend", "Options", "B"), "2", 2),
             Statement("set", ("Ticket::Frontend", "Options", "A"), "3", 3)]
    base = {"Ticket::Frontend": {"Options": {"Base": "b"}}}
    parsed = [("Kernel/Config.pm", [first, *later])]
    settings = build(parsed, base)
    settings.tree["Ticket::Frontend"]["List"][1]["y"] = "changed"
    assert settings.tree["Ticket::Frontend"]["Options"] == {"A": "3", "B": "2"}
    assert first.value == {"Options": {"A": "1"}, "List": ["x", {"y": "z"}]}
    assert base == {"Ticket::Frontend": {"Options": {"Base": "b"}}}
    assert build(parsed, base).tree == {"Ticket::Frontend": {"Options": {"A": "3", "B": "2"},
                                                             "List": ["x", {"y": "z"}]}}
