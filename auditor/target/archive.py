"""Archives read in place: .tar (plain, .gz, .bz2, .xz, .zst), .tgz, .zip and .deb. Nothing is extracted to disk.

Hostile archives are part of the spec (docs/security.md):

* a member whose name is absolute or climbs with ``..`` — anywhere in the
  archive, inside ``--root`` or not — is an ``unsafe-path`` problem, never
  silently dropped; a member written *through* a symbolic link member
  (``a -> /etc`` then ``a/x``) is one too, and the link keeps its place;
* a name listed twice is flagged (the last copy counts, as extraction does);
* directories that only exist as parents of files are synthesised, so a
  files-only tar does not look like it lost its directories;
* a corrupt compressed block or header anywhere — not only at the start —
  ends the run with one line (exit 2) instead of a partial report; a zip
  member with a bad CRC or deflate stream is an unreadable member;
* a symbolic link's target is read up to PATH_MAX; an archive that declares
  more than ``MAX_RATIO`` times its own size (at least 1 GiB) is refused as a
  decompression bomb;
* zstd (.tar.zst, .deb with data.tar.zst) is decompressed as a stream with the
  zstandard library, never by an external program holding it in memory.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import re
import os
import stat
import tarfile
import zipfile
import zlib
from typing import BinaryIO, Iterator

from auditor.safeio import open_regular
from auditor.errors import AuditorError
from auditor.paths import is_safe_relative
from auditor.target.base import Member, Target, relative_to_root

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.lzma", ".tlz", ".tar.zst",
                ".tzst")
ZIP_SUFFIXES = (".zip",)
DEB_SUFFIXES = (".deb",)
ARCHIVE_SUFFIXES = TAR_SUFFIXES + ZIP_SUFFIXES + DEB_SUFFIXES
#: An archive may declare at most this many times its own size (and at least MIN_BOMB bytes) in content.
MAX_RATIO = 1000
MIN_BOMB = 1 << 30
PATH_MAX = 4096
LONG_LINK = (f"symbolic link target longer than PATH_MAX ({PATH_MAX} bytes): no file system can hold it "
             f"(only its first {PATH_MAX} bytes are kept as evidence)")
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
#: What a corrupt compressed stream raises, besides tarfile's own errors.
STREAM_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, ValueError)


class CorruptArchive(AuditorError):
    """The archive cannot be read to its end: the audit would be partial."""


def file_sha256(path: str) -> str:
    with open_regular(path, "archive") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def tar_type(ti: tarfile.TarInfo) -> str:
    if ti.isreg():
        return "file"
    if ti.islnk():
        return "file"   # a hard link: the content of its target
    if ti.isdir():
        return "dir"
    if ti.issym():
        return "symlink"
    if ti.isfifo():
        return "fifo"
    if ti.ischr():
        return "chardev"
    if ti.isblk():
        return "blockdev"
    return "other"


def member_path(name: str, root: str | None) -> tuple[str | None, str | None]:
    """(path relative to root or None when outside it, problem) of an archive member name.

    The problem is set for names that are absolute or hold a '..' component: an
    extraction hazard wherever the member is, also outside --root."""
    raw = strip_dot(name)
    if raw.strip("/") in ("", "."):
        return None, None   # the archive's own root
    problem = None
    if raw.startswith("/"):
        problem = f"absolute member name {name!r}"
    elif any(part == ".." for part in raw.rstrip("/").split("/")):
        problem = f"member name climbs out with '..': {name!r}"
    if problem:
        return raw.strip("/") or name, problem
    return relative_to_root(raw, root), None


def strip_dot(name: str) -> str:
    """A member name without its leading "./" prefixes (never other leading dots: ".procmailrc" stays)."""
    while name.startswith("./"):
        name = name[2:]
    return name


class Members:
    """Post-processing shared by tar, zip, deb and image members: synthesised parent directories,
    duplicates, members written through a symbolic link member."""

    def __init__(self, label: str):
        self.label = label

    def finish(self, members: list[Member]) -> list[Member]:
        links = {m.path for m in members if m.type == "symlink" and not m.problem}
        dirs: set[str] = {m.path for m in members if m.type == "dir" and not m.problem}
        out: list[Member | None] = []
        where: dict[str, int] = {}     # path -> its index in out (a later copy replaces it)
        for m in members:
            if m.problem == "unsafe-path":
                out.append(m)
                continue
            through = next((p for p in _parents(m.path) if p in links), None)
            if through is not None:
                out.append(Member(m.path, "other", ref=m.ref, problem="unsafe-path",
                                  error=f"written through the symbolic link member {through!r} in {self.label} "
                                        f"(extraction would land where the link points)"))
                continue
            if m.path in where:
                if m.type == "dir" and out[where[m.path]] is not None and out[where[m.path]].type == "dir":
                    continue
                m.error = f"listed more than once in {self.label}; the last copy counts"
                m.problem = "duplicate"
                out[where[m.path]] = None
            for parent in reversed(list(_parents(m.path))):
                if parent not in dirs and parent not in links:
                    dirs.add(parent)
                    where[parent] = len(out)
                    out.append(Member(parent, "dir", None))
            where[m.path] = len(out)
            out.append(m)
        return [m for m in out if m is not None]


def _parents(path: str):
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        yield path


def check_bomb(declared: int, compressed: int, label: str) -> None:
    cap = max(MIN_BOMB, compressed * MAX_RATIO)
    if declared > cap:
        raise AuditorError(f"{label}: declares {declared} bytes of content in {compressed} bytes (refused: a "
                           f"decompression bomb, more than {MAX_RATIO}x)")


# ---------------------------------------------------------------------------
# zstd and xz / lzma, as seekable streams with a bounded decoder
# ---------------------------------------------------------------------------

#: Memory an xz or lzma decoder may take (xz -9 needs 65 MiB): a stream that declares a larger
#: dictionary (a 148-byte file can ask for 1.5 GiB) is refused, not allocated.
XZ_MEMLIMIT = 256 << 20


class _RestartableReader(io.RawIOBase):
    """A decompressed stream; seeking back starts again from the beginning, as Python's gzip and lzma
    readers do. ``opener`` returns a fresh compressed stream."""

    def __init__(self, opener):
        self._opener = opener
        self._reset()

    def _reset(self) -> None:
        self._src = self._opener()
        self._start()
        self._pos = 0

    def _start(self) -> None:
        raise NotImplementedError

    def _read(self, n: int) -> bytes:
        raise NotImplementedError

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def readinto(self, b) -> int:
        data = self._read(len(b))
        n = len(data)
        b[:n] = data
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            raise io.UnsupportedOperation("seek from the end of a compressed stream")
        if offset < self._pos:
            self._reset()
        while self._pos < offset:
            chunk = self.read(min(1 << 20, offset - self._pos))
            if not chunk:
                break
        return self._pos


class ZstdReader(_RestartableReader):
    """zstd (zstandard), with a window of at most 128 MiB."""

    def __init__(self, opener):
        import zstandard
        self._dctx = zstandard.ZstdDecompressor(max_window_size=1 << 27)
        super().__init__(opener)

    def _start(self) -> None:
        self._reader = self._dctx.stream_reader(self._src, read_across_frames=True)

    def _read(self, n: int) -> bytes:
        try:
            return self._reader.read(n)
        except Exception as exc:  # zstandard.ZstdError
            raise zlib.error(f"zstd: {exc}") from None


class XzReader(_RestartableReader):
    """xz or lzma-alone, through a decoder bounded to XZ_MEMLIMIT (Python's LZMAFile takes no limit);
    concatenated streams are read one after the other, as xz does."""

    def __init__(self, opener, fmt: int = lzma.FORMAT_AUTO):
        self._fmt = fmt
        super().__init__(opener)

    def _start(self) -> None:
        self._dec = self._new()
        self._buf = b""
        self._done = False

    def _new(self):
        return lzma.LZMADecompressor(format=self._fmt, memlimit=XZ_MEMLIMIT)

    def _read(self, n: int) -> bytes:
        try:
            while not self._done:
                if self._dec.eof:
                    rest = self._dec.unused_data
                    if not rest:
                        rest = self._src.read(1 << 16)
                        if not rest:
                            self._done = True
                            break
                    self._dec = self._new()
                    self._buf = rest
                if self._buf or self._dec.needs_input is False:
                    data = self._dec.decompress(self._buf, max_length=n)
                    self._buf = b""
                else:
                    chunk = self._src.read(1 << 16)
                    if not chunk:
                        if not self._dec.eof:
                            raise EOFError("compressed stream ended before the end-of-stream marker")
                        continue
                    data = self._dec.decompress(chunk, max_length=n)
                if data:
                    return data
            return b""
        except lzma.LZMAError as exc:
            if "memory" in str(exc).lower():
                raise lzma.LZMAError(f"needs more than {XZ_MEMLIMIT >> 20} MiB of memory to decompress (refused: "
                                     "a dictionary that large is a memory bomb)") from None
            raise


class _Files:
    """Opens the archive as often as a reader needs (zstd restarts on a backward seek) and closes
    every handle at the end (gzip, bz2 and lzma readers leave a file object they were given open)."""

    def __init__(self, path: str):
        self.path = path
        self.opened: list = []

    def __call__(self):
        fh = open_regular(self.path, "archive")
        self.opened.append(fh)
        return fh

    def close(self) -> None:
        for fh in self.opened:
            fh.close()
        self.opened.clear()


def _lzma_alone(head: bytes) -> bool:
    """An lzma-alone header (xz's own test): the standard properties byte, a dictionary size of 2^n or
    2^n + 2^(n-1), an uncompressed size that is unknown or below 2^38."""
    if len(head) < 13 or head[0] != 0x5D:
        return False
    dict_size = int.from_bytes(head[1:5], "little")
    size = int.from_bytes(head[5:13], "little")
    d = dict_size - 1
    for shift in (1, 2, 4, 8, 16):
        d |= d >> shift
    d += 1
    plausible_dict = dict_size == d or dict_size == d - (d >> 2)
    return plausible_dict and (size == (1 << 64) - 1 or size < 1 << 38)


def decompressed(head: bytes, opener):
    """A readable, seekable stream of the decompressed content (gz, bz2, xz, zst or plain)."""
    if head[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=opener())
    if head[:3] == b"BZh":
        return bz2.BZ2File(opener())
    if head[:6] == b"\xfd7zXZ\x00":
        return io.BufferedReader(XzReader(opener, lzma.FORMAT_XZ), 1 << 20)
    if _lzma_alone(head):
        # lzma-alone (.lzma, a .deb's data.tar.lzma): the standard properties byte, then the dictionary size
        return io.BufferedReader(XzReader(opener, lzma.FORMAT_ALONE), 1 << 20)
    if head[:4] == ZSTD_MAGIC:
        return io.BufferedReader(ZstdReader(opener), 1 << 20)
    return opener()


# ---------------------------------------------------------------------------
# tar
# ---------------------------------------------------------------------------

class GuardedStream(io.RawIOBase):
    """A member stream whose decompression errors end the run (the archive is corrupt)."""

    def __init__(self, fh, label: str):
        self.fh = fh
        self.label = label

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            data = self.fh.read(len(b))
        except STREAM_ERRORS as exc:
            raise CorruptArchive(f"{self.label}: corrupt archive: {exc}") from None
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        self.fh.close()
        super().close()


class TarMembers:
    """Members of one tar stream under a root; shared by tar, deb and image layers."""

    def __init__(self, tar: tarfile.TarFile, root: str | None, label: str, stream=None, compressed: int = 0):
        self.tar = tar
        self.root = root
        self.label = label
        self.stream = stream            # the decompressed stream, to check that it really ended
        self.compressed = compressed
        self._list: list[Member] | None = None

    def _infos(self) -> list[tarfile.TarInfo]:
        """Every header, read one by one: the decompression bomb check runs as the stream is read
        (a 200 KB zstd or bzip2 stream can expand to terabytes), not after it."""
        cap = max(MIN_BOMB, (self.compressed or 1) * MAX_RATIO)
        infos = []
        try:
            while True:
                ti = self.tar.next()
                if ti is None:
                    break
                infos.append(ti)
                if ti.offset_data + ti.size > cap:
                    check_bomb(ti.offset_data + ti.size, self.compressed or 1, self.label)
        except STREAM_ERRORS as exc:
            raise CorruptArchive(f"{self.label}: corrupt or truncated archive: {exc}") from None
        self.tar.members = infos
        self.tar._loaded = True
        self._check_end()
        return infos

    def _check_end(self) -> None:
        """tarfile stops quietly at a header it cannot read: make sure what follows is only the end marker."""
        if self.stream is None:
            return
        try:
            self.stream.seek(self.tar.offset)
            left = 0
            while True:
                chunk = self.stream.read(1 << 16)
                if not chunk:
                    break
                if chunk.strip(b"\0"):
                    raise CorruptArchive(f"{self.label}: corrupt archive: unreadable data after byte "
                                         f"{self.tar.offset + left} (a damaged header or block)")
                left += len(chunk)
                if left > 1 << 24:
                    break
        except CorruptArchive:
            raise
        except STREAM_ERRORS as exc:
            raise CorruptArchive(f"{self.label}: corrupt or truncated archive: {exc}") from None

    def list(self) -> list[Member]:
        if self._list is not None:
            return self._list
        infos = self._infos()
        check_bomb(sum(ti.size for ti in infos if ti.isreg()), self.compressed or 1, self.label)
        by_name = {}
        out: list[Member] = []
        for ti in infos:
            rel, problem = member_path(ti.name, self.root)
            if problem:
                out.append(Member(rel, "other", ref=ti, error=f"{problem} in {self.label}", problem="unsafe-path"))
                continue
            if rel is None:
                continue
            kind = tar_type(ti)
            ref = ti
            size = ti.size if kind == "file" else None
            if ti.islnk():
                link = strip_dot(ti.linkname)
                if link.startswith("/") or ".." in link.split("/"):
                    out.append(Member(rel, "other", ref=ti, problem="unsafe-path",
                                      error=f"hard link to {ti.linkname!r}, outside the archive (extraction would "
                                            f"link to a file of the host) in {self.label}"))
                    continue
                target = by_name.get(link)
                if target is None:
                    out.append(Member(rel, "file", ti.mode & 0o7777, None, ref=ti, problem="unreadable",
                                      error=f"hard link to {ti.linkname!r}, which the archive does not hold before it"))
                    continue
                if not target.isreg():
                    # extraction would make another link (to wherever that one points), a directory or a
                    # device here: never read through, reported, and the rest of the archive is audited
                    what = {"symlink": f"a symbolic link to {target.linkname!r}"}.get(tar_type(target), tar_type(target))
                    out.append(Member(rel, "other", ref=ti, problem="unsafe-path",
                                      error=f"hard link to {ti.linkname!r}, which is {what}, not a file, in "
                                            f"{self.label}"))
                    continue
                ref, size = target, target.size
            by_name[strip_dot(ti.name)] = ref
            m = Member(rel, kind, ti.mode & 0o7777, size, ref=ref)
            if kind == "symlink":
                m.target = ti.linkname[:PATH_MAX]
                if len(ti.linkname) > PATH_MAX:
                    m.error, m.problem = LONG_LINK, "unsafe-path"
            out.append(m)
        self._list = Members(self.label).finish(out)
        return self._list

    def __iter__(self) -> Iterator[Member]:
        return iter(self.list())

    def open(self, member: Member) -> BinaryIO:
        try:
            fh = self.tar.extractfile(member.ref)
        except (KeyError, *STREAM_ERRORS) as exc:
            raise CorruptArchive(f"{self.label}: corrupt archive: {exc}") from None
        if fh is None:
            raise OSError("not a regular file in the archive")
        return io.BufferedReader(GuardedStream(fh, self.label))


class TarTarget(Target):
    kind = "archive"

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        self._files = _Files(path)
        try:
            with open_regular(path, "archive") as fh:
                head = fh.read(16)
            stream = decompressed(head, self._files)
            self._tar = tarfile.open(fileobj=stream, mode="r:")
        except STREAM_ERRORS as exc:
            self._files.close()
            raise AuditorError(f"{path}: cannot open as tar archive: {exc}") from None
        self._stream = stream
        self._members = TarMembers(self._tar, self.root, path, stream, os.path.getsize(path))

    def members(self) -> Iterator[Member]:
        members = self._members.list()
        check_root(self, members)
        return iter(members)

    def open(self, member: Member) -> BinaryIO:
        return self._members.open(member)

    def read_order(self, member: Member):
        return getattr(member.ref, "offset", 0)

    def close(self) -> None:
        self._tar.close()
        self._stream.close()
        self._files.close()


def deb_member(ar, prefix: str, path: str):
    """The decompressed stream (gz, xz, bz2, zst or plain) of a .deb's ``prefix``* member (data.tar,
    control.tar), from python-debian's ar reader; AuditorError when the package has none."""
    names = [n for n in ar.getnames() if n.startswith(prefix)]
    if not names:
        raise AuditorError(f"{path}: not a Debian package (no {prefix} member)")
    member = ar.getmember(names[0])
    head = member.read(16)
    member.seek(0)

    def opener():
        member.seek(0)
        return member
    return decompressed(head, opener)


class DebTarget(TarTarget):
    """A Debian package: its data.tar.* member (gz, xz, bz2, zst or plain), read through python-debian's ar reader."""

    def __init__(self, path: str, root: str | None = None):
        Target.__init__(self, path, root)
        from debian.arfile import ArError, ArFile
        self._files = _Files(path)
        try:
            stream = deb_member(ArFile(fileobj=self._files()), "data.tar", path)
            self._tar = tarfile.open(fileobj=stream, mode="r:")
        except AuditorError:
            raise
        except (ArError, KeyError, *STREAM_ERRORS) as exc:
            self._files.close()
            raise AuditorError(f"{path}: cannot open as Debian package: {exc}") from None
        self._stream = stream
        self._members = TarMembers(self._tar, self.root, path, stream, os.path.getsize(path))


# ---------------------------------------------------------------------------
# zip
# ---------------------------------------------------------------------------

class _ZipMember(io.RawIOBase):
    def __init__(self, fh):
        self.fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            data = self.fh.read(len(b))
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, ValueError, NotImplementedError) as exc:
            raise OSError(f"corrupt member: {exc}") from None
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        self.fh.close()
        super().close()


