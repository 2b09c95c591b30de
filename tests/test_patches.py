"""Missing patches: advisories matched against the release identified by content, with backports."""

from __future__ import annotations

import re


import pytest

from auditor import feeds
from auditor.model.advisory import Range
from conftest import BASELINES, SAMPLES, audit_json, copy_sample, invoke, run_auditor

SDSA_603 = ["SDSA-2018-01", "SDSA-2018-02", "SDSA-2018-03", "SDSA-2018-05"]


def _advisories(report, category="missing-patch"):
    return sorted(f["evidence"]["id"] for f in report["findings"] if f["category"] == category)


def test_real_6_0_3_lists_the_advisories_affecting_6_0_3():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-genuine", expect_rc=1)
    assert _advisories(report) == SDSA_603
    p = report["patches"]
    assert (p["product"], p["version"], p["missing"], p["patched_by_backport"]) == ("sampledesk", "6.0.3", 4, 0)
    assert p["oldest"] == {"id": "SDSA-2018-01", "published": "2018-01-16"}
    assert p["fixed_by"] == "7.0.3"       # SDSA-2018-05 has no 6.0 fix
    f = {x["evidence"]["id"]: x for x in report["findings"] if x["category"] == "missing-patch"}
    assert f["SDSA-2018-02"]["severity"] == "high" and f["SDSA-2018-01"]["severity"] == "medium"
    assert f["SDSA-2018-05"]["evidence"]["fixed_in"] == ["7.0.3"]
    assert f["SDSA-2018-01"]["evidence"]["aliases"] == ["CVE-2099-0101"]


def test_same_tree_claiming_7_lists_the_same_set(tmp_path):
    tree = copy_sample("sampledesk-6.0.3-genuine", tmp_path)
    (tree / "RELEASE").write_text("PRODUCT = SampleDesk\nVERSION = 7.0.3\nBUILDDATE = Tue Sep 18 10:05:12 2018\n"
                                  "BUILDHOST = build.sampledesk.example\n")
    report, _ = audit_json(tree, expect_rc=1)
    assert report["claimed_version"] == "7.0.3" and report["identified_version"] == "6.0.3"
    assert _advisories(report) == SDSA_603
    # and the fully dressed-up sample (files copied in from 7.0.x) too
    dressed, _ = audit_json(SAMPLES / "sampledesk-6.0.3-as-7.0.3", expect_rc=1)
    assert _advisories(dressed) == SDSA_603
    # 7.0.3 itself has none: the claim would have hidden all four
    genuine7, _ = audit_json(SAMPLES / "sampledesk-7.0.3-genuine", expect_rc=0)
    assert _advisories(genuine7) == [] and genuine7["patches"]["missing"] == 0


def test_one_fix_backported_is_reported_as_patched():
    report, _ = audit_json(SAMPLES / "sampledesk-6.0.3-mixed", expect_rc=1)
    assert _advisories(report) == ["SDSA-2018-02", "SDSA-2018-03", "SDSA-2018-05"]
    assert _advisories(report, "patched-by-backport") == ["SDSA-2018-01"]
    f = next(x for x in report["findings"] if x["category"] == "patched-by-backport")
    assert f["severity"] == "info"
    assert [(x["path"], x["state"]) for x in f["evidence"]["fix_files"]] == [
        ("Kernel/Modules/CustomerTicketOverview.pm", "fixed"),
        ("Kernel/Output/HTML/Templates/Standard/CustomerTicketOverview.tt", "fixed")]
    assert report["patches"]["patched_by_backport"] == 1


