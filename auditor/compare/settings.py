"""The configuration of the tree against the release's official defaults: what the product would load,
what differs, what a changed definition file would deploy next. Read as text, never executed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditor.config import settings as cfg
from auditor.knowledge.rules import rules_of


@dataclass
class SettingsState:
    #: the official defaults of the identified release (what a fresh install runs with)
    defaults: dict
    #: what the product would load from this tree
    effective: cfg.Settings
    problems: list[dict]
    files: list[str]
    #: settings whose effective value differs from the official default: (name, change, default, effective)
    changed: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    #: definitions files of the tree that differ from the release's, read as the next deployment
    #: would: setting -> (value, file, line), for the settings the rules judge
    redefined: dict[str, tuple[Any, str, int]] = field(default_factory=dict)
    #: the deployment file the tree has (OTRS: Kernel/Config/Files/ZZZAAuto.pm), if any
    deployment: str | None = None


def of(snap, profile, baseline) -> SettingsState | None:
    """The settings of the tree (None when the profile reads no configuration)."""
    if not profile.config:
        return None
    official = baseline.by_path if baseline is not None else {}
    roles = cfg.roles_of(profile, (p for p, e in snap.entries.items() if e.type == "file"))
    defaults = baseline.settings if baseline is not None else {}
    problems: list[dict] = []
    if not defaults:
        # no recorded defaults: the tree's own official-role files are the best reference there is
        base, problems = cfg.read_sources(snap.read, [p for p, r in roles.items() if r in cfg.OFFICIAL_ROLES],
                                          profile, roles=cfg.OFFICIAL_ROLES)
        defaults = cfg.build(base).tree
    # A tree that never ran a deployment gets the definitions as a deployment would write them.
    deployments = [src.deployed_to for src in cfg.sources(profile) if src.deployed_to]
    undeployed = any(d not in snap.entries for d in deployments)
    parsed, more = cfg.read_sources(snap.read, [p for p, r in roles.items() if r in cfg.RUNTIME_ROLES], profile,
                                    roles=cfg.RUNTIME_ROLES)
    problems += more
    effective = cfg.build(parsed, defaults if undeployed else None)
    st = SettingsState(defaults, effective, problems, [p for p, _ in parsed],
                       deployment=next((d for d in deployments if d in snap.entries), None))
    # Definitions the tree changed (a vendor's edit of Framework.xml) take effect at the next deployment.
    changed_defs = [p for p, r in roles.items() if r == "definitions"
                    and not snap.same_as(official.get(p), p)]
    if changed_defs and baseline is not None:
        judged = {r.setting for r in rules_of(profile)}
        redefs, more = cfg.read_sources(snap.read, changed_defs, profile, roles=("definitions",))
        st.problems += more
        for path, statements in redefs:
            for stmt in statements:
                name = cfg.join(stmt.path)
                if name in judged:
                    st.redefined[name] = (stmt.value if stmt.op == "set" else None, path, stmt.line)
    # settings whose effective value differs from the official default (the product's own bookkeeping
    # keys, the profile's ``internal_settings``, aside)
    internal = set(profile.internal_settings)
    st.changed = [c for c in cfg.changes(st.defaults, st.effective.tree) if c[0].split(cfg.SEP)[0] not in internal]
    return st


