"""Reading the user's input files and writing outputs without harming the evidence.

* :func:`read_input` reads a file the user named (a profile, feed, waiver file,
  allowlist, baseline, saved report): a regular file only (a FIFO, socket or
  device is refused, never opened in a blocking way), at most ``limit`` bytes,
  and says in one line what is wrong.
* :func:`write_output` writes a report or a baseline atomically (a temporary
  file in the same directory, then a rename: a concurrent reader sees the old
  or the new file, never half of one; a symbolic link at the destination is
  replaced, not followed). A character device (``/dev/null``, a terminal) and
  the process's own streams (``/dev/stdout``, ``/dev/stderr``, ``/dev/fd/N``)
  are written in place: never replaced by a file, whatever they link to. A
  FIFO is refused (nobody may be reading it: the write would block).
* :class:`OutputGuard` refuses, before any work is done, an output that would
  land inside or on the audited target (directory, archive or image), on a
  baseline or in the baselines directory, or inside the source a baseline is
  being built from.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from pathlib import Path

from auditor.errors import AuditorError
from auditor.lazyre import lazy

#: Largest input document read (profiles, feeds, waivers, allowlists, saved reports).
INPUT_LIMIT = 64 << 20
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)


def read_input(path: str | Path, what: str = "file", limit: int = INPUT_LIMIT) -> bytes:
    """The bytes of a regular file the user named; AuditorError (one line) otherwise."""
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise AuditorError(f"{path}: no such {what}") from None
    except IsADirectoryError:
        raise AuditorError(f"{path}: is a directory, not a {what}") from None
    except OSError as exc:
        raise AuditorError(f"{path}: cannot open {what}: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise AuditorError(f"{path}: is a directory, not a {what}")
        if not stat.S_ISREG(st.st_mode):
            raise AuditorError(f"{path}: not a regular file (a FIFO, socket or device is never read)")
        if st.st_size > limit:
            raise AuditorError(f"{path}: {what} larger than {limit} bytes")
        chunks, total = [], 0
        first = True
        while True:
            try:
                # the whole file in one read where it fits (no join of 1 MB chunks), then until EOF
                want = min(st.st_size + 1, limit + 1) if first else min(1 << 20, limit + 1 - total)
                first = False
                chunk = os.read(fd, max(1, want))
            except BlockingIOError:
                continue
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise AuditorError(f"{path}: {what} larger than {limit} bytes")
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)
    except OSError as exc:
        raise AuditorError(f"{path}: cannot read {what}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def open_regular(path: str | Path, what: str = "file"):
    """A binary file object of a regular file (for readers that seek, such as zipfile): never
    blocks on a FIFO, refuses anything but a regular file; AuditorError (one line) otherwise."""
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise AuditorError(f"{path}: no such {what}") from None
    except OSError as exc:
        raise AuditorError(f"{path}: cannot open {what}: {exc.strerror or exc}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise AuditorError(f"{path}: not a regular file (a FIFO, socket or device is never read)")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _escape_unencodable(exc: UnicodeError):
    """Codec error handler: undecodable bytes of names (surrogateescape) as \\xNN, anything else
    unencodable as \\uNNNN, so that output is always valid UTF-8 and shows what the tree holds."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        code = ord(ch)
        out.append(f"\\x{code - 0xdc00:02x}" if 0xdc80 <= code <= 0xdcff else f"\\u{code:04x}")
    return "".join(out), exc.end


codecs.register_error("auditor-escape", _escape_unencodable)


def encode(text: str) -> bytes:
    return text.encode("utf-8", "auditor-escape")


_OWN_STREAM = lazy(r"/dev/(?:stdout|stderr|fd/[0-9]{1,6})|/proc/self/fd/[0-9]{1,6}")


def stream_fd(path: str | Path) -> int | None:
    """The descriptor number when ``path`` names one of this process's own open streams
    (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N), else None."""
    text = os.path.normpath(os.path.abspath(os.fspath(path)))
    if not _OWN_STREAM.fullmatch(text):
        return None
    if text.endswith("stdout"):
        return 1
    if text.endswith("stderr"):
        return 2
    return int(text.rsplit("/", 1)[1])


def is_device(path: str | Path) -> bool:
    """A character device (what it is once links are followed): /dev/null, a terminal."""
    try:
        return stat.S_ISCHR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _write_in_place(path: Path, data: bytes) -> Path:
    fd_no = stream_fd(path)
    try:
        if fd_no is not None:
            fd = os.dup(fd_no)
        else:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
            if not stat.S_ISCHR(os.fstat(fd).st_mode):
                os.close(fd)
                raise AuditorError(f"{path}: not a character device (refused)")
            os.set_blocking(fd, True)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
    except BrokenPipeError:
        pass
    except OSError as exc:
        raise AuditorError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path


def write_output(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (temporary file + rename); parents are created.
    A character device or one of the process's own streams is written in place."""
    path = Path(path)
    if isinstance(data, str):
        data = encode(data)
    if stream_fd(path) is not None or is_device(path):
        return _write_in_place(path, data)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as exc:
        raise AuditorError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return path


def _real(path: str | Path) -> Path:
    """The real location a path would write to: its parent resolved (links followed), its own name kept."""
    p = Path(os.path.abspath(path))
    return Path(os.path.realpath(p.parent)) / p.name


def inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


class OutputGuard:
    """Refuses outputs that would touch the evidence or the baselines.

    A check walks the output's own ancestors (a few) against the protected places (a set), so a
    fleet of a million targets and their two million outputs is guarded in linear time."""

    def __init__(self):
        self.protected: dict[Path, str] = {}

    def protect_tree(self, path: str | Path, label: str) -> None:
        """Nothing may be written inside (or onto) this directory or file."""
        real = Path(os.path.realpath(path))
        self.protected.setdefault(real, label)
        literal = Path(os.path.abspath(path))
        if literal != real:
            self.protected.setdefault(literal, label)

    def _hit(self, path: Path) -> tuple[Path, str] | None:
        for place in (path, *path.parents):
            label = self.protected.get(place)
            if label is not None:
                return place, label
        return None

    def check(self, output: str | Path | None, option: str) -> None:
        if output in (None, "-") or stream_fd(output) is not None:
            return      # stdout, or one of this process's own streams: written in place, never replaced
        if is_device(output):
            return      # /dev/null, a terminal: written in place
        target = _real(output)
        literal = Path(os.path.abspath(output))
        for candidate in (target, literal):
            hit = self._hit(candidate)
            if hit is not None:
                place, label = hit
                raise AuditorError(f"{option} {output}: refused: it would write "
                                   f"{'onto' if candidate == place else 'inside'} {label} ({place}); auditor never "
                                   "writes into the evidence or the baselines")
        try:
            st = os.lstat(target)
        except OSError:
            return
        if stat.S_ISDIR(st.st_mode):
            raise AuditorError(f"{option} {output}: is a directory")
        if stat.S_ISFIFO(st.st_mode):
            raise AuditorError(f"{option} {output}: is a FIFO (refused: the write would block until something "
                               "reads it)")
        if stat.S_ISLNK(st.st_mode):
            try:
                if stat.S_ISFIFO(os.stat(target).st_mode):
                    raise AuditorError(f"{option} {output}: links to a FIFO (refused: the write would block)")
            except OSError:
                pass
        elif not stat.S_ISREG(st.st_mode):
            raise AuditorError(f"{option} {output}: not a regular file or a character device (refused)")
