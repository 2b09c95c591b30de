"""The report model: byte-identical output, stable finding ids, round trip through from_dict."""

from __future__ import annotations

import json

from auditor.model.report import Report
from conftest import SAMPLES, audit_json, run_auditor

TAMPERED = SAMPLES / "sampledesk-6.0.5-tampered"


def test_same_input_gives_byte_identical_json():
    a = run_auditor("audit", TAMPERED, "--baselines", "baselines/sampledesk", "--format", "json")
    b = run_auditor("audit", TAMPERED, "--baselines", "baselines/sampledesk", "--format", "json")
    assert a.stdout == b.stdout
    assert json.loads(a.stdout)["stats"]["seconds"] is None


def test_timestamps_are_optional():
    report, _ = audit_json(TAMPERED, "--timestamps")
    assert report["stats"]["seconds"] > 0
    assert report["generated_at"].endswith("+00:00")


def test_finding_ids_are_stable_across_trees(tmp_path):
    """The same finding keeps its id in another copy of the tree (waivers rely on it)."""
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(TAMPERED, copy)
    ids_a = {f["id"] for f in audit_json(TAMPERED)[0]["findings"]}
    ids_b = {f["id"] for f in audit_json(copy)[0]["findings"]}
    assert ids_a == ids_b


def test_report_round_trips_through_the_model():
    report, _ = audit_json(TAMPERED)
    again = Report.from_dict(json.loads(json.dumps(report))).to_dict()
    assert again == report


def test_output_file_and_stdout_are_the_same(tmp_path):
    out = tmp_path / "r.json"
    proc = run_auditor("audit", TAMPERED, "--baselines", "baselines/sampledesk", "--format", "json", "--output", out)
    assert proc.returncode == 1 and proc.stdout == ""
    assert out.read_text() == run_auditor("audit", TAMPERED, "--baselines", "baselines/sampledesk",
                                          "--format", "json").stdout


def test_every_category_a_check_can_give_is_in_the_report_schema():
    """A category missing from docs/report.schema.json makes every report with such a finding invalid
    (stale-file was: found when the database categories were added)."""
    import json

    from auditor.checks import REGISTRY
    from conftest import ROOT
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text())
    enum = set(schema["$defs"]["finding"]["properties"]["category"]["enum"])
    given = {c for info in REGISTRY.values() for c in info.categories}
    assert given - enum == set()
