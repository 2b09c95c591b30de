"""What every human-readable format shows beyond the findings, prepared once from the report.

The text, Markdown and HTML formats carry the same parts (the upgrade forecast, the regulations
and controls touched, the questions for the vendor, the changed settings, the outbound endpoints,
the advisories, the waivers, the baseline's trust); each lays them out its own way. Nothing here
computes a judgement: it reads the report's sections.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from auditor.model.report import Report

#: rows of a long list a terminal or a ticket shows (the JSON and HTML reports have all of them)
MAX_ROWS = 50


def show(value: Any) -> str:
    """A setting's value as the product's configuration would spell it (strings quoted)."""
    if isinstance(value, dict) and len(value) == 1 and "$expr" in value:
        return value["$expr"]
    if value is None:
        return "(not set)"
    if isinstance(value, str):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class Forecast:
    title: str
    summary: str
    items: list[dict] = field(default_factory=list)


def forecast(r: Report) -> Forecast | None:
    m = (r.sections.get("risk") or {}).get("migration")
    if not m:
        return None
    if m["direction"] == "reinstall":
        title = f"Reinstall of {m['from']} (no newer baseline to upgrade to)"
    elif m["direction"] == "downgrade":
        title = f"Downgrade forecast {m['from']} → {m['to']}"
    else:
        title = f"Upgrade forecast {m['from']} → {m['to']}"
    summary = f"migration risk {m['score']}/100 {m['level']}"
    if m["customised_files"]:
        summary += (f"; {m['lost_files']} of {m['customised_files']} customised files lost "
                    f"({m['lost_share'] * 100:.0f}%)")
    return Forecast(title, summary, m["items"])


def compliance(r: Report) -> dict | None:
    return (r.sections.get("risk") or {}).get("compliance") or None


def questions(r: Report) -> list[str]:
    c = compliance(r) or {}
    return [q["question"] for q in c.get("questions", [])]


def settings_changed(r: Report) -> list[dict]:
    s = r.sections.get("settings") or {}
    return s.get("changed") or []


def endpoints(r: Report) -> dict | None:
    e = r.sections.get("endpoints")
    return e if e and e.get("inventory") else None


def advisories(r: Report) -> dict | None:
    p = r.sections.get("patches")
    return p if p and p.get("advisories") else None


def waivers(r: Report) -> dict | None:
    return r.sections.get("waivers") or None


def gate(r: Report) -> str:
    """The gate in words: what fails it, or that it is off."""
    s = r.summary()
    waived = f", {s['waived']} waived" if s["waived"] else ""
    if r.fail_on == "never":
        return f"gate off (--fail-on never); {s['total']} finding(s){waived}"
    return f"{s['failing']} finding(s) at or above {r.fail_on}{waived}"


def scores(r: Report, limit: int = 4) -> str | None:
    """The candidates' identification scores (one measure, the identified release's own first)."""
    cands = [c for c in r.identification.candidates[:limit] if c.score > 0]
    if not cands:
        return None
    out = []
    for c in cands:
        mark = " (identified)" if r.identified_version and c.version == r.identified_version \
            and (r.product is None or c.product == r.product) else ""
        out.append(f"{c.version} {c.score:.2f}{mark}")
    return ", ".join(out)


def addons(r: Report) -> str | None:
    """The official add-ons installed, one line: "FAQ 7.0.2 (Znuny GmbH, 187/187 files official)"."""
    items = r.identification.addons
    if not items:
        return None
    return ", ".join(f"{a['package']} {a['version']} ({a['vendor'] + ', ' if a.get('vendor') else ''}"
                     f"{a['matching']}/{a['files']} files official)" for a in items)


def database(r: Report) -> str | None:
    """The database beside the tree, one line: source, web services, packages, the last deployment."""
    db = r.sections.get("database")
    if not db:
        return None
    pk = db["packages"]
    official = sum(1 for p in pk if p["official"])
    dep = db["deployment"]
    dep_text = "no deployment" if dep is None else (
        f"deployment {dep['id']} " + ("matches " if dep["same"] else "differs from ") + dep["file"])
    return (f"{db['source']} ({db['engine']}, {db['tables']} tables): {len(db['webservices'])} web service(s), "
            f"{len(pk)} package(s) ({official} official), {dep_text}"
            + (f"; {len(db['problems'])} not readable" if db["problems"] else ""))


def baseline_trust(r: Report) -> str | None:
    b = r.sections.get("baseline")
    if not b:
        return None
    signed = f"baselines signed by key {b['signed_by']}" if b.get("signed_by") else "baselines not signature-checked"
    return (f"{b['file']} ({b['product']} {b['version']}): trust {b['trust']['level']}, digests "
            f"{', '.join(b['trust']['digests'])}, {signed}")
