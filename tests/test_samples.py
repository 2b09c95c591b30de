"""Every shipped sample, audited through the real CLI: exact paths, categories, versions, exit codes."""

from __future__ import annotations

from conftest import SAMPLES, audit_json, by_category, run_auditor


def test_genuine_latest_has_no_findings_and_exits_0():
    report, proc = audit_json(SAMPLES / "sampledesk-7.0.3-genuine", expect_rc=0)
    assert report["findings"] == []
    assert report["product"] == "sampledesk"
    assert report["claimed_version"] == "7.0.3"
    assert report["identified_version"] == "7.0.3"
    assert report["identification"]["mixed"] is False
    assert report["identification"]["confidence"] == 1.0
    assert report["summary"]["result"] == "pass"
    # logs, sessions, tmp and js-cache were ignored, and counted
    assert report["summary"]["ignored_paths"] == 8


def test_genuine_old_release_is_identified_without_integrity_findings():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-genuine")
    assert report["identified_version"] == "6.0.3"
    assert report["claimed_version"] == "6.0.3"
    integrity = {"modified-file", "added-file", "missing-file", "missing-directory", "moved-file",
                 "changed-permissions", "changed-type", "version-mismatch"}
    assert not [f for f in report["findings"] if f["category"] in integrity]


def test_dressed_up_sample_is_6_0_3_claiming_7_0_3():
    report, proc = audit_json(SAMPLES / "sampledesk-6.0.3-as-7.0.3", expect_rc=1)
    assert report["identified_version"] == "6.0.3"
    assert report["claimed_version"] == "7.0.3"
    mismatch = [f for f in report["findings"] if f["category"] == "version-mismatch"]
    assert len(mismatch) == 1
    assert mismatch[0]["severity"] == "critical"
    assert mismatch[0]["evidence"]["claimed"] == "7.0.3"
    assert mismatch[0]["evidence"]["identified"] == "6.0.3"
    cats = by_category(report)
    assert cats["modified-file"] == {"RELEASE", "CHANGES.md", "ARCHIVE", "Kernel/Config/Defaults.pm"}
    skin = {f"var/httpd/htdocs/skins/Agent/modern/css/{c}.css" for c in
            ["Core.Default", "Core.Form", "Core.Table", "Core.Dialog", "Core.Header", "Core.Footer",
             "Core.Dashboard", "Core.TicketZoom"]}
    assert cats["added-file"] == skin
    # the copied-in skin and the RELEASE file are 7.0.3's own files: the tree mixes releases
    assert report["identification"]["mixed"] is True
    release = next(f for f in report["findings"] if f["path"] == "RELEASE")
    assert release["severity"] == "high"
    assert "7.0.3" in release["evidence"]["matches_releases"]
    assert set(cats) == {"version-mismatch", "modified-file", "added-file", "release-structure", "missing-patch",
                         "forged-manifest"}
    # the faker regenerated ARCHIVE (md5 per file, as OTRS's CheckSum.pl reads it) over the changed files
    listed = {line.split("::", 1)[1] for line in
              (SAMPLES / "sampledesk-6.0.3-as-7.0.3" / "ARCHIVE").read_text().splitlines()}
    tampered = (cats["modified-file"] | cats["added-file"]) - {"ARCHIVE"}
    forged = next(f for f in report["findings"] if f["category"] == "forged-manifest")
    assert (forged["path"], forged["severity"], forged["check"]) == ("ARCHIVE", "critical", "AUD109")
    assert {v["path"] for v in forged["evidence"]["files"]} == listed & tampered
    assert {"RELEASE", "CHANGES.md", "Kernel/Config/Defaults.pm"} <= listed & tampered
    assert forged["evidence"]["weak_digest"] == ["md5"] and forged["evidence"]["list_state"] == "edited"
    structure = next(f for f in report["findings"] if f["category"] == "release-structure")
    assert structure["evidence"]["missing"] == ["Kernel/WebApp", "scripts/DBUpdate-to-7.pl"]
    assert structure["evidence"]["unexpected"] == ["bin/cgi-bin/customer.pl", "scripts/DBUpdate-to-6.pl"]


def test_tampered_sample_reports_each_change():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.5-tampered", expect_rc=1)
    assert report["identified_version"] == "6.0.5"
    assert report["claimed_version"] == "6.0.5"
    cats = by_category(report)
    assert cats == {
        "modified-file": {"Kernel/System/Ticket.pm", "Kernel/Modules/AgentTicketZoom.pm"},
        "security-sensitive-change": {"Kernel/System/Auth.pm"},
        "added-file": {"Kernel/System/VendorLicense.pm", "Kernel/Config/Files/VendorTweaks.pm",
                       "var/httpd/htdocs/js/vendor-branding.js", "doc/vendor-notes.txt"},
        "moved-file": {"scripts/tools/backup.pl"},
        "missing-directory": {"scripts/DBUpdateTo6"},
        "changed-permissions": {"bin/Cron.sh"},
        "missing-patch": {"Kernel/System/Email.pm"},      # SDSA-2018-05: no fix in the 6.0 line
    }
    f = {x["path"]: x for x in report["findings"]}
    assert f["scripts/DBUpdateTo6"]["evidence"]["files"] == 13
    assert f["scripts/tools/backup.pl"]["evidence"]["from"] == "scripts/backup.pl"
    assert f["Kernel/System/Ticket.pm"]["severity"] == "high"          # core code modified
    assert f["Kernel/System/VendorLicense.pm"]["severity"] == "high"   # code added in core
    assert f["Kernel/Config/Files/VendorTweaks.pm"]["severity"] == "high"  # runs at every config load
    assert f["doc/vendor-notes.txt"]["severity"] == "info"
    assert f["bin/Cron.sh"]["evidence"] == {"expected": {"mode": "0755"}, "actual": {"mode": "0644"},
                                            "precision": "exec", "risky": False}
    assert f["Kernel/System/Ticket.pm"]["evidence"]["changes"] == ["size", "digest"]
    # the support back door, shown with its diff out of the box (the shipped baselines have their content pack)
    auth = f["Kernel/System/Auth.pm"]
    assert auth["severity"] == "high" and auth["evidence"]["diff"]["class"] == "code"
    added = [ln for h in auth["evidence"]["diff"]["hunks"] for ln in h["lines"] if ln.startswith("+")]
    assert "+    return 1 if ( $Param{User} // '' ) eq 'hds-support';" in added


