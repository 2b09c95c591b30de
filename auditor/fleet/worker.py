"""Loaded by every worker of the local cluster (``preload``): a worker leaves Ctrl-C to the client.

The terminal sends SIGINT to the whole foreground process group, the workers included. A worker that
took it would die in the middle of a task and print its traceback; the client already ends the run
(exit 130, one line) and closes the cluster, which stops the workers cleanly.
"""

from __future__ import annotations

import signal


def dask_setup(worker=None) -> None:
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:       # not the process's main thread: the disposition inherited from the client stays
        pass


dask_setup()
