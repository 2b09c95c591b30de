"""Targets that hold one OTRS / Znuny package: what its Filelist installs, nothing else.

* :class:`Selection`: the members of another target (a release tag of the
  add-on's repository) that the package's Filelist names, with the Filelist's
  permissions; the directories above them come with them. A Filelist file the
  source does not hold is an error: the package could not be built from it.
* :class:`PackageTarget`: a built ``.opm`` file, its files decoded from the
  package itself (auditor.knowledge.package bounds and checks it).
"""

from __future__ import annotations

import io
from typing import BinaryIO, Iterator

from auditor import paths
from auditor.errors import AuditorError
from auditor.knowledge.package import Package
from auditor.target.base import Member, Target


def _dirs(files) -> list[str]:
    out: set[str] = set()
    for f in files:
        out.update(paths.parent_dirs(f))
    return sorted(out)


class Selection(Target):
    """The Filelist of ``package`` out of ``inner`` (which stays open and owned by the caller)."""

    def __init__(self, inner: Target, package: Package):
        super().__init__(inner.path, None)
        self.inner = inner
        self.kind = inner.kind
        self.parallel = inner.parallel
        self.modes = {f.location: f.mode for f in package.files}
        self.dirs = set(_dirs(self.modes))

    def members(self) -> Iterator[Member]:
        found: set[str] = set()
        for m in self.inner.members():
            if m.path in self.modes:
                found.add(m.path)
                mode = self.modes[m.path]
                if m.type == "file" and mode is not None:
                    m.mode = mode
                yield m
            elif m.path in self.dirs and m.type == "dir":
                yield m
        missing = sorted(set(self.modes) - found)
        if missing:
            raise AuditorError(f"{self.inner.label()}: the package's Filelist names {len(missing)} file(s) this "
                               f"release does not hold (e.g. {paths.to_text(missing[0])})")

    def open(self, member: Member) -> BinaryIO:
        return self.inner.open(member)

    def hash_keep(self, member: Member, keep: int):
        digest, size, _mode, data = self.inner.hash_keep(member, keep)
        return digest, size, None, data

    def read_order(self, member: Member):
        return self.inner.read_order(member)

    def label(self) -> str:
        return self.inner.label()


class PackageTarget(Target):
    """A built package (``.opm``, read by auditor.baseline.addon.read_opm): its Filelist with the content
    it carries."""

    kind = "package"

    def __init__(self, path: str, package: Package):
        super().__init__(path, None)
        self.package = package
        self._data = {f.location: f.content or b"" for f in self.package.files}

    def members(self) -> Iterator[Member]:
        for d in _dirs(self._data):
            yield Member(d, "dir")
        for f in self.package.files:
            yield Member(f.location, "file", f.mode, len(self._data[f.location]), ref=f.location)

    def open(self, member: Member) -> BinaryIO:
        return io.BytesIO(self._data[member.ref])
