"""File-system checks: links out of the tree, link loops, special files, what could not be read."""

from __future__ import annotations

from typing import Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.model.finding import Finding



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
    entries = ctx.snapshot.entries
    links = {p: e.target for p, e in entries.items() if e.type == "symlink" and e.target is not None}
    for path, e in entries.items():
        if e.type != "symlink" or e.target is None:
            continue
        # resolved through the tree's own links, component by component: a link that climbs out
        # through another link (up -> .., x -> up/..) escapes as surely as one to /etc
        if paths.resolve_in_tree(path, links)[1] != "escape" or _official_link(ctx, path, e.target):
            continue
        yield ctx.finding("AUD201", "symlink-escape", path, f"link points outside the tree: {paths.to_text(e.target)}",
                          {"actual": {"type": "symlink", "target": paths.to_text(e.target)}})


@check("AUD202", "symlink-loop", "symlink-loop", "medium")
def symlink_loop(ctx: Context) -> Iterable[Finding]:
    """Symbolic links inside the tree point at each other in a loop (resolved lexically, never followed)."""
    entries = ctx.snapshot.entries
    links = {p: e.target for p, e in entries.items() if e.type == "symlink" and e.target is not None}
    reported: set[str] = set()
    for path in sorted(links):
        if path in reported:
            continue
        where, state = paths.resolve_in_tree(path, links)
        if state != "loop":
            continue
        loop = _loop_members(path, links)
        if reported.intersection(loop):
            continue
        reported.update(loop)
        yield ctx.finding("AUD202", "symlink-loop", path,
                          f"symbolic links form a loop: {' -> '.join(paths.to_text(p) for p in loop)}",
                          {"loop": [paths.to_text(p) for p in loop]})


def _loop_members(start: str, links: dict[str, str]) -> list[str]:
    """The links met while resolving ``start`` (the loop and what leads into it), in order."""
    met: list[str] = [start]
    for _ in range(paths.MAX_LINKS):
        nxt = paths.resolve_link(met[-1], links[met[-1]])
        if nxt is None:
            break
        # the first link on the way to nxt (a link may sit in a parent component)
        comps = nxt.split("/")
        step = next(("/".join(comps[:i]) for i in range(1, len(comps) + 1) if "/".join(comps[:i]) in links), None)
        if step is None or step in met:
            break
        met.append(step)
    return met


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
        if p.kind == "unreadable":
            evidence = {"detail": p.detail}
            e = ctx.snapshot.entries.get(p.path)
            if e is not None and e.type == "dir" and ctx.baseline is not None:
                prefix = p.path + "/"
                evidence["release_entries_unverified"] = sum(1 for q in ctx.baseline.by_path if q.startswith(prefix))
            yield ctx.finding("AUD204", "unreadable", p.path, f"could not be read: {p.detail}", evidence, key=p.kind)


@check("AUD205", "unsafe-path", "unsafe-path", "high")
def unsafe_paths(ctx: Context) -> Iterable[Finding]:
    """An archive, image or git member whose name is unsafe to extract or check out.

    Absolute names, names climbing out with '..', members written through a
    symbolic link member (extraction lands where the link points), git tree
    entries named '..' or '.git', and names listed twice (which copy an
    extractor keeps depends on the tool: the audit may see other content than
    the install). Escaping members are reported and never read; of a duplicate
    the last copy is compared, as tar and unzip keep it.
    """
    for p in ctx.snapshot.problems:
        if p.kind in ("unsafe-path", "duplicate"):
            yield ctx.finding("AUD205", "unsafe-path", p.path, p.detail, {"detail": p.detail},
                              key="" if p.kind == "unsafe-path" else p.kind)
