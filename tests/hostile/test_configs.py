"""Hostile configuration in the audited tree (Perl config, SysConfig XML) and in exported web
service definitions: numbers and nesting made to exhaust the reader, entity bombs, external
entities, alias bombs, FIFOs, and secrets that must never reach a report."""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest

from conftest import SAMPLEDESK, SAMPLES

from . import make
from .helpers import audit, check_run, findings_of, limited

GENUINE = SAMPLES / "sampledesk-7.0.3-genuine"
CONFIG = "Kernel/Config.pm"


@pytest.fixture
def desk(tmp_path):
    return shutil.copytree(GENUINE, tmp_path / "desk", symlinks=True)


def _with_statements(desk, statements: str) -> None:
    p = desk / CONFIG
    text = p.read_text()
    p.write_text(text.replace("    return 1;\n}", statements + "\n    return 1;\n}", 1))


def _settings(report) -> dict:
    return {c["setting"]: c for c in report["settings"]["changed"]}


def _audit(desk, *extra, code=None):
    return audit(desk, SAMPLEDESK, "--fail-on", "info", *extra, code=code)


def _unreadable_export(report) -> dict:
    """The one AUD402 finding (an exported web service definition that cannot be read)."""
    found = [f for f in report["findings"] if f["check"] == "AUD402"]
    assert len(found) == 1, report["findings"]
    assert found[0]["category"] == "config-unparsable" and found[0]["path"] is None
    return found[0]


# -- Perl: values are read, within bounds, or kept as their source text --------------------

@pytest.mark.parametrize("expr,shown", [
    ("9" * 5000, "9" * 5000),                                  # a 5000-digit literal: its text
    ("1e999", "1e999"),                                        # not finite: its text
    ("10**5000", {"$expr": "10**5000"}),                       # never computed
    ("999999999 ** 999999999", {"$expr": "999999999 ** 999999999"}),
    ("2 ** 64 * 2 ** 64 * 2 ** 64", {"$expr": "2 ** 64 * 2 ** 64 * 2 ** 64"}),
    ("-" * 3000 + "1", {"$expr": "-" * 3000 + "1"}),           # unary chains: a depth bound
    ("2**10", 1024),                                           # within bounds: computed
    ("3 * 7 + 1", 22),
    ("'a' . 'b'", "ab"),
])
def test_perl_numbers_and_expressions(desk, expr, shown):
    _with_statements(desk, f"    $Self->{{'Vendor::Value'}} = {expr};")
    _, report = _audit(desk, code=0)   # a setting the release does not know, in the local config: no finding
    got = _settings(report)["Vendor::Value"]
    assert got["effective"] == shown and got["change"] == "added" and got["file"] == CONFIG


@pytest.mark.parametrize("opener,closer", [("[", "]"), ("{", "}"), ("(", ")")])
def test_perl_nesting_5000_deep(desk, opener, closer):
    _with_statements(desk, f"    $Self->{{'Vendor::Deep'}} = {opener * 5000}{closer * 5000};")
    _, report = _audit(desk, code=0)
    got = _settings(report)["Vendor::Deep"]["effective"]
    assert isinstance(got, dict) and got["$expr"].startswith(opener * 100)


def test_perl_key_chain_too_long_is_unparsable(desk):
    _with_statements(desk, "    $Self->" + "{'k'}" * 5000 + " = 1;")
    _, report = _audit(desk, code=1)
    assert ("config-unparsable", CONFIG) in findings_of(report)
    f = next(x for x in report["findings"] if x["category"] == "config-unparsable")
    assert "a chain of more than 32 keys" in f["message"]


@pytest.mark.parametrize("body,message", [
    ("    $Self->{X} = <<EOT;\nnever closed\n", r"here-document <<EOT is never closed"),
    ("    $Self->{X} = [1, 2;\n", r"closes|never closed|unmatched"),
    ("    $Self->{X} = 1; }}}\n", r"unmatched"),
])
def test_perl_syntax_errors_are_findings(desk, body, message):
    _with_statements(desk, body)
    _, report = _audit(desk, code=1)
    f = next(x for x in report["findings"] if x["category"] == "config-unparsable")
    assert f["path"] == CONFIG and re.search(message, f["message"]), f["message"]


