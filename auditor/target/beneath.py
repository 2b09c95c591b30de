"""Paths opened strictly beneath a directory descriptor, never through a symbolic link: Linux's openat2
(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS) where the kernel has it, else component by component with
openat(O_NOFOLLOW); and the stat signature drift mode keeps of each file."""

from __future__ import annotations

import ctypes
import errno
import os
import stat
import struct
import sys


CLOEXEC = getattr(os, "O_CLOEXEC", 0)
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NOATIME = getattr(os, "O_NOATIME", 0)
FILE_FLAGS = os.O_RDONLY | NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | CLOEXEC
DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | NOFOLLOW | CLOEXEC
#: Files up to this size are read with one system call and hashed in one go.


_SIG = struct.Struct("<QqqQQ")


def stat_signature(st: os.stat_result) -> bytes:
    """What drift mode compares to trust a cached digest: any write, chmod, rename over or
    replacement of the file changes at least one of these (size, mtime, ctime, inode, device),
    packed in one 40-byte string (one object per file instead of six)."""
    return _SIG.pack(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


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


class _OpenHow(ctypes.Structure):
    _fields_ = [("flags", ctypes.c_uint64), ("mode", ctypes.c_uint64), ("resolve", ctypes.c_uint64)]


_SYS_OPENAT2 = 437                      # the same number on every architecture that has it
_RESOLVE = 0x02 | 0x04 | 0x08           # RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH


class Beneath:
    """Opens paths strictly beneath a directory descriptor, never following a symbolic link."""

    def __init__(self, root_fd: int):
        self.root_fd = root_fd
        self.noatime = bool(NOATIME)
        self._syscall = None
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(None, use_errno=True)
                self._syscall = libc.syscall
                self._syscall.restype = ctypes.c_long
                probe = self._openat2(".", DIR_FLAGS)
                os.close(probe)
            except (OSError, AttributeError):
                self._syscall = None

    def _openat2(self, rel: str, flags: int) -> int:
        how = _OpenHow(flags, 0, _RESOLVE)
        fd = self._syscall(_SYS_OPENAT2, ctypes.c_int(self.root_fd), ctypes.c_char_p(os.fsencode(rel)),
                           ctypes.byref(how), ctypes.c_size_t(ctypes.sizeof(how)))
        if fd < 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err))
        return fd

    def _walk(self, rel: str, flags: int) -> int:
        parts = rel.split("/")
        fd = self.root_fd
        opened = []
        try:
            for comp in parts[:-1]:
                fd = os.open(comp, DIR_FLAGS, dir_fd=fd)
                opened.append(fd)
            return os.open(parts[-1], flags | NOFOLLOW, dir_fd=fd)
        finally:
            for o in opened:
                os.close(o)

    def open(self, rel: str, flags: int) -> int:
        """A descriptor of ``rel`` (no '..', no absolute path) beneath the root; ELOOP for any link on the way."""
        if self.noatime:
            try:
                return self._open(rel, flags | NOATIME)
            except PermissionError:
                self.noatime = False   # O_NOATIME needs ownership of the file: go on without it
        return self._open(rel, flags)

    def _open(self, rel: str, flags: int) -> int:
        if self._syscall is not None:
            try:
                return self._openat2(rel, flags)
            except OSError as exc:
                if exc.errno == errno.EXDEV:   # RESOLVE_BENEATH: the path would leave the tree
                    raise OSError(errno.ELOOP, "a symbolic link or an escape on the way (not followed)") from None
                if exc.errno == errno.ENOSYS or (exc.errno == errno.EPERM and not flags & NOATIME):
                    self._syscall = None   # an old kernel or a seccomp filter: walk component by component
                elif exc.errno != errno.ENAMETOOLONG:   # a path longer than PATH_MAX: component by component
                    raise
        return self._walk(rel, flags)

    def lstat(self, rel: str) -> os.stat_result:
        parent, _, name = rel.rpartition("/")
        if not parent:
            return os.stat(name, dir_fd=self.root_fd, follow_symlinks=False)
        pfd = self.open(parent, DIR_FLAGS)
        try:
            return os.stat(name, dir_fd=pfd, follow_symlinks=False)
        finally:
            os.close(pfd)
