"""File-system checks: links out of the tree, link loops, special files, what could not be read."""

from __future__ import annotations

from typing import Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.model.finding import Finding

MAX_HOPS = 40


def _official_link(ctx: Context, path: str, target: str | None) -> bool:
    if ctx.baseline is None:
        return False
    b = ctx.baseline.by_path.get(path)
    return b is not None and b.type == "symlink" and b.target == target


@check("AUD201", "symlink-escape", "symlink-escape", "high")
def symlink_escape(ctx: Context) -> Iterable[Finding]:
    """A symbolic link points outside the audited tree (absolute, or climbing above the root).

    The link is recorded, never followed. Links the official release itself
    ships (e.g. Debian's font links) are not reported.
    """
    for path, e in ctx.snapshot.entries.items():
        if e.type != "symlink" or e.target is None:
            continue
        if paths.resolve_link(path, e.target) is not None or _official_link(ctx, path, e.target):
            continue
        yield ctx.finding("AUD201", "symlink-escape", path, f"link points outside the tree: {paths.to_text(e.target)}",
                          {"actual": {"type": "symlink", "target": paths.to_text(e.target)}})


@check("AUD202", "symlink-loop", "symlink-loop", "medium")
def symlink_loop(ctx: Context) -> Iterable[Finding]:
    """Symbolic links inside the tree point at each other in a loop (resolved lexically, never followed)."""
    entries = ctx.snapshot.entries
    reported: set[str] = set()
    for path, e in entries.items():
        if e.type != "symlink" or path in reported:
            continue
        chain = [path]
        current = e
        here = path
        while current is not None and current.type == "symlink" and current.target is not None:
            nxt = paths.resolve_link(here, current.target)
            if nxt is None:
                break
            if nxt in chain:
                loop = chain[chain.index(nxt):]
                if not reported.intersection(loop):
                    reported.update(loop)
                    yield ctx.finding("AUD202", "symlink-loop", min(loop),
                                      f"symbolic links form a loop: {' -> '.join(paths.to_text(p) for p in loop + [nxt])}",
                                      {"loop": [paths.to_text(p) for p in loop]})
                break
            if len(chain) > MAX_HOPS:
                break
            chain.append(nxt)
            here = nxt
            current = entries.get(nxt)


@check("AUD203", "special-file", "special-file", "medium")
def special_files(ctx: Context) -> Iterable[Finding]:
    """A FIFO, socket or device node lies in the tree.

    It is recorded by type and never opened (opening a FIFO blocks; a device
    can be anything). A product tree has no reason to hold one.
    """
    for p in ctx.snapshot.problems:
        if p.kind == "special-file":
            e = ctx.snapshot.entries.get(p.path)
            yield ctx.finding("AUD203", "special-file", p.path, f"special file ({e.type if e else '?'}) in the tree",
                              {"actual": {"type": e.type if e else None}, "detail": p.detail})


@check("AUD204", "unreadable", "unreadable", "medium")
def unreadable(ctx: Context) -> Iterable[Finding]:
    """A path could not be read (permissions, I/O error, a file that changed type while read).

    Nothing is skipped silently: its content is unknown, so it can be neither
    trusted nor identified.
    """
    for p in ctx.snapshot.problems:
        if p.kind in ("unreadable", "duplicate"):
            evidence = {"detail": p.detail}
            e = ctx.snapshot.entries.get(p.path)
            if e is not None and e.type == "dir" and ctx.baseline is not None:
                prefix = p.path + "/"
                evidence["release_entries_unverified"] = sum(1 for q in ctx.baseline.by_path if q.startswith(prefix))
            yield ctx.finding("AUD204", "unreadable", p.path, f"could not be read: {p.detail}", evidence, key=p.kind)


@check("AUD205", "unsafe-path", "unsafe-path", "high")
def unsafe_paths(ctx: Context) -> Iterable[Finding]:
    """An archive or image member has a name that escapes the root ('..' or similar).

    Extracting such an archive would write outside its directory; the member
    is reported and not read.
    """
    for p in ctx.snapshot.problems:
        if p.kind == "unsafe-path":
            yield ctx.finding("AUD205", "unsafe-path", p.path, p.detail, {"detail": p.detail})
