"""Stage 2, scan: list and hash a target into a Snapshot, ignoring what is expected to change.

Files on disk are hashed by a pool of threads (hashlib releases the GIL);
archive streams are hashed in order. Nothing that could not be read is
dropped: it stays in the snapshot as a :class:`Problem` and becomes a finding.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable

import pathspec

from auditor.model.baseline import Entry
from auditor.target.base import READ_LIMIT, Member, Target


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the tree that could not be read or must not be read."""

    path: str
    kind: str  # unreadable | special-file | unsafe-path | duplicate
    detail: str


@dataclass
class Snapshot:
    target: Target
    entries: dict[str, Entry]
    members: dict[str, Member]
    problems: list[Problem] = field(default_factory=list)
    ignored: int = 0
    local: set[str] = field(default_factory=set)
    seconds: float = 0.0

    @property
    def files(self) -> int:
        return sum(1 for e in self.entries.values() if e.type == "file")

    @property
    def bytes(self) -> int:
        return sum(e.size or 0 for e in self.entries.values() if e.type == "file")

    def read(self, paths: Iterable[str], limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        """Content of tree files (bytes) or why not (str); paths absent from the tree are left out."""
        wanted = [self.members[p] for p in sorted(set(paths)) if p in self.members]
        return self.target.read_many(wanted, limit) if wanted else {}

    def text(self, path: str, limit: int = READ_LIMIT) -> str | None:
        got = self.read([path], limit).get(path)
        return got.decode("utf-8", "replace") if isinstance(got, bytes) else None


class _Progress:
    """A rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool | None):
        if enabled is None:
            enabled = sys.stderr.isatty()
        self.enabled = enabled
        self._bar = None
        self._task = None
        self._lock = threading.Lock()

    def start(self, total_bytes: int, label: str) -> None:
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
        self._bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), DownloadColumn(),
                             TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._bar.start()
        self._task = self._bar.add_task(label, total=total_bytes)

    def advance(self, n: int) -> None:
        if self._bar is not None:
            with self._lock:
                self._bar.advance(self._task, n)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _hash_member(target: Target, member: Member) -> tuple[Member, str | None, int, str | None]:
    try:
        digest, size = target.hash(member)
        return member, digest, size, None
    except OSError as exc:
        return member, None, member.size or 0, exc.strerror or str(exc)


def scan(target: Target,
         ignore: pathspec.PathSpec | None = None,
         local: pathspec.PathSpec | None = None,
         progress: bool | None = None,
         workers: int | None = None,
         on_event: Callable[[str], None] | None = None) -> Snapshot:
    started = time.perf_counter()
    entries: dict[str, Entry] = {}
    members: dict[str, Member] = {}
    problems: list[Problem] = []
    local_paths: set[str] = set()
    ignored = 0
    ignored_dirs: set[str] = set()
    to_hash: list[Member] = []

    for m in target.members():
        parent = m.path.rpartition("/")[0]
        if parent in ignored_dirs or (ignore is not None and (
                ignore.match_file(m.path) or (m.type == "dir" and ignore.match_file(m.path + "/")))):
            if m.type == "dir":
                ignored_dirs.add(m.path)
            else:
                ignored += 1
            continue
        if m.error and m.type in ("other",) and m.path.split("/")[0] and "unsafe" in m.error:
            problems.append(Problem(m.path, "unsafe-path", m.error))
            continue
        if m.error:
            problems.append(Problem(m.path, "duplicate" if "more than once" in m.error else "unreadable", m.error))
        if m.type in ("fifo", "socket", "chardev", "blockdev", "other") and not m.error:
            problems.append(Problem(m.path, "special-file", f"{m.type}: recorded by type, never opened"))
        if local is not None and m.type != "dir" and local.match_file(m.path):
            local_paths.add(m.path)
        members[m.path] = m
        if m.type == "file":
            to_hash.append(m)
        else:
            entries[m.path] = Entry(m.path, m.type, None, m.mode, None, m.target)

    bar = _Progress(progress)
    bar.start(sum(m.size or 0 for m in to_hash), f"hashing {len(to_hash)} files")

    def record(result):
        member, digest, size, error = result
        if error is not None:
            problems.append(Problem(member.path, "unreadable", error))
        entries[member.path] = Entry(member.path, "file", size, member.mode, digest, None)
        bar.advance(size)

    try:
        if target.parallel and len(to_hash) > 1:
            n = workers or min(8, 2 * (os.cpu_count() or 2))
            # big files first, so the pool does not end waiting on one large file
            to_hash.sort(key=lambda m: -(m.size or 0))
            chunk = max(1, min(256, len(to_hash) // (n * 8) or 1))
            batches = [to_hash[i:i + chunk] for i in range(0, len(to_hash), chunk)]
            with ThreadPoolExecutor(max_workers=n, thread_name_prefix="hash") as pool:
                for results in pool.map(lambda batch: [_hash_member(target, m) for m in batch], batches):
                    for r in results:
                        record(r)
        else:
            for m in to_hash:
                record(_hash_member(target, m))
    finally:
        bar.stop()

    problems.sort(key=lambda p: (p.path, p.kind))
    return Snapshot(target, dict(sorted(entries.items())), members, problems, ignored, local_paths,
                    time.perf_counter() - started)
