"""Hostile directory trees: links out, loops, special files, names made to fool a terminal or a
reviewer, depth beyond PATH_MAX, files that change while they are read, directories swapped for
links in the middle of a scan, unreadable parts. Every case: the exact finding, the tree unchanged."""

from __future__ import annotations

import errno
import os
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT

from . import make
from .helpers import audit, check_run, expect_error, expect_findings, findings_of


def _audit_unchanged(tree: Path, baselines: Path, expected: set, *extra, code: int = 1, exact: bool = True):
    """Audit with --fail-on info (any finding fails: the exit code says whether there are findings)."""
    before = make.tree_fingerprint(tree)
    report = expect_findings(tree, baselines, expected, "--fail-on", "info", *extra, code=code, exact=exact)
    assert make.tree_fingerprint(tree) == before
    return report


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../etc/passwd", "../..", "/", "../app/../../x"])
def test_link_out_of_the_tree(tiny, tiny_baselines, target):
    (tiny / "app" / "evil").symlink_to(target)
    report = _audit_unchanged(tiny, tiny_baselines, {("symlink-escape", "app/evil"), ("added-file", "app/evil")})
    f = next(x for x in report["findings"] if x["category"] == "symlink-escape")
    assert f["evidence"]["actual"]["target"] == target


def test_replacing_a_release_file_by_a_link_out(tiny, tiny_baselines):
    (tiny / "app" / "util.py").unlink()
    (tiny / "app" / "util.py").symlink_to("/etc/hostname")
    _audit_unchanged(tiny, tiny_baselines, {("symlink-escape", "app/util.py"), ("changed-type", "app/util.py")})


@pytest.mark.parametrize("links", [{"a": "b", "b": "a"}, {"a": "a"}, {"a": "b", "b": "c", "c": "a"},
                                   {"a": "d/a", "d": "."}])
def test_link_loops(tiny, tiny_baselines, links):
    for name, target in links.items():
        (tiny / "docs" / name).symlink_to(target)
    report = _audit_unchanged(tiny, tiny_baselines, set(), exact=False)
    loops = {p for c, p in findings_of(report) if c == "symlink-loop"}
    assert loops and loops <= {f"docs/{n}" for n in links}


def test_a_link_whose_target_is_huge(tiny, tiny_baselines):
    (tiny / "docs" / "long").symlink_to("x/" * 2000)
    _audit_unchanged(tiny, tiny_baselines, {("added-file", "docs/long")})


def test_fifo_is_recorded_never_opened(tiny, tiny_baselines):
    os.mkfifo(tiny / "app" / "pipe")
    _audit_unchanged(tiny, tiny_baselines, {("special-file", "app/pipe"), ("added-file", "app/pipe")})


def test_fifo_in_place_of_a_release_file(tiny, tiny_baselines):
    (tiny / "app" / "util.py").unlink()
    os.mkfifo(tiny / "app" / "util.py")
    _audit_unchanged(tiny, tiny_baselines, {("special-file", "app/util.py"), ("changed-type", "app/util.py")})


def test_socket(tmp_path, tiny, tiny_baselines):
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(tiny / "docs" / "sock"))
        _audit_unchanged(tiny, tiny_baselines, {("special-file", "docs/sock"), ("added-file", "docs/sock")})
    finally:
        s.close()


