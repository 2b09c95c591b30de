"""Report section ``endpoints``: the whole inventory of outbound endpoints, official and allowed ones included."""

from __future__ import annotations

from auditor.checks.base import Context


def build(report, ctx: Context) -> None:
    """Report section ``endpoints``: the whole inventory, official and allowed ones included."""
    if not ctx.profile.endpoints and not ctx.inputs.webservice_exports:
        return
    inv = ctx.comparison.endpoints
    report.sections["endpoints"] = {
        "inventory": [e.to_dict() for e in inv.endpoints],
        "official_hosts": len(inv.official_hosts),
        "unexpected": sum(1 for e in inv.endpoints if not (e.official or e.allowed)),
        # added or modified code that could not be searched for URLs (binary, too large, unreadable)
        "not_scanned": inv.unscanned,
    }
