"""One formatter interface for every output format (text, json, html, sarif, junit, markdown).

A formatter renders a :class:`auditor.model.report.Report` to a string; it
never computes anything the report does not hold, so every format shows the
same findings, waivers and pass/fail result.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from auditor.errors import AuditorError
from auditor.model.report import Report

FORMATTERS: dict[str, type["Formatter"]] = {}


class Formatter(ABC):
    name: str = ""
    extension: str = ""
    description: str = ""

    def __init__(self, color: bool = False):
        self.color = color

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole document as text (UTF-8 when written)."""


def formatter(cls: type[Formatter]) -> type[Formatter]:
    FORMATTERS[cls.name] = cls
    return cls


def get(name: str, color: bool = False) -> Formatter:
    from auditor import report as _all  # noqa: F401  (imports every formatter)
    try:
        return FORMATTERS[name](color=color)
    except KeyError:
        raise AuditorError(f"unknown format {name!r} (known: {', '.join(sorted(FORMATTERS))})") from None


def names() -> list[str]:
    from auditor import report as _all  # noqa: F401
    return sorted(FORMATTERS)
