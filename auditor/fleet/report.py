"""The merged fleet report: one entry per target, the fingerprints, a summary; JSON, HTML, Markdown.

JSON schema: docs/fleet.schema.json (tests validate every merged report). Targets are in the order
they were given; the result is byte-identical for the same fleet (no timing unless asked).
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources
from typing import Any

from auditor.fleet.fingerprints import cluster
from auditor.model._fields import SEVERITIES, SEVERITY_RANK

FORMAT_VERSION = 1
_KEEP = ("index", "path", "name", "status", "error", "product", "claimed_version", "identified_version",
         "confidence", "worst", "findings", "failing", "result", "by_severity", "migration", "compliance",
         "files", "bytes", "reports")


def build(results: list[dict], settings: dict, shard: str | None, timings: bool = False) -> dict[str, Any]:
    from auditor.model.baseline import ToolInfo
    targets = []
    for r in sorted(results, key=lambda r: r["index"]):
        t = {k: r[k] for k in _KEEP if k in r}
        t["changes"] = len(r.get("changes", []))
        t["mismatch"] = bool(r.get("claimed_version") and r.get("identified_version")
                             and r["claimed_version"] != r["identified_version"])
        if timings:
            t["seconds"] = r.get("seconds")
        targets.append(t)
    ok = [t for t in targets if t["status"] == "ok"]
    errors = [t for t in targets if t["status"] != "ok"]
    failed = [t for t in ok if t["result"] == "fail"]
    by_worst = {s: sum(1 for t in ok if t["worst"] == s) for s in SEVERITIES}
    by_worst["none"] = sum(1 for t in ok if t["worst"] is None)
    fps = cluster(results)
    return {
        "format_version": FORMAT_VERSION,
        "tool": ToolInfo.current().to_dict(),
        "baselines": settings["baselines"],
        "fail_on": settings.get("fail_on", "high"),
        "shard": shard,
        "summary": {"targets": len(targets), "audited": len(ok), "errors": len(errors), "passed": len(ok) - len(failed),
                    "failed": len(failed), "mismatched": sum(1 for t in ok if t["mismatch"]),
                    "by_worst": by_worst, "fingerprints": len(fps),
                    "bytes": sum(t.get("bytes") or 0 for t in ok),
                    "result": "pass" if not failed and not errors else "fail"},
        "targets": targets,
        "fingerprints": fps,
    }


def exit_code(merged: dict) -> int:
    return 0 if merged["summary"]["result"] == "pass" else 1


def to_json(merged: dict) -> str:
    from auditor.report.json_format import dumps
    return dumps(merged)


def to_markdown(merged: dict) -> str:
    from auditor.report.markdown import cell, code
    s = merged["summary"]
    lines = [f"# auditor fleet report: {s['targets']} targets, {s['result'].upper()}", "",
             f"{s['audited']} audited, {s['errors']} could not be audited, {s['failed']} fail the gate "
             f"(`--fail-on {merged['fail_on']}`), {s['mismatched']} claim another release than they are, "
             f"{s['fingerprints']} vendor fingerprints.", "",
             "| # | target | product | claimed | identified | worst | findings | migration | compliance | report |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for t in merged["targets"]:
        if t["status"] != "ok":
            lines.append(f"| {t['index']} | {code(t['path'])} | error | | | | {cell(t.get('error', ''))} | | | |")
            continue
        risk = lambda r: f"{r['score']} {r['level']}" if r else ""  # noqa: E731
        rep = t.get("reports", {}).get("html")
        lines.append(f"| {t['index']} | {code(t['path'])} | {cell(t['product'] or '')} | "
                     f"{cell(t['claimed_version'] or '')} | {cell(t['identified_version'] or '—')} | "
                     f"{t['worst'] or 'none'} | {t['findings']} | {risk(t['migration'])} | "
                     f"{risk(t['compliance'])} | {f'[html]({rep})' if rep else ''} |")
    if merged["fingerprints"]:
        lines += ["", "## Vendor fingerprints", ""]
        for fp in merged["fingerprints"]:
            lines.append(f"* **{fp['id']}**: {cell(fp['summary'])} — installs "
                         + ", ".join(code(i["path"]) for i in fp["installs"][:20])
                         + (" ..." if fp["install_count"] > 20 else ""))
    return "\n".join(lines) + "\n"


def to_html(merged: dict) -> str:
    from auditor.report.html import environment
    script = (resources.files("auditor") / "report" / "templates" / "fleet.js").read_text("utf-8")
    import markupsafe
    digest = "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    rank = {s: SEVERITY_RANK[s] for s in SEVERITIES}
    return environment().get_template("fleet.html.j2").render(m=merged, s=merged["summary"], rank=rank,
                                                       script=markupsafe.Markup(script), script_hash=digest)
