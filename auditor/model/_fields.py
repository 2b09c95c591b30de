"""Strict reading of plain dicts into typed dataclasses.

Every ``from_dict`` in the model goes through :class:`Fields`: required and
optional keys with their types, and an error for any key that is left over, so
a typo in a baseline, profile or feed is an error instead of being ignored.
Errors name the field path, e.g. ``entries[12].sha256``.
"""

from __future__ import annotations

from typing import Any, Callable

from auditor.errors import ValidationError
from auditor.lazyre import lazy

SEVERITIES = ("critical", "high", "medium", "low", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(reversed(SEVERITIES))}  # info=0 .. critical=4
SHA256_RE = lazy(r"^[0-9a-f]{64}$")

_MISSING = object()


def line_of(data: Any) -> int | None:
    """1-based source line of a mapping loaded with :mod:`auditor.yamlio` (or None)."""
    return getattr(data, "line", None)


class Fields:
    def __init__(self, data: Any, where: str = ""):
        if not isinstance(data, dict):
            raise ValidationError(where, f"expected a mapping, got {kind_of(data)}", line=line_of(data))
        self._data = dict(data)
        self.where = where
        self.line = line_of(data)

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def error(self, key: str, message: str) -> ValidationError:
        return ValidationError(self._path(key), message, line=self.line)

    def _take(self, key: str, types: tuple, default: Any, check: Callable[[Any], str | None] | None):
        value = self._data.pop(key, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                raise self.error(key, "required field is missing")
            return default
        if value is None and type(None) in types:
            return None
        if isinstance(value, bool) and bool not in types:
            raise self.error(key, f"expected {_names(types)}, got a boolean")
        if not isinstance(value, types):
            raise self.error(key, f"expected {_names(types)}, got {kind_of(value)} {_short(value)}")
        if check is not None:
            problem = check(value)
            if problem:
                raise self.error(key, problem)
        return value

    def has(self, key: str) -> bool:
        """Whether ``key`` is given and not yet taken."""
        return key in self._data

    def req(self, key: str, *types: type, check=None):
        return self._take(key, types, _MISSING, check)

    def opt(self, key: str, *types: type, default=None, check=None):
        return self._take(key, types + (type(None),), default, check)

    def sub(self, key: str) -> str:
        return self._path(key)

    def done(self) -> None:
        if self._data:
            extra = ", ".join(sorted(map(str, self._data)))
            raise ValidationError(self.where or "<top>", f"unknown field(s): {extra}", line=self.line)


def kind_of(value: Any) -> str:
    """What a YAML/JSON value is, in the user's words (never an internal class name)."""
    if value is None:
        return "null"
    for t, name in ((bool, "a boolean"), (int, "an integer"), (float, "a number"), (str, "a string"),
                    (dict, "a mapping"), (list, "a list")):
        if isinstance(value, t):
            return name
    return "a value of another type"


def _short(value: Any) -> str:
    """A value as shown in an error: at most 60 characters (numbers of any length included)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return "(a number of more than 60 digits)"
    text = repr(value) if not isinstance(value, (dict, list)) else ("{...}" if isinstance(value, dict) else "[...]")
    return text if len(text) <= 60 else text[:57] + "..."


def _names(types: tuple) -> str:
    names = [t.__name__ for t in types if t is not type(None)]
    mapping = {"str": "a string", "int": "an integer", "list": "a list", "dict": "a mapping",
               "bool": "a boolean", "float": "a number"}
    return " or ".join(mapping.get(n, n) for n in names)


def one_of(*allowed: str):
    def check(value):
        return None if value in allowed else f"must be one of {', '.join(allowed)}; got {value!r}"
    return check


def non_empty(value):
    return None if value else "must not be empty"


#: a release version as a product writes it: bounded, so that ordering never meets numbers of
#: thousands of digits (hostile feeds and baselines)
MAX_VERSION_LENGTH = 64
_LONG_DIGITS = lazy(r"\d{19}")


def version_text(value):
    text = str(value)
    if not text:
        return "must not be empty"
    if len(text) > MAX_VERSION_LENGTH:
        return f"a version of more than {MAX_VERSION_LENGTH} characters"
    if _LONG_DIGITS.search(text):
        return "a version with a number of more than 18 digits"
    if not text.isprintable() or any(c.isspace() for c in text):
        return "a version with a line break, blank or control character"
    return None


def sha256_hex(value):
    return None if SHA256_RE.match(value) else "expected 64 lower-case hex characters"


def regex(groups: int = 0):
    """Check that a value is a regular expression the linear-time engine runs (auditor.regex), with at
    least ``groups`` capture groups."""
    from auditor.regex import check
    return check(groups)


def severity(value):
    return one_of(*SEVERITIES)(value)


def list_of(items: Any, where: str, convert: Callable[[Any, str], Any]) -> list:
    if not isinstance(items, list):
        raise ValidationError(where, f"expected a list, got {kind_of(items)}", line=line_of(items))
    return [convert(item, f"{where}[{i}]") for i, item in enumerate(items)]
