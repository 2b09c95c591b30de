"""Hostile git repositories as baseline sources: tree entries git itself refuses to check out,
refs that try to climb out, links and blobs made to exhaust memory, trees nested thousands deep."""

from __future__ import annotations

import pytest

from . import make
from .helpers import check_run, expect_error, limited


def _build(repo, ref, out, *extra):
    from conftest import invoke
    return invoke("baseline", "build", repo, "--ref", ref, "-p", "tiny", "-V", "1.0.0", "-o", out, *extra)


@pytest.fixture
def repo(tmp_path):
    return make.git_repo(tmp_path / "repo")


def test_genuine_git_release(tmp_path, repo, tiny):
    make.git_commit(repo, make.git_tiny_tree(repo), "main")
    run = check_run(_build(repo, "main", tmp_path / "b" / "tiny" / "1.0.0.yaml"), 0)
    assert "6 files" in run.stderr or "6 files" in run.stdout
    # the git baseline and a directory baseline of the same release agree on every file
    from auditor.baseline.store import load
    git_b = load(tmp_path / "b" / "tiny" / "1.0.0.yaml")
    check_run(_build_dir(tiny, tmp_path / "d.yaml"), 0)
    dir_b = load(tmp_path / "d.yaml")
    assert {(e.path, e.sha256) for e in git_b.entries if e.type == "file"} == \
        {(e.path, e.sha256) for e in dir_b.entries if e.type == "file"}


def _build_dir(tree, out):
    from conftest import invoke
    return invoke("baseline", "build", tree, "-p", "tiny", "-V", "1.0.0", "-o", out)


@pytest.mark.parametrize("name,why", [
    ("..", r"\.\.: tree entry named '\.\.'"),
    (".", r"\.: tree entry named '\.'"),
    (".git", r"\.git: tree entry named '\.git'"),
    (".GIT", r"\.GIT: tree entry named '\.git'"),
    ("a/b", r"a/b: tree entry name with a path separator: 'a/b'"),
])
def test_hostile_tree_entry_names_refuse_the_build(tmp_path, repo, name, why):
    blob = make.git_blob(repo, b"payload\n")
    inner = make.git_tree(repo, [("100644", "x", blob)])
    mode = "100644" if "/" in name else "40000"
    make.git_commit(repo, make.git_tiny_tree(repo, extra=[(mode, name, blob if mode == "100644" else inner)]), "main")
    out = tmp_path / "b" / "tiny" / "1.0.0.yaml"
    expect_error("baseline", "build", repo, "--ref", "main", "-p", "tiny", "-V", "1.0.0", "-o", out,
                 match=r"cannot build a complete baseline: " + why)
    assert not out.exists()


@pytest.mark.parametrize("ref", ["HEAD:../..", "../../etc", "main:..", "--upload-pack=touch /tmp/pwned", "-h",
                                 "main@{-99}", "refs/heads/../../x", "\x1b[2J"])
def test_hostile_refs(tmp_path, repo, ref):
    make.git_commit(repo, make.git_tiny_tree(repo), "main")
    expect_error("baseline", "build", repo, "--ref", ref, "-p", "tiny", "-V", "1.0.0", "-o", tmp_path / "x.yaml",
                 match=r"no such ref or commit")
    assert not (tmp_path / "x.yaml").exists()


def test_a_link_blob_longer_than_path_max(tmp_path, repo):
    link = make.git_blob(repo, b"y" * (1 << 20))
    make.git_commit(repo, make.git_tiny_tree(repo, extra=[("120000", "longlink", link)]), "main")
    expect_error("baseline", "build", repo, "--ref", "main", "-p", "tiny", "-V", "1.0.0", "-o", tmp_path / "x.yaml",
                 match=r"longlink: symlink target of 1048576 bytes \(longer than PATH_MAX\)")


def test_a_tree_nested_1000_deep_in_bounded_time_and_memory(tmp_path, repo):
    d = make.git_tree(repo, [("100644", "leaf.txt", make.git_blob(repo, b"deep\n"))])
    for _ in range(1000):
        d = make.git_tree(repo, [("40000", "n", d)])
    make.git_commit(repo, make.git_tiny_tree(repo, extra=[("40000", "deep", d)]), "main")
    out = limited("baseline", "build", repo, "--ref", "main", "-p", "tiny", "-V", "1.0.0", "-o",
                  tmp_path / "b" / "tiny" / "1.0.0.yaml", cpu=120)
    assert out.code == 0, out
    text = (tmp_path / "b" / "tiny" / "1.0.0.yaml").read_text()
    assert "deep/" + "n/" * 1000 + "leaf.txt" in text


def test_a_submodule_entry_is_recorded_not_followed(tmp_path, repo):
    make.git_commit(repo, make.git_tiny_tree(repo, extra=[("160000", "vendor", bytes.fromhex("11" * 20))]), "main")
    run = check_run(_build(repo, "main", tmp_path / "b" / "tiny" / "1.0.0.yaml"), 2)
    assert "vendor: git commit 1111111111111111111111111111111111111111 (submodule) is not recorded" in run.stderr


def test_a_missing_blob_is_recorded_by_its_git_id(tmp_path, repo):
    ghost = bytes.fromhex("22" * 20)
    make.git_commit(repo, make.git_tiny_tree(repo, extra=[("100644", "ghost.bin", ghost)]), "main")
    out = tmp_path / "b" / "tiny" / "1.0.0.yaml"
    run = check_run(_build(repo, "main", out), 0)
    assert "ghost.bin" in run.stderr
    assert f"gitsha1: '{'22' * 20}'" in out.read_text()


def test_not_a_repository(tmp_path):
    (tmp_path / "plain").mkdir()
    expect_error("baseline", "build", tmp_path / "plain", "--ref", "main", "-p", "tiny", "-V", "1.0.0",
                 "-o", tmp_path / "x.yaml", match=r"not a git repository")


def test_repository_config_is_never_used(tmp_path, repo):
    """A hostile repository's own config (an fsmonitor or a pager that runs a program) is not read:
    auditor runs git with the configuration switched off and reads objects only."""
    marker = tmp_path / "pwned"
    with open(repo / ".git" / "config", "a") as fh:
        fh.write(f"[core]\n\tfsmonitor = touch {marker}\n\tpager = touch {marker}\n"
                 f"[diff]\n\texternal = touch {marker}\n")
    make.git_commit(repo, make.git_tiny_tree(repo), "main")
    check_run(_build(repo, "main", tmp_path / "b" / "tiny" / "1.0.0.yaml"), 0)
    assert not marker.exists()
