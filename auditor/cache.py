"""The cache directory: where derived data is kept between runs (release index, baseline headers and
parsed baselines, parsed configuration files, the parse of auditor's own knowledge files and pathspec's
translations of path patterns, drift mode's stat and result records, the compiled methods of auditor's
dataclasses: auditor.dccache). Nothing in it is
evidence: every record is keyed by what it was derived from and rebuilt when it does not load; no cache
is ever written inside
an audited tree.

A record changes what a run concludes (a parsed baseline, the release index, ``--since``'s recorded
digests), so the cache is trusted exactly as far as the user who runs auditor, and no further:

* the directory must be a directory (not a link), owned by that user and writable by nobody else,
  and each directory above it must be owned by that user or root and not writable by others (a
  sticky, root-owned directory such as /tmp excepted): ssh's StrictModes rule. Otherwise no cache is
  read or written in the run, and a warning says why;
* a record is read only when it is a regular file (never through a link: O_NOFOLLOW) owned by that
  user and writable by nobody else;
* a record is written to a new temporary file (O_EXCL, mode 0600, a random name: nothing planted in
  the directory is followed or overwritten) and renamed over the old one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import threading
from pathlib import Path
from typing import Iterable

#: Largest record read (a parsed baseline of a million files is about 200 MB).
RECORD_LIMIT = 1 << 30
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
#: cache path -> why it was refused when last checked (None: it was not)
_checked: dict[str, str | None] = {}
#: (cache path, reason) already warned about in this process
_warned: set[tuple[str, str]] = set()


def _configured() -> Path | None:
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    base = os.environ.get("AUDITOR_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "auditor"


def unsafe_reason(base: Path) -> str | None:
    """Why ``base`` may not be used as the cache directory (None: it may). Creates it (mode 0700)
    when it is missing and its parent is safe."""
    uid = os.geteuid()
    path = Path(os.path.abspath(base))
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        return f"cannot be checked ({exc.strerror or exc})"
    for parent in path.parents:
        try:
            pst = os.stat(parent)
        except OSError as exc:
            return f"{parent} cannot be checked ({exc.strerror or exc})"
        if pst.st_uid not in (uid, 0):
            return f"{parent} above it belongs to another user (uid {pst.st_uid})"
        if pst.st_mode & 0o022 and not (pst.st_mode & stat.S_ISVTX and pst.st_uid == 0):
            return f"{parent} above it is writable by others"
    if st is None:
        try:
            os.makedirs(path, mode=0o700, exist_ok=True)
            st = os.lstat(path)
        except OSError as exc:
            return f"cannot be created ({exc.strerror or exc})"
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link (never followed)"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a directory"
    if st.st_uid != uid:
        return f"belongs to another user (uid {st.st_uid})"
    if st.st_mode & 0o022:
        return f"is writable by others (mode {stat.S_IMODE(st.st_mode):04o}; chmod 700 it)"
    return None


def cache_dir() -> Path | None:
    """Where derived data is cached; None when caching is off or the directory is not safe to use
    (then a warning on stderr, once per directory and process)."""
    base = _configured()
    if base is None:
        return None
    key = os.path.abspath(base)
    # checked at every use (a few lstat calls): a directory made unsafe while a worker lives is refused too
    reason = _checked[key] = unsafe_reason(base)
    if reason is not None:
        if (key, reason) not in _warned:
            _warned.add((key, reason))
            print(f"auditor: warning: cache directory {key} {reason}: no cache is read or written in this run",
                  file=sys.stderr)
        return None
    return base


def refused() -> str | None:
    """Why the configured cache directory was refused in this process (None: it was not)."""
    base = _configured()
    return None if base is None else _checked.get(os.path.abspath(base))


#: Directories no cache may be written into: the trees being audited in this process (a count per directory:
#: the same tree may be audited twice at once), each only while its audit runs.
_PROTECTED: dict[str, int] = {}
_PROTECTED_LOCK = threading.Lock()


@contextlib.contextmanager
def protecting(directory: str):
    """No cache is written inside ``directory`` while the block runs (an audit of it)."""
    real = os.path.realpath(directory)
    with _PROTECTED_LOCK:
        _PROTECTED[real] = _PROTECTED.get(real, 0) + 1
    try:
        yield
    finally:
        with _PROTECTED_LOCK:
            if _PROTECTED[real] == 1:
                del _PROTECTED[real]
            else:
                _PROTECTED[real] -= 1


def writable_cache() -> Path | None:
    """The cache directory when a cache may be written there: never inside an audited tree
    (a cache file written there would change the evidence and show up as an added file)."""
    from auditor.safeio import inside
    base = cache_dir()
    if base is None:
        return None
    real = Path(os.path.realpath(base))
    with _PROTECTED_LOCK:
        roots = list(_PROTECTED)
    return None if any(inside(real, Path(root)) for root in roots) else base


def open_record(path: Path):
    """A binary file object of a cache record, or None when there is none or it may not be trusted
    (a link, not a regular file, another owner, writable by others, larger than RECORD_LIMIT)."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if (not stat.S_ISREG(st.st_mode) or st.st_uid != os.geteuid() or st.st_mode & 0o022
                or st.st_size > RECORD_LIMIT):
            os.close(fd)
            return None
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def read_record(path: Path) -> bytes | None:
    """The bytes of a trusted cache record (see :func:`open_record`), or None."""
    fh = open_record(path)
    if fh is None:
        return None
    with fh:
        try:
            size = os.fstat(fh.fileno()).st_size       # checked against RECORD_LIMIT when it was opened
            data = fh.read(size + 1)
        except OSError:
            return None
    return data if len(data) == size else None


def write_cache(path: Path, blob: bytes | Iterable[bytes]) -> None:
    """Replace a cache file atomically (a new temporary file renamed over it), when caches may be written
    (:func:`writable_cache`); a cache that cannot be written only costs time on a later run. ``blob``
    may be given in parts (written one by one, never joined: a big record is not held whole)."""
    if writable_cache() is None:
        return
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            for part in (blob,) if isinstance(blob, bytes) else blob:
                fh.write(part)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
