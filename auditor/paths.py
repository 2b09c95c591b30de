"""Path text: how a POSIX path (bytes on disk) is written in baselines and reports.

Paths are kept internally as ``str`` decoded with ``surrogateescape`` (what
``os.fsdecode`` gives), so a name that is not valid UTF-8 survives a round trip.
In documents they are written as *path text*: printable characters as they are,
a backslash as ``\\\\``, and every byte of a non-printable or undecodable character as
``\\xNN``. Path text is always printable Unicode, so it is safe in YAML, JSON,
SARIF and HTML, and :func:`from_text` restores the exact bytes.
"""

from __future__ import annotations

import os
from auditor.lazyre import lazy

_ESCAPE_RE = lazy(r"\\(\\|x[0-9a-fA-F]{2})")


def to_text(path: str) -> str:
    """Internal path (surrogateescape str) -> printable path text."""
    if path.isprintable() and "\\" not in path:
        return path
    out: list[str] = []
    for ch in path:
        if ch == "\\":
            out.append("\\\\")
        elif ch.isprintable() and not ("\udc80" <= ch <= "\udcff"):
            out.append(ch)
        else:
            for b in os.fsencode(ch):
                out.append(f"\\x{b:02x}")
    return "".join(out)


def from_text(text: str) -> str:
    """Path text -> internal path; inverse of :func:`to_text`."""
    if "\\" not in text:
        return text
    raw = bytearray()
    pos = 0
    for m in _ESCAPE_RE.finditer(text):
        raw += text[pos:m.start()].encode("utf-8", "surrogateescape")
        tok = m.group(1)
        raw += b"\\" if tok == "\\" else bytes([int(tok[1:], 16)])
        pos = m.end()
    raw += text[pos:].encode("utf-8", "surrogateescape")
    return os.fsdecode(bytes(raw))


def is_safe_relative(path: str) -> bool:
    """A relative POSIX path without '.', '..' or empty components."""
    if not path or path[0] == "/":
        return False
    # every component framed by slashes: an empty one shows as "//", the others as "/./" and "/../"
    framed = f"/{path}/"
    return "//" not in framed and "/./" not in framed and "/../" not in framed


def parent_dirs(path: str):
    """Yield every ancestor directory of a relative path, nearest first."""
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        yield path


def resolve_link(link_path: str, target: str) -> str | None:
    """Where a symlink at ``link_path`` points, relative to the tree root.

    Returns None when the target is absolute or climbs out of the tree.
    Resolution is lexical only: nothing on disk is followed.
    """
    if target.startswith("/"):
        return None
    parts = link_path.split("/")[:-1]
    for comp in target.split("/"):
        if comp in ("", "."):
            continue
        if comp == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(comp)
    return "/".join(parts)


#: links followed at most while resolving a path inside a tree (as the kernel's limit)
MAX_LINKS = 40


def resolve_in_tree(path: str, links: dict[str, str]) -> tuple[str | None, str]:
    """Where ``path`` leads inside a tree whose symbolic links are ``links`` (path -> target), every
    component resolved through the tree's own links, lexically (nothing on disk is followed).

    Returns (resolved path, "ok"), (None, "escape") when it leaves the tree, or (None, "loop") when
    more than MAX_LINKS links are met (a loop, as the kernel's ELOOP)."""
    todo = [c for c in path.split("/") if c not in ("", ".")]
    done: list[str] = []
    hops = 0
    while todo:
        comp = todo.pop(0)
        if comp == "..":
            if not done:
                return None, "escape"
            done.pop()
            continue
        here = "/".join(done + [comp])
        target = links.get(here)
        if target is None:
            done.append(comp)
            continue
        hops += 1
        if hops > MAX_LINKS:
            return None, "loop"
        if target.startswith("/"):
            return None, "escape"
        todo = [c for c in target.split("/") if c not in ("", ".")] + todo
    return "/".join(done), "ok"
