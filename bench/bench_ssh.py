"""`auditor audit ssh://...` of a real OTRS tree over loopback SSH, beside the local audit of the same tree
(issue 28's bench row).

    .venv/bin/python bench/bench_ssh.py --tree /var/tmp/auditor-real/installs/genuine-otrs-6.0.30 \
        --baselines /var/tmp/auditor-real/baselines --version 6.0.30 [--runs 7]

A private sshd (tests/sshserver.py: /usr/sbin/sshd -D on 127.0.0.1, its own host key, internal-sftp) serves
the machine's own file system; the client gets a HOME whose known_hosts holds that host key. One row,
`farm-bench --vs LOCAL -- REMOTE` (in turn, medians, the ratio pair by pair), both against the one baseline
of the release, cache warm; the two JSON reports are compared (target path and kind aside).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
AUDITOR = ROOT / ".venv" / "bin" / "auditor"


def main() -> int:
    import sshserver
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", type=Path, required=True)
    ap.add_argument("--baselines", type=Path, required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-ssh-"))
    servers = sshserver.start(work)
    try:
        server = next(servers)
        bdir = work / "b" / "otrs"
        bdir.mkdir(parents=True)
        shutil.copy2(args.baselines / "otrs" / f"{args.version}.yaml", bdir)
        if (args.baselines / "otrs" / "content.zip").is_file():
            shutil.copy2(args.baselines / "otrs" / "content.zip", bdir)
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SSH_AUTH_SOCK")}
        env["HOME"] = str(server.client_home(work))
        url = server.url(args.tree.resolve())
        remote = [str(AUDITOR), "audit", url, "-b", str(work / "b"), "-f", "json", "-i", str(server.client_key)]
        local = [str(AUDITOR), "audit", str(args.tree.resolve()), "-b", str(work / "b"), "-f", "json"]
        reports = []
        for cmd in (remote, local):
            proc = subprocess.run(cmd + ["-o", str(work / "r.json")], env=env, capture_output=True, text=True)
            if proc.returncode not in (0, 1):
                print(proc.stderr, file=sys.stderr)
                return 2
            r = json.loads((work / "r.json").read_text())
            r["target"].pop("path"), r["target"].pop("kind")
            reports.append(r)
        same = reports[0] == reports[1]
        files = sum(1 for p in args.tree.rglob("*") if p.is_file() and not p.is_symlink())
        bench = subprocess.run(["farm-bench", "-n", str(args.runs), "--timeout", "900",
                                "--vs", " ".join(local + ["-o", "/dev/null"]), "--",
                                *remote, "-o", "/dev/null"], env=env, capture_output=True, text=True)
        med = {}
        for line in bench.stdout.splitlines():
            m = re.match(r"^(A|B|A/B) (wall|cpu) s?\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
            if m:
                med[f"{m.group(1)} {m.group(2)}"] = float(m.group(4))
        print(f"{args.tree} ({files} files) over loopback SSH; reports identical (target aside): {same}")
        print("| ssh:// wall | local wall | ratio (median of pairs) | ssh:// cpu | local cpu |")
        print("|---|---|---|---|---|")
        print(f"| {med['A wall']:.3f} s | {med['B wall']:.3f} s | {med['A/B wall']:.2f} | {med['A cpu']:.3f} s | "
              f"{med['B cpu']:.3f} s |")
        return 0 if same else 1
    finally:
        servers.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
