"""Fleet runs under hostile input (issue 24): outputs that would land on evidence or inputs, a target
that would take forever, Ctrl-C, absurd numbers on the command line."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SAMPLEDESK, SAMPLES

from . import make
from .helpers import expect_error

pytest.importorskip("distributed")


def _genuine(dest) -> str:
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", dest, symlinks=True)
    return str(dest)


def test_per_target_reports_never_land_inside_a_target(tmp_path):
    """``fleet o/targets -d o``: the per-target reports would go to o/targets/ — inside the target."""
    target = _genuine(tmp_path / "o" / "targets")
    before = make.tree_fingerprint(tmp_path / "o" / "targets")
    expect_error("fleet", target, "-b", SAMPLEDESK, "-d", tmp_path / "o", "--shard", "1/1",
                 match=r"--output-dir \(targets/00000-targets\.json\) .*refused: it would write inside the target")
    assert make.tree_fingerprint(tmp_path / "o" / "targets") == before


def test_a_target_archive_named_like_a_fleet_output_is_never_overwritten(tmp_path):
    import tarfile
    archive = tmp_path / "o2" / "fleet.html"
    archive.parent.mkdir()
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(SAMPLES / "sampledesk-7.0.3-genuine", arcname="desk")
    before = archive.read_bytes()
    expect_error("fleet", archive, "-b", SAMPLEDESK, "-d", archive.parent, "--shard", "1/1",
                 match=r"--output-dir fleet\.html .*refused: it would write onto the target")
    assert archive.read_bytes() == before


def test_fleet_outputs_never_land_in_the_advisory_feed_directory(tmp_path):
    target = _genuine(tmp_path / "desk")
    feeds = tmp_path / "adv"
    feeds.mkdir()
    shutil.copy(ROOT / "auditor" / "advisories" / "sampledesk.yaml", feeds / "extra.yaml")
    expect_error("fleet", target, "-b", SAMPLEDESK, "--advisories", feeds, "-d", feeds, "--shard", "1/1",
                 match=r"--output-dir .*fleet\.json: refused: it would write inside the advisory feed")
    assert sorted(p.name for p in feeds.iterdir()) == ["extra.yaml"]


def test_shard_numbers_of_5000_digits_are_one_line(tmp_path):
    expect_error("fleet", tmp_path, "-b", SAMPLEDESK, "--shard", "1/" + "9" * 5000,
                 match=r"--shard '1/9{10}.*': expected I/N with 1 <= I <= N")


def _slow_target(dest) -> str:
    """A genuine install with a 40 GB sparse file: hashing it takes far longer than the tests' timeout."""
    path = _genuine(dest)
    os.makedirs(os.path.join(path, "doc"), exist_ok=True)
    with open(os.path.join(path, "doc", "huge.bin"), "wb") as fh:
        fh.truncate(40 << 30)
    return path


def test_a_target_that_would_take_too_long_is_its_error_entry(tmp_path):
    slow, fine = _slow_target(tmp_path / "slow"), _genuine(tmp_path / "fine")
    proc = subprocess.run([sys.executable, "-m", "auditor", "fleet", slow, fine, "-b", str(SAMPLEDESK), "--workers",
                           "1", "--timeout", "2", "-f", "json", "--no-progress"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 1, proc.stderr
    by_path = {t["path"]: t for t in json.loads(proc.stdout)["targets"]}
    assert by_path[fine]["status"] == "ok" and by_path[fine]["result"] == "pass"
    assert by_path[slow]["status"] == "error"
    assert by_path[slow]["error"] == "timed out after 2 s (--timeout): the audit of this target was stopped"


@pytest.mark.parametrize("after", [0.5, 3.0])
def test_ctrl_c_ends_the_fleet_with_one_line(tmp_path, after):
    """Ctrl-C reaches the whole foreground process group: the run ends with exit 130 and one line, no worker
    traceback, whenever it comes (while the cluster starts, or while targets are audited), and no worker is
    left behind."""
    targets = [_slow_target(tmp_path / f"s{i}") for i in range(3)]
    before = _workers()
    # as a terminal's foreground job: Ctrl-C at its default (a suite started in the background, as `cmd &` in a
    # script, passes SIGINT on ignored, and a process that inherits it ignored rightly keeps it so)
    p = subprocess.Popen([sys.executable, "-m", "auditor", "fleet", *targets, "-b", str(SAMPLEDESK), "--workers", "1",
                          "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                         start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(after)
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 130, err
    assert err.strip().splitlines() == ["auditor: interrupted"], err
    deadline = time.monotonic() + 30
    while _workers() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _workers() - before


def _workers() -> set[int]:
    """Process ids of dask workers on this machine."""
    out = subprocess.run(["pgrep", "-f", "distributed.cli.dask_worker"], capture_output=True, text=True).stdout
    return {int(x) for x in out.split()}
