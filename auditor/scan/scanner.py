"""The scan: list and hash a target into a Snapshot, ignoring what is expected to change.

Files on disk are hashed in parallel while they are listed (auditor.scan.hashing);
archive streams are hashed in order. Nothing that could not be read is
dropped: it stays in the snapshot as a :class:`Problem` and becomes a finding.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Callable

from auditor import deadline
from auditor.model.baseline import Entry
from auditor.process import may_fork_workers
from auditor.scan.hashing import PROCESS_MIN_FILES, HashPool, ProcessPool, Visitor, hash_member
from auditor.scan.progress import Progress
from auditor.scan.snapshot import Problem, Snapshot
from auditor.target.base import Member, Target

if TYPE_CHECKING:
    from auditor.patterns import PathPatterns

#: member types recorded by type and never opened
SPECIAL = ("fifo", "socket", "chardev", "blockdev", "other")


class _Scan:
    """One scan's state: what was listed, what waits to be hashed, and the results as they come in."""

    def __init__(self, target: Target, ignore: PathPatterns | None, local: PathPatterns | None,
                 progress: bool | None, workers: int | None, visitor: Visitor | None, trust: dict | None):
        self.target, self.ignore, self.local, self.visitor, self.trust = target, ignore, local, visitor, trust
        self.entries: dict[str, Entry] = {}
        self.members: dict[str, Member] = {}
        self.problems: list[Problem] = []
        self.local_paths: set[str] = set()
        self.ignored = 0
        self.ignored_dirs: set[str] = set()
        self.bar = Progress(progress)
        self.listed_files = 0
        self.cores = workers or min(8, os.cpu_count() or 2)
        self.pool: ProcessPool | HashPool | None = None
        self.early: list[Member] = []     # files listed before the tree is known to be big enough for processes
        self.sequential: list[Member] = []
        self.trusted: list[str] = []
        self.sigs: dict = {}
        self.other_sigs: dict = {}
        self.visits: dict = {}
        self.modes: dict = {}
        # a target that opens a file by its path alone keeps members only where they say more (errors, types)
        self.compact = target.member_of_entry(Entry("x", "file")) is not None
        self.meanwhile: Callable[[], None] | None = None
        self.prehashed: dict[str, tuple] = {}
        self.prehashed_rows: list = []
        #: files queued before worker processes start (fewer when the early process found a big tree)
        self.process_min = PROCESS_MIN_FILES
        #: a running early process the scan meets in the middle (auditor.scan.early)
        self.live = None

    def take(self, rows: list) -> None:
        """Hash results into entries (one string per path, the listing's stat dropped)."""
        members, modes, entries = self.members, self.modes, self.entries
        for path, digest, size, mode, error, seen, sig in rows:
            m = members.get(path)
            if m is not None:
                path = m.path            # one string per path (a worker's result carries its own copy)
                m.sig = None             # the listing's stat is not needed past the scan
            if error is not None:
                self.problems.append(Problem(path, "unreadable", error))
            entries[path] = Entry(path, "file", size, modes.setdefault(mode, mode), digest, None)
            if seen is not None:
                self.visits[path] = seen
            if sig is not None:
                self.sigs[path] = sig

    def start_pool(self, processes: bool) -> None:
        if processes and may_fork_workers():
            self.pool = ProcessPool(self.target, self.visitor, self.cores, self.bar.advance, self.take)
        else:
            sys.setswitchinterval(0.0005)
            threads = self.target.hash_threads or min(4, self.cores)
            self.pool = HashPool(self.target, self.visitor, threads, self.bar.advance)
        for m in self.early:
            self.pool.submit(m)
        self.early.clear()

    def queue(self, m: Member | str) -> None:
        """Hand a listed file to the hashing: kept until the tree is known big enough for processes,
        then submitted to the pool; an archive stream's members are hashed in order at the end."""
        self.listed_files += 1
        if not self.target.parallel:
            self.sequential.append(m)
        elif self.pool is None:
            self.early.append(Member(m, "file", ref=m) if m.__class__ is str else m)
            if len(self.early) >= self.process_min:
                self.start_pool(self.cores > 1 and not self.target.threads_only)
        elif self.pool.submit(m):
            self.bar.total(self.listed_files)

    def plain(self, rel: str) -> None:
        """A plain regular file of a directory target (a bare relative path): the hot path."""
        if not self.wanted(rel):
            return
        if self.prehashed:
            row = self.prehashed.pop(rel, None)
            if row is not None:
                self.prehashed_rows.append(row)
                self.listed_files += 1
                self.bar.advance(1)
                return
        pool = self.pool
        if pool is None:
            self.queue(rel)
            return
        self.listed_files += 1          # plain files come from a directory target: always hashed in parallel
        if pool.submit(rel):
            self.bar.total(self.listed_files)

    def member(self, m: Member) -> None:
        """Any other member: ignored, refused, recorded as a problem, trusted, queued or entered as it is."""
        if m.path.rpartition("/")[0] in self.ignored_dirs or (
                self.ignore is not None and self.ignore.match_entry(m.path, m.type == "dir")):
            if m.type == "dir":
                self.ignored_dirs.add(m.path)
            else:
                self.ignored += 1
            return
        if m.problem == "unsafe-path":
            self.problems.append(Problem(m.path, "unsafe-path", m.error))
            return
        if m.error:
            self.problems.append(Problem(m.path, m.problem or "unreadable", m.error))
        elif m.type in SPECIAL:
            self.problems.append(Problem(m.path, "special-file", f"{m.type}: recorded by type, never opened"))
        if self.local is not None and m.type != "dir" and self.local.match(m.path):
            self.local_paths.add(m.path)
        if not (self.compact and m.type == "file" and not m.error):
            self.members[m.path] = m     # a plain file of a directory target is opened by its path alone
        if m.type == "file" and (not m.error or m.problem == "duplicate"):   # a duplicate: its last copy
            if not self.trusted_digest(m):
                self.queue(m)
        else:
            self.entries[m.path] = Entry(m.path, m.type, None, m.mode, None, m.target)
            if m.sig is not None:
                self.other_sigs[m.path] = m.sig

    def trusted_digest(self, m: Member) -> bool:
        """Drift mode: keep an earlier run's digest for a file whose stat signature is unchanged."""
        if self.trust is None or m.sig is None or m.error:
            return False
        known = self.trust.get(m.path)
        if known is None or known[0] != m.sig:
            return False
        self.entries[m.path] = Entry(m.path, "file", m.size, m.mode, known[1], None)
        self.trusted.append(m.path)
        self.sigs[m.path], m.sig = m.sig, None
        return True

    def wanted(self, rel: str) -> bool:
        """A plain file the scan hashes (not ignored); a local one is noted."""
        if (self.ignored_dirs and rel.rpartition("/")[0] in self.ignored_dirs) or (
                self.ignore is not None and self.ignore.match(rel)):
            self.ignored += 1     # files under an ignored directory are counted as ignored paths
            return False
        if self.local is not None and self.local.match(rel):
            self.local_paths.add(rel)
        return True

    def list_and_meet(self, early) -> list:
        """Beside a running early process (auditor.scan.early): list the tree, tell the early process which
        plain files are wanted, and hash from the end of the listing back, in a thread (the main thread runs
        ``meanwhile``), until the early process's position is reached; then stop it and take its results.
        A wanted file that neither hashed (the tree changed between the two listings, the early process
        died) is hashed here."""
        target = self.target
        self.bar.start(0, "scanning")
        todo: list[tuple[int, str]] = []
        wanted = bytearray()
        position = 0
        plain, member = self.wanted, self.member
        for n, m in enumerate(target.members(plain=True)):
            if n & 255 == 0:
                deadline.check()
            if m.__class__ is str:
                if position >> 3 >= len(wanted):
                    wanted.append(0)
                if plain(m):
                    todo.append((position, m))
                    wanted[position >> 3] |= 1 << (position & 7)
                position += 1
            else:
                member(m)
        early.need(bytes(wanted))
        self.listed_files += len(todo)
        self.bar.total(self.listed_files)
        sys.setswitchinterval(0.0005)       # the hashing thread gets the GIL back soon after each read
        back = _Back(target, todo, early, self.bar.advance)
        try:
            if self.meanwhile is not None:
                self.meanwhile()
        except BaseException:
            back.stop = True                # an error of the caller's work: the thread ends before it is raised
            back.thread.join()
            raise
        results = back.join()
        done = early.stop()
        rest = []
        for _, rel in todo[:back.left]:
            row = done.get(rel)
            if row is not None:
                results.append(row)
                self.bar.advance(1)
            else:
                rest.append(rel)
        for rel in rest:
            deadline.check()
            results.append(hash_member(target, Member(rel, "file", ref=rel), None))
            self.bar.advance(1)
        if self.early:                      # files listed as members (not bare paths): hashed by threads
            self.start_pool(False)
            results.extend(self.pool.close())
            self.pool = None
        return results

    def list_and_hash(self) -> list:
        """List the target, hashing while it lists; the hash results of the pool and the sequential files."""
        target = self.target
        if self.live is not None:
            return self.list_and_meet(self.live)
        if target.parallel and os.environ.get("AUDITOR_HASH_WORKERS") == "threads":
            self.start_pool(False)
        self.bar.start(0, "scanning")
        fast = getattr(target, "fast_listing", False) and target.parallel
        plain, member = self.plain, self.member
        for n, m in enumerate(target.members(plain=True) if fast else target.members()):
            if n & 255 == 0:
                deadline.check()
            if m.__class__ is str:
                plain(m)
            else:
                member(m)
        self.bar.total(self.listed_files)
        if self.early:
            self.start_pool(False)
        if self.meanwhile is not None:
            self.meanwhile()
        results, self.prehashed_rows = self.prehashed_rows, []
        self.prehashed = {}
        if self.pool is not None:
            results.extend(self.pool.close())
            self.pool = None
        if self.sequential:
            target.prefetch(self.sequential)
            try:
                for m in self.sequential:
                    deadline.check()
                    results.append(hash_member(target, m, self.visitor))
                    self.bar.advance(1)
            finally:
                target.end_prefetch()
        return results

    def run(self) -> Snapshot:
        started = time.perf_counter()
        if self.trust is not None and hasattr(self.target, "list_stats"):
            self.target.list_stats = True
        interval = sys.getswitchinterval()
        try:
            results = self.list_and_hash()
        finally:
            if self.pool is not None:
                self.pool.abort()
            sys.setswitchinterval(interval)
            self.bar.stop()
        self.take(results)
        del results
        self.problems.sort(key=lambda p: (p.path, p.kind))
        snap = Snapshot(self.target, dict(sorted(self.entries.items())), self.members, self.problems, self.ignored,
                        self.local_paths, time.perf_counter() - started, self.ignored_dirs, self.visits)
        snap.trusted = sorted(self.trusted)
        snap.sigs = self.sigs
        snap.other_sigs = self.other_sigs
        return snap


