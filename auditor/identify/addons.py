"""Which official add-ons a tree holds, and the release they make together with the framework.

An add-on release (auditor/baseline/addon.py) is a set of files at fixed
paths. For each add-on of the baselines directory the release that explains
the tree best is taken: the most of its files present with their exact
content, then the fewest of its files not so, then the newest. It counts as
installed when at least half of its files are present and one of them has
its official content. Its files then belong to the release the tree is
compared with (:func:`compose`): present and official, they are no finding;
edited, missing or with another mode, they are findings of that add-on's
release, like any file of the framework.

Facts only: nothing here judges whether an add-on should be there.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from auditor import versions
from auditor.model.baseline import Baseline, Entry

#: share of an add-on release's files a tree must hold for the add-on to count as installed
MIN_PRESENT = 0.5


@dataclass
class AddonRelease:
    product: str
    version: str
    package: str
    vendor: str = ""
    frameworks: tuple[str, ...] = ()
    #: files (and links) of the release, those the tree has at their paths, those with their exact content
    files: int = 0
    present: int = 0
    matching: int = 0
    #: framework files the add-on's files stand in for (a package may replace a file of the framework)
    replaces: list[str] = field(default_factory=list)
    baseline: Baseline | None = field(default=None, repr=False, compare=False)

    @property
    def release(self) -> tuple[str, str]:
        return (self.product, self.version)

    def to_dict(self) -> dict[str, Any]:
        from auditor import paths
        return {"product": self.product, "package": self.package, "version": self.version, "vendor": self.vendor,
                "frameworks": list(self.frameworks), "files": self.files, "present": self.present,
                "matching": self.matching, "replaces": [paths.to_text(p) for p in self.replaces]}


def _bits(mask: int):
    i = 0
    while mask:
        if mask & 1:
            yield i
        mask >>= 1
        i += 1


def _counts(snapshot, index) -> tuple[list[int], list[int], list[int]]:
    n = len(index.releases)
    files, present, matching = [0] * n, [0] * n, [0] * n
    tree = snapshot.entries
    for path, slot in index.paths.items():
        held = 0
        for mask in slot.values():
            held |= mask
        t = tree.get(path)
        here = t is not None and t.type in ("file", "symlink")
        same = slot.get(t.content_key, 0) if here and t.content_key is not None else 0
        if here:
            for key, mask in slot.items():       # recorded by a weaker digest only (a git blob id, an md5)
                if mask & ~same and ":" in key and not key.startswith("->") and t.type == "file" \
                        and snapshot.digest(path, key.partition(":")[0]) == key:
                    same |= mask
        for i in _bits(held):
            files[i] += 1
            if here:
                present[i] += 1
                if same >> i & 1:
                    matching[i] += 1
    return files, present, matching


def identify(snapshot, catalog) -> list[AddonRelease]:
    """The installed release of each add-on the catalog (of add-on baselines) knows, by product id."""
    if catalog is None or not catalog.files:
        return []
    index = catalog.index
    files, present, matching = _counts(snapshot, index)
    best: dict[str, int] = {}
    for i, (product, version) in enumerate(index.releases):
        if not files[i] or present[i] < MIN_PRESENT * files[i] or not matching[i]:
            continue
        key = (matching[i], -(files[i] - matching[i]), versions.sort_key(version, catalog.scheme))
        j = best.get(product)
        if j is None or key > (matching[j], -(files[j] - matching[j]),
                               versions.sort_key(index.releases[j][1], catalog.scheme)):
            best[product] = i
    out = []
    for product, i in sorted(best.items()):
        b = catalog.baseline(index.releases[i])
        info = b.addon
        out.append(AddonRelease(product, b.version, info.package if info else product,
                                info.vendor if info else "", info.frameworks if info else (),
                                files[i], present[i], matching[i], baseline=b))
    return out


def compose(framework: Baseline, addons: list[AddonRelease]) -> Baseline:
    """The framework release with the files of its installed add-ons: what the tree should hold.

    An add-on file at a framework path stands in for the framework's (listed in ``replaces``); the
    add-ons' directories join the framework's; their default settings and official endpoints too."""
    if not addons:
        return framework
    entries = dict(framework.by_path)
    settings = dict(framework.settings)
    endpoints = set(framework.endpoints)
    for a in addons:
        a.replaces = []
        for e in a.baseline.entries:
            if e.type == "dir":
                if e.path not in entries:
                    entries[e.path] = Entry(e.path, "dir")
                continue
            if e.path in framework.by_path:
                a.replaces.append(e.path)
            entries[e.path] = e
        _merge(settings, a.baseline.settings)
        endpoints.update(a.baseline.endpoints)
    return dataclasses.replace(framework, entries=list(entries.values()), settings=settings,
                               endpoints=sorted(endpoints))


def _merge(into: dict, extra: dict) -> None:
    """Settings of an add-on into the framework's: a hash setting (``PreferencesGroups``,
    ``Frontend::Module``) gains the add-on's keys and keeps the framework's."""
    for key, value in extra.items():
        here = into.get(key)
        if isinstance(here, dict) and isinstance(value, dict):
            here = into[key] = dict(here)
            _merge(here, value)
        else:
            into[key] = value


def owner(addons: list[AddonRelease]) -> dict[str, str]:
    """path -> "<package> <version>" for every file of an installed add-on."""
    out: dict[str, str] = {}
    for a in addons:
        for e in a.baseline.entries:
            if e.type != "dir":
                out[e.path] = f"{a.package} {a.version}"
    return out