def test_twenty_thousand_here_documents_in_linear_time(desk):
    body = "".join(f"    $Self->{{'Vendor::H{i}'}} = <<EOT;\nline {i}\nEOT\n" for i in range(20000))
    _with_statements(desk, body)
    out = limited("audit", desk, "-b", SAMPLEDESK, "-f", "json", cpu=60)
    assert out.code == 0, out
    got = _settings(json.loads(out.stdout))
    assert got["Vendor::H19999"]["effective"] == "line 19999\n" and got["Vendor::H0"]["effective"] == "line 0\n"


def test_binary_config_is_unparsable(desk):
    (desk / CONFIG).write_bytes(b"# head\n" + b"\x00\x01\x02binary\xff\xfe" * 1000)
    _, report = _audit(desk, code=1)
    f = next(x for x in report["findings"] if x["category"] == "config-unparsable")
    assert f["path"] == CONFIG and "line 2: binary content" in f["message"]


def test_undecodable_bytes_in_a_config_value(desk):
    _with_statements(desk, "    $Self->{'Vendor::Bytes'} = 'caf\udce9';".encode("utf-8", "surrogateescape")
                     .decode("latin-1").replace("\xc3\xa9", "\xe9"))
    (desk / CONFIG).write_bytes((desk / CONFIG).read_text(encoding="latin-1").encode("latin-1"))
    _, report = _audit(desk, code=0)
    assert _settings(report)["Vendor::Bytes"]["effective"].startswith("caf")


def test_config_larger_than_the_read_limit(desk):
    (desk / CONFIG).write_bytes(b"# padding\n" * 1_700_000)   # 17 MB, beyond the 16 MB configuration limit
    _, report = _audit(desk, code=1)
    f = next(x for x in report["findings"] if x["category"] == "config-unparsable")
    assert f["path"] == CONFIG and "larger than 16777216 bytes" in f["message"]


def test_config_is_a_fifo(desk):
    (desk / CONFIG).unlink()
    os.mkfifo(desk / CONFIG)
    _, report = _audit(desk, code=1)
    assert findings_of(report) == {("special-file", CONFIG)}   # Config.pm is the install's own: not in the release


def test_config_is_a_link_out_of_the_tree(desk):
    (desk / CONFIG).unlink()
    (desk / CONFIG).symlink_to("/etc/passwd")
    _, report = _audit(desk, code=1)
    assert findings_of(report) == {("symlink-escape", CONFIG)}
    assert "root:" not in json.dumps(report)


# -- SysConfig XML --------------------------------------------------------------------------

XML = "Kernel/Config/Files/XML/Framework.xml"


@pytest.mark.parametrize("data,message", [
    (make.deep_xml(3000), r"setting 'Vendor::Deep' is not well-formed XML \(elements nested deeper than 64\)"),
    (make.billion_laughs_xml(), r"setting 'X' is not well-formed XML \(undefined entity"),
    (make.xxe_xml(), r"setting 'X' is not well-formed XML \(undefined entity"),
    (b"<otrs_config version='2.0'><Setting Name='X'>", r"otrs_config init None is not one of"),
    (b"\xff\xfe<\x00x\x00", r"binary content \(a NUL byte\)"),
    (b'<otrs_config version="1.0" init="Framework"></otrs_config>', r"not a SysConfig 2.0 file"),
])
def test_hostile_sysconfig_xml_is_unparsable(desk, data, message):
    (desk / XML).write_bytes(data)
    _, report = _audit(desk, code=1)
    f = next(x for x in report["findings"] if x["category"] == "config-unparsable" and x["path"] == XML)
    assert re.search(message, f["message"], re.I), f["message"]
    assert "lollol" not in json.dumps(report)


def test_xxe_never_reads_the_host_file(desk, tmp_path):
    secret = make.write(tmp_path / "secret.txt", b"TOPSECRET-XXE\n")
    (desk / XML).write_bytes(make.xxe_xml(str(secret)))
    run, report = _audit(desk, code=1)
    assert "TOPSECRET-XXE" not in run.stdout


