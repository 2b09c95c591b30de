"""Stage 3, identify: which official release the tree really is, and which it claims to be."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from auditor import paths as pathtext
from auditor import versions
from auditor.baseline.store import BaselineFile, load
from auditor.errors import AuditorError
from auditor.knowledge import markers as markers_mod
from auditor.identify import indexing
from auditor.identify.index import ReleaseIndex
from auditor.model.baseline import Entry, Baseline, Marker
from auditor.model.report import Candidate, Identification
from auditor.patterns import PathPatterns
from auditor.scan import Snapshot

#: Below this score, or below MIN_CONFIDENCE, the best candidate is reported but not taken as the identity.
MIN_SCORE = 0.2
MIN_CONFIDENCE = 0.25
MAX_CANDIDATES = 5
MAX_MIXED_PATHS = 20


@dataclass
class Catalog:
    """The baselines one run compares against, loaded lazily, with their index."""

    files: list[BaselineFile]
    scheme: str = "dpkg"
    #: gitignore patterns of paths that take no part in identification (the profile's ignore list)
    ignore_patterns: list[str] = field(default_factory=list)
    _loaded: dict[tuple[str, str], Baseline] = field(default_factory=dict)
    _index: ReleaseIndex | None = None
    index_cached: bool = False
    #: False for signed baselines: the release index is built from the verified files, never loaded from a cache
    use_cache: bool = True
    #: the audited tree's entries: a loaded baseline reuses their path and digest strings (memory)
    share: dict | None = None
    #: key id that signed the baselines directory (``--require-signed``), None when not checked
    signed_by: str | None = None

    def __post_init__(self) -> None:
        order = versions.sort_key
        self.files = sorted(self.files, key=lambda f: (f.product.casefold(), order(f.version, self.scheme)))
        self._by_release = {f.release: f for f in self.files}

    @property
    def releases(self) -> list[tuple[str, str]]:
        return [f.release for f in self.files]

    def file(self, release: tuple[str, str]) -> BaselineFile:
        return self._by_release[release]

    def baseline(self, release: tuple[str, str]) -> Baseline:
        if release not in self._loaded:
            b = load(self._by_release[release].path, self.share, cached=self.use_cache)
            if b.version != release[1]:
                raise AuditorError(f"{self._by_release[release].path}: holds version {b.version}, not {release[1]} "
                                   f"(a stale cache? remove ~/.cache/auditor)")
            b.product = release[0]   # the product id (the file may name it by an alias)
            self._loaded[release] = b
        return self._loaded[release]

    def contents(self, release: tuple[str, str]) -> Mapping[str, Entry]:
        """What a release holds at each path (files and links, by their content key), read from the
        index instead of loading the release's baseline: the migration forecast needs only this of
        its target release, for the few paths it asks about (a view: no entry is made for the
        others). Paths the profile ignores are not in it. A loaded baseline is used as is."""
        if release in self._loaded:
            return self._loaded[release].by_path
        idx = self.index
        return _ReleaseContents(idx.paths, 1 << idx.releases.index(release))

    def pack(self, release: tuple[str, str]):
        """The content pack beside a release's baseline (None when its baseline names none)."""
        from auditor.baseline.content import pack_for
        return pack_for(self._by_release[release].path, self.baseline(release).content_pack)

    def find_version(self, version: str, product: str | None = None) -> tuple[str, str] | None:
        for f in self.files:
            if f.version == version and (product is None or f.product == product):
                return f.release
        return None

    def newest(self, product: str) -> tuple[str, str] | None:
        rels = [f.release for f in self.files if f.product == product]
        if not rels:
            return None
        return max(rels, key=lambda r: versions.sort_key(r[1], self.scheme))

    def _ignore_spec(self) -> PathPatterns | None:
        return PathPatterns(self.ignore_patterns) if self.ignore_patterns else None

    @property
    def index(self) -> ReleaseIndex:
        if self._index is None and len(self.files) == 1:
            # one release: its baseline is needed for the diff anyway, and indexing it
            # in memory costs less than loading a cached index
            self._index = indexing.build([self.baseline(self.releases[0])], self._ignore_spec())
        if self._index is None:
            key = indexing.cache_key(self.files, self.ignore_patterns)
            cached = indexing.load_cached(key) if self.use_cache else None
            idx = None
            if cached is not None:
                before = list(zip(cached.releases, cached.stat_keys))
                idx = indexing.update(cached, self.files, self._ignore_spec())
                self.index_cached = idx is not None and list(zip(idx.releases, idx.stat_keys)) == before
            if idx is None:
                idx = indexing.build_files(self.files, self._ignore_spec())
            if not self.index_cached and self.use_cache:
                indexing.store_cached(key, idx)
            self._index = idx
        return self._index


