"""Third-party libraries a product bundles in its web root, and their known advisories
(auditor/knowledge/thirdparty.yaml): which library and version a path belongs to, and which
advisories that version has."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from auditor import regex as linear
from auditor import versions, yamlio
from auditor.model._fields import SEVERITIES, Fields, list_of, non_empty, one_of, regex

FORMAT = 1


@dataclass(frozen=True)
class LibraryAdvisory:
    id: str
    severity: str
    fixed: str
    summary: str

    @classmethod
    def from_dict(cls, data, where: str) -> "LibraryAdvisory":
        f = Fields(data, where)
        out = cls(f.req("id", str, check=non_empty), f.req("severity", str, check=one_of(*SEVERITIES)),
                  f.req("fixed", str, check=non_empty), f.req("summary", str, check=non_empty))
        f.done()
        return out


@dataclass(frozen=True)
class Library:
    name: str
    directory: object          # an RE2 pattern (auditor.regex)
    advisories: tuple[LibraryAdvisory, ...]

    @classmethod
    def from_dict(cls, data, where: str) -> "Library":
        f = Fields(data, where)
        name = f.req("name", str, check=non_empty)
        directory = f.req("directory", str, check=regex(1))
        advisories = tuple(list_of(f.req("advisories", list), f"{where}.advisories", LibraryAdvisory.from_dict))
        f.done()
        pattern = linear.compile(directory)
        if "version" not in pattern.groupindex:
            raise f.error("directory", "needs a (?P<version>...) group")
        return cls(name, pattern, advisories)


@dataclass(frozen=True)
class Match:
    library: Library
    version: str
    directory: str
    advisories: tuple[LibraryAdvisory, ...]


def _build(data) -> list[Library]:
    f = Fields(data, "")
    if f.req("format_version", int) != FORMAT:
        raise f.error("format_version", f"unsupported format_version (expected {FORMAT})")
    libs = list_of(f.req("libraries", list), "libraries", Library.from_dict)
    f.done()
    return libs


@functools.lru_cache(maxsize=1)
def libraries() -> tuple[Library, ...]:
    path = Path(str(resources.files("auditor") / "knowledge" / "thirdparty.yaml"))
    return tuple(yamlio.load_validated(path, _build))


def match(path: str) -> Match | None:
    """The bundled library a path lies in (a directory component named like the library and its version),
    with the advisories that version has (those fixed in a later version). Components are short: each
    pattern is applied to one name of at most 255 characters."""
    parts = linear.subject(path).split("/")[:-1]
    for lib in libraries():
        for i, part in enumerate(parts):
            if len(part) > 255:
                continue
            m = lib.directory.fullmatch(part)
            if m is None:
                continue
            version = m.group("version")
            open_ = tuple(a for a in lib.advisories if versions.compare(version, a.fixed, "natural") < 0)
            return Match(lib, version, "/".join(parts[:i + 1]), open_)
    return None