def test_forty_thousand_settings_in_bounded_time(desk):
    (desk / "Kernel/Config/Files/XML/Vendor.xml").write_bytes(make.many_settings_xml(40000))
    out = limited("audit", desk, "-b", SAMPLEDESK, "-f", "json", "--fail-on", "info", cpu=60)
    assert out.code == 1, out
    report = json.loads(out.stdout)
    # an added definitions file takes effect at the next deployment: reported as added, fully parsed
    assert findings_of(report) == {("added-file", "Kernel/Config/Files/XML/Vendor.xml")}
    assert report["settings"]["problems"] == []


# -- exported web services (--webservices) --------------------------------------------------------

def _webservices(tmp_path, name: str, data: bytes | None = None):
    d = tmp_path / "ws"
    d.mkdir(exist_ok=True)
    if data is not None:
        (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("data,message", [
    (make.yaml_alias_bomb(), r"alias bomb"),
    (make.deep_yaml(5000), r"nested deeper than"),
    (b"x: " + b"9" * 5000 + b"\n", r"a number of more than 1000 digits"),
    (b"key: caf\xc3\x28\n", r"cannot be decoded|not valid YAML"),
    (b"Provider: {Transport: {Config: {Host: [unclosed\n", r"not valid YAML"),
])
def test_hostile_web_service_exports(tmp_path, desk, data, message):
    ws = _webservices(tmp_path, "vendor.yml", data)
    _, report = _audit(desk, "--webservices", ws, code=1)
    f = _unreadable_export(report)
    assert re.search(message, f["message"]), f["message"]
    assert f["evidence"]["file"] == str(ws / "vendor.yml")
    assert len(json.dumps(report)) < 200_000


def test_web_service_export_that_is_a_fifo(tmp_path, desk):
    ws = _webservices(tmp_path, "x")
    os.mkfifo(ws / "pipe.yml")
    _, report = _audit(desk, "--webservices", ws, code=1)
    assert "not a regular file" in _unreadable_export(report)["message"]


def test_web_service_export_that_is_a_link(tmp_path, desk):
    ws = _webservices(tmp_path, "x")
    (ws / "link.yml").symlink_to("/etc/passwd")
    _, report = _audit(desk, "--webservices", ws, code=1)
    assert "symbolic link" in _unreadable_export(report)["message"]


def test_web_service_export_with_nan_and_infinity(tmp_path, desk):
    data = (b"Requester:\n  Transport:\n    Type: HTTP::REST\n    Config:\n      Host: https://collector.vendor.example\n"
            b"      Timeout: .nan\n      Retries: .inf\n")
    ws = _webservices(tmp_path, "v.yml", data)
    run, report = _audit(desk, "--webservices", ws, code=1)
    assert "NaN" not in run.stdout and "Infinity" not in run.stdout
    assert any(f["category"] == "outbound-endpoint" for f in report["findings"])
    for fmt in ("sarif", "json"):
        r, _ = audit(desk, SAMPLEDESK, "--webservices", ws, fmt=fmt)
        json.loads(r.stdout, parse_constant=lambda c: pytest.fail(f"{fmt} holds {c}"))


# -- secrets --------------------------------------------------------------------------------------

SECRETS = ["hunter2-db", "tok-9f8e7d", "s3cr3t-nested", "dsn-pass-42", "url-pass-77", "ws-pass-55"]


def test_no_secret_reaches_any_report_format(tmp_path, desk):
    _with_statements(desk, "\n".join([
        "    $Self->{'DatabasePw'} = 'hunter2-db';",
        "    $Self->{'Vendor::ApiToken'} = 'tok-9f8e7d';",
        "    $Self->{'Vendor::Credentials'} = { User => 'svc', Password => 's3cr3t-nested', Keys => ['a'] };",
        "    $Self->{'DatabaseDSN'} = 'DBI:mysql:database=x;host=db;password=dsn-pass-42';",
        "    $Self->{'WebUserAgent::Proxy'} = 'http://proxyuser:url-pass-77@proxy.vendor.example:3128';",
    ]))
    ws = _webservices(tmp_path, "v.yml", b"Requester:\n  Transport:\n    Type: HTTP::REST\n    Config:\n"
                                        b"      Host: https://svc:ws-pass-55@collector.vendor.example/api\n"
                                        b"      Authentication: {AuthType: BasicAuth, BasicAuthUser: svc, "
                                        b"BasicAuthPassword: ws-pass-55}\n")
    outputs = {fmt: tmp_path / f"r.{fmt}" for fmt in ("text", "json", "html", "sarif", "junit", "markdown")}
    args = [a for fmt, p in outputs.items() for a in (f"--output-{fmt}", p)]
    run = check_run(make_invoke("audit", desk, "-b", SAMPLEDESK, "--webservices", ws, "-f", "json", "--fail-on", "info",
                                *args), 1)
    texts = {fmt: p.read_text() for fmt, p in outputs.items()}
    texts["stdout"] = run.stdout
    for fmt, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret} in the {fmt} report"
    report = json.loads(texts["json"])
    changed = _settings(report)
    assert changed["Vendor::Credentials"]["effective"] == "<redacted>"
    assert changed["DatabasePw"]["effective"] == "<redacted>"
    assert "proxyuser:<redacted>@proxy.vendor.example" in json.dumps(report)