class _ReleaseContents(Mapping):
    """One release's (path -> Entry) read from the index's (path -> {content key: release mask})."""

    def __init__(self, paths: dict, bit: int):
        self._paths = paths
        self._bit = bit

    def get(self, path, default=None):
        slot = self._paths.get(path)
        if slot:
            for key, mask in slot.items():
                if mask & self._bit:
                    if key.startswith("->"):
                        return Entry(path, "symlink", target=key[2:])
                    if ":" in key:
                        return Entry(path, "file", digest=key)
                    return Entry(path, "file", sha256=key)
        return default

    def __getitem__(self, path: str) -> Entry:
        got = self.get(path)
        if got is None:
            raise KeyError(path)
        return got

    def __contains__(self, path) -> bool:
        return self.get(path) is not None

    def __iter__(self):
        bit = self._bit
        return (p for p, slot in self._paths.items() if any(m & bit for m in slot.values()))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass
class Identity:
    release: tuple[str, str] | None
    claimed: str | None
    identification: Identification
    readings: list[markers_mod.Reading]
    #: path -> versions of the other releases whose content the tree file has
    foreign: dict[str, list[str]]
    #: the product the tree names itself (the profile's product marker), as a product id
    claimed_product: str | None = None
    #: what the product marker literally says (e.g. "Znuny LTS")
    claimed_product_name: str | None = None
    #: when no release is identified: the release that scores best, which the diff is made against
    nearest: tuple[str, str] | None = None


