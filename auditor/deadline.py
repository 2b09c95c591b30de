"""A run's time limit (``fleet --timeout``): checked where the pipeline loops, so that one target that
would take too long ends as that target's error instead of holding up the whole fleet.

The limit is cooperative: the scan checks it per member and while it waits for hashing, identification,
every check and every report stage check it when they start, and the configuration and endpoint readers
per file. A file being hashed is given up at its next 16 MiB. What cannot be interrupted is one call
into the kernel that does not return (a hung network file system); every pattern auditor applies to
content runs in linear time (auditor.regex), so none of them can hold a run.
"""

from __future__ import annotations

import errno
import time

from auditor.errors import AuditorError

_limit: tuple[float, float] | None = None       # (monotonic deadline, seconds allowed)


class TimedOut(AuditorError):
    pass


def start(seconds: float | None) -> None:
    """Allow this process's current run ``seconds`` from now (None or 0: no limit)."""
    global _limit
    _limit = (time.monotonic() + seconds, seconds) if seconds else None


def clear() -> None:
    global _limit
    _limit = None


def expired() -> bool:
    return _limit is not None and time.monotonic() > _limit[0]


def check() -> None:
    """Raise TimedOut when the run's time is up."""
    if _limit is not None and time.monotonic() > _limit[0]:
        raise TimedOut(f"timed out after {_limit[1]:g} s (--timeout): the audit of this target was stopped")


def check_io() -> None:
    """For a reader thread: the same, as an OSError (the file is reported unreadable, the run then ends)."""
    if _limit is not None and time.monotonic() > _limit[0]:
        raise OSError(errno.ETIMEDOUT, f"not read to its end: the run's --timeout of {_limit[1]:g} s passed")