def make_invoke(*args):
    from conftest import invoke
    return invoke(*args)


# -- round two (issue 24) ---------------------------------------------------------------------------

def test_more_secret_names_and_authorization_headers_never_reach_a_report(tmp_path, desk):
    """Names ending in a key (secret_key, SECRET_KEY, signing-key, EncryptionKey) and an HTTP credential
    (Authorization: Bearer / Basic) in changed settings and in diffs are redacted in every format."""
    _with_statements(desk, "\n".join([
        "    $Self->{'Vendor::secret_key'} = 'sk-live-0001';",
        "    $Self->{'Vendor::SECRET_KEY'} = 'sk-live-0002';",
        "    $Self->{'Vendor::signing-key'} = 'sk-live-0003';",
        "    $Self->{'Vendor::EncryptionKey'} = 'sk-live-0004';",
        "    $Self->{'Vendor::Header'} = 'Authorization: Bearer eyJhbGciOi.sk-live-0005';",
    ]))
    ticket = desk / "Kernel" / "System" / "Ticket.pm"
    ticket.write_text(ticket.read_text().replace("    return 1;\n}", "    my %H = ( Authorization => 'Basic "
                                                  "c3ZjOnNrLWxpdmUtMDA2' );\n    my $secret_key = 'sk-live-0007';\n"
                                                  "    return 1;\n}", 1))
    outputs = {fmt: tmp_path / f"r.{fmt}" for fmt in ("text", "json", "html", "sarif", "junit", "markdown")}
    args = [a for fmt, p in outputs.items() for a in (f"--output-{fmt}", p)]
    check_run(make_invoke("audit", desk, "-b", SAMPLEDESK, "-f", "json", "--fail-on", "info", *args), 1)
    report = json.loads(outputs["json"].read_text())
    modified = next(f for f in report["findings"] if f["path"] == "Kernel/System/Ticket.pm")
    assert modified["evidence"]["diff"]["available"]          # the diff is shown, its secrets are not
    for fmt, p in outputs.items():
        text = p.read_text()
        for n in range(1, 8):
            assert f"sk-live-000{n}" not in text, (fmt, n)
        assert "c3ZjOnNrLWxpdmUtMDA2" not in text, fmt
    changed = _settings(report)
    assert all(changed[f"Vendor::{n}"]["effective"] == "<redacted>"
               for n in ("secret_key", "SECRET_KEY", "signing-key", "EncryptionKey"))
    assert changed["Vendor::Header"]["effective"] == "'Authorization: Bearer <redacted>'" or \
        changed["Vendor::Header"]["effective"] == "Authorization: Bearer <redacted>"


HOSTS_IN_DISGUISE = [("https://attacker%2enet/c", "attacker.net", False),
                     ("http://203.0.113.%37/", "203.0.113.7", True),
                     ("https://3405803783/", "203.0.113.7", True),
                     ("https://0xcb007107/", "203.0.113.7", True),
                     ("http://0313.0.0161.7/x", "203.0.113.7", True)]


