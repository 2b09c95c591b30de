"""Stage 6, report: interchangeable formatters behind one interface (auditor.report.base).

Formatters are imported when a run asks for their format (``base.get``), not with this package.
"""

from auditor.report.base import FORMATTERS, MODULES, Formatter, get, names

__all__ = ["FORMATTERS", "MODULES", "Formatter", "get", "names"]