class _Back:
    """A thread hashing a listing's wanted plain files from the last one back, until it reaches what the early
    process has finished (``left``: how many, from the front, it did not hash)."""

    def __init__(self, target: Target, todo: list[tuple[int, str]], early, on_done: Callable[[int], None]):
        import threading
        self.target, self.todo, self.early, self.on_done = target, todo, early, on_done
        self.left = len(todo)
        self.rows: list = []
        self.error: BaseException | None = None
        self.stop = False
        self.thread = threading.Thread(target=self._work, name="hash-back", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        try:
            todo, target, rows, early = self.todo, self.target, self.rows, self.early
            k = len(todo)
            while k and not self.stop:
                position, rel = todo[k - 1]
                if position < early.progress():
                    break
                rows.append(hash_member(target, Member(rel, "file", ref=rel), None))
                k -= 1
                self.left = k
                self.on_done(1)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the scan's thread by join()
            self.error = exc

    def join(self) -> list:
        try:
            while self.thread.is_alive():
                self.thread.join(0.5)
                deadline.check()
        finally:
            self.stop = True
            self.thread.join()
        if self.error is not None:
            raise self.error
        return self.rows


def scan(target: Target,
         ignore: PathPatterns | None = None,
         local: PathPatterns | None = None,
         progress: bool | None = None,
         workers: int | None = None,
         visitor: Visitor | None = None,
         trust: dict | None = None,
         meanwhile: Callable[[], None] | None = None,
         prehashed: dict[str, tuple] | None = None,
         early=None) -> Snapshot:
    """List and hash ``target``. Directory trees are hashed in parallel while they are listed: by one
    worker process per core once the tree has PROCESS_MIN_FILES files (the first ones are kept until
    then), by threads below that; archive streams in order. ``visitor`` sees each small file's
    content as it is hashed (``Snapshot.visits``). ``trust`` (drift mode, directory targets): path ->
    (signature, sha256) of an earlier run; a file whose stat signature is unchanged keeps that digest
    unread and is listed in ``Snapshot.trusted``. ``meanwhile``: the caller's work that needs no digest, run
    once the listing is done while the workers still hash. ``prehashed``: path -> hash row of the plain files
    hashed before the scan (auditor.scan.early), taken for those paths when they are listed as plain files."""
    s = _Scan(target, ignore, local, progress, workers, visitor, trust)
    s.meanwhile = meanwhile
    if early is not None and getattr(target, "fast_listing", False) and target.parallel and trust is None \
            and visitor is None:
        s.live = early
        s.process_min = sys.maxsize     # the few files listed as members are hashed by threads at the end
    elif early is not None:
        prehashed = {**(prehashed or {}), **early.stop()}
    s.prehashed = prehashed or {}
    if s.prehashed:
        # the tree is known to be big (auditor.scan.early): the workers start with the first batch
        s.process_min = ProcessPool.BATCH
    return s.run()
