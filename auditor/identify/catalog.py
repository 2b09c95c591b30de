"""The baselines one run compares against: loaded lazily, indexed once (auditor.identify.index)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from auditor import versions
from auditor.baseline.store import BaselineFile, load
from auditor.errors import AuditorError
from auditor.identify import indexing
from auditor.identify.index import ReleaseIndex
from auditor.model.baseline import Entry, Baseline
from auditor.patterns import PathPatterns


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
    #: the add-on baselines of the directory, a catalog of their own (auditor.identify.addons)
    addons: "Catalog | None" = None

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
