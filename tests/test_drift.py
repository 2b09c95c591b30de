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
    # every file of the tree that the profile does not ignore: said as a count, not as the whole tree
    assert cache["trusted"] == first["stats"]["files"] and cache["all_trusted"] and cache["trusted_paths"] == []
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
    (cache_file,) = (tmp_path / "cache").glob("stat-*.bin")
    root, files = statcache.read_record(cache_file)
    victim = "Kernel/System/Ticket.pm"
    sig, _ = files[victim]
    files[victim] = (sig, "0" * 64)
    poisoned = b"".join(statcache.record_parts(root, files.items()))
    cache_file.write_bytes(poisoned)
    plain = _audit(tree, tmp_path, "plain")
    assert not [f for f in plain["findings"] if f["path"] == victim]
    cache_file.write_bytes(poisoned)   # the plain run rewrote the cache with the true digest
    for record in (tmp_path / "cache").glob("result-*.bin"):
        record.unlink()         # else --since takes the plain run's whole result (tests below)
    trusting = _audit(tree, tmp_path, "trusting", "--since", tmp_path / "first.json")
    assert [f["category"] for f in trusting["findings"] if f["path"] == victim] == ["modified-file"]
    cache = trusting["drift"]["cache"]
    assert cache["result"] == "computed" and cache["all_trusted"]   # said in the report, as documented
    assert cache["trusted"] == plain["stats"]["files"]


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


# --- the whole result reused (auditor.scan.reuse) ---------------------------------------------------

def _records(tmp_path):
    return sorted((tmp_path / "cache").glob("result-*.bin"))


def test_an_unchanged_tree_reuses_the_recorded_result_the_same_as_a_computed_one(tree, tmp_path):
    first = _audit(tree, tmp_path, "first")
    assert len(_records(tmp_path)) == 1
    reused = _audit(tree, tmp_path, "reused", "--since", tmp_path / "first.json")
    assert reused["drift"]["cache"]["result"] == "reused"
    for record in _records(tmp_path):
        record.unlink()
    computed = _audit(tree, tmp_path, "computed", "--since", tmp_path / "first.json")
    assert computed["drift"]["cache"]["result"] == "computed"
    for r in (reused, computed):
        r["drift"]["cache"].pop("result")
    assert reused == computed
    assert reused["drift"]["cache"]["trusted"] == first["stats"]["files"] and reused["drift"]["cache"]["all_trusted"]
    assert {k: v for k, v in reused.items() if k != "drift"} == first


