"""Stage 5, checks: small registered units (auditor.checks.base: a stable id, a category, a default severity and
a docstring), one module per concern, each judging the comparison (auditor.compare) a run made.

Importing this package registers every check.
"""

from __future__ import annotations

from typing import Iterable

from auditor import deadline
from auditor.checks import (changes, database, endpoints, filesystem, identity, integrity, manifests,  # noqa: F401
                            patches, settings, stale)
from auditor.checks.base import REGISTRY, CheckInfo, Context, check
from auditor.model.finding import Finding

__all__ = ["REGISTRY", "CheckInfo", "Context", "check", "run_all"]


def run_all(ctx: Context, only: Iterable[str] | None = None) -> list[Finding]:
    """Every registered check (or those in ``only``) in id order, the findings sorted."""
    wanted = set(only) if only else None
    findings: list[Finding] = []
    for check_id in sorted(REGISTRY):
        if wanted is not None and check_id not in wanted:
            continue
        deadline.check()
        findings.extend(REGISTRY[check_id].func(ctx))
    findings.sort(key=Finding.sort_key)
    return findings
