"""Loading advisory feeds: the built-in ones (auditor/advisories/*.yaml) and the user's (--advisories)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from auditor import yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.model._fields import Fields
from auditor.model.advisory import Advisory

FEED_FORMAT = 1


def builtin_dir() -> Path:
    return Path(str(resources.files("auditor") / "advisories"))


def load_feed(path: str | Path) -> list[Advisory]:
    return yamlio.load_validated(path, lambda data: _build(data, Path(path)))


def _build(data, path: Path) -> list[Advisory]:
    from auditor import osv
    if osv.is_osv(data):
        try:
            out = [osv.from_osv(rec, f"[{i}]" if isinstance(data, list) or "vulns" in data else "", str(path))
                   for i, rec in enumerate(osv.records(data))]
        except ValidationError as exc:
            raise exc.with_source(str(path)) from None
        return _unique(out, path)
    try:
        f = Fields(data, "")
        fmt = f.req("format_version", int)
        if fmt != FEED_FORMAT:
            raise f.error("format_version", f"unsupported feed format_version {fmt}")
        f.opt("title", str)
        f.opt("description", str)
        items = f.req("advisories", list)
        f.done()
        out = [Advisory.from_dict(item, f"advisories[{i}]", str(path)) for i, item in enumerate(items)]
    except ValidationError as exc:
        raise exc.with_source(str(path)) from None
    return _unique(out, path)


def _unique(out: list[Advisory], path: Path) -> list[Advisory]:
    seen: dict[str, int] = {}
    for i, a in enumerate(out):
        if a.id in seen:
            raise ValidationError(f"advisories[{i}] ({a.id})", f"duplicate id (also advisories[{seen[a.id]}])",
                                  source=str(path))
        seen[a.id] = i
    return out


def load(extra: list[str] | tuple[str, ...] = ()) -> list[Advisory]:
    """Every built-in feed, then the user's files or directories (later ids replace earlier ones)."""
    builtin = builtin_dir()
    files = sorted(builtin.glob("*.yaml"))
    for e in extra:
        p = Path(e)
        if p.is_dir():
            found = sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")) + list(p.glob("*.json")))
            if not found:
                raise AuditorError(f"{e}: no advisory feeds (*.yaml, *.json) in this directory")
            files.extend(found)
        elif p.exists():
            files.append(p)      # a FIFO or device is refused when read (never blocking)
        else:
            raise AuditorError(f"{e}: no such advisory feed file or directory")
    by_id: dict[str, Advisory] = {}
    for f in files:
        for a in _builtin_feed(f) if f.parent == builtin else load_feed(f):
            by_id[a.id] = a
    return list(by_id.values())


#: the built-in feeds as parsed in this process, by (path, size, mtime, whether the parse could come from the
#: cache: yamlio.load_known): a process that audits many targets (a fleet worker) reads each once. The
#: user's feeds are read at every run.
_BUILTIN: dict[tuple, list[Advisory]] = {}


def _builtin_feed(path: Path) -> list[Advisory]:
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns, yamlio.DOC_CACHE.get())
    if key not in _BUILTIN:
        _BUILTIN[key] = yamlio.load_known(path, lambda data: _build(data, path))
    return _BUILTIN[key]