def test_mixed_sample_names_the_release_the_patched_files_come_from():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-mixed", expect_rc=1)
    assert report["identified_version"] == "6.0.3"
    assert report["identification"]["mixed"] is True
    mixed = {m["version"]: set(m["paths"]) for m in report["identification"]["mixed_with"]}
    fix = {"Kernel/Modules/CustomerTicketOverview.pm",
           "Kernel/Output/HTML/Templates/Standard/CustomerTicketOverview.tt"}
    assert mixed["6.0.4"] == fix
    assert by_category(report)["modified-file"] == fix
    for f in report["findings"]:
        if f["category"] == "modified-file":
            assert f["evidence"]["matches_releases"] == ["6.0.4", "6.0.5"]


def test_text_report_starts_with_the_summary():
    proc = run_auditor("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "--baselines", "baselines/sampledesk")
    assert proc.returncode == 1
    head = proc.stdout.splitlines()[:8]
    assert any(line.startswith("Claimed version") and "7.0.3" in line for line in head)
    assert any(line.startswith("Identified release") and "6.0.3" in line for line in head)
    assert "CRITICAL" in proc.stdout and "claims version 7.0.3 but its content is release 6.0.3" in proc.stdout


def test_fail_on_threshold_sets_the_exit_code():
    target = SAMPLES / "sampledesk-6.0.3-mixed"  # worst finding: high
    assert audit_json(target, "--fail-on", "critical")[1].returncode == 0
    assert audit_json(target, "--fail-on", "high")[1].returncode == 1
    assert audit_json(target, "--fail-on", "never")[1].returncode == 0


def test_identify_command(tmp_path):
    proc = run_auditor("identify", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "--baselines", "baselines/sampledesk",
                       "--format", "json")
    assert proc.returncode == 0, proc.stderr
    import json
    data = json.loads(proc.stdout)
    assert data["identified_version"] == "6.0.3" and data["claimed_version"] == "7.0.3"
    assert [c["version"] for c in data["identification"]["candidates"]][0] == "6.0.3"


def test_top_level_baselines_dir_selects_the_product_by_profile():
    # baselines/ holds several products: --product picks sampledesk's
    report, _ = audit_json(SAMPLES / "sampledesk-7.0.3-genuine", "--product", "sampledesk", baselines="baselines")
    assert report["identified_version"] == "7.0.3" and report["findings"] == []


def test_dressed_up_sample_without_any_7_baseline_is_still_critical(tmp_path):
    """The field case: OTRS 7 is proprietary, so only 6.0 baselines exist. The match to 6.0.3 is
    strong enough (confidence >= 0.85) to call the claim false without a 7.0.3 baseline."""
    import shutil
    only6 = tmp_path / "b" / "sampledesk"
    only6.mkdir(parents=True)
    for v in ["6.0.1", "6.0.2", "6.0.3", "6.0.4", "6.0.5"]:
        shutil.copy(SAMPLES.parent / "baselines" / "sampledesk" / f"{v}.yaml", only6)
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-as-7.0.3", baselines=tmp_path / "b", expect_rc=1)
    mismatch = [f for f in report["findings"] if f["category"] == "version-mismatch"][0]
    assert mismatch["severity"] == "critical"
    assert mismatch["evidence"]["claimed_baseline_loaded"] is False
    assert report["identified_version"] == "6.0.3"


def test_release_unknown_to_the_baselines_is_not_called_a_forgery(tmp_path):
    """A genuine 7.0.3 audited with only the 6.0.3 baseline: the claim cannot be settled,
    so the mismatch is high (not critical) and says which baseline is missing."""
    import shutil
    d = tmp_path / "b" / "sampledesk"
    d.mkdir(parents=True)
    shutil.copy(SAMPLES.parent / "baselines" / "sampledesk" / "6.0.3.yaml", d)
    report, _ = audit_json(SAMPLES / "sampledesk-7.0.3-genuine", baselines=tmp_path / "b")
    mismatch = [f for f in report["findings"] if f["category"] == "version-mismatch"][0]
    assert mismatch["severity"] == "high"
    assert "no baseline is loaded" in mismatch["message"]
    assert report["identification"]["confidence"] < 0.85


def test_profile_is_detected_from_the_tree_when_baselines_hold_several_products(tmp_path):
    """baselines/ with sampledesk and another product, no --product: RELEASE says SampleDesk."""
    import shutil
    b = tmp_path / "b"
    shutil.copytree(SAMPLES.parent / "baselines" / "sampledesk", b / "sampledesk")
    other = (b / "sampledesk" / "6.0.1.yaml").read_text().replace("product: sampledesk", "product: otrs", 1)
    (b / "otrs").mkdir()
    (b / "otrs" / "6.0.1.yaml").write_text(other)
    report, _ = audit_json(SAMPLES / "sampledesk-7.0.3-genuine", baselines=b, expect_rc=0)
    assert report["profile"] == "sampledesk" and report["product"] == "sampledesk"
    assert report["identified_version"] == "7.0.3"
