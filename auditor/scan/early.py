"""Hashing that starts before the scan: while an audit still loads its inputs, profile and baselines (a
fifth of a second on one core, the other idle), one forked process walks the directory target and hashes
its plain files in the order the scan will list them. The scan then takes the digest of every file the
early process got to and hashes only the rest.

The early process knows nothing of the profile yet: it hashes ignored files too, for as long as it runs,
and those results are dropped. It is bounded by time, not by the tree: the scan stops it (SIGKILL) as it
begins, whatever file it is in, and reads the batches it finished; an audit killed outright takes it along
(the kernel's parent-death signal). It walks and reads exactly as the scan
does (:class:`auditor.target.directory.DirectoryTarget`: beneath the root, no link followed, FIFOs and
devices never opened, each file read up to the size fstat gave), and writes its results into an
anonymous memory file (never into the tree, never blocking on a full pipe). What it could not read is
an error row, as in the scan. A result is used only for the same path listed again as a plain regular
file; anything else the scan lists is hashed as always. When the early process cannot start (a daemonic
process, one core, no memfd), the scan runs as it always did.
"""

from __future__ import annotations

import marshal
import mmap
import os
import signal
import struct

from auditor.process import parent_death_arm
from auditor.scan.hashing import hash_member, may_fork_workers
from auditor.target.base import Member

#: files per batch the early process writes (a batch it was killed in the middle of is lost)
BATCH = 16
#: a tree of fewer entries is hashed in less time than a fork costs (a few milliseconds, more in a big process)
MIN_ENTRIES = 512
_HEAD = struct.Struct("<I")


class EarlyHashes:
    """One forked process hashing a directory target's plain files in listing order until it is stopped."""

    def __init__(self, target):
        self.pid: int | None = None
        self.fd = os.memfd_create("auditor-early-hashes", os.MFD_CLOEXEC)
        #: shared with the child: set to 1 when the scan takes over
        self.flag = mmap.mmap(-1, 1)
        parent, arm = os.getpid(), parent_death_arm()
        try:
            pid = os.fork()
        except OSError:
            self.close()
            raise
        if pid == 0:                    # the child: never returns
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                arm(parent)                 # an audit killed outright takes it along
                self._walk(target)
                code = 0
            finally:
                os._exit(code)
        self.pid = pid

    def _walk(self, target) -> None:
        rows: list = []
        flag, fd = self.flag, self.fd
        for m in target.members(plain=True):
            if flag[0]:
                return
            if m.__class__ is not str:
                continue
            rows.append(hash_member(target, Member(m, "file", ref=m), None))
            if len(rows) >= BATCH:
                _write(fd, rows)
                rows = []
        if rows:
            _write(fd, rows)

    def stop(self) -> dict[str, tuple]:
        """Stop the early process wherever it is; path -> hash row (as hash_member gives) of each file it
        finished."""
        if self.fd is None:
            return {}
        self.flag[0] = 1
        if self.pid is not None:
            _kill(self.pid)
            self.pid = None
        try:
            size = os.fstat(self.fd).st_size
            data = os.pread(self.fd, size, 0) if size else b""
        finally:
            self.close()
        out: dict[str, tuple] = {}
        pos = 0
        while pos + _HEAD.size <= len(data):
            (n,) = _HEAD.unpack_from(data, pos)
            if pos + _HEAD.size + n > len(data):
                break                   # the batch it was killed while writing
            for row in marshal.loads(data[pos + _HEAD.size:pos + _HEAD.size + n]):
                out[row[0]] = row
            pos += _HEAD.size + n
        return out

    def close(self) -> None:
        if self.pid is not None:
            _kill(self.pid)
            self.pid = None
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if not self.flag.closed:
            self.flag.close()


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _write(fd: int, rows: list) -> None:
    blob = marshal.dumps(rows)
    view = memoryview(_HEAD.pack(len(blob)) + blob)
    while view:
        view = view[os.write(fd, view):]


def _at_least(target, n: int) -> bool:
    """Whether the tree holds at least ``n`` entries: directories listed breadth first (beneath the root, no
    link followed, nothing opened but directories) until ``n`` are counted."""
    count, queue = 0, [""]
    while queue:
        rel_dir = queue.pop(0)
        try:
            for de, _ in target.listing(rel_dir):
                count += 1
                if count >= n:
                    return True
                if de.is_dir(follow_symlinks=False):
                    queue.append(f"{rel_dir}/{de.name}" if rel_dir else de.name)
        except OSError:
            continue
    return False


def start(target, cores: int | None = None) -> EarlyHashes | None:
    """An early hashing process for ``target`` when it helps and may run: a directory target listed fast of
    at least MIN_ENTRIES entries, more than one core, a process allowed children."""
    if getattr(target, "kind", None) != "directory" or not getattr(target, "fast_listing", False) \
            or not getattr(target, "parallel", False) or getattr(target, "threads_only", False):
        return None
    if (cores or os.cpu_count() or 1) < 2 or not may_fork_workers() or not hasattr(os, "memfd_create"):
        return None
    if os.environ.get("AUDITOR_HASH_WORKERS") == "threads" or not _at_least(target, MIN_ENTRIES):
        return None
    try:
        return EarlyHashes(target)
    except OSError:
        return None
