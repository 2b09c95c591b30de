"""OSV for the advisory feeds: export validated against the official OSV schema, read back unchanged,
and a real OSV record (PyPA advisory database) used as a feed against a real Django install."""

from __future__ import annotations

import json

import jsonschema
import pytest

from auditor import feeds
from conftest import BASELINES, ROOT, SAMPLES, invoke

FIXTURES = ROOT / "tests" / "fixtures" / "osv"
SCHEMA = json.loads((FIXTURES / "osv-schema.json").read_text())


def _key(a):
    return (a.summary_dict(), [(x.product, [r.to_dict() for r in x.ranges], [(f.path, f.sha256) for f in x.fix_files])
                               for x in a.affected])


def test_export_validates_against_the_osv_schema_and_reads_back_unchanged(tmp_path):
    run = invoke("advisories", "export", tmp_path / "osv")
    assert run.code == 0, run
    builtin = {a.id: a for a in feeds.load()}
    files = sorted((tmp_path / "osv").glob("*.json"))
    assert [f.stem for f in files] == sorted(builtin)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for f in files:
        rec = json.loads(f.read_text())
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, (f.name, errors[:1])
        back = feeds.load_feed(f)
        assert [_key(a) for a in back] == [_key(builtin[f.stem])]


def test_an_exported_feed_gives_the_same_missing_patches(tmp_path):
    assert invoke("advisories", "export", tmp_path / "osv").code == 0
    for p in (tmp_path / "osv").glob("*.json"):      # keep only the sample product's, as a user's feed would
        if not p.stem.startswith("SDSA-"):
            p.unlink()
    yaml_run = invoke("audit", SAMPLES / "sampledesk-6.0.3-mixed", "-b", BASELINES / "sampledesk", "-f", "json")
    osv_run = invoke("audit", SAMPLES / "sampledesk-6.0.3-mixed", "-b", BASELINES / "sampledesk", "-f", "json",
                     "--advisories", tmp_path / "osv")
    pick = lambda r: sorted((f["category"], f["evidence"]["id"]) for f in r.json()["findings"]  # noqa: E731
                            if f["category"] in ("missing-patch", "patched-by-backport"))
    assert pick(osv_run) == pick(yaml_run) and pick(yaml_run)


def test_a_real_osv_record_reads_as_a_feed():
    (adv,) = feeds.load_feed(FIXTURES / "PYSEC-0000-CVE-2024-38875.yaml")
    assert adv.id == "PYSEC-0000-CVE-2024-38875" and adv.aliases == ["CVE-2024-38875"]
    assert adv.published == "2024-07-10" and adv.severity == "medium" and adv.uncertain
    assert [r.to_dict() for r in adv.affected[0].ranges] == [{"introduced": "4.2", "fixed": "4.2.14"},
                                                            {"introduced": "5.0", "fixed": "5.0.7"}]
    assert adv.affects("django", "5.0.6", "dpkg") and not adv.affects("django", "5.0.7", "dpkg")


def test_a_real_osv_record_finds_the_missing_patch_in_a_real_django_install(tmp_path):
    import shutil

    from test_generic_products import ARTEFACTS, _extract, _fetch, built
    version, name, how, _ = ARTEFACTS["django"][0]
    whl = _fetch(name, how)
    (tmp_path / "bl" / "django").mkdir(parents=True)
    shutil.copy(built("django") / "django" / f"{version}.yaml", tmp_path / "bl" / "django")
    tree = _extract(whl, None, tmp_path / "site")
    run = invoke("audit", tree, "-b", tmp_path / "bl", "-f", "json", "--advisories",
                 FIXTURES / "PYSEC-0000-CVE-2024-38875.yaml", "--fail-on", "critical")
    report = run.json()
    assert report["identified_version"] == version
    missing = [f for f in report["findings"] if f["category"] == "missing-patch"]
    assert [f["evidence"]["id"] for f in missing] == ["PYSEC-0000-CVE-2024-38875"]
    assert "5.0.7" in missing[0]["evidence"]["fixed_in"]


@pytest.mark.parametrize("doc,match", [
    ({"id": "X-1", "modified": "2024-01-01T00:00:00Z", "affected": [{"package": {"name": "p", "ecosystem": "PyPI"},
      "ranges": [{"type": "ECOSYSTEM", "events": [{"fixed": "1.0"}]}]}]}, r"fixed before any introduced event"),
    ({"id": "X-2", "modified": "2024-01-01T00:00:00Z", "affected": [{"ranges": [
        {"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}, r"names no package"),
    ({"id": "X-3", "modified": "2024-01-01T00:00:00Z", "affected": [{"package": {"name": "p", "ecosystem": "PyPI"},
      "ranges": [{"type": "GIT", "repo": "r", "events": [{"introduced": "0"}]}]}]}, r"no release range"),
])
def test_malformed_osv_is_one_line_exit_2(tmp_path, doc, match):
    import re
    feed = tmp_path / "bad.json"
    feed.write_text(json.dumps(doc))
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-genuine", "-b", BASELINES / "sampledesk", "--advisories", feed)
    assert run.code == 2 and re.search(match, run.stderr) and "bad.json" in run.stderr, run
    assert len(run.stderr.strip().splitlines()) == 1
