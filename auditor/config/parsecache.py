"""Parsed configuration files kept in the cache directory (auditor.cache: trusted as far as the user who
runs auditor), so that an audit of a tree whose deployed configuration did not change since the last
audit does not parse it again. A record is keyed by the file's parser, path and the sha256 of its text
and by the parsers' own source; it is JSON (never code), kept only when it reads back exactly as the
parser gave it, and passed over when it does not load. A ``--require-signed`` run neither reads nor
writes them (``DISK_CACHE``)."""

from __future__ import annotations

import contextvars
import functools
import hashlib
import json
import os

from auditor.config.perl import Statement

DISK_LIMIT = 16 << 20
#: whether this audit may read and write parsed files in the cache directory (not a --require-signed run)
DISK_CACHE: contextvars.ContextVar[bool] = contextvars.ContextVar("auditor_parsed_config_cache", default=True)


@functools.lru_cache(maxsize=1)
def _parsers_digest() -> str:
    h = hashlib.sha256()
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("settings.py", "perl.py", "perl_lexer.py", "otrs_xml.py"):
        with open(os.path.join(here, name), "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()[:16]


#: the parsers whose results are kept on disk: the Perl reader (the deployed configuration an audit reads
#: each time); SysConfig XML definitions are read by baseline builds, many per release, and stay in memory
DISK_PARSERS = ("otrs-perl", "rt-perl", "perl")


def _disk_path(key: tuple):
    from auditor import cache
    if not DISK_CACHE.get() or key[0] not in DISK_PARSERS:
        return None
    base = cache.cache_dir()
    if base is None:
        return None
    name = hashlib.sha256(repr((key, _parsers_digest())).encode("utf-8", "surrogatepass")).hexdigest()
    return base / f"config-{name}.json"       # beside the other records: no directory of its own to trust


def _encode(hit: tuple) -> bytes:
    statements, problems, rank, size = hit
    return json.dumps({"s": [[st.op, list(st.path), st.value, st.line] for st in statements],
                       "p": list(problems), "r": rank, "n": size}).encode()


def _decode(blob: bytes) -> tuple:
    data = json.loads(blob)
    return (tuple(Statement(op, tuple(path), value, line) for op, path, value, line in data["s"]),
            tuple(data["p"]), data["r"], data["n"])


def load(key: tuple) -> tuple | None:
    """(statements, problems, rank, size) of a parsed file, from its record; None when there is none."""
    from auditor import cache
    where = _disk_path(key)
    blob = cache.read_record(where) if where is not None else None
    if blob is None:
        return None
    try:
        return _decode(blob)
    except (ValueError, KeyError, TypeError, RecursionError):
        return None


def store(key: tuple, hit: tuple) -> None:
    """Kept only when the record reads back as exactly what the parser gave (a value JSON cannot carry
    exactly is not cached)."""
    from auditor import cache
    if hit[3] > DISK_LIMIT:
        return
    where = _disk_path(key)
    if where is None:
        return
    try:
        blob = _encode(hit)
        if repr(_decode(blob)) != repr(hit):
            return
    except (ValueError, TypeError, OSError, RecursionError):
        return
    cache.write_cache(where, blob)
