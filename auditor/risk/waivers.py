"""Waivers: accepted findings, with a justification and an expiry date.

A waiver file (``--waivers FILE``)::

    format_version: 1
    waivers:
      - id: AUD101-8d1e8ef133                 # a finding id ...
        justification: Routing change ordered by us, reviewed in CHG-1234
        expires: 2027-03-31                   # the last day it applies (required)
      - path: "Kernel/Config/Files/*.pm"      # ... or a path (glob) and a category
        category: added-file
        justification: Local configuration modules, see runbook section 4
        expires: 2027-01-31
        approved_by: j.doe                    # optional

A matching waiver that has not expired marks the finding as waived: every
format still shows it, marked, and it no longer fails the gate. An expired
waiver no longer applies (the report lists it); a waiver that matches nothing
is listed as unused, so stale waivers do not pile up. Dates are compared with
``--as-of DATE`` (default: today).
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor import paths, yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.model._fields import Fields, list_of, non_empty
from auditor.model.finding import Finding, Waiver


@dataclass
class WaiverRule:
    index: int
    justification: str
    expires: _dt.date
    id: str | None = None
    path: str | None = None
    category: str | None = None
    approved_by: str | None = None
    line: int | None = None

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "WaiverRule":
        f = Fields(data, where)
        rule = cls(int(where.split("[")[-1].rstrip("]")), f.req("justification", str, check=non_empty),
                   _date(f.req("expires", str, _dt.date), f.sub("expires"), f.line),
                   f.opt("id", str), f.opt("path", str), f.opt("category", str), f.opt("approved_by", str), f.line)
        f.done()
        if rule.id is None and (rule.path is None or rule.category is None):
            raise ValidationError(where, "a waiver needs an id, or a path and a category", line=f.line)
        return rule

    def matches(self, finding: Finding) -> bool:
        if self.id is not None:
            return finding.id == self.id
        path = paths.to_text(finding.path) if finding.path is not None else ""
        return finding.category == self.category and fnmatch.fnmatchcase(path, self.path)

    def describe(self) -> dict:
        return {"index": self.index, "id": self.id, "path": self.path, "category": self.category,
                "expires": self.expires.isoformat(), "justification": self.justification}


def _date(value: Any, where: str, line: int | None) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(where, f"expected a date YYYY-MM-DD, got {value!r}", line=line) from None


def load(path: str | Path) -> list[WaiverRule]:
    return yamlio.load_validated(path, lambda data: _build(data, path))


def _build(data, path) -> list[WaiverRule]:
    try:
        f = Fields(data, "")
        if f.req("format_version", int) != 1:
            raise f.error("format_version", "unsupported waiver format_version")
        rules = list_of(f.req("waivers", list), "waivers", WaiverRule.from_dict)
        f.done()
    except ValidationError as exc:
        raise exc.with_source(str(path)) from None
    return rules


def as_of(value: str | None) -> _dt.date:
    if value is None:
        return _dt.date.today()
    try:
        if len(value) != 10:
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise AuditorError(f"--as-of: expected a date YYYY-MM-DD, got {value!r}") from None


def apply(findings: list[Finding], rules: list[WaiverRule], today: _dt.date, source: str) -> dict:
    used: set[int] = set()
    expired_hits: list[dict] = []
    for finding in findings:
        for rule in rules:
            if not rule.matches(finding):
                continue
            used.add(rule.index)
            if rule.expires < today:
                expired_hits.append({"finding": finding.id, **rule.describe()})
                finding.evidence = dict(finding.evidence, waiver_expired=rule.describe())
                continue
            finding.waiver = Waiver(rule.justification, rule.expires.isoformat(), f"{source}#waivers[{rule.index}]")
            break
    return {
        "file": source,
        "as_of": today.isoformat(),
        "applied": sum(1 for f in findings if f.waiver is not None),
        "expired": expired_hits,
        "unused": [r.describe() for r in rules if r.index not in used],
    }


def apply_to(report, inputs) -> None:
    """Apply ``--waivers`` (read with the audit's inputs) to the findings; the report's ``waivers`` section
    says what happened."""
    if inputs.waiver_rules is None:
        return
    report.sections["waivers"] = apply(report.findings, inputs.waiver_rules, inputs.as_of, inputs.waiver_file)
