"""A directory on disk, read as evidence.

Nothing is written, no symlink is followed, FIFOs, sockets and devices are
recorded by type and never opened; files are opened with O_NOFOLLOW and
O_NONBLOCK and checked again with fstat, so a file swapped for a FIFO or a
link between listing and reading cannot block or redirect the read.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
from typing import BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.target.base import Member, Target

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
    | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOATIME = getattr(os, "O_NOATIME", 0)


def type_of(mode: int) -> str:
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode):
        return "chardev"
    if stat.S_ISBLK(mode):
        return "blockdev"
    return "other"


_use_noatime = [bool(_NOATIME)]
#: Files up to this size are read with one system call and hashed in one go.
_SMALL = 1 << 20


def _open_fd(path: str) -> tuple[int, os.stat_result]:
    """Open a regular file read-only: no link followed, never blocking, atime left alone when allowed."""
    try:
        if _use_noatime[0]:
            try:
                fd = os.open(path, _OPEN_FLAGS | _NOATIME)
            except PermissionError:
                fd = os.open(path, _OPEN_FLAGS)  # O_NOATIME needs ownership of the file
                _use_noatime[0] = False
        else:
            fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "is a symbolic link (not followed)") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, f"not a regular file any more ({type_of(st.st_mode)})")
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading without following links or blocking."""
    fd, _ = _open_fd(path)
    # O_NONBLOCK has no effect on regular files; it only kept the open itself from blocking
    return io.FileIO(fd, "rb", closefd=True)


def hash_regular(path: str) -> tuple[str, int, int]:
    """sha256, size and permission bits of a regular file, with as few Python-level calls per
    file as possible (the GIL is held only between system calls, so threads overlap on small
    files too). Size and mode come from the fstat of the open file: what was read is what is
    described."""
    fd, st = _open_fd(path)
    mode = stat.S_IMODE(st.st_mode)
    try:
        if st.st_size < _SMALL:
            data = os.read(fd, st.st_size + 1)
            if len(data) <= st.st_size:
                return hashlib.sha256(data).hexdigest(), len(data), mode
            digest, size = hashlib.sha256(data), len(data)  # it grew while read: go on to the end
        else:
            digest, size = hashlib.sha256(), 0
        buf = bytearray(_SMALL)
        view = memoryview(buf)
        while True:
            n = os.readv(fd, [buf])
            if not n:
                return digest.hexdigest(), size, mode
            digest.update(view[:n])
            size += n
    finally:
        os.close(fd)


class DirectoryTarget(Target):
    kind = "directory"
    parallel = True

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        base = os.path.join(path, root) if self.root else path
        try:
            st = os.lstat(base)
        except OSError as exc:
            raise AuditorError(f"{base}: cannot open target: {exc.strerror or exc}") from None
        if stat.S_ISLNK(st.st_mode):
            # The root itself may be a link given on the command line; resolve it once, explicitly.
            base = os.path.realpath(base)
            st = os.stat(base)
        if not stat.S_ISDIR(st.st_mode):
            raise AuditorError(f"{base}: not a directory")
        self.base = base

    def members(self) -> Iterator[Member]:
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            abs_dir = os.path.join(self.base, rel_dir) if rel_dir else self.base
            try:
                with os.scandir(abs_dir) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                if rel_dir:
                    yield Member(rel_dir, "dir", error=f"cannot list directory: {exc.strerror or exc}")
                    continue
                raise AuditorError(f"{abs_dir}: cannot list target: {exc.strerror or exc}") from None
            subdirs = []
            for de in entries:
                rel = f"{rel_dir}/{de.name}" if rel_dir else de.name
                try:
                    if de.is_file(follow_symlinks=False):
                        # size and mode come from fstat when the file is hashed (no second stat here)
                        yield Member(rel, "file", ref=de.path)
                        continue
                    st = de.stat(follow_symlinks=False)
                except OSError as exc:
                    yield Member(rel, "other", ref=de.path, error=f"cannot stat: {exc.strerror or exc}")
                    continue
                kind = type_of(st.st_mode)
                member = Member(rel, kind, stat.S_IMODE(st.st_mode), st.st_size if kind == "file" else None,
                                ref=de.path)
                if kind == "symlink":
                    try:
                        member.target = os.readlink(de.path)
                    except OSError as exc:
                        member.error = f"cannot read link: {exc.strerror or exc}"
                elif kind == "dir":
                    subdirs.append(rel)
                yield member
            stack.extend(reversed(subdirs))

    def open(self, member: Member) -> BinaryIO:
        return open_regular(member.ref)

    def hash(self, member: Member) -> tuple[str, int, int]:
        return hash_regular(member.ref)

    def describe(self, member: Member) -> tuple[int | None, int | None]:
        try:
            st = os.lstat(member.ref)
        except OSError:
            return member.size, member.mode
        return st.st_size, stat.S_IMODE(st.st_mode)

    def read_paths(self, wanted, limit: int = 4 * 1024 * 1024) -> dict:
        members = [m for m in (self.member_for(p) for p in sorted(set(wanted))) if m is not None]
        return self.read_many(members, limit)

    def member_for(self, rel: str) -> Member | None:
        """lstat one path (for reading a file outside a full scan)."""
        abs_path = os.path.join(self.base, rel)
        parent = os.path.dirname(abs_path)
        if os.path.realpath(parent) != os.path.join(os.path.realpath(self.base), os.path.dirname(rel)).rstrip("/"):
            return None  # a directory on the way is a link: not followed
        try:
            st = os.lstat(abs_path)
        except OSError:
            return None
        return Member(rel, type_of(st.st_mode), stat.S_IMODE(st.st_mode), st.st_size, ref=abs_path)
