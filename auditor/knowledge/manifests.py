"""The profile's ``manifests`` section: the checksum lists a release ships inside its tree (OTRS/Znuny
``ARCHIVE``, a wheel's ``RECORD``, dpkg's ``md5sums``) and where each names its paths from."""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass
from typing import Any

from auditor.model._fields import Fields, list_of, one_of
from auditor.patterns import PathPatterns
from auditor.trust import lists


@functools.lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> PathPatterns:
    return PathPatterns(list(patterns))


@functools.lru_cache(maxsize=64)
def names_pattern(patterns: tuple[str, ...]) -> "re.Pattern":
    """The file names the patterns allow (their last component, as a glob): a quick first test per path."""
    return re.compile("|".join(f"(?:{fnmatch.translate(p.rstrip('/').rsplit('/', 1)[-1])})" for p in patterns))


RELATIVE_TO = ("root", "list-parent")


@dataclass(frozen=True)
class Manifest:
    """``patterns``: where the list lives; ``kind``: its format (auditor.trust.lists); ``relative_to``:
    ``root`` (paths from the tree's root) or ``list-parent`` (from the parent of the directory holding
    the list: a dist-info RECORD names paths from site-packages)."""

    patterns: tuple[str, ...]
    kind: str
    relative_to: str = "root"

    @property
    def spec(self) -> PathPatterns:
        return _spec(self.patterns)

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Manifest":
        f = Fields(data, where)
        pats = f.req("patterns", list)
        if not pats or not all(isinstance(p, str) and p for p in pats):
            raise f.error("patterns", "expected a list of gitignore-style patterns")
        kind = f.req("kind", str, check=one_of(*lists.KINDS[:-1]))
        rel = f.opt("relative_to", str, default="root", check=one_of(*RELATIVE_TO))
        f.done()
        return cls(tuple(pats), kind, rel)

    def base_of(self, list_path: str) -> str:
        if self.relative_to == "root":
            return ""
        parts = list_path.split("/")
        return "/".join(parts[:-2]) + "/" if len(parts) > 2 else ""


def manifests_of(profile) -> list[Manifest]:
    return profile.section("manifests", lambda p: list_of(p.manifests, "manifests", Manifest.from_dict))



def is_manifest(profile, path: str) -> bool:
    """Whether ``path`` is a checksum list the profile names."""
    return any(m.spec.match(path) for m in manifests_of(profile))
