"""Hashing the files of a scan: in order, by worker threads, or by forked worker processes."""

from __future__ import annotations

import queue
import threading
from typing import Callable

from auditor.target.base import Member, Target


class Visitor:
    """Looks at the content of each file while it is hashed (no second read of the tree): a file of
    at most ``limit`` bytes is passed as bytes to :meth:`visit`; what it returns (small, picklable,
    or None) is kept in ``Snapshot.visits``. Runs in the hashing workers: keep it pure."""

    limit = 0

    def visit(self, path: str, data: bytes):
        return None

    # A visitor that can say what it needs of a content apart from the path it is at (``facts``) is
    # run over a BlobMemo: a content met again (the same git blob in another release) is neither read
    # nor hashed again; ``visit_known`` answers from its facts and reads it (``read()``) only if it must.
    memoizable = False

    def facts(self, data: bytes):
        return None

    def visit_known(self, path: str, facts, read: Callable[[], bytes]):
        return self.visit(path, read())

    def visit_new(self, path: str, facts, data: bytes):
        """A content the memo did not know, at hand with its facts just computed."""
        return self.visit_known(path, facts, lambda: data)


class BlobMemo:
    """What the scans of several releases of one repository learnt of each content they hashed, by its
    git object id: sha256, size and the visitor's facts (a visitor's facts depend on the content only).
    Bounded: at most LIMIT contents are remembered (an entry is a few hundred bytes)."""

    LIMIT = 2_000_000
    #: raw tree objects kept (bytes), so that a directory met again is not read again either
    TREE_BYTES = 64 << 20

    def __init__(self):
        self.known: dict[bytes, tuple[str, int, object]] = {}
        self.trees: dict[bytes, bytes] = {}
        self.tree_bytes = 0

    def tree(self, oid: bytes) -> bytes | None:
        return self.trees.get(oid)

    def put_tree(self, oid: bytes, data: bytes) -> None:
        if self.tree_bytes + len(data) <= self.TREE_BYTES:
            self.trees[oid] = data
            self.tree_bytes += len(data)

    def get(self, oid: bytes):
        return self.known.get(oid)

    def put(self, oid: bytes, digest: str, size: int, facts) -> None:
        if len(self.known) < self.LIMIT:
            self.known[oid] = (digest, size, facts)


def hash_member(target: Target, member: Member, visitor: Visitor | None = None):
    """(path, sha256, size, mode, error, visit result, stat signature) of one regular file."""
    try:
        memo, oid = target.memo, getattr(member.ref, "binsha", None)
        if memo is not None and oid is not None and (visitor is None or visitor.memoizable):
            known = memo.get(oid)
            if known is not None:
                digest, size, facts = known
                seen = None
                if visitor is not None and facts is not None:
                    seen = visitor.visit_known(member.path, facts, lambda: target.hash_keep(member, visitor.limit)[3])
                return member.path, digest, size, member.mode, None, seen, None
        digest, size, mode, data, sig = target.hash_stat(member, visitor.limit if visitor else 0)
        seen = facts = None
        if visitor is not None and data is not None:
            if memo is not None and oid is not None:
                # a new content for the memo: its facts once, and the visit answered from them (what
                # ``visit`` would compute again, such as the hosts, is not computed twice)
                facts = visitor.facts(data)
                seen = visitor.visit_new(member.path, facts, data)
            else:
                seen = visitor.visit(member.path, data)
        if memo is not None and oid is not None:
            memo.put(oid, digest, size, facts)
        return member.path, digest, size, member.mode if mode is None else mode, None, seen, sig
    except OSError as exc:
        size, mode = target.describe(member)
        return member.path, None, size, mode, exc.strerror or str(exc), None, None


# -- worker processes (directory targets with many files) ------------------------------------

#: what a forked hashing worker works on: set in the parent right before the pool forks
WORK: dict = {}
#: a directory tree with at least this many files is hashed by worker processes (one per core);
#: below it, by threads (forking costs more than it saves on a small tree)
PROCESS_MIN_FILES = 2000


def hash_batch(rels: list[str]) -> list:
    target, visitor = WORK["target"], WORK["visitor"]
    return [hash_member(target, Member(rel, "file", ref=rel), visitor) for rel in rels]


class ProcessPool:
    """Worker processes forked from the scanning process: they inherit the target's root directory
    descriptor (so they read beneath the very directory the scan opened) and hash batches of paths
    while the parent is still listing. hashlib in one process is bound to one core; processes use
    them all, without the GIL hand-offs of threads."""

    BATCH = 256

    def __init__(self, target: Target, visitor: Visitor | None, workers: int, on_done: Callable[[int], None],
                 take: Callable[[list], None] | None = None):
        import collections
        import multiprocessing
        WORK.update(target=target, visitor=visitor)
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
        self.pending.append(self.pool.apply_async(hash_batch, (self.batch,), callback=lambda _r, n=n: self.on_done(n)))
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
            WORK.clear()
            # each result holds its callback, whose closure holds this pool: a cycle the paused garbage
            # collector would never free (the whole tree's hash results, 118 MB at 200k files)
            self.pending.clear()
        return out

    def abort(self) -> None:
        self.pool.terminate()
        self.pool.join()
        WORK.clear()


class HashPool:
    """Worker threads that hash files while the main thread is still listing the tree.

    hashlib and file reads release the GIL, so the workers overlap with each
    other and with the listing; a short switch interval (set by :func:`auditor.scan.scan`)
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
                out = [hash_member(self.target, m, self.visitor) for m in batch]
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
