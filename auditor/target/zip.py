"""Zip archives, read in place; a member with a bad CRC or compression is an unreadable member."""

from __future__ import annotations

import io
import lzma
import os
import re
import stat
import zipfile
import zlib
from typing import BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.safeio import open_regular
from auditor.target.archive import PATH_MAX, Members, check_root, link_target, member_path, top_names
from auditor.target.base import Member, Target
from auditor.target.streams import GuardedStream, check_bomb


#: what a zip member's decompression raises: the member is unreadable (the rest of the archive may be fine)
MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, ValueError, NotImplementedError)


class ZipTarget(Target):
    kind = "archive"

    def top_level_names(self) -> list[str]:
        return top_names(zi.filename for zi in self._infos)

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
                    link_target(m, raw[:PATH_MAX].decode("utf-8", "surrogateescape"), len(raw) > PATH_MAX)
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
            return io.BufferedReader(GuardedStream(self._zip.open(zi), self.path, MEMBER_ERRORS,
                                                  lambda exc: OSError(f"corrupt member: {exc}")))
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError, EOFError, zlib.error) as exc:
            # zipfile's messages can hold the member's repr (<ZipInfo filename=...>): the reason alone
            text = re.sub(r"<ZipInfo filename=('[^']*'|\"[^\"]*\")[^>]*>", r"\1", str(exc))
            raise OSError(f"cannot read member: {text}") from None

    def close(self) -> None:
        self._zip.close()
        self._fh.close()
