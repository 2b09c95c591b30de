"""What a scan found: a Snapshot of the tree (entries, members, problems) and how to read it again."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from auditor.model.baseline import Entry
from auditor.target.base import READ_LIMIT, Member, Target


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the tree that could not be read or must not be read."""

    path: str
    kind: str  # unreadable | special-file | unsafe-path | duplicate
    detail: str


@dataclass
class Snapshot:
    target: Target
    entries: dict[str, Entry]
    members: dict[str, Member]
    problems: list[Problem] = field(default_factory=list)
    ignored: int = 0
    local: set[str] = field(default_factory=set)
    seconds: float = 0.0
    #: directories that exist but were ignored (not descended into the report)
    ignored_dirs: set[str] = field(default_factory=set)
    #: what the scan's Visitor returned for each file it looked at
    visits: dict = field(default_factory=dict)
    #: contents a visitor kept (served by :meth:`read` without reading the files again)
    kept: dict = field(default_factory=dict)
    #: hosts named by the text files (a baseline build's visitor gathers them while hashing)
    text_hosts: set = field(default_factory=set)
    #: drift mode: files whose digest was taken from the stat cache (their stat was unchanged), sorted
    trusted: list[str] = field(default_factory=list)
    #: stat signature of each file hashed or trusted (directory targets), for the next run's cache
    sigs: dict = field(default_factory=dict)
    #: the same for directories, links and special files (drift mode's check that a tree is unchanged)
    other_sigs: dict = field(default_factory=dict)
    #: (path, algo) -> weaker digest computed on demand for baselines that record only those
    alt_digests: dict = field(default_factory=dict)

    def exists(self, path: str) -> bool:
        return path in self.entries or path in self.ignored_dirs

    @property
    def files(self) -> int:
        return sum(1 for e in self.entries.values() if e.type == "file")

    @property
    def bytes(self) -> int:
        return sum(e.size or 0 for e in self.entries.values() if e.type == "file")

    def read(self, paths: Iterable[str], limit: int = READ_LIMIT) -> dict[str, bytes | str]:
        """Content of tree files (bytes) or why not (str); paths absent from the tree are left out."""
        wanted = set(paths)
        out = {p: self.kept[p] for p in wanted if p in self.kept and len(self.kept[p]) <= limit}
        rest = [m for m in map(self.member, sorted(wanted)) if m is not None and m.path not in out]
        if rest:
            out.update(self.target.read_many(rest, limit))
        return out

    def digest(self, path: str, algo: str) -> str | None:
        """``algo:hex`` of a tree file for a baseline that records a weaker digest (see
        auditor.model.baseline.ALT_DIGESTS); None when the file cannot be read."""
        import hashlib
        cached = self.alt_digests.get((path, algo))
        if cached is not None or (path, algo) in self.alt_digests:
            return cached
        self.alt_digests[(path, algo)] = got = self._digest(path, algo, hashlib)
        return got

    def member(self, path: str) -> Member | None:
        """The member of a tree path: kept by the scan, or rebuilt from its entry (directory targets)."""
        m = self.members.get(path)
        if m is None:
            e = self.entries.get(path)
            if e is not None:
                m = self.target.member_of_entry(e)
        return m

    def _digest(self, path: str, algo: str, hashlib) -> str | None:
        m = self.member(path)
        e = self.entries.get(path)
        if m is None or e is None or e.type != "file" or e.size is None:
            return None
        h = hashlib.sha1(b"blob %d\0" % e.size) if algo == "gitsha1" else hashlib.new(algo)
        try:
            with self.target.open(m) as fh:
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
        except OSError:
            return None
        return f"{algo}:{h.hexdigest()}"

    def same_as(self, official: Entry | None, path: str) -> bool:
        """Whether the tree file at ``path`` has the content of the ``official`` release entry: by sha256,
        or by the weaker digest the release recorded (a vendor list's md5, a git blob id)."""
        t = self.entries.get(path)
        if official is None or t is None or t.type != official.type:
            return False
        if official.type != "file":
            return official.content_key == t.content_key
        if official.sha256 is not None:
            return official.sha256 == t.sha256
        return official.digest is not None and self.digest(path, official.digest.partition(":")[0]) == official.digest

    def text(self, path: str, limit: int = READ_LIMIT) -> str | None:
        got = self.read([path], limit).get(path)
        return got.decode("utf-8", "replace") if isinstance(got, bytes) else None
