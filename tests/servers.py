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
