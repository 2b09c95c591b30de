"""Drift mode's result record: an unchanged tree audited with unchanged inputs gets the earlier result.

Every audit of a directory target records, beside the stat cache (:mod:`auditor.scan.statcache`), the
report it produced (before its ``drift`` section and timestamps) with two keys:

* the **tree seal**: for every directory, a sha256 of the members the scan kept there (files,
  directories, links, special files) in name order, each with its type, link target and stat
  signature (size, mtime, ctime, inode, device) as taken when it was hashed or listed; over those, by
  directory path, a sha256 with the number of ignored paths and the root directory's own signature.
  No seal is recorded when any member could not be read or listed, or was modified or changed within
  2 s of the run's start ("racy": it might change again within the file system's timestamp
  granularity unseen);
* the **inputs key**: a sha256 over every option of the run, the stat of every file and directory an
  option names (the baselines directory and all below it, profile, waivers, allowlist, advisory
  feeds, web service dumps, keys), the stat of every file of auditor itself (its code and built-in
  profiles and advisories), its version, the Python version, the working directory, the ``AUDITOR_*``
  environment and today's date (waiver expiry is judged as of today).

``audit --since`` first lists the tree with one ``lstat`` per member (nothing is opened or read) and
computes its seal the same way; when seal and inputs key both equal the record's, the recorded report
is the one a full run would produce (the same trust the stat cache gives each file, extended to the
whole tree: every file, directory and link has the signature it had when the recorded run read it), so
it is taken whole and only the drift section is made afresh, with ``cache.result: reused``. Anything
else (a record that does not load or validate, one member changed, added, removed or unreadable, an
input changed) falls back to the stat-cache scan. Never used by the default audit (no ``--since``),
for archives and images, or with ``--require-signed`` (the record is not signed).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import marshal
import os
import stat
import sys

from auditor.cache import writable_cache, write_cache
from auditor.process import may_fork_workers
from auditor.scan.statcache import location
# imported here, not in the walk: a forked child must never need the import lock
from auditor.target.beneath import stat_signature, type_of

FORMAT = 1


def _digest(members: list[tuple[str, str, bytes]]) -> bytes:
    """One directory's digest: its kept members (name, "kind\\0link", signature), in name order."""
    members.sort()
    h = hashlib.sha256("\0".join([f"{name}\0{kind}" for name, kind, _ in members])
                       .encode("utf-8", "surrogateescape"))
    h.update(b"".join([sig for _, _, sig in members]))
    return h.digest()


def _seal(root_sig: bytes, digests: dict[str, bytes], ignored: int) -> str:
    """The tree's seal: the root's signature, the number of ignored paths and every directory that
    keeps a member, by path, with its digest."""
    h = hashlib.sha256(root_sig + str(ignored).encode() + b"\0")
    for d in sorted(digests):
        h.update(d.encode("utf-8", "surrogateescape") + b"\0" + digests[d])
    return h.hexdigest()


_FILE = "file\0"


def snapshot_seal(target, snapshot) -> str | None:
    """The seal of what this run's scan saw, from the signatures it took; None when it has none
    (a member unread or racy, see the module's docstring)."""
    if getattr(target, "kind", None) != "directory" or any(p.kind != "special-file" for p in snapshot.problems):
        return None
    root = target.root_sig()
    if root is None:
        return None
    file_sigs, other_sigs = snapshot.sigs, snapshot.other_sigs
    entries = snapshot.entries
    # each directory's members as the tree's own path strings (no name, tuple or copy per file: at
    # 1,000,000 files those were 110 MB more at the audit's peak); named and digested a directory at a time
    groups: dict[str, list[str]] = {}
    for path, e in entries.items():
        if (file_sigs if e.type == "file" else other_sigs).get(path) is None:
            return None
        cut = path.rfind("/")
        parent = path[:cut] if cut >= 0 else ""
        members = groups.get(parent)
        if members is None:
            members = groups[parent] = []
        members.append(path)
    digests = {}
    for d, paths in groups.items():
        cut = len(d) + 1 if d else 0
        members = []
        for path in paths:
            e = entries[path]
            if e.type == "file":
                members.append((path[cut:], _FILE, file_sigs[path]))
            else:
                members.append((path[cut:], f"{e.type}\0{e.target or ''}", other_sigs[path]))
        digests[d] = _digest(members)
    return _seal(root, digests, snapshot.ignored)


