"""The methods ``dataclasses`` generates, compiled once and kept in the cache directory.

Every ``@dataclass`` has its ``__init__``, ``__repr__``, ``__eq__`` (and more) written as Python source and
compiled when its module is imported: an audit creates about 70 of them, and compiling their 280 methods
was the largest single part of its start-up (about 70 ms of 0.45 s). The ``auditor`` command
(auditor.__main__) installs this before anything else is imported: the module ``dataclasses`` then runs a
code object kept from an earlier run for a source text it has compiled before (the very text, as the key),
and compiles only what it has not seen. What a class gets is exactly what ``dataclasses`` would have made.

The record is trusted as the cache directory's other records are (auditor.cache: a regular file owned by
the user, writable by nobody else, in a directory that is the user's own), and keyed by the Python that
compiled it (``sys.implementation.cache_tag`` and the exact ``sys.version``). It is not read at all with
``--require-signed`` (a signed run takes nothing from a cache). It is written only at the end of a run
that compiled something new, and only where the run could say that the cache directory is not inside the
tree it audits.
"""

from __future__ import annotations

import builtins
import hashlib
import marshal
import os
import sys

FORMAT = 1
#: more sources than this in the record (many versions of auditor in turn): only this run's are kept
LIMIT = 4096

_codes: dict[str, object] = {}
_used: dict[str, object] = {}
#: sources compiled by this process (not found in the record)
compiled = 0
#: sources taken from the record
reused = 0
_save_unless_inside: str | None = None


def record_name() -> str:
    tag = hashlib.sha256(sys.version.encode()).hexdigest()[:16]
    return f"dataclass-code-{sys.implementation.cache_tag}-{tag}-{FORMAT}.marshal"


def _exec(source, globals=None, locals=None, /):
    """``exec`` as the module ``dataclasses`` sees it: a source text compiled before runs its code."""
    global compiled, reused
    if type(source) is str:
        code = _codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec")
            _codes[source] = code
            compiled += 1
        else:
            reused += 1
        _used[source] = code
        source = code
    return builtins.exec(source, globals, locals)


def install(audited: str | None) -> None:
    """Serve ``dataclasses`` from the record (``audited``: the directory this run audits, when known; the
    record is written at the end of the run only then, and only outside it)."""
    global _save_unless_inside
    import dataclasses
    if getattr(dataclasses, "exec", None) is _exec:
        return
    from auditor.cache import cache_dir, read_record
    base = cache_dir()
    if base is not None:
        raw = read_record(base / record_name())
        if raw is not None:
            try:
                fmt, codes = marshal.loads(raw)
                if fmt == FORMAT and isinstance(codes, dict):
                    _codes.update((k, v) for k, v in codes.items()
                                  if type(k) is str and type(v).__name__ == "code")
            except (ValueError, EOFError, TypeError):
                pass                        # not a record of ours: compiled again, and written anew
    dataclasses.exec = _exec
    if audited is not None:
        _save_unless_inside = os.path.realpath(audited)
        import atexit
        atexit.register(_save)


def _save() -> None:
    from auditor.cache import cache_dir, write_cache
    from auditor.safeio import inside
    from pathlib import Path
    base = cache_dir()
    if not compiled or base is None or _save_unless_inside is None:
        return
    if inside(Path(os.path.realpath(base)), Path(_save_unless_inside)):
        return                              # never a cache inside the audited tree
    keep = {**_codes, **_used} if len(_codes) + len(_used) <= LIMIT else dict(_used)
    write_cache(base / record_name(), marshal.dumps((FORMAT, keep)))
