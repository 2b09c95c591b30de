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


def test_junit_for_a_clean_tree_passes(tmp_path):
    proc, out = audit_all_formats("sampledesk-7.0.3-genuine", tmp_path)
    root = ET.parse(out["junit"]).getroot()
    assert root.get("failures") == "0" and root.get("tests") == "1"


def test_markdown_summary_and_tables(tmp_path):
    proc, out = audit_all_formats("sampledesk-6.0.3-as-7.0.3", tmp_path)
    md = out["markdown"].read_text()
    assert md.startswith("## auditor: ")
    assert "| Claimed version | 7.0.3 |" in md
    assert "| Identified release | **6.0.3**" in md
    assert "### version-mismatch (1)" in md
    assert "### Questions for the vendor" in md


def test_render_from_saved_json_gives_the_same_html(tmp_path):
    proc, out = audit_all_formats("sampledesk-7.0.3-vendor", tmp_path)
    again = tmp_path / "again.html"
    proc = run_auditor("render", out["json"], "--format", "html", "--output", again)
    assert proc.returncode == 1
    assert again.read_text() == out["html"].read_text()


def test_several_formats_in_one_run_and_logs_only_on_stderr(tmp_path):
    proc, out = audit_all_formats("sampledesk-6.0.3-mixed", tmp_path, "--format", "json")
    assert json.loads(proc.stdout) == json.loads(out["json"].read_text())
    assert all(p.stat().st_size > 0 for p in out.values())


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
    assert "http://" not in re.sub(r"<(td|code|div)[^>]*>[^<]*</\1>", "", html).split("<body>")[0]  # no fetched assets
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
    assert int(by_id("count-critical")) == 1
    assert int(by_id("missing-advisories")) == report["patches"]["missing"] == 4
    assert int(by_id("migration-score")) == report["risk"]["migration"]["score"]
    assert int(by_id("compliance-score")) == report["risk"]["compliance"]["score"]
    assert by_id("result") == "FAIL"
    # the filter script ran in the browser
    assert by_id("shown") == f"{len(report['findings'])} of {len(report['findings'])} shown"
