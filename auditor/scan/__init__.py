"""Stage 2, scan: list and hash a target into a Snapshot, ignoring what is expected to change.

Files on disk are hashed by a pool of threads (hashlib releases the GIL);
archive streams are hashed in order. Nothing that could not be read is
dropped: it stays in the snapshot as a :class:`Problem` and becomes a finding.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable

from auditor.model.baseline import Entry
from auditor.target.base import READ_LIMIT, Member, Target

if TYPE_CHECKING:
    from auditor.patterns import PathPatterns


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
    #: directories that exist but were ignored (not descended into the report)
    ignored_dirs: set[str] = field(default_factory=set)
    #: what the scan's Visitor returned for each file it looked at
    visits: dict = field(default_factory=dict)
    #: contents a visitor kept (served by :meth:`read` without reading the files again)
    kept: dict = field(default_factory=dict)
    #: hosts named by the text files (a baseline build's visitor gathers them while hashing)
    text_hosts: set = field(default_factory=set)
    #: drift mode: files whose digest was taken from the stat cache (their stat was unchanged), sorted
    trusted: list[str] = field(default_factory=list)
    #: stat signature of each file hashed or trusted (directory targets), for the next run's cache
    sigs: dict = field(default_factory=dict)
    #: the same for directories, links and special files (drift mode's check that a tree is unchanged)
    other_sigs: dict = field(default_factory=dict)
    #: (path, algo) -> weaker digest computed on demand for baselines that record only those
    alt_digests: dict = field(default_factory=dict)

    def exists(self, path: str) -> bool:
        return path in self.entries or path in self.ignored_dirs

    @property
    def files(self) -> int:
        return sum(1 for e in self.entries.values() if e.type == "file")

    @property
    def bytes(self) -> int:
        return sum(e.size or 0 for e in self.entries.values() if e.type == "file")

    def read(self, paths: Iterable[str], limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        """Content of tree files (bytes) or why not (str); paths absent from the tree are left out."""
        wanted = set(paths)
        out = {p: self.kept[p] for p in wanted if p in self.kept and len(self.kept[p]) <= limit}
        rest = [m for m in map(self.member, sorted(wanted)) if m is not None and m.path not in out]
        if rest:
            out.update(self.target.read_many(rest, limit))
        return out

    def digest(self, path: str, algo: str) -> str | None:
        """``algo:hex`` of a tree file for a baseline that records a weaker digest (see
        auditor.model.baseline.ALT_DIGESTS); None when the file cannot be read."""
        import hashlib
        cached = self.alt_digests.get((path, algo))
        if cached is not None or (path, algo) in self.alt_digests:
            return cached
        self.alt_digests[(path, algo)] = got = self._digest(path, algo, hashlib)
        return got

    def member(self, path: str) -> Member | None:
        """The member of a tree path: kept by the scan, or rebuilt from its entry (directory targets)."""
        m = self.members.get(path)
        if m is None:
            e = self.entries.get(path)
            if e is not None:
                m = self.target.member_of_entry(e)
        return m

    def _digest(self, path: str, algo: str, hashlib) -> str | None:
        m = self.member(path)
        e = self.entries.get(path)
        if m is None or e is None or e.type != "file" or e.size is None:
            return None
        h = hashlib.sha1(b"blob %d\0" % e.size) if algo == "gitsha1" else hashlib.new(algo)
        try:
            with self.target.open(m) as fh:
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
        except OSError:
            return None
        return f"{algo}:{h.hexdigest()}"

    def same_as(self, official: Entry | None, path: str) -> bool:
        """Whether the tree file at ``path`` has the content of the ``official`` release entry: by sha256,
        or by the weaker digest the release recorded (a vendor list's md5, a git blob id)."""
        t = self.entries.get(path)
        if official is None or t is None or t.type != official.type:
            return False
        if official.type != "file":
            return official.content_key == t.content_key
        if official.sha256 is not None:
            return official.sha256 == t.sha256
        return official.digest is not None and self.digest(path, official.digest.partition(":")[0]) == official.digest

    def text(self, path: str, limit: int = READ_LIMIT) -> str | None:
        got = self.read([path], limit).get(path)
        return got.decode("utf-8", "replace") if isinstance(got, bytes) else None


class _Progress:
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


class Visitor:
    """Looks at the content of each file while it is hashed (no second read of the tree): a file of
    at most ``limit`` bytes is passed as bytes to :meth:`visit`; what it returns (small, picklable,
    or None) is kept in ``Snapshot.visits``. Runs in the hashing workers: keep it pure."""

    limit = 0

    def visit(self, path: str, data: bytes):
        return None


def _hash_member(target: Target, member: Member, visitor: Visitor | None = None):
    """(path, sha256, size, mode, error, visit result, stat signature) of one regular file."""
    try:
        digest, size, mode, data, sig = target.hash_stat(member, visitor.limit if visitor else 0)
        seen = visitor.visit(member.path, data) if visitor is not None and data is not None else None
        return member.path, digest, size, member.mode if mode is None else mode, None, seen, sig
    except OSError as exc:
        size, mode = target.describe(member)
        return member.path, None, size, mode, exc.strerror or str(exc), None, None


# -- worker processes (directory targets with many files) ------------------------------------

#: what a forked hashing worker works on: set in the parent right before the pool forks
_WORK: dict = {}
#: a directory tree with at least this many files is hashed by worker processes (one per core);
#: below it, by threads (forking costs more than it saves on a small tree)
PROCESS_MIN_FILES = 2000


def may_fork_workers() -> bool:
    """Whether this process may start worker processes: not when it is itself a daemonic process (a
    Dask worker is one: multiprocessing refuses it children), which then hashes with threads."""
    mp = sys.modules.get("multiprocessing")     # a daemonic process has imported it: no import here
    return mp is None or not mp.current_process().daemon


def _hash_batch(rels: list[str]) -> list:
    target, visitor = _WORK["target"], _WORK["visitor"]
    return [_hash_member(target, Member(rel, "file", ref=rel), visitor) for rel in rels]


class _ProcessPool:
    """Worker processes forked from the scanning process: they inherit the target's root directory
    descriptor (so they read beneath the very directory the scan opened) and hash batches of paths
    while the parent is still listing. hashlib in one process is bound to one core; processes use
    them all, without the GIL hand-offs of threads."""

    BATCH = 256

    def __init__(self, target: Target, visitor: Visitor | None, workers: int, on_done: Callable[[int], None],
                 take: Callable[[list], None] | None = None):
        import collections
        import multiprocessing
        _WORK.update(target=target, visitor=visitor)
        self.pool = multiprocessing.get_context("fork").Pool(workers)
        self.pending: collections.deque = collections.deque()
        self.batch: list[str] = []
        self.on_done = on_done
        #: consumes each finished batch as soon as it is in (so results never pile up for the whole tree)
        self.take = take
        self.done: list = []

    def _drain(self, block: bool) -> None:
        from auditor import deadline
        while self.pending and (block or self.pending[0].ready()):
            while block and not self.pending[0].ready():
                self.pending[0].wait(0.5)
                deadline.check()
            rows = self.pending.popleft().get()
            if self.take is not None:
                self.take(rows)
            else:
                self.done.extend(rows)

    def submit(self, member: Member | str) -> bool:
        """Queue a file (a Member, or the bare relative path of a directory target's plain file)."""
        self.batch.append(member if member.__class__ is str else member.ref)
        if len(self.batch) >= self.BATCH:
            self._send()
            self._drain(False)
            return True
        return False

    def _send(self) -> None:
        n = len(self.batch)
        self.pending.append(self.pool.apply_async(_hash_batch, (self.batch,), callback=lambda _r, n=n: self.on_done(n)))
        self.batch = []

    def close(self) -> list:
        if self.batch:
            self._send()
        try:
            self._drain(True)
            out, self.done = self.done, []
        finally:
            self.pool.terminate()
            self.pool.join()
            _WORK.clear()
            # each result holds its callback, whose closure holds this pool: a cycle the paused garbage
            # collector would never free (the whole tree's hash results, 118 MB at 200k files)
            self.pending.clear()
        return out

    def abort(self) -> None:
        self.pool.terminate()
        self.pool.join()
        _WORK.clear()


class _HashPool:
    """Worker threads that hash files while the main thread is still listing the tree.

    hashlib and file reads release the GIL, so the workers overlap with each
    other and with the listing; a short switch interval (set by :func:`scan`)
    hands the GIL back quickly after each read, or a Python-bound lister would
    starve them (measured on 50,000 files: 1.7 s listing-then-hashing with the
    default 5 ms interval, 1.2 s overlapped with 0.5 ms).
    """

    BATCH = 64

    def __init__(self, target: Target, visitor: Visitor | None, workers: int, on_done: Callable[[int], None]):
        self.target = target
        self.visitor = visitor
        self.queue: queue.SimpleQueue = queue.SimpleQueue()
        self.results: list = []
        self.errors: list[BaseException] = []
        self.on_done = on_done
        self.batch: list[Member] = []
        self.stop = False
        self.threads = [threading.Thread(target=self._work, name=f"hash-{i}", daemon=True) for i in range(workers)]
        for t in self.threads:
            t.start()

    def _work(self) -> None:
        try:
            while True:
                batch = self.queue.get()
                if batch is None or self.stop:
                    return
                out = [_hash_member(self.target, m, self.visitor) for m in batch]
                self.results.extend(out)
                self.on_done(len(out))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread by close()
            self.errors.append(exc)

    def submit(self, member: Member | str) -> bool:
        """Queue a member (or a plain file's bare relative path); True when a batch was handed to the workers."""
        self.batch.append(Member(member, "file", ref=member) if member.__class__ is str else member)
        if len(self.batch) >= self.BATCH:
            self.queue.put(self.batch)
            self.batch = []
            return True
        return False

    def close(self) -> list:
        if self.batch:
            self.queue.put(self.batch)
            self.batch = []
        for _ in self.threads:
            self.queue.put(None)
        from auditor import deadline
        for t in self.threads:
            while t.is_alive():
                t.join(0.5)
                if deadline.expired():
                    self.stop = True
                    deadline.check()
        if self.errors:
            raise self.errors[0]
        return self.results

    def abort(self) -> None:
        self.close()


def scan(target: Target,
         ignore: PathPatterns | None = None,
         local: PathPatterns | None = None,
         progress: bool | None = None,
         workers: int | None = None,
         visitor: Visitor | None = None,
         trust: dict | None = None) -> Snapshot:
    """List and hash ``target``. Directory trees are hashed in parallel while they are listed: by one
    worker process per core once the tree has PROCESS_MIN_FILES files (the first ones are kept until
    then), by threads below that; archive streams in order. ``visitor`` sees each small file's
    content as it is hashed (``Snapshot.visits``). ``trust`` (drift mode, directory targets): path ->
    (signature, sha256) of an earlier run; a file whose stat signature is unchanged keeps that digest
    unread and is listed in ``Snapshot.trusted``."""
    started = time.perf_counter()
    entries: dict[str, Entry] = {}
    members: dict[str, Member] = {}
    problems: list[Problem] = []
    local_paths: set[str] = set()
    ignored = 0
    ignored_dirs: set[str] = set()

    bar = _Progress(progress)
    listed_files = 0
    interval = sys.getswitchinterval()
    cores = workers or min(8, os.cpu_count() or 2)
    pool = None
    early: list[Member] = []     # files listed before the tree is known to be big enough for processes
    sequential: list[Member] = []
    results: list = []
    trusted: list[str] = []
    sigs: dict = {}
    other_sigs: dict = {}
    if trust is not None and hasattr(target, "list_stats"):
        target.list_stats = True
    # a target that opens a file by its path alone keeps members only where they say more (errors, types)
    compact = target.member_of_entry(Entry("x", "file")) is not None

    visits: dict = {}
    modes: dict = {}

    def take(rows: list) -> None:
        """Hash results into entries (one string per path, the listing's stat dropped)."""
        for path, digest, size, mode, error, seen, sig in rows:
            m = members.get(path)
            if m is not None:
                path = m.path            # one string per path (a worker's result carries its own copy)
                m.sig = None             # the listing's stat is not needed past the scan
            if error is not None:
                problems.append(Problem(path, "unreadable", error))
            entries[path] = Entry(path, "file", size, modes.setdefault(mode, mode), digest, None)
            if seen is not None:
                visits[path] = seen
            if sig is not None:
                sigs[path] = sig

    def start_pool(processes: bool):
        nonlocal pool
        if processes and may_fork_workers():
            pool = _ProcessPool(target, visitor, cores, bar.advance, take)
        else:
            sys.setswitchinterval(0.0005)
            pool = _HashPool(target, visitor, min(4, cores), bar.advance)
        for m in early:
            pool.submit(m)
        early.clear()

    if target.parallel and os.environ.get("AUDITOR_HASH_WORKERS") == "threads":
        start_pool(False)
    bar.start(0, "scanning")
    fast = getattr(target, "fast_listing", False) and target.parallel
    ignore_file = ignore.match if ignore else None
    local_file = local.match if local else None
    from auditor import deadline
    try:
        for m in (target.members(plain=True) if fast else target.members()):
            if listed_files & 255 == 0:
                deadline.check()
            if m.__class__ is str:
                # a plain regular file of a directory target: the hot path
                if (ignored_dirs and m.rpartition("/")[0] in ignored_dirs) or (ignore_file is not None
                                                                              and ignore_file(m)):
                    ignored += 1     # files under an ignored directory are counted as ignored paths
                    continue
                if local_file is not None and local_file(m):
                    local_paths.add(m)
                listed_files += 1
                if pool is None:
                    early.append(Member(m, "file", ref=m))
                    if len(early) >= PROCESS_MIN_FILES:
                        start_pool(cores > 1)
                elif pool.submit(m):
                    bar.total(listed_files)
                continue
            parent = m.path.rpartition("/")[0]
            if parent in ignored_dirs or (ignore is not None and ignore.match_entry(m.path, m.type == "dir")):
                if m.type == "dir":
                    ignored_dirs.add(m.path)
                else:
                    ignored += 1
                continue
            if m.problem == "unsafe-path":
                problems.append(Problem(m.path, "unsafe-path", m.error))
                continue
            if m.error:
                problems.append(Problem(m.path, m.problem or "unreadable", m.error))
            elif m.type in ("fifo", "socket", "chardev", "blockdev", "other"):
                problems.append(Problem(m.path, "special-file", f"{m.type}: recorded by type, never opened"))
            if local is not None and m.type != "dir" and local.match(m.path):
                local_paths.add(m.path)
            if not (compact and m.type == "file" and not m.error):
                members[m.path] = m     # a plain file of a directory target is opened by its path alone
            if m.type == "file" and (not m.error or m.problem == "duplicate"):   # a duplicate: its last copy
                if trust is not None and m.sig is not None and not m.error:
                    known = trust.get(m.path)
                    if known is not None and known[0] == m.sig:
                        entries[m.path] = Entry(m.path, "file", m.size, m.mode, known[1], None)
                        trusted.append(m.path)
                        sigs[m.path], m.sig = m.sig, None
                        continue
                listed_files += 1
                if not target.parallel:
                    sequential.append(m)
                elif pool is None:
                    early.append(m)
                    if len(early) >= PROCESS_MIN_FILES:
                        start_pool(cores > 1)
                elif pool.submit(m):
                    bar.total(listed_files)
            else:
                entries[m.path] = Entry(m.path, m.type, None, m.mode, None, m.target)
                if m.sig is not None:
                    other_sigs[m.path] = m.sig
        bar.total(listed_files)
        if early:
            start_pool(False)
        if pool is not None:
            results = pool.close()
            pool = None
        for m in sequential:
            deadline.check()
            results.append(_hash_member(target, m, visitor))
            bar.advance(1)
    finally:
        if pool is not None:
            pool.abort()
        sys.setswitchinterval(interval)
        bar.stop()

    take(results)
    del results

    problems.sort(key=lambda p: (p.path, p.kind))
    snap = Snapshot(target, dict(sorted(entries.items())), members, problems, ignored, local_paths,
                    time.perf_counter() - started, ignored_dirs, visits)
    snap.trusted = sorted(trusted)
    snap.sigs = sigs
    snap.other_sigs = other_sigs
    return snap
