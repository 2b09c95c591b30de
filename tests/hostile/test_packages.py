"""Hostile add-on packages: a .sopm in a repository and a built .opm are evidence read from outside
(auditor/knowledge/package.py): no entity, no DTD, no path out of the installation, bounded depth."""

from __future__ import annotations

import base64
import os
import subprocess
from pathlib import Path

import pytest

from .helpers import check_run, expect_error, limited
from conftest import invoke

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'


def _package(files: str, extra_head: str = "", name: str = "Evil") -> str:
    return (HEAD + extra_head + f"<otrs_package version=\"1.0\"><Name>{name}</Name><Version>1.0.1</Version>"
            f"<Framework>7.0.x</Framework><Vendor>x</Vendor><Filelist>{files}</Filelist></otrs_package>\n")


def _repo(tmp_path: Path, sopm: str, files: dict[str, str] | None = None) -> Path:
    repo = tmp_path / "addon"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], check=True)
    (repo / "Evil.sopm").write_text(sopm)
    for loc, text in (files if files is not None else {"Kernel/Evil.pm": "1;\n"}).items():
        (repo / loc).parent.mkdir(parents=True, exist_ok=True)
        (repo / loc).write_text(text)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "r"], check=True)
    subprocess.run([*git, "tag", "rel-1_0_1"], check=True)
    return repo


LAUGHS = ('<!DOCTYPE otrs_package [<!ENTITY a "aaaaaaaaaa">' +
          "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>\n")


@pytest.mark.parametrize("case, sopm, match", [
    ("billion laughs", _package('<File Permission="660" Location="Kernel/Evil.pm"/>', LAUGHS).replace(
        "<Vendor>x</Vendor>", "<Vendor>&j;</Vendor>"), r"refused package XML"),
    ("external entity", _package('<File Permission="660" Location="Kernel/Evil.pm"/>',
                                 '<!DOCTYPE otrs_package [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n').replace(
        "<Vendor>x</Vendor>", "<Vendor>&x;</Vendor>"), r"refused package XML"),
    ("climbing out", _package('<File Permission="660" Location="../../../etc/cron.d/evil"/>'),
     r"'\.\./\.\./\.\./etc/cron\.d/evil', which is not a relative path inside the installation"),
    ("absolute", _package('<File Permission="660" Location="/etc/cron.d/evil"/>'),
     r"'/etc/cron\.d/evil', which is not a relative path inside the installation"),
    ("not octal", _package('<File Permission="999" Location="Kernel/Evil.pm"/>'), r"Permission '999' is not an octal"),
    ("listed, not there", _package('<File Permission="660" Location="Kernel/Missing.pm"/>'),
     r"the package's Filelist names 1 file\(s\) this release does not hold \(e\.g\. Kernel/Missing\.pm\)"),
    ("no files", _package(""), r"lists no file"),
    ("name that is a path", _package('<File Permission="660" Location="Kernel/Evil.pm"/>', name="../x"),
     r"no usable <Name>"),
    ("not a package", HEAD + "<otrs_config version=\"2.0\"/>\n", r"expected <otrs_package>"),
])
def test_hostile_package_manifests_refuse_the_build(tmp_path, case, sopm, match):
    repo = _repo(tmp_path, sopm)
    out = tmp_path / "out"
    expect_error("baseline", "from-git", repo, "--product", "auto", "--out-dir", out, match=match)
    assert not out.exists() or not any(p.suffix == ".yaml" for p in out.rglob("*"))


@pytest.mark.parametrize("sopm, match", [
    (_package('<File Permission="660" Location="Kernel/Evil.pm"/>', LAUGHS).replace("<Vendor>x</Vendor>",
                                                                                   "<Vendor>&j;</Vendor>"),
     r"refused package XML"),
    (_package('<File Permission="660" Location="../../../etc/cron.d/evil"/>'), r"not a relative path inside"),
])
def test_hostile_manifests_refuse_a_parallel_build_the_same_way(tmp_path, sopm, match):
    """In worker processes (--jobs 2, two tags): the same one line, nothing written, no work directory left."""
    repo = _repo(tmp_path, sopm)
    subprocess.run(["git", "-C", str(repo), "tag", "rel-1_0_2"], check=True)
    out = tmp_path / "out"
    one = expect_error("baseline", "from-git", repo, "--product", "auto", "--out-dir", out, "--jobs", "1", match=match)
    two = expect_error("baseline", "from-git", repo, "--product", "auto", "--out-dir", out, "--jobs", "2", match=match)
    assert two == one
    assert not out.exists() or not [p for p in out.rglob("*") if p.suffix == ".yaml" or p.name.startswith(".from-git")]


