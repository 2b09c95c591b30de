"""Version markers: where a tree *claims* its version.

A product profile may declare markers (OTRS: ``RELEASE``'s ``VERSION = ...``
line). ``baseline build`` also discovers them by itself: the text files and
directory names of the release that contain its version string, each recorded
as a path and a pattern with one capture group, so a product without a profile
still gets a claimed version.
"""

from __future__ import annotations

import re

from auditor import regex as linear
from dataclasses import dataclass
from typing import Iterable

from auditor import versions
from auditor.model.baseline import Entry, Marker
from auditor.lazyre import lazy

MAX_CONTENT_MARKERS = 8
MAX_DIRNAME_MARKERS = 2
MAX_MARKER_FILE = 256 * 1024
_PREFIX_CHARS = 40
_KEYWORDS = lazy(r"version|release|product|build", re.I)


def version_token(version: str) -> str:
    """A regex matching versions shaped like ``version`` (6.0.3 -> [0-9]+\\.[0-9]+\\.[0-9]+)."""
    out = []
    for run in re.findall(r"[0-9]+|[A-Za-z]+|[^0-9A-Za-z]", version):
        if run[0].isdigit():
            out.append("[0-9]+")
        elif run[0].isalpha():
            out.append("[A-Za-z]+")
        else:
            out.append(re.escape(run))
    return "".join(out) + r"(?![0-9]|\.[0-9])"


def _generalise(text: str) -> str:
    return "".join("[0-9]+" if t[0].isdigit() else re.escape(t) for t in re.findall(r"[0-9]+|[^0-9]+", text))


def _occurrence(version: str) -> re.Pattern:
    return re.compile(r"(?<![0-9A-Za-z.])" + re.escape(version) + r"(?![0-9]|\.[0-9])")


@dataclass
class _Found:
    marker: Marker
    rank: tuple


#: Directories of test fixtures: a version string there (a sample package "TestPackage-6.1.1.opm")
#: is a coincidence of the fixture, never a statement of the release.
_TEST_DIRS = {"test", "tests", "t", "testdata", "test-data", "fixtures", "__tests__", "spec", "specs", "sample",
              "samples", "examples"}


def _in_tests(path: str) -> bool:
    return any(part.lower() in _TEST_DIRS for part in path.split("/")[:-1])


def discover(entries: dict[str, Entry], contents: dict[str, bytes | str], version: str) -> list[Marker]:
    """Markers of one release: files (given in ``contents``) and directory names holding ``version``.

    Files under test or sample directories are passed over (fixtures carry versions by coincidence);
    what remains is checked across releases (``baseline from-git`` prunes markers that misread
    another release, and identification keeps only markers whose file changes with every release)."""
    finder = MarkerFinder(version)
    hits = [h for h in (finder.hit(p, contents[p]) for p in sorted(contents)) if h is not None]
    return discover_from_hits(entries, hits, version)


#: a number with at least one dot: the versions whose presence a content's tokens can answer for
_DOTTED = lazy(r"[0-9]+(?:\.[0-9]+)+")
_DOTTED_BYTES = lazy(rb"[0-9]+(?:\.[0-9]+)+")
#: what may not come right before a token (MarkerFinder's occurrence boundary)
_NOT_BEFORE = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


#: where a dotted number can be: a dot followed by a digit (a literal first character lets the engine
#: skip ahead at C speed instead of trying a digit class at every byte)
_DOT_DIGIT = lazy(rb"\.[0-9]")


def version_tokens(data: bytes) -> frozenset | None:
    """The dotted numbers in a content as MarkerFinder.hit sees it (a number with at least one dot,
    neither preceded by a letter, digit or dot, taken whole): a dotted version occurs in the content
    exactly when it is one of them. Empty for a content hit never reads (too large, binary).
    Each token is found from its first ".digit": the digits before it are its start, _DOTTED_BYTES
    takes it whole from there, and the search goes on after it (what ``finditer`` of _DOTTED_BYTES with
    the character before each match checked would find, tests/test_baselines.py; ~14x faster on the
    texts of an OTRS release, where most bytes are far from any digit)."""
    if len(data) > MAX_MARKER_FILE or b"\0" in data[:8192]:
        return frozenset()
    out = set()
    search, whole = _DOT_DIGIT.search, _DOTTED_BYTES.match
    pos = 0
    while True:
        m = search(data, pos)
        if m is None:
            break
        dot = start = m.start()
        while start and 48 <= data[start - 1] <= 57:
            start -= 1
        if start == dot:            # ".5": no digit before the dot, no token starts here
            pos = dot + 1
            continue
        token = whole(data, start)
        if start == 0 or data[start - 1] not in _NOT_BEFORE:
            out.add(token.group())
        pos = token.end()
    return frozenset(t.decode("ascii") for t in out)


