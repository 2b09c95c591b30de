"""A directory on disk, read as evidence.

Nothing is written, no symlink is followed, FIFOs, sockets and devices are
recorded by type and never opened; files are opened with O_NOFOLLOW and
O_NONBLOCK and checked again with fstat, so a file swapped for a FIFO or a
link between listing and reading cannot block or redirect the read.
"""

from __future__ import annotations

import errno
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


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading without following links or blocking."""
    flags = _OPEN_FLAGS | _NOATIME
    try:
        fd = os.open(path, flags)
    except PermissionError:
        if not _NOATIME:
            raise
        fd = os.open(path, _OPEN_FLAGS)  # O_NOATIME needs ownership; retry without it
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "is a symbolic link (not followed)") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, f"not a regular file any more ({type_of(st.st_mode)})")
        if _OPEN_FLAGS & os.O_NONBLOCK:
            os.set_blocking(fd, True)
        return io.FileIO(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise


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

    def member_for(self, rel: str) -> Member | None:
        """lstat one path (for reading a file outside a full scan)."""
        abs_path = os.path.join(self.base, rel)
        try:
            st = os.lstat(abs_path)
        except OSError:
            return None
        return Member(rel, type_of(st.st_mode), stat.S_IMODE(st.st_mode), st.st_size, ref=abs_path)
