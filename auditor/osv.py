"""OSV (Open Source Vulnerability format, ossf.github.io/osv-schema) for the advisory feeds.

Reading: a feed file (``--advisories``) may be an OSV record, a list of them, or an OSV API answer
(``{"vulns": [...]}``), in JSON or YAML (the PyPA advisory database keeps OSV as YAML). Each
``affected`` entry becomes an affected product: ``package.name`` (lower-case) is the product id
(``database_specific.auditor_product`` wins when present); ``ECOSYSTEM`` and ``SEMVER`` ranges
become ranges (event lists are read in order: each ``introduced`` opens a range that the next
``fixed``, ``last_affected`` or ``limit`` closes); an entry with only ``versions`` gives one range
per version. GIT ranges name commits, not releases, and are left out (said in ``notes``).
Severity: ``database_specific.severity`` (GitHub's CRITICAL / HIGH / MODERATE / LOW); without
it, ``medium`` and ``uncertain: true`` (the record carries no qualitative severity).

Writing (``auditor advisories export``): one ``<ID>.json`` per advisory, schema_version 1.6.0,
validated in the tests against the official OSV JSON schema. Products with a known OSV ecosystem
(profile-less registry products: ``--ecosystem product=PyPI``) get a ``package``; others keep the
product in ``database_specific.auditor_product``. ``fix_files`` (auditor's backport evidence) and
the qualitative severity travel in ``database_specific``, so an export reads back unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from auditor.errors import AuditorError, ValidationError
from auditor.model.advisory import ADVISORY_SEVERITIES, Advisory, Affected, FixFile, Range
from auditor.lazyre import lazy

SCHEMA_VERSION = "1.6.0"
#: ids OSV's schema accepts as they are (registered home databases auditor's feeds use)
_REGISTERED = lazy(r"^(CVE|GHSA|PYSEC|OSV|DSA|DLA|USN|RUSTSEC|GO)-")
_GH_SEVERITY = {"critical": "critical", "high": "high", "moderate": "medium", "medium": "medium", "low": "low"}


def is_osv(data: Any) -> bool:
    if isinstance(data, list):
        return bool(data) and all(isinstance(d, dict) and "id" in d and "format_version" not in d for d in data)
    if isinstance(data, dict):
        if "vulns" in data and "format_version" not in data:
            return True
        return "id" in data and "format_version" not in data and ("affected" in data or "modified" in data)
    return False


def records(data: Any) -> list[dict]:
    if isinstance(data, dict) and "vulns" in data:
        data = data["vulns"]
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(d, dict) for d in items):
        raise ValidationError("", "an OSV feed holds records (mappings)")
    return items


def _text(d: dict, key: str, where: str) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise ValidationError(f"{where}.{key}", "expected a string")
    return v


def _ranges(entry: dict, where: str, skipped: list[str]) -> list[Range]:
    out: list[Range] = []
    for i, r in enumerate(entry.get("ranges") or []):
        if not isinstance(r, dict):
            raise ValidationError(f"{where}.ranges[{i}]", "expected a mapping")
        if r.get("type") == "GIT":
            skipped.append("GIT range (commits, not releases)")
            continue
        if r.get("type") not in ("ECOSYSTEM", "SEMVER"):
            raise ValidationError(f"{where}.ranges[{i}].type", "expected ECOSYSTEM, SEMVER or GIT")
        start = None
        for j, ev in enumerate(r.get("events") or []):
            w = f"{where}.ranges[{i}].events[{j}]"
            if not isinstance(ev, dict) or len(ev) != 1:
                raise ValidationError(w, "an event has one key: introduced, fixed, last_affected or limit")
            (kind, value), = ev.items()
            value = str(value)
            if kind == "introduced":
                if start is not None:
                    out.append(Range.from_dict({"introduced": start}, w))
                start = value
            elif kind in ("fixed", "last_affected", "limit"):
                if start is None:
                    raise ValidationError(w, f"{kind} before any introduced event")
                out.append(Range.from_dict({"introduced": start, kind: value}, w))
                start = None
            else:
                raise ValidationError(w, f"unknown event {kind!r}")
        if start is not None:
            out.append(Range.from_dict({"introduced": start}, f"{where}.ranges[{i}]"))
    if not out and not skipped:
        for v in entry.get("versions") or []:
            out.append(Range.from_dict({"introduced": str(v), "last_affected": str(v)}, f"{where}.versions"))
    return out


def from_osv(rec: dict, where: str, source: str = "") -> Advisory:
    aid = _text(rec, "id", where)
    if not aid:
        raise ValidationError(f"{where}.id", "required field is missing")
    if aid.startswith("x_") and len(aid) > 2:
        aid = aid[2:]           # an unregistered database's id (auditor's export of a vendor's own ids)
    where = f"{where} ({aid})"
    db = rec.get("database_specific") if isinstance(rec.get("database_specific"), dict) else {}
    skipped: list[str] = []
    affected = []
    for i, entry in enumerate(rec.get("affected") or []):
        w = f"{where}.affected[{i}]"
        if not isinstance(entry, dict):
            raise ValidationError(w, "expected a mapping")
        edb = entry.get("database_specific") if isinstance(entry.get("database_specific"), dict) else {}
        pkg = entry.get("package") if isinstance(entry.get("package"), dict) else {}
        product = edb.get("auditor_product") or (str(pkg.get("name", "")).lower() or None)
        if not product:
            raise ValidationError(w, "names no package and no database_specific.auditor_product")
        ranges = _ranges(entry, w, skipped)
        if not ranges:
            continue
        fix_files = [FixFile.from_any(x, f"{w}.database_specific.fix_files") for x in edb.get("fix_files", [])]
        affected.append(Affected(product, tuple(ranges), tuple(fix_files)))
    if not affected:
        raise ValidationError(f"{where}.affected", "no release range auditor can compare (ECOSYSTEM, SEMVER or versions)")
    sev = str(db.get("severity", "")).lower()
    severity = _GH_SEVERITY.get(sev)
    uncertain = bool(db.get("uncertain", False))
    notes = [db["notes"]] if isinstance(db.get("notes"), str) and db.get("notes") else []
    if severity is None:
        severity, uncertain = "medium", True
        notes.append("the OSV record gives no qualitative severity: medium assumed")
    if skipped:
        notes.append("left out: " + ", ".join(sorted(set(skipped))))
    details = _text(rec, "details", where) or ""
    summary = _text(rec, "summary", where) or (re.split(r"(?<=\.)\s", details.strip(), 1)[0] if details else aid)
    published = db.get("published") or (_text(rec, "published", where) or _text(rec, "modified", where) or "")[:10]
    refs = [r["url"] for r in rec.get("references") or [] if isinstance(r, dict) and isinstance(r.get("url"), str)]
    data = {"id": aid, "aliases": [a for a in rec.get("aliases") or [] if isinstance(a, str)],
            "summary": summary[:500] or aid, "severity": severity, "published": published,
            "affected": [{"product": a.product, "ranges": [r.to_dict() for r in a.ranges],
                          "fix_files": [{"path": f.path, **({"sha256": f.sha256} if f.sha256 else {})}
                                        for f in a.fix_files]} for a in affected],
            "references": refs, "uncertain": uncertain, "notes": "; ".join(notes)}
    return Advisory.from_dict(data, where, source)


def _timestamp(published: str) -> str:
    parts = (published.split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def to_osv(a: Advisory, ecosystems: dict[str, str] | None = None) -> dict:
    if a.severity not in ADVISORY_SEVERITIES:
        raise AuditorError(f"{a.id}: severity {a.severity!r}")
    affected = []
    for aff in a.affected:
        events_ranges = []
        for r in aff.ranges:
            ev = [{"introduced": r.introduced}]
            for key in ("fixed", "last_affected", "limit"):
                if getattr(r, key) is not None:
                    ev.append({key: getattr(r, key)})
            events_ranges.append({"type": "ECOSYSTEM", "events": ev})
        entry: dict[str, Any] = {}
        eco = (ecosystems or {}).get(aff.product)
        if eco:
            entry["package"] = {"ecosystem": eco, "name": aff.product}
        entry["ranges"] = events_ranges
        edb: dict[str, Any] = {"auditor_product": aff.product}
        if aff.fix_files:
            edb["fix_files"] = [f.path if f.sha256 is None else {"path": f.path, "sha256": f.sha256}
                                for f in aff.fix_files]
        entry["database_specific"] = edb
        affected.append(entry)
    # OSV ids start with a registered database prefix; a vendor's own id (OSA-2018-01) goes out under
    # the schema's prefix for unregistered databases, ``x_``, and reads back as itself
    oid = a.id if _REGISTERED.match(a.id) else f"x_{a.id}"
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": oid, "modified": _timestamp(a.published),
                           "published": _timestamp(a.published)}
    if a.aliases:
        out["aliases"] = list(a.aliases)
    out["summary"] = a.summary
    if a.notes:
        out["details"] = a.notes
    out["affected"] = affected
    if a.references:
        out["references"] = [{"type": "ADVISORY", "url": u} for u in a.references]
    db: dict[str, Any] = {"severity": a.severity.upper() if a.severity != "medium" else "MODERATE",
                          "published": a.published}
    if a.uncertain:
        db["uncertain"] = True
    if a.notes:
        db["notes"] = a.notes
    out["database_specific"] = db
    return out
