"""Data loss and escape through outputs: no output option writes into or onto the evidence, a
baseline, or an input file; refusals come before any work; writes are atomic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, invoke

from . import make
from .helpers import check_run, expect_error

FORMATS = ("text", "json", "html", "sarif", "junit", "markdown")


def _unchanged(path: Path, before) -> None:
    assert make.tree_fingerprint(path) == before, f"{path} was modified"


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_format_inside_the_tree_is_refused(tiny, tiny_baselines, fmt):
    before = make.tree_fingerprint(tiny)
    expect_error("audit", tiny, "-b", tiny_baselines, f"--output-{fmt}", tiny / f"report.{fmt}",
                 match=rf"--output-{fmt} .*refused: it would write inside the audited target")
    _unchanged(tiny, before)


def test_main_output_inside_the_tree_is_refused(tiny, tiny_baselines):
    before = make.tree_fingerprint(tiny)
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", tiny / "app" / "report.json",
                 match=r"--output .*refused: it would write inside the audited target")
    _unchanged(tiny, before)


def test_output_in_a_new_directory_inside_the_tree_creates_nothing(tiny, tiny_baselines):
    before = make.tree_fingerprint(tiny)
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", tiny / "new" / "deeper" / "r.json",
                 match=r"refused: it would write inside the audited target")
    assert not (tiny / "new").exists()
    _unchanged(tiny, before)


def test_output_onto_the_target_directory_itself(tiny, tiny_baselines):
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", tiny,
                 match=r"refused: it would write onto the audited target")


def test_output_through_a_dotdot_path_that_lands_in_the_tree(tiny, tiny_baselines):
    before = make.tree_fingerprint(tiny)
    sneaky = tiny.parent / "elsewhere" / ".." / "tiny" / "r.json"
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", sneaky, match=r"refused: it would write inside")
    _unchanged(tiny, before)


def test_output_onto_the_target_archive(tmp_path, tiny_baselines):
    archive = make.write(tmp_path / "install.tar", make.tiny_tar_bytes())
    before = make.tree_fingerprint(archive)
    expect_error("audit", archive, "-b", tiny_baselines, "-o", archive,
                 match=r"refused: it would write onto the audited target")
    _unchanged(archive, before)


def test_output_through_a_symlink_planted_in_the_tree(tmp_path, tiny, tiny_baselines):
    """A link in the tree to a file outside it: writing the report through it would overwrite the
    outside file (and the link is evidence)."""
    victim = make.write(tmp_path / "outside" / "precious.txt", b"keep me\n")
    (tiny / "report.json").symlink_to(victim)
    before = make.tree_fingerprint(tiny)
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", tiny / "report.json", match=r"refused")
    assert victim.read_bytes() == b"keep me\n"
    _unchanged(tiny, before)


def test_output_under_a_directory_symlink_planted_in_the_tree(tmp_path, tiny, tiny_baselines):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tiny / "reports").symlink_to(outside, target_is_directory=True)
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", tiny / "reports" / "r.json", match=r"refused")
    assert list(outside.iterdir()) == []


def test_output_onto_a_baseline_file(tiny, tiny_baselines):
    baseline = tiny_baselines / "tiny" / "1.0.0.yaml"
    before = make.tree_fingerprint(baseline)
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", baseline,
                 match=r"refused: it would write inside the baselines directory")
    _unchanged(baseline, before)


def test_output_into_the_baselines_directory(tiny, tiny_baselines):
    expect_error("audit", tiny, "-b", tiny_baselines, "--output-html", tiny_baselines / "report.html",
                 match=r"refused: it would write inside the baselines directory")
    assert not (tiny_baselines / "report.html").exists()


@pytest.mark.parametrize("option,name", [("--waivers", "waivers.yaml"), ("--allowlist", "hosts.txt"),
                                         ("--advisories", "feed.yaml"), ("--profile", "profile.yaml")])
def test_output_onto_an_input_file(tmp_path, tiny, tiny_baselines, option, name):
    src = {"waivers.yaml": b"format_version: 1\nwaivers: []\n", "hosts.txt": b"example.org\n",
           "feed.yaml": b"format_version: 1\nadvisories: []\n",
           "profile.yaml": (ROOT / "auditor" / "profiles" / "generic.yaml").read_bytes()}[name]
    f = make.write(tmp_path / name, src)
    expect_error("audit", tiny, "-b", tiny_baselines, option, f, "-o", f, match=r"refused: it would write onto")
    assert f.read_bytes() == src


def test_two_outputs_on_one_file_are_refused(tmp_path, tiny, tiny_baselines):
    out = tmp_path / "r.out"
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", out, "--output-html", out, match=r"the same file as")
    assert not out.exists()


def test_output_checks_come_before_the_scan(tmp_path, tiny_baselines):
    """A refused output fails at once, even when the target could not even be read."""
    missing = tmp_path / "nothing-here"
    missing.mkdir()
    expect_error("audit", missing, "-b", tiny_baselines, "-o", missing / "r.json", match=r"refused")


def test_render_onto_its_own_input(tmp_path, tiny, tiny_baselines):
    saved = tmp_path / "r.json"
    run = check_run(invoke("audit", tiny, "-b", tiny_baselines, "-f", "json", "-o", saved), 0)
    before = saved.read_bytes()
    expect_error("render", saved, "-f", "text", "-o", saved, match=r"refused: it would write onto the report")
    assert saved.read_bytes() == before and run.stdout == ""


def test_output_is_a_directory(tmp_path, tiny, tiny_baselines):
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", tmp_path, match=r"is a directory")


def test_output_onto_a_fifo_is_refused_without_blocking(tmp_path, tiny, tiny_baselines):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    expect_error("audit", tiny, "-b", tiny_baselines, "-o", fifo, match=r"is a FIFO \(refused: the write would block")


def test_output_link_outside_the_tree_is_replaced_not_followed(tmp_path, tiny, tiny_baselines):
    victim = make.write(tmp_path / "victim.txt", b"keep\n")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    check_run(invoke("audit", tiny, "-b", tiny_baselines, "-f", "json", "-o", link), 0)
    assert victim.read_bytes() == b"keep\n"
    assert not link.is_symlink() and json.loads(link.read_text())["identified_version"] == "1.0.0"


@pytest.mark.parametrize("option,value,match", [
    ("-V", "../../escaped", r"version '\.\./\.\./escaped' cannot name a baseline file"),
    ("-V", "1.0/../../x", r"cannot name a baseline file"),
    ("-p", "../evil", r"product '\.\./evil' cannot name a baseline file"),
    ("-V", "9" * 70, r"longer than 64|more than 64 characters|more than 18 digits"),
])
def test_baseline_names_cannot_leave_the_baselines_directory(tmp_path, tiny, option, value, match):
    args = {"-p": "tiny", "-V": "1.0.0"}
    args[option] = value
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        expect_error("baseline", "build", tiny, "-p", args["-p"], "-V", args["-V"], match=match)
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiny"]


def test_baseline_output_inside_its_source_is_refused(tiny):
    before = make.tree_fingerprint(tiny)
    expect_error("baseline", "build", tiny, "-p", "tiny", "-V", "1.0.0", "-o", tiny / "b.yaml",
                 match=r"refused: it would write inside the source of the baseline")
    _unchanged(tiny, before)


def test_baseline_output_onto_its_source_archive(tmp_path):
    archive = make.write(tmp_path / "tiny.tar.gz", make.compress(make.tiny_tar_bytes(), "gz"))
    before = make.tree_fingerprint(archive)
    expect_error("baseline", "build", archive, "-p", "tiny", "-V", "1.0.0", "-o", archive,
                 match=r"refused: it would write onto the source")
    _unchanged(archive, before)


def test_from_git_out_dir_inside_the_git_directory_is_refused(tmp_path):
    repo = make.git_repo(tmp_path / "repo")
    expect_error("baseline", "from-git", repo, "-p", "tiny", "--out-dir", repo / ".git" / "baselines",
                 match=r"refused: it would write inside the git directory")
    assert not (repo / ".git" / "baselines").exists()


def test_concurrent_audits_on_one_output_never_leave_a_partial_report(tmp_path, tiny, tiny_baselines):
    """Two audits write the same report over and over while a reader reads it: every read is a whole
    JSON document (atomic rename), never half of one."""
    out = tmp_path / "shared.json"
    script = ("import sys\nfrom auditor.cli import main\n"
              "for _ in range(4):\n"
              "    try:\n        main(sys.argv[1:])\n    except SystemExit:\n        pass\n")
    args = [sys.executable, "-c", script, "audit", str(tiny), "-b", str(tiny_baselines), "-f", "json", "-o", str(out)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    bad: list[str] = []
    reads = [0]
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                text = out.read_text()
            except FileNotFoundError:
                continue
            reads[0] += 1
            try:
                json.loads(text)
            except ValueError:
                bad.append(text[-80:])
    t = threading.Thread(target=reader)
    t.start()
    procs = [subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    stop.set()
    t.join()
    assert all(p.returncode == 0 for p in procs), errs
    assert reads[0] > 0 and bad == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".shared")] == []   # no temporary left


@pytest.mark.parametrize("damage", ["directory-beyond-the-end", "zip64-without-its-records"])
def test_a_planted_content_pack_that_lies_about_its_directory_is_one_line_and_left_as_it_was(tmp_path, tiny,
                                                                                             damage):
    """A content pack is added to in place of a copy (auditor.baseline.packzip follows its end records): one
    whose end record points past the file, or claims ZIP64 records that are not there, is refused with one
    line naming it, the planted file untouched and no temporary copy left beside it."""
    import zipfile
    out = tmp_path / "out" / "tiny"
    out.mkdir(parents=True)
    pack = out / "content.zip"
    with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("0" * 64, b"planted\n")
    raw = bytearray(pack.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    if damage == "directory-beyond-the-end":
        raw[end + 16:end + 20] = (len(raw) + 100).to_bytes(4, "little")
    else:
        raw[end + 8:end + 12] = b"\xff\xff\xff\xff"          # entries on this disk / in all: "see ZIP64"
    pack.write_bytes(bytes(raw))
    with zipfile.ZipFile(pack) as z:             # what zipfile makes of it decides the path taken
        listed = z.namelist()
    assert listed == ["0" * 64]
    before = pack.read_bytes()
    expect_error("baseline", "build", tiny, "-p", "tiny", "-V", "1.0.0", "-o", out / "1.0.0.yaml", "--content",
                 match=r"content\.zip: cannot add to this content pack")
    assert pack.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["content.zip"]
