"""baseline from-git with several worker processes: the same baselines, content packs and warnings as one
process, whatever the share of each worker; a failing release stops the run as it would one process."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from auditor.baseline import fromgit, workers
from auditor.errors import AuditorError
from conftest import ROOT, SAMPLEDESK
from test_products_and_git import _git, _release

#: (subject, product line, version in RELEASE, body); the same release again on a later commit, a label
#: that is not what the release says, three products
HISTORY = [
    ("Imported vendor 6.0.27", "OTRS", "6.0.27", "a"),
    ("Imported vendor 6.0.28.", "OTRS", "6.0.28", "b"),
    ("Imported vendor 6.0.28.", "OTRS", "6.0.28", "b2"),
    ("Imported vendor 6.0.29", "OTRS", "6.0.29", "c"),
    ("Imported vendor 6.0.30", "OTRS", "6.0.30", "d"),
    ("Imported vendor 6.0.32", "OTRS", "6.0.32", "e"),
    ("Imported vendor 6.1.1", "Znuny", "6.1.1", "f"),
    ("Imported vendor 6.0.27", "OTRS", "6.0.27", "a-late"),
    ("Imported vendor 6.1.2", "Znuny", "6.1.2", "g"),
]
COMMITS = r"^Imported vendor ([0-9.]+)$"


def _history(tmp_path: Path, history=HISTORY) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    _git(work, "init", "-q", "-b", "vendor")
    for subject, line, version, body in history:
        for p in list(work.iterdir()):
            if p.name != ".git":
                shutil.rmtree(p) if p.is_dir() else p.unlink()
        _release(work, line, version or "6.0.31", body)
        if version is None:
            (work / "RELEASE").write_text(f"PRODUCT = {line}\n")
        (work / "Kernel/Shared.pm").write_text("package Kernel::Shared;\n# the same in every release\n1;\n")
        _git(work, "add", "-A")
        _git(work, "commit", "-q", "--allow-empty", "-m", subject)
    return work


def _build(repo: Path, out: Path, jobs: int) -> tuple[list[str], dict[str, bytes], dict[str, list[tuple[str, bytes]]]]:
    notes: list[str] = []
    written = fromgit.from_git(str(repo), "auto", out, warn=notes.append, commits=COMMITS, content=True, jobs=jobs)
    files = {str(path.relative_to(out)): path.read_bytes() for _b, path in written}
    packs = {}
    for pack in sorted(out.glob("*/content.zip")):
        with zipfile.ZipFile(pack) as z:
            packs[str(pack.relative_to(out))] = [(n, z.read(n)) for n in z.namelist()]
    assert not list(out.glob(".from-git-*")), "the workers' spool directory is left behind"
    return notes, files, packs


def test_several_workers_build_what_one_process_builds(tmp_path):
    repo = _history(tmp_path)
    one = _build(repo, tmp_path / "one", 1)
    notes, files, packs = one
    # what one process gives: the first commit of a release kept, the later ones reported, the label noted
    assert sorted(files) == ["otrs/6.0.27.yaml", "otrs/6.0.28.yaml", "otrs/6.0.29.yaml", "otrs/6.0.30.yaml",
                             "znuny-lts/6.0.32.yaml", "znuny/6.1.1.yaml", "znuny/6.1.2.yaml"]
    assert sum("again at" in n for n in notes) == 2 and any("labelled '6.0.28.'" in n for n in notes)
    first = _git(tmp_path / "work", "log", "--reverse", "--format=%H", "--grep", "Imported vendor 6.0.27$")
    assert f"commit: {first.split()[0]}" in files["otrs/6.0.27.yaml"].decode()
    assert sorted(packs) == ["otrs/content.zip", "znuny-lts/content.zip", "znuny/content.zip"]
    for jobs in (2, 3):
        got = _build(repo, tmp_path / f"jobs{jobs}", jobs)
        assert got[0] == notes, jobs                  # the same warnings in the same order
        assert got[1] == files, jobs                  # byte for byte
        assert got[2] == packs, jobs                  # the same members, in the same order, the same bytes


def test_several_workers_rebuild_the_committed_sample_baselines(sampledesk_repo, tmp_path):
    written = fromgit.from_git(sampledesk_repo, "sampledesk", tmp_path / "two", tag_glob="v*", content=True, jobs=2)
    assert len(written) == 8
    for _b, path in written:
        assert path.read_bytes() == (SAMPLEDESK / path.name).read_bytes(), path.name
    fromgit.from_git(sampledesk_repo, "sampledesk", tmp_path / "one", tag_glob="v*", content=True, jobs=1)
    with zipfile.ZipFile(tmp_path / "two/content.zip") as a, zipfile.ZipFile(tmp_path / "one/content.zip") as b:
        assert a.namelist() == b.namelist() and all(a.read(n) == b.read(n) for n in a.namelist())


def test_a_release_that_fails_stops_the_run_as_in_one_process(tmp_path):
    """The first ref that fails gives its error after the warnings of the refs before it; nothing is
    written, whichever worker met it."""
    history = HISTORY[:5] + [("Imported vendor 6.0.31", "OTRS", None, "broken")] + HISTORY[5:]
    repo = _history(tmp_path, history)
    results = []
    for jobs in (1, 2, 4):
        out = tmp_path / f"jobs{jobs}"
        notes: list[str] = []
        with pytest.raises(AuditorError) as err:
            fromgit.from_git(str(repo), "auto", out, warn=notes.append, commits=COMMITS, content=True, jobs=jobs)
        assert "states no version" in str(err.value)
        assert not list(out.glob("*/*.yaml")) and not list(out.glob("*/content.zip"))
        assert not list(out.glob(".from-git-*"))
        results.append((str(err.value), notes))
    assert results[1] == results[0] and results[2] == results[0]


def test_groups_stay_whole_and_segments_cover_them_in_order():
    refs = [(f"c{i}", label) for i, label in enumerate(["1", "1", "1", "2", "3", "3", "4", "1", "5", "6"])]
    for jobs in range(1, 8):
        groups, segments = workers.split_groups(refs, jobs)
        assert [i for g in groups for i in g] == list(range(len(refs)))
        assert all(len({refs[i][1] for i in g}) == 1 for g in groups)
        assert [len(g) for g in groups] == [3, 1, 2, 1, 1, 1, 1]
        assert len(segments) == min(jobs, len(groups))
        assert segments[0][0] == 0 and segments[-1][1] == len(groups) - 1
        assert all(a <= b for a, b in segments)
        assert all(segments[k][1] + 1 == segments[k + 1][0] for k in range(len(segments) - 1))


def test_a_worker_done_with_its_segment_takes_from_the_back_of_the_longest():
    claims = [0, 2, 3, 7]           # segment 0: groups 0-2, segment 1: groups 3-7
    taken = [workers._claim(claims, 0) for _ in range(3)]
    assert taken == [0, 1, 2]
    assert workers._claim(claims, 0) == 7          # its own done: the back of segment 1
    assert workers._claim(claims, 1) == 3
    assert [workers._claim(claims, 0), workers._claim(claims, 1), workers._claim(claims, 1)] == [6, 4, 5]
    assert workers._claim(claims, 0) is None and workers._claim(claims, 1) is None


def test_the_workers_die_with_a_build_that_is_killed(tmp_path):
    """A build killed outright (SIGKILL: no clean-up runs) takes its workers with it."""
    repo = _history(tmp_path)
    script = (
        "import sys, time\n"
        "from auditor.baseline import fromgit\n"
        "fromgit._outcomes = lambda *a, **k: (time.sleep(300), iter(()))[1]\n"
        f"fromgit.from_git({str(repo)!r}, 'auto', {str(tmp_path / 'out')!r}, commits={COMMITS!r}, jobs=2)\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        children: list[int] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(children) < 2:
            time.sleep(0.1)
            try:
                children = [int(c) for c in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
            except FileNotFoundError:
                break
        assert len(children) == 2, children
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        alive = children
        while alive and time.monotonic() < deadline:
            time.sleep(0.05)
            alive = [c for c in children if Path(f"/proc/{c}").exists()
                     and Path(f"/proc/{c}/stat").read_text().split(")")[-1].split()[0] != "Z"]
        assert not alive, f"workers {alive} outlived the build"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_worker_walking_back_still_builds_the_first_commit_of_a_release(tmp_path):
    """A worker taking groups from the back meets a release's later commit before its first: the first is
    built all the same (the parent keeps it); only a commit after one already built is passed over."""
    repo = _history(tmp_path)
    refs = fromgit.versions_from_commits(str(repo), COMMITS)
    late, early = 7, 0
    assert refs[late][1] == refs[early][1] == "6.0.27"
    order = [(late, *refs[late]), (early, *refs[early]), (late, *refs[late])]
    got = list(fromgit._outcomes(str(repo), iter(order), "auto", None, None, False, None, None))
    assert [(o.index, o.baseline is not None) for o in got] == [(late, True), (early, True), (late, False)]
    assert got[1].baseline.provenance.commit == refs[early][0]


def test_a_baseline_crosses_the_pipe_whole():
    """A worker's baselines reach the parent pickled (entries as their fields): the same baseline after."""
    import pickle
    from auditor.baseline import layout, store
    for name in ("6.0.1.yaml", "7.0.3.yaml"):
        b = store.load(SAMPLEDESK / name)
        kinds = {e.type for e in b.entries}
        assert {"file", "dir"} <= kinds
        again = pickle.loads(pickle.dumps(b, protocol=pickle.HIGHEST_PROTOCOL))
        assert again.entries == b.entries and layout.dumps(again) == layout.dumps(b)


