"""Baseline files on disk: saving, loading (with the parse of an earlier run reused), and finding them in a
directory. The format itself is auditor.baseline.layout's."""

from __future__ import annotations

import gzip
import os
import re
import stat as stat_mod
import zlib
from dataclasses import dataclass
from pathlib import Path

from auditor import yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.model.baseline import Baseline, Entry

from auditor.baseline.layout import SUFFIXES, block, dumps, loads, read_raw, share_strings, top_keys  # noqa: F401
from auditor.lazyre import lazy


def save(baseline: Baseline, path: str | Path, text: bytes | None = None) -> Path:
    """Write the baseline (``text``: its text as dumps gives it, made elsewhere, e.g. by a worker of a
    parallel build)."""
    from auditor.safeio import write_output
    path = Path(path)
    text = dumps(baseline).encode("utf-8") if text is None else text
    if path.name.endswith(".gz"):
        text = gzip.compress(text, mtime=0)
    return write_output(path, text)


def load(path: str | Path, share: dict | None = None, cached: bool = False) -> Baseline:
    """A baseline file, strictly parsed. ``cached``: reuse the parse of an earlier run when the file's
    stat key (path, size, mtime, ctime, inode) is unchanged, and record this one (see _parsed_slot)."""
    if not cached:
        return loads(read_raw(path), str(path), share)
    slot, key = _parsed_slot(Path(path))
    if slot is not None:
        got = _load_parsed(slot, key, str(path), share)
        if got is not None:
            return got
    keep: dict = {}
    baseline = loads(read_raw(path), str(path), share, keep)
    if slot is not None and "data" in keep:
        _store_parsed(slot, key, keep["data"], baseline)
    return baseline


# A baseline of 50,000 entries takes 0.17 s to parse and validate line by line, 0.06 s to load from
# its parse recorded as marshal data (plain tuples and the header's YAML data; nothing in it runs) by
# an earlier run; a real OTRS header (thousands of official settings) 0.25 s to parse as YAML. The record
# is keyed by the file's real path and checked against its stat key, like the release index; a record
# that does not load, or was made from another version of the file, is ignored and rewritten.
PARSED_FORMAT = 2


#: baselines bigger than this (about 130,000 entries) are parsed line by line every time: the record
#: would save a smaller share of the run and, held whole while it is written or read, raise the peak
#: memory (200,000 entries: 220 -> 249 MB; 1,000,000: 956 -> 1014 MB)
PARSED_MAX_BYTES = 16 << 20