class ZipTarget(Target):
    kind = "archive"

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        try:
            self._fh = open_regular(path, "archive")
            self._zip = zipfile.ZipFile(self._fh)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise AuditorError(f"{path}: cannot open as zip archive: {exc}") from None
        check_bomb(sum(zi.file_size for zi in infos), os.path.getsize(path), path)
        self._infos = infos

    def members(self) -> Iterator[Member]:
        out: list[Member] = []
        for zi in self._infos:
            rel, problem = member_path(zi.filename, self.root)
            if problem:
                out.append(Member(rel, "other", ref=zi, error=f"{problem} in {self.path}", problem="unsafe-path"))
                continue
            if rel is None:
                continue
            unix_mode = zi.external_attr >> 16
            perms = stat.S_IMODE(unix_mode) if unix_mode else None
            if zi.is_dir():
                out.append(Member(rel, "dir", perms, ref=zi))
            elif unix_mode and stat.S_ISLNK(unix_mode):
                m = Member(rel, "symlink", perms, ref=zi)
                try:
                    with self._zip.open(zi) as fh:
                        raw = fh.read(PATH_MAX + 1)
                    m.target = raw[:PATH_MAX].decode("utf-8", "surrogateescape")
                    if len(raw) > PATH_MAX:
                        m.error, m.problem = LONG_LINK, "unsafe-path"
                except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
                    m.error, m.problem = f"cannot read link: {exc}", "unreadable"
                out.append(m)
            else:
                out.append(Member(rel, "file", perms, zi.file_size, ref=zi))
        members = Members(self.path).finish(out)
        check_root(self, members)
        return iter(members)

    def open(self, member: Member) -> BinaryIO:
        zi = member.ref
        if zi.flag_bits & 0x1:
            raise OSError("cannot read member: it is encrypted (no password is ever tried)")
        try:
            return io.BufferedReader(_ZipMember(self._zip.open(zi)))
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError, EOFError, zlib.error) as exc:
            # zipfile's messages can hold the member's repr (<ZipInfo filename=...>): the reason alone
            text = re.sub(r"<ZipInfo filename=('[^']*'|\"[^\"]*\")[^>]*>", r"\1", str(exc))
            raise OSError(f"cannot read member: {text}") from None

    def close(self) -> None:
        self._zip.close()
        self._fh.close()