#: a tree whose first levels hold this many directories is stat'ed by two processes (half each)
SPLIT_DIRS = 16


class _Part:
    """What one process learns from its share of the tree: each directory's digest, how many regular
    files it keeps and how many paths it ignores."""

    def __init__(self, target, ignore):
        self.target, self.ignore = target, ignore
        self.digests: dict[str, bytes] = {}
        self.files = 0
        self.ignored = 0

    def visit(self, rel_dir: str, dir_ignored: bool) -> list[tuple[str, bool]]:
        """Classify one directory's members by the scan's ignore rules (auditor.scan.scan, in the same
        order: a member of an ignored directory is ignored); the subdirectories to visit next."""
        isreg, ignore = stat.S_ISREG, self.ignore
        match = ignore.match if ignore is not None else None
        prefix = f"{rel_dir}/" if rel_dir else ""
        below, members = [], []
        for de, dfd in self.target.listing(rel_dir):
            st = de.stat(follow_symlinks=False)
            name = de.name
            if isreg(st.st_mode):
                if dir_ignored or (match is not None and match(prefix + name)):
                    self.ignored += 1
                else:
                    members.append((name, _FILE, stat_signature(st)))
                continue
            kind = type_of(st.st_mode)
            rel = prefix + name
            out = dir_ignored or (ignore is not None and ignore.match_entry(rel, kind == "dir"))
            if kind == "dir":
                below.append((rel, out))
            if out:
                if kind != "dir":
                    self.ignored += 1
                continue
            link = os.readlink(name, dir_fd=dfd) if kind == "symlink" else ""
            members.append((name, f"{kind}\0{link}", stat_signature(st)))
        if members:
            self.files += sum(1 for m in members if m[1] is _FILE)
            self.digests[rel_dir] = _digest(members)
        return below

    def walk(self, todo: list[tuple[str, bool]]) -> None:
        while todo:
            todo.extend(self.visit(*todo.pop()))


