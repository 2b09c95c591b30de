"""A directory on disk, read as evidence.

Nothing is written and no symbolic link is followed, anywhere on a path:
every directory is listed and every file opened *beneath* the target's root
directory descriptor — with Linux's openat2(RESOLVE_BENEATH |
RESOLVE_NO_SYMLINKS) where the kernel has it, else component by component
with openat(O_NOFOLLOW) from directory descriptors — so a directory swapped
for a symbolic link during the scan cannot redirect a read outside the tree.
FIFOs, sockets and devices are recorded by type and never opened; files are
opened non-blocking, checked again with fstat, and read up to the size fstat
reported (a file that grows or shrinks while it is read is reported, not
read forever). Access times are left alone where the kernel allows
(O_NOATIME).
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
from typing import BinaryIO, Iterator

from auditor import deadline
from auditor.errors import AuditorError
from auditor.paths import is_safe_relative
from auditor.target.base import Member, Target
from auditor.target.beneath import (DIR_FLAGS, FILE_FLAGS, NOATIME, NOFOLLOW, Beneath, stat_signature,  # noqa: F401
                                    type_of)

_SMALL = 1 << 20

#: while a large file is hashed, its fstat is taken again after every this many bytes: one that is
#: being written to is reported as changed at once, not after reading what it had at open
_RECHECK = 16 << 20
_ZEROS = memoryview(bytes(_SMALL))


def _next_data(fd: int, offset: int, end: int) -> int | None:
    """Where the next data of a sparse file starts at or after ``offset`` (``end``: none before it); None when
    the file system cannot tell (the file is then read as it is)."""
    try:
        return min(os.lseek(fd, offset, os.SEEK_DATA), end)
    except OSError as exc:
        return end if exc.errno == errno.ENXIO else None


def _hole_after(fd: int, offset: int, end: int) -> int:
    """Where the data starting at ``offset`` ends (the next hole, or ``end``)."""
    try:
        return min(os.lseek(fd, offset, os.SEEK_HOLE), end)
    except OSError:
        return end


def _describe_error(exc: OSError) -> OSError:
    if exc.errno == errno.ELOOP:
        return OSError(errno.ELOOP, "a symbolic link on the way (not followed)")
    return exc


class DirectoryTarget(Target):
    kind = "directory"
    parallel = True
    fd: int | None = None

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        if root and not is_safe_relative(root.strip("/")):
            raise AuditorError(f"--root {root!r}: must be a relative path inside the target (no '..')")
        try:
            st = os.lstat(path)
        except OSError as exc:
            raise AuditorError(f"{path}: cannot open target: {exc.strerror or exc}") from None
        # The target itself may be a link given on the command line; it is resolved once, explicitly.
        base = os.path.realpath(path) if stat.S_ISLNK(st.st_mode) else path
        try:
            try:
                fd = os.open(base, DIR_FLAGS | NOATIME)   # listing the root leaves its atime alone too
            except PermissionError:
                fd = os.open(base, DIR_FLAGS)
        except OSError as exc:
            if exc.errno == errno.ENOTDIR:
                raise AuditorError(f"{path}: not a directory") from None
            raise AuditorError(f"{path}: cannot open target: {exc.strerror or exc}") from None
        if self.root:
            try:
                sub = Beneath(fd).open(self.root, DIR_FLAGS)
            except OSError as exc:
                is_link = exc.errno == errno.ELOOP
                if exc.errno == errno.ENOTDIR:   # O_DIRECTORY|O_NOFOLLOW on a link says ENOTDIR
                    try:
                        is_link = stat.S_ISLNK(Beneath(fd).lstat(self.root).st_mode)
                    except OSError as again:
                        is_link = again.errno == errno.ELOOP
                os.close(fd)
                why = "a symbolic link on the way (not followed)" if is_link else exc.strerror or str(exc)
                raise AuditorError(f"{path}: --root {self.root}: {why}") from None
            os.close(fd)
            fd = sub
        self.fd = fd
        self.beneath = Beneath(fd)
        self.base = os.path.join(base, self.root) if self.root else base

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    #: set by drift mode: the listing stats every file (Member.sig) so unchanged ones need not be read
    list_stats = False
    #: set before a scan whose stat signatures are recorded (drift mode's cache): a file modified or
    #: changed at or after this time (ns) gets no signature, so it is never trusted later ("racy")
    racy_after_ns: int | None = None

    def _sig_of(self, st: os.stat_result) -> bytes | None:
        limit = self.racy_after_ns
        if limit is not None and (st.st_mtime_ns >= limit or st.st_ctime_ns >= limit):
            return None
        return stat_signature(st)

    #: scan() may ask for the fast listing below (plain files as bare path strings)
    fast_listing = True

    def members(self, plain: bool = False) -> Iterator[Member | str]:
        """Every member, depth first in name order. ``plain``: a regular file that needs no stat here
        is yielded as its bare relative path (a str, no Member object: the scan of a big tree lists
        hundreds of thousands)."""
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            try:
                dfd = self._open_dir(rel_dir)
            except OSError as exc:
                yield Member(rel_dir, "dir", error=f"cannot list directory: {_describe_error(exc).strerror or exc}")
                continue
            try:
                with os.scandir(dfd) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                os.close(dfd)
                if rel_dir:
                    yield Member(rel_dir, "dir", error=f"cannot list directory: {exc.strerror or exc}")
                    continue
                raise AuditorError(f"{self.base}: cannot list target: {exc.strerror or exc}") from None
            subdirs = []
            try:
                for de in entries:
                    name = de.name
                    rel = f"{rel_dir}/{name}" if rel_dir else name
                    try:
                        if de.is_file(follow_symlinks=False):
                            if not self.list_stats:
                                # size and mode come from fstat when the file is hashed (no second stat here)
                                yield rel if plain else Member(rel, "file", ref=rel)
                                continue
                            st = de.stat(follow_symlinks=False)
                            if stat.S_ISREG(st.st_mode):
                                yield Member(rel, "file", stat.S_IMODE(st.st_mode), st.st_size, ref=rel, sig=stat_signature(st))
                                continue
                        st = os.stat(name, dir_fd=dfd, follow_symlinks=False)
                    except OSError as exc:
                        yield Member(rel, "other", ref=rel, error=f"cannot stat: {exc.strerror or exc}")
                        continue
                    kind = type_of(st.st_mode)
                    member = Member(rel, kind, stat.S_IMODE(st.st_mode), st.st_size if kind == "file" else None,
                                    ref=rel, sig=self._sig_of(st))
                    if kind == "symlink":
                        try:
                            member.target = os.readlink(name, dir_fd=dfd)
                        except OSError as exc:
                            member.error = f"cannot read link: {exc.strerror or exc}"
                    elif kind == "dir":
                        subdirs.append(rel)
                    yield member
            finally:
                os.close(dfd)
            stack.extend(reversed(subdirs))

    def _open_dir(self, rel_dir: str) -> int:
        # the root is opened anew, never listed through a copy of self.fd (os.dup shares the open file and
        # its read position with self.fd, and so with every process forked with this target that lists it:
        # one that had read to the end made another's listing empty)
        return self.beneath.open(rel_dir or ".", DIR_FLAGS)

    def root_sig(self) -> bytes | None:
        """The stat signature of the root directory itself (None when racy)."""
        return self._sig_of(os.fstat(self.fd))

    def listing(self, rel_dir: str) -> Iterator[tuple[os.DirEntry, int]]:
        """Each member of one directory as a DirEntry (its ``stat(follow_symlinks=False)`` is an
        lstat beneath the root) with the directory's fd (for readlink), in the file system's order,
        nothing opened but the directory (drift mode's check that a tree is unchanged). Errors are
        raised (OSError)."""
        dfd = self._open_dir(rel_dir)
        try:
            with os.scandir(dfd) as it:
                for de in it:
                    yield de, dfd
        finally:
            os.close(dfd)

    def _open_fd(self, rel: str) -> tuple[int, os.stat_result]:
        try:
            fd = self.beneath.open(rel, FILE_FLAGS)
        except OSError as exc:
            raise _describe_error(exc) from None
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise OSError(errno.EINVAL, f"not a regular file any more ({type_of(st.st_mode)})")
        except BaseException:
            os.close(fd)
            raise
        return fd, st

    def member_of_entry(self, entry) -> Member | None:
        # a file beneath the root is opened by its relative path alone
        return Member(entry.path, entry.type, entry.mode, entry.size, ref=entry.path) if entry.type == "file" else None

    def open(self, member: Member) -> BinaryIO:
        fd, st = self._open_fd(member.ref)
        return _Bounded(io.FileIO(fd, "rb", closefd=True), st.st_size)

    def hash(self, member: Member) -> tuple[str, int, int]:
        digest, size, mode, _ = self.hash_keep(member, 0)
        return digest, size, mode

    def hash_keep(self, member: Member, keep: int) -> tuple[str, int, int, bytes | None]:
        return self.hash_stat(member, keep)[:4]

    def hash_stat(self, member: Member, keep: int) -> tuple:
        """sha256, size and permission bits, read from the open file and bounded by its fstat size:
        a file that grows or shrinks while it is read is an error (it is reported), never read forever.
        The content too when it is at most ``keep`` bytes (it was read in one go anyway), and the
        stat signature of the open file (drift mode's cache)."""
        fd, st = self._open_fd(member.ref)
        mode = stat.S_IMODE(st.st_mode)
        expected = st.st_size
        try:
            if expected < _SMALL:
                data = os.read(fd, expected + 1)
                if len(data) == expected:
                    return (hashlib.sha256(data).hexdigest(), expected, mode, data if expected <= keep else None,
                            self._sig_of(st))
                raise OSError(errno.EIO, f"changed while it was read ({expected} bytes at open, "
                                         f"{'more' if len(data) > expected else len(data)} read)")
            digest, size = hashlib.sha256(), 0
            buf = bytearray(_SMALL)
            view = memoryview(buf)
            check_at = _RECHECK
            # a sparse file: its holes are hashed as the zeros they read as, without reading them
            sparse = st.st_blocks * 512 < expected - _SMALL
            zeros_until = data_until = 0
            while size < expected:
                if sparse and size >= data_until:      # the end of a data region: where is the next one?
                    found = _next_data(fd, size, expected)
                    if found is None:
                        sparse = False                 # the file system cannot tell: read it all
                    else:
                        zeros_until, data_until = found, max(_hole_after(fd, found, expected), found + 1)
                        os.lseek(fd, found, os.SEEK_SET)
                if sparse and size < zeros_until:
                    n = min(_SMALL, zeros_until - size)
                    digest.update(_ZEROS[:n])
                else:
                    n = os.readv(fd, [view[:min(_SMALL, expected - size, (data_until - size) if sparse else _SMALL)]])
                    if not n:
                        raise OSError(errno.EIO, f"changed while it was read ({expected} bytes at open, {size} read)")
                    digest.update(view[:n])
                size += n
                if size >= check_at:
                    # a file written to while it is read is reported at the first sign, not read to its end
                    check_at += _RECHECK
                    deadline.check_io()
                    now = os.fstat(fd)
                    if now.st_size != expected or now.st_mtime_ns != st.st_mtime_ns:
                        raise OSError(errno.EIO, f"changed while it was read ({expected} bytes at open, "
                                                 f"{now.st_size} after {size} were read)")
            if sparse:
                os.lseek(fd, expected, os.SEEK_SET)
                now = os.fstat(fd)
                if now.st_size != expected or now.st_mtime_ns != st.st_mtime_ns:
                    raise OSError(errno.EIO, f"changed while it was read ({expected} bytes at open, {now.st_size} "
                                             "at the end)")
            if os.read(fd, 1):
                raise OSError(errno.EIO, f"changed while it was read (grew beyond its {expected} bytes)")
            return digest.hexdigest(), size, mode, None, self._sig_of(st)
        finally:
            os.close(fd)

    def describe(self, member: Member) -> tuple[int | None, int | None]:
        try:
            st = self.beneath.lstat(member.ref)
        except OSError:
            return member.size, member.mode
        return st.st_size, stat.S_IMODE(st.st_mode)

    def read_paths(self, wanted, limit: int = 4 * 1024 * 1024) -> dict:
        members = [m for m in (self.member_for(p) for p in sorted(set(wanted))) if m is not None]
        return self.read_many(members, limit)

    def member_for(self, rel: str) -> Member | None:
        """lstat one path beneath the root (for reading a file outside a full scan)."""
        if not is_safe_relative(rel):
            return None
        try:
            st = self.beneath.lstat(rel)
        except OSError:
            return None
        return Member(rel, type_of(st.st_mode), stat.S_IMODE(st.st_mode), st.st_size, ref=rel)


class _Bounded(io.RawIOBase):
    """A file read no further than the size it had when it was opened."""

    def __init__(self, raw: io.FileIO, size: int):
        self.raw = raw
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.left <= 0:
            return 0
        view = memoryview(b)[:self.left]
        n = self.raw.readinto(view)
        self.left -= n or 0
        return n or 0

    def close(self) -> None:
        self.raw.close()
        super().close()
