"""The hostile-input suite: the outcome every case must meet.

Every case states its exact outcome: the exit code, and either the findings (category, path) it
must produce or the one line of error it must print. On top of that every run is checked for what
no input may ever cause: exit code 3 (an internal error), a traceback, an error of more than one
line, an error that names an internal class, a report that does not validate against the schema.
Cases that could exhaust memory or time run in a subprocess under RLIMIT_AS / RLIMIT_CPU.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, invoke, validate_report

#: words that only an internal error message would contain
INTERNAL = re.compile(r"Traceback|\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception)\b|LineDict|LineList|NoneType|"
                      r"<[a-z_.]+ object at 0x|\bself\.|File \"")
MEMORY_LIMIT = 500 << 20
CPU_LIMIT = 120


def check_run(run, code: int | None = None):
    """The invariants of every run, then its exit code."""
    assert run.code != 3, f"internal error: {run}"
    assert "Traceback" not in run.stderr, run
    if run.code == 2:
        lines = [x for x in run.stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("auditor: error: "), run
        assert not INTERNAL.search(lines[0]), f"internal detail in the message: {lines[0]}"
    if code is not None:
        assert run.code == code, run
    return run


def findings_of(report: dict) -> set[tuple[str, str | None]]:
    return {(f["category"], f["path"]) for f in report["findings"]}


def audit(target, baselines, *extra, code: int | None = None, fmt: str = "json"):
    """Audit in-process; with code 0/1 and JSON, the validated report is returned with the run."""
    run = check_run(invoke("audit", target, "-b", baselines, "-f", fmt, *extra), code)
    report = None
    if run.code in (0, 1) and fmt == "json":
        report = json.loads(run.stdout)
        validate_report(report)
    return run, report


def expect_findings(target, baselines, expected: set, *extra, code: int = 1, exact: bool = False) -> dict:
    """The audit exits with ``code`` and has every expected (category, path) finding (or exactly
    those with ``exact``)."""
    _, report = audit(target, baselines, *extra, code=code)
    got = findings_of(report)
    if exact:
        assert got == set(expected), sorted(got, key=str)
    else:
        assert set(expected) <= got, sorted(got, key=str)
    return report


def expect_error(*args, match: str) -> str:
    """The command exits 2 with one line on stderr matching ``match`` (a regular expression)."""
    run = check_run(invoke(*map(str, args)), 2)
    assert re.search(match, run.stderr), run.stderr
    return run.stderr


def _limits(memory: int, cpu: int):
    def apply():
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    return apply


class Limited:
    def __init__(self, code: int, stdout: str, stderr: str, maxrss: int):
        self.code, self.stdout, self.stderr, self.maxrss = code, stdout, stderr, maxrss

    def __repr__(self) -> str:
        return f"Limited(code={self.code}, maxrss={self.maxrss >> 20} MB, stderr={self.stderr[-400:]!r})"


def limited(*args, memory: int = MEMORY_LIMIT, cpu: int = CPU_LIMIT, timeout: int = 300) -> Limited:
    """The CLI in a subprocess whose address space and CPU time are capped (RLIMIT_AS, RLIMIT_CPU);
    the child's peak RSS is measured by a small wrapper process with getrusage."""
    wrapper = ("import resource, subprocess, sys\n"
               "p = subprocess.run(sys.argv[1:])\n"
               "sys.stderr.write('\\nMAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(p.returncode if p.returncode >= 0 else 128 - p.returncode)\n")
    env = dict(os.environ, MALLOC_ARENA_MAX="2", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "auditor", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT,
                          preexec_fn=_limits(memory, cpu))
    m = re.search(r"\nMAXRSS (\d+)\n$", proc.stderr)
    stderr = proc.stderr[:m.start()] if m else proc.stderr
    out = Limited(proc.returncode, proc.stdout, stderr, int(m.group(1)) * 1024 if m else -1)
    assert out.code in (0, 1, 2), f"killed or crashed under the limits: {out}"
    assert "MemoryError" not in stderr and "Traceback" not in stderr, out
    assert 0 < out.maxrss < memory, out
    if out.code == 2:
        lines = [x for x in stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("auditor: error: "), out
    return out


# -- the early hashing process (test_early.py, test_prestart.py) ------------------------------------------

def children() -> set[int]:
    """This process's live children (from /proc: every thread's list)."""
    out: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            out |= {int(x) for x in (task / "children").read_text().split()}
        except OSError:
            pass
    return out


def add_many_files(tree: Path, n: int) -> None:
    """``n`` small files in a directory the sample profile ignores (var/tmp/many): a tree big enough for an
    early hashing process."""
    d = tree / "var" / "tmp" / "many"
    d.mkdir(parents=True)
    for i in range(n):
        (d / f"f{i}").write_text(f"{i}\n")


def entries_of(snapshot) -> dict:
    """A snapshot's entries as comparable tuples."""
    return {p: (e.type, e.size, e.mode, e.sha256, e.target) for p, e in snapshot.entries.items()}
