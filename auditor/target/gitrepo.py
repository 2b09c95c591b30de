"""A release read straight from git objects (gitpython): no checkout, nothing written.

The repository is opened as a git directory (``.git`` of a work tree, or a
bare one, also one without a ``config`` file as snapshots often are), and
every git command runs against that directory with the user's and the
system's git configuration switched off. A blob the repository does not have
(snapshots of public repositories leave out their largest files) is listed
with its git blob id and the problem ``missing-blob``: a baseline records it
by that id instead of failing.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.target.base import READ_LIMIT, Member, Target

_SYMLINK = 0o120000
_EXEC = 0o100755
#: git runs without the user's or the system's configuration, never prompts, never takes locks
GIT_ENV = {"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_TERMINAL_PROMPT": "0",
           "GIT_OPTIONAL_LOCKS": "0", "GIT_NO_REPLACE_OBJECTS": "1", "GIT_ASKPASS": "", "SSH_ASKPASS": ""}


def git_dir(path: str) -> Path | None:
    """The git directory of ``path``: ``path/.git``, or ``path`` itself when it is a (bare) git directory."""
    p = Path(path)
    if (p / ".git").is_dir():
        return p / ".git"
    if (p / "objects").is_dir() and (p / "HEAD").is_file() and (p / "refs").is_dir():
        return p
    return None


def open_repo(path: str):
    """A gitpython Repo whose commands all run against the git directory, whatever its layout."""
    import git
    gd = git_dir(path)
    if gd is None:
        raise AuditorError(f"{path}: not a git repository")
    try:
        repo = git.Repo(str(gd))
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise AuditorError(f"{path}: not a git repository") from None
    # gitpython takes a git directory without a config file for the .git of a work tree in its
    # parent; naming the directory keeps every command on the right repository.
    repo.git.update_environment(GIT_DIR=str(gd.resolve()), **GIT_ENV)
    return repo


def resolve(repo, repo_path: str, ref: str):
    import git
    import gitdb.exc
    if not ref or ref.startswith("-") or any(c < " " for c in ref):
        raise AuditorError(f"{repo_path}: no such ref or commit {ref!r}")
    try:
        commit = repo.commit(ref)
        commit.tree   # a ref that names a tree or a blob (main:dir) is not a release
    except (git.BadName, gitdb.exc.BadObject, gitdb.exc.BadName, ValueError, git.GitCommandError, IndexError,
            TypeError, KeyError, AttributeError):
        raise AuditorError(f"{repo_path}: no such ref or commit {ref!r}") from None
    if getattr(commit, "type", None) != "commit":
        raise AuditorError(f"{repo_path}: no such ref or commit {ref!r}")
    return commit


PATH_MAX = 4096
#: blobs up to this size are read at once; larger ones are streamed from git cat-file
_IN_MEMORY = 8 * 1024 * 1024


def _unsafe_name(name: str) -> str | None:
    """Why a tree entry name is unsafe (git itself refuses to check these out), or None."""
    if name in ("", ".", ".."):
        return f"tree entry named {name!r}"
    if "/" in name or "\0" in name:
        return f"tree entry name with a path separator: {name!r}"
    if name.lower() == ".git":
        return "tree entry named '.git' (a checkout would write into the repository)"
    return None


class _Blob:
    """What a git member refers to: its object id (``hexsha`` as gitpython names it) and path."""

    __slots__ = ("binsha", "path", "size")

    def __init__(self, binsha: bytes, path: str):
        self.binsha = binsha
        self.path = path
        self.size: int | None = None

    @property
    def hexsha(self) -> str:
        return self.binsha.hex()


class _BlobStream(io.RawIOBase):
    """A large blob read from git's object stream chunk by chunk (the rest drained on close)."""

    def __init__(self, stream):
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self._stream.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            while self._stream.read(1 << 20):
                pass
        super().close()


