"""JSON: the report model as is (schema: docs/report.schema.json). Byte-identical for identical input."""

from __future__ import annotations

import json

from auditor.model.report import Report
from auditor.report.base import Formatter, formatter, json_safe


def dumps(data) -> str:
    """Strict JSON (never NaN or Infinity, never a lone surrogate), byte-identical for equal data."""
    return json.dumps(json_safe(data), indent=2, ensure_ascii=False, sort_keys=False, allow_nan=False) + "\n"


@formatter
class JsonFormatter(Formatter):
    name = "json"
    extension = ".json"
    description = "the full report as JSON (a public interface; see docs/report.schema.json)"

    def render(self, report: Report) -> str:
        return dumps(report.to_dict())
