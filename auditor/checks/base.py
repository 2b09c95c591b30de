"""The check registry: small units with a stable id, a category, a default severity and a docstring.

A check is a function ``check(ctx) -> Iterable[Finding]`` registered with
:func:`check`. Its id never changes once released (waivers, SARIF rules and
CI gates refer to it); its docstring is its documentation (``auditor checks``
prints it; docs/checks.md is generated from it).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from auditor.model._fields import SEVERITIES
from auditor.model.baseline import Baseline
from auditor.model.finding import Finding, make_finding_id
from auditor.model.options import AuditInputs, AuditOptions


@dataclass(frozen=True)
class CheckInfo:
    id: str
    name: str
    categories: tuple[str, ...]
    severity: str
    func: Callable[["Context"], Iterable[Finding]]

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0]


REGISTRY: dict[str, CheckInfo] = {}


def check(check_id: str, name: str, categories: tuple[str, ...] | str, severity: str):
    """Register a check. ``severity`` is the default; profiles may raise or lower it per path."""
    if isinstance(categories, str):
        categories = (categories,)
    if severity not in SEVERITIES:
        raise ValueError(f"{check_id}: unknown severity {severity}")

    def wrap(func):
        if check_id in REGISTRY:
            raise ValueError(f"check id {check_id} registered twice")
        if not func.__doc__:
            raise ValueError(f"check {check_id} needs a docstring")
        REGISTRY[check_id] = CheckInfo(check_id, name, categories, severity, func)
        func.check_id = check_id
        return func
    return wrap


def by_category(category: str) -> CheckInfo | None:
    for info in REGISTRY.values():
        if category in info.categories:
            return info
    return None


@dataclass
class Context:
    """What every check sees: the facts gathered below (the tree, its identity, the comparison with the
    release) and what the run was asked to do. Built once per audit by auditor.pipeline."""

    snapshot: Any                      # auditor.scan.Snapshot
    profile: Any                       # auditor.profile.Profile
    catalog: Any                       # auditor.identify.Catalog
    identity: Any                      # auditor.identify.Identity
    baseline: Baseline | None          # the release compared against (the nearest one when unidentified)
    comparison: Any                    # auditor.compare.Comparison
    options: AuditOptions
    inputs: AuditInputs
    #: judgements more than one check and a report section read, made once: the profile's security rules
    #: (auditor.checks.settings.evaluate) and the advisories (auditor.checks.patches.evaluate)
    rule_results: list | None = None
    advisory_results: list | None = None

    @property
    def release_name(self) -> str:
        """The release the diff is made against, as findings name it."""
        if self.baseline is None:
            return "?"
        if self.identity.release is None:
            return f"{self.baseline.version} (nearest release; the tree is not identified)"
        return self.baseline.version

    def release_of(self, path: str) -> str:
        """The release a path of the compared release belongs to: an installed add-on's ("FAQ 7.0.2")
        or the framework's (:attr:`release_name`)."""
        owner = self.comparison.addon_files.get(path) if self.comparison is not None else None
        return owner or self.release_name

    def finding(self, check_id: str, category: str, path: str | None, message: str,
                evidence: dict[str, Any] | None = None, severity: str | None = None,
                key: str = "", severity_key: str | None = None) -> Finding:
        if severity is None:
            severity = self.profile.severity_for(category, path, severity_key)
        return Finding(make_finding_id(check_id, category, path, key), check_id, category, severity, path,
                       message, evidence or {})
