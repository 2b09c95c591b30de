"""Hashing started before the command line is read in full (auditor.__main__, auditor.scan.early.prestart).

The command line is only glanced at; what is glanced at must decide nothing. These tests hold the glance's
option table to the click command, refuse every command line it cannot read plainly, and attack the
hand-over: a prestarted process is used only for the very directory the audit opened (not another one, not
one swapped in under the same name, not with --root), and never outlives the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import click
import pytest

import auditor.__main__ as entry
from auditor.cli.app import cli
from auditor.scan import early, scan
from auditor.target.directory import DirectoryTarget
from conftest import ROOT, SAMPLEDESK, copy_sample

from .helpers import add_many_files, children, entries_of


def _options(command: click.Command) -> tuple[set[str], set[str]]:
    values, flags = set(), set()
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        names = set(param.opts) | set(param.secondary_opts)
        (flags if param.is_flag or param.count else values).update(names)
    return values, flags


@pytest.mark.parametrize("name", ["audit", "identify"])
def test_the_glance_knows_every_option_of_the_command_as_click_does(name):
    values, flags = _options(cli.commands[name])
    assert values <= entry.AUDIT_VALUES, values - entry.AUDIT_VALUES
    assert flags <= entry.AUDIT_FLAGS, flags - entry.AUDIT_FLAGS
    assert not entry.AUDIT_VALUES & entry.AUDIT_FLAGS
    if name == "audit":
        assert values == entry.AUDIT_VALUES and flags == entry.AUDIT_FLAGS - {"--help", "-h"}


def test_only_a_plain_command_line_naming_a_local_directory_is_read(tmp_path):
    d, f = tmp_path / "tree", tmp_path / "file.tar"
    d.mkdir()
    f.write_bytes(b"")
    other = tmp_path / "baselines"
    other.mkdir()
    D, B = str(d), str(other)
    assert entry.audited_directory(["audit", D, "-b", B]) == D
    assert entry.audited_directory(["identify", "-b", B, D]) == D
    assert entry.audited_directory(["audit", "-b", B, "-f", "json", "--timestamps", D, "--output=x"]) == D
    assert entry.audited_directory(["audit", "-b", B, "--", D]) == D
    # the baselines directory is an option's value, never taken for the target
    assert entry.audited_directory(["audit", "-b", B]) is None
    for argv in (["audit", D, "-b", B, "--root", "x"],        # another root
                 ["audit", D, "-b", B, "--kind=archive"],      # another kind
                 ["audit", D, "-b", B, "--since", "r.json"],   # drift mode reads only what changed
                 ["audit", D, "-b", B, "--help"],
                 ["audit", D, "-b", B, "--no-such-option"],    # unknown: not guessed at
                 ["audit", D, "-bq", B],                       # short options run together
                 ["audit", D, "-b" + B],                       # a value stuck to its option
                 ["audit", D, B],                              # two positionals
                 ["audit", str(f), "-b", B],                   # not a directory
                 ["audit", f"ssh://u@h{D}", "-b", B],
                 ["-q", "audit", D, "-b", B],                  # an option before the command
                 ["fleet", D, "-b", B], [], ["audit"]):
        assert entry.audited_directory(argv) is None, argv


def _recorded() -> None:
    """Wait until the prestarted process has opened its directory and recorded its root (a loaded machine
    may take longer than any fixed pause; before that it is refused whatever the directory)."""
    end = time.monotonic() + 30
    while not early.PRESTARTED.flag[2]:
        assert time.monotonic() < end, "the prestarted process never recorded its root"
        time.sleep(0.01)


def test_a_prestarted_process_is_taken_only_for_the_very_directory_the_audit_opened(tmp_path):
    one = copy_sample("sampledesk-7.0.3-genuine", tmp_path / "a")
    two = copy_sample("sampledesk-7.0.3-vendor", tmp_path / "b")
    before = children()
    # another directory: refused, and the process is gone
    early.prestart(str(one))
    pid = early.PRESTARTED.pid
    _recorded()
    with DirectoryTarget(str(two)) as target:
        assert early.prestarted(target) is None
    assert pid not in children() and early.PRESTARTED is None
    # the same name, but the directory behind it swapped after the prestart: refused
    early.prestart(str(one))
    _recorded()
    os.rename(one, tmp_path / "a-old")
    os.rename(two, one)
    with DirectoryTarget(str(one)) as target:
        assert early.prestarted(target) is None
    # the same directory through a link: taken; through --root beneath it: refused
    link = tmp_path / "link"
    link.symlink_to(one)
    early.prestart(str(link))
    _recorded()
    with DirectoryTarget(str(one)) as target:
        hashes = early.prestarted(target)
        assert hashes is not None
        hashes.close()
    early.prestart(str(one))
    _recorded()
    with DirectoryTarget(str(one), root="Kernel") as target:
        assert early.prestarted(target) is None
    assert children() == before


def test_the_scan_beside_a_running_early_process_is_the_scan_without(tmp_path):
    """The scan meets the early process in the middle (each hashes a part); with an ignore pattern the early
    process is told to skip the ignored files; the snapshot is the one a scan alone makes."""
    from auditor.patterns import PathPatterns
    tree = copy_sample("sampledesk-7.0.3-vendor", tmp_path)
    add_many_files(tree, 1500)
    ignore = PathPatterns(["var/tmp/many/f1*"])
    with DirectoryTarget(str(tree)) as target:
        alone = scan(target, ignore)
        met = scan(target, ignore, early=early.EarlyHashes(target))
        started = early.EarlyHashes(path=str(tree), started_ns=time.time_ns())
        late = scan(target, ignore, early=started)
    assert entries_of(met) == entries_of(alone) == entries_of(late)
    assert met.ignored == alone.ignored == late.ignored > 0
    assert met.problems == alone.problems


def test_the_early_process_skips_what_the_scan_does_not_want(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    add_many_files(tree, 2000)
    with DirectoryTarget(str(tree)) as target:
        plain = [m for m in target.members(plain=True) if m.__class__ is str]
        wanted = bytearray((len(plain) + 7) // 8)
        for i, rel in enumerate(plain):
            if not rel.startswith("var/tmp/many/"):
                wanted[i >> 3] |= 1 << (i & 7)
        hashes = early.EarlyHashes(path=str(tree), started_ns=time.time_ns())
        hashes.need(bytes(wanted))          # before it has imported what it needs: it skips them all
        end = time.monotonic() + 20
        while hashes.progress() < len(plain) and time.monotonic() < end:
            time.sleep(0.01)
        got = hashes.stop()
    assert set(got) == {rel for rel in plain if not rel.startswith("var/tmp/many/")}


def _run(argv: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "auditor", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, **kw)


def test_the_command_with_a_prestart_gives_the_report_of_one_without_and_leaves_nothing_running(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-vendor", tmp_path)
    add_many_files(tree, early.MIN_ENTRIES)
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    first = _run(["audit", str(tree), "-b", str(SAMPLEDESK), "-f", "json", "-o", str(out1)])
    # the same audit through a command line the glance refuses (an option stuck to its value)
    second = _run(["audit", str(tree), f"-b{SAMPLEDESK}", "-f", "json", "-o", str(out2)])
    assert first.returncode == second.returncode == 1, first.stderr + second.stderr
    assert json.loads(out1.read_text()) == json.loads(out2.read_text())
    # a command that fails after the prestart (a bad feed): one line, exit 2, and no process left behind
    bad = tmp_path / "feed.yaml"
    bad.write_text("format_version: 1\nadvisories: [{id: X}]\n")
    script = ("import os, sys\n"
              "sys.argv = ['auditor'] + sys.argv[1:]\n"
              "import auditor.__main__ as m\n"
              "try:\n"
              "    m.main()\n"
              "finally:\n"
              "    kids = open(f'/proc/{os.getpid()}/task/{os.getpid()}/children').read().split()\n"
              "    print('children', len(kids), file=sys.stderr)\n")
    failed = subprocess.run([sys.executable, "-c", script, "audit", str(tree), "-b", str(SAMPLEDESK),
                             "--advisories", str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    lines = failed.stderr.splitlines()
    assert failed.returncode == 2 and lines[-1] == "children 0" and len(lines) == 2, failed.stderr
