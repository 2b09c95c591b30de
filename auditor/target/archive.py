"""Archives read in place: .tar (plain, .gz, .bz2, .xz, .zst), .tgz, .zip and .deb. Nothing is extracted to disk.

Hostile archives are part of the spec (docs/security.md):

* a member whose name is absolute or climbs with ``..`` — anywhere in the
  archive, inside ``--root`` or not — is an ``unsafe-path`` problem, never
  silently dropped; a member written *through* a symbolic link member
  (``a -> /etc`` then ``a/x``) is one too, and the link keeps its place;
* a name listed twice is flagged (the last copy counts, as extraction does);
* directories that only exist as parents of files are synthesised, so a
  files-only tar does not look like it lost its directories;
* a corrupt compressed block or header anywhere — not only at the start —
  ends the run with one line (exit 2) instead of a partial report; a zip
  member with a bad CRC or deflate stream is an unreadable member;
* a symbolic link's target is read up to PATH_MAX; an archive that declares
  more than ``MAX_RATIO`` times its own size (at least 1 GiB) is refused as a
  decompression bomb;
* zstd (.tar.zst, .deb with data.tar.zst) is decompressed as a stream with the
  zstandard library, never by an external program holding it in memory.
"""

from __future__ import annotations

import tarfile

from auditor.errors import AuditorError
from auditor.safeio import open_regular
from auditor.target.base import Member, Target, relative_to_root
from auditor.target.streams import ZSTD_MAGIC, lzma_alone

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.lzma", ".tlz", ".tar.zst",
                ".tzst")
ZIP_SUFFIXES = (".zip",)
DEB_SUFFIXES = (".deb",)
ARCHIVE_SUFFIXES = TAR_SUFFIXES + ZIP_SUFFIXES + DEB_SUFFIXES
#: An archive may declare at most this many times its own size (and at least MIN_BOMB bytes) in content.
PATH_MAX = 4096
LONG_LINK = (f"symbolic link target longer than PATH_MAX ({PATH_MAX} bytes): no file system can hold it "
             f"(only its first {PATH_MAX} bytes are kept as evidence)")


def link_target(m, target: str, too_long: bool | None = None) -> None:
    """Record a symbolic link member's target: its first PATH_MAX characters; past PATH_MAX (or when the
    reader says ``too_long``, counting bytes) the member is unsafe."""
    m.target = target[:PATH_MAX]
    if len(target) > PATH_MAX if too_long is None else too_long:
        m.error, m.problem = LONG_LINK, "unsafe-path"
#: What a corrupt compressed stream raises, besides tarfile's own errors.


def tar_type(ti: tarfile.TarInfo) -> str:
    if ti.isreg():
        return "file"
    if ti.islnk():
        return "file"   # a hard link: the content of its target
    if ti.isdir():
        return "dir"
    if ti.issym():
        return "symlink"
    if ti.isfifo():
        return "fifo"
    if ti.ischr():
        return "chardev"
    if ti.isblk():
        return "blockdev"
    return "other"


def member_path(name: str, root: str | None) -> tuple[str | None, str | None]:
    """(path relative to root or None when outside it, problem) of an archive member name.

    The problem is set for names that are absolute or hold a '..' component: an
    extraction hazard wherever the member is, also outside --root."""
    raw = strip_dot(name)
    if raw.strip("/") in ("", "."):
        return None, None   # the archive's own root
    problem = None
    if raw.startswith("/"):
        problem = f"absolute member name {name!r}"
    elif any(part == ".." for part in raw.rstrip("/").split("/")):
        problem = f"member name climbs out with '..': {name!r}"
    if problem:
        return raw.strip("/") or name, problem
    return relative_to_root(raw, root), None


def strip_dot(name: str) -> str:
    """A member name without its leading "./" prefixes (never other leading dots: ".procmailrc" stays)."""
    while name.startswith("./"):
        name = name[2:]
    return name


class Members:
    """Post-processing shared by tar, zip, deb and image members: synthesised parent directories,
    duplicates, members written through a symbolic link member."""

    def __init__(self, label: str):
        self.label = label

    def finish(self, members: list[Member]) -> list[Member]:
        links = {m.path for m in members if m.type == "symlink" and not m.problem}
        dirs: set[str] = {m.path for m in members if m.type == "dir" and not m.problem}
        out: list[Member | None] = []
        where: dict[str, int] = {}     # path -> its index in out (a later copy replaces it)
        for m in members:
            if m.problem == "unsafe-path":
                out.append(m)
                continue
            through = next((p for p in _parents(m.path) if p in links), None)
            if through is not None:
                out.append(Member(m.path, "other", ref=m.ref, problem="unsafe-path",
                                  error=f"written through the symbolic link member {through!r} in {self.label} "
                                        f"(extraction would land where the link points)"))
                continue
            if m.path in where:
                if m.type == "dir" and out[where[m.path]] is not None and out[where[m.path]].type == "dir":
                    continue
                m.error = f"listed more than once in {self.label}; the last copy counts"
                m.problem = "duplicate"
                out[where[m.path]] = None
            for parent in reversed(list(_parents(m.path))):
                if parent not in dirs and parent not in links:
                    dirs.add(parent)
                    where[parent] = len(out)
                    out.append(Member(parent, "dir", None))
            where[m.path] = len(out)
            out.append(m)
        return [m for m in out if m is not None]


def _parents(path: str):
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        yield path


def top_names(raw) -> list[str]:
    """The top-level entries of member names (for the message of a --root that names nothing)."""
    names: set[str] = set()
    for n in raw:
        n = strip_dot(n).lstrip("/")
        if n:
            names.add(n.split("/", 1)[0])
    return sorted(names)


def check_root(target: Target, members: list[Member]) -> None:
    """A --root that names nothing in the archive is a usage error, not an empty audit."""
    if target.root and not any(m.problem != "unsafe-path" for m in members):
        raise AuditorError(f"{target.path}: --root {target.root}: no member under it (top-level entries: "
                           f"{', '.join(target.top_level_names()[:8]) or 'none'})")


def is_archive_name(path: str) -> bool:
    return path.lower().endswith(ARCHIVE_SUFFIXES)


def sniff_archive(path: str) -> bool:
    """True when the file looks like an archive whatever its name."""
    try:
        with open_regular(path, "archive") as fh:
            head = fh.read(300)
    except OSError:
        return False
    if head.startswith(b"!<arch>\n"):
        return True
    if head[:4] == b"PK\x03\x04":
        return True
    if head[:2] == b"\x1f\x8b" or head[:3] == b"BZh" or head[:6] == b"\xfd7zXZ\x00" or head[:4] == ZSTD_MAGIC:
        return True
    if lzma_alone(head):
        return True
    return len(head) >= 262 and head[257:262] == b"ustar"
