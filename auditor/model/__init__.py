"""The data model: plain typed dataclasses with explicit to/from dict and strict validation."""

from auditor.model.baseline import Baseline, Entry, Marker, Provenance, ToolInfo
from auditor.model.finding import Finding, make_finding_id
from auditor.model.report import Candidate, Identification, Report, Stats, TargetInfo

__all__ = [
    "Baseline", "Entry", "Marker", "Provenance", "ToolInfo",
    "Finding", "make_finding_id",
    "Candidate", "Identification", "Report", "Stats", "TargetInfo",
]
