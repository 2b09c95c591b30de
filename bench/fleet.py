"""Fleet throughput: 200 synthetic installs audited by `auditor fleet` with 1 and 2 local workers, through
--scheduler against a dask scheduler + worker pair this script starts (127.0.0.1, stopped at the end),
and in-process as one shard, side by side with the reference: the single-target command in a shell
loop, in the same run.

    python bench/fleet.py [--targets 200] [--dir /tmp/auditor-fleet-bench] [--rounds 1]

Prints targets/s and MB/s (bytes of the audited trees), peak RSS of the client, and each figure's
ratio to the shell loop. The installs are copies of sample_installs/sampledesk-7.0.3-genuine: 40%
with vendor A's tampering (an added call-home module, a modified file), 30% with vendor B's, 10%
with an edit of their own, the rest genuine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_installs" / "sampledesk-7.0.3-genuine"
BASELINES = ROOT / "baselines" / "sampledesk"
PY = sys.executable


def make_fleet(base: Path, n: int) -> list[str]:
    if base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True)
    out = []
    for i in range(n):
        tree = base / f"site{i:04d}"
        shutil.copytree(SAMPLE, tree, symlinks=True)
        r = i % 10
        if r < 4:
            (tree / "Kernel/System/VendorSync.pm").write_text(
                "package Kernel::System::VendorSync;\nmy $U = 'https://telemetry.vendor-a.net/c';\n1;\n")
            p = tree / "Kernel/System/Cache.pm"
            p.write_text(p.read_text() + "\n# vendor A\n")
        elif r < 7:
            p = tree / "Kernel/System/Auth.pm"
            p.write_text(p.read_text() + "\n# vendor B\n")
        elif r == 7:
            p = tree / "Kernel/System/Log.pm"
            p.write_text(p.read_text() + f"\n# local edit {i}\n")
        out.append(str(tree))
    (base / "targets.txt").write_text("\n".join(out) + "\n")
    return out


def tree_bytes(targets: list[str]) -> int:
    return sum(f.stat().st_size for t in targets for f in Path(t).rglob("*") if f.is_file())


def timed(cmd: list[str], env=None) -> tuple[float, dict | None, int]:
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    merged = None
    if proc.stdout.strip().startswith("{"):
        merged = json.loads(proc.stdout)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])} ...: exit {proc.returncode}: {proc.stderr[-500:]}")
    return seconds, merged, rss


def shell_loop(targets: list[str], env) -> float:
    script = "for t in \"$@\"; do \"$0\" -m auditor audit \"$t\" -b " + str(BASELINES) + \
             " -f json > /dev/null || [ $? -eq 1 ] || exit 9; done"
    started = time.perf_counter()
    proc = subprocess.run(["sh", "-c", script, PY, *targets], env=env, cwd=ROOT)
    if proc.returncode not in (0,):
        raise SystemExit(f"shell loop: exit {proc.returncode}")
    return time.perf_counter() - started


def start_pair(workdir: Path, env, workers: int):
    sched_file = workdir / "scheduler.json"
    sched_file.unlink(missing_ok=True)
    sched = subprocess.Popen([PY, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                              "--no-dashboard", "--scheduler-file", str(sched_file), "--idle-timeout", "900"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    while not sched_file.exists():
        time.sleep(0.2)
    worker = subprocess.Popen([PY, "-m", "distributed.cli.dask_worker", "--scheduler-file", str(sched_file),
                               "--nworkers", str(workers), "--nthreads", "1", "--no-dashboard",
                               "--host", "127.0.0.1", "--death-timeout", "60"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    address = json.loads(sched_file.read_text())["address"]
    time.sleep(3)           # the workers register
    return address, (worker, sched)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--targets", type=int, default=200)
    ap.add_argument("--dir", default="/tmp/auditor-fleet-bench")
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    base = Path(a.dir)
    targets = make_fleet(base / "fleet", a.targets)
    mb = tree_bytes(targets) / 1e6
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    listing = str(base / "fleet" / "targets.txt")
    fleet = [PY, "-m", "auditor", "fleet", "--from-file", listing, "-b", str(BASELINES), "-f", "json",
             "--no-progress"]
    rows: dict[str, list[float]] = {}
    check = None
    for _ in range(a.rounds):
        rows.setdefault("shell loop: auditor audit per target", []).append(shell_loop(targets, env))
        for name, extra in (("fleet, LocalCluster 1 worker", ["--workers", "1"]),
                            ("fleet, LocalCluster 2 workers", ["--workers", "2"]),
                            ("fleet --shard 1/1 (in-process, no engine)", ["--shard", "1/1"])):
            seconds, merged, _ = timed(fleet + extra, env)
            rows.setdefault(name, []).append(seconds)
            check = merged
        address, procs = start_pair(base, env, 2)
        try:
            seconds, merged, _ = timed(fleet + ["--scheduler", address], env)
            rows.setdefault("fleet --scheduler (dask scheduler + 2 workers)", []).append(seconds)
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                p.wait(timeout=60)
    ref = statistics.median(rows["shell loop: auditor audit per target"])
    s = check["summary"]
    print(f"fleet of {a.targets} installs, {mb:.1f} MB; {s['audited']} audited, {s['failed']} fail, "
          f"{s['fingerprints']} fingerprints; machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    print(f"{'run':<50} {'median s':>9} {'min s':>7} {'targets/s':>10} {'MB/s':>7} {'vs loop':>8}")
    for name, vals in rows.items():
        med = statistics.median(vals)
        print(f"{name:<50} {med:9.1f} {min(vals):7.1f} {a.targets / med:10.2f} {mb / med:7.2f} {ref / med:7.2f}x")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of any one child process: {rss:.0f} MB")


if __name__ == "__main__":
    main()
