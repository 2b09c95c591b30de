"""Finding: one thing the audit saw, with its evidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from auditor import paths
from auditor.model._fields import SEVERITY_RANK, Fields, non_empty, severity


def make_finding_id(check_id: str, category: str, path: str | None, key: str = "") -> str:
    """A stable id: the same finding on the same path gets the same id in every run.

    It depends on the check, the category, the path and an optional key (a
    setting name, a host), never on the order of findings or on the run.
    """
    raw = "\0".join((check_id, category, path or "", key)).encode("utf-8", "surrogateescape")
    return f"{check_id}-{hashlib.sha256(raw).hexdigest()[:10]}"


@dataclass
class Waiver:
    """Why a finding is accepted, and until when (see auditor.risk.waivers)."""

    justification: str
    expires: str | None
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {"justification": self.justification, "expires": self.expires, "source": self.source}

    @classmethod
    def from_dict(cls, data: Any, where: str = "waiver") -> "Waiver":
        f = Fields(data, where)
        out = cls(f.req("justification", str), f.opt("expires", str), f.req("source", str))
        f.done()
        return out


@dataclass
class Finding:
    id: str
    check: str
    category: str
    severity: str
    path: str | None
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)
    waiver: Waiver | None = None

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    def sort_key(self):
        return (-self.rank, self.category, self.path or "", self.id)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "check": self.check,
            "category": self.category,
            "severity": self.severity,
            "path": None if self.path is None else paths.to_text(self.path),
            "message": self.message,
            "evidence": self.evidence,
        }
        if self.waiver is not None:
            d["waiver"] = self.waiver.to_dict()
        return d

    @classmethod
    def from_dict(cls, data: Any, where: str = "finding") -> "Finding":
        f = Fields(data, where)
        fid = f.req("id", str, check=non_empty)
        check = f.req("check", str, check=non_empty)
        category = f.req("category", str, check=non_empty)
        sev = f.req("severity", str, check=severity)
        path = f.opt("path", str)
        message = f.req("message", str)
        evidence = f.opt("evidence", dict, default={})
        waiver = f.opt("waiver", dict)
        f.done()
        return cls(fid, check, category, sev, None if path is None else paths.from_text(path), message,
                   dict(evidence or {}), None if waiver is None else Waiver.from_dict(waiver, f.sub("waiver")))
