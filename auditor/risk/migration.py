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
  operator and the tools pick the upgrade path of the claimed release;
* ``schema`` (with ``--database``): a schema drift on a table the upgrade's own
  schema changes (the official schemas of the two releases differ there): a
  dropped or retyped column, a dropped table or foreign key makes the
  migration fail or lose data (45); an added column or table there, a
  trigger or routine (10); drift on tables the upgrade does not touch (2).
  The rows of the helpdesk's data tables go into ``data``.

Score 0-100: blocker 45, wrong-upgrade-path 45, data 40, shadowing 10,
lost customisation 4 (core code) or 1, collision 3, orphaned code 2 (other
files 0.5); capped at 100. Levels: none (0), low (< 20), medium (< 45),
high (< 70), critical.
"""

from __future__ import annotations

import fnmatch

from auditor import paths, versions
from auditor.errors import AuditorError
from auditor.compare.changes import COSMETIC
from auditor.knowledge.manifests import manifests_of
from auditor.knowledge.migration import needs_of
from auditor.knowledge.rules import overrides_of

#: drift that breaks an upgrade step on a table the step changes
_BREAKING = ("table-dropped", "column-dropped", "column-type", "foreign-key-dropped")
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
    return _Forecast(ctx, target_release(ctx)).run()


class _Forecast:
    """One forecast: the items found by each rule, and the counts of customised and lost files."""

    def __init__(self, ctx, target: tuple[str, str]):
        self.ctx, self.target = ctx, target
        self.to = target[1]
        self.tb = ctx.catalog.contents(target)       # from the index: no second baseline loaded
        self.current = ctx.baseline.by_path
        self.profile = ctx.profile
        self.diff = ctx.comparison.diff
        self.items: list[dict] = []
        self.customised = 0
        self.lost = 0

    def add(self, kind: str, path: str | None, why: str, weight: float, **extra) -> None:
        self.items.append({"kind": kind, "path": None if path is None else paths.to_text(path), "why": why,
                           "weight": weight, **extra})

    def klass(self, path: str) -> str | None:
        pc = self.profile.path_class(path)
        return pc.name if pc else None

    def run(self) -> dict:
        self.modified()
        self.added()
        self.customised += len(self.diff.moved)
        self.needs()
        self.shadowing()
        self.wrong_path()
        self.schema()
        return self.result()

    def modified(self) -> None:
        """A changed file the upgrade replaces or drops: the change is lost."""
        lists = [m.spec for m in manifests_of(self.profile)]
        changes = self.ctx.comparison.changes
        for b, t in self.diff.modified:
            if any(spec.match(b.path) for spec in lists):
                continue        # a checksum list the upgrade writes anew: nothing of the vendor's is lost with it
            fc = changes.get(b.path)
            if fc is not None and fc.available and fc.kind in COSMETIC:
                continue        # only line endings, blanks, comments or version strings: no customisation to lose
            self.customised += 1
            new = self.tb.get(b.path)
            weight = 4 if self.klass(b.path) in CORE_CLASSES else 1
            if new is None:
                self.lost += 1
                self.add("lost-customisation", b.path, f"{self.to} removes this file; the change goes with it",
                         weight, path_class=self.klass(b.path))
            elif new.sha256 != t.sha256:
                self.lost += 1
                self.add("lost-customisation", b.path, f"{self.to} replaces this file; the change is overwritten",
                         weight, path_class=self.klass(b.path))

    def added(self) -> None:
        """An added file the upgrade overwrites (collision) or leaves behind in core (orphaned)."""
        stale = self.ctx.comparison.stale
        for t in self.diff.added:
            if t.path in stale:
                continue        # a file of an earlier release, not a customisation (stale-file)
            self.customised += 1
            new = self.tb.get(t.path)
            code = self.profile.is_code(t.path, t.mode)
            if new is not None and new.sha256 != t.sha256:
                self.lost += 1
                self.add("collision", t.path, f"{self.to} ships a file at this path and overwrites it",
                         WEIGHTS["collision"])
            elif new is None and self.klass(t.path) in CORE_CLASSES:
                self.add("orphaned", t.path, f"{self.to} does not know this file; it stays, written for "
                         f"{self.ctx.baseline.version}", 2 if code else 0.5, code=code)

    def needs(self) -> None:
        """What the upgrade tools need (blockers) and the data they carry over."""
        required, data = needs_of(self.profile)
        entries, current = self.ctx.snapshot.entries, self.current
        for need in required:
            if not fnmatch.fnmatchcase(self.ctx.baseline.version, need.versions) or need.path not in current:
                continue
            e = entries.get(need.path)
            if e is None or e.type != current[need.path].type:
                moved_to = [paths.to_text(m.path) for s, m in self.diff.moved if s.path == need.path]
                how = (" (moved to " + ", ".join(moved_to) + ")" if moved_to else
                       " (missing)" if e is None else f" (is a {e.type})")
                self.add("blocker", need.path, need.why + how, WEIGHTS["blocker"])
        for need in data:
            if need.path in current and not self.ctx.snapshot.exists(need.path):
                self.add("data", need.path, need.why + " (missing or moved)", WEIGHTS["data"])

    def shadowing(self) -> None:
        """An override of a file the upgrade changes masks the new code."""
        for ov in overrides_of(self.profile):
            prefix = ov.dir.rstrip("/") + "/"
            for p, e in self.ctx.snapshot.entries.items():
                if e.type != "file" or not p.startswith(prefix) or p in self.current:
                    continue
                shadowed = ov.shadows + p[len(prefix):]
                old, new = self.current.get(shadowed), self.tb.get(shadowed)
                if old is not None and new is not None and old.sha256 != new.sha256:
                    self.add("shadowing", p, f"overrides {paths.to_text(shadowed)}, which {self.to} changes: the new "
                             "code (and its fixes) would be masked", WEIGHTS["shadowing"],
                             shadows=paths.to_text(shadowed))

    def wrong_path(self) -> None:
        claimed, version = self.ctx.identity.claimed, self.ctx.baseline.version
        if claimed and claimed != version:
            self.add("wrong-upgrade-path", None, f"the version files say {claimed}, the files are {version}: "
                                                 f"the upgrade tools and the operator would take the path of {claimed}",
                     WEIGHTS["wrong-upgrade-path"])

    def schema(self) -> None:
        """Schema drift of the database against what the upgrade's schema changes."""
        db = self.ctx.comparison.database
        if db is None or db.schema is None or db.schema.reason or not db.schema.drift:
            return
        changed = self._upgrade_tables(db.engine)
        for d in db.schema.drift:
            where = f"table {d.table}" if d.table else "the database"
            if d.table in changed:
                weight = 45 if d.kind in _BREAKING else 10
                why = (f"{self.to} changes {where} ({changed[d.table]}); the database's {d.kind} "
                       f"{d.subject} there {'makes that step fail or lose data' if weight == 45 else 'is in its way'}")
            elif d.kind in ("trigger", "routine"):
                weight, why = 10, f"{d.kind} {d.name}: code in the database that no upgrade step knows or migrates"
            else:
                weight, why = 2, f"{d.kind} {d.subject}: {self.to} does not touch it; nothing official migrates it"
            self.add("schema", None, why, weight, table=d.table, drift=d.kind)

    def _upgrade_tables(self, engine: str) -> dict[str, str]:
        """Tables whose official schema differs between the current and the target release: what changes.
        The current release's schema is the one the comparison already parsed."""
        from auditor.compare.database import official_texts
        from auditor.database.schema import diff as schema_diff, from_sql
        from auditor.knowledge import database as knowledge_mod
        know = knowledge_mod.of(self.profile)
        now = self.ctx.comparison.database.schema.schema
        if know is None or now is None or self.target == self.ctx.baseline.release:
            return {}
        _files, then = official_texts(know.schema_paths(engine), self.ctx.catalog.baseline(self.target),
                                      self.ctx.catalog.pack(self.target))
        if not then:
            return {}
        out: dict[str, str] = {}
        for d in schema_diff(now, from_sql("\n".join(t.decode("utf-8", "replace") for t in then))):
            if d.table:
                out[d.table] = (out[d.table] + ", " if d.table in out else "") + d.kind.replace("-", " ") + \
                    (f" {d.name}" if d.name else "")
        return out

    def result(self) -> dict:
        items = self.items
        score = min(100, round(sum(i["weight"] for i in items)))
        kinds: dict[str, int] = {}
        for i in items:
            kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
        direction = versions.compare(self.to, self.ctx.baseline.version, self.ctx.catalog.scheme)
        return {
            "from": self.ctx.baseline.version,
            "to": self.to,
            "direction": "upgrade" if direction > 0 else ("reinstall" if direction == 0 else "downgrade"),
            "score": score,
            "level": level(score),
            "customised_files": self.customised,
            "lost_files": self.lost,
            "lost_share": round(self.lost / self.customised, 4) if self.customised else 0.0,
            "by_kind": dict(sorted(kinds.items())),
            "items": sorted(items, key=lambda i: (-i["weight"], i["kind"], i["path"] or "", i["why"])),
            **({"data": self.ctx.comparison.database.volumes}
               if self.ctx.comparison.database is not None and self.ctx.comparison.database.volumes else {}),
        }