@pytest.mark.parametrize("url,host,ip", HOSTS_IN_DISGUISE)
def test_hosts_in_disguise_are_seen_as_the_host_a_client_reaches(desk, url, host, ip):
    """Perl's URI decodes percent-escapes and the C library takes decimal, hex and octal IPv4 forms: each is
    the endpoint it reaches, an IP literal is critical, and a CIDR rule allows it only where it should."""
    added = desk / "Kernel" / "System" / "VendorCall.pm"
    added.write_text(f"package Kernel::System::VendorCall;\nmy $Url = '{url}';\n1;\n")
    _, report = _audit(desk, code=1)
    eps = [f for f in report["findings"] if f["category"] == "outbound-endpoint"]
    assert [f["evidence"]["host"] for f in eps] == [host]
    assert eps[0]["evidence"]["ip_literal"] is ip and eps[0]["evidence"]["written"] == [url]
    # judged exactly as the plainly written URL of the same host is
    from urllib.parse import urlsplit
    plain = desk.parent / "plain"
    shutil.copytree(desk, plain, symlinks=True)
    scheme = urlsplit(url).scheme
    (plain / "Kernel" / "System" / "VendorCall.pm").write_text(
        f"package Kernel::System::VendorCall;\nmy $Url = '{scheme}://{host}/';\n1;\n")
    _, honest = _audit(plain, code=1)
    same = [f for f in honest["findings"] if f["category"] == "outbound-endpoint"]
    assert eps[0]["severity"] == same[0]["severity"] and same[0]["evidence"]["ip_literal"] is ip
    if ip:
        assert eps[0]["severity"] in ("high", "critical")
        _, allowed = _audit(desk, "--allow-host", "203.0.113.0/24", code=1)
        assert not [f for f in allowed["findings"] if f["category"] == "outbound-endpoint"]


TICKET_SYNC = (SAMPLES / "sampledesk-7.0.3-vendor" / "var" / "webservices" / "TicketSync.yml").read_text()


@pytest.mark.parametrize("name,data", [
    ("Sync.YAML", TICKET_SYNC.encode()),
    ("Sync.yml", ("- " + TICKET_SYNC.replace("---\n", "").replace("\n", "\n  ")).encode()),   # a YAML list
    ("Sync.yml", TICKET_SYNC.encode("utf-16")),                                               # UTF-16 with a BOM
    ("Sync.yml", TICKET_SYNC.encode("utf-16-le")),                                            # and without one
])
@pytest.mark.parametrize("where", ["tree", "export"])
def test_web_services_in_every_shape_are_read(tmp_path, desk, name, data, where):
    if where == "tree":
        (desk / "var" / "webservices").mkdir(exist_ok=True)
        (desk / "var" / "webservices" / name).write_bytes(data)
        _, report = _audit(desk, code=1)
    else:
        ws = _webservices(tmp_path, name, data)
        _, report = _audit(desk, "--webservices", ws, code=1)
    eps = [f for f in report["findings"] if f["category"] == "outbound-endpoint"]
    assert [(f["evidence"]["host"], f["evidence"]["source"]) for f in eps] == [("203.0.113.7", "webservice")]
    assert eps[0]["evidence"]["events"] == ["ArticleCreate", "TicketCreate"]


def test_sysconfig_xml_cut_short_is_reported(desk):
    xml = desk / "Kernel" / "Config" / "Files" / "XML" / "Vendor.xml"
    xml.write_text('<?xml version="1.0" encoding="utf-8"?>\n<otrs_config version="2.0" init="Application">\n'
                   '    <Setting Name="Vendor::Feature" Required="0" Valid="1">\n'
                   '        <Navigation>Core</Navigation>\n'
                   '        <Value><Item ValueType="String">on</Item></Value>\n    </Setting>\n')
    _, report = _audit(desk, code=1)
    cut = [f for f in report["findings"] if f["category"] == "config-unparsable"]
    assert [(f["path"], f["evidence"]["line"]) for f in cut] == [("Kernel/Config/Files/XML/Vendor.xml", 7)]
    assert "does not end with </otrs_config> (cut short?)" in cut[0]["message"]
