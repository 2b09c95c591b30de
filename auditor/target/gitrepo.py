"""A release read straight from git objects (gitpython): no checkout, nothing written."""

from __future__ import annotations

import io
import os
from typing import BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.target.base import Member, Target

_SYMLINK = 0o120000
_SUBMODULE = 0o160000
_EXEC = 0o100755


class GitTarget(Target):
    kind = "git"

    def __init__(self, repo_path: str, ref: str, root: str | None = None, repo=None):
        super().__init__(repo_path, root)
        import git  # gitpython
        try:
            self.repo = repo or git.Repo(repo_path)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError):
            raise AuditorError(f"{repo_path}: not a git repository") from None
        try:
            self.commit = self.repo.commit(ref)
        except (git.BadName, ValueError, git.GitCommandError):
            raise AuditorError(f"{repo_path}: no such ref or commit {ref!r}") from None
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
        except (AttributeError, ValueError):
            pass
        return os.path.basename(os.path.abspath(self.repo.working_tree_dir or self.repo.git_dir))

    def members(self) -> Iterator[Member]:
        for item in self.tree.traverse():
            rel = item.path[self._prefix:]
            if item.type == "tree":
                yield Member(rel, "dir", None, ref=item)
            elif item.type == "blob" and item.mode == _SYMLINK:
                target = item.data_stream.read().decode("utf-8", "surrogateescape")
                yield Member(rel, "symlink", None, target=target, ref=item)
            elif item.type == "blob":
                yield Member(rel, "file", 0o755 if item.mode == _EXEC else 0o644, item.size, ref=item)
            else:
                yield Member(rel, "other", ref=item, error=f"git {item.type} (submodule) is not recorded")

    def open(self, member: Member) -> BinaryIO:
        return io.BytesIO(member.ref.data_stream.read())

    def close(self) -> None:
        self.repo.close()
