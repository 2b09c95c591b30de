"""Process-wide settings a run changes for a while (the garbage collector)."""

from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while a run builds its (acyclic) tables.

    A scan allocates hundreds of thousands of small objects; each automatic
    collection walks all of them while holding the GIL, stalling the hashing
    threads (measured on 50,000 files: scan 2.0 s with, 1.3 s without).
    Reference counting still frees everything as usual.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
