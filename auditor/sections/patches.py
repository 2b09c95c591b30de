"""Report section ``patches``: the advisories that affect the release, the oldest missing one, and the lowest
release that fixes them all."""

from __future__ import annotations

from auditor.checks.base import Context
from auditor.checks.patches import advisories, evaluate, fixed_by


def build(report, ctx: Context) -> None:
    """Report section ``patches``: count, oldest missing advisory, lowest release that fixes all."""
    if ctx.identity.release is None:
        return
    results = evaluate(ctx)
    missing = [r for r in results if r.status == "missing"]
    oldest = min(missing, key=lambda r: (r.advisory.published, r.advisory.id)) if missing else None
    product, version = ctx.identity.release
    report.sections["patches"] = {
        "product": product,
        "version": version,
        "feeds_advisories": sum(1 for a in advisories(ctx) if a.ranges_for(product)),
        "missing": len(missing),
        "patched_by_backport": sum(1 for r in results if r.status == "patched-by-backport"),
        "by_severity": {s: sum(1 for r in missing if r.advisory.severity == s) for s in ("critical", "high", "medium", "low")},
        "oldest": {"id": oldest.advisory.id, "published": oldest.advisory.published} if oldest else None,
        "fixed_by": fixed_by(ctx, missing),
        "advisories": [r.to_dict() for r in results],
    }
