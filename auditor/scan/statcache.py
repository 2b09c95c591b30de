"""Drift mode's stat cache: the digest of each file of a directory target with the stat signature it
had when it was hashed (size, mtime, ctime, inode, device).

Every audit of a directory target records one (under the cache directory, keyed by the target's real
path and the device and inode of its root; the digests do not depend on the baselines, which are
compared afresh on every run). ``audit --since`` reads it back: a file whose signature is unchanged
keeps its recorded digest without being read. A file whose mtime or ctime was within RACY_NS of the
time its run started is never trusted later (it may have changed again within the filesystem's
timestamp granularity, git's "racy clean" problem). The file is :mod:`marshal` data (nothing in it
runs): a header, the files in parts of CHUNK, then None, so that neither writing nor reading it holds
the whole record as one blob beside the table (1,000,000 files: a 136 MB blob); one that does not
load is ignored and the tree is hashed in full.

What the cache cannot see: someone with root who rewrites a file and then resets its ctime (only
possible by setting the system clock) and mtime. The default audit (no ``--since``) never trusts it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Iterable

from auditor.cache import cache_dir, writable_cache, write_cache

FORMAT = 3
RACY_NS = 2_000_000_000
#: files per marshal part of a record
CHUNK = 32768


def location(target, kind: str = "stat") -> Path | None:
    """Where this target's ``kind`` record lives (stat cache, or drift mode's result record)."""
    base = cache_dir()
    if base is None or getattr(target, "kind", None) != "directory" or getattr(target, "fd", None) is None:
        return None
    st = os.fstat(target.fd)
    key = hashlib.sha256(repr((os.path.realpath(target.base), st.st_dev, st.st_ino)).encode()).hexdigest()[:32]
    return base / f"{kind}-{key}.bin"


def load(target) -> dict | None:
    """path -> (signature, sha256) recorded by the last audit of this target; None when there is none."""
    where = location(target)
    if where is None:
        return None
    got = read_record(where)
    if got is None or got[0] != target.base:
        return None
    files = got[1]
    if not all(isinstance(sig, bytes) and len(sig) == 40 and isinstance(sha, str) for sig, sha in files.values()):
        return None
    return files


def read_record(path: Path) -> tuple[str, dict] | None:
    """(root, path -> (signature, sha256)) of a stat cache record; None when it does not load."""
    from auditor.cache import open_record
    fh = open_record(path)
    if fh is None:
        return None
    try:
        with fh:
            head = marshal.load(fh)
            if not isinstance(head, dict) or head.get("format") != FORMAT or not isinstance(head.get("root"), str):
                return None
            files: dict = {}
            while (part := marshal.load(fh)) is not None:
                if not isinstance(part, dict):
                    return None
                files.update(part)
            if fh.read(1):
                return None
        return head["root"], files
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def record_parts(root: str, files: Iterable[tuple[str, tuple]]):
    """The marshal parts of a record of ``files`` ((path, (signature, sha256)) pairs), CHUNK at a time."""
    yield marshal.dumps({"format": FORMAT, "root": root})
    part: dict = {}
    for path, value in files:
        part[path] = value
        if len(part) >= CHUNK:
            yield marshal.dumps(part)
            part = {}
    if part:
        yield marshal.dumps(part)
    yield marshal.dumps(None)


def racy_limit(started_ns: int) -> int:
    """Files modified or changed at or after this time are not recorded by a run started at ``started_ns``."""
    return started_ns - RACY_NS


def save(target, snapshot, started_ns: int, trust: dict | None = None) -> None:
    """Record the snapshot's digests for the next ``--since`` run (never inside the audited tree).
    ``trust``: what this run loaded; when every file was trusted from it, the record stays as it is."""
    where = location(target)
    if where is None or writable_cache() is None:
        return   # caching is off, or the cache directory lies inside the audited tree
    sigs, entries = snapshot.sigs, snapshot.entries
    if trust is not None and len(snapshot.trusted) == len(sigs) == len(trust):
        return   # nothing was read again and nothing is new: the same record
    if getattr(target, "racy_after_ns", None) != racy_limit(started_ns):
        return   # the scan was not told to leave racy files unsigned: nothing here could be trusted later
    # the hashing workers gave no signature to racy files, and a trusted file's signature is the one
    # an earlier run recorded (older still than that run's limit): every signature left is safe
    write_cache(where, record_parts(target.base, ((p, (sig, entries[p].sha256)) for p, sig in sigs.items())))
