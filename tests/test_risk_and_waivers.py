"""Migration and compliance risk on the samples; waivers and their expiry."""

from __future__ import annotations


import pytest

from conftest import SAMPLES, audit_json, copy_sample, run_auditor

WAIVERS = "reports/waivers/sampledesk-6.0.5-tampered.yaml"


def test_tampered_upgrade_forecast_names_the_files_it_would_lose():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.5-tampered")
    m = report["risk"]["migration"]
    assert (m["from"], m["to"], m["direction"]) == ("6.0.5", "7.0.3", "upgrade")
    by_kind = {}
    for item in m["items"]:
        by_kind.setdefault(item["kind"], set()).add(item["path"])
    assert by_kind["lost-customisation"] == {"Kernel/System/Ticket.pm", "Kernel/Modules/AgentTicketZoom.pm",
                                             "Kernel/System/Auth.pm"}
    assert by_kind["blocker"] == {"scripts/DBUpdateTo6"}
    assert by_kind["orphaned"] == {"Kernel/System/VendorLicense.pm", "Kernel/Config/Files/VendorTweaks.pm",
                                   "var/httpd/htdocs/js/vendor-branding.js"}
    assert (m["lost_files"], m["customised_files"]) == (3, 8)
    # the score follows from the tree: the missing DBUpdateTo6 directory blocks the upgrade, the three
    # lost changes are core files (4 each), the three orphaned vendor files are code (2 each), and the
    # documented weights (docs/report.md, auditor.risk.migration.WEIGHTS) add up
    from auditor.risk.migration import WEIGHTS, level
    expected = WEIGHTS["blocker"] + 3 * 4 + 3 * 2
    assert expected == 63 and m["score"] == expected and m["level"] == level(expected) == "high"
    weights = {(i["kind"], i["path"]): i["weight"] for i in m["items"]}
    assert weights[("blocker", "scripts/DBUpdateTo6")] == WEIGHTS["blocker"]
    assert {w for (k, _), w in weights.items() if k == "lost-customisation"} == {4}
    assert {w for (k, _), w in weights.items() if k == "orphaned"} == {2}


def test_dressed_up_forecast_warns_of_the_wrong_upgrade_path():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-as-7.0.3")
    kinds = {i["kind"] for i in report["risk"]["migration"]["items"]}
    assert "wrong-upgrade-path" in kinds
    assert report["risk"]["migration"]["level"] in ("high", "critical")


def test_genuine_current_install_has_no_risk():
    report, _ = audit_json(SAMPLES / "sampledesk-7.0.3-genuine")
    assert report["risk"]["migration"]["score"] == 0 and report["risk"]["migration"]["level"] == "none"
    assert report["risk"]["migration"]["direction"] == "reinstall"
    assert report["risk"]["compliance"] == {"score": 0, "level": "none", "frameworks": [], "questions": []}


def test_custom_override_shadows_code_the_upgrade_changes(tmp_path):
    tree = copy_sample("sampledesk-6.0.3-genuine", tmp_path)
    (tree / "Custom/Kernel/System").mkdir(parents=True)
    (tree / "Custom/Kernel/System/Ticket.pm").write_bytes((tree / "Kernel/System/Ticket.pm").read_bytes())
    report, _ = audit_json(tree)
    shadow = [i for i in report["risk"]["migration"]["items"] if i["kind"] == "shadowing"]
    assert [(i["path"], i["shadows"]) for i in shadow] == [("Custom/Kernel/System/Ticket.pm", "Kernel/System/Ticket.pm")]
    # an identical copy is a medium finding today, a masked upgrade tomorrow
    override = next(f for f in report["findings"] if f["category"] == "custom-override")
    assert override["severity"] == "medium" and override["evidence"]["identical"] is True


def test_target_version_option(tmp_path):
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.5-tampered", "--target-version", "6.0.5")
    m = report["risk"]["migration"]
    assert (m["to"], m["direction"]) == ("6.0.5", "reinstall")
    proc = run_auditor("audit", SAMPLES / "sampledesk-6.0.5-tampered", "--baselines", "baselines/sampledesk",
                       "--target-version", "9.9.9")
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("auditor: error: --target-version 9.9.9: no baseline of sampledesk 9.9.9")


def test_compliance_maps_findings_to_regulations_and_asks_the_vendor():
    report, _ = audit_json(SAMPLES / "sampledesk-7.0.3-vendor")
    c = report["risk"]["compliance"]
    assert c["level"] == "critical"
    frameworks = {f["framework"]: f for f in c["frameworks"]}
    assert {"GDPR", "CCPA", "LGPD", "PDPA", "ISO27001"} <= set(frameworks)
    gdpr = {x["id"] for x in frameworks["GDPR"]["controls"]}
    assert {"GDPR-Art44", "GDPR-Art28", "GDPR-Art32"} <= gdpr
    assert "EUR 20 million" in frameworks["GDPR"]["penalty"]
    iso = {x["id"] for x in frameworks["ISO27001"]["controls"]}
    assert {"ISO27001-A.8.9", "ISO27001-A.8.24", "ISO27001-A.5.19"} <= iso
    questions = [q["question"] for q in c["questions"]]
    assert any("http://203.0.113.7/collect" in q and "GDPR Art. 28, 44" in q for q in questions)
    assert any(q.startswith("Why is SessionCheckRemoteIP set to 0 (official default 1)?") for q in questions)


