"""Compliance risk: the regulations and controls the findings touch, and questions for the vendor.

Each active (not waived) finding maps to controls: those its evidence names
(a security rule's or the endpoint profile's ``controls``) plus those of its
category (``categories`` in knowledge/controls.yaml). The score adds up severity
weights (critical 20, high 8, medium 3, low 1) and is capped at 100; levels as
for migration risk. The penalties are the statutory maxima of each framework,
shown as context, not as a prediction.
"""

from __future__ import annotations

from auditor import paths
from auditor.knowledge.controls import catalogue, describe, questions as question_table
from auditor.risk.migration import level

WEIGHT = {"critical": 20, "high": 8, "medium": 3, "low": 1, "info": 0}
RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
MAX_PATHS = 10


def controls_of(finding) -> list[str]:
    ids = list(finding.evidence.get("controls") or [])
    ids += catalogue().get("categories", {}).get(finding.category, [])
    seen: list[str] = []
    for c in ids:
        if c not in seen and c in catalogue()["controls"]:
            seen.append(c)
    return seen


class _Fields(dict):
    def __missing__(self, key):
        return "?"


def _value(v) -> str:
    """An evidence value in a sentence: text as is, a setting's value as the configuration spells it."""
    if isinstance(v, str):
        return v
    if isinstance(v, dict) and len(v) == 1 and "$expr" in v:
        return str(v["$expr"])
    import json
    return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)


def _render(template: str, finding, extra: dict | None = None) -> str:
    ev = finding.evidence
    fields = _Fields({k: _value(v) for k, v in ev.items() if not isinstance(v, (dict, list)) or k in ("default",
                                                                                                      "effective")})
    if isinstance(ev.get("actual"), dict) and "target" in ev["actual"]:
        fields["target"] = ev["actual"]["target"]
    fields.update(path=paths.to_text(finding.path) if finding.path else "the system", message=finding.message)
    if isinstance(ev.get("missing"), list):
        fields["missing"] = ", ".join(map(str, ev["missing"]))
    if finding.category == "forged-manifest":
        listed = [f["path"] for f in ev.get("files", [])][:5]
        fields["listed"] = ", ".join(listed) + (", ..." if ev.get("vouched", 0) > len(listed) else "")
    if finding.category in ("weakened-setting", "insecure-setting"):
        unset = "(not set)"
        fields["now"] = "not set" if ev.get("effective") == unset else f"set to {_value(ev.get('effective'))}"
        fields["was"] = "the official release does not set it" if ev.get("default") == unset else \
            f"official default {_value(ev.get('default'))}"
    diff = ev.get("diff") if isinstance(ev.get("diff"), dict) else {}
    if diff.get("security"):
        fields["subjects"] = ", ".join(sorted({r["match"].lower() for r in diff["security"]})[:6])
    fields.update(extra or {})
    return template.format_map(fields)


def questions(findings, patches: dict | None) -> list[dict]:
    table = question_table()
    by_cat: dict[str, list] = {}
    # a rewritten checksum list has its own question; it is not asked about again as a modified file
    lists = {f.path for f in findings if f.category == "forged-manifest"}
    for f in findings:
        if f.category == "modified-file" and f.path in lists:
            continue
        by_cat.setdefault(f.category, []).append(f)
    out = []
    for category in sorted(by_cat, key=lambda c: (-max(RANK[f.severity] for f in by_cat[c]), c)):
        entry = table.get(category)
        if not entry:
            continue
        items = sorted(by_cat[category], key=lambda f: (-RANK[f.severity], f.path or "", f.id))
        if "one" in entry and (len(items) == 1 or "many" not in entry):
            for f in items[:MAX_PATHS]:
                out.append({"category": category, "findings": [f.id], "question": _render(entry["one"], f)})
        else:
            listed = [f.evidence["id"] if category == "missing-patch" else
                      (paths.to_text(f.path) if f.path else f.id) for f in items]
            extra = {"count": len(items), "paths": "(" + ", ".join(listed[:MAX_PATHS])
                     + (", ..." if len(listed) > MAX_PATHS else "") + ")",
                     "oldest": (patches or {}).get("oldest", {}) and patches["oldest"]["published"]}
            out.append({"category": category, "findings": [f.id for f in items],
                        "question": _render(entry["many"], items[0], extra)})
    return out


def assess(report) -> dict:
    active = report.active_findings
    frameworks: dict[str, dict] = {}
    controls: dict[str, dict] = {}
    score = 0
    for f in active:
        score += WEIGHT[f.severity]
        for cid in controls_of(f):
            c = controls.setdefault(cid, dict(describe(cid), findings=0, worst="info"))
            c["findings"] += 1
            if RANK[f.severity] > RANK[c["worst"]]:
                c["worst"] = f.severity
    for c in controls.values():
        fw = frameworks.setdefault(c["framework"], {"framework": c["framework"], "title": c["framework_title"],
                                                    "penalty": c["penalty"], "findings": 0, "worst": "info",
                                                    "controls": []})
        fw["controls"].append({k: c[k] for k in ("id", "ref", "title", "findings", "worst")})
    for f in active:
        for fw_name in {controls[c]["framework"] for c in controls_of(f)}:
            fw = frameworks[fw_name]
            fw["findings"] += 1
            if RANK[f.severity] > RANK[fw["worst"]]:
                fw["worst"] = f.severity
    for fw in frameworks.values():
        fw["controls"].sort(key=lambda c: (-RANK[c["worst"]], c["id"]))
    score = min(100, score)
    return {
        "score": score,
        "level": level(score),
        "frameworks": sorted(frameworks.values(), key=lambda f: (-RANK[f["worst"]], f["framework"])),
        "questions": questions(active, report.sections.get("patches")),
    }
