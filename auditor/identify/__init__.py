"""Stage 3, identify: which official release the tree really is, and which it claims to be."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor import paths as pathtext
from auditor import versions
from auditor.baseline.store import BaselineFile
from auditor.errors import AuditorError
from auditor.knowledge import markers as markers_mod
from auditor.identify.catalog import Catalog
from auditor.identify.index import ReleaseIndex
from auditor.model.baseline import Baseline, Marker
from auditor.model.report import Candidate, Identification
from auditor.scan import Snapshot

__all__ = ["Catalog", "Identity", "identify", "fit", "select", "read_markers", "trusted_markers"]

#: Below this score, or below MIN_CONFIDENCE, the best candidate is reported but not taken as the identity.
MIN_SCORE = 0.2
MIN_CONFIDENCE = 0.25
MAX_CANDIDATES = 5
MAX_MIXED_PATHS = 20


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
    #: the official add-ons installed (auditor.identify.addons.AddonRelease)
    addons: list = field(default_factory=list)


def identify(snapshot: Snapshot, catalog: Catalog, profile=None, addons: list | None = None) -> Identity:
    """The release the tree is; ``addons``: the add-on releases found in it (their files are no extra files)."""
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
        coverage, precision, extra = fit(snapshot, catalog.baseline(nearest), index,
                                         {e.path for a in addons or () for e in a.baseline.entries})
    if best is not None and coverage * precision < MIN_CONFIDENCE:
        best = None
    candidates = [Candidate(s.release[1], round(s.score, 4), s.release[0], s.matched) for s in ranked[:MAX_CANDIDATES]]

    foreign, mixed_with = _mixed(catalog, index, best.release, shared) if best is not None \
        else ({}, [])

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
        addons=[a.to_dict() for a in addons or ()],
    )
    return Identity(best.release if best else None, claimed, ident, readings, foreign, claimed_product, claimed_name,
                    None if best is not None else nearest, list(addons or ()))


def _mixed(catalog: Catalog, index: ReleaseIndex, best: tuple[str, str],
           shared: list[tuple[str, str, int]]) -> tuple[dict[str, list[str]], list[dict]]:
    """The tree's files that hold another release's content (path -> its versions), and those releases
    with their files, most files first (a tree mixed from several releases)."""
    foreign: dict[str, list[str]] = {}
    mixed_with: list[dict] = []
    if len(index.releases) <= 1:
        return foreign, mixed_with
    order = versions.sort_key
    bi = index.releases.index(best)
    per_release: dict[int, list[str]] = {}
    bit = 1 << bi
    best_paths = catalog.baseline(best).by_path
    best_key = order(best[1], catalog.scheme)
    # only files whose content some but not all releases hold (the score lists them): the others
    # are in no release or in every one, the best one included
    for path, key, mask in shared:
        if mask & bit:
            continue
        others = index.other_releases(path, key, bi)
        if others:
            foreign[path] = [index.releases[i][1] for i in others]
            if path not in best_paths and all(index.releases[i][0] == best[0]
                                              and order(index.releases[i][1], catalog.scheme) < best_key
                                              for i in others):
                continue    # a file only earlier releases had, left by an in-place upgrade: not a mix
            for i in others:
                per_release.setdefault(i, []).append(path)
    for i, paths_ in sorted(per_release.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        mixed_with.append({"product": index.releases[i][0], "version": index.releases[i][1],
                           "files": len(paths_), "paths": [pathtext.to_text(p) for p in sorted(paths_)[:MAX_MIXED_PATHS]]})
    return foreign, mixed_with


def fit(snapshot: Snapshot, baseline: Baseline, index: ReleaseIndex,
        addon_paths: set[str] = frozenset()) -> tuple[float, float, int]:
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
                and p not in by_path and p not in addon_paths)
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
