"""Content packs: the official text files of a product's releases, beside their baselines.

``baseline build --content`` stores every text file of the release (no NUL
byte in its first 8 KiB, at most 1 MiB) in ``content.zip`` in the
directory of the baseline: a zip archive whose members are named by the
sha256 of their content and deflated (auditor.baseline.packzip). It is content-addressed, so releases
of a product that share a file share one copy, and a member is checked
against its name when it is read (a changed pack cannot pass a changed
file off as official). The baseline records the pack's name
(``content_pack``). With the pack, a report shows the unified diff of each
modified text file and classifies the change (auditor/checks/changes.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import struct
import threading
import zipfile
from pathlib import Path
from typing import Iterable

PACK_NAME = "content.zip"
TEXT_LIMIT = 1 << 20


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


class PackWriter:
    """Adds (sha256, content) pairs to a pack: written to a new temporary copy (a random name, O_EXCL:
    nothing planted beside the pack is followed or overwritten) that ``commit`` moves into place, so the
    pack is never left half written; ``discard`` leaves it as it was."""

    def __init__(self, pack_path: Path, spool_dir: Path | None = None, claim=None):
        import shutil
        import tempfile
        self.path = Path(pack_path)
        #: a worker of a parallel build: ``claim(pack, sha256)`` is False when another worker's spool has
        #: that content already (it is then neither deflated nor spooled here)
        self.claim = claim
        self.path.parent.mkdir(parents=True, exist_ok=True)
        #: the members the pack holds (those already there and those added)
        self.existing: set[str] = set()
        if self.path.exists():
            try:
                with zipfile.ZipFile(self.path) as z:
                    self.existing = set(z.namelist())
            except zipfile.BadZipFile:
                self.existing = set()
        #: a worker of a parallel build writes the members it adds to a spool in ``spool_dir`` (the parent's
        #: private directory) instead of a copy of the pack: the parent adds them to the pack (``merge``)
        self.spool = spool_dir is not None
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".spool" if self.spool else ".tmp",
                                        dir=spool_dir if self.spool else self.path.parent)
        os.close(fd)
        self.tmp = Path(tmp_name)
        try:
            if self.existing and not self.spool:
                shutil.copyfile(self.path, self.tmp)
            self._fp = open(self.tmp, "r+b")
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise
        try:
            from auditor.baseline import packzip     # (and ISA-L) only where a pack is written, not for reading one
            self.zip = packzip.Spool(self._fp) if self.spool else \
                packzip.PackZip(self._fp, append=bool(self.existing))
        except BaseException as exc:
            self._fp.close()
            self.tmp.unlink(missing_ok=True)
            if isinstance(exc, (ValueError, struct.error)):
                from auditor.errors import AuditorError
                raise AuditorError(f"{self.path}: cannot add to this content pack: {exc}") from None
            raise
        self.added = 0
        #: contents seen in this session that are not text (never packed; not read again)
        self.binary: set[str] = set()
        # members are deflated and written by one thread while the caller goes on (ISA-L and zlib run
        # without the GIL: on two cores the next release is read while this one is compressed). They
        # are handed over in batches of about BATCH_BYTES (one hand-over per content cost a wait for the
        # GIL each: seconds over a library of releases); at most QUEUED batches wait for the thread
        self._queue: queue.Queue = queue.Queue(self.QUEUED)
        self._failed: BaseException | None = None
        self._thread: threading.Thread | None = None

    QUEUED = 4
    BATCH_BYTES = 4 << 20
    BATCH_COUNT = 512

    def _write(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is None:
                return
            if self._failed is not None:
                continue
            try:
                for sha, data in batch:
                    self.zip.add(sha, data, self.zip.deflate(data))
            except BaseException as exc:      # raised again in the caller's thread (commit)
                self._failed = exc

    def _hand_over(self, batch: list) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._write, name="content-pack", daemon=True)
            self._thread.start()
        self._queue.put(batch)

    def add(self, items: Iterable[tuple[str, bytes]]) -> tuple[int, int]:
        """Add the pairs not yet in the pack (written as they come, a batch at a time: memory does not
        grow with the release); returns (added, already there) of these items."""
        added = there = 0
        batch, held = [], 0
        claim, key = self.claim, str(self.path.absolute())
        for sha, data in items:
            if sha in self.existing:
                there += 1
                continue
            self.existing.add(sha)
            if claim is not None and not claim(key, sha):
                there += 1
                continue
            batch.append((sha, data))
            held += len(data)
            if held >= self.BATCH_BYTES or len(batch) >= self.BATCH_COUNT:
                self._hand_over(batch)
                batch, held = [], 0
            added += 1
        if batch:
            self._hand_over(batch)
        self.added += added
        return added, there

    def _finish(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _close_zip(self) -> None:
        try:
            if self._failed is None:
                self.zip.close()
        finally:
            self._fp.close()

    def merge(self, spools: list[Path], names: Iterable[str]) -> int:
        """Add, in the order of ``names``, the contents named there that the workers' spools (``spool_dir``)
        hold and the pack does not; returns how many were added. The pack then holds the same members
        whatever the workers' shares were, in an order that does not depend on them either."""
        from auditor.baseline import packzip
        self._finish()
        where: dict[str, tuple] = {}
        files = [open(spool, "rb") for spool in spools]
        try:
            for fh in files:
                for name, record in packzip.spool_index(fh).items():
                    where.setdefault(name, (fh.fileno(), *record))
            added = 0
            run: list = []              # records one after the other in one spool: copied as one
            run_fd = run_start = run_end = -1
            for name in names:
                got = where.get(name)
                if got is None or name in self.existing:
                    continue
                fd, at, crc, compressed, size, length = got
                self.existing.add(name)
                if run and (fd != run_fd or at != run_end):
                    self.zip.add_records(run_fd, run_start, run)
                    run = []
                if not run:
                    run_fd, run_start, run_end = fd, at, at
                run.append((name, crc, compressed, size, length))
                run_end += length
                added += 1
            if run:
                self.zip.add_records(run_fd, run_start, run)
        finally:
            for fh in files:
                fh.close()
        self.added += added
        return added

    def commit(self) -> Path | None:
        """Move the new pack into place; a spooling writer instead returns its spool (the caller's to
        remove)."""
        if self.spool:
            try:
                self._finish()
                self._close_zip()
            except BaseException:
                self.tmp.unlink(missing_ok=True)
                raise
            if self._failed is not None:
                self.tmp.unlink(missing_ok=True)
                raise self._failed
            return self.tmp
        try:
            self._finish()
            self._close_zip()
            if self._failed is not None:
                raise self._failed
            if self.added:
                os.chmod(self.tmp, 0o644)
                os.replace(self.tmp, self.path)
        finally:
            self.tmp.unlink(missing_ok=True)
        return None

    def discard(self) -> None:
        try:
            self._finish()
            self._fp.close()
        finally:
            self.tmp.unlink(missing_ok=True)