def test_device_node(tiny, tiny_baselines):
    try:
        os.mknod(tiny / "docs" / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("no CAP_MKNOD here: a device node cannot be created")
    _audit_unchanged(tiny, tiny_baselines, {("special-file", "docs/null"), ("added-file", "docs/null")})


@pytest.mark.parametrize("name,shown", [
    (b"caf\xe9.txt", "caf\\xe9.txt"),
    (b"\x1b[31mred\x1b[0m.txt", "\\x1b[31mred\\x1b[0m.txt"),
    (b"line\nbreak.txt", "line\\x0abreak.txt"),
    ("evil\u202etxt.exe".encode(), "evil\\xe2\\x80\\xaetxt.exe"),
    (b"tab\there", "tab\\x09here"),
    (b"back\\slash", "back\\\\slash"),
])
def test_names_that_would_fool_a_terminal(tiny, tiny_baselines, name, shown):
    """Undecodable bytes, escape sequences, line breaks and bidi overrides in names: the JSON path
    shows them escaped, and no text output carries the raw character to a terminal."""
    os.makedirs(tiny / "docs", exist_ok=True)
    with open(os.path.join(os.fsencode(tiny / "docs"), name), "wb") as fh:
        fh.write(b"x")
    report = _audit_unchanged(tiny, tiny_baselines, {("added-file", f"docs/{shown}")})
    assert report["findings"][0]["path"] == f"docs/{shown}"
    for fmt in ("text", "markdown", "html", "junit"):
        run, _ = audit(tiny, tiny_baselines, "--fail-on", "info", fmt=fmt, code=1)
        raw = name.decode("utf-8", "surrogateescape")
        assert raw not in run.stdout
        for ch in raw:
            if not ch.isprintable() and ch not in "\n\t":
                assert ch not in run.stdout, (fmt, ch)
        if fmt == "text":
            assert shown in run.stdout


def test_longest_name(tiny, tiny_baselines):
    name = "n" * 255
    (tiny / "docs" / name).write_bytes(b"x")
    _audit_unchanged(tiny, tiny_baselines, {("added-file", f"docs/{name}")})


def test_depth_beyond_path_max(tiny, tiny_baselines):
    """400 levels of 20-character names: 8,400 bytes of path, twice PATH_MAX; read component by
    component from directory descriptors."""
    fd = os.open(tiny / "docs", os.O_RDONLY)
    rel = ["docs"]
    try:
        for _ in range(400):
            os.mkdir("d" * 20, dir_fd=fd)
            nfd = os.open("d" * 20, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
            rel.append("d" * 20)
        f = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(f, b"deep\n")
        os.close(f)
    finally:
        os.close(fd)
    path = "/".join(rel + ["deep.txt"])
    assert len(path) > 4096
    _, report = audit(tiny, tiny_baselines, "--fail-on", "info", code=1)
    assert findings_of(report) == {("added-file", path)}
    shutil.rmtree(tiny / "docs" / ("d" * 20), ignore_errors=True)


def test_many_entries_in_one_directory(tiny, tiny_baselines):
    for i in range(5000):
        (tiny / "docs" / f"f{i:05d}").write_bytes(b"")
    _, report = audit(tiny, tiny_baselines, "--fail-on", "info", code=1)
    added = {p for c, p in findings_of(report) if c == "added-file"}
    assert len(added) == 5000 and "docs/f04999" in added


def test_empty_directory_target(tmp_path, tiny_baselines):
    empty = tmp_path / "empty"
    empty.mkdir()
    _, report = audit(empty, tiny_baselines, code=1)
    assert ("unidentified-release", None) in findings_of(report)


def _without_root_privilege():
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and util-linux setpriv is not installed: cannot make a file unreadable")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_file_and_directory(tiny, tiny_baselines):
    prefix = _without_root_privilege()
    os.chmod(tiny / "app" / "util.py", 0)
    os.chmod(tiny / "docs", 0)
    try:
        proc = subprocess.run([*prefix, sys.executable, "-m", "auditor", "audit", str(tiny), "-b", str(tiny_baselines),
                               "-f", "json", "--fail-on", "info"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    finally:
        os.chmod(tiny / "app" / "util.py", 0o644)
        os.chmod(tiny / "docs", 0o755)
    assert proc.returncode == 1, proc.stderr
    import json
    report = json.loads(proc.stdout)
    assert findings_of(report) == {("unreadable", "app/util.py"), ("unreadable", "docs")}


def test_root_climbing_out_of_a_directory_target(tiny, tiny_baselines):
    expect_error("audit", tiny, "-b", tiny_baselines, "--root", "../..", match=r"--root '\.\./\.\.': must be a relative")


def test_root_through_a_link_is_not_followed(tmp_path, tiny, tiny_baselines):
    (tmp_path / "wrapper").mkdir()
    (tmp_path / "wrapper" / "app").symlink_to(tiny, target_is_directory=True)
    expect_error("audit", tmp_path / "wrapper", "-b", tiny_baselines, "--root", "app",
                 match=r"--root app: a symbolic link on the way \(not followed\)")


def test_root_that_does_not_exist(tiny, tiny_baselines):
    expect_error("audit", tiny, "-b", tiny_baselines, "--root", "nope", match=r"--root nope: No such file")


def test_a_file_growing_while_it_is_hashed_is_reported_not_read_forever(tiny, tiny_baselines):
    """A writer keeps appending to a release-sized file while the audit (a subprocess) runs: the file
    is read up to the size fstat gave at open, and reported as changed while read."""
    grow = tiny / "docs" / "growing.log"
    grow.write_bytes(b"x" * (8 << 20))
    stop = threading.Event()

    def writer():
        fd = os.open(grow, os.O_WRONLY | os.O_APPEND)
        try:
            written = 0
            while not stop.is_set() and written < (64 << 20):
                written += os.write(fd, b"y" * 4096)
                time.sleep(0.0003)
        finally:
            os.close(fd)
    t = threading.Thread(target=writer)
    t.start()
    try:
        proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(tiny), "-b", str(tiny_baselines), "-f",
                               "json", "--fail-on", "info"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    finally:
        stop.set()
        t.join()
    assert proc.returncode == 1, proc.stderr
    import json
    report = json.loads(proc.stdout)
    got = {(f["category"], f["path"]): f for f in report["findings"]}
    assert ("unreadable", "docs/growing.log") in got, sorted(got)
    assert "changed while it was read" in got[("unreadable", "docs/growing.log")]["message"]


def test_a_directory_swapped_for_a_link_during_the_scan(tmp_path, tiny):
    """The scan lists app/, then app/ is swapped for a link to a directory outside holding other
    content under the same names: reading app/util.py must fail, never read the outside file."""
    from auditor.target.directory import DirectoryTarget
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "util.py").write_bytes(b"SECRET = 'outside'\n")
    target = DirectoryTarget(str(tiny))
    try:
        members = {m.path: m for m in target.members()}
        os.rename(tiny / "app", tmp_path / "app-moved")
        (tiny / "app").symlink_to(outside, target_is_directory=True)
        with pytest.raises(OSError) as exc:
            target.hash(members["app/util.py"])
        assert exc.value.errno == errno.ELOOP
        with pytest.raises(OSError):
            target.open(members["app/util.py"])
    finally:
        target.close()


def test_a_file_swapped_for_a_fifo_after_listing(tmp_path, tiny):
    from auditor.target.directory import DirectoryTarget
    target = DirectoryTarget(str(tiny))
    try:
        members = {m.path: m for m in target.members()}
        (tiny / "app" / "util.py").unlink()
        os.mkfifo(tiny / "app" / "util.py")
        with pytest.raises(OSError, match="not a regular file any more"):
            target.hash(members["app/util.py"])
    finally:
        target.close()


def test_directory_atimes_are_left_alone(tiny, tiny_baselines):
    """Listing and reading use O_NOATIME where permitted: access times are evidence too."""
    old = time.time() - 3 * 86400
    paths = [tiny, tiny / "app", tiny / "docs", tiny / "app" / "util.py"]
    for p in paths:
        os.utime(p, (old, os.stat(p).st_mtime))
    check_run(audit(tiny, tiny_baselines)[0], 0)
    assert [round(os.stat(p).st_atime) for p in paths] == [round(old)] * len(paths)


def test_world_writable_and_setuid_files_are_raised(tiny, tiny_baselines):
    os.chmod(tiny / "app" / "util.py", 0o666)
    os.chmod(tiny / "bin" / "run.sh", 0o4755)
    report = expect_findings(tiny, tiny_baselines, {("changed-permissions", "app/util.py"),
                                                    ("changed-permissions", "bin/run.sh")}, exact=True)
    sev = {f["path"]: f["severity"] for f in report["findings"]}
    assert sev == {"app/util.py": "high", "bin/run.sh": "high"}


def test_link_escaping_through_another_link(tiny, tiny_baselines):
    """docs/up -> .. stays inside; docs/x -> up/.. climbs out through it (lexically it looks inside)."""
    (tiny / "docs" / "up").symlink_to("..")
    (tiny / "docs" / "x").symlink_to("up/..")
    _audit_unchanged(tiny, tiny_baselines, {("symlink-escape", "docs/x"), ("added-file", "docs/x"),
                                            ("added-file", "docs/up")})


def test_a_link_mode_is_not_a_risky_mode(tiny, tiny_baselines):
    """Linux gives every link mode 0777: an added link is an added path, not a world-writable file."""
    (tiny / "docs" / "readme").symlink_to("README.txt")
    report = _audit_unchanged(tiny, tiny_baselines, {("added-file", "docs/readme")})
    assert report["findings"][0]["severity"] != "high" and "world-writable" not in report["findings"][0]["message"]
