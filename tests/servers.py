"""What the tests' private servers share (sshd, the registry; tests/sshserver.py, tests/registryserver.py): a free
port on 127.0.0.1, and a server process started, waited for until it listens, and stopped."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(cmd: list[str], log: Path, port: int, what: str, timeout: float = 20.0):
    """``cmd`` in the foreground, its output in ``log``; the block runs once it accepts connections on
    127.0.0.1:``port`` (a server that exits or never listens is an error naming its log); stopped after."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{what} did not start: {log.read_text(errors='replace')[-2000:]}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"{what} does not listen on 127.0.0.1:{port} after {timeout} s") from None
                    time.sleep(0.05)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextlib.contextmanager
def dask_cluster(workdir: Path, env: dict, nthreads: int = 1):
    """A dask scheduler and one worker as subprocesses on 127.0.0.1, each in a directory of its own under
    ``workdir``, started in ``env``; yields the scheduler's address. Nothing of the cluster is kept: its
    process groups (nanny, worker, scheduler) are killed at once instead of waiting seconds for a
    graceful shutdown."""
    import json
    import sys
    for sub in ("scheduler", "worker"):
        (workdir / sub).mkdir(exist_ok=True)
    sched_file = workdir / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env, "start_new_session": True}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", "0", "--no-dashboard", "--scheduler-file", str(sched_file),
                               "--idle-timeout", "600"], cwd=workdir / "scheduler", **quiet)]
    try:
        deadline = time.monotonic() + 60
        while not sched_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not sched_file.exists():
            raise RuntimeError("the dask scheduler did not start")
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file",
                                       str(sched_file), "--nworkers", "1", "--nthreads", str(nthreads),
                                       "--no-dashboard", "--host", "127.0.0.1", "--death-timeout", "60"],
                                      cwd=workdir / "worker", **quiet))
        yield json.loads(sched_file.read_text())["address"]
    finally:
        for p in procs:
            _kill_group_but_its_tracker(p.pid)
        for p in procs:
            p.wait(timeout=30)


def _kill_group_but_its_tracker(pgid: int) -> None:
    """SIGKILL every process of the group except multiprocessing's resource trackers: a tracker outlives
    the processes it serves and, when their pipe closes, unlinks the named semaphores they registered
    (the nanny's spawned worker has some); killed with them, those were left in /dev/shm, six a run."""
    import os
    import signal
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.getpgid(int(entry)) != pgid:
                continue
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                if b"resource_tracker" in fh.read():
                    continue
            os.kill(int(entry), signal.SIGKILL)
        except (ProcessLookupError, PermissionError, FileNotFoundError):
            pass