class GitTarget(Target):
    kind = "git"

    def __init__(self, repo_path: str, ref: str, root: str | None = None, repo=None, memo=None):
        super().__init__(repo_path, root)
        self.memo = memo
        self._prefetch = None
        self.repo = repo or open_repo(repo_path)
        self.commit = resolve(self.repo, repo_path, ref)
        self.ref = ref
        binsha, path = self.commit.tree.binsha, ""
        for part in (self.root.split("/") if self.root else []):
            try:
                found = [e for e in self._tree_entries(binsha, path) if e[1] == part]
            except OSError as exc:
                raise AuditorError(f"{repo_path}@{ref}: {exc}") from None
            if not found or found[0][0] & 0o170000 != 0o040000 or _unsafe_name(part):
                raise AuditorError(f"{repo_path}@{ref}: no directory {self.root!r}")
            binsha, path = found[0][2], found[0][3]
        self._root_tree = (binsha, path)
        self._prefix = len(path) + 1 if path else 0

    @property
    def source_name(self) -> str:
        try:
            url = self.repo.remotes.origin.url
            if url:
                return url
        except (AttributeError, ValueError, IndexError):
            pass
        return os.path.basename(os.path.abspath(self.repo.working_tree_dir or self.repo.git_dir))

    def members(self) -> Iterator[Member]:
        yield from self._walk(*self._root_tree)

    def top_level_names(self) -> list[str]:
        """The names directly under the root (no walk of the tree)."""
        try:
            return [e[1] for e in self._tree_entries(*self._root_tree)]
        except OSError as exc:
            raise AuditorError(f"{self.path}@{self.ref}: {exc}") from None

    def read_paths(self, wanted, limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        """Content of a few paths, each found by its own way down the trees (no walk of the whole tree: a
        release's marker files are read before its scan)."""
        found = [m for m in (self._lookup(rel) for rel in sorted(set(wanted))) if m is not None and not m.error]
        return self.read_many(found, limit)

    def _lookup(self, rel: str) -> Member | None:
        binsha, path = self._root_tree
        parts = rel.split("/")
        for i, part in enumerate(parts):
            try:
                entries = self._tree_entries(binsha, path)
            except OSError:
                return None
            hits = [e for e in entries if e[1] == part]
            if not hits:
                return None
            mode, name, sha, full = hits[-1]        # a name given twice: the last, as a walk reads it
            if i < len(parts) - 1:
                if mode & 0o170000 != 0o040000 or _unsafe_name(name):
                    return None
                binsha, path = sha, full
            else:
                return next(self._entry(mode, name, sha, full, []), None)
        return None

    def _walk(self, binsha: bytes, path: str) -> Iterator[Member]:
        """Entries depth-first in tree order, read from the raw tree objects (gitpython refuses to
        list a tree that holds a hostile name, and such a name must be reported, not crash the run).
        An explicit stack: any depth. Nothing under an unsafe entry is descended into."""
        stack = [iter(self._tree_entries(binsha, path))]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            yield from self._entry(*entry, stack)

    def _tree_entries(self, binsha: bytes, path: str) -> list[tuple[int, str, bytes, str]]:
        data = self.memo.tree(binsha) if self.memo is not None else None
        if data is None:
            try:
                data = self.repo.odb.stream(binsha).read()
            except (ValueError, OSError) as exc:
                raise OSError(f"git tree {binsha.hex()} of {path or '/'!r} cannot be read: {exc}") from None
            if self.memo is not None:
                self.memo.put_tree(binsha, data)
        out = []
        pos, n = 0, len(data)
        while pos < n:
            space = data.find(b" ", pos)
            nul = data.find(b"\0", space + 1) if space >= 0 else -1
            if space < 0 or nul < 0 or nul + 21 > n:
                raise OSError(f"git tree {binsha.hex()} of {path or '/'!r} is malformed")
            try:
                mode = int(data[pos:space], 8)
            except ValueError:
                raise OSError(f"git tree {binsha.hex()} of {path or '/'!r} is malformed") from None
            name = data[space + 1:nul].decode("utf-8", "surrogateescape")
            out.append((mode, name, data[nul + 1:nul + 21], f"{path}/{name}" if path else name))
            pos = nul + 21
        return out

    def _entry(self, mode: int, name: str, binsha: bytes, path: str, stack: list) -> Iterator[Member]:
        rel = path[self._prefix:]
        hexsha = binsha.hex()
        ref = _Blob(binsha, path)
        unsafe = _unsafe_name(name)
        if unsafe:
            # a checkout would write outside the work tree or into .git: listed, never read
            yield Member(rel, "other", ref=ref, problem="unsafe-path", error=unsafe)
            return
        kind = mode & 0o170000
        if kind == 0o040000:
            yield Member(rel, "dir", None, ref=ref)
            try:
                stack.append(iter(self._tree_entries(binsha, path)))
            except OSError as exc:
                yield Member(rel + "/", "other", ref=ref, error=str(exc))
            return
        if kind == 0o160000:
            yield Member(rel, "other", ref=ref, error=f"git commit {hexsha} (submodule) is not recorded")
            return
        if kind not in (0o100000, _SYMLINK):
            yield Member(rel, "other", ref=ref, error=f"git tree entry of mode {mode:o}")
            return
        fmode = 0o755 if mode == _EXEC else 0o644
        known = self.memo.get(binsha) if self.memo is not None and kind != _SYMLINK else None
        if known is not None:          # a content an earlier release had: its size is known
            ref.size = known[1]
            yield Member(rel, "file", fmode, known[1], ref=ref)
            return
        try:
            info = self.repo.odb.info(binsha)
            ref.size = info.size
            if kind == _SYMLINK:
                if info.size > PATH_MAX:
                    yield Member(rel, "symlink", None, target="", ref=ref, problem="unsafe-path",
                                 error=f"symlink target of {info.size} bytes (longer than PATH_MAX)")
                    return
                target = self.repo.odb.stream(binsha).read().decode("utf-8", "surrogateescape")
                yield Member(rel, "symlink", None, target=target, ref=ref)
                return
        except (ValueError, OSError) as exc:   # gitpython: "SHA ... could not be resolved ... missing"
            if "missing" not in str(exc) and "could not be resolved" not in str(exc):
                yield Member(rel, "file", fmode, None, ref=ref, error=f"cannot read git object {hexsha}: {exc}")
                return
            yield Member(rel, "file", fmode, None, ref=ref, problem="missing-blob",
                         error=f"content not in the repository (git blob {hexsha})")
            return
        yield Member(rel, "file", fmode, info.size, ref=ref)

    def prefetch(self, members: list[Member], limit: int | None = None, known_too: bool = False) -> None:
        """Stream ahead, from one ``git cat-file --batch``, the blobs about to be read in this order
        (auditor.target.gitstream): each content once, none over ``limit`` bytes, and for the scan
        (``known_too`` false) none the memo knows (the scan does not read them)."""
        from auditor.target import gitstream
        self.end_prefetch()
        most = gitstream.MAX_BLOB if limit is None else min(limit, gitstream.MAX_BLOB)
        oids, seen = [], set()
        for m in members:
            ref = m.ref
            if (m.type != "file" or m.error or m.size is None or m.size > most
                    or not isinstance(ref, _Blob) or ref.binsha in seen):
                continue
            if not known_too and self.memo is not None and self.memo.get(ref.binsha) is not None:
                continue
            seen.add(ref.binsha)
            oids.append(ref.binsha)
        if len(oids) > 1:
            try:
                self._prefetch = gitstream.Prefetch({**os.environ, **self.repo.git.environment()}, oids)
            except OSError:
                self._prefetch = None

    def read_many(self, members, limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        members = sorted(members, key=self.read_order)
        if len(members) < 2 or self._prefetch is not None:
            return super().read_many(members, limit)
        self.prefetch(members, limit, known_too=True)
        try:
            return super().read_many(members, limit)
        finally:
            self.end_prefetch()

    def end_prefetch(self) -> None:
        if self._prefetch is not None:
            self._prefetch.close()
            self._prefetch = None

    def open(self, member: Member) -> BinaryIO:
        ref = member.ref
        if self._prefetch is not None:
            data = self._prefetch.take(ref.binsha)
            if data is not None:
                return io.BytesIO(data)
        try:
            stream = self.repo.odb.stream(ref.binsha)
        except ValueError as exc:
            raise OSError(f"cannot read git blob {ref.hexsha}: {exc}") from None
        if stream.size <= _IN_MEMORY:
            return io.BytesIO(stream.read())
        return _BlobStream(stream)

    def close(self) -> None:
        self.end_prefetch()
        self.repo.close()