#: the packs a ``session`` keeps open: resolved pack path -> its writer
_SESSION: dict[str, PackWriter] | None = None


#: where the writers of the current session spool (a worker of a parallel build), or None
_SPOOL_DIR: Path | None = None
#: in a worker of a parallel build: the workers' shared claim on contents (see PackWriter)
_CLAIM = None


@contextlib.contextmanager
def session(spool_dir: Path | None = None, claim=None):
    """Within the block, every ``add`` to one pack goes to one writer, committed when the block ends
    (discarded when it fails): a build of many releases (``baseline from-git``) copies and re-reads
    the pack once, not once per release. With ``spool_dir`` (a worker of a parallel build) the packs
    are left as they are: the block yields a dict that, once the block has ended, maps each pack's
    absolute path to the spool of what was added to it (see ``merge``); ``claim`` (the workers' shared set,
    see PackWriter) keeps a content out of every spool but one."""
    global _SESSION, _SPOOL_DIR, _CLAIM
    outer, _SESSION = _SESSION, {}
    outer_dir, _SPOOL_DIR = _SPOOL_DIR, spool_dir
    outer_claim, _CLAIM = _CLAIM, claim
    spools: dict[str, Path] = {}
    ok = False
    try:
        yield spools
        ok = True
    finally:
        writers, _SESSION, _SPOOL_DIR, _CLAIM = _SESSION, outer, outer_dir, outer_claim
        for key, w in writers.items():
            if ok:
                done = w.commit()
                if done is not None:
                    spools[key] = done
            else:
                w.discard()


def merge(pack_path: Path, spools: list[Path], names: Iterable[str]) -> int:
    """In a session: add the workers' spools to the pack (see PackWriter.merge)."""
    return _writer(pack_path).merge(spools, names)


def _writer(pack_path: Path) -> PackWriter:
    key = os.path.abspath(pack_path)
    if key not in _SESSION:
        _SESSION[key] = PackWriter(Path(pack_path), _SPOOL_DIR, _CLAIM if _SPOOL_DIR is not None else None)
    return _SESSION[key]


def known(pack_path: Path) -> set[str] | None:
    """The contents a pack open in the current ``session`` holds or has seen are not text (None
    outside one)."""
    if _SESSION is None:
        return None
    w = _SESSION.get(os.path.abspath(pack_path))
    return (w.existing | w.binary) if w is not None else None


def seen_binary(pack_path: Path, sha256: str) -> None:
    """In a session: this content is not text (a later release holding it need not read it)."""
    if _SESSION is not None and (w := _SESSION.get(os.path.abspath(pack_path))) is not None:
        w.binary.add(sha256)


def add(pack_path: Path, items: Iterable[tuple[str, bytes]]) -> tuple[int, int]:
    """Add (sha256, content) pairs not yet in the pack; returns (added, already there)."""
    if _SESSION is not None:
        return _writer(pack_path).add(items)
    w = PackWriter(Path(pack_path))
    try:
        result = w.add(items)
    except BaseException:
        w.discard()
        raise
    w.commit()
    return result


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