def test_backport_from_a_later_line_and_a_partial_one(generator, tmp_path):
    """The 7.0.3 copies of Email.pm and AgentTicketCompose.pm carry the SDSA-2018-05 fix (and
    AgentTicketCompose.pm the SDSA-2018-03 one): both count as backported. Email.pm alone is partial."""
    tree = copy_sample("sampledesk-6.0.3-genuine", tmp_path)
    newer = generator.checkout("7.0.3")
    (tree / "Kernel/System/Email.pm").write_bytes(newer["Kernel/System/Email.pm"][0])
    partial, _ = audit_json(tree)
    f = {x["evidence"]["id"]: x for x in partial["findings"] if x["category"] == "missing-patch"}
    assert [(x["path"], x["state"]) for x in f["SDSA-2018-05"]["evidence"]["fix_files"]] == [
        ("Kernel/System/Email.pm", "fixed"), ("Kernel/Modules/AgentTicketCompose.pm", "vulnerable")]
    (tree / "Kernel/Modules/AgentTicketCompose.pm").write_bytes(newer["Kernel/Modules/AgentTicketCompose.pm"][0])
    full, _ = audit_json(tree)
    assert _advisories(full) == ["SDSA-2018-01", "SDSA-2018-02"]
    assert _advisories(full, "patched-by-backport") == ["SDSA-2018-03", "SDSA-2018-05"]


def test_malformed_feed_names_the_entry(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("""format_version: 1
advisories:
  - id: X-1
    summary: fine
    severity: high
    published: "2020-01-01"
    affected: [{product: sampledesk, ranges: [{introduced: "6.0.0", fixed: "6.0.9"}]}]
  - id: X-2
    summary: broken
    severity: catastrophic
    published: "2020-01-01"
    affected: [{product: sampledesk, ranges: [{introduced: "6.0.0"}]}]
""")
    proc = run_auditor("audit", SAMPLES / "sampledesk-7.0.3-genuine", "--baselines", "baselines/sampledesk",
                       "--advisories", bad)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"auditor: error: {bad}:8: advisories[1] (X-2).severity: must be one of critical, "
                                   "high, medium, low; got 'catastrophic'")


def test_user_feed_adds_advisories(tmp_path):
    extra = tmp_path / "feeds"
    extra.mkdir()
    (extra / "local.yaml").write_text("""format_version: 1
advisories:
  - id: LOCAL-2019-1
    summary: Found in our own pen test
    severity: critical
    published: "2019-03"
    affected: [{product: sampledesk, ranges: [{introduced: "7.0.0", last_affected: "7.0.3"}]}]
""")
    report, _ = audit_json(SAMPLES / "sampledesk-7.0.3-genuine", "--advisories", extra, expect_rc=1)
    assert _advisories(report) == ["LOCAL-2019-1"]
    assert report["patches"]["fixed_by"] is None


@pytest.mark.parametrize("rng,version,expected", [
    (Range("6.0.0", fixed="6.0.10"), "6.0.9", True),
    (Range("6.0.0", fixed="6.0.10"), "6.0.10", False),
    (Range("6.0.0", fixed="6.0.10"), "6.0.100", False),
    (Range("6.0.1", limit="6.1"), "6.0.30", True),
    (Range("6.0.1", limit="6.1"), "7.0.1", False),
    (Range("5.0.0", last_affected="5.0.36"), "5.0.36", True),
    (Range("0", fixed="5.0.3"), "5.0.3~rc1", True),                 # a pre-release sorts before the release
    (Range("0", fixed="5.0.3+dfsg-3"), "5.0.3", True),               # Debian revisions sort after it
])
def test_version_ordering_for_product_versions(rng, version, expected):
    assert rng.contains(version, "dpkg") is expected


def test_otrs_feed_keeps_ids_cves_ranges_and_uncertain_entries():
    advisories = {a.id: a for a in feeds.load_feed(feeds.builtin_dir() / "otrs.yaml")}
    raw = (feeds.builtin_dir() / "otrs.yaml").read_text()
    assert len(advisories) == len(re.findall(r"^- id: ", raw, re.M)) > 50   # every entry of the file, none lost
    assert advisories["OSA-2018-01"].aliases == ["CVE-2018-11563"]
    affected_603 = {a.id for a in advisories.values() if a.affects("otrs", "6.0.3", "dpkg")}
    # 6.0.3 already has the fixes for OSA-2017-08/09/10 ...
    assert not {"OSA-2017-08", "OSA-2017-09", "OSA-2017-10"} & affected_603
    # ... and misses everything from OSA-2018-01 on, including the 2021/22 issues OTRS AG never fixed in 6.0
    assert {"OSA-2018-01", "OSA-2019-13", "OSA-2020-10", "OSA-2021-10", "OSA-2022-03"} <= affected_603
    assert "OSA-2018-10" not in affected_603       # data loss only when updating to 6.0.13
    assert advisories["OSA-2018-10"].affects("otrs", "6.0.13", "dpkg")
    assert advisories["CVE-2021-21443"].uncertain is True
    assert advisories["OSA-2021-11"].affects("otrs-ce", "6.0.31", "dpkg")
    assert not advisories["OSA-2021-11"].affects("otrs-ce", "6.0.32", "dpkg")
    assert sum(a.uncertain for a in advisories.values()) == len(re.findall(r"^  uncertain: true\b", raw, re.M)) > 0


