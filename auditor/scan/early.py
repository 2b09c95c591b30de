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

The scan does not have to stop it at once (:meth:`EarlyHashes.progress`, :meth:`EarlyHashes.need`): it
lists the tree, tells the early process which of the plain files it lists are wanted (a bitmap by listing
position: ignored files are then skipped), and hashes from the end of its listing back while the early
process goes on from the front; it stops the early process where the two meet. Positions only decide who
hashes what: a result is still taken by path, and whatever neither hashed is hashed by the scan.
"""

from __future__ import annotations

import marshal
import mmap
import os
import signal
import struct

from auditor.process import may_fork_workers, parent_death_arm

# Nothing heavier is imported here: prestart() runs before the command's modules are imported, and the
# child it forks imports the target and hashing code itself (the parent has no other thread then).

#: files per batch the early process writes (a batch it was killed in the middle of is lost)
BATCH = 16
#: a tree of fewer entries is hashed in less time than a fork costs (a few milliseconds, more in a big process)
MIN_ENTRIES = 512
_HEAD = struct.Struct("<I")
#: the shared page: byte 0 "stop", byte 1 "the bitmap of wanted files is published", then at _DONE the
#: number of plain files (by listing position) whose results are written
_DONE = struct.Struct("<q")
_DONE_AT = 8
#: byte 2 "the root is recorded", then at _ROOT_AT the device and inode of the root directory the early
#: process reads (the audit takes a prestarted process only for the directory its own target opened)
_ROOT = struct.Struct("<QQ")
_ROOT_AT = 16


class EarlyHashes:
    """One forked process hashing a directory target's plain files in listing order until it is stopped."""

    def __init__(self, target=None, path: str | None = None, started_ns: int | None = None):
        """Hash ``target`` (an open DirectoryTarget, forked with it), or the directory ``path``, opened by the
        child as a DirectoryTarget whose racy limit is taken from ``started_ns`` (prestart)."""
        self.pid: int | None = None
        self.fd = self.want_fd = None
        self.flag = mmap.mmap(-1, _ROOT_AT + _ROOT.size)
        self.fd = os.memfd_create("auditor-early-hashes", os.MFD_CLOEXEC)
        #: the scan's bitmap of the plain files it wants hashed, by listing position (written after the fork)
        self.want_fd = os.memfd_create("auditor-early-wanted", os.MFD_CLOEXEC)
        parent = os.getpid()
        arm = parent_death_arm() if target is not None else None
        try:
            pid = os.fork()
        except OSError:
            self.close()
            raise
        if pid == 0:                    # the child: never returns
            code = 1
            try:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                (arm or parent_death_arm())(parent)     # an audit killed outright takes it along
                if target is None:
                    target = _open(path, started_ns)
                if target is not None:
                    st = os.fstat(target.fd)
                    _ROOT.pack_into(self.flag, _ROOT_AT, st.st_dev, st.st_ino)
                    self.flag[2] = 1
                    self._walk(target)
                code = 0
            finally:
                os._exit(code)
        self.pid = pid

    def reads(self, fd: int) -> bool:
        """Whether the early process reads the directory open as ``fd`` (the same device and inode)."""
        if self.flag.closed or not self.flag[2]:
            return False
        st = os.fstat(fd)
        return _ROOT.unpack_from(self.flag, _ROOT_AT) == (st.st_dev, st.st_ino)

    def _walk(self, target) -> None:
        from auditor.scan.hashing import hash_member
        from auditor.target.base import Member
        rows: list = []
        flag, fd = self.flag, self.fd
        wanted: bytes | None = None
        position = 0
        for m in target.members(plain=True):
            if flag[0]:
                return
            if m.__class__ is not str:
                continue
            at = position
            position += 1
            if wanted is None and flag[1]:
                wanted = os.pread(self.want_fd, os.fstat(self.want_fd).st_size, 0)
            if wanted is not None and (at >> 3) < len(wanted) and not (wanted[at >> 3] >> (at & 7)) & 1:
                continue                # listed by the scan and not wanted (ignored)
            rows.append(hash_member(target, Member(m, "file", ref=m), None))
            if len(rows) >= BATCH:
                _write(fd, rows)
                rows = []
                _DONE.pack_into(flag, _DONE_AT, position)
        if rows:
            _write(fd, rows)
        _DONE.pack_into(flag, _DONE_AT, position)

    def progress(self) -> int:
        """How many plain files, by listing position, the early process has finished (results written)."""
        return _DONE.unpack_from(self.flag, _DONE_AT)[0] if not self.flag.closed else 0

    def need(self, wanted: bytes) -> None:
        """Tell the early process which plain files (bit ``i``: the ``i``-th in listing order) the scan wants;
        it skips the others from then on."""
        if self.want_fd is None:
            return
        view = memoryview(wanted)
        at = 0
        while at < len(view):
            at += os.pwrite(self.want_fd, view[at:], at)
        self.flag[1] = 1

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
        if self.want_fd is not None:
            os.close(self.want_fd)
            self.want_fd = None
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
    if not _may_start(cores) or not _at_least(target, MIN_ENTRIES):
        return None
    try:
        return EarlyHashes(target)
    except OSError:
        return None


# -- started before the command line is read in full (auditor.__main__) ------------------------------

#: the EarlyHashes started by :func:`prestart`, until the audit takes it
PRESTARTED: EarlyHashes | None = None


def prestart(path: str) -> None:
    """Fork a process hashing the directory ``path`` at once, before the command's modules are imported (it
    imports and opens what it needs itself, on another core); the audit takes it (:func:`prestarted`) only
    if its target is the very same directory. A file changed from now on is not trusted by a later drift
    run (the racy limit is taken from now, earlier than the scan's)."""
    global PRESTARTED
    import time
    if not _may_start():
        return
    try:
        PRESTARTED = EarlyHashes(path=path, started_ns=time.time_ns())
    except OSError:
        PRESTARTED = None


def prestarted(target) -> EarlyHashes | None:
    """The hashing :func:`prestart` began, if it reads this target's root directory (the same device and
    inode, no --root); else it is stopped and None."""
    global PRESTARTED
    hashes, PRESTARTED = PRESTARTED, None
    if hashes is None:
        return None
    try:
        same = getattr(target, "kind", None) == "directory" and not target.root and hashes.reads(target.fd)
    except OSError:
        same = False
    if not same:
        hashes.close()
        return None
    return hashes


def discard() -> None:
    """Stop what :func:`prestart` began and nobody took (the command failed before its scan, or is not a
    scan that takes it)."""
    global PRESTARTED
    hashes, PRESTARTED = PRESTARTED, None
    if hashes is not None:
        hashes.close()


def _open(path: str, started_ns: int):
    """The child's DirectoryTarget for ``path`` (None when it cannot be opened: the audit will say why)."""
    from auditor.errors import AuditorError
    from auditor.scan.statcache import racy_limit
    from auditor.target.directory import DirectoryTarget
    try:
        target = DirectoryTarget(path)
    except AuditorError:
        return None
    target.racy_after_ns = racy_limit(started_ns)
    return target


def _may_start(cores: int | None = None) -> bool:
    if (cores or os.cpu_count() or 1) < 2 or not hasattr(os, "memfd_create"):
        return False
    return os.environ.get("AUDITOR_HASH_WORKERS") != "threads" and may_fork_workers()
