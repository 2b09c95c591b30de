"""Stage 6, risk: what the findings mean for an upgrade (migration) and for compliance, once the waivers
(risk.waivers) have said which findings are accepted."""

from __future__ import annotations


def assess(report, ctx) -> None:
    """The waivers, then the report's ``risk`` section: the migration forecast (when a release is
    identified) and the compliance assessment of the findings that are not waived."""
    # imported here: reading the waivers (auditor.risk.waivers, before the scan) needs neither
    from auditor.risk import compliance, migration, waivers
    waivers.apply_to(report, ctx.inputs)
    forecast = migration.forecast(ctx)
    if forecast is not None:
        report.sections.setdefault("risk", {})["migration"] = forecast
    report.sections.setdefault("risk", {})["compliance"] = compliance.assess(report)
