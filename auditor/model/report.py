"""Report: everything one audit found, the single model every formatter renders."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from auditor.model._fields import SEVERITIES, SEVERITY_RANK, Fields, list_of, one_of
from auditor.model.baseline import ToolInfo
from auditor.model.finding import Finding

REPORT_FORMAT_VERSION = 1
TARGET_KINDS = ("directory", "archive", "image")


@dataclass
class TargetInfo:
    path: str
    kind: str
    root: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "kind": self.kind}
        if self.root:
            d["root"] = self.root
        return d

    @classmethod
    def from_dict(cls, data: Any, where: str = "target") -> "TargetInfo":
        f = Fields(data, where)
        out = cls(f.req("path", str), f.req("kind", str, check=one_of(*TARGET_KINDS)), f.opt("root", str))
        f.done()
        return out


@dataclass
class Candidate:
    version: str
    score: float
    product: str | None = None
    matched: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "product": self.product, "score": self.score, "matched": self.matched}

    @classmethod
    def from_dict(cls, data: Any, where: str = "candidate") -> "Candidate":
        f = Fields(data, where)
        version = f.req("version", str)
        product = f.opt("product", str)
        score = f.req("score", float, int)
        matched = f.opt("matched", int, default=0)
        f.done()
        return cls(version, float(score), product, matched)


@dataclass
class Identification:
    confidence: float
    mixed: bool
    candidates: list[Candidate] = field(default_factory=list)
    #: Files whose content is that of another release: [{version, files, paths}]
    mixed_with: list[dict[str, Any]] = field(default_factory=list)
    #: What every version marker in the tree says: [{path, kind, origin, value}]
    markers: list[dict[str, Any]] = field(default_factory=list)
    informative_files: int = 0
    #: share of the identified release's files present with their content
    coverage: float = 0.0
    #: share of the tree's files at the identified release's paths that are exactly the release's
    precision: float = 0.0
    #: tree files at paths the identified release does not have (reported as added files)
    extra_files: int = 0
    #: when nothing is identified: the best-scoring release, which the diff was made against
    nearest: dict[str, Any] | None = None
    #: official add-ons installed: [{product, package, version, vendor, frameworks, files, present, matching,
    #: replaces}] (written only when there is one)
    addons: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "confidence": self.confidence,
            "coverage": self.coverage,
            "precision": self.precision,
            "extra_files": self.extra_files,
            "nearest": self.nearest,
            "mixed": self.mixed,
            "candidates": [c.to_dict() for c in self.candidates],
            "mixed_with": self.mixed_with,
            "markers": self.markers,
            "informative_files": self.informative_files,
            **({"addons": self.addons} if self.addons else {}),
        }

    @classmethod
    def from_dict(cls, data: Any, where: str = "identification") -> "Identification":
        f = Fields(data, where)
        conf = f.req("confidence", float, int)
        mixed = f.req("mixed", bool)
        cands = list_of(f.opt("candidates", list, default=[]), f.sub("candidates"), Candidate.from_dict)
        mixed_with = f.opt("mixed_with", list, default=[])
        markers = f.opt("markers", list, default=[])
        informative = f.opt("informative_files", int, default=0)
        coverage = f.opt("coverage", float, int, default=0.0)
        precision = f.opt("precision", float, int, default=0.0)
        extra = f.opt("extra_files", int, default=0)
        nearest = f.opt("nearest", dict)
        addons = f.opt("addons", list, default=[])
        f.done()
        return cls(float(conf), mixed, cands, list(mixed_with), list(markers), informative, float(coverage),
                   float(precision), extra, nearest, list(addons))


@dataclass
class Stats:
    files: int
    bytes: int
    seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"files": self.files, "bytes": self.bytes, "seconds": self.seconds}

    @classmethod
    def from_dict(cls, data: Any, where: str = "stats") -> "Stats":
        f = Fields(data, where)
        out = cls(f.req("files", int), f.req("bytes", int), f.opt("seconds", float, int))
        f.done()
        return out


#: Optional sections that later pipeline stages add; each is plain JSON data
#: produced by the module named here, and documented in docs/report.schema.json.
SECTIONS = ("baseline", "settings", "endpoints", "patches", "changes", "database", "waivers", "risk", "drift")


@dataclass
class Report:
    tool: ToolInfo
    target: TargetInfo
    product: str | None
    claimed_version: str | None
    identified_version: str | None
    identification: Identification
    findings: list[Finding]
    stats: Stats
    fail_on: str = "high"
    profile: str | None = None
    ignored: int = 0
    generated_at: str | None = None
    sections: dict[str, Any] = field(default_factory=dict)
    format_version: int = REPORT_FORMAT_VERSION
    #: the product id the tree names itself (its product marker), when the profile has one
    claimed_product: str | None = None

    def __post_init__(self) -> None:
        self.findings.sort(key=Finding.sort_key)

    # -- derived views ---------------------------------------------------
    @property
    def active_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.waived]

    def failing(self, threshold: str | None = None) -> list[Finding]:
        """Findings that fail the gate: not waived and at or above the threshold."""
        threshold = threshold or self.fail_on
        if threshold == "never":
            return []
        rank = SEVERITY_RANK[threshold]
        return [f for f in self.active_findings if f.rank >= rank]

    @property
    def passed(self) -> bool:
        return not self.failing()

    def summary(self) -> dict[str, Any]:
        active = self.active_findings
        by_cat = Counter(f.category for f in active)
        by_sev = Counter(f.severity for f in active)
        return {
            "total": len(active),
            "waived": len(self.findings) - len(active),
            "by_category": dict(sorted(by_cat.items())),
            "by_severity": {s: by_sev.get(s, 0) for s in SEVERITIES},
            "ignored_paths": self.ignored,
            "fail_on": self.fail_on,
            "failing": len(self.failing()),
            "result": "pass" if self.passed else "fail",
        }

    # -- serialisation ---------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "format_version": self.format_version,
            "tool": self.tool.to_dict(),
            "target": self.target.to_dict(),
            "product": self.product,
            "profile": self.profile,
            "claimed_product": self.claimed_product,
            "claimed_version": self.claimed_version,
            "identified_version": self.identified_version,
            "identification": self.identification.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "stats": self.stats.to_dict(),
        }
        for name in SECTIONS:
            if name in self.sections:
                d[name] = self.sections[name]
        if self.generated_at is not None:
            d["generated_at"] = self.generated_at
        return d

    @classmethod
    def from_dict(cls, data: Any) -> "Report":
        f = Fields(data, "")
        fmt = f.req("format_version", int)
        if fmt != REPORT_FORMAT_VERSION:
            raise f.error("format_version", f"unsupported report format_version {fmt}")
        tool = ToolInfo.from_dict(f.req("tool", dict))
        target = TargetInfo.from_dict(f.req("target", dict))
        product = f.opt("product", str)
        profile = f.opt("profile", str)
        claimed_product = f.opt("claimed_product", str)
        claimed = f.opt("claimed_version", str)
        identified = f.opt("identified_version", str)
        ident = Identification.from_dict(f.req("identification", dict))
        findings = list_of(f.req("findings", list), "findings", Finding.from_dict)
        summary = f.req("summary", dict)
        stats = Stats.from_dict(f.req("stats", dict))
        generated = f.opt("generated_at", str)
        sections = {}
        for name in SECTIONS:
            value = f.opt(name, dict, list)
            if value is not None:
                sections[name] = value
        f.done()
        fail_on = summary.get("fail_on", "high")
        if fail_on not in SEVERITIES + ("never",):
            raise f.error("summary.fail_on", f"unknown threshold {fail_on!r}")
        return cls(tool, target, product, claimed, identified, ident, findings, stats, fail_on, profile,
                   int(summary.get("ignored_paths", 0)), generated, sections, fmt, claimed_product)


def read_report(path: str, what: str = "JSON report") -> Report:
    """A saved JSON report, read as an input (regular file, size cap) and strictly validated; any
    problem is one AuditorError naming the file (``render`` and ``audit --since``)."""
    from auditor.errors import AuditorError, ValidationError
    from auditor.safeio import read_input
    from auditor.yamlio import loads_json
    raw = read_input(path, what)
    try:
        data = loads_json(raw, str(path))
    except ValidationError as exc:
        raise AuditorError(f"{path}: not a JSON report: {exc.message}") from None
    try:
        return Report.from_dict(data)
    except ValidationError as exc:
        raise exc.with_source(path) from None
