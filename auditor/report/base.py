"""One formatter interface for every output format (text, json, html, sarif, junit, markdown).

A formatter renders a :class:`auditor.model.report.Report` to a string; it
never computes anything the report does not hold, so every format shows the
same findings, waivers and pass/fail result.
"""

from __future__ import annotations

import dataclasses
import os
import math
from abc import ABC, abstractmethod
from typing import Any

from auditor.errors import AuditorError
from auditor.model.report import Report
from auditor.lazyre import lazy

FORMATTERS: dict[str, type["Formatter"]] = {}


@dataclasses.dataclass(frozen=True)
class RuleDoc:
    """What a format may say about a check (SARIF's rules): given by the caller, so that no formatter
    reads the check registry."""
    id: str
    name: str
    severity: str
    categories: tuple[str, ...]
    summary: str
    doc: str


@dataclasses.dataclass(frozen=True)
class RenderOptions:
    """Everything a formatter may be told besides the report, given when it is made."""
    #: terminal colours (text format on a terminal)
    color: bool = False
    #: the sha256 of this run's JSON report (the HTML page names it)
    json_sha256: str | None = None
    #: whether the JSON report is signed (the HTML page says how to check it)
    report_signed: bool = False
    #: where the audited tree lives in the repository that uploads SARIF (``--sarif-prefix``)
    sarif_prefix: str = ""
    #: check id -> its documentation (SARIF rules)
    rules: dict[str, RuleDoc] = dataclasses.field(default_factory=dict)


class Formatter(ABC):
    name: str = ""
    extension: str = ""
    description: str = ""

    def __init__(self, options: RenderOptions | None = None):
        self.options = options or RenderOptions()
        self.color = self.options.color

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole document as text (UTF-8 when written)."""


def formatter(cls: type[Formatter]) -> type[Formatter]:
    FORMATTERS[cls.name] = cls
    return cls


#: Format name -> the module of auditor.report that registers it; a run imports only the formatters it
#: writes (start-up time). tests/test_formats.py checks this against what the modules register.
MODULES = {"cyclonedx": "cyclonedx", "html": "html", "json": "json_format", "junit": "junit", "markdown": "markdown", "sarif": "sarif",
           "text": "text"}


def get(name: str, options: RenderOptions | None = None) -> Formatter:
    import importlib
    if name not in MODULES:
        raise AuditorError(f"unknown format {name!r} (known: {', '.join(names())})")
    importlib.import_module(f"auditor.report.{MODULES[name]}")
    return FORMATTERS[name](options)


def write_all(report: Report, outputs: dict[str, list[str | None]], options: RenderOptions, write) -> str | None:
    """Render ``report`` in every format asked for (format -> where: paths, or None for standard output) and
    hand each text to ``write(text, where)``. The JSON report is rendered first, once: its sha256 goes into
    the formats that name it (HTML). Returns the JSON text when it was asked for (to be signed)."""
    import hashlib

    from auditor.safeio import encode
    json_text = None
    if outputs.get("json"):
        json_text = get("json", options).render(report)
        options = dataclasses.replace(options, json_sha256=hashlib.sha256(encode(json_text)).hexdigest())
    plain = dataclasses.replace(options, color=False)     # colour only on standard output
    for name in sorted(outputs, key=lambda n: n != "json"):
        texts: dict[bool, str] = {}
        for where in outputs[name]:
            colored = options.color and where is None
            if name == "json":
                text = json_text
            elif colored not in texts:
                text = texts[colored] = get(name, options if colored else plain).render(report)
            else:
                text = texts[colored]
            write(text, where)
    return json_text


def names() -> list[str]:
    return sorted(MODULES)


def printable(text: str) -> str:
    """Text with every non-printable character (terminal escapes, bidi overrides, NUL, undecodable
    bytes ...) shown as the \\xNN escapes of its bytes, as paths are shown: what the tree holds is
    shown, never interpreted by a terminal or an editor. Line breaks and tabs stay."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable() or ch in "\n\t":
            out.append(ch)
        else:
            out.extend(f"\\x{b:02x}" for b in os.fsencode(ch))
    return "".join(out)


def one_line(text: str) -> str:
    """Like :func:`printable`, and a line break or tab is shown as its escape too: a value that is printed
    as one line can never start a line of its own (a forged "Result PASS")."""
    text = printable(text)
    if "\n" in text or "\r" in text or "\t" in text:
        text = text.replace("\r", "\\x0d").replace("\n", "\\x0a").replace("\t", "\\x09")
    return text


def deep_map(value: Any, fn, keep: frozenset = frozenset()) -> Any:
    """A copy of a report (dataclasses, dicts, lists) with ``fn`` applied to every string, except
    in the dataclass fields named in ``keep`` ("Class.field")."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {deep_map(k, fn) if isinstance(k, str) else k: deep_map(v, fn, keep) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(deep_map(v, fn, keep) for v in value)
    if isinstance(value, list):
        return [deep_map(v, fn, keep) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: deep_map(getattr(value, f.name), fn, keep) for f in dataclasses.fields(value)
                   if f.init and f"{type(value).__name__}.{f.name}" not in keep}
        return dataclasses.replace(value, **changes)
    return value


def terminal_safe(report: Report, lines: bool = False) -> Report:
    """The report with every string printable (for the text, Markdown, HTML and JUnit formats); with
    ``lines``, no string holds a line break either (the text format prints each as one line).
    Finding paths stay as they are: every formatter shows them through paths.to_text."""
    return deep_map(report, one_line if lines else printable, frozenset({"Finding.path"}))


_SURROGATE = lazy("[\ud800-\udfff]")


def json_safe(value: Any) -> Any:
    """Non-finite numbers (NaN, Infinity: not JSON) as their text, undecodable bytes of names and
    values as \\xNN (as paths are shown); everything else as is."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            return _SURROGATE.sub(lambda m: f"\\x{ord(m.group(0)) - 0xdc00:02x}" if m.group(0) >= "\udc80"
                                  else f"\\u{ord(m.group(0)):04x}", value)
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value
