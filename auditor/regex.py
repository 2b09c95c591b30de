r"""Regular expressions applied to what the tree holds, in linear time whatever the pattern and the text.

A pattern from a profile, a version marker (the profile's or one ``baseline build`` discovered), a
security rule, a configuration source or the command line (``--version-regex``, ``--commits``) is
run by RE2 (google-re2): no backtracking, so a line of 250,000 blanks after ``PRODUCT =`` costs
what it reads, not minutes. RE2 has no look-around and no back-reference: a pattern that needs one
is refused when it is loaded, with the reason, never run by a backtracking engine instead.

One look-ahead is taken over, because version markers (``baseline build`` discovers them, and the
baselines written so far hold them) end their version with it: ``(?![0-9]|\.[0-9])`` — "not followed
by a digit or by a dot and a digit" — at the end of the capture group or of the pattern is run as its
consuming equivalent ``(?:$|[^0-9.]|\.$|\.[^0-9])`` after the group. Group 1 and whether the pattern
matches are the same; only where the whole match ends differs, which no marker reads. Likewise the
look-behind ``(?<![0-9A-Za-z.])`` right after ``^[ \t]*`` (a marker with no text before the version)
is dropped: there the character before is a line start, a blank or a tab, never a letter, digit or dot.
"""

from __future__ import annotations

import functools

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False      # the reason comes back in the exception, not on stderr


class PatternError(ValueError):
    """A pattern RE2 cannot run (the message says why)."""


_BOUND = "(?![0-9]|\\.[0-9])"
_CONSUMING = "(?:$|[^0-9.]|\\.$|\\.[^0-9])"


_LINE_START = "^[ \\t]*"
_BEHIND = "(?<![0-9A-Za-z.])"


def _linear_form(pattern: str) -> str:
    """The version bounds of markers (see the module's docstring) in a form RE2 runs."""
    pattern = pattern.replace(_LINE_START + _BEHIND, _LINE_START)
    if _BOUND not in pattern:
        return pattern
    pattern = pattern.replace(_BOUND + ")", ")" + _CONSUMING)
    if pattern.endswith(_BOUND):
        pattern = pattern[:-len(_BOUND)] + _CONSUMING
    return pattern


@functools.lru_cache(maxsize=4096)
def compile(pattern: str):
    """The pattern compiled by RE2 (the same API as ``re``'s: search, match, fullmatch, finditer, sub)."""
    try:
        return re2.compile(_linear_form(pattern), _OPTIONS)
    except re2.error as exc:
        raise PatternError(_reason(exc)) from None
    except (TypeError, ValueError) as exc:
        raise PatternError(str(exc)) from None


def _reason(exc) -> str:
    text = exc.args[0] if exc.args else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if "invalid perl operator" in text or "invalid escape" in text and "\\" in text:
        text += " (look-around and back-references are not supported: patterns run in linear time)"
    return text


def subject(text: str) -> str:
    """Text RE2 can take: a name with bytes that are not UTF-8 (held as surrogate escapes) has each such
    byte as U+FFFD, one character for one byte, so that ``?`` and ``*`` still count it and no literal
    of a pattern matches it."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def check(groups: int = 0):
    """A field check (auditor.model._fields): the value is a pattern RE2 can run, with at least ``groups``
    capture groups."""
    def run(value):
        try:
            compiled = compile(value)
        except PatternError as exc:
            return f"invalid regular expression: {exc}"
        if compiled.groups < groups:
            return "the pattern needs a capture group for the version"
        return None
    return run
