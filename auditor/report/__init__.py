"""Stage 6, report: interchangeable formatters behind one interface (auditor.report.base)."""

from auditor.report import html, json_format, junit, markdown, sarif, text  # noqa: F401
from auditor.report.base import FORMATTERS, Formatter, get, names

__all__ = ["FORMATTERS", "Formatter", "get", "names"]
