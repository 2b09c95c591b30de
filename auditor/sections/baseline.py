"""Report section ``baseline``: what the diff was made against and how far it can be trusted."""

from __future__ import annotations

import os

from auditor.checks.base import Context


def build(report, ctx: Context) -> None:
    if ctx.baseline is None:
        return
    catalog, baseline = ctx.catalog, ctx.baseline
    bf = catalog.file(baseline.release)
    try:
        rel = os.path.relpath(bf.path, ctx.options.baselines)
    except ValueError:
        rel = str(bf.path)
    report.sections["baseline"] = {
        "product": baseline.product, "version": baseline.version, "file": rel.replace(os.sep, "/"),
        "provenance": baseline.provenance.to_dict(), "trust": baseline.trust_info.to_dict(),
        "signed_by": catalog.signed_by}