def test_a_worker_killed_mid_build_is_one_error_and_nothing_written(tmp_path, monkeypatch):
    repo = _history(tmp_path)
    real = fromgit._outcomes

    def dies_at_the_last_ref(repo_path, items, *rest):
        for index, ref, label in items:
            if index == len(HISTORY) - 1:
                os.kill(os.getpid(), signal.SIGKILL)       # as the kernel's OOM killer would
            yield from real(repo_path, iter([(index, ref, label)]), *rest)
    monkeypatch.setattr(fromgit, "_outcomes", dies_at_the_last_ref)
    out = tmp_path / "out"
    with pytest.raises(AuditorError, match=r"ended without a result \(exit code -9"):
        fromgit.from_git(str(repo), "auto", out, commits=COMMITS, content=True, jobs=2)
    assert not list(out.rglob("*.yaml")) and not list(out.rglob("content.zip")) and not list(out.glob(".*"))


def test_a_content_two_workers_meet_is_spooled_by_one_of_them(tmp_path, monkeypatch):
    """Kernel/Shared.pm is the same in every release: with two workers (each building releases holding it)
    it is deflated and spooled once, and the packs are still those one process writes."""
    import hashlib

    from auditor.baseline import content as content_mod
    from auditor.baseline import packzip
    repo = _history(tmp_path)
    seen: dict[str, list[set[str]]] = {}
    real_merge = content_mod.merge

    def merge(pack_path, spools, names):
        names = list(names)
        for spool in spools:
            with open(spool, "rb") as fh:
                seen.setdefault(Path(pack_path).name + str(Path(pack_path).parent.name), []).append(
                    set(packzip.spool_index(fh)))
        return real_merge(pack_path, spools, names)
    monkeypatch.setattr(content_mod, "merge", merge)
    _notes, _files, packs = _build(repo, tmp_path / "two", 2)
    shared = hashlib.sha256(b"package Kernel::Shared;\n# the same in every release\n1;\n").hexdigest()
    otrs = seen["content.zipotrs"]
    assert len(otrs) == 2 and all(otrs)             # both workers built OTRS releases and spooled some
    assert not otrs[0] & otrs[1]                    # nothing spooled twice
    assert sum(shared in names for names in otrs) == 1
    assert packs == _build(repo, tmp_path / "one", 1)[2]


