"""`auditor audit` of a real, genuine OTRS 6.0.x install beside the product's own checksum script on the same
tree, `perl bin/otrs.CheckSum.pl -a check` (issue 27's bench row).

    AUDITOR_REAL_RELEASES=/path/to/otrs-local.git .venv/bin/python -m pytest -m real tests/real   # installs, baselines
    .venv/bin/python bench/bench_real_install.py --install /var/tmp/auditor-real/installs/genuine-otrs-6.0.30 \
        --baselines /var/tmp/auditor-real/baselines --version 6.0.30 [--runs 11]

The install is one the real-release suite made (tests/real/install.py: the release as installed and run,
ARCHIVE, Kernel/Config.pm, ZZZAAuto.pm, var/); the baselines are the suite's too. Two rows, each
`farm-bench --vs` (auditor and the Perl script in turn, the ratio pair by pair, medians): against the one
baseline of the release, and against every OTRS / Znuny LTS / Znuny framework baseline (61 in the suite).
The cache directory is warm (the release index, the parsed configuration files), as it is for an
administrator's second audit; the page cache is warm for both commands. Python runs with its bytecode
cache on, as an installed auditor does (PYTHONDONTWRITEBYTECODE is cleared).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUDITOR = ROOT / ".venv" / "bin" / "auditor"


def medians(out: str) -> dict[str, float]:
    got = {}
    for line in out.splitlines():
        m = re.match(r"^(A|B|A/B) (wall|cpu|user|sys) s?\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            got[f"{m.group(1)} {m.group(2)}"] = float(m.group(4))
        m = re.match(r"^(A|B) peak MiB\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            got[f"{m.group(1)} peak"] = float(m.group(3))
    return got


def row(install: Path, baselines: Path, runs: int, env: dict) -> dict[str, float]:
    out = tmp = None
    try:
        tmp = tempfile.mkdtemp(prefix="bench-real-")
        out = Path(tmp) / "report.json"
        cmd = ["farm-bench", "-n", str(runs), "--timeout", "600", "--vs", "perl bin/otrs.CheckSum.pl -a check",
               "--", str(AUDITOR), "audit", ".", "-b", str(baselines), "-f", "json", "-o", str(out)]
        proc = subprocess.run(cmd, cwd=install, env=env, capture_output=True, text=True, check=True)
        return medians(proc.stdout + proc.stderr)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--install", type=Path, required=True)
    ap.add_argument("--baselines", type=Path, required=True, help="the suite's baselines (otrs/, znuny-lts/, znuny/)")
    ap.add_argument("--version", required=True, help="the install's OTRS release")
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    work = Path(tempfile.mkdtemp(prefix="bench-real-baselines-"))
    try:
        one = work / "one" / "otrs"
        one.mkdir(parents=True)
        shutil.copy2(args.baselines / "otrs" / f"{args.version}.yaml", one)
        if (args.baselines / "otrs" / "content.zip").is_file():
            shutil.copy2(args.baselines / "otrs" / "content.zip", one)
        every = work / "every"
        count = 0
        for product in ("otrs", "znuny-lts", "znuny"):
            if (args.baselines / product).is_dir():
                shutil.copytree(args.baselines / product, every / product)
                count += len(list((every / product).glob("*.yaml")))
        files = sum(1 for p in args.install.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"install {args.install} ({files} files), OTRS {args.version}; {count} framework baselines")
        print("| baselines | auditor wall | otrs.CheckSum.pl wall | ratio (median of pairs) | auditor cpu | "
              "CheckSum.pl cpu | auditor peak |")
        print("|---|---|---|---|---|---|---|")
        for label, bdir in (("1", work / "one"), (str(count), every)):
            subprocess.run([str(AUDITOR), "audit", str(args.install), "-b", str(bdir), "-f", "json", "-o",
                            str(work / "warm.json")], env=env, capture_output=True)      # warms the cache
            m = row(args.install, bdir, args.runs, env)
            print(f"| {label} | {m['A wall']:.3f} s | {m['B wall']:.3f} s | {m['A/B wall']:.2f} | {m['A cpu']:.3f} s | "
                  f"{m['B cpu']:.3f} s | {m['A peak']:.1f} MiB |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