# ---------------------------------------------------------------------------

def check_root(target: Target, members: list[Member]) -> None:
    """A --root that names nothing in the archive is a usage error, not an empty audit."""
    if target.root and not any(m.problem != "unsafe-path" for m in members):
        raise AuditorError(f"{target.path}: --root {target.root}: no member under it (top-level entries: "
                           f"{', '.join(top_level(target)[:8]) or 'none'})")


def top_level(target: Target) -> list[str]:
    names: set[str] = set()
    try:
        if isinstance(target, ZipTarget):
            raw = [zi.filename for zi in target._infos]
        elif isinstance(target, TarTarget):
            raw = [ti.name for ti in target._members.tar.getmembers()]
        else:
            return []
    except STREAM_ERRORS:
        return []
    for n in raw:
        n = strip_dot(n).lstrip("/")
        if n:
            names.add(n.split("/", 1)[0])
    return sorted(names)


def is_archive_name(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def open_archive(path: str, root: str | None = None) -> Target:
    if root and not is_safe_relative(root.strip("/")):
        raise AuditorError(f"--root {root!r}: must be a relative path inside the archive (no '..')")
    low = path.lower()
    if low.endswith(DEB_SUFFIXES):
        return DebTarget(path, root)
    if low.endswith(ZIP_SUFFIXES) or zipfile.is_zipfile(path):
        return ZipTarget(path, root)
    return TarTarget(path, root)


def sniff_archive(path: str) -> bool:
    """True when the file looks like an archive whatever its name."""
    try:
        with open_regular(path, "archive") as fh:
            head = fh.read(300)
    except OSError:
        return False
    if head.startswith(b"!<arch>\n"):
        return True
    if head[:4] == b"PK\x03\x04":
        return True
    if head[:2] == b"\x1f\x8b" or head[:3] == b"BZh" or head[:6] == b"\xfd7zXZ\x00" or head[:4] == ZSTD_MAGIC:
        return True
    if _lzma_alone(head):
        return True
    return len(head) >= 262 and head[257:262] == b"ustar"