def identify(snapshot: Snapshot, catalog: Catalog, profile=None) -> Identity:
    index = catalog.index
    shared: list[tuple[str, str, int]] = []
    scores, informative = index.score(snapshot.entries.values(), snapshot.digest, shared)
    order = versions.sort_key
    ranked = sorted(scores, key=lambda s: (-round(s.score, 9), s.release[0], _neg(order(s.release[1], catalog.scheme))))
    best = ranked[0] if ranked and ranked[0].score >= MIN_SCORE else None
    coverage = precision = 0.0
    extra = 0
    nearest = ranked[0].release if ranked and ranked[0].score > 0 else None
    if nearest is not None:
        coverage, precision, extra = fit(snapshot, catalog.baseline(nearest), index)
    if best is not None and coverage * precision < MIN_CONFIDENCE:
        best = None
    candidates = [Candidate(s.release[1], round(s.score, 4), s.release[0], s.matched) for s in ranked[:MAX_CANDIDATES]]

    foreign: dict[str, list[str]] = {}
    mixed_with: list[dict] = []
    if best is not None and len(index.releases) > 1:
        bi = index.releases.index(best.release)
        per_release: dict[int, list[str]] = {}
        bit = 1 << bi
        best_paths = catalog.baseline(best.release).by_path
        best_key = order(best.release[1], catalog.scheme)
        # only files whose content some but not all releases hold (the score lists them): the others
        # are in no release or in every one, the best one included
        for path, key, mask in shared:
            if mask & bit:
                continue
            others = index.other_releases(path, key, bi)
            if others:
                foreign[path] = [index.releases[i][1] for i in others]
                if path not in best_paths and all(index.releases[i][0] == best.release[0]
                                                  and order(index.releases[i][1], catalog.scheme) < best_key
                                                  for i in others):
                    continue    # a file only earlier releases had, left by an in-place upgrade: not a mix
                for i in others:
                    per_release.setdefault(i, []).append(path)
        for i, paths_ in sorted(per_release.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            mixed_with.append({"product": index.releases[i][0], "version": index.releases[i][1],
                               "files": len(paths_), "paths": [pathtext.to_text(p) for p in sorted(paths_)[:MAX_MIXED_PATHS]]})

    readings = read_markers(snapshot, catalog, index, best.release if best else None)
    claimed = markers_mod.claimed([r for r in readings if r.counted])
    claimed_name = claimed_product = None
    if profile is not None and profile.product_marker is not None:
        pm = profile.product_marker
        claimed_name = markers_mod.read(pm, snapshot.entries, snapshot.read([pm.path]), catalog.scheme)
        claimed_product = profile.product_for_claim(claimed_name, claimed)
    ident = Identification(
        confidence=round(coverage * precision, 4) if best else 0.0,
        coverage=round(coverage, 4) if best else 0.0,
        precision=round(precision, 4) if best else 0.0,
        extra_files=extra if best else 0,
        nearest=None if best is not None or nearest is None else
        {"product": nearest[0], "version": nearest[1], "score": round(ranked[0].score, 4),
         "coverage": round(coverage, 4), "precision": round(precision, 4)},
        mixed=bool(mixed_with),
        candidates=candidates,
        mixed_with=mixed_with,
        markers=[r.to_dict() for r in readings],
        informative_files=informative,
    )
    return Identity(best.release if best else None, claimed, ident, readings, foreign, claimed_product, claimed_name,
                    None if best is not None else nearest)


def fit(snapshot: Snapshot, baseline: Baseline, index: ReleaseIndex) -> tuple[float, float, int]:
    """How well one release explains the tree, counting files (links too), not weights.

    coverage: share of the release's files the tree has with their exact content;
    precision: share of the tree's files *at the release's paths* that are exactly the
    release's — files the release does not have (padding, vendor additions) are counted
    apart (``extra``, the third value) and reported as added files, so they can neither
    hide the release nor lower the match of the files that are there. Paths the profile
    ignores take no part (they are not in the index).
    """
    tree = snapshot.entries
    indexed = index.paths
    release_files = 0
    present = 0
    same = 0
    for e in baseline.entries:
        if e.type == "file":
            key = e.content_key
            if key is None:
                continue
        elif e.type == "symlink":
            key = e.content_key
        else:
            continue
        if e.path not in indexed:
            continue
        release_files += 1
        t = tree.get(e.path)
        if t is None or t.type not in ("file", "symlink"):
            continue
        present += 1
        if t.type != e.type:
            continue
        if e.type == "file":
            if e.sha256 is not None:
                same += t.sha256 == key
            else:   # recorded by a weaker digest only (a vendor list's md5, a git blob id)
                same += snapshot.digest(e.path, key.partition(":")[0]) == key
        elif t.content_key == key:
            same += 1
    by_path = baseline.by_path
    extra = sum(1 for p, t in tree.items() if t.type in ("file", "symlink") and p not in snapshot.local
                and p not in by_path)
    coverage = same / release_files if release_files else 0.0
    precision = same / present if present else 0.0
    return coverage, precision, extra


def _neg(key):
    """Reverse a version sort key inside an ascending sort (newest first on ties)."""
    return _Reverse(key)


class _Reverse:
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return self.key == other.key


def trusted_markers(index: ReleaseIndex) -> list[Marker]:
    """Version markers worth reading: the profile's, and discovered ones that pass a check across releases.

    A discovered marker is a file line that held its release's version when
    the baseline was built; it may be a coincidence (``Minimum => '6.0.2'`` in
    a package manager, a test package, an update step). A true marker file
    changes with every release, so a discovered marker is dropped when, in
    any release that discovered it, the marker file's content is shared with
    another release of the same product: the same text cannot state two
    versions. With a single release of a product nothing can be checked and
    the marker is kept.
    """
    product_masks: dict[str, int] = {}
    for i, (product, _) in enumerate(index.releases):
        product_masks[product] = product_masks.get(product, 0) | (1 << i)
    declared: dict[tuple, list[int]] = {}
    found: dict[tuple, Marker] = {}
    for i, per in enumerate(index.markers):
        for d in per:
            m = Marker.from_dict(d)
            key = (m.path, m.kind, m.pattern)
            declared.setdefault(key, []).append(i)
            found.setdefault(key, m)
    out = []
    for key, m in found.items():
        if m.origin == "discovered" and m.kind == "content":
            slot = index.paths.get(m.path)
            ok = True
            for i in declared[key] if slot else ():
                bit = 1 << i
                mask = next((msk for msk in slot.values() if msk & bit), bit)
                if mask & product_masks[index.releases[i][0]] != bit:
                    ok = False
                    break
            if not ok:
                continue
        out.append(m)
    return markers_mod.unique(out)


def read_markers(snapshot: Snapshot, catalog: Catalog, index: ReleaseIndex,
                 release: tuple[str, str] | None) -> list[markers_mod.Reading]:
    all_markers = trusted_markers(index)
    contents = snapshot.read({m.path for m in all_markers if m.kind == "content"})
    own: set[tuple] = set()
    base_entries = {}
    if release is not None:
        i = index.releases.index(release)
        own = {(m["path"], m.get("kind", "content"), m["pattern"]) for m in index.markers[i]}
        base_entries = catalog.baseline(release).by_path
    readings = []
    for m in all_markers:
        value = markers_mod.read(m, snapshot.entries, contents, catalog.scheme)
        if value is None:
            continue
        # A discovered marker that the identified release does not list, read from a file the
        # tree has unchanged from that release, is an incidental mention, not a claim.
        tree_e = snapshot.entries.get(m.path)
        base_e = base_entries.get(m.path)
        incidental = (m.origin == "discovered" and m.kind == "content" and (m.path, m.kind, m.pattern) not in own
                      and tree_e is not None and base_e is not None and tree_e.sha256 == base_e.sha256)
        readings.append(markers_mod.Reading(m, value, not incidental))
    return readings


def select(files: list[BaselineFile], product: str | None, profile=None) -> list[BaselineFile]:
    """The baselines of one product (by id, name or alias when a profile is given)."""
    if product is None and profile is None:
        return files

    def wanted(f: BaselineFile) -> bool:
        if product is not None:
            if f.product.casefold() == product.casefold():
                return True
            return profile is not None and profile.product_id(product) is not None \
                and profile.product_id(product) == profile.product_id(f.product)
        return profile.matches_product(f.product)
    chosen = [f for f in files if wanted(f)]
    if not chosen:
        have = sorted({f.product for f in files})
        name = product or (profile.name if profile else "?")
        raise AuditorError(f"no baselines for product {name!r} (baselines hold: {', '.join(have)})")
    return chosen