def _walk_in_child(part: _Part, todo: list) -> tuple[int, int]:
    """Walk ``todo`` in a forked process; (pid, read end of the pipe that brings its part back)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:     # the child: walk, send the result, leave without running anything else
        code = 0
        try:
            os.close(r)
            part.digests, part.files, part.ignored = {}, 0, 0
            try:
                part.walk(todo)
                blob = marshal.dumps((part.digests, part.files, part.ignored))
            except OSError:
                blob = marshal.dumps(None)
            with os.fdopen(w, "wb") as out:
                out.write(blob)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def tree_seal(target, patterns: list[str]) -> tuple[str, int] | None:
    """The seal of the tree as it is now (one lstat per member, nothing read) and its number of
    regular files; None when a member cannot be listed or stat'ed. Once the first levels of the tree
    hold SPLIT_DIRS directories, a forked process takes half of them."""
    ignore = None
    if patterns:
        from auditor.patterns import PathPatterns
        ignore = PathPatterns(patterns)
    root = target.root_sig()
    if root is None:
        return None
    part = _Part(target, ignore)
    child = None
    try:
        todo = [("", False)]
        while todo and len(todo) < SPLIT_DIRS:       # breadth first until there is enough to share
            todo = [d for rel in todo for d in part.visit(*rel)]
        if len(todo) >= max(2, SPLIT_DIRS) and may_fork_workers():
            child = _walk_in_child(part, todo[1::2])
            todo = todo[0::2]
        part.walk(todo)
    except OSError:
        return None
    finally:
        if child is not None:
            pid, r = child
            with os.fdopen(r, "rb") as fh:
                blob = fh.read()
            _, status = os.waitpid(pid, 0)
    if child is not None:
        try:
            theirs = marshal.loads(blob) if status == 0 else None
        except (ValueError, EOFError, TypeError):
            theirs = None
        if theirs is None:
            return None
        part.digests.update(theirs[0])
        part.files += theirs[1]
        part.ignored += theirs[2]
    return _seal(root, part.digests, part.ignored), part.files


def _stat(path: str) -> tuple:
    st = os.lstat(path)
    out = (st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
            out += (st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        except OSError:
            out += ("dangling",)
    return out


def _stat_tree(path: str, skip: str | None = None) -> list:
    """The stat of ``path`` and, for a directory, of everything below it (links not descended)."""
    try:
        out = [(path, _stat(path))]
    except OSError as exc:
        return [(path, "missing", exc.errno)]
    if os.path.isdir(path):
        for here, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != skip)
            for name in sorted(dirs + files):
                full = os.path.join(here, name)
                try:
                    out.append((full, _stat(full)))
                except OSError as exc:
                    out.append((full, "missing", exc.errno))
    return out


def _named_paths(value, into: set[str]) -> None:
    if isinstance(value, str):
        if value and os.path.lexists(value):
            into.add(value)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _named_paths(v, into)
    elif isinstance(value, dict):
        for v in value.values():
            _named_paths(v, into)


def inputs_key(opts) -> str:
    """What besides the tree decides a report (see the module's docstring)."""
    import datetime
    import auditor
    values = {f.name: getattr(opts, f.name) for f in dataclasses.fields(opts)
              if f.name not in ("target", "since", "progress", "timestamps", "memo")}
    named: set[str] = set()
    _named_paths(values, named)
    values["target_text"] = opts.target      # the report names the target as given (its tree is sealed apart)
    package = os.path.dirname(os.path.abspath(auditor.__file__))
    try:
        cwd = os.getcwd()
    except OSError:              # the working directory was removed: relative names mean nothing stable,
        cwd = os.urandom(16).hex()   # so this key matches no record
    parts = [auditor.__version__, sys.version, cwd, datetime.date.today().isoformat(),
             sorted((k, v) for k, v in os.environ.items() if k.startswith("AUDITOR_") and k != "AUDITOR_TIMINGS"),
             json.dumps(values, sort_keys=True, default=repr),
             [_stat_tree(p) for p in sorted(named)], _stat_tree(package, skip="__pycache__")]
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()


def eligible(opts) -> bool:
    return not opts.require_signed and opts.memo is None


def recordable(opts, target) -> bool:
    """Whether this run may record its result: a directory target, a cache directory that may be
    written (outside the tree) and a run whose result may be reused (not signed, not a fleet worker)."""
    return eligible(opts) and location(target, "result") is not None and writable_cache() is not None


def save(target, opts, seal: str, report_dict: dict, patterns: list[str], scheme: str) -> None:
    """Record this run's report for a later ``--since`` run (:func:`recordable` said it may)."""
    write_cache(location(target, "result"), marshal.dumps({"format": FORMAT, "root": target.base, "seal": seal,
                                      "inputs": inputs_key(opts), "ignore": list(patterns), "scheme": scheme,
                                      "report": report_dict}))


@dataclasses.dataclass
class Reused:
    report: object
    files: int
    scheme: str


def attempt(opts, target) -> Reused | None:
    """The recorded report when the tree and every input are unchanged (see the module's docstring)."""
    where = location(target, "result")
    if where is None or not eligible(opts):
        return None
    from auditor.cache import read_record
    raw = read_record(where)
    if raw is None:
        return None
    try:
        data = marshal.loads(raw)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(data, dict) and data.get("format") == FORMAT and data.get("root") == target.base
            and isinstance(data.get("seal"), str) and isinstance(data.get("scheme"), str)
            and isinstance(data.get("report"), dict) and isinstance(data.get("ignore"), list)
            and all(isinstance(p, str) for p in data["ignore"])):
        return None
    if data.get("inputs") != inputs_key(opts):
        return None
    now = tree_seal(target, data["ignore"])
    if now is None or now[0] != data["seal"]:
        return None
    from auditor.errors import ValidationError
    from auditor.model.report import Report
    try:
        report = Report.from_dict(data["report"])
    except (ValidationError, KeyError, TypeError, ValueError):
        return None
    return Reused(report, now[1], data["scheme"])
