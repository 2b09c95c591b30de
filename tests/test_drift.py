"""Drift mode: `audit --since EARLIER.json` re-reads only files whose stat changed, says which files it
trusted, lists what changed since the earlier report and recognises official upgrades."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from auditor.scan import statcache
from conftest import ROOT, SAMPLEDESK, invoke

GENUINE = ROOT / "sample_installs" / "sampledesk-6.0.3-genuine"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    # files written a moment ago count as "racily clean" for RACY_NS; the tests do not wait for them
    monkeypatch.setattr(statcache, "RACY_NS", 0)
    dest = tmp_path / "t"
    shutil.copytree(GENUINE, dest, symlinks=True)
    return dest


def _audit(tree, tmp_path, name, *more):
    out = tmp_path / f"{name}.json"
    run = invoke("audit", tree, "--baselines", SAMPLEDESK, "-f", "json", "-o", out, *more)
    assert run.code in (0, 1), run
    return json.loads(out.read_text())


def _files(tree):
    return sorted(str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file() and not p.is_symlink())


def test_unchanged_tree_is_trusted_from_the_cache_and_reports_the_same(tree, tmp_path):
    first = _audit(tree, tmp_path, "first")
    assert "drift" not in first
    again = _audit(tree, tmp_path, "again", "--since", tmp_path / "first.json")
    cache = again.pop("drift")["cache"]
    assert cache["state"] == "used" and cache["hashed"] == 0
    # every file of the tree that the profile does not ignore, by path
    assert cache["trusted_paths"] == sorted(set(_files(tree)) & set(cache["trusted_paths"]))
    assert cache["trusted"] == first["stats"]["files"] == len(cache["trusted_paths"])
    assert again == first


def test_a_same_size_edit_with_its_mtime_put_back_is_read_again(tree, tmp_path):
    """A vendor edits a core file keeping its size and mtime: the ctime moved, so drift mode reads it."""
    _audit(tree, tmp_path, "first")
    victim = tree / "Kernel" / "System" / "Ticket.pm"
    st = victim.stat()
    data = bytearray(victim.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    victim.write_bytes(bytes(data))
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert victim.stat().st_size == st.st_size and victim.stat().st_mtime_ns == st.st_mtime_ns
    drift = _audit(tree, tmp_path, "second", "--since", tmp_path / "first.json")["drift"]
    assert drift["cache"]["hashed"] == 1 and "Kernel/System/Ticket.pm" not in drift["cache"]["trusted_paths"]
    assert [(f["category"], f["path"]) for f in drift["new"]] == [("modified-file", "Kernel/System/Ticket.pm")]
    assert drift["resolved"] == [] and drift["release"]["change"] == "same"


def test_default_audit_never_trusts_the_cache(tree, tmp_path):
    """Evidence first: a poisoned cache (a wrong digest under the right stat) fools only --since."""
    _audit(tree, tmp_path, "first")
    import marshal
    (cache_file,) = (tmp_path / "cache").glob("stat-*.bin")
    data = marshal.loads(cache_file.read_bytes())
    victim = "Kernel/System/Ticket.pm"
    sig, _ = data["files"][victim]
    data["files"][victim] = (sig, "0" * 64)
    cache_file.write_bytes(marshal.dumps(data))
    plain = _audit(tree, tmp_path, "plain")
    assert not [f for f in plain["findings"] if f["path"] == victim]
    cache_file.write_bytes(marshal.dumps(data))   # the plain run rewrote the cache with the true digest
    trusting = _audit(tree, tmp_path, "trusting", "--since", tmp_path / "first.json")
    assert victim in trusting["drift"]["cache"]["trusted_paths"]   # said in the report, as documented


def test_official_upgrade_is_recognised_not_reported_as_tampering(tmp_path, monkeypatch, generator):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(statcache, "RACY_NS", 0)
    tree = tmp_path / "t"

    def install(version):
        if tree.exists():
            shutil.rmtree(tree)
        for p, (content, mode) in generator.checkout(version).items():
            f = tree / p
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_bytes(content)
            os.chmod(f, mode)
    install("6.0.4")
    before = _audit(tree, tmp_path, "before")
    install("6.0.5")
    after = _audit(tree, tmp_path, "after", "--since", tmp_path / "before.json")
    drift = after["drift"]
    assert drift["release"] == {"before": "6.0.4", "now": "6.0.5", "change": "official-upgrade"}
    assert not [f for f in after["findings"] if f["category"] in ("modified-file", "added-file", "removed-file")]
    fixed_in_605 = {f["id"] for f in before["findings"] if f["category"] == "missing-patch"} - \
        {f["id"] for f in after["findings"]}
    assert fixed_in_605 and {f["id"] for f in drift["resolved"]} == fixed_in_605


def test_since_needs_a_valid_report_and_is_never_overwritten(tree, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1}')
    run = invoke("audit", tree, "--baselines", SAMPLEDESK, "--since", bad)
    assert run.code == 2 and run.stderr.count("\n") == 1 and "bad.json" in run.stderr
    _audit(tree, tmp_path, "first")
    saved = (tmp_path / "first.json").read_bytes()
    run = invoke("audit", tree, "--baselines", SAMPLEDESK, "--since", tmp_path / "first.json",
                 "-o", tmp_path / "first.json")
    assert run.code == 2 and "--since" in run.stderr
    assert (tmp_path / "first.json").read_bytes() == saved


def test_the_cache_is_never_written_inside_the_audited_tree(tree, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tree / "var" / "cache-of-auditor"))
    before = _files(tree)
    _audit(tree, tmp_path, "first")
    assert _files(tree) == before


def test_files_changed_moments_before_the_recording_run_are_never_trusted(tmp_path, monkeypatch):
    """git's "racy clean" problem: a file written within RACY_NS of the run that recorded it could change
    again within the filesystem's timestamp granularity, so the next --since run reads it again."""
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    dest = tmp_path / "t"
    shutil.copytree(GENUINE, dest, symlinks=True)
    old = 1_600_000_000
    for p in dest.rglob("*"):
        if p.is_file() and not p.is_symlink():
            os.utime(p, (old, old))       # mtime far back; the ctime stays "now" for a fresh copy
    monkeypatch.setattr(statcache, "RACY_NS", 3600 * 10**9)   # "moments": an hour, whatever the machine's speed
    first = _audit(dest, tmp_path, "first")
    again = _audit(dest, tmp_path, "again", "--since", tmp_path / "first.json")["drift"]["cache"]
    assert again["trusted"] == 0 and again["hashed"] == first["stats"]["files"]
    monkeypatch.setattr(statcache, "RACY_NS", 0)     # the same tree once its changes are old enough
    _audit(dest, tmp_path, "third")
    later = _audit(dest, tmp_path, "fourth", "--since", tmp_path / "third.json")["drift"]["cache"]
    assert later["hashed"] == 0 and later["trusted"] == first["stats"]["files"]
