"""Migration risk: what an official upgrade would do to this tree.

Given the identified release and a target release (``--target-version``,
default the newest baseline of the product), the forecast lists, with the
files behind each item:

* ``lost-customisation``: a file the vendor changed that the upgrade replaces
  (or drops): the change is lost. Not a checksum list the profile names
  (the upgrade writes it anew) nor, with a content pack, a change of line
  endings, blanks, comments or version strings only;
* ``collision``: an added file at a path the target release ships: overwritten;
* ``orphaned``: added code in a core directory the upgrade does not know: it
  stays behind, written against the old release;
* ``blocker``: a path the upgrade and migration tools need (the profile's
  ``migration.required``) is missing, moved or of another type: the upgrade
  fails or takes the wrong path;
* ``data``: a data location the upgrade carries over (``migration.data``) is
  missing or moved: that data is not migrated;
* ``shadowing``: an override (``Custom/``) of a file that the upgrade changes:
  the override masks the new code, fixes included;
* ``wrong-upgrade-path``: the version files lie (version-mismatch), so the
  operator and the tools pick the upgrade path of the claimed release.

Score 0-100: blocker 45, wrong-upgrade-path 45, data 40, shadowing 10,
lost customisation 4 (core code) or 1, collision 3, orphaned code 2 (other
files 0.5); capped at 100. Levels: none (0), low (< 20), medium (< 45),
high (< 70), critical.
"""

from __future__ import annotations

import fnmatch

from auditor import paths, versions
from auditor.errors import AuditorError
from auditor.knowledge.migration import needs_of

WEIGHTS = {"blocker": 45, "wrong-upgrade-path": 45, "data": 40, "shadowing": 10, "collision": 3}
CORE_CLASSES = ("core", "core-config", "config-autoload", "custom-override")



def level(score: float) -> str:
    if score <= 0:
        return "none"
    if score < 20:
        return "low"
    if score < 45:
        return "medium"
    if score < 70:
        return "high"
    return "critical"


def target_release(ctx) -> tuple[str, str] | None:
    product = ctx.identity.release[0]
    wanted = ctx.options.target_version
    if wanted:
        found = ctx.catalog.find_version(wanted, product)
        if found is None:
            have = ", ".join(v for p, v in ctx.catalog.releases if p == product)
            raise AuditorError(f"--target-version {wanted}: no baseline of {product} {wanted} (have: {have})")
        return found
    return ctx.catalog.newest(product)


def forecast(ctx) -> dict | None:
    if ctx.identity.release is None or ctx.baseline is None:
        return None
    diff = ctx.comparison.diff
    target = target_release(ctx)
    tb = ctx.catalog.contents(target)       # from the index: no second baseline loaded
    current = ctx.baseline.by_path
    profile = ctx.profile
    items: list[dict] = []

    def add(kind: str, path: str | None, why: str, weight: float, **extra) -> None:
        items.append({"kind": kind, "path": None if path is None else paths.to_text(path), "why": why,
                      "weight": weight, **extra})

    def klass(path: str) -> str | None:
        pc = profile.path_class(path)
        return pc.name if pc else None

    customised = 0
    lost = 0
    from auditor.knowledge.manifests import manifests_of
    lists = [m.spec for m in manifests_of(profile)]
    from auditor.compare.changes import COSMETIC
    changes = ctx.comparison.changes
    for b, t in diff.modified:
        if any(spec.match(b.path) for spec in lists):
            continue        # a checksum list the upgrade writes anew: nothing of the vendor's is lost with it
        fc = changes.get(b.path)
        if fc is not None and fc.available and fc.kind in COSMETIC:
            continue        # only line endings, blanks, comments or version strings: no customisation to lose
        customised += 1
        new = tb.get(b.path)
        core = klass(b.path) in CORE_CLASSES
        if new is None:
            lost += 1
            add("lost-customisation", b.path, f"{target[1]} removes this file; the change goes with it", 4 if core else 1,
                path_class=klass(b.path))
        elif new.sha256 != t.sha256:
            lost += 1
            add("lost-customisation", b.path, f"{target[1]} replaces this file; the change is overwritten",
                4 if core else 1, path_class=klass(b.path))
    stale = ctx.comparison.stale
    for t in diff.added:
        if t.path in stale:
            continue        # a file of an earlier release, not a customisation (stale-file)
        customised += 1
        new = tb.get(t.path)
        code = profile.is_code(t.path, t.mode)
        if new is not None and new.sha256 != t.sha256:
            lost += 1
            add("collision", t.path, f"{target[1]} ships a file at this path and overwrites it", WEIGHTS["collision"])
        elif new is None and klass(t.path) in CORE_CLASSES:
            add("orphaned", t.path, f"{target[1]} does not know this file; it stays, written for {ctx.baseline.version}",
                2 if code else 0.5, code=code)
    customised += len(diff.moved)
    scheme = ctx.catalog.scheme
    required, data = needs_of(profile)
    for need in required:
        if not fnmatch.fnmatchcase(ctx.baseline.version, need.versions) or need.path not in current:
            continue
        e = ctx.snapshot.entries.get(need.path)
        if e is None or e.type != current[need.path].type:
            moved_to = [paths.to_text(m.path) for s, m in diff.moved if s.path == need.path]
            add("blocker", need.path, need.why + (" (moved to " + ", ".join(moved_to) + ")" if moved_to else
                                                  " (missing)" if e is None else f" (is a {e.type})"),
                WEIGHTS["blocker"])
    for need in data:
        if need.path in current and not ctx.snapshot.exists(need.path):
            add("data", need.path, need.why + " (missing or moved)", WEIGHTS["data"])
    from auditor.knowledge.rules import overrides_of
    for ov in overrides_of(profile):
        prefix = ov.dir.rstrip("/") + "/"
        for p, e in ctx.snapshot.entries.items():
            if e.type != "file" or not p.startswith(prefix) or p in current:
                continue
            shadowed = ov.shadows + p[len(prefix):]
            old, new = current.get(shadowed), tb.get(shadowed)
            if old is not None and new is not None and old.sha256 != new.sha256:
                add("shadowing", p, f"overrides {paths.to_text(shadowed)}, which {target[1]} changes: the new code "
                                    "(and its fixes) would be masked", WEIGHTS["shadowing"], shadows=paths.to_text(shadowed))
    claimed = ctx.identity.claimed
    if claimed and claimed != ctx.baseline.version:
        add("wrong-upgrade-path", None, f"the version files say {claimed}, the files are {ctx.baseline.version}: "
                                        f"the upgrade tools and the operator would take the path of {claimed}",
            WEIGHTS["wrong-upgrade-path"])
    score = min(100, round(sum(i["weight"] for i in items)))
    kinds: dict[str, int] = {}
    for i in items:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    direction = versions.compare(target[1], ctx.baseline.version, scheme)
    return {
        "from": ctx.baseline.version,
        "to": target[1],
        "direction": "upgrade" if direction > 0 else ("reinstall" if direction == 0 else "downgrade"),
        "score": score,
        "level": level(score),
        "customised_files": customised,
        "lost_files": lost,
        "lost_share": round(lost / customised, 4) if customised else 0.0,
        "by_kind": dict(sorted(kinds.items())),
        "items": sorted(items, key=lambda i: (-i["weight"], i["kind"], i["path"] or "")),
    }
