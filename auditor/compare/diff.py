"""The integrity diff of a tree against the release it is compared with: what is modified, added, missing,
moved, of another type or another mode. Facts only; the integrity checks judge them."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.model.baseline import Entry
from auditor.paths import parent_dirs

_EXEC_BITS = 0o111


@dataclass
class Diff:
    modified: list[tuple[Entry, Entry]] = field(default_factory=list)
    added: list[Entry] = field(default_factory=list)
    missing: list[Entry] = field(default_factory=list)
    #: (the top-most missing directory, number of release files under it)
    missing_dirs: list[tuple[Entry, int]] = field(default_factory=list)
    moved: list[tuple[Entry, Entry]] = field(default_factory=list)
    permissions: list[tuple[Entry, Entry]] = field(default_factory=list)
    types: list[tuple[Entry, Entry]] = field(default_factory=list)
    #: release paths left out of the comparison by the ignore patterns
    ignored_release_paths: int = 0
    #: release paths under directories that could not be listed
    unverified: int = 0
    #: local files (the install's own configuration, e.g. Kernel/Config.pm with the database password)
    #: that are world-writable or set-uid/set-gid: not compared with a release, but never safe
    risky_local: list[Entry] = field(default_factory=list)
    #: scripts whose only difference is the interpreter line pip writes at install (``#!python`` in a
    #: wheel's RECORD, the interpreter's path in the tree): verified equal, not modified
    shebang_rewritten: list[str] = field(default_factory=list)


def mode_differs(expected: int | None, actual: int | None, precision: str, executable: bool | None = None) -> bool:
    """``executable``: with precision ``exec``, whether the installer makes this file executable
    (None: the release's own executable bit is expected)."""
    if expected is None or actual is None or precision == "ignore":
        return False
    if precision == "exec":
        # git keeps only "executable or not": compare the owner's x bit
        want = bool(expected & 0o100) if executable is None else executable
        return want != bool(actual & 0o100)
    if precision == "umask":
        # an installer that applies a umask only ever takes bits away, and never the owner's: a bit the
        # release lacks (group or other write, an execute bit) or an owner bit lost (mode 000) is a change
        return bool(actual & ~expected & 0o7777) or bool(expected & 0o700 & ~actual)
    return (expected & 0o7777) != (actual & 0o7777)


def risky_mode(mode: int | None, kind: str) -> bool:
    """World-writable (a directory without the sticky bit), or a set-uid / set-gid file. A symbolic
    link's own mode means nothing (Linux gives every link 0777)."""
    if mode is None or kind == "symlink":
        return False
    if kind == "dir":
        return bool(mode & 0o002) and not mode & 0o1000
    return bool(mode & 0o002 or mode & 0o6000)


def mode_risk_added(expected: int | None, actual: int | None, kind: str) -> bool:
    """The tree's mode is risky where the release's is not: reported whatever the profile's precision,
    since no profile can make a world-writable or set-uid core file harmless."""
    return risky_mode(actual, kind) and not risky_mode(expected, kind)


def compute(baseline_entries: dict[str, Entry], tree: dict[str, Entry], ignore, local: set[str],
            precision: str, unreadable_dirs: set[str] = frozenset(), digest_of=None, executables=None) -> Diff:
    """Compare; paths under ``unreadable_dirs`` (directories that could not be listed) are
    unverified: neither missing nor present. A release file recorded only by a weaker digest
    (``Entry.digest``) is compared through ``digest_of(path, algo)``. ``executables`` (PathPatterns):
    the files an install makes executable, for precision ``exec``."""
    diff = Diff()
    base = _release_paths(diff, baseline_entries, tree, ignore, unreadable_dirs)
    missing = _compare_present(diff, base, tree, precision, digest_of, executables)
    added = [t for path, t in tree.items()
             if path not in base and t.type != "dir" and path not in local
             and not (ignore is not None and ignore.match(path))]
    diff.risky_local = sorted((tree[p] for p in local if p in tree and p not in base
                               and risky_mode(tree[p].mode, tree[p].type)), key=lambda e: e.path)
    moved_from = _moved(diff, missing, added)
    _missing(diff, base, missing, moved_from)
    diff.modified.sort(key=lambda pair: pair[0].path)
    diff.moved.sort(key=lambda pair: pair[0].path)
    return diff


def _release_paths(diff: Diff, baseline_entries: dict[str, Entry], tree: dict[str, Entry], ignore,
                   unreadable_dirs: set[str]) -> dict[str, Entry]:
    """The release's entries that are compared: not ignored, not under a directory that could not be listed."""
    base: dict[str, Entry] = {}
    for path, e in baseline_entries.items():
        # a path the scan listed was not ignored; only release paths the tree lacks need the check
        if path not in tree and ignore is not None and ignore.match_entry(path, e.type == "dir"):
            diff.ignored_release_paths += 1
            continue
        if unreadable_dirs and any(a in unreadable_dirs for a in parent_dirs(path)):
            diff.unverified += 1
            continue
        base[path] = e
    return base


def _compare_present(diff: Diff, base: dict[str, Entry], tree: dict[str, Entry], precision: str, digest_of,
                     executables) -> list[Entry]:
    """Types, contents and modes of the release paths the tree has; the release entries it lacks."""
    missing: list[Entry] = []
    for path, b in base.items():
        t = tree.get(path)
        if t is None:
            missing.append(b)
            continue
        if t.type != b.type:
            diff.types.append((b, t))
            continue
        if _content_differs(b, t, digest_of):
            diff.modified.append((b, t))
        if b.type == "symlink" or (b.mode == t.mode and (executables is None or b.type != "file")):
            continue     # the same mode never differs (only an installer's executable pattern can say so)
        executable = executables.match(path) if executables is not None and b.type == "file" else None
        if (mode_differs(b.mode, t.mode, precision, executable)
                                    or mode_risk_added(b.mode, t.mode, b.type)):
            diff.permissions.append((b, t))
    return missing


def _content_differs(b: Entry, t: Entry, digest_of) -> bool:
    """A file's digest (or the weaker one its release recorded), a link's target."""
    if b.type == "file":
        if b.sha256 is None and b.digest is not None:
            return t.sha256 is not None and (digest_of is None
                                             or digest_of(b.path, b.digest.partition(":")[0]) != b.digest)
        return t.sha256 is not None and t.sha256 != b.sha256
    return b.type == "symlink" and t.target != b.target


def _moved(diff: Diff, missing: list[Entry], added: list[Entry]) -> set[str]:
    """Moved: a missing release file whose exact content now lives at an added path (the same name
    first); the rest of ``added`` is added. The release paths moved away."""
    by_hash: dict[str, list[Entry]] = {}
    for b in missing:
        if b.type == "file" and b.size:
            by_hash.setdefault(b.sha256, []).append(b)
    moved_from: set[str] = set()
    moved_to: set[str] = set()
    for t in added:
        sources = by_hash.get(t.sha256) if t.type == "file" else None
        if not sources:
            continue
        name = t.path.rsplit("/", 1)[-1]
        sources.sort(key=lambda b: (b.path.rsplit("/", 1)[-1] != name, b.path))
        src = sources.pop(0)
        diff.moved.append((src, t))
        moved_from.add(src.path)
        moved_to.add(t.path)
    diff.added = [t for t in added if t.path not in moved_to]
    return moved_from


def _missing(diff: Diff, base: dict[str, Entry], missing: list[Entry], moved_from: set[str]) -> None:
    """Missing directories (the top-most one, with the count of release files under it) and missing files."""
    missing_dir_paths = {b.path for b in missing if b.type == "dir"}
    top = sorted(p for p in missing_dir_paths if not any(a in missing_dir_paths for a in parent_dirs(p)))
    top_set = set(top)
    counts = dict.fromkeys(top, 0)
    for b in missing:
        if b.path in moved_from or b.type == "dir":
            continue
        owner = next((a for a in parent_dirs(b.path) if a in top_set), None)
        if owner is not None:
            counts[owner] += 1
        else:
            diff.missing.append(b)
    diff.missing_dirs = [(base[p], counts[p]) for p in top]


def of(snapshot, profile, baseline, ignore) -> Diff:
    """The diff of ``snapshot`` against ``baseline``, with the precision of modes the baseline and the
    profile allow (a git baseline knows only the executable bit; an installer may apply a umask)."""
    precision = baseline.mode_precision
    if profile.permissions == "ignore":
        precision = "ignore"
    elif profile.permissions in ("exec", "umask"):
        precision = profile.permissions
    unreadable_dirs = {p.path for p in snapshot.problems
                       if p.kind == "unreadable" and snapshot.entries.get(p.path, None) is not None
                       and snapshot.entries[p.path].type == "dir"}
    diff = compute(baseline.by_path, snapshot.entries, ignore, snapshot.local, precision, unreadable_dirs,
                   snapshot.digest, profile.executables_spec if precision == "exec" else None)
    if baseline.trust_info.list_kind == "record":
        _tolerate_shebangs(snapshot, diff)
    return diff


def _tolerate_shebangs(snapshot, diff: Diff) -> None:
    """A wheel's RECORD hashes scripts with the placeholder interpreter line ``#!python``; pip writes the
    real interpreter's path at install. A script that matches its RECORD digest once its first line is
    put back to ``#!python`` is the official file (kept in ``diff.shebang_rewritten``)."""
    import hashlib
    candidates = [(b, t) for b, t in diff.modified if b.type == "file" and b.sha256 and t.type == "file"
                  and (t.size or 0) <= 1 << 24]
    if not candidates:
        return
    contents = snapshot.read([t.path for _, t in candidates])
    keep = []
    for b, t in diff.modified:
        data = contents.get(t.path)
        if isinstance(data, bytes) and data.startswith(b"#!") and b"python" in data.split(b"\n", 1)[0]:
            nl = data.find(b"\n")
            rest = data[nl:] if nl >= 0 else b""
            if hashlib.sha256(b"#!python" + rest).hexdigest() == b.sha256:
                diff.shebang_rewritten.append(t.path)
                continue
        keep.append((b, t))
    diff.modified = keep
