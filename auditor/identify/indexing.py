"""Building the release index: from loaded baselines, from baseline files (streamed; in worker processes when
there are many), brought up to date from a cached one, and the cache itself."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from typing import Iterable

from auditor.baseline.layout import parse_line
from auditor.baseline.rawlines import body_lines, changed_lines, read_body, read_lines
from auditor.baseline.layout import loads, read_text
from auditor.cache import cache_dir, writable_cache, write_cache
from auditor.errors import ValidationError
from auditor.identify.index import INDEX_FORMAT, PARALLEL_MIN_RELEASES, OneRelease, ReleaseIndex
from auditor.model.baseline import Baseline, Entry


def build(baselines: Iterable[Baseline], ignore=None) -> ReleaseIndex:
    """Index the baselines; paths matched by ``ignore`` (PathPatterns) take no part, as in the diff."""
    baselines = list(baselines)
    if len(baselines) == 1:
        b = baselines[0]
        idx = ReleaseIndex([b.release], OneRelease(b.by_path, ignore), markers=[[m.to_dict() for m in b.markers]],
                  stat_keys=[None])
        idx.compute_totals()
        return idx
    idx = ReleaseIndex([])
    ignored: dict[str, bool] = {}
    for i, b in enumerate(baselines):
        idx.releases.append(b.release)
        idx.markers.append([m.to_dict() for m in b.markers])
        bit = 1 << i
        for e in b.entries:
            key = e.content_key
            if key is None:
                continue
            if ignore is not None:
                skip = ignored.get(e.path)
                if skip is None:
                    skip = ignored[e.path] = ignore.match(e.path)
                if skip:
                    continue
            slot = idx.paths.setdefault(e.path, {})
            slot[key] = slot.get(key, 0) | bit
    idx.stat_keys = [None] * len(idx.releases)
    idx.compute_totals()
    return idx


def build_files(files: list, ignore=None, workers: int | None = None) -> ReleaseIndex:
    """Index baseline files in the given order (see :func:`build_serial`). Many files are split into
    runs of consecutive releases indexed by worker processes (one per core, forked) and merged
    (bench/README.md has the figures). A run whose
    worker fails is indexed again here, so an error is raised exactly as the serial build raises it."""
    workers = workers or min(4, os.cpu_count() or 1)
    if workers < 2 or len(files) < PARALLEL_MIN_RELEASES or sys.platform == "win32":
        return build_serial(files, ignore)
    import multiprocessing
    if multiprocessing.current_process().daemon:    # a Dask worker: no children allowed
        return build_serial(files, ignore)
    size = -(-len(files) // workers)
    runs = [files[i:i + size] for i in range(0, len(files), size)]
    _BUILD.update(runs=runs, ignore=ignore)
    try:
        with multiprocessing.get_context("fork").Pool(len(runs) - 1) as pool:
            pending = pool.map_async(_build_run, range(1, len(runs)))
            # the first run here meanwhile: it is the merge's base, never copied through a pipe
            idx = build_serial(runs[0], ignore, totals=False)
            parts = pending.get()
    finally:
        _BUILD.clear()
    for run, part in zip(runs[1:], parts):
        part = build_serial(run, ignore, totals=False) if part is None else ReleaseIndex.from_bytes(part)
        offset = len(idx.releases)
        for path, slot in part.paths.items():
            for key, mask in slot.items():
                idx.or_(path, key, mask << offset)
        idx.releases.extend(part.releases)
        idx.markers.extend(part.markers)
        idx.stat_keys.extend(part.stat_keys)
    idx.compute_totals()
    return idx

def build_serial(files: list, ignore=None, totals: bool = True) -> ReleaseIndex:
    """Index baseline files in the given order by streaming their entry lines; no Baseline objects are kept.

    Releases of a product share most entry lines with the one before, so
    each file is read as a set of lines and only the lines that differ
    from the previous release are parsed: a line present from release a
    to release b gives its (path, content) the bits a..b at once. Memory
    holds one release's lines and the index, never the baselines.
    """
    idx = ReleaseIndex([])
    live: dict[bytes, tuple[int, str, str | None]] = {}   # line -> (first bit, path, key or None)
    path_count: dict[str, int] = {}
    ignored: dict[str, bool] = {}
    prev_raw: bytes | None = None
    prev_start = 0
    for j, bf in enumerate(files):
        header, raw, body, first = read_body(bf)
        pairs = changed_lines(prev_raw, prev_start, raw, body) if prev_raw is not None else None
        lines: list[bytes] = []
        if pairs is not None:
            # the same paths in the same order (the usual next release): only the changed lines
            removed, added, cur = [a for a, _ in pairs], [b for _, b in pairs], None
        else:
            lines = body_lines(raw, body)
            cur = set(lines)
            prev_lines = body_lines(prev_raw, prev_start) if prev_raw is not None else []
            prev = set(prev_lines)
            # in file order, not set order (which varies with the hash seed): the index is the same
            # dict, in the same order, on every run
            removed = [line for line in prev_lines if line not in cur]
            added = [line for line in lines if line not in prev]
            del prev_lines, prev
        for line in removed:
            start, path, key = live.pop(line)
            path_count[path] -= 1
            if key is not None:
                idx.or_(path, key, (1 << j) - (1 << start))
        try:
            if cur is not None and len(cur) != len(lines):
                raise ValidationError("entries", "a line is repeated")
            for line in added:
                try:
                    text_line = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise ValidationError("entries", f"not UTF-8 text ({exc.reason})") from None
                e = parse_line(text_line, 0, str(bf.path), first)
                path_count[e.path] = path_count.get(e.path, 0) + 1
                live[line] = (j, e.path, _key(e, ignore, ignored))
            for line in added:
                if path_count[live[line][1]] > 1:
                    raise ValidationError("entries", f"duplicate path {live[line][1]!r}")
        except ValidationError as exc:
            loads(read_text(bf.path), str(bf.path))   # raises the error with its entry number and file line
            raise exc.with_source(str(bf.path)) from None
        del cur, lines
        prev_raw, prev_start = raw, body
        idx.releases.append(bf.release)
        idx.markers.append([m.to_dict() for m in header.markers])
        idx.stat_keys.append(bf.stat_key)
    n = len(idx.releases)
    for start, path, key in live.values():
        if key is not None:
            idx.or_(path, key, (1 << n) - (1 << start))
    if totals:
        idx.compute_totals()
    return idx


def update(index: ReleaseIndex, files: list, ignore=None) -> ReleaseIndex | None:
    """This (cached) index brought up to ``files``: releases whose file changed or went are dropped,
    new ones inserted at their place, each costing its own parse; None when a fresh build is cheaper."""
    want = [(f.release, f.stat_key) for f in files]
    have = list(zip(index.releases, index.stat_keys))
    if have == want:
        return index
    wanted = set(want)
    keep = [i for i, rk in enumerate(have) if rk in wanted]
    if len(keep) < len(files) / 2:
        return None
    for i in sorted(set(range(len(have))) - set(keep), reverse=True):
        index.remove_bit(i)
        del index.releases[i], index.markers[i], index.stat_keys[i]
    kept = set(zip(index.releases, index.stat_keys))
    for j, f in enumerate(files):
        if (f.release, f.stat_key) in kept:
            continue
        index.insert_bit(j)
        header, lines, first, text = read_lines(f)
        seen: set[str] = set()
        ignored: dict[str, bool] = {}
        try:
            for n, line in enumerate(lines):
                e = parse_line(line, n, str(f.path), first)
                if e.path in seen:
                    raise ValidationError(f"entries[{n}].path", f"duplicate path {e.path!r}")
                seen.add(e.path)
                key = _key(e, ignore, ignored)
                if key is not None:
                    index.or_(e.path, key, 1 << j)
        except ValidationError as exc:
            raise exc.with_source(str(f.path)) from None
        index.releases.insert(j, f.release)
        index.markers.insert(j, [m.to_dict() for m in header.markers])
        index.stat_keys.insert(j, f.stat_key)
    if list(zip(index.releases, index.stat_keys)) != want:
        return None
    index.compute_totals()
    return index


#: what a forked index-building worker works on: set in the parent right before the pool forks
_BUILD: dict = {}


def _build_run(i: int) -> bytes | None:
    """Index run ``i`` of consecutive releases (in a worker); None when it fails (the parent indexes
    that run again itself and raises the error)."""
    try:
        return build_serial(_BUILD["runs"][i], _BUILD["ignore"], totals=False).to_bytes()
    except Exception:   # noqa: BLE001 - any error is raised again by the parent's own build of the run
        return None


def _key(e: Entry, ignore, ignored: dict[str, bool]) -> str | None:
    """What the index keeps of an entry (its content key), None for directories and ignored paths."""
    key = e.content_key
    if key is None or ignore is None:
        return key
    skip = ignored.get(e.path)
    if skip is None:
        skip = ignored[e.path] = ignore.match(e.path)
    return None if skip else key


def cache_key(files: list, ignore_patterns: list[str] = ()) -> str:
    """The cache slot of an index: the directories the baselines are in, their products and the ignore
    patterns. Which files (and which versions of them) it holds is checked per file on load."""
    places = sorted({(os.path.dirname(f.stat_key[0]), f.product) for f in files})
    raw = json.dumps([INDEX_FORMAT, sys.version_info[:2], places, list(ignore_patterns)]).encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def load_cached(key: str) -> ReleaseIndex | None:
    base = cache_dir()
    if base is None:
        return None
    from auditor.cache import read_record
    data = read_record(base / f"index-{key}.bin")
    if data is None:
        return None
    try:
        return ReleaseIndex.from_bytes(data)
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def store_cached(key: str, index: ReleaseIndex) -> None:
    base = writable_cache()
    if base is not None:
        index.alt_paths     # derived before it is written: a cached index never derives it again
        write_cache(base / f"index-{key}.bin", index.to_bytes())
