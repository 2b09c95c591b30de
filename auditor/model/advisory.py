"""Advisory feeds (OSV style): which releases of which product an advisory affects.

A feed is YAML::

    format_version: 1
    advisories:
      - id: OSA-2018-01
        aliases: [CVE-2018-11563]
        summary: Customer can disclose internal article information through the ticket overview
        severity: medium                 # critical | high | medium | low
        published: "2018-05-04"          # YYYY-MM-DD, YYYY-MM or YYYY
        affected:
          - product: otrs                # the baseline product id (exact, case-insensitive)
            ranges:
              - {introduced: "6.0.0", fixed: "6.0.7"}     # fixed: first release with the fix
              - {introduced: "6.0.1", limit: "6.1"}       # limit: no fix in this line
              - {introduced: "5.0.0", last_affected: "5.0.36"}
            fix_files: [Kernel/Modules/CustomerTicketOverview.pm]  # optional, for backport detection
        references: [https://...]
        uncertain: false                 # true when the source facts are incomplete
        notes: ...

A version V is affected by a range when ``introduced <= V`` and ``V < fixed``
(or ``V <= last_affected``, or ``V < limit``); ``introduced: "0"`` means from
the first release. Versions are ordered by the product profile's scheme.
``fix_files`` may carry explicit hashes (``{path, sha256}``); plain paths take
their fixed content from the baseline of the ``fixed`` release when it exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditor import versions
from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of, sha256_hex, version_text
from auditor.lazyre import lazy

ADVISORY_SEVERITIES = ("critical", "high", "medium", "low")
_DATE = lazy(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _published(value) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY, and a real date (no 2020-02-30)."""
    text = str(value)
    if not _DATE.match(text):
        return "expected a date: YYYY-MM-DD, YYYY-MM or YYYY"
    import datetime
    parts = [int(x) for x in text.split("-")] + [1, 1]
    try:
        datetime.date(parts[0], parts[1], parts[2])
    except ValueError as exc:
        return f"not a real date: {text} ({exc})"
    return None


@dataclass(frozen=True)
class Range:
    introduced: str
    fixed: str | None = None
    last_affected: str | None = None
    limit: str | None = None

    def contains(self, version: str, scheme: str) -> bool:
        if self.introduced != "0" and versions.compare(version, self.introduced, scheme) < 0:
            return False
        if self.fixed is not None:
            return versions.compare(version, self.fixed, scheme) < 0
        if self.last_affected is not None:
            return versions.compare(version, self.last_affected, scheme) <= 0
        if self.limit is not None:
            return versions.compare(version, self.limit, scheme) < 0
        return True

    def to_dict(self) -> dict:
        d = {"introduced": self.introduced}
        for k in ("fixed", "last_affected", "limit"):
            if getattr(self, k) is not None:
                d[k] = getattr(self, k)
        return d

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Range":
        f = Fields(data, where)
        out = cls(str(f.req("introduced", str, int, float, check=version_text)), _opt_version(f, "fixed"), _opt_version(f, "last_affected"),
                  _opt_version(f, "limit"))
        f.done()
        if sum(x is not None for x in (out.fixed, out.last_affected, out.limit)) > 1:
            raise ValidationError(where, "give one of fixed, last_affected, limit", line=f.line)
        return out


def _opt_version(f: Fields, key: str) -> str | None:
    v = f.opt(key, str, int, float, check=version_text)
    return None if v is None else str(v)


@dataclass(frozen=True)
class FixFile:
    path: str
    sha256: str | None = None

    @classmethod
    def from_any(cls, data: Any, where: str) -> "FixFile":
        if isinstance(data, str) and data:
            return cls(data)
        f = Fields(data, where)
        out = cls(f.req("path", str, check=non_empty), f.opt("sha256", str, check=sha256_hex))
        f.done()
        return out


@dataclass(frozen=True)
class Affected:
    product: str
    ranges: tuple[Range, ...]
    fix_files: tuple[FixFile, ...] = ()

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Affected":
        f = Fields(data, where)
        product = f.req("product", str, check=non_empty)
        ranges = list_of(f.req("ranges", list), f.sub("ranges"), Range.from_dict)
        fix_files = list_of(f.opt("fix_files", list, default=[]), f.sub("fix_files"), FixFile.from_any)
        f.done()
        if not ranges:
            raise ValidationError(f.sub("ranges"), "at least one range is needed", line=f.line)
        return cls(product, tuple(ranges), tuple(fix_files))

    def matches(self, product: str) -> bool:
        return self.product.casefold() == product.casefold()


@dataclass
class Advisory:
    id: str
    summary: str
    severity: str
    published: str
    affected: list[Affected]
    aliases: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    uncertain: bool = False
    notes: str = ""
    source: str = ""

    def ranges_for(self, product: str) -> list[tuple[Affected, Range]]:
        return [(a, r) for a in self.affected if a.matches(product) for r in a.ranges]

    def affects(self, product: str, version: str, scheme: str) -> tuple[Affected, Range] | None:
        for a, r in self.ranges_for(product):
            if r.contains(version, scheme):
                return a, r
        return None

    def summary_dict(self) -> dict:
        return {"id": self.id, "aliases": list(self.aliases), "summary": self.summary, "severity": self.severity,
                "published": self.published, "references": list(self.references), "uncertain": self.uncertain,
                "notes": self.notes}

    @classmethod
    def from_dict(cls, data: Any, where: str, source: str = "") -> "Advisory":
        f = Fields(data, where)
        aid = f.req("id", str, check=non_empty)
        where_id = f"{where} ({aid})"
        f.where = where_id
        adv = cls(
            id=aid,
            aliases=_strs(f.opt("aliases", list, default=[]), f"{where_id}.aliases"),
            summary=f.req("summary", str, check=non_empty),
            severity=f.req("severity", str, check=one_of(*ADVISORY_SEVERITIES)),
            published=str(f.req("published", str, int, check=_published)),
            affected=list_of(f.req("affected", list), f"{where_id}.affected", Affected.from_dict),
            references=_strs(f.opt("references", list, default=[]), f"{where_id}.references"),
            uncertain=f.opt("uncertain", bool, default=False),
            notes=f.opt("notes", str, default=""),
            source=source,
        )
        f.done()
        if not adv.affected:
            raise ValidationError(f"{where_id}.affected", "at least one affected product is needed", line=f.line)
        return adv


def _strs(value: list, where: str) -> list[str]:
    for i, v in enumerate(value):
        if not isinstance(v, str) or not v:
            raise ValidationError(f"{where}[{i}]", "expected a non-empty string")
    return list(value)