def _parsed_slot(path: Path) -> tuple[Path | None, tuple | None]:
    import hashlib

    from auditor.cache import cache_dir
    base = cache_dir()
    if base is None:
        return None, None
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
    except OSError:
        return None, None
    if st.st_size > PARSED_MAX_BYTES:
        return None, None
    key = (real, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    name = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return base / f"parsed-{name}.bin", key


def _load_parsed(slot: Path, key: tuple, source: str, share: dict | None) -> Baseline | None:
    import marshal

    from auditor.cache import read_record
    raw = read_record(slot)
    if raw is None:
        return None
    try:
        data = marshal.loads(raw)
        if not isinstance(data, dict) or data.get("format") != PARSED_FORMAT or tuple(data["key"]) != key:
            return None
        header = dict(data["header"])
        header["entries"] = []
        baseline = Baseline.from_dict(header)      # validated again, without the YAML parse
        rows = data["rows"]
        entries = [Entry(*row) for row in rows]
    except (OSError, ValueError, KeyError, TypeError, EOFError, ValidationError):
        return None
    if share is not None:
        get = share.get
        for e in entries:
            share_strings(e, get)
    baseline.entries = entries
    baseline.__post_init__()
    return baseline


def _store_parsed(slot: Path, key: tuple, header: dict, baseline: Baseline) -> None:
    import marshal

    from auditor.cache import write_cache
    rows = [(e.path, e.type, e.size, e.mode, e.sha256, e.target, e.digest) for e in baseline.entries]
    try:
        blob = marshal.dumps({"format": PARSED_FORMAT, "key": list(key), "header": header, "rows": rows})
    except ValueError:
        return     # header data marshal cannot hold: parsed each time
    write_cache(slot, blob)


# ---------------------------------------------------------------------------
# directories of baselines
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BaselineFile:
    path: Path
    product: str
    version: str
    stat_key: tuple
    #: the package name when the release is an add-on's (its header has ``addon``), else ""
    addon: str = ""

    @property
    def release(self) -> tuple[str, str]:
        return (self.product, self.version)


HEADER_RE = lazy(r"^(product|version): (.+)$", re.M)


def peek_fast(text: str, source: str) -> dict | None:
    """Product and version from their own blocks when the header has auditor's layout (a first run
    over 500 baselines: 0.28 s of YAML for whole headers); None when it has not."""
    lines = text.split("\n")
    starts = top_keys(lines)
    if starts is None or "product" not in starts or "version" not in starts:
        return None
    keys = ["product", "version"] + (["addon"] if "addon" in starts else [])
    try:
        data = yamlio.loads("\n".join(block(lines, starts[k]) for k in keys), source)
    except ValidationError:
        return None
    return data if isinstance(data, dict) and list(data) == keys else None


def _addon_of(data: dict) -> str:
    addon = data.get("addon")
    return str(addon.get("package") or data["product"]) if isinstance(addon, dict) else ""


def _peek_release(path: Path) -> tuple[str, str, str]:
    """Product, version and add-on package name ("" for a product) from a baseline header without
    parsing the entries."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as raw:
            if not stat_mod.S_ISREG(os.fstat(raw.fileno()).st_mode):
                raise AuditorError(f"{path}: not a regular file (a FIFO, socket or device is never read)")
            if path.name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw) as gz:
                    head = gz.read(4096).decode("utf-8", "replace")
            else:
                head = raw.read(4096).decode("utf-8", "replace")
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise AuditorError(f"{path}: cannot read baseline: {getattr(exc, 'strerror', None) or exc}") from None
    head = head.split("\nentries:", 1)[0]
    text = head.rsplit("\n", 1)[0] if len(head) == 4096 else head     # a line cut at 4096 bytes is left out
    data = peek_fast(text, str(path))
    if data is None:
        try:
            data = yamlio.loads(text, str(path))
        except ValidationError:
            data = None
    if not isinstance(data, dict) or not isinstance(data.get("product"), str) or data.get("version") is None:
        found = dict(HEADER_RE.findall(head))
        if "product" not in found or "version" not in found:
            raise ValidationError("product", "missing product or version in the baseline header", source=str(path))
        addon = found["product"].strip("'\"") if re.search(r"(?m)^addon:", head) else ""
        return found["product"].strip("'\""), found["version"].strip("'\""), addon
    return data["product"], str(data["version"]), _addon_of(data)


def _peek_cache(directory: Path) -> tuple[dict, Path | None]:
    """Product and version of each baseline file read on an earlier run, keyed by the file's stat key
    (path, size, mtime, ctime, inode): a changed file is read again. Lives in the cache directory."""
    import hashlib
    import marshal

    from auditor.cache import cache_dir
    base = cache_dir()
    if base is None:
        return {}, None
    name = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:32]
    path = base / f"peek-{name}.bin"
    from auditor.cache import read_record
    raw = read_record(path)
    try:
        if raw is None:
            raise ValueError("no record")
        data = marshal.loads(raw)
        if isinstance(data, dict) and all(isinstance(k, tuple) and isinstance(v, tuple) and len(v) == 3
                                          and all(isinstance(x, str) for x in v) for k, v in data.items()):
            return data, path
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}, path


def _store_peeks(path: Path, peeks: dict) -> None:
    import marshal

    from auditor.cache import write_cache
    write_cache(path, marshal.dumps(peeks))


def stat_keys(directory: str | Path) -> list[tuple]:
    """The stat key of every baseline-named file below ``directory`` (no file is read): what a
    long-lived worker compares to see whether the baselines it loaded are still the ones on disk."""
    out = []
    for path in sorted(Path(directory).rglob("*")):
        if path.name.endswith(SUFFIXES) and not any(p.startswith(".") for p in path.relative_to(directory).parts):
            try:
                st = path.stat()
            except OSError:
                continue
            out.append((str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return out


def discover(directory: str | Path, use_cache: bool = True) -> list[BaselineFile]:
    """Every baseline file below ``directory`` (recursively), sorted by path. ``use_cache=False``
    (signed baselines): every header is read, no cache is consulted."""
    directory = Path(directory)
    if not directory.exists():
        raise AuditorError(f"{directory}: baseline directory does not exist")
    if not directory.is_dir():
        raise AuditorError(f"{directory}: not a directory of baselines")
    found: list[BaselineFile] = []
    peeks, cache_file = _peek_cache(directory) if use_cache else ({}, None)
    fresh: dict = {}
    real_dirs: dict[Path, str] = {}
    for path in sorted(directory.rglob("*")):
        name = path.name
        if not name.endswith(SUFFIXES) or name.startswith("."):
            continue
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue        # a hidden directory (.git, .cache ...) holds no baseline: as signing sees it
        # one lstat per file (500 baselines found in 5 ms instead of 12 ms, peeks included); only a link is
        # followed, and its real path resolved; other files' real path is their directory's
        try:
            st = os.lstat(path)
            link = stat_mod.S_ISLNK(st.st_mode)
            if link:
                st = os.stat(path)
        except OSError:
            st, link = None, False
        if st is not None and stat_mod.S_ISDIR(st.st_mode):
            continue
        if st is None or not stat_mod.S_ISREG(st.st_mode):
            # a FIFO, socket, device or dangling link named like a baseline: said, never skipped or read
            raise AuditorError(f"{path}: not a regular file (a FIFO, socket or device is never read)")
        if link:
            real = str(path.resolve())
        else:
            parent = path.parent
            base = real_dirs.get(parent)
            if base is None:
                base = real_dirs[parent] = str(parent.resolve())
            real = os.path.join(base, name)
        key = (real, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        known = peeks.get(key)
        if known is None:
            known = _peek_release(path)
        product, version, addon = fresh[key] = known
        found.append(BaselineFile(path, product, version, key, addon))
    if not found:
        raise AuditorError(f"{directory}: no baselines found (expected <product>/<version>.yaml files)")
    if cache_file is not None and fresh != peeks:
        _store_peeks(cache_file, fresh)
    seen: dict[tuple[str, str], Path] = {}
    for bf in found:
        if bf.release in seen:
            raise AuditorError(f"{bf.path}: release {bf.product} {bf.version} is also in {seen[bf.release]}")
        seen[bf.release] = bf.path
    return found