def _tampered(*extra):
    return audit_json(SAMPLES / "sampledesk-6.0.5-tampered", "--waivers", WAIVERS, *extra)


def test_waivers_apply_until_their_expiry_date():
    report, _ = _tampered("--as-of", "2027-03-31")           # the last day of the Cron.sh waiver
    waived = {f["path"]: f["waiver"] for f in report["findings"] if "waiver" in f}
    assert set(waived) == {"doc/vendor-notes.txt", "bin/Cron.sh"}
    assert waived["bin/Cron.sh"]["expires"] == "2027-03-31"
    assert report["summary"]["waived"] == 2
    later, _ = _tampered("--as-of", "2027-04-01")            # one day later it no longer applies
    assert {f["path"] for f in later["findings"] if "waiver" in f} == {"doc/vendor-notes.txt"}
    cron = next(f for f in later["findings"] if f["path"] == "bin/Cron.sh")
    assert cron["evidence"]["waiver_expired"]["expires"] == "2027-03-31"
    assert any(e["finding"] == cron["id"] for e in later["waivers"]["expired"])


def test_expired_waiver_does_not_hide_a_failing_finding():
    report, _ = _tampered("--as-of", "2026-11-22")
    ticket = next(f for f in report["findings"] if f["path"] == "Kernel/System/Ticket.pm")
    assert "waiver" not in ticket and ticket["evidence"]["waiver_expired"]["expires"] == "2025-12-31"


def test_a_waived_finding_no_longer_fails_the_gate(tmp_path):
    waivers = tmp_path / "w.yaml"
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-mixed")
    ids = [f["id"] for f in report["findings"] if f["severity"] in ("critical", "high")]
    waivers.write_text("format_version: 1\nwaivers:\n" + "".join(
        f"  - id: {i}\n    justification: accepted in risk review RR-7\n    expires: 2030-01-01\n" for i in ids)
        + "  - id: AUD999-0000000000\n    justification: stale\n    expires: 2030-01-01\n")
    report, proc = audit_json(SAMPLES / "sampledesk-6.0.3-mixed", "--waivers", waivers, "--as-of", "2026-11-22",
                              expect_rc=0)
    assert report["summary"]["failing"] == 0 and report["summary"]["waived"] == len(ids)
    assert [u["id"] for u in report["waivers"]["unused"]] == ["AUD999-0000000000"]
    text = run_auditor("audit", SAMPLES / "sampledesk-6.0.3-mixed", "--baselines", "baselines/sampledesk",
                       "--waivers", waivers, "--as-of", "2026-11-22").stdout
    assert "waived until 2030-01-01: accepted in risk review RR-7" in text


@pytest.mark.parametrize("content,message", [
    ("format_version: 1\nwaivers:\n  - justification: x\n    expires: 2027-01-01\n",
     "waivers[0]: a waiver needs an id, or a path and a category"),
    ("format_version: 1\nwaivers:\n  - id: AUD101-0\n    justification: x\n    expires: soon\n",
     "waivers[0].expires: expected a date YYYY-MM-DD, got 'soon'"),
])
def test_bad_waiver_file_is_one_clear_error(tmp_path, content, message):
    w = tmp_path / "w.yaml"
    w.write_text(content)
    proc = run_auditor("audit", SAMPLES / "sampledesk-6.0.3-mixed", "--baselines", "baselines/sampledesk",
                       "--waivers", w)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"auditor: error: {w}:3: {message}"


def test_committed_example_reports_are_current():
    """reports/generate.py's check, its audits run in-process (the script runs them as processes)."""
    import importlib.util

    from conftest import ROOT, run_auditor
    spec = importlib.util.spec_from_file_location("generate_reports", ROOT / "reports" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)

    def run(args):
        proc = run_auditor(*args, env={"AUDITOR_NO_CACHE": "1"})
        return proc.returncode, proc.stderr
    assert gen.check(run) == []


@pytest.mark.parametrize("name,schema", [("github-actions.yml", "vendor.github-workflows"),
                                         ("gitlab-ci.yml", "vendor.gitlab-ci")])
def test_ci_examples_are_valid_workflows(name, schema):
    import subprocess
    import sys
    from conftest import ROOT
    proc = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema,
                           str(ROOT / "docs" / "ci" / name)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = (ROOT / "docs" / "ci" / name).read_text()
    assert "--output-sarif" in text and "--fail-on" in text
