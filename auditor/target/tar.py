"""Tar archives (plain and every compression) and Debian packages (their data.tar member), read in place."""

from __future__ import annotations

import io
import os
import tarfile
from typing import BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.safeio import open_regular
from auditor.target.archive import (Members, check_root, link_target, member_path, strip_dot, tar_type,
                                    top_names)
from auditor.target.base import Member, Target
from auditor.target.streams import (STREAM_ERRORS, CorruptArchive, Files, GuardedStream, check_bomb, costly_seek,
                                    decompressed, MAX_RATIO, MIN_BOMB)


#: A compressed stream cannot seek back: reading a member after the listing decompressed past it starts
#: the decompression again from the beginning (a second pass over the whole archive). The listing pass
#: keeps the contents it decompresses anyway, up to KEEP_FILE a file and KEEP_TOTAL in all, and members
#: are then read from those: an archive of that size (a .deb, a source release) is decompressed once.
KEEP_FILE = 4 << 20
KEEP_TOTAL = 64 << 20


class TarMembers:
    """Members of one tar stream under a root; shared by tar, deb and image layers."""

    def __init__(self, tar: tarfile.TarFile, root: str | None, label: str, stream=None, compressed: int = 0,
                 keep: list[int] | None = None):
        self.tar = tar
        self.root = root
        self.label = label
        self.stream = stream            # the decompressed stream, to check that it really ended
        self.compressed = compressed
        self._list: list[Member] | None = None
        #: offset of a member's data -> its content, kept from the listing pass (see KEEP_TOTAL)
        self._kept: dict[int, bytes] = {}
        #: what may still be kept: one budget for every stream of a target (an image's layers share it)
        self._keep = keep if keep is not None else [KEEP_TOTAL]

    def _infos(self) -> list[tarfile.TarInfo]:
        """Every header, read one by one: the decompression bomb check runs as the stream is read
        (a 200 KB zstd or bzip2 stream can expand to terabytes), not after it."""
        cap = max(MIN_BOMB, (self.compressed or 1) * MAX_RATIO)
        infos = []
        keep = self._keep if self.stream is not None and costly_seek(self.stream) else [0]
        src = self.tar.fileobj
        try:
            while True:
                ti = self.tar.next()
                if ti is None:
                    break
                infos.append(ti)
                if ti.offset_data + ti.size > cap:
                    check_bomb(ti.offset_data + ti.size, self.compressed or 1, self.label)
                if 0 < ti.size <= min(keep[0], KEEP_FILE) and ti.isreg() and not ti.issparse() \
                        and src.tell() == ti.offset_data:
                    data = src.read(ti.size)
                    if len(data) == ti.size:
                        self._kept[ti.offset_data] = data
                        keep[0] -= ti.size
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
                link_target(m, ti.linkname)
            out.append(m)
        self._list = Members(self.label).finish(out)
        return self._list

    def __iter__(self) -> Iterator[Member]:
        return iter(self.list())

    def open(self, member: Member) -> BinaryIO:
        if self._kept:
            data = self._kept.get(getattr(member.ref, "offset_data", -1))
            if data is not None and member.ref.isreg():
                return io.BytesIO(data)
        try:
            fh = self.tar.extractfile(member.ref)
        except (KeyError, *STREAM_ERRORS) as exc:
            raise CorruptArchive(f"{self.label}: corrupt archive: {exc}") from None
        if fh is None:
            raise OSError("not a regular file in the archive")
        return io.BufferedReader(GuardedStream(fh, self.label))


class TarTarget(Target):
    kind = "archive"

    def top_level_names(self) -> list[str]:
        try:
            return top_names(ti.name for ti in self._members.tar.getmembers())
        except STREAM_ERRORS:
            return []

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        self._files = Files(path)
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
        self._files = Files(path)
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
