"""auditor.target.gitstream: blobs streamed ahead from git cat-file, in order, and every way out of the
stream ends in the target reading for itself (never in a wrong content)."""

import os
import subprocess

from auditor.target import gitstream
from auditor.target.gitrepo import GIT_ENV, GitTarget


def _repo(tmp_path, files):
    repo = tmp_path / "repo"
    repo.mkdir()
    env = dict(os.environ, **GIT_ENV, GIT_AUTHOR_NAME="a", GIT_AUTHOR_EMAIL="a@x", GIT_COMMITTER_NAME="a",
               GIT_COMMITTER_EMAIL="a@x")
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    for name, data in files.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_bytes(data)
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", "r"], check=True, env=env)
    return repo, dict(env, GIT_DIR=str(repo / ".git"))


def _oid(env, data):
    return bytes.fromhex(subprocess.run(["git", "hash-object", "--stdin"], input=data, env=env, capture_output=True,
                                        check=True).stdout.decode().strip())


def test_blobs_come_in_order_and_a_skipped_one_is_passed_over(tmp_path):
    files = {f"f{i}": f"content {i}\n".encode() * (i + 1) for i in range(6)}
    _repo_dir, env = _repo(tmp_path, files)
    oids = [_oid(env, files[f"f{i}"]) for i in range(6)]
    p = gitstream.Prefetch(env, oids)
    try:
        assert p.take(oids[0]) == files["f0"]
        assert p.take(oids[3]) == files["f3"]          # 1 and 2 were never asked for: passed over
        assert p.take(oids[1]) is None                 # behind the stream now: the caller reads it
        assert p.take(b"\0" * 20) is None              # never asked of the stream
        assert p.take(oids[5]) == files["f5"]
    finally:
        p.close()
    assert p.take(oids[4]) is None                     # after close, nothing


def test_a_missing_blob_ends_the_stream_and_nothing_after_it_is_taken_from_it(tmp_path):
    files = {"a": b"first\n", "b": b"second\n"}
    _repo_dir, env = _repo(tmp_path, files)
    missing = bytes.fromhex("ab" * 20)
    oids = [_oid(env, files["a"]), missing, _oid(env, files["b"])]
    p = gitstream.Prefetch(env, oids)
    try:
        assert p.take(oids[0]) == b"first\n"
        assert p.take(oids[2]) is None      # the stream stopped at "<oid> missing": read it yourself
    finally:
        p.close()


def test_a_stream_left_full_and_unread_is_closed_without_hanging(tmp_path, monkeypatch):
    monkeypatch.setattr(gitstream, "BUDGET", 1000)
    files = {f"f{i}": os.urandom(700) for i in range(50)}
    _repo_dir, env = _repo(tmp_path, files)
    p = gitstream.Prefetch(env, [_oid(env, d) for d in files.values()])
    p.close()                               # the reader waits on the budget, git on a full pipe: both end
    assert not p.reader.is_alive() and p.proc.returncode is not None


def test_a_git_target_reads_the_same_contents_streamed_or_not(tmp_path):
    files = {f"d/f{i}.txt": (f"line {i}\n" * (i * 50 + 1)).encode() for i in range(40)}
    files["same-as-f1.txt"] = files["d/f1.txt"]
    repo, _env = _repo(tmp_path, files)
    with GitTarget(str(repo), "HEAD") as target:
        members = [m for m in target.members() if m.type == "file"]
        streamed = target.read_many(members)
        assert target._prefetch is None        # the stream of a batch read ends with it
        one_by_one = {m.path: target.read_many([m])[m.path] for m in members}
    assert streamed == one_by_one == files
