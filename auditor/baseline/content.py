"""Content packs: the official text files of a product's releases, beside their baselines.

``baseline build --content`` stores every text file of the release (no NUL
byte in its first 8 KiB, at most 1 MiB) in ``content.zip`` in the
directory of the baseline: a zip archive whose members are named by the
sha256 of their content and deflated. It is content-addressed, so releases
of a product that share a file share one copy, and a member is checked
against its name when it is read (a changed pack cannot pass a changed
file off as official). The baseline records the pack's name
(``content_pack``). With the pack, a report shows the unified diff of each
modified text file and classifies the change (auditor/checks/changes.py).
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path
from typing import Iterable

PACK_NAME = "content.zip"
TEXT_LIMIT = 1 << 20
_EPOCH = (1980, 1, 1, 0, 0, 0)


def is_text(data: bytes) -> bool:
    return b"\0" not in data[:8192]


class ContentPack:
    """Read access to a pack; members are verified against their sha256 name."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._zip: zipfile.ZipFile | None = None
        self._names: set[str] | None = None

    def _open(self) -> zipfile.ZipFile | None:
        if self._zip is None:
            from auditor.errors import AuditorError
            from auditor.safeio import open_regular
            try:
                self._zip = zipfile.ZipFile(open_regular(self.path, "content pack"))
                self._names = set(self._zip.namelist())
            except (OSError, zipfile.BadZipFile, AuditorError, ValueError, EOFError):
                self._names = set()
                return None
        return self._zip

    def __contains__(self, sha256: str) -> bool:
        self._open()
        return sha256 in (self._names or ())

    def get(self, sha256: str, size: int | None = None) -> bytes | None:
        """The content whose sha256 is given, or None (not in the pack, damaged, or not what it claims)."""
        z = self._open()
        if z is None or sha256 not in self._names:
            return None
        limit = TEXT_LIMIT if size is None else size
        try:
            with z.open(sha256) as fh:
                data = fh.read(limit + 1)
        except (OSError, zipfile.BadZipFile, RuntimeError, EOFError, ValueError):
            return None
        if len(data) > limit or hashlib.sha256(data).hexdigest() != sha256:
            return None
        return data

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def add(pack_path: Path, items: Iterable[tuple[str, bytes]]) -> tuple[int, int]:
    """Add (sha256, content) pairs not yet in the pack; returns (added, already there).

    Items are written as they come (memory does not grow with the release); the
    pack is written to a temporary copy and moved into place, so it is never
    left half written."""
    import shutil
    pack_path = Path(pack_path)
    pack_path.parent.mkdir(parents=True, exist_ok=True)
    existing: set[str] = set()
    if pack_path.exists():
        try:
            with zipfile.ZipFile(pack_path) as z:
                existing = set(z.namelist())
        except zipfile.BadZipFile:
            existing = set()
    import tempfile
    # a new file of a random name (O_EXCL): nothing planted beside the pack is followed or overwritten
    fd, tmp_name = tempfile.mkstemp(prefix=f".{pack_path.name}.", suffix=".tmp", dir=pack_path.parent)
    tmp = Path(tmp_name)
    os.close(fd)
    added = 0
    try:
        if existing:
            shutil.copyfile(pack_path, tmp)
        with zipfile.ZipFile(tmp, "a" if existing else "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=6) as z:
            for sha, data in items:
                if sha in existing:
                    continue
                existing.add(sha)
                info = zipfile.ZipInfo(sha, date_time=_EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, data)
                added += 1
        if added:
            os.chmod(tmp, 0o644)
            os.replace(tmp, pack_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return added, len(existing) - added


class PackChain:
    """Several packs read as one (a framework release's and its add-ons'): content-addressed, so the
    first pack that holds a sha256 gives its content."""

    def __init__(self, packs):
        self.packs = [p for p in packs if p is not None]

    def __contains__(self, sha256: str) -> bool:
        return any(sha256 in p for p in self.packs)

    def get(self, sha256: str, size: int | None = None) -> bytes | None:
        for p in self.packs:
            data = p.get(sha256, size)
            if data is not None:
                return data
        return None

    def close(self) -> None:
        for p in self.packs:
            p.close()


def pack_for(baseline_path: Path, name: str | None) -> ContentPack | None:
    """The pack a baseline names, next to it (None when it names none or the file is not there)."""
    if not name or "/" in name or name.startswith("."):
        return None
    p = Path(baseline_path).parent / name
    return ContentPack(p) if p.is_file() else None
