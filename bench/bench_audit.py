#!/usr/bin/env python3
"""Audit and identification speed, side by side with reference tools, in one run.

Builds a tree of >= 50,000 files and >= 1 GB, records it as a baseline, derives
199 more releases from it (each changing ~1% of the files, like patch
releases), then prints medians of repeated runs (page cache warm):

* ``auditor audit`` (the whole CLI: scan, identify, checks, JSON report);
* plain Python hashlib sha256 over the same files, one thread;
* ``sha256sum`` through ``xargs -P2``;
* identification against 1 and against 200 baselines: the identify stage
  alone (index cached) and the whole ``auditor identify`` command;
* the one-off cost of building the 200-release index (cold cache).

    python bench/bench_audit.py                 # default: 50,000 files, 1.1 GB, in a temp dir
    python bench/bench_audit.py --dir /big/disk --files 60000 --runs 5
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.baseline import store  # noqa: E402
from auditor.baseline.builder import build_from_source  # noqa: E402


def make_tree(dest: Path, files: int, total_bytes: int, seed: int = 7) -> tuple[int, int]:
    """Files in nested directories; sizes log-normal-ish around total/files."""
    rng = random.Random(seed)
    avg = total_bytes // files
    block = os.urandom(8 << 20)
    written = 0
    for i in range(files):
        d = dest / f"mod{i // 2000:02d}" / f"pkg{(i // 100) % 20:02d}"
        if i % 100 == 0:
            d.mkdir(parents=True, exist_ok=True)
        size = max(1, int(rng.lognormvariate(0, 0.6) * avg * 0.83))
        if i % 997 == 0:
            size = avg * 40  # a few big files
        start = rng.randrange(0, len(block) - min(size, len(block) - 1))
        data = (block[start:start + size] if size < len(block) - start else block[:size % len(block)]) \
            + f"\n#{i}\n".encode()
        (d / f"file{i:06d}.dat").write_bytes(data)
        written += len(data)
    (dest / "VERSION").write_text("1.0.0\n")
    return files + 1, written


def derive_baselines(first: Path, out_dir: Path, count: int, change: float = 0.01, seed: int = 11) -> None:
    """count-1 further releases: each changes `change` of the files relative to the previous one.

    They are written in the exact canonical form `baseline build` writes (one
    entry per line), by editing the lines: building them from trees would take
    hours and measure nothing new.
    """
    rng = random.Random(seed)
    text = first.read_text()
    head, entries = text.split("\nentries:\n", 1)
    lines = entries.rstrip("\n").split("\n")
    file_idx = [i for i, line in enumerate(lines) if ", sha256: " in line and "VERSION" not in line]
    for n in range(2, count + 1):
        version = f"1.0.{n - 1}"
        for i in rng.sample(file_idx, int(len(file_idx) * change)):
            prefix, _, _ = lines[i].rpartition("sha256: ")
            lines[i] = prefix + "sha256: " + hashlib.sha256(f"{version}:{i}".encode()).hexdigest() + "}"
        h = head.replace("version: 1.0.0", f"version: {version}").replace("version: '1.0.0'", f"version: {version}")
        (out_dir / f"{version}.yaml").write_text(h + "\nentries:\n" + "\n".join(lines) + "\n")


def timed(func, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        func()
        out.append(time.perf_counter() - t)
    return out


def plain_hashlib(paths: list[str]) -> None:
    for p in paths:
        with open(p, "rb") as fh:
            hashlib.file_digest(fh, "sha256")


def run(cmd: list[str], env=None) -> None:
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd}: exit {proc.returncode}: {proc.stderr.decode()[-500:]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", help="work directory (default: a temporary one, removed afterwards)")
    ap.add_argument("--files", type=int, default=50_000)
    ap.add_argument("--bytes", type=int, default=1_100_000_000)
    ap.add_argument("--releases", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="auditor-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    tree, b1, b200, cache = work / "tree", work / "b1" / "bench", work / "b200" / "bench", work / "cache"
    env = dict(os.environ, AUDITOR_CACHE_DIR=str(cache))
    os.environ["AUDITOR_CACHE_DIR"] = str(cache)
    try:
        if not (tree / "VERSION").exists():
            t = time.perf_counter()
            n, size = make_tree(tree, args.files, args.bytes)
            print(f"tree: {n} files, {size / 1e9:.2f} GB written in {time.perf_counter() - t:.1f} s")
        paths = [os.path.join(d, f) for d, _, fs in os.walk(tree) for f in fs]
        size = sum(os.path.getsize(p) for p in paths)
        print(f"tree: {len(paths)} files, {size / 1e9:.2f} GB at {tree}")
        for d in (b1, b200):
            d.mkdir(parents=True, exist_ok=True)
        first = b1 / "1.0.0.yaml"
        if not first.exists():
            t = time.perf_counter()
            store.save(build_from_source(str(tree), "bench", "1.0.0"), first)
            print(f"baseline build (directory, {len(paths)} files): {time.perf_counter() - t:.1f} s")
        if len(list(b200.glob("*.yaml"))) < args.releases:
            shutil.copy(first, b200 / "1.0.0.yaml")
            derive_baselines(first, b200, args.releases)
        auditor = [sys.executable, "-m", "auditor"]

        # warm the page cache and the index caches
        plain_hashlib(paths)
        shutil.rmtree(cache, ignore_errors=True)
        t = time.perf_counter()
        run(auditor + ["identify", str(tree), "--baselines", str(b200.parent), "--no-progress"], env)
        cold200 = time.perf_counter() - t
        run(auditor + ["audit", str(tree), "--baselines", str(b1.parent), "--no-progress", "-f", "json", "-o", os.devnull], env)

        listing = "\0".join(paths).encode()
        commands = {
            "auditor audit (CLI, 1 baseline)": lambda: run(auditor + ["audit", str(tree), "--baselines", str(b1.parent),
                                                                      "--no-progress", "-f", "json", "-o", os.devnull], env),
            "plain hashlib sha256, 1 thread": lambda: plain_hashlib(paths),
            "sha256sum via xargs -P2": lambda: subprocess.run(["xargs", "-0", "-P2", "-n", "1000", "sha256sum"],
                                                              input=listing, stdout=subprocess.DEVNULL, check=True),
            "auditor identify (CLI), 1 baseline": lambda: run(auditor + ["identify", str(tree), "--baselines",
                                                                         str(b1.parent), "--no-progress"], env),
            "auditor identify (CLI), 200 baselines": lambda: run(auditor + ["identify", str(tree), "--baselines",
                                                                           str(b200.parent), "--no-progress"], env),
        }
        # rounds: every command once per round, so that drifting machine load hits them alike
        r = {k: [] for k in commands}
        for _ in range(args.runs):
            for k, f in commands.items():
                r[k] += timed(f, 1)

        # the identify stage alone, on one scan of the tree
        from auditor.baseline.store import discover
        from auditor.identify import Catalog, identify
        from auditor.scan import scan
        from auditor.target import open_target
        with open_target(str(tree)) as target:
            snap = scan(target, progress=False)
        def stage(directory):
            catalog = Catalog(discover(directory))
            return lambda: identify(snap, catalog)
        stage(b200.parent)()  # the stage's own index cache (no ignore patterns here): built once, not timed
        r["identify stage, 1 baseline"] = timed(lambda: stage(b1.parent)(), args.runs)
        r["identify stage, 200 baselines"] = timed(lambda: stage(b200.parent)(), args.runs)

        med = {k: statistics.median(v) for k, v in r.items()}
        width = max(map(len, med)) + 2
        print(f"\nmedians of {args.runs} rounds (page cache warm; {os.cpu_count()} cores)")
        print(f"{'':{width}}{'median s':>10}{'min s':>9}{'max s':>9}")
        for k, v in r.items():
            print(f"{k:{width}}{med[k]:>10.3f}{min(v):>9.3f}{max(v):>9.3f}")
        print(f"{'200-release index build, cold (one-off)':{width}}{cold200:>10.3f}")
        a = med["auditor audit (CLI, 1 baseline)"] / med["plain hashlib sha256, 1 thread"]
        i_cli = med["auditor identify (CLI), 200 baselines"] / med["auditor identify (CLI), 1 baseline"]
        i_stage = med["identify stage, 200 baselines"] / med["identify stage, 1 baseline"]
        print("\nratios")
        print(f"  audit / plain hashlib             {a:6.2f}  (target <= 1.5)  {'OK' if a <= 1.5 else 'MISSED'}")
        print(f"  identify CLI 200 / 1 baselines    {i_cli:6.2f}  (target <= 1.3)  {'OK' if i_cli <= 1.3 else 'MISSED'}")
        print(f"  identify stage 200 / 1 baselines  {i_stage:6.2f}  (the scoring alone)")
        print(f"  audit / sha256sum -P2             {med['auditor audit (CLI, 1 baseline)'] / med['sha256sum via xargs -P2']:6.2f}")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
