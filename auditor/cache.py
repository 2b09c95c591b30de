"""The cache directory: where derived data is kept between runs (release index, baseline headers and
parsed baselines, drift mode's stat and result records). Nothing in it is evidence: every record is
keyed by what it was derived from and rebuilt when it does not load; no cache is ever written inside
an audited tree."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable


def cache_dir() -> Path | None:
    """Where derived data is cached; None when caching is off."""
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    base = os.environ.get("AUDITOR_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "auditor"


#: Directories no cache may be written into: the audited tree (set by the pipeline when it opens a target).
_PROTECTED: set[str] = set()


def protect(directory: str) -> None:
    _PROTECTED.add(os.path.realpath(directory))


def writable_cache() -> Path | None:
    """The cache directory when a cache may be written there: never inside an audited tree
    (a cache file written there would change the evidence and show up as an added file)."""
    from auditor.safeio import _inside
    base = cache_dir()
    if base is None:
        return None
    real = Path(os.path.realpath(base))
    return None if any(_inside(real, Path(root)) for root in _PROTECTED) else base


def write_cache(path: Path, blob: bytes | Iterable[bytes]) -> None:
    """Replace a cache file atomically (a temporary file renamed over it), when caches may be written
    (:func:`writable_cache`); a cache that cannot be written only costs time on a later run. ``blob``
    may be given in parts (written one by one, never joined: a big record is not held whole)."""
    if writable_cache() is None:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            for part in (blob,) if isinstance(blob, bytes) else blob:
                fh.write(part)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