def _independently_affected(product: str, version: str) -> list[str]:
    """Which advisories of the OTRS feed affect a release, computed from the raw YAML with Debian's
    version ordering directly (not through auditor's model): the expectation the report must meet."""
    import yaml
    from debian.debian_support import version_compare as cmp
    out = []
    for a in yaml.safe_load((feeds.builtin_dir() / "otrs.yaml").read_text())["advisories"]:
        for aff in a["affected"]:
            if aff["product"].lower() != product:
                continue
            for r in aff["ranges"]:
                lo = str(r["introduced"])
                if lo != "0" and cmp(version, lo) < 0:
                    continue
                if "fixed" in r and cmp(version, str(r["fixed"])) >= 0:
                    continue
                if "last_affected" in r and cmp(version, str(r["last_affected"])) > 0:
                    continue
                if "limit" in r and cmp(version, str(r["limit"])) >= 0:
                    continue
                out.append(a["id"])
                break
    return sorted(set(out))


def test_otrs_feed_end_to_end_on_an_otrs_product(generator, tmp_path):
    """A tree of product 'otrs' identified as 6.0.3 gets the OTRS advisories of 6.0.3 by id."""
    from auditor.baseline.builder import build_from_source
    from auditor.baseline.store import save
    src = tmp_path / "otrs-6.0.3"
    for p, (content, _mode) in generator.checkout("6.0.3").items():
        (src / p).parent.mkdir(parents=True, exist_ok=True)
        (src / p).write_bytes(content)
    save(build_from_source(str(src), "otrs", "6.0.3"), tmp_path / "b" / "otrs" / "6.0.3.yaml")
    report, _ = audit_json(src, baselines=tmp_path / "b", expect_rc=1)
    assert report["product"] == "otrs" and report["profile"] == "otrs"
    expected = _independently_affected("otrs", "6.0.3")
    assert _advisories(report) == expected
    assert len(expected) > 40 and "OSA-2018-01" in expected
    assert report["patches"]["oldest"]["id"] == "OSA-2018-01"


def test_a_release_from_before_the_flaw_is_no_fix(tmp_path):
    """A feed whose range starts too late (the flaw "introduced" in 6.0.3 while 6.0.2 ships the same file):
    6.0.2's content is not the fix, so a genuine 6.0.3 misses the patch; only content of a release at or
    after a fixed version counts as the fix (found on real Znuny 6.4.1, which CVE-2022-4427's range called
    backported because Znuny 6.3's TicketSearch.pm is the vulnerable 6.4.1 file)."""
    import yaml
    feed = tmp_path / "late.yaml"
    fix_files = ["Kernel/Modules/CustomerTicketOverview.pm"]
    feed.write_text(yaml.safe_dump({"format_version": 1, "title": "late range", "advisories": [{
        "id": "TEST-2018-01", "summary": "the flaw of SDSA-2018-01, its range starting at 6.0.3", "severity": "high",
        "published": "2018-01-16", "aliases": [], "references": [],
        "affected": [{"product": "sampledesk", "ranges": [{"introduced": "6.0.3", "fixed": "6.0.4"}],
                      "fix_files": fix_files}]}]}))
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-genuine", "-b", BASELINES / "sampledesk",
                 "--advisories", feed, "-f", "json")
    found = {(f["category"], f["message"].split(":")[0]) for f in run.json()["findings"]
             if f["message"].startswith("TEST-2018-01")}
    assert found == {("missing-patch", "TEST-2018-01")}
