"""`auditor baseline from-git` over every vendor import of a repository, beside the floor of the same work:
listing every commit's tree and hashing every distinct blob once (issue 27's bench row).

    .venv/bin/python bench/bench_from_git.py run REPO [--commits REGEX] [--runs 3] [--out-dir DIR]
    .venv/bin/python bench/bench_from_git.py floor REPO [--commits REGEX]      # the reference alone

``floor``: `git ls-tree -r -l` of each commit the regex selects (the commits from-git builds, found by
auditor's own versions_from_commits), then one `git cat-file --batch` stream of every distinct blob,
each hashed with sha256 as it comes: the least any baseline builder reading git can do, one stream,
nothing analysed. ``run``: `farm-bench --vs 'floor'` (from-git and the floor in turn, medians, the ratio
pair by pair), each from-git run into a fresh output directory; prints the row for bench/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_COMMITS = r"Imported vendor ([0-9.]+)"


def floor(repo: str, regex: str) -> tuple[int, int, int]:
    from auditor.baseline.fromgit import versions_from_commits
    env = dict(os.environ, GIT_DIR=repo)
    commits = [ref for ref, _v in versions_from_commits(repo, regex)]
    blobs: dict[str, int] = {}
    for c in commits:
        out = subprocess.run(["git", "ls-tree", "-r", "-l", c], env=env, capture_output=True, check=True).stdout
        for line in out.splitlines():
            meta, _, _path = line.partition(b"\t")
            parts = meta.split()
            if parts[1] == b"blob" and parts[3].isdigit():      # "BAD": a blob the repository lacks
                blobs[parts[2].decode()] = int(parts[3])
    proc = subprocess.Popen(["git", "cat-file", "--batch"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    feed = "".join(f"{b}\n" for b in blobs).encode()
    import threading
    writer = threading.Thread(target=lambda: (proc.stdin.write(feed), proc.stdin.close()))
    writer.start()
    total = 0
    out = proc.stdout
    for _ in range(len(blobs)):
        header = out.readline().split()
        size = int(header[2])
        h = hashlib.sha256()
        left = size
        while left:
            chunk = out.read(min(left, 1 << 20))
            h.update(chunk)
            left -= len(chunk)
        out.read(1)     # the newline after each object
        total += size
    writer.join()
    proc.wait()
    return len(commits), len(blobs), total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["floor", "run"])
    ap.add_argument("repo")
    ap.add_argument("--commits", default=DEFAULT_COMMITS)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.what == "floor":
        n, blobs, size = floor(args.repo, args.commits)
        print(f"{n} commits, {blobs} distinct blobs, {size} bytes")
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-from-git-"))
    try:
        script = (f"d=$(mktemp -d -p {work}); exec {ROOT}/.venv/bin/auditor baseline from-git {args.repo} "
                  f"--product auto --commits '{args.commits}' --out-dir $d/out >/dev/null 2>&1")
        ref = f"{sys.executable} {Path(__file__).resolve()} floor {args.repo} --commits '{args.commits}'"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        proc = subprocess.run(["farm-bench", "-n", str(args.runs), "--warmup", "0", "--timeout", "3600",
                               "--vs", ref, "--", "sh", "-c", script], env=env, capture_output=True, text=True)
        print(proc.stdout + proc.stderr)
        n, blobs, size = floor(args.repo, args.commits)
        print(f"floor: {n} commits, {blobs} distinct blobs, {size / 1e9:.2f} GB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
