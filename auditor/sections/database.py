"""The report's ``database`` section (``--database``): what the database holds beside the tree — its
engine and tables, the web services and their endpoints, the installed packages (official or not, files
changed or gone), and the last deployment against the deployed file."""

from __future__ import annotations

from auditor import paths


def build(report, ctx) -> None:
    state = ctx.comparison.database if ctx.comparison is not None else None
    if state is None:
        return
    by_service: dict[str, list[str]] = {}
    for e in ctx.comparison.endpoints.endpoints:
        if e.detail.get("database"):
            by_service.setdefault(e.detail.get("webservice") or "", []).append(e.url)
    report.sections["database"] = {
        "engine": state.engine,
        "source": state.source,
        "tables": len(state.tables),
        "webservices": [{"name": w.name, "location": w.location, "valid": w.valid,
                         "endpoints": sorted(set(by_service.get(w.name, [])))} for w in state.webservices],
        "packages": [p.to_dict() for p in state.packages],
        "deployment": state.deployment.to_dict() if state.deployment is not None else None,
        "problems": list(state.problems),
        "schema": state.schema.to_dict() if state.schema is not None else None,
        "accounts": [a.to_dict() for a in state.accounts],
        "volumes": state.volumes,
        "article_storage": state.article_storage,
        "admins": state.admins,
        "second_factor": state.second_factor,
        "file": paths.to_text(state.deployment.file) if state.deployment is not None else None,
    }
