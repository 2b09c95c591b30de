"""What every target kind offers the scanner: its members and a way to read them."""

from __future__ import annotations

import hashlib
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, BinaryIO, Iterable, Iterator

_BUFFERS = threading.local()
_BUFSIZE = 256 * 1024


def hash_stream(fh: BinaryIO) -> tuple[str, int]:
    """sha256 hex digest and exact byte count of a binary stream (one reusable buffer per thread)."""
    buf = getattr(_BUFFERS, "buf", None)
    if buf is None:
        buf = _BUFFERS.buf = bytearray(_BUFSIZE)
    view = memoryview(buf)
    digest = hashlib.sha256()
    total = 0
    while True:
        n = fh.readinto(buf)
        if not n:
            break
        digest.update(view[:n])
        total += n
    return digest.hexdigest(), total


#: Largest file content handed to checks (config files, web service exports, code scanned for URLs).
READ_LIMIT = 4 * 1024 * 1024


@dataclass(slots=True)
class Member:
    """One path of a target as listed, before hashing.

    ``path`` is relative to the target's root (internal str, surrogateescape).
    ``ref`` is private to the target (absolute path, TarInfo, ZipInfo ...).
    ``error`` is set when the member could not even be listed properly.
    """

    path: str
    type: str
    mode: int | None = None
    size: int | None = None
    target: str | None = None
    ref: Any = None
    error: str | None = None
    #: what kind of problem ``error`` is: unreadable (default), unsafe-path, duplicate
    problem: str | None = None
    #: (size, mtime_ns, ctime_ns, inode, device) of a file on disk when the listing was asked for it
    sig: tuple | None = None


class Target(ABC):
    """A tree to audit or to build a baseline from."""

    kind: str = "directory"
    #: True when members can be hashed concurrently (files on disk);
    #: False for streams that must be read in order (compressed archives).
    parallel: bool = False
    #: what earlier scans learnt of contents by their object id (auditor.scan.hashing.BlobMemo), if any
    memo = None
    #: hashed by threads only (a target whose connection a forked process cannot share), and how many
    threads_only: bool = False
    hash_threads: int | None = None

    def __init__(self, path: str, root: str | None = None):
        self.path = path
        self.root = root.strip("/") if root else None

    @abstractmethod
    def members(self) -> Iterator[Member]:
        """Every member under the root, each once, with paths relative to the root."""

    @abstractmethod
    def open(self, member: Member) -> BinaryIO:
        """A binary stream of a regular-file member's content (never follows links)."""

    def hash(self, member: Member) -> tuple[str, int, int | None]:
        """sha256 hex, byte count and permission bits (None: as listed) of a regular-file member."""
        digest, size, mode, _ = self.hash_keep(member, 0)
        return digest, size, mode

    def hash_stat(self, member: Member, keep: int) -> tuple:
        """As :meth:`hash_keep`, and the file's stat signature (see Member.sig) when it has one."""
        return (*self.hash_keep(member, keep), None)

    def hash_keep(self, member: Member, keep: int) -> tuple[str, int, int | None, bytes | None]:
        """As :meth:`hash`, and the content itself when it is at most ``keep`` bytes (read once: a
        visitor of the scan looks at it while it is hashed, nothing reads the file again)."""
        with self.open(member) as fh:
            if keep <= 0:
                digest_hex, size = hash_stream(fh)
                return digest_hex, size, None, None
            head = fh.read(keep + 1)
            if len(head) <= keep:
                return hashlib.sha256(head).hexdigest(), len(head), None, head
            digest = hashlib.sha256(head)
            size = len(head)
            while chunk := fh.read(_BUFSIZE):
                digest.update(chunk)
                size += len(chunk)
            return digest.hexdigest(), size, None, None

    def prefetch(self, members: list[Member]) -> None:
        """The scan is about to read these members' contents in this order (a target that streams
        them ahead does so); ``end_prefetch`` ends it."""

    def end_prefetch(self) -> None:
        pass

    def member_of_entry(self, entry) -> Member | None:
        """A member rebuilt from a scanned entry, for targets that need nothing else to open a file
        (the scan then keeps no member per file: memory); None where the member itself must be kept."""
        return None

    def describe(self, member: Member) -> tuple[int | None, int | None]:
        """Size and permission bits of a member whose content could not be read."""
        return member.size, member.mode

    def read_many(self, members: Iterable[Member], limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        """Content of several members: bytes, or a string saying why it could not be read."""
        out: dict[str, bytes | str] = {}
        for m in sorted(members, key=self.read_order):
            if m.type != "file":
                out[m.path] = f"not a regular file ({m.type})"
                continue
            if m.size is not None and m.size > limit:
                out[m.path] = f"larger than {limit} bytes"
                continue
            try:
                with self.open(m) as fh:
                    data = fh.read(limit + 1)
                # never a silently truncated file: larger than the limit is a reason, not content
                out[m.path] = data if len(data) <= limit else f"larger than {limit} bytes"
            except OSError as exc:
                out[m.path] = f"cannot read: {exc.strerror or exc}"
        return out

    def read_paths(self, wanted: Iterable[str], limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        """Content of a few paths without a full scan (one pass over the members)."""
        wanted = set(wanted)
        found = [m for m in self.members() if m.path in wanted and not m.error]
        return self.read_many(found, limit)

    def read_order(self, member: Member):
        """Sort key for reading several members: streams are read front to back."""
        return 0

    def close(self) -> None:
        pass

    def label(self) -> str:
        return self.path + (f" (root {self.root})" if self.root else "")

    def top_level_names(self) -> list[str]:
        """The top-level entries of an archive (for the message of a --root that names nothing)."""
        return []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def relative_to_root(name: str, root: str | None) -> str | None:
    """Archive member name -> path relative to root; None when outside the root."""
    name = name.lstrip("/")
    while name.startswith("./"):
        name = name[2:]
    name = name.rstrip("/")
    if name in ("", "."):
        return None
    if not root:
        return name
    if name == root:
        return None
    if name.startswith(root + "/"):
        return name[len(root) + 1:]
    return None
