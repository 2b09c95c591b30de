"""Hashing that starts before the scan (auditor.scan.early): a forked process hashes the tree while the
audit loads its inputs. It must give the scan exactly what the scan would have found, never use a result
for a path that is no longer a plain file, never block on a FIFO, and never outlive the audit, whatever
stops it."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from auditor.scan import early, scan
from auditor.target.directory import DirectoryTarget
from conftest import SAMPLEDESK, copy_sample, invoke

from .helpers import add_many_files, children, entries_of


def _finished(hashes: early.EarlyHashes, timeout: float = 10.0) -> None:
    """Wait until the early process has walked the whole tree (it exits by itself then)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        pid, _ = os.waitpid(hashes.pid, os.WNOHANG)
        if pid:
            hashes.pid = None
            return
        time.sleep(0.01)
    raise AssertionError("the early process did not finish")


def test_the_scan_with_early_results_is_the_scan_without(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-vendor", tmp_path)
    with DirectoryTarget(str(tree)) as target:
        plain = scan(target)
        hashes = early.EarlyHashes(target)
        _finished(hashes)
        got = hashes.stop()
        files = {p for p, e in plain.entries.items() if e.type == "file"}
        assert set(got) == files                  # every plain file, nothing else (no dir, no link)
        again = scan(target, prehashed=got)
    assert entries_of(again) == entries_of(plain)
    assert again.problems == plain.problems


def test_a_result_is_used_only_for_a_path_still_a_plain_file(tmp_path):
    """Between the early hash and the listing a file is swapped for a link and another for a FIFO: both are
    recorded as what they are now, never with the digest of the file that was there."""
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    link, fifo = "Kernel/System/Ticket.pm", "RELEASE"
    with DirectoryTarget(str(tree)) as target:
        hashes = early.EarlyHashes(target)
        _finished(hashes)
        got = hashes.stop()
        assert got[link][1] is not None and got[fifo][1] is not None
        (tree / link).unlink()
        (tree / link).symlink_to("Ticket.pm.orig")
        (tree / fifo).unlink()
        os.mkfifo(tree / fifo)
        snap = scan(target, prehashed=got)
    assert snap.entries[link].type == "symlink" and snap.entries[link].sha256 is None
    assert snap.entries[fifo].type == "fifo" and snap.entries[fifo].sha256 is None


def test_a_fifo_never_blocks_the_early_process(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    os.mkfifo(tree / "Kernel" / "a-fifo")
    with DirectoryTarget(str(tree)) as target:
        hashes = early.EarlyHashes(target)
        _finished(hashes)                         # it walked past the FIFO to the end
        got = hashes.stop()
    assert "Kernel/a-fifo" not in got and "RELEASE" in got


def _bigger(tree: Path) -> None:
    add_many_files(tree, early.MIN_ENTRIES)


def test_only_a_tree_big_enough_gets_an_early_process(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    with DirectoryTarget(str(tree)) as target:
        assert early.start(target) is None       # a few dozen files: hashed faster than a fork
    _bigger(tree)
    with DirectoryTarget(str(tree)) as target:
        hashes = early.start(target)
        assert hashes is not None
        hashes.close()


def test_the_early_process_is_stopped_wherever_it_is_and_never_outlives_the_audit(tmp_path, monkeypatch):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    _bigger(tree)
    started = []
    real_start = early.start
    monkeypatch.setattr(early, "start", lambda *a, **k: started.append(real_start(*a, **k)) or started[-1])
    before = children()
    with DirectoryTarget(str(tree)) as target:
        hashes = early.EarlyHashes(target)
        assert hashes.pid in children()
        hashes.stop()                             # at once: whatever it finished, and it is gone
        assert children() == before
    # an audit that fails after it started (a bad advisory feed is read after the fork) leaves none behind
    bad = tmp_path / "feed.yaml"
    bad.write_text("format_version: 1\nadvisories: [{id: X}]\n")
    run = invoke("audit", tree, "-b", SAMPLEDESK, "--advisories", bad)
    assert run.code == 2 and run.stderr.count("\n") == 1, run
    assert started[-1] is not None and children() == before
    # and an audit that succeeds: the same report as with hashing by threads alone (no early process)
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert invoke("audit", tree, "-b", SAMPLEDESK, "-f", "json", "-o", out1).code == 0
    assert invoke("audit", tree, "-b", SAMPLEDESK, "-f", "json", "-o", out2,
                  env={"AUDITOR_HASH_WORKERS": "threads"}).code == 0
    assert json.loads(out1.read_text()) == json.loads(out2.read_text())
    assert started[-2] is not None and started[-1] is None      # threads alone: no early process
    assert children() == before


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.parametrize("how", ["target", "path"])
def test_an_audit_killed_outright_takes_its_early_process_along(tmp_path, how):
    """SIGKILL gives the audit no chance to stop its early process: the kernel ends it with its parent
    (PR_SET_PDEATHSIG). Its tree holds a 64 GiB sparse file, a minute of hashing, so it would still run."""
    import subprocess
    import sys
    tree = tmp_path / "t"
    tree.mkdir()
    with open(tree / "big.bin", "wb") as fh:
        fh.truncate(64 << 30)
    script = ("import sys, time\n"
              "from auditor.scan import early\n"
              "from auditor.target.directory import DirectoryTarget\n"
              + (f"e = early.EarlyHashes(DirectoryTarget({str(tree)!r}))\n" if how == "target" else
                 f"e = early.EarlyHashes(path={str(tree)!r}, started_ns=0)\n") +
              "print(e.pid, flush=True)\n"
              "time.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              cwd=Path(early.__file__).parents[2])
    child = int(parent.stdout.readline())
    time.sleep(0.3)
    assert _alive(child)                          # hashing the big file
    parent.kill()
    parent.wait()
    end = time.monotonic() + 3
    while _alive(child) and time.monotonic() < end:
        time.sleep(0.05)
    assert not _alive(child)


def test_a_listing_of_the_root_is_whole_while_another_reads_the_same_open_directory(tmp_path):
    """An early process forked with the target shares its root descriptor's open file, and with it the
    position of a directory read. A listing that read the root through a copy of that descriptor (dup) saw
    nothing when the other had just read to the end: the scan, now and then, found an empty tree and the
    audit identified nothing (CI, stop 36). Here the other reader is left at the end deterministically."""
    tree = copy_sample("sampledesk-7.0.3-vendor", tmp_path)
    top = sorted(p.name for p in tree.iterdir())
    with DirectoryTarget(str(tree)) as target:
        alone = [m if m.__class__ is str else m.path for m in target.members(plain=True)]
        other = os.scandir(target.fd)        # another reader of the same open file (a forked child, say)
        try:
            assert next(other).name in top      # one read of the directory took it all: its position is the end
            during = [m if m.__class__ is str else m.path for m in target.members(plain=True)]
            listed = sorted(de.name for de, _ in target.listing(""))
            assert early._at_least(target, len(alone))
        finally:
            other.close()
    assert during == alone and listed == top and len(alone) > len(top)
