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

import marshal
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import ne
from typing import Iterable

from auditor.model.baseline import Entry

EPSILON = 0.01
INDEX_FORMAT = 4


class OneRelease(Mapping):
    """The index of one release, as a view over its baseline (no per-path table is built: an audit
    against one release has the baseline in memory anyway). Reads like ``ReleaseIndex.paths``:
    path -> {content key: 1}, for the files and links the ignore patterns leave."""

    def __init__(self, by_path: dict[str, Entry], ignore=None):
        self._by = by_path
        self._out = {p for p, e in by_path.items() if e.content_key is not None and ignore is not None
                     and ignore.match(p)}
        self._len = sum(1 for p, e in by_path.items() if e.content_key is not None and p not in self._out)

    def __getitem__(self, path: str) -> dict[str, int]:
        e = self._by.get(path)
        key = None if e is None else e.content_key
        if key is None or path in self._out:
            raise KeyError(path)
        return {key: 1}

    def __contains__(self, path) -> bool:
        e = self._by.get(path)
        return e is not None and e.content_key is not None and path not in self._out

    def get(self, path, default=None):
        e = self._by.get(path)
        key = None if e is None else e.content_key
        return default if key is None or path in self._out else {key: 1}

    def items(self):
        out = self._out
        return ((p, {e.content_key: 1}) for p, e in self._by.items() if e.content_key is not None and p not in out)

    def __iter__(self):
        return (p for p, _ in self.items())

    def values(self):
        return (slot for _, slot in self.items())

    def __len__(self) -> int:
        return self._len


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
    #: Per release, the stat key of the baseline file it was read from (None when built from objects).
    stat_keys: list = field(default_factory=list)
    #: Paths recorded with more than one content that not every release has: the releases that have
    #: them (a mask). Derived from ``paths`` when the index is built or updated, kept in the cache.
    presence: dict[str, int] = field(default_factory=dict)
    #: ``alt_paths``, derived with ``presence`` (None: not derived yet)
    alt: dict[str, tuple[str, ...]] | None = None

    @property
    def all_mask(self) -> int:
        return (1 << len(self.releases)) - 1

    def weight(self, mask: int) -> float:
        return math.log(len(self.releases) / mask.bit_count()) + EPSILON

    def or_(self, path: str, key: str, bits: int) -> None:
        slot = self.paths.get(path)
        if slot is None:
            slot = self.paths[path] = {}
        slot[key] = slot.get(key, 0) | bits

    def remove_bit(self, i: int) -> None:
        low = (1 << i) - 1
        for path in list(self.paths):
            slot = self.paths[path]
            for key, mask in list(slot.items()):
                if mask >> i:
                    mask = (mask & low) | ((mask >> (i + 1)) << i)
                    if mask:
                        slot[key] = mask
                    else:
                        del slot[key]
            if not slot:
                del self.paths[path]

    def insert_bit(self, j: int) -> None:
        low = (1 << j) - 1
        for slot in self.paths.values():
            for key, mask in slot.items():
                if mask >> j:
                    slot[key] = (mask & low) | ((mask >> j) << (j + 1))

    def compute_totals(self) -> None:
        """Each release's total weight, and the paths' ``presence``: the last step of every build and
        update (``alt`` is derived again when first asked for). Masks are counted (integers) and spread in
        mask order, so the totals do not depend on the order the index was built in (serial or merged runs)."""
        self.presence, self.alt = {}, None
        if isinstance(self.paths, OneRelease):
            # one release: every (path, content) has the same mask and weight
            self.totals = [len(self.paths) * self.weight(1)] if len(self.paths) else [0.0]
            return
        all_mask = self.all_mask
        masks: list[int] = []
        presence = self.presence
        for path, slot in self.paths.items():
            masks.extend(slot.values())
            if len(slot) > 1:
                has = 0
                for m in slot.values():
                    has |= m
                if has != all_mask:
                    presence[path] = has
        spread = _Spreader(len(self.releases))
        for mask, n in _counted(masks):
            spread.add(mask, n * self.weight(mask))
        self.totals = spread.totals()

    @property
    def alt_paths(self) -> dict[str, tuple[str, ...]]:
        """Paths some release records only by a weaker digest (``md5:...`` from a vendor list, a git blob
        id), with those digests' algorithms: a tree file there is also looked up by that digest.
        Derived once per build or update; the cache keeps it."""
        if self.alt is None:
            paths = self.paths
            if isinstance(paths, OneRelease):
                out = paths._out
                self.alt = {p: (e.digest.partition(":")[0],) for p, e in paths._by.items()
                            if e.type == "file" and e.sha256 is None and e.digest is not None and p not in out}
            else:     # ":" in a key is rare: a weaker digest (or a link target with a colon)
                self.alt = {path: algos for path, slot in paths.items() if ":" in "".join(slot)
                            for algos in (_algos(slot),) if algos}
        return self.alt

    def lookup(self, e: Entry, slot: dict[str, int], alt_digest=None) -> int | None:
        """The releases holding tree entry ``e``'s content at its path (a mask), by sha256 and, where
        releases recorded a weaker digest, by that digest of the tree file (``alt_digest(path, algo)``)."""
        key = e.sha256 if e.type == "file" else (e.content_key if e.type == "symlink" else None)
        if key is None:
            return None
        mask = slot.get(key)
        if alt_digest is not None and e.type == "file":
            for algo in self.alt_paths.get(e.path, ()):
                d = alt_digest(e.path, algo)
                m = slot.get(d) if d is not None else None
                if m is not None:
                    mask = m if mask is None else mask | m
        return mask

    def score(self, entries: Iterable[Entry], alt_digest=None, shared: list | None = None) -> tuple[list[Score], int]:
        """Scores of every release for a tree; also the number of informative tree files.
        ``alt_digest(path, algo)``: the tree file's digest for releases recorded by a weaker one.
        ``shared``, when given, receives (path, content key, mask) of each tree file whose own content
        (its sha256 or link target, not a weaker digest) some but not all releases hold at its path, in
        the order of ``entries``: the only files that can show a mix of releases.

        A tree file at an indexed path whose content releases M hold (M: a mask of releases) adds
        w(M) to each release of M and takes w(M) from each release that has the path with another
        content (H minus M, H: the releases having the path at all); a release's score is what it
        gathers over its total weight. Since M lies in H, that is 2·w(M) to each release of M and
        -w(M) to each of H: the files are counted by M (and H where not every release has the path,
        ``presence``), never by the pair per file, and H = all releases is one sum taken from all.
        """
        paths = self.paths
        presence = self.presence
        informative = 0
        all_mask = self.all_mask
        alt = self.alt_paths if alt_digest is not None else {}
        single: list[int] = []              # H = M: a path with one content, or every release's content
        full: list[int] = []                # H = every release
        partial: list[tuple[int, int]] = []     # (H, M)
        for e in entries:
            key = e.sha256 if e.type == "file" else (e.content_key if e.type == "symlink" else None)
            if key is None:
                continue
            slot = paths.get(e.path)
            if slot is None:
                continue
            if e.path in alt:
                own = slot.get(key)
                mask = self.lookup(e, slot, alt_digest)
                if shared is not None and own and own != all_mask:
                    shared.append((e.path, key, own))
            else:
                mask = slot.get(key)
                if shared is not None and mask is not None and mask != all_mask:
                    shared.append((e.path, key, mask))
            if mask is None:
                continue
            if mask == all_mask:
                single.append(mask)
                continue
            informative += 1
            if len(slot) == 1:
                single.append(mask)
                continue
            has = presence.get(e.path)
            if has is None:
                full.append(mask)
            elif has == mask:
                single.append(mask)
            else:
                partial.append((has, mask))
        n_rel = len(self.releases)
        raw_s, matched_s = _Spreader(n_rel), _Spreader(n_rel)
        against_all = 0.0
        weight = self.weight
        for mask, n in _counted(single):
            raw_s.add(mask, n * weight(mask))
            matched_s.add(mask, n)
        for mask, n in _counted(full):
            w = n * weight(mask)
            raw_s.add(mask, 2 * w)
            matched_s.add(mask, n)
            against_all += w
        for (has, mask), n in _counted(partial):
            w = n * weight(mask)
            raw_s.add(mask, 2 * w)
            raw_s.add(has, -w)
            matched_s.add(mask, n)
        if against_all:
            raw_s.add(all_mask, -against_all)
        raw, matched = raw_s.totals(), [round(x) for x in matched_s.totals()]
        scores = [Score(rel, _clean(raw[i] / self.totals[i]) if self.totals[i] else 0.0, int(matched[i]))
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
                              "totals": self.totals, "markers": self.markers, "paths": self.paths,
                              "presence": self.presence, "alt": self.alt,
                              "stat_keys": [list(k) if k is not None else None for k in self.stat_keys]})

    @classmethod
    def from_bytes(cls, raw: bytes) -> "ReleaseIndex":
        data = marshal.loads(raw)
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            raise ValueError("index format")
        keys = [tuple(k) if k is not None else None for k in data["stat_keys"]]
        if not isinstance(data["presence"], dict) or not (data["alt"] is None or isinstance(data["alt"], dict)):
            raise ValueError("index format")
        alt = None if data["alt"] is None else {path: tuple(algos) for path, algos in data["alt"].items()}
        return cls([tuple(r) for r in data["releases"]], data["paths"], list(data["totals"]), list(data["markers"]),
                   keys, data["presence"], alt)


