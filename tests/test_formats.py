"""Report formats from one model: SARIF (official schema), JUnit, Markdown, HTML in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import ROOT, SAMPLES, run_auditor

SARIF_SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text())
ALL = sorted(p.name for p in SAMPLES.iterdir() if p.is_dir() and p.name.startswith("sampledesk-"))


def audit_all_formats(sample, tmp_path, *extra):
    out = {name: tmp_path / f"r.{ext}" for name, ext in
           [("json", "json"), ("html", "html"), ("sarif", "sarif"), ("junit", "xml"), ("markdown", "md")]}
    args = ["audit", SAMPLES / sample, "--baselines", "baselines/sampledesk", "--as-of", "2026-11-22", *extra]
    for name, path in out.items():
        args += [f"--output-{name}", path]
    proc = run_auditor(*args)
    assert proc.returncode in (0, 1), proc.stderr
    return proc, out


@pytest.mark.parametrize("sample", ALL)
def test_sarif_is_valid_against_the_official_schema(sample, tmp_path):
    proc, out = audit_all_formats(sample, tmp_path)
    sarif = json.loads(out["sarif"].read_text())
    jsonschema.Draft7Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(sarif)
    report = json.loads(out["json"].read_text())
    run = sarif["runs"][0]
    assert len(run["results"]) == len(report["findings"])
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    for res in run["results"]:
        assert res["ruleId"] in rules
        assert res["partialFingerprints"]["auditorFindingId/v1"].startswith(res["ruleId"] + "-")
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert res["level"] in ("error", "warning", "note")
    for rule in rules.values():
        assert float(rule["properties"]["security-severity"]) > 0
        assert rule["help"]["text"] and rule["shortDescription"]["text"]


def test_sarif_points_at_file_and_line_and_marks_waivers(tmp_path):
    proc, out = audit_all_formats("sampledesk-7.0.3-vendor", tmp_path, "--sarif-prefix", "deploy/helpdesk/")
    results = json.loads(out["sarif"].read_text())["runs"][0]["results"]
    weak = [r for r in results if r["ruleId"] == "AUD301" and "SessionCheckRemoteIP" in r["message"]["text"]]
    loc = weak[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "deploy/helpdesk/Kernel/Config/Files/ZZZAAuto.pm"
    assert loc["region"]["startLine"] > 0
    mismatch_free = [r for r in results if r["properties"]["category"] == "version-mismatch"]
    assert mismatch_free == []
    proc, out = audit_all_formats("sampledesk-6.0.5-tampered", tmp_path, "--waivers",
                                  "reports/waivers/sampledesk-6.0.5-tampered.yaml")
    results = json.loads(out["sarif"].read_text())["runs"][0]["results"]
    suppressed = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results if "suppressions" in r}
    assert suppressed == {"doc/vendor-notes.txt", "bin/Cron.sh"}


def test_junit_has_one_failing_case_per_finding_at_or_above_the_threshold(tmp_path):
    proc, out = audit_all_formats("sampledesk-6.0.5-tampered", tmp_path, "--fail-on", "medium", "--waivers",
                                  "reports/waivers/sampledesk-6.0.5-tampered.yaml")
    report = json.loads(out["json"].read_text())
    root = ET.parse(out["junit"]).getroot()
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    failing = [c for c in cases if c.find("failure") is not None]
    skipped = [c for c in cases if c.find("skipped") is not None]
    expected = [f for f in report["findings"] if "waiver" not in f
                and f["severity"] in ("critical", "high", "medium")]
    assert len(failing) == len(expected) == report["summary"]["failing"]
    assert {c.get("name") for c in skipped} == {"added-file: doc/vendor-notes.txt", "changed-permissions: bin/Cron.sh"}
    assert root.get("failures") == str(len(failing)) and root.get("tests") == str(len(cases))
    f = next(c for c in failing if c.get("name") == "missing-directory: scripts/DBUpdateTo6")
    assert f.get("classname") == "auditor.AUD104.missing-directory"
    assert json.loads(f.find("failure").text)["evidence"]["files"] == 13
    # the Jenkins xunit schema: what Jenkins, GitLab and pytest read; every case carries a time
    import xmlschema
    xmlschema.XMLSchema(str(ROOT / "tests" / "fixtures" / "junit-10.xsd")).validate(str(out["junit"]))
    assert root.get("skipped") is None and suite.get("skipped") == "2"
    assert all(c.get("time") == "0.0" for c in cases)


def test_junit_for_a_clean_tree_passes(tmp_path):
    proc, out = audit_all_formats("sampledesk-7.0.3-genuine", tmp_path)
    root = ET.parse(out["junit"]).getroot()
    assert root.get("failures") == "0" and root.get("tests") == "1"
    import xmlschema
    xmlschema.XMLSchema(str(ROOT / "tests" / "fixtures" / "junit-10.xsd")).validate(str(out["junit"]))


def test_markdown_summary_and_tables(tmp_path):
    proc, out = audit_all_formats("sampledesk-6.0.3-as-7.0.3", tmp_path)
    md = out["markdown"].read_text()
    assert md.startswith("## auditor: ")
    assert "| Claimed version | 7.0.3 |" in md
    assert "| Identified release | **6.0.3**" in md
    assert "### version-mismatch (1)" in md
    assert "### Questions for the vendor" in md


def test_render_from_saved_json_reproduces_every_format(tmp_path):
    """The saved JSON is the whole report: rendering it gives byte for byte what the audit itself
    wrote in every other format, and --fail-on re-judges the gate from the findings it holds."""
    proc, out = audit_all_formats("sampledesk-7.0.3-vendor", tmp_path)
    saved = json.loads(out["json"].read_text())
    for name in ("html", "sarif", "junit", "markdown"):
        again = tmp_path / f"again.{name}"
        r = run_auditor("render", out["json"], "--format", name, "--output", again)
        assert r.returncode == proc.returncode == (1 if saved["summary"]["failing"] else 0), r.stderr
        assert again.read_text() == out[name].read_text(), name
    # every finding of the JSON is in the rendered HTML, by id
    html = (tmp_path / "again.html").read_text()
    assert all(f["id"] in html for f in saved["findings"])
    # a stricter or looser gate, judged from the saved findings alone
    rank = {"critical": 4, "high": 3, "medium": 2, "low": 1, "info": 0}
    for threshold in ("critical", "info"):
        fails = any(rank[f["severity"]] >= rank[threshold] and not f.get("waiver") for f in saved["findings"])
        r = run_auditor("render", out["json"], "--format", "json", "--fail-on", threshold)
        assert r.returncode == (1 if fails else 0)
        assert json.loads(r.stdout)["summary"]["fail_on"] == threshold


def test_several_formats_in_one_run_and_logs_only_on_stderr(tmp_path):
    proc, out = audit_all_formats("sampledesk-6.0.3-mixed", tmp_path, "--format", "json", "--progress")
    # stdout is exactly the JSON report; the progress lines went to stderr and nowhere else
    assert json.loads(proc.stdout) == json.loads(out["json"].read_text())
    assert proc.stderr.splitlines() and all(x.startswith("auditor: ") for x in proc.stderr.splitlines())
    for path in out.values():
        text = path.read_text()
        assert text and "auditor: hashing" not in text and "auditor: scanning" not in text
    quiet, _ = audit_all_formats("sampledesk-6.0.3-mixed", tmp_path, "--format", "json")
    assert quiet.stderr == ""


# ---------------------------------------------------------------------------
# HTML in a real headless Chromium
# ---------------------------------------------------------------------------

def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("Chromium is not installed (Debian package chromium; .ci/run installs it)")


def _browser(tmp_path, *args):
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'chrome-profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_html_opens_in_chromium_with_its_key_numbers(tmp_path):
    proc, out = audit_all_formats("sampledesk-6.0.3-as-7.0.3", tmp_path)
    report = json.loads(out["json"].read_text())
    html = out["html"].read_text()
    # nothing is fetched: no external src/href, no CSS url() or @import, and a policy that forbids it
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//|@import", html, re.I)
    assert "default-src 'none'" in re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    shot = tmp_path / "report.png"
    _browser(tmp_path, "--window-size=1400,1800", f"--screenshot={shot}", out["html"].as_uri())
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", shot.read_bytes()[16:24])
    assert (width, height) == (1400, 1800)
    dom = _browser(tmp_path, "--dump-dom", out["html"].as_uri()).stdout

    def by_id(i):
        m = re.search(rf'id="{i}"[^>]*>([^<]*)<', dom)
        assert m, i
        return m.group(1).strip()
    assert by_id("claimed-version") == "7.0.3"
    assert by_id("identified-version") == "sampledesk 6.0.3"
    assert int(by_id("findings-total")) == report["summary"]["total"]
    assert int(by_id("failing")) == report["summary"]["failing"]
    assert int(by_id("count-critical")) == report["summary"]["by_severity"]["critical"] >= 2   # mismatch + forged list
    assert int(by_id("missing-advisories")) == report["patches"]["missing"] == 4
    assert int(by_id("migration-score")) == report["risk"]["migration"]["score"]
    assert int(by_id("compliance-score")) == report["risk"]["compliance"]["score"]
    assert by_id("result") == "FAIL"
    # the filter script ran in the browser
    assert by_id("shown") == f"{len(report['findings'])} of {len(report['findings'])} shown"


def test_format_modules_register_exactly_the_names_the_cli_offers():
    """Formatters load on demand: the name -> module map must match what each module registers."""
    import importlib
    from auditor.report import base
    for name, module in base.MODULES.items():
        importlib.import_module(f"auditor.report.{module}")
        assert base.FORMATTERS[name].name == name
    assert sorted(base.FORMATTERS) == base.names()
    from auditor.cli.app import FORMATS
    assert sorted(FORMATS.choices) == base.names()


def test_a_json_run_imports_no_other_formatter(tmp_path):
    """Start-up: writing JSON loads neither jinja2 (HTML, Markdown) nor rich tables (text) nor the SARIF rules."""
    import subprocess
    import sys
    code = ("import sys; from auditor.cli import main; sys.argv = ['auditor', 'audit', %r, '--baselines', %r, "
            "'--format', 'json', '-o', %r]\ntry: main()\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'auditor.report.')) or m == 'rich.table'))")
    out = subprocess.run([sys.executable, "-c", code % (str(ROOT / "sample_installs" / "sampledesk-6.0.3-genuine"),
                                                          str(ROOT / "baselines" / "sampledesk"), str(tmp_path / "r.json"))],
                         capture_output=True, text=True, check=True).stdout
    loaded = eval(out.strip().splitlines()[-1])
    assert "jinja2" not in loaded and "rich.table" not in loaded and "auditor.report.sarif" not in loaded
    assert "auditor.report.json_format" in loaded
