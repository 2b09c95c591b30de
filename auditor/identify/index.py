"""The release index: which releases hold which (path, content) pair.

For every path the index keeps each distinct content (sha256, or the target
of a link) with the set of releases that hold it, as a bit mask. A tree is
scored by looking up each of its files once and adding the file's weight to
the *mask*, not to each release: files that tell releases apart the same way
share one mask, so the work grows with the files of the tree, not with the
number of baselines. Masks are spread to releases once at the end.

Weight of a (path, content) held by k of N releases: ``ln(N/k) + EPSILON``:
a file identical in every release says (almost) nothing, a file unique to one
release says most. A release's score is the weight the tree matches, minus the
weight of its paths where the tree holds *another release's* content (a
conflict: evidence for that other release), divided by the weight the release
holds; so 1.0 means every file of the release is there with its content.

The index is cached in the user's cache directory, keyed by the path, size,
mtime and inode of every baseline file (and the ignore patterns and the
Python version), so a later run with the same baselines loads it instead of
reading the baselines again. The cache is written with :mod:`marshal`
(plain data only, nothing in it can run; 200 releases of 50,000 files load in
0.06 s against 0.4 s as JSON); a file that does not load is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import math
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from auditor.model.baseline import Baseline, Entry

EPSILON = 0.01
INDEX_FORMAT = 1


def cache_dir() -> Path | None:
    """Where derived data (the release index) is cached; None when caching is off."""
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    base = os.environ.get("AUDITOR_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "auditor"


@dataclass
class Score:
    release: tuple[str, str]
    score: float
    matched: int


@dataclass
class ReleaseIndex:
    releases: list[tuple[str, str]]
    paths: dict[str, dict[str, int]] = field(default_factory=dict)
    totals: list[float] = field(default_factory=list)
    #: Version markers recorded by each release's baseline (as dicts).
    markers: list[list[dict]] = field(default_factory=list)

    @property
    def all_mask(self) -> int:
        return (1 << len(self.releases)) - 1

    def weight(self, mask: int) -> float:
        return math.log(len(self.releases) / mask.bit_count()) + EPSILON

    @classmethod
    def build(cls, baselines: Iterable[Baseline], ignore=None) -> "ReleaseIndex":
        """Index the baselines; paths matched by ``ignore`` (PathPatterns) take no part, as in the diff."""
        idx = cls([])
        ignored: dict[str, bool] = {}
        for i, b in enumerate(baselines):
            idx.releases.append(b.release)
            idx.markers.append([m.to_dict() for m in b.markers])
            bit = 1 << i
            for e in b.entries:
                key = e.sha256 if e.type == "file" else (e.content_key if e.type == "symlink" else None)
                if key is None:
                    continue
                if ignore is not None:
                    skip = ignored.get(e.path)
                    if skip is None:
                        skip = ignored[e.path] = ignore.match(e.path)
                    if skip:
                        continue
                slot = idx.paths.setdefault(e.path, {})
                slot[key] = slot.get(key, 0) | bit
        idx._compute_totals()
        return idx

    def _compute_totals(self) -> None:
        spread = _Spreader(len(self.releases))
        weights: dict[int, float] = {}
        per_mask: dict[int, float] = {}
        for slot in self.paths.values():
            for mask in slot.values():
                w = weights.get(mask)
                if w is None:
                    w = weights[mask] = self.weight(mask)
                per_mask[mask] = per_mask.get(mask, 0.0) + w
        for mask, w in per_mask.items():
            spread.add(mask, w)
        self.totals = spread.totals()

    def score(self, entries: Iterable[Entry]) -> tuple[list[Score], int]:
        """Scores of every release for a tree; also the number of informative tree files."""
        acc: dict[int, float] = {}
        count: dict[int, int] = {}
        conflicts: dict[tuple[int, int], float] = {}
        paths = self.paths
        informative = 0
        all_mask = self.all_mask
        for e in entries:
            key = e.sha256 if e.type == "file" else (e.content_key if e.type == "symlink" else None)
            if key is None:
                continue
            slot = paths.get(e.path)
            if slot is None:
                continue
            mask = slot.get(key)
            if mask is None:
                continue
            acc[mask] = acc.get(mask, 0.0) + 1.0
            count[mask] = count.get(mask, 0) + 1
            if mask != all_mask:
                informative += 1
                if len(slot) > 1:
                    has = 0
                    for m in slot.values():
                        has |= m
                    against = has & ~mask
                    if against:
                        conflicts[(against, mask)] = conflicts.get((against, mask), 0.0) + 1.0
        n_rel = len(self.releases)
        raw_s, matched_s = _Spreader(n_rel), _Spreader(n_rel)
        for mask, n in acc.items():
            raw_s.add(mask, n * self.weight(mask))
            matched_s.add(mask, count[mask])
        for (against, mask), n in conflicts.items():
            raw_s.add(against, -n * self.weight(mask))
        raw, matched = raw_s.totals(), [round(x) for x in matched_s.totals()]
        scores = [Score(rel, max(0.0, raw[i] / self.totals[i]) if self.totals[i] else 0.0, int(matched[i]))
                  for i, rel in enumerate(self.releases)]
        return scores, informative

    def other_releases(self, path: str, key: str | None, release_i: int) -> list[int]:
        """Releases (indices) other than ``release_i`` that hold this exact content at this path."""
        if key is None:
            return []
        mask = self.paths.get(path, {}).get(key, 0)
        if not mask or mask >> release_i & 1:
            return []
        return [i for i in range(len(self.releases)) if mask >> i & 1]

    # -- cache -------------------------------------------------------------
    def to_bytes(self) -> bytes:
        return marshal.dumps({"format": INDEX_FORMAT, "releases": [list(r) for r in self.releases],
                              "totals": self.totals, "markers": self.markers, "paths": self.paths})

    @classmethod
    def from_bytes(cls, raw: bytes) -> "ReleaseIndex":
        data = marshal.loads(raw)
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            raise ValueError("index format")
        return cls([tuple(r) for r in data["releases"]], data["paths"], list(data["totals"]), list(data["markers"]))


def _runs(mask: int) -> list[tuple[int, int]]:
    """The runs of consecutive set bits of a mask, as (first, last) bit positions.

    Releases are indexed in version order and a file's content usually lives
    through consecutive releases, so a mask has one to a few runs, however
    many releases it holds.
    """
    starts = mask & ~(mask << 1)
    ends = mask & ~(mask >> 1)
    out = []
    while starts:
        s_low = starts & -starts
        e_low = ends & -ends
        out.append((s_low.bit_length() - 1, e_low.bit_length() - 1))
        starts ^= s_low
        ends ^= e_low
    return out


class _Spreader:
    """Adds a value to every release of a mask in O(runs), through a difference array."""

    def __init__(self, n: int):
        self.diff = [0.0] * (n + 1)
        self.n = n

    def add(self, mask: int, value: float) -> None:
        diff = self.diff
        for first, last in _runs(mask):
            diff[first] += value
            diff[last + 1] -= value

    def totals(self) -> list[float]:
        out, running = [], 0.0
        for i in range(self.n):
            running += self.diff[i]
            out.append(running)
        return out


def cache_key(stat_keys: list[tuple], ignore_patterns: list[str] = ()) -> str:
    raw = json.dumps([INDEX_FORMAT, sys.version_info[:2], sorted(stat_keys), list(ignore_patterns)]).encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def load_cached(key: str) -> ReleaseIndex | None:
    base = cache_dir()
    if base is None:
        return None
    path = base / f"index-{key}.bin"
    try:
        return ReleaseIndex.from_bytes(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def store_cached(key: str, index: ReleaseIndex) -> None:
    base = cache_dir()
    if base is None:
        return
    try:
        base.mkdir(parents=True, exist_ok=True)
        tmp = base / f".index-{key}.{os.getpid()}.tmp"
        tmp.write_bytes(index.to_bytes())
        os.replace(tmp, base / f"index-{key}.bin")
    except OSError:
        pass  # a cache that cannot be written only costs time
