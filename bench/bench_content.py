#!/usr/bin/env python3
"""What ``baseline build --content`` costs: build time, baseline and pack size, and the audit with diffs.

Real artefacts (fetched as tests/test_generic_products.py does, from .cache/pkgs): the Django 5.0.6
wheel, WordPress 6.1.9 from Debian, jQuery 3.7.1; and, when AUDITOR_REAL_RELEASES points at an
OTRS vendor-import repository, the last N OTRS 6.0.x releases built together with ``from-git``
(the pack is shared: one copy per distinct file content).

Each measurement runs the CLI as a subprocess in interleaved rounds (plain, --content, plain, ...);
medians and minimums are printed with the peak RSS of the child.

    .venv/bin/python bench/bench_content.py [--runs 5] [--otrs-releases 10]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("AUDITOR_TEST_CACHE", ROOT / ".cache")) / "pkgs"
ARTEFACTS = [("django", "5.0.6", "Django-5.0.6-py3-none-any.whl", None),
             ("wordpress", "6.1.9", "wordpress_6.1.9+dfsg1-0+deb12u1_all.deb", "usr/share/wordpress"),
             ("jquery", "3.7.1", "jquery-3.7.1.tgz", "package")]


def run(args: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of one CLI run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "auditor", *args], cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed: {' '.join(args)}: {proc.stderr.strip()[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return took, max(after, before)


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs):7.2f} {min(xs):7.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--otrs-releases", type=int, default=10)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-content-"))
    rows = []
    try:
        for product, version, name, root in ARTEFACTS:
            artefact = CACHE / name
            if not artefact.exists():
                print(f"skip {product}: {artefact} missing (run tests/test_generic_products.py once)")
                continue
            times = {"plain": [], "content": []}
            rss = {"plain": 0, "content": 0}
            for i in range(args.runs):
                for mode in ("plain", "content"):
                    out = work / f"{mode}{i}" / product / f"{version}.yaml"
                    cli = ["baseline", "build", str(artefact), "--product", product, "--version", version,
                           "--out", str(out)] + (["--root", root] if root else []) + (["--content"] if mode == "content" else [])
                    t, r = run(cli)
                    times[mode].append(t)
                    rss[mode] = max(rss[mode], r)
            yaml_size = (work / "plain0" / product / f"{version}.yaml").stat().st_size
            pack = work / "content0" / product / "content.zip"
            with zipfile.ZipFile(pack) as z:
                members = len(z.namelist())
                raw = sum(i.file_size for i in z.infolist())
            rows.append((product, version, times, rss, yaml_size, pack.stat().st_size, members, raw))
        print(f"\nbaseline build, {args.runs} interleaved rounds (median, min s; peak RSS of the child)\n")
        print(f"{'release':<22} {'plain s':>15} {'--content s':>15} {'ratio':>6} {'yaml':>9} {'pack':>9} "
              f"{'text files':>10} {'text raw':>9} {'RSS plain/content MB':>21}")
        for product, version, times, rss, ysize, psize, members, raw in rows:
            ratio = statistics.median(times["content"]) / statistics.median(times["plain"])
            print(f"{product + ' ' + version:<22} {fmt(times['plain']):>15} {fmt(times['content']):>15} {ratio:6.2f} "
                  f"{ysize / 1e6:8.2f}M {psize / 1e6:8.2f}M {members:>10} {raw / 1e6:8.2f}M "
                  f"{rss['plain'] / 1024:9.0f}/{rss['content'] / 1024:<9.0f}")

        repo = os.environ.get("AUDITOR_REAL_RELEASES")
        if repo:
            n = args.otrs_releases
            regex = r"^Imported vendor (6\.0\.(?:" + "|".join(str(30 - i) for i in range(n)) + r"))\.?$"
            res = {}
            for mode in ("plain", "content"):
                out = work / f"otrs-{mode}"
                t, r = run(["baseline", "from-git", repo, "--product", "auto", "--commits", regex, "--out-dir",
                            str(out)] + (["--content"] if mode == "content" else []))
                res[mode] = (t, r, out)
            pack = res["content"][2] / "otrs" / "content.zip"
            with zipfile.ZipFile(pack) as z:
                members = len(z.namelist())
                raw = sum(i.file_size for i in z.infolist())
            yamls = sum(p.stat().st_size for p in (res["plain"][2] / "otrs").glob("*.yaml"))
            total_text = 0
            for y in (res["content"][2] / "otrs").glob("*.yaml"):
                total_text += sum(1 for line in y.read_text().splitlines() if line.startswith("- {path:") and "type: file" in line)
            print(f"\nOTRS 6.0.{30 - n + 1}-6.0.30 ({n} releases, one from-git run): plain {res['plain'][0]:.1f} s, "
                  f"--content {res['content'][0]:.1f} s (x{res['content'][0] / res['plain'][0]:.2f}); baselines "
                  f"{yamls / 1e6:.1f} MB; pack {pack.stat().st_size / 1e6:.1f} MB holding {members} distinct text "
                  f"files ({raw / 1e6:.0f} MB raw) for {total_text} files in all releases (one copy per content: "
                  f"{total_text / max(members, 1):.1f} files per copy); peak RSS {res['plain'][1] / 1024:.0f} / "
                  f"{res['content'][1] / 1024:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
