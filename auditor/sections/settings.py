"""Report section ``settings``: every changed setting and every security rule's result."""

from __future__ import annotations

from auditor import paths
from auditor.checks.base import Context
from auditor.checks.settings import evaluate, shown


def build(report, ctx: Context) -> None:
    """Report section ``settings``: every changed setting and every rule's result."""
    st = ctx.comparison.settings
    if st is None:
        return
    changed = []
    for name, kind, default, effective in st.changed:
        where = st.effective.where(name)
        changed.append({"setting": name, "change": kind, "default": shown(name, default),
                        "effective": shown(name, effective), "file": paths.to_text(where[0]) if where else None,
                        "line": where[1] if where else None})
    rules = []
    for r in evaluate(ctx):
        rule = r["rule"]
        item = {"rule": rule.id, "setting": rule.setting, "status": r["status"], "severity": rule.severity,
                "title": rule.title, "controls": rule.controls}
        if "value" in r:
            item["effective"] = shown(rule.setting, r["value"]) if r["found"] else None
            item["default"] = shown(rule.setting, r["default"]) if r["default_found"] else None
        rules.append(item)
    report.sections["settings"] = {"files": [paths.to_text(f) for f in st.files], "changed": changed, "rules": rules,
                                   "problems": st.problems}
