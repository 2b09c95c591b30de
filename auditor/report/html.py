"""HTML: one self-contained page (no network): summary, claimed vs real release,
risk gauges, charts of findings by category and by directory, a filterable
findings table, and the details (identification, migration, compliance,
patches, settings, endpoints, waivers). Rendered with jinja2, autoescaped."""

from __future__ import annotations

import base64
import hashlib
import math
from collections import Counter
from importlib import resources

import jinja2
import markupsafe

from auditor import paths
from auditor.model._fields import SEVERITIES
from auditor.model.report import Report
from auditor.report import views
from auditor.report.base import Formatter, formatter, terminal_safe

COLORS = {"critical": "#b3001b", "high": "#e4572e", "medium": "#f3a712", "low": "#3c91e6", "info": "#8d99ae"}
LEVEL_COLORS = {"none": "#2a9d3f", "low": "#3c91e6", "medium": "#f3a712", "high": "#e4572e", "critical": "#b3001b"}


def gauge(score: float) -> dict:
    """A half-circle gauge (0-100) as SVG path data."""
    angle = math.pi * (1 - max(0, min(100, score)) / 100)
    x, y = 60 + 50 * math.cos(angle), 60 - 50 * math.sin(angle)
    return {"arc": f"M10,60 A50,50 0 0,1 {x:.2f},{y:.2f}"}


def bars(counts: Counter, by_sev: dict[str, Counter], limit: int = 12) -> list[dict]:
    top = counts.most_common(limit)
    peak = max((n for _, n in top), default=1)
    out = []
    for label, n in sorted(top, key=lambda kv: (-kv[1], kv[0])):
        x = 0.0
        segments = []
        for s in SEVERITIES:
            k = by_sev.get(label, Counter()).get(s, 0)
            if k:
                w = 100.0 * k / peak
                segments.append({"x": round(x, 3), "w": round(w, 3), "color": COLORS[s], "severity": s, "n": k})
                x += w
        out.append({"label": label, "n": n, "segments": segments})
    return out


def directory_of(path: str | None) -> str:
    if not path:
        return "(whole tree)"
    parts = paths.to_text(path).split("/")
    return "/".join(parts[:2]) + ("/" if len(parts) > 2 else "") if len(parts) > 1 else "(top level)"


def environment() -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(str(resources.files("auditor") / "report" / "templates"))
    env = jinja2.Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["path"] = lambda p: "—" if p is None else paths.to_text(p)
    env.filters["show"] = _show
    return env


def _show(value) -> str:
    if isinstance(value, dict) and len(value) == 1 and "$expr" in value:
        return value["$expr"]
    if isinstance(value, str):
        return value
    import json
    return json.dumps(value, ensure_ascii=False)


@formatter
class HtmlFormatter(Formatter):
    name = "html"
    extension = ".html"
    description = "a self-contained HTML page for people"

    def render(self, r: Report) -> str:
        r = terminal_safe(r)
        active = r.active_findings
        cat, cat_sev = Counter(), {}
        dirs, dir_sev = Counter(), {}
        for f in active:
            cat[f.category] += 1
            cat_sev.setdefault(f.category, Counter())[f.severity] += 1
            d = directory_of(f.path)
            dirs[d] += 1
            dir_sev.setdefault(d, Counter())[f.severity] += 1
        # every part a template reads is there, present or None (a tree no release matches has no forecast)
        risk = {"migration": None, "compliance": None, **(r.sections.get("risk") or {})}
        gauges = {}
        for name in ("migration", "compliance"):
            if risk[name]:
                gauges[name] = dict(gauge(risk[name]["score"]), score=risk[name]["score"], level=risk[name]["level"],
                                    color=LEVEL_COLORS[risk[name]["level"]])
        summary = r.summary()
        context = {
            "r": r, "summary": summary, "severities": SEVERITIES, "colors": COLORS, "gauges": gauges,
            "by_category": bars(cat, cat_sev), "by_directory": bars(dirs, dir_sev),
            "categories": sorted({f.category for f in r.findings}),
            "mismatch": bool(r.claimed_version and r.identified_version and r.claimed_version != r.identified_version),
            "risk": risk, "patches": r.sections.get("patches"), "settings": r.sections.get("settings"),
            "endpoints": r.sections.get("endpoints"), "waivers": r.sections.get("waivers"),
            "baseline": r.sections.get("baseline"), "json_sha256": self.options.json_sha256,
            "report_signed": self.options.report_signed, "forecast": views.forecast(r),
            "scores": views.scores(r),
        }
        script = (resources.files("auditor") / "report" / "templates" / "report.js").read_text("utf-8")
        context["script"] = markupsafe.Markup(script)
        # the page runs only its own script and fetches nothing (a Content-Security-Policy with the
        # script's hash): whatever a file name or value holds, it cannot become active content
        context["script_hash"] = "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        return environment().get_template("report.html.j2").render(**context)