def _edit(path):
    """A same-size edit with the mtime put back (only the ctime tells)."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


CHANGES = {
    "edit": (lambda t: _edit(t / "Kernel" / "System" / "Ticket.pm"), ("modified-file", "Kernel/System/Ticket.pm")),
    "add": (lambda t: (t / "Kernel" / "System" / "CallHome.pm").write_text("1;\n"),
            ("added-file", "Kernel/System/CallHome.pm")),
    "remove": (lambda t: (t / "Kernel" / "System" / "Ticket.pm").unlink(), ("missing-file", "Kernel/System/Ticket.pm")),
    "chmod": (lambda t: os.chmod(t / "Kernel" / "System" / "Ticket.pm", 0o777), None),
    "symlink": (lambda t: os.symlink("/etc/passwd", t / "Kernel" / "passwd"), None),
    "ignored file": (lambda t: (t / "var" / "log" / "new.log").write_text("x\n"), None),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_to_the_tree_means_the_audit_runs_again(tree, tmp_path, change):
    first = _audit(tree, tmp_path, "first")
    (tree / "var" / "log").mkdir(parents=True, exist_ok=True)
    _audit(tree, tmp_path, "recorded")        # the record of the tree as it is now
    do, expect = CHANGES[change]
    do(tree)
    later = _audit(tree, tmp_path, "later", "--since", tmp_path / "first.json")
    assert later["drift"]["cache"]["result"] == "computed"
    if expect is not None:
        assert expect in [(f["category"], f["path"]) for f in later["findings"]]
    if change == "ignored file":
        assert later["summary"]["ignored_paths"] == first["summary"]["ignored_paths"] + 1
    again = _audit(tree, tmp_path, "again", "--since", tmp_path / "first.json")   # recorded by "later"
    assert again["drift"]["cache"]["result"] == "reused"
    assert [f["id"] for f in again["findings"]] == [f["id"] for f in later["findings"]]


def test_a_change_in_any_directory_changes_the_seal_whichever_process_walked_it(tree, monkeypatch):
    """The walk is shared with a forked process once the first levels hold SPLIT_DIRS directories:
    the seal is the same however the tree was shared, and an edit anywhere changes it."""
    from auditor.scan import reuse
    from auditor.target.directory import DirectoryTarget
    shared = []
    real = reuse._walk_in_child
    monkeypatch.setattr(reuse, "_walk_in_child", lambda part, todo: (shared.append(len(todo)), real(part, todo))[1])
    with DirectoryTarget(str(tree)) as target:
        seals = set()
        for split in (2, 3, 8, 10 ** 6):
            monkeypatch.setattr(reuse, "SPLIT_DIRS", split)
            seals.add(reuse.tree_seal(target, ["var/log/"]))
        assert len(seals) == 1 and len(shared) == 3 and all(shared)
        (before,) = seals
        monkeypatch.setattr(reuse, "SPLIT_DIRS", 2)
        dirs = sorted({p.parent for p in tree.rglob("*") if p.is_file() and not p.is_symlink()
                       and not str(p.relative_to(tree)).startswith("var/log/")})
        assert len(dirs) > 20
        for d in dirs:
            victim = next(p for p in sorted(d.iterdir()) if p.is_file() and not p.is_symlink())
            _edit(victim)
            now = reuse.tree_seal(target, ["var/log/"])
            assert now is not None and now[0] != before[0] and now[1] == before[1], victim
            before = now


def test_the_seal_of_the_scan_is_the_seal_of_the_walk(tree, tmp_path):
    """What the recording run derives from its scan's signatures equals what a later run's lstat walk
    finds on the same tree (else nothing would ever be reused)."""
    from auditor.patterns import PathPatterns
    from auditor.scan import reuse, scan
    from auditor.target.directory import DirectoryTarget
    os.symlink("Kernel/System/Ticket.pm", tree / "link")
    (tree / "var" / "log").mkdir(parents=True, exist_ok=True)
    (tree / "var" / "log" / "x.log").write_text("x\n")
    patterns = ["var/log/", "*.swp"]
    with DirectoryTarget(str(tree)) as target:
        target.racy_after_ns = statcache.racy_limit(10 ** 30)
        snap = scan(target, PathPatterns(patterns))
        walked = reuse.tree_seal(target, patterns)
        assert reuse.snapshot_seal(target, snap) == walked[0]
        assert walked[1] == sum(1 for e in snap.entries.values() if e.type == "file") and snap.ignored >= 1


def test_other_inputs_changed_mean_the_audit_runs_again(tree, tmp_path):
    baselines = tmp_path / "b"
    shutil.copytree(SAMPLEDESK, baselines / "sampledesk")
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text("format_version: 1\nwaivers:\n  - id: AUD999-0000000000\n    justification: x\n"
                       "    expires: 2030-01-01\n")

    def since(name, *more):
        out = tmp_path / f"{name}.json"
        run = invoke("audit", tree, "--baselines", baselines, "-f", "json", "-o", out,
                     "--since", tmp_path / "first.json", *more)
        assert run.code in (0, 1), run
        return json.loads(out.read_text())["drift"]["cache"]["result"]
    out = tmp_path / "first.json"
    assert invoke("audit", tree, "--baselines", baselines, "-f", "json", "-o", out).code in (0, 1)
    assert since("same") == "reused"
    assert since("option", "--allow-host", "example.org") == "computed"
    assert since("option again", "--allow-host", "example.org") == "reused"
    assert since("waivers", "--waivers", waivers) == "computed"
    waivers.write_text(waivers.read_text() + "# edited\n")
    assert since("waivers edited", "--waivers", waivers) == "computed"
    assert since("waivers again", "--waivers", waivers) == "reused"
    os.utime(baselines / "sampledesk" / "6.0.3.yaml")        # a baseline touched (its stat changed)
    assert since("baselines", "--waivers", waivers) == "computed"
    assert since("as of", "--waivers", waivers, "--as-of", "2030-01-01") == "computed"


def test_the_default_audit_never_reads_the_result_record(tree, tmp_path):
    """A poisoned record (the report of a genuine tree kept for a tampered one) fools only --since."""
    import marshal
    _audit(tree, tmp_path, "first")
    (record,) = _records(tmp_path)
    clean = marshal.loads(record.read_bytes())
    _edit(tree / "Kernel" / "System" / "Ticket.pm")
    later = _audit(tree, tmp_path, "later")
    assert ("modified-file", "Kernel/System/Ticket.pm") in [(f["category"], f["path"]) for f in later["findings"]]
    poisoned = marshal.loads(record.read_bytes())
    poisoned["report"] = clean["report"]
    record.write_bytes(marshal.dumps(poisoned))
    plain = _audit(tree, tmp_path, "plain")
    assert [f["id"] for f in plain["findings"]] == [f["id"] for f in later["findings"]]


@pytest.mark.parametrize("damage", ["garbage", "invalid report", "other root"])
def test_a_damaged_record_is_ignored(tree, tmp_path, damage):
    import marshal
    first = _audit(tree, tmp_path, "first")
    (record,) = _records(tmp_path)
    data = marshal.loads(record.read_bytes())
    if damage == "garbage":
        blob = b"\x00garbage"
    elif damage == "invalid report":
        data["report"]["findings"] = [{"id": "x"}]
        blob = marshal.dumps(data)
    else:
        data["root"] = "/elsewhere"
        blob = marshal.dumps(data)
    record.write_bytes(blob)
    again = _audit(tree, tmp_path, "again", "--since", tmp_path / "first.json")
    assert again["drift"]["cache"]["result"] == "computed"
    assert [f["id"] for f in again["findings"]] == [f["id"] for f in first["findings"]]


def test_a_tree_changed_moments_before_the_recording_run_is_never_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    dest = tmp_path / "t"
    shutil.copytree(GENUINE, dest, symlinks=True)
    monkeypatch.setattr(statcache, "RACY_NS", 3600 * 10**9)
    _audit(dest, tmp_path, "first")
    assert _records(tmp_path) == []
    again = _audit(dest, tmp_path, "again", "--since", tmp_path / "first.json")
    assert again["drift"]["cache"]["result"] == "computed"


def test_the_text_report_says_when_the_result_was_reused(tree, tmp_path):
    _audit(tree, tmp_path, "first")

    def drift_line():
        run = invoke("audit", tree, "--baselines", SAMPLEDESK, "--since", tmp_path / "first.json")
        text = " ".join(run.stdout.split())            # the text report wraps long lines
        return text[text.index("Drift cache"):text.index("Patches")]
    assert "earlier result reused (tree and inputs unchanged)" in drift_line()
    for record in _records(tmp_path):
        record.unlink()
    line = drift_line()
    assert "files trusted" in line and "reused" not in line


def test_stat_record_is_written_and_read_in_parts(tmp_path, monkeypatch):
    """The stat cache is written and read a part at a time (never one blob beside the table); a record
    cut short, with bytes after its end, or with a part that is not a table does not load."""
    import marshal
    monkeypatch.setattr(statcache, "CHUNK", 3)
    files = {f"d/f{i}": (bytes([i]) * 40, f"{i:064x}") for i in range(10)}
    parts = list(statcache.record_parts("/root/of/tree", files.items()))
    assert len(parts) == 1 + 4 + 1          # header, 10 files in parts of 3, end
    path = tmp_path / "stat-x.bin"
    path.write_bytes(b"".join(parts))
    assert statcache.read_record(path) == ("/root/of/tree", files)
    for bad in (b"".join(parts[:-1]), b"".join(parts) + b"x",
                b"".join(parts[:2] + [marshal.dumps(["not", "a", "table"])] + parts[2:])):
        path.write_bytes(bad)
        assert statcache.read_record(path) is None
