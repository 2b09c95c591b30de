"""Archives read in place: .tar(.gz|.bz2|.xz), .tgz, .zip and .deb. Nothing is extracted to disk."""

from __future__ import annotations

import hashlib
import stat
import tarfile
import zipfile
from typing import BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.paths import is_safe_relative
from auditor.target.base import Member, Target, relative_to_root

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
ZIP_SUFFIXES = (".zip",)
DEB_SUFFIXES = (".deb",)
ARCHIVE_SUFFIXES = TAR_SUFFIXES + ZIP_SUFFIXES + DEB_SUFFIXES


def file_sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def tar_type(ti: tarfile.TarInfo) -> str:
    if ti.isreg() or ti.islnk():
        return "file"
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


class TarMembers:
    """Members of one tar stream under a root; shared by tar, deb and image layers."""

    def __init__(self, tar: tarfile.TarFile, root: str | None, label: str):
        self.tar = tar
        self.root = root
        self.label = label

    def __iter__(self) -> Iterator[Member]:
        seen: set[str] = set()
        try:
            for ti in self.tar:
                rel = relative_to_root(ti.name, self.root)
                if rel is None:
                    continue
                if not is_safe_relative(rel):
                    yield Member(rel, "other", ref=ti, error=f"unsafe member name {ti.name!r} in {self.label}",
                                 problem="unsafe-path")
                    continue
                kind = tar_type(ti)
                member = Member(rel, kind, ti.mode & 0o7777, ti.size if kind == "file" else None, ref=ti)
                if kind == "symlink":
                    member.target = ti.linkname
                if rel in seen:
                    member.error = f"listed more than once in {self.label}; the last copy counts"
                    member.problem = "duplicate"
                seen.add(rel)
                yield member
        except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
            raise AuditorError(f"{self.label}: corrupt or truncated archive: {exc}") from None

    def open(self, member: Member) -> BinaryIO:
        try:
            fh = self.tar.extractfile(member.ref)
        except (tarfile.TarError, KeyError) as exc:
            raise OSError(f"cannot read member: {exc}") from None
        if fh is None:
            raise OSError("not a regular file in the archive")
        return fh


class TarTarget(Target):
    kind = "archive"

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        try:
            self._tar = tarfile.open(path, "r:*")
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise AuditorError(f"{path}: cannot open as tar archive: {exc}") from None
        self._members = TarMembers(self._tar, self.root, path)

    def members(self) -> Iterator[Member]:
        return iter(self._members)

    def open(self, member: Member) -> BinaryIO:
        return self._members.open(member)

    def read_order(self, member: Member):
        return getattr(member.ref, "offset", 0)

    def close(self) -> None:
        self._tar.close()


class DebTarget(TarTarget):
    """A Debian package: its data.tar.* member, read through python-debian."""

    def __init__(self, path: str, root: str | None = None):
        Target.__init__(self, path, root)
        from debian.debfile import DebError, DebFile
        try:
            deb = DebFile(path)
            self._tar = deb.data.tgz()
        except (DebError, OSError, KeyError, ValueError, tarfile.TarError) as exc:
            raise AuditorError(f"{path}: cannot open as Debian package: {exc}") from None
        self._members = TarMembers(self._tar, self.root, path)


class ZipTarget(Target):
    kind = "archive"

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise AuditorError(f"{path}: cannot open as zip archive: {exc}") from None

    def members(self) -> Iterator[Member]:
        seen_dirs: set[str] = set()
        for zi in self._zip.infolist():
            rel = relative_to_root(zi.filename, self.root)
            if rel is None:
                continue
            if not is_safe_relative(rel):
                yield Member(rel, "other", ref=zi, error=f"unsafe member name {zi.filename!r} in {self.path}",
                             problem="unsafe-path")
                continue
            unix_mode = zi.external_attr >> 16
            perms = stat.S_IMODE(unix_mode) if unix_mode else None
            if zi.is_dir():
                seen_dirs.add(rel)
                yield Member(rel, "dir", perms, ref=zi)
            elif unix_mode and stat.S_ISLNK(unix_mode):
                target = self._zip.read(zi).decode("utf-8", "surrogateescape")
                yield Member(rel, "symlink", perms, target=target, ref=zi)
            else:
                # zip archives often omit directory entries; synthesise them
                parts = rel.split("/")[:-1]
                for i in range(1, len(parts) + 1):
                    d = "/".join(parts[:i])
                    if d not in seen_dirs:
                        seen_dirs.add(d)
                        yield Member(d, "dir", None)
                yield Member(rel, "file", perms, zi.file_size, ref=zi)

    def open(self, member: Member) -> BinaryIO:
        try:
            return self._zip.open(member.ref)
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
            raise OSError(f"cannot read member: {exc}") from None

    def close(self) -> None:
        self._zip.close()


def is_archive_name(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def open_archive(path: str, root: str | None = None) -> Target:
    low = path.lower()
    if low.endswith(DEB_SUFFIXES):
        return DebTarget(path, root)
    if low.endswith(ZIP_SUFFIXES) or zipfile.is_zipfile(path):
        return ZipTarget(path, root)
    return TarTarget(path, root)


def sniff_archive(path: str) -> bool:
    """True when the file looks like an archive whatever its name."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(300)
    except OSError:
        return False
    if head.startswith(b"!<arch>\n"):
        return True
    if head[:4] == b"PK\x03\x04":
        return True
    if head[:2] == b"\x1f\x8b" or head[:3] == b"BZh" or head[:6] == b"\xfd7zXZ\x00":
        return True
    return len(head) >= 262 and head[257:262] == b"ustar"