class MarkerFinder:
    """Looks for the release's version in one file's content (run while the file is hashed)."""

    def __init__(self, version: str):
        self.occurrence = _occurrence(version)
        self.token = version_token(version)
        #: the version when it is a dotted number (see version_tokens), else None: always read (an
        #: undotted version such as "7" is not among a content's tokens)
        self.version = version if _DOTTED.fullmatch(version) else None
        #: the version's own bytes: a content without them holds no occurrence (decoding keeps every
        #: valid UTF-8 sequence and turns the rest into U+FFFD, so no occurrence can arise from other
        #: bytes), and a bytes search costs a fraction of decoding and the regular expression
        self.needle = version.encode("utf-8")

    def hit(self, path: str, data) -> "_Found | None":
        if _in_tests(path) or not isinstance(data, bytes) or len(data) > MAX_MARKER_FILE or b"\0" in data[:8192]:
            return None
        if self.needle not in data:
            return None
        text = data.decode("utf-8", "replace")
        m = self.occurrence.search(text)
        if m is None:
            return None
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        prefix = text[line_start:m.start()].lstrip(" \t")
        if len(prefix) > _PREFIX_CHARS:
            pattern = _generalise(prefix[-_PREFIX_CHARS:]) + f"({self.token})"
        else:
            boundary = "" if prefix else r"(?<![0-9A-Za-z.])"
            pattern = r"(?m)^[ \t]*" + boundary + _generalise(prefix) + f"({self.token})"
        rank = (0 if (_KEYWORDS.search(line) or _KEYWORDS.search(path.rsplit("/", 1)[-1])) else 1,
                m.start() > 4096, path.count("/"), len(data), path)
        return _Found(Marker(path, pattern, "content", "discovered"), rank)


def discover_from_hits(entries: dict[str, Entry], hits: list, version: str) -> list[Marker]:
    """The markers of a release from the per-file hits of a MarkerFinder, and its directory names."""
    occurrence = _occurrence(version)
    token = version_token(version)
    found = sorted(hits, key=lambda f: f.rank)
    markers = [f.marker for f in found[:MAX_CONTENT_MARKERS]]

    dir_found: list[_Found] = []
    for path, entry in sorted(entries.items()):
        if entry.type != "dir":
            continue
        name = path.rsplit("/", 1)[-1]
        m = occurrence.search(name)
        if m is None or "/" not in path:
            continue
        parent = path.rsplit("/", 1)[0]
        pattern = _generalise(name[:m.start()]) + f"({token})" + _generalise(name[m.end():])
        dir_found.append(_Found(Marker(parent, pattern, "dirname", "discovered"), (path.count("/"), path)))
    dir_found.sort(key=lambda f: f.rank)
    markers += [f.marker for f in dir_found[:MAX_DIRNAME_MARKERS]]
    return markers


def candidate_files(entries: dict[str, Entry]) -> list[str]:
    """Files worth reading when discovering markers: regular and small enough."""
    return [p for p, e in entries.items() if e.type == "file" and (e.size or 0) <= MAX_MARKER_FILE]


@dataclass
class Reading:
    marker: Marker
    value: str | None
    #: False for an incidental mention (see auditor.identify.read_markers): shown, not voted.
    counted: bool = True

    def to_dict(self) -> dict:
        from auditor import paths
        return {"path": paths.to_text(self.marker.path), "kind": self.marker.kind, "origin": self.marker.origin,
                "value": self.value, "counted": self.counted}


def read(marker: Marker, entries: dict[str, Entry], contents: dict[str, bytes | str], scheme: str) -> str | None:
    if marker.kind == "content":
        data = contents.get(marker.path)
        if not isinstance(data, bytes):
            return None
        try:
            m = linear.compile(marker.pattern).search(data.decode("utf-8", "replace"))
        except linear.PatternError:
            return None
        return m.group(1).strip() if m else None
    prefix = marker.path + "/"
    values = []
    try:
        rx = linear.compile(marker.pattern)
    except linear.PatternError:
        return None
    for path, entry in entries.items():
        if entry.type == "dir" and path.startswith(prefix) and "/" not in path[len(prefix):]:
            m = rx.fullmatch(linear.subject(path[len(prefix):]))
            if m:
                values.append(m.group(1))
    return versions.max_version(values, scheme)


def unique(markers: Iterable[Marker]) -> list[Marker]:
    """Markers without repeats; profile markers first, then content, then directory names."""
    seen: set[tuple] = set()
    out: list[Marker] = []
    for m in sorted(markers, key=lambda m: (m.origin != "profile", m.kind != "content")):
        key = (m.path, m.kind, m.pattern)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def claimed(readings: list[Reading]) -> str | None:
    """The claimed version: the first profile marker that reads something, else the majority
    of the discovered readings (ties: the best-ranked marker)."""
    for r in readings:
        if r.marker.origin == "profile" and r.value:
            return r.value
    votes: dict[str, int] = {}
    for r in readings:
        if r.value:
            votes[r.value] = votes.get(r.value, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    for r in readings:
        if r.value and votes[r.value] == best:
            return r.value
    return None
