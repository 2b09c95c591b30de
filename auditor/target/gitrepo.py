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
from auditor.target.base import Member, Target

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
    try:
        return repo.commit(ref)
    except (git.BadName, gitdb.exc.BadObject, gitdb.exc.BadName, ValueError, git.GitCommandError, IndexError,
            TypeError):
        raise AuditorError(f"{repo_path}: no such ref or commit {ref!r}") from None


class GitTarget(Target):
    kind = "git"

    def __init__(self, repo_path: str, ref: str, root: str | None = None, repo=None):
        super().__init__(repo_path, root)
        self.repo = repo or open_repo(repo_path)
        self.commit = resolve(self.repo, repo_path, ref)
        self.ref = ref
        tree = self.commit.tree
        if self.root:
            try:
                tree = tree / self.root
            except KeyError:
                raise AuditorError(f"{repo_path}@{ref}: no directory {self.root!r}") from None
        self.tree = tree
        self._prefix = len(tree.path) + 1 if tree.path else 0

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
        for item in self.tree.traverse():
            rel = item.path[self._prefix:]
            if item.type == "tree":
                yield Member(rel, "dir", None, ref=item)
                continue
            if item.type != "blob":
                yield Member(rel, "other", ref=item, error=f"git {item.type} (submodule) is not recorded")
                continue
            mode = 0o755 if item.mode == _EXEC else 0o644
            try:
                if item.mode == _SYMLINK:
                    target = item.data_stream.read().decode("utf-8", "surrogateescape")
                    yield Member(rel, "symlink", None, target=target, ref=item)
                    continue
                size = item.size
            except (ValueError, OSError) as exc:   # gitpython: "SHA ... could not be resolved ... missing"
                if "missing" not in str(exc) and "could not be resolved" not in str(exc):
                    raise
                yield Member(rel, "file", mode, None, ref=item, problem="missing-blob",
                             error=f"content not in the repository (git blob {item.hexsha})")
                continue
            yield Member(rel, "file", mode, size, ref=item)

    def open(self, member: Member) -> BinaryIO:
        try:
            return io.BytesIO(member.ref.data_stream.read())
        except ValueError as exc:
            raise OSError(f"cannot read git blob {member.ref.hexsha}: {exc}") from None

    def close(self) -> None:
        self.repo.close()