def _opm(path: Path, files: str, extra_head: str = "") -> Path:
    path.write_text(_package(files, extra_head))
    return path


def test_hostile_package_files_refuse_the_import(tmp_path):
    good = base64.b64encode(b"1;\n").decode()
    cases = {
        "laughs.opm": (_opm(tmp_path / "laughs.opm", f'<File Location="Kernel/E.pm" Encode="Base64">{good}</File>',
                            LAUGHS), r"refused package XML"),
        "b64.opm": (_opm(tmp_path / "b64.opm", '<File Location="Kernel/E.pm" Encode="Base64">!!notbase64!!</File>'),
                    r"Kernel/E\.pm: its Base64 content does not decode"),
        "climb.opm": (_opm(tmp_path / "climb.opm", f'<File Location="a/../../x" Encode="Base64">{good}</File>'),
                      r"not a relative path inside the installation"),
        "encoding.opm": (_opm(tmp_path / "encoding.opm", '<File Location="Kernel/E.pm" Encode="uu">x</File>'),
                         r"unknown Encode='uu'"),
        "garbage.opm": (tmp_path / "garbage.opm", r"not a package"),
    }
    (tmp_path / "garbage.opm").write_bytes(os.urandom(4096))
    for name, (path, match) in cases.items():
        expect_error("baseline", "import", path, "-o", tmp_path / "out" / f"{name}.yaml", match=match)
    assert not (tmp_path / "out").exists()


def test_a_package_file_that_is_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "x.opm"
    os.mkfifo(fifo)
    expect_error("baseline", "import", fifo, "-o", tmp_path / "o.yaml", match=r"not a regular file")


def test_a_package_nested_200000_deep_is_refused_in_bounded_memory(tmp_path):
    depth = 200_000
    body = "<x>" * depth + "</x>" * depth
    path = tmp_path / "deep.opm"
    path.write_text(_package(f'<File Location="Kernel/E.pm" Encode="Base64">{body}</File>'))
    out = limited("baseline", "import", path, "-o", tmp_path / "o.yaml", memory=500 << 20, cpu=60)
    assert out.code == 2, out
    assert "nested deeper than 32 elements" in out.stderr


def test_a_link_in_the_filelist_is_recorded_as_a_link_never_followed(tmp_path):
    """A Filelist entry that is a symbolic link in the repository (to /etc/passwd): recorded as the link
    it is, its target never read."""
    repo = _repo(tmp_path, _package('<File Permission="660" Location="Kernel/Evil.pm"/>'
                                    '<File Permission="660" Location="Kernel/Good.pm"/>'), {"Kernel/Good.pm": "1;\n"})
    os.symlink("/etc/passwd", repo / "Kernel/Evil.pm")
    git = ["git", "-C", str(repo), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "link"], check=True)
    subprocess.run([*git, "tag", "-f", "rel-1_0_1"], check=True, capture_output=True)
    out = tmp_path / "out"
    check_run(invoke("baseline", "from-git", repo, "--product", "auto", "--out-dir", out), 0)
    from auditor.baseline.store import load
    b = load(out / "evil" / "1.0.1.yaml")
    entry = b.by_path["Kernel/Evil.pm"]
    assert (entry.type, entry.target, entry.sha256) == ("symlink", "/etc/passwd", None)


def test_an_opm_import_never_writes_onto_its_package(tmp_path):
    """Neither the baseline (--out) nor the content pack written beside it may land on the package file
    being read: both are held against it before anything is written."""
    good = base64.b64encode(b"1;\n").decode()
    body = f'<File Location="Kernel/E.pm" Permission="660" Encode="Base64">{good}</File>'
    opm = _opm(tmp_path / "Evil-1.0.1.opm", body)
    before = opm.read_bytes()
    expect_error("baseline", "import", opm, "-o", opm, match=r"Evil-1\.0\.1\.opm")
    # a package that sits where the content pack would go (named content.zip beside the baseline)
    packed = tmp_path / "b" / "evil" / "content.zip"
    packed.parent.mkdir(parents=True)
    packed.write_bytes(before)
    expect_error("baseline", "import", packed, "--kind", "opm", "-o", packed.parent / "1.0.1.yaml",
                 match=r"content pack")
    assert opm.read_bytes() == before and packed.read_bytes() == before
    assert not (packed.parent / "1.0.1.yaml").exists()
