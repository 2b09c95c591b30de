"""Report section ``changes``: whether diffs are available, and the classes of the modifications."""

from __future__ import annotations

from auditor.checks.base import Context


def build(report, ctx: Context) -> None:
    """Report section ``changes``: whether diffs are available, and the classes of the modifications."""
    if ctx.baseline is None:
        return
    changes = ctx.comparison.changes
    pack = ctx.comparison.content_pack
    classes: dict[str, int] = {}
    for fc in changes.values():
        if fc.available:
            classes[fc.kind] = classes.get(fc.kind, 0) + 1
    section = {"content_pack": ctx.baseline.content_pack if pack is not None else None,
               "diffs": sum(1 for fc in changes.values() if fc.available),
               "unavailable": sum(1 for fc in changes.values() if not fc.available),
               "classes": dict(sorted(classes.items())),
               "security_sensitive": sum(1 for p, fc in changes.items()
                                         if fc.security_sensitive and not ctx.identity.foreign.get(p))}
    if pack is None:
        section["note"] = (f"diffs are unavailable: no content pack for {ctx.baseline.product} "
                           f"{ctx.baseline.version} (build its baseline with --content)")
    report.sections["changes"] = section
