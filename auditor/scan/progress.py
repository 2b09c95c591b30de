"""The scan's progress on stderr."""

from __future__ import annotations

import sys
import threading
import time


class Progress:
    """Progress on stderr: a rich bar on a terminal; with --progress on anything else (a CI log, a
    file) plain lines, at most one every PLAIN_EVERY seconds and a last one at the end."""

    PLAIN_EVERY = 2.0

    def __init__(self, enabled: bool | None):
        tty = sys.stderr.isatty()
        self.enabled = tty if enabled is None else enabled
        self.plain = self.enabled and not tty
        self._bar = None
        self._task = None
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0
        self._label = ""
        self._last = 0.0

    def start(self, total_bytes: int, label: str) -> None:
        if not self.enabled:
            return
        self._total, self._label = total_bytes, label
        if self.plain:
            self._last = time.monotonic()
            self._line()
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        self._bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("files"), TimeRemainingColumn(), console=Console(stderr=True),
                             transient=True)
        self._bar.start()
        self._task = self._bar.add_task(label, total=total_bytes)

    def _line(self) -> None:
        total = f" of {self._total}" if self._total else ""
        try:
            print(f"auditor: {self._label}: {self._done}{total} files", file=sys.stderr, flush=True)
        except (OSError, ValueError):
            self.plain = self.enabled = False

    def advance(self, n: int) -> None:
        if self.plain:
            with self._lock:
                self._done += n
                now = time.monotonic()
                if now - self._last >= self.PLAIN_EVERY:
                    self._last = now
                    self._line()
        elif self._bar is not None:
            with self._lock:
                self._bar.advance(self._task, n)

    def total(self, n: int) -> None:
        if self.plain:
            with self._lock:
                self._total, self._label = n, "hashing"
        elif self._bar is not None:
            with self._lock:
                self._bar.update(self._task, total=n, description="hashing")

    def stop(self) -> None:
        if self.plain:
            self._line()
        elif self._bar is not None:
            self._bar.stop()