#: fewer baseline files than this are indexed in one process (forking costs more than it saves)
PARALLEL_MIN_RELEASES = 40
def _algos(slot: dict[str, int]) -> tuple[str, ...]:
    """The weaker digests' algorithms among a path's content keys (``md5`` of ``md5:...``)."""
    return tuple(sorted({k.partition(":")[0] for k in slot if ":" in k and not k.startswith("->")}))


def _clean(score: float) -> float:
    """A score from sums that cancel: below 1e-12 it is nothing (a release no file speaks for must not
    become 'nearest' by a rounding residue), and never negative."""
    return score if score > 1e-12 else 0.0


def _counted(items) -> list[tuple]:
    """(item, how many times) for each distinct item, in sorted order, counted by sorting: masks are
    never dict keys in bulk here, because an int's hash is its value modulo 2**61-1, so masks of
    more than 61 releases collide by the thousand (500 releases: 78,202 masks, 3,661 hashes) and a
    dict of them degrades to long probe chains (counting 300,000 masks: 0.46 s by dict, 0.1 s sorted).
    The order also makes the floating-point sums the same whatever order the index was built in."""
    ordered = sorted(items)
    n = len(ordered)
    if not n:
        return []
    # where the value changes, compared pairwise in C (a groupby counting in Python took as long as the sort)
    starts = [0, *compress(range(1, n), map(ne, islice(ordered, 1, None), ordered))]
    return [(ordered[a], b - a) for a, b in zip(starts, starts[1:] + [n])]


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
        low = mask & -mask
        if not low:
            return
        if not mask & (mask + low):     # one run of releases (most masks): its ends without _runs
            diff[low.bit_length() - 1] += value
            diff[mask.bit_length()] -= value
            return
        for first, last in _runs(mask):
            diff[first] += value
            diff[last + 1] -= value

    def totals(self) -> list[float]:
        out, running = [], 0.0
        for i in range(self.n):
            running += self.diff[i]
            out.append(running)
        return out


