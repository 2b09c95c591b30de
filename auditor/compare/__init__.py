"""Stage 4, compare: the tree against the release it was identified as (or, unidentified, the nearest one),
made once into a typed :class:`Comparison` of facts: the integrity diff, what changed inside modified text
files, files an in-place upgrade left behind, the configuration against the official defaults, and the
inventory of outbound endpoints. The checks judge it; nothing here decides what is a finding.

This is also where another source of facts joins the tree's: a comparison holds what each evidence
source gave (see docs/architecture.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from auditor.compare import changes as changes_mod
from auditor.compare import diff as diff_mod
from auditor.compare import endpoints as endpoints_mod
from auditor.compare import settings as settings_mod
from auditor.compare import stale as stale_mod
from auditor.compare.changes import FileChange
from auditor.compare.diff import Diff
from auditor.compare.endpoints import Inventory
from auditor.compare.settings import SettingsState
from auditor.identify.addons import owner
from auditor.baseline.content import PackChain
from auditor.model.baseline import Baseline

if TYPE_CHECKING:
    # the database's readers and parsers are imported by runs that have a database (about 30 ms)
    from auditor.compare.database import DatabaseState


@dataclass
class Comparison:
    #: the release compared against (None: no baseline at all)
    baseline: Baseline | None
    diff: Diff | None = None
    #: path -> what changed inside each modified regular file (its diff, class and security subjects)
    changes: dict[str, FileChange] = field(default_factory=dict)
    #: the release's content pack (auditor.baseline.content.ContentPack), when its baseline has one
    content_pack: Any = None
    #: added path -> the earlier releases whose file it is (left by an in-place upgrade)
    stale: dict[str, list[str]] = field(default_factory=dict)
    #: the configuration (None when the profile reads none)
    settings: SettingsState | None = None
    endpoints: Inventory = field(default_factory=Inventory)
    #: path -> "<package> <version>" of each file an installed official add-on brought (auditor.identify.addons)
    addon_files: dict[str, str] = field(default_factory=dict)
    #: the database beside the tree (``--database``; auditor.compare.database), None without one
    database: DatabaseState | None = None


def compare(snapshot, profile, catalog, identity, baseline, ignore, inputs) -> Comparison:
    """The facts of ``snapshot`` against ``baseline`` (None: nothing to compare with), and of the
    database beside it when the run has one (``inputs.database``)."""
    settings = settings_mod.of(snapshot, profile, baseline)
    addon_files = owner(identity.addons)
    pack = None
    if baseline is not None:
        pack = catalog.pack(baseline.release)
        if identity.addons:     # the add-ons' official texts are in their own packs
            pack = PackChain([pack] + [catalog.addons.pack(a.release) for a in identity.addons])
    database = None
    if inputs.database is not None:
        from auditor.compare import database as database_mod
        database = database_mod.of(inputs.database, profile, snapshot, baseline, addon_files, catalog.addons,
                                   settings, pack)
    services = database.webservices if database is not None else ()
    if baseline is None:
        return Comparison(None, settings=settings, database=database,
                          endpoints=endpoints_mod.of(snapshot, profile, None, None, {}, settings, inputs.allow_hosts,
                                                     inputs.webservice_exports, services))
    diff = diff_mod.of(snapshot, profile, baseline, ignore)
    changes = changes_mod.of(diff, baseline, pack, snapshot, profile)
    return Comparison(
        baseline, diff, changes, pack, addon_files=addon_files, database=database,
        stale=stale_mod.of(diff, identity, baseline, catalog.scheme),
        settings=settings,
        endpoints=endpoints_mod.of(snapshot, profile, baseline, diff, changes, settings, inputs.allow_hosts,
                                   inputs.webservice_exports, services))
