"""A database dump of at least 2 GB (article data) read by `auditor audit --database DUMP`, beside `cat` and
`zcat` of the same file: throughput and peak memory (issue 26's bench row).

    .venv/bin/python bench/bench_dump.py --size-gb 2 --workdir /var/tmp/auditor-bench-dump

The dump is pg_dump plain SQL as PostgreSQL writes it: the tables auditor reads (web services, packages,
deployments) and a COPY block of `article_data_mime_plain` (4 KiB bodies) holding the bulk; the rows
auditor wants come at the END, after all the article data (the worst place for a streaming reader). The
gzip copy is made with `gzip -1`. Each row is `farm-bench --vs` (auditor against the reference, run in
turn, the ratio pair by pair): medians of wall seconds and of peak RSS, as farm-bench prints them.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "sample_installs"))
import sampledesk_database as sdb  # noqa: E402

TREE = ROOT / "sample_installs" / "sampledesk-7.0.3-vendor"


def _copy_text(data: bytes) -> bytes:
    return data.replace(b"\\", b"\\\\").replace(b"\t", b"\\t").replace(b"\n", b"\\n")


def write_dump(path: Path, size: int) -> None:
    rng = random.Random(26)
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(5000)]
    bodies = [b" ".join(rng.choice(words) for _ in range(700))[:4096] for _ in range(64)]
    with open(path, "wb") as fh:
        fh.write(b"--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'UTF8';\n\n")
        for table in ("article_data_mime_plain", "gi_webservice_config", "package_repository", "sysconfig_deployment",
                      "users", "sysconfig_modified", "permission_groups", "group_user", "user_preferences"):
            fh.write(b"CREATE TABLE public.%s (\n    id bigint NOT NULL\n);\n\n" % table.encode())
        fh.write(b"COPY public.article_data_mime_plain (id, article_id, a_body) FROM stdin;\n")
        n = 0
        while fh.tell() < size:
            chunk = []
            for _ in range(1000):
                n += 1
                chunk.append(b"%d\t%d\t%s\n" % (n, n, bodies[n % 64]))
            fh.write(b"".join(chunk))
        fh.write(b"\\.\n\n")
        zzz = (TREE / "Kernel/Config/Files/ZZZAAuto.pm").read_bytes()
        fh.write(b"COPY public.sysconfig_deployment (id, comments, user_id, effective_value) FROM stdin;\n")
        fh.write(b"1\tdeployed\t\\N\t" + _copy_text(zzz) + b"\n\\.\n\n")
        sync = (TREE / "var/webservices/TicketSync.yml").read_bytes()
        fh.write(b"COPY public.gi_webservice_config (id, name, config, valid_id) FROM stdin;\n")
        fh.write(b"1\tTicketSync\t" + _copy_text(sync) + b"\t1\n\\.\n\n")
        opm = sdb.package_xml("VendorTools", "1.2.0", "HDS Helpdesk Services",
                              {p: (TREE / p).read_bytes() for p in sdb.VENDOR_PACKAGE_FILES})
        import base64
        fh.write(b"COPY public.package_repository (id, name, version, vendor, install_status, content) FROM stdin;\n")
        fh.write(b"1\tVendorTools\t1.2.0\tHDS Helpdesk Services\tinstalled\t" + base64.b64encode(opm) + b"\n\\.\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-gb", type=float, default=2.0)
    ap.add_argument("--workdir", default="/var/tmp/auditor-bench-dump")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    dump = work / "helpdesk.sql"
    size = int(args.size_gb * (1 << 30))
    if not dump.exists() or dump.stat().st_size < size:
        write_dump(dump, size)
    gz = work / "helpdesk.sql.gz"
    if not gz.exists():
        with open(gz, "wb") as out:
            subprocess.run(["gzip", "-1", "-c", str(dump)], stdout=out, check=True)
    print(f"dump {dump.stat().st_size / 1e9:.2f} GB, gzip -1 {gz.stat().st_size / 1e9:.2f} GB")
    auditor = [str(ROOT / ".venv/bin/auditor"), "audit", str(TREE), "-b", str(ROOT / "baselines/sampledesk"), "-q",
               "-f", "json", "-o", "/dev/null", "--database"]
    bench = shutil.which("farm-bench")
    for source, reference in ((dump, f"sh -c 'cat {dump} > /dev/null'"), (gz, f"sh -c 'zcat {gz} > /dev/null'")):
        cmd = [bench, "-n", str(args.runs), "--warmup", "0", "--timeout", "3600", "--vs", reference, "--",
               *auditor, str(source)]
        print("$", " ".join(cmd), flush=True)
        subprocess.run(cmd, check=False)


if __name__ == "__main__":
    main()
