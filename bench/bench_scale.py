#!/usr/bin/env python3
"""Speed and scale, every figure side by side with the strongest reference, in one run.

    python bench/bench_scale.py [--dir DIR] [--files 50000] [--bytes 1210000000] [--releases 500]
                                [--rounds 3] [--big 200000] [--million]

Prints, for each target of bench/README.md, min and median over interleaved rounds
(each round runs every contender once, in turn) and the peak RSS of the measured
process (wait4's ru_maxrss):

1. hashing: ``auditor audit`` (whole CLI, one baseline) against a plain hashlib
   sha256 loop over the same tree in a Pool of one process per core (walk
   included), ``sha256sum`` through ``xargs -P<cores>``, and blake3 in the same
   Pool when the blake3 module is installed (the physical-limit angle: a hash
   several times cheaper than sha256). Warm page cache; cold too when run as
   root (drop_caches before each run).
2. release index: the first ``auditor identify`` over N releases (no index
   cache) against one audit; then audits against N releases (index cached)
   against one release.
3. ``baseline build`` against an audit of the same tree.
4. memory: an audit of ``--big`` files (small files; and 1,000,000 with
   ``--million``), time per file beside the 50k tree's (each tree audited
   once unmeasured first, so no measured run reads it from disk).
5. drift mode: the first audit against ``audit --since`` on the unchanged tree.
6. start-up: ``auditor --help`` and an audit of the shipped 233-file sample
   against ``python -c pass``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_audit import derive_baselines, make_tree  # noqa: E402

PY = sys.executable
CORES = os.cpu_count() or 2


def measure(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    full = dict(os.environ, **(env or {}))
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {proc.returncode}: {err[-500:]}")
    return wall, usage.ru_maxrss / 1024


def measure_py(func) -> tuple[float, float]:
    """A reference run in a fresh child (fork), so its RSS is its own."""
    r, w = os.pipe()
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            func()
            os._exit(0)
        except BaseException:
            os._exit(3)
    os.close(w)
    os.close(r)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("reference run failed")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


def _files_of(tree: str) -> list[str]:
    out = []
    for d, _, names in os.walk(tree):
        out.extend(os.path.join(d, n) for n in names)
    return out


def _sha256_file(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _blake3_file(path: str) -> str:
    import blake3
    with open(path, "rb") as fh:
        return blake3.blake3(fh.read()).hexdigest()


def pool_hash(tree: str, func) -> None:
    files = _files_of(tree)            # the walk is part of the reference's work, as it is of ours
    with Pool(CORES) as pool:
        for _ in pool.imap_unordered(func, files, chunksize=256):
            pass


def sha256sum_p(tree: str) -> None:
    find = subprocess.Popen(["find", tree, "-type", "f", "-print0"], stdout=subprocess.PIPE)
    subprocess.run(["xargs", "-0", f"-P{CORES}", "-n", "500", "sha256sum"], stdin=find.stdout,
                   stdout=subprocess.DEVNULL, check=True)
    find.wait()


def drop_caches() -> bool:
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return True
    except OSError:
        return False


def rounds(contenders: dict, n: int, before=None) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list] = {k: [] for k in contenders}
    for _ in range(n):
        for name, run in contenders.items():
            if before:
                before()
            out[name].append(run())
    return out


def row(name: str, runs: list[tuple[float, float]], ref: list[tuple[float, float]] | None = None) -> str:
    times = [t for t, _ in runs]
    rss = max(m for _, m in runs)
    med = statistics.median(times)
    text = f"| {name} | {min(times):.3f} | {med:.3f} | {rss:.0f} |"
    if ref:
        rmed = statistics.median(t for t, _ in ref)
        rmin = min(t for t, _ in ref)
        text += f" {min(times) / rmin:.2f} / {med / rmed:.2f} |"
    else:
        text += " |"
    return text


HEAD = "| run | min s | median s | peak RSS MB | ratio min / median |\n|---|---:|---:|---:|---:|"


def auditor(*args: str) -> list[str]:
    return [PY, "-m", "auditor", *args]


def small_tree(dest: Path, files: int) -> None:
    block = os.urandom(1 << 16)
    for i in range(files):
        d = dest / f"d{i // 5000:03d}" / f"e{(i // 100) % 50:02d}"
        if i % 100 == 0:
            d.mkdir(parents=True, exist_ok=True)
        start = (i * 7919) % (len(block) - 600)
        (d / f"f{i:07d}.txt").write_bytes(block[start:start + 200 + i % 400] + str(i).encode())
    (dest / "VERSION").write_text("1.0.0\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir")
    ap.add_argument("--files", type=int, default=50000)
    ap.add_argument("--bytes", type=int, default=1_210_000_000)
    ap.add_argument("--releases", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--big", type=int, default=200000)
    ap.add_argument("--million", action="store_true")
    ap.add_argument("--only", metavar="N,N", help="run only these sections (1-6; 1 includes 1b), e.g. --only 5,6")
    args = ap.parse_args()
    only = {x.strip() for x in args.only.split(",")} if args.only else None

    def want(n: int) -> bool:
        return only is None or str(n) in only
    work = Path(args.dir or tempfile.mkdtemp(prefix="auditor-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    tree, base_dir = work / "tree", work / "baselines" / "bench"
    env = {"AUDITOR_CACHE_DIR": str(work / "cache")}
    out = work / "out.json"
    print(f"# {args.files} files, {args.bytes / 1e9:.2f} GB, {args.releases} releases, {CORES} cores; "
          f"load average before: {os.getloadavg()}")
    if not tree.exists():
        make_tree(tree, args.files, args.bytes)
    one = work / "one" / "bench"
    one.mkdir(parents=True, exist_ok=True)
    first = one / "1.0.0.yaml"
    if not first.exists():
        measure(auditor("baseline", "build", str(tree), "--product", "bench", "--version", "1.0.0",
                        "-o", str(first), "--no-progress"), env)
    base_dir.mkdir(parents=True, exist_ok=True)
    if not (base_dir / f"1.0.{args.releases - 1}.yaml").exists():
        shutil.copy(first, base_dir / "1.0.0.yaml")
        derive_baselines(first, base_dir, args.releases)
    # pip compiles an installed package's bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would compile every module on every run (0.1 s): compile once
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "auditor")], check=True, stdout=subprocess.DEVNULL)
    time.sleep(2.1)   # files older than drift mode's racy-clean window

    audit1 = auditor("audit", str(tree), "--baselines", str(one), "-f", "json", "-o", str(out))
    if want(1):
        section_hashing(args, tree, audit1, env)
    if want(2):
        section_index(args, tree, base_dir, audit1, env, work, out)
    if want(3):
        section_build(args, tree, first, audit1, env, work)
    warm = section_drift(args, tree, one, audit1, env, work, out) if want(5) else None
    if want(4):
        section_memory(args, audit1, env, work, out, warm)
    if want(6):
        section_startup(args, env, out)
    print(f"\nload average after: {os.getloadavg()}")
    return 0


def section_hashing(args, tree, audit1, env) -> None:
    print("\n## 1. hashing, warm page cache\n")
    print(HEAD)
    contenders = {
        "auditor audit, 1 baseline": lambda: measure(audit1, env),
        f"hashlib sha256, Pool({CORES}), walk included": lambda: measure_py(lambda: pool_hash(str(tree),
                                                                                              _sha256_file)),
        f"sha256sum via xargs -P{CORES}": lambda: measure_py(lambda: sha256sum_p(str(tree))),
    }
    try:
        import blake3  # noqa: F401
        contenders[f"blake3, Pool({CORES}) (physical-limit angle)"] = \
            lambda: measure_py(lambda: pool_hash(str(tree), _blake3_file))
    except ImportError:
        print("(blake3 not installed: pip install blake3 for the physical-limit row)")
    contenders["auditor audit, 1 baseline"]()   # warm the page cache
    res = rounds(contenders, args.rounds)
    ref = res[f"hashlib sha256, Pool({CORES}), walk included"]
    for name, runs in res.items():
        print(row(name, runs, ref))
    if drop_caches():
        print("\n## 1b. hashing, cold page cache (drop_caches before each run)\n")
        print(HEAD)
        cold = {k: v for k, v in contenders.items() if "blake3" not in k}
        res = rounds(cold, args.rounds, before=drop_caches)
        ref = res[f"hashlib sha256, Pool({CORES}), walk included"]
        for name, runs in res.items():
            print(row(name, runs, ref))
    else:
        print("\n(cold cache not measured: cannot write /proc/sys/vm/drop_caches)")



def section_index(args, tree, base_dir, audit1, env, work, out) -> None:
    print(f"\n## 2. release index over {args.releases} releases\n")
    # the baselines read once (warm page cache, as the audit rows are): section 1b dropped the caches,
    # and a first round reading 3.7 GB of baselines from disk would measure the disk
    for f in sorted(base_dir.glob("*.yaml")):
        f.read_bytes()
    print(HEAD)
    fresh = work / "cache-cold"

    def first_identify():
        shutil.rmtree(fresh, ignore_errors=True)
        return measure(auditor("identify", str(tree), "--baselines", str(base_dir), "-f", "json"),
                       {"AUDITOR_CACHE_DIR": str(fresh)})
    audit_n = auditor("audit", str(tree), "--baselines", str(base_dir), "-f", "json", "-o", str(out))
    measure(audit_n, env)   # the index cache of the N-release audits
    res = rounds({"auditor audit, 1 baseline": lambda: measure(audit1, env),
                  f"first identify over {args.releases} releases (no index cache)": first_identify,
                  f"auditor audit, {args.releases} baselines (index cached)": lambda: measure(audit_n, env)},
                 args.rounds)
    ref = res["auditor audit, 1 baseline"]
    for name, runs in res.items():
        print(row(name, runs, ref))
    # one more release: its own parse, not a rebuild
    extra = base_dir / f"1.0.{args.releases}.yaml"
    text = (base_dir / f"1.0.{args.releases - 1}.yaml").read_text()
    extra.write_text(text.replace(f"version: 1.0.{args.releases - 1}", f"version: 1.0.{args.releases}"))
    t, m = measure(auditor("identify", str(tree), "--baselines", str(base_dir), "-f", "json"), env)
    print(f"| identify after adding release {args.releases + 1} (index updated in place) | {t:.3f} | {t:.3f} "
          f"| {m:.0f} | |")
    extra.unlink()



def section_build(args, tree, first, audit1, env, work) -> None:
    print("\n## 3. baseline build against an audit of the same tree\n")
    print(HEAD)
    bdir = work / "built"

    def build():
        shutil.rmtree(bdir, ignore_errors=True)
        return measure(auditor("baseline", "build", str(tree), "--product", "bench", "--version", "1.0.0",
                               "-o", str(bdir / "bench" / "1.0.0.yaml"), "--no-progress"), env)
    res = rounds({"auditor audit, 1 baseline": lambda: measure(audit1, env), "auditor baseline build": build},
                 args.rounds)
    ref = res["auditor audit, 1 baseline"]
    for name, runs in res.items():
        print(row(name, runs, ref))
    same = (bdir / "bench" / "1.0.0.yaml").read_text().partition("\nentries:\n")[2] == \
        first.read_text().partition("\nentries:\n")[2]
    print(f"(entry lines identical to the first build's: {same})")



def section_drift(args, tree, one, audit1, env, work, out) -> list:
    print("\n## 5. drift mode on the unchanged tree\n")
    print(HEAD)
    since = work / "since.json"
    measure(auditor("audit", str(tree), "--baselines", str(one), "-f", "json", "-o", str(since)), env)
    drift = auditor("audit", str(tree), "--baselines", str(one), "-f", "json", "-o", str(out), "--since", str(since))
    contenders = {}
    if drop_caches():     # a tree's first audit reads it from disk: the reference for drift mode
        contenders["auditor audit, first audit (cold page cache)"] = lambda: (drop_caches(), measure(audit1, env))[1]
    contenders["auditor audit, 1 baseline (full re-hash, warm)"] = lambda: measure(audit1, env)
    reused = "auditor audit --since (tree and inputs unchanged: result reused)"
    contenders[reused] = lambda: measure(drift, env)

    def stat_cache_only():
        for record in (work / "cache").glob("result-*.bin"):
            record.unlink()      # the stat cache alone: every file trusted, identification and checks run
        return measure(drift, env)
    contenders["auditor audit --since (stat cache only, result record removed)"] = stat_cache_only
    res = rounds(contenders, args.rounds)
    for name, runs in res.items():
        print(row(name, runs, res[next(iter(res))]))
    warm = res["auditor audit, 1 baseline (full re-hash, warm)"]
    print("(--since against the warm full re-hash: "
          f"{min(t for t, _ in warm) / min(t for t, _ in res[reused]):.2f}x faster)")
    return warm


def section_memory(args, audit1, env, work, out, ref) -> None:
    if ref is None:
        ref = [measure(audit1, env) for _ in range(args.rounds)]

    print("\n## 4. memory and time per file\n")
    print("| tree | files | audit s | peak RSS MB | µs per file |\n|---|---:|---:|---:|---:|")
    t50 = statistics.median(t for t, _ in ref)
    print(f"| {args.files // 1000}k files, {args.bytes / 1e9:.2f} GB | {args.files + 1} | {t50:.2f} | "
          f"{max(m for _, m in ref):.0f} | {t50 / (args.files + 1) * 1e6:.1f} |")
    for count in [args.big] + ([1_000_000] if args.million else []):
        big = work / f"small-{count}"
        if not big.exists():
            small_tree(big, count)
        bb = work / f"small-{count}-b"
        if not (bb / "bench" / "1.0.0.yaml").exists():
            measure(auditor("baseline", "build", str(big), "--product", "bench", "--version", "1.0.0",
                            "-o", str(bb / "bench" / "1.0.0.yaml"), "--no-progress"), env)
        cmd = auditor("audit", str(big), "--baselines", str(bb / "bench"), "-f", "json", "-o", str(out))
        # one run unmeasured first: a tree written just now, or pushed out of the page cache by the rows
        # before, would otherwise be read from disk by the first measured run (time per file of the disk)
        measure(cmd, env)
        runs = [measure(cmd, env) for _ in range(max(1, args.rounds - 1))]
        t = statistics.median(x for x, _ in runs)
        print(f"| {count // 1000}k small files | {count + 1} | {t:.2f} | {max(m for _, m in runs):.0f} | "
              f"{t / (count + 1) * 1e6:.1f} |")



def section_startup(args, env, out) -> None:
    print("\n## 6. start-up\n")
    print(HEAD)
    sample = ROOT / "sample_installs" / "sampledesk-6.0.3-as-7.0.3"
    res = rounds({"python -c pass": lambda: measure([PY, "-c", "pass"]),
                  "auditor --help": lambda: measure(auditor("--help")),
                  "auditor audit of the 233-file sample": lambda: measure(
                      auditor("audit", str(sample), "--baselines", str(ROOT / "baselines" / "sampledesk"), "-f",
                              "json", "-o", str(out)), env)}, max(5, args.rounds))
    ref = res["python -c pass"]
    for name, runs in res.items():
        print(row(name, runs, ref))


if __name__ == "__main__":
    sys.exit(main())