def test_the_shared_set_grants_each_key_once_across_processes():
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    table = workers.SharedSet(ctx, slots=1 << 12)
    results = ctx.Queue()

    def claimer(me: int) -> None:
        results.put((me, [k for k in range(600) if table.claim("pack", str(k))]))
    procs = [ctx.Process(target=claimer, args=(i,)) for i in range(3)]
    for p in procs:
        p.start()
    got = [results.get(timeout=30) for _ in procs]
    for p in procs:
        p.join()
    claimed = [k for _me, keys in got for k in keys]
    assert sorted(claimed) == list(range(600))      # each key granted to exactly one process
    assert not table.claim("pack", "7") and table.claim("other pack", "7")
    small = workers.SharedSet(ctx, slots=4)         # full: a claim is granted (done twice, never lost)
    assert all(small.claim("p", str(k)) for k in range(4)) and small.claim("p", "4") and small.claim("p", "4")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_text_the_scan_read_is_not_read_from_git_again_for_the_pack(tmp_path, monkeypatch, jobs):
    """The scan keeps the texts it reads for the content pack (the builder's stash holds a whole release):
    no blob is streamed from git a second time to be put in the pack. (One product: a content a release of
    another product had is read again for that product's pack.)"""
    from auditor.baseline import builder
    from auditor.target import gitrepo
    repo = _history(tmp_path, HISTORY[:5])
    streamed = tmp_path / "streamed"         # one line per blob streamed, written by whichever process

    real = gitrepo.GitTarget.prefetch

    def prefetch(self, members, limit=None, known_too=False):
        import traceback
        real(self, members, limit, known_too)
        # the scan's stream, and the stream of what the pack needs (the reads of configuration and marker
        # files beside the scan are not the pack's)
        for_pack = any(f.name == "write_content" for f in traceback.extract_stack())
        if self._prefetch is not None and (for_pack or not known_too):
            with open(streamed, "a") as fh:
                fh.writelines(f"{os.getpid()} {oid.hex()}\n" for oid in self._prefetch.order)
    monkeypatch.setattr(gitrepo.GitTarget, "prefetch", prefetch)
    _build(repo, tmp_path / "out", jobs)
    lines = streamed.read_text().split("\n")[:-1]
    assert lines and len(lines) == len(set(lines))      # each blob once in each process
    streamed.unlink()
    monkeypatch.setattr(builder, "STASH_BYTES", 0)      # nothing kept: the pack's texts are read again
    _build(repo, tmp_path / "again", jobs)
    lines = streamed.read_text().split("\n")[:-1]
    assert len(lines) > len(set(lines))
