"""Stage 7, report: interchangeable formatters behind one interface (auditor.report.base), given their options
when they are made (RenderOptions), and one ``write_all`` that renders a report in every format a run asks for.

Formatters are imported when a run asks for their format (``base.get``), not with this package.
"""

from auditor.report.base import FORMATTERS, MODULES, Formatter, RenderOptions, RuleDoc, get, names, write_all

__all__ = ["FORMATTERS", "MODULES", "Formatter", "RenderOptions", "RuleDoc", "get", "names", "write_all"]
