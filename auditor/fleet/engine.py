"""Running the fleet's tasks: on Dask, or in-process for one shard.

* default: a ``distributed.LocalCluster`` sized to the machine (one single-threaded worker process
  per core, on 127.0.0.1, no dashboard), started and stopped by the run: nothing to set up;
* ``--scheduler tcp://HOST:8786``: the same tasks on an existing cluster (``dask scheduler`` /
  ``dask worker``, Kubernetes or SSH clusters); the workers need auditor installed and the targets,
  baselines and output directory at the same paths (a shared file system);
* ``--shard I/N``: no engine at all: this process audits slice I of N (Kubernetes Indexed Jobs, CI
  matrices), and the slices' merged JSON reports add up to the whole fleet.

Dask reschedules the task of a worker that dies (up to its ``allowed-failures``); a target whose
task still cannot finish is that target's error entry. Progress goes to stderr.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import time
from typing import Callable

from auditor.errors import AuditorError
from auditor.fleet.targets import Target
from auditor.fleet.task import audit_one


class Progress:
    EVERY = 2.0

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled
        self.done = self.failed = 0
        self.last = 0.0

    def step(self, result: dict) -> None:
        self.done += 1
        self.failed += result.get("status") != "ok"
        now = time.monotonic()
        if self.enabled and (now - self.last >= self.EVERY or self.done == self.total):
            self.last = now
            print(f"fleet: {self.done}/{self.total} targets done, {self.failed} failed", file=sys.stderr,
                  flush=True)


def _dask():
    try:
        import distributed
    except ImportError:
        raise AuditorError("auditor fleet runs on Dask: pip install 'auditor[fleet]' (or use --shard I/N, which "
                           "needs no engine)") from None
    return distributed


def run(targets: list[Target], settings: dict, scheduler: str | None = None, workers: int | None = None,
        in_process: bool = False, progress: bool = True,
        on_result: Callable[[dict], None] | None = None) -> list[dict]:
    bar = Progress(len(targets), progress)
    results: list[dict] = []

    def take(res: dict) -> None:
        results.append(res)
        bar.step(res)
        if on_result:
            on_result(res)

    # a local target that is not there is its error entry at once, before anything is submitted
    from auditor.fleet.targets import is_local
    ready = []
    for t in targets:
        if is_local(t.path) and not os.path.lexists(t.path):
            take({**t.to_dict(), "status": "error", "seconds": 0.0,
                  "error": f"{t.path}: no such file or directory (checked before submission)"})
        else:
            ready.append(t)
    targets = ready
    if in_process:
        for t in targets:
            take(audit_one(t.to_dict(), settings))
        return sorted(results, key=lambda r: r["index"])
    distributed = _dask()
    cluster = None
    procs: list = []
    try:
        if scheduler:
            if not scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
                raise AuditorError(f"--scheduler {scheduler!r}: expected an address such as tcp://HOST:8786")
            try:
                client = distributed.Client(scheduler, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise AuditorError(f"--scheduler {scheduler}: cannot connect: {exc}") from None
        else:
            cluster, client, procs = _local_cluster(distributed, workers or os.cpu_count() or 1)
        with client:
            run_id = os.urandom(4).hex()
            futures = {client.submit(audit_one, t.to_dict(), settings, key=f"auditor-{run_id}-{t.index}",
                                     pure=False, retries=1): t for t in targets}
            for fut in distributed.as_completed(list(futures)):
                t = futures[fut]
                try:
                    res = fut.result()
                except Exception as exc:          # the worker died again and again (KilledWorker) ...
                    res = {**t.to_dict(), "status": "error",
                           "error": f"the task could not finish: {type(exc).__name__}: {exc}"}
                take(res)
    except BaseException:
        _stop(procs, hurry=True)         # Ctrl-C or an error: the run is over, no task is worth waiting for
        if cluster is not None:
            cluster.close()
        raise
    _stop(procs)
    if cluster is not None:
        cluster.close()
    return sorted(results, key=lambda r: r["index"])


def _local_cluster(distributed, n: int):
    """A scheduler in this process and ``n`` ``dask worker`` processes (one thread each) on 127.0.0.1.

    The workers run in their own session: Ctrl-C, which the terminal sends to its foreground process
    group, reaches the client alone, which ends the run (exit 130, one line) and stops them; no worker
    dies mid-task printing its traceback. They also stop by themselves (``--death-timeout``) should
    the client die without stopping them. The scheduler serves some HTTP routes: on 127.0.0.1 and a
    free port (None would still bind port 8787, and warn when another run holds it)."""
    import subprocess
    cluster = distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1",
                                       dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)
    procs = []
    try:
        cmd = [sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address, "--nworkers", "1",
               "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1", "--death-timeout", "60",
               "--preload", "auditor.fleet.worker"]
        procs = [subprocess.Popen(cmd, start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) for _ in range(n)]
        client = distributed.Client(cluster)
        client.wait_for_workers(n, timeout=120)
    except BaseException:
        _stop(procs, hurry=True)
        cluster.close()
        raise
    return cluster, client, procs


def _stop(procs: list, hurry: bool = False) -> None:
    """Stop the local workers: gracefully when the run is done; in a ``hurry`` (Ctrl-C, an error) their whole
    session at once (the nanny and its worker process: an audit is read-only, nothing is lost), so the
    run ends at once instead of waiting for a task that hashes a large file."""
    for p in procs:
        if p.poll() is None:
            if hurry:
                with contextlib.suppress(OSError):
                    os.killpg(p.pid, signal.SIGTERM)     # each worker leads its own session (start_new_session)
            else:
                p.terminate()
    for p in procs:
        try:
            p.wait(timeout=2 if hurry else 20)
        except Exception:  # noqa: BLE001 - a worker that does not stop is killed
            with contextlib.suppress(OSError):
                os.killpg(p.pid, signal.SIGKILL)
            p.kill()
            p.wait()
