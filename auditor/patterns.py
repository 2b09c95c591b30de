"""gitignore-style path patterns (pathspec), matched fast and in linear time.

pathspec implements git's wildmatch rules and compiles each pattern to a regular expression. Those
expressions are run by RE2 (auditor.regex), not by Python's backtracking engine: a pattern such as
``**********x`` (from ``--ignore`` or a profile) against a long path costs what the path is long,
not minutes. They are also joined into one: a path that matches none of the patterns (most paths)
costs one call. When the list has no negated (``!``) pattern that call is the answer; otherwise the
patterns are tried in order and the last one that matches decides, as in git.

Most patterns a profile or a user writes are plain names: a path (``Kernel/Config.pm``, ``var/tmp/``), a
directory and a suffix (``Kernel/Config/Files/XML/*.xml``), a suffix or a name at any depth (``*.pl~``,
``CVS``). The expressions pathspec made of those (each recognised whole, by its exact shape: ASCII
literals and at most one unbounded repeat, so no input makes them backtrack more than linearly) are run
by Python's engine, which is cheaper to call per path than RE2: when every pattern is an include, the
plain ones by Python's engine and the others by RE2; with a negated pattern among them, all by Python's
engine if all are plain, else all by RE2. On a path without a newline both engines answer these alike
(tests/test_patterns.py holds them equal on random patterns and paths); a path with a newline (where
``$`` differs) goes to RE2 alone.
"""

from __future__ import annotations

import re
from typing import Iterable

import pathspec
import pathspec.patterns.gitignore

from auditor import regex as linear
from auditor.errors import AuditorError


def _plain(rx: str) -> str:
    return re.sub(r"\(\?P<[^>]+>", "(?:", rx)


#: a literal as pathspec writes one into a regular expression: characters that are not special, and
#: escaped punctuation (never an escape such as \d); ASCII only
_LIT = r"(?:\\[!-/:-@\[-`{-~ ]|[A-Za-z0-9_\-,;:!<>=@'\"%&#~` /])+"
#: the shapes of pathspec's expressions that the fast path answers (L: a literal with a '/', S: a
#: literal without one)
_SHAPES = [
    ("dir", re.compile(rf"\^({_LIT})\(\?:/\)")),                                   # var/tmp/
    ("path", re.compile(rf"\^({_LIT})\(\?:\(\?:/\)\|\$\)")),                   # Kernel/Config.pm
    ("suffix", re.compile(rf"\^\(\?:\.\+/\)\?\[\^/\]\*({_LIT})\(\?:\(\?:/\)\|\$\)")),   # *.pl~
    ("name", re.compile(rf"\^\(\?:\.\+/\)\?({_LIT})\(\?:\(\?:/\)\|\$\)")),                 # CVS
    ("dir-suffix", re.compile(rf"\^({_LIT})/\[\^/\]\*({_LIT})\(\?:\(\?:/\)\|\$\)")),      # XML/*.xml
    ("name-dir", re.compile(rf"\^\(\?:\.\+/\)\?({_LIT})\(\?:/\)")),                           # node_modules/
    ("dir", re.compile(rf"\^({_LIT})/")),                                                # x/**
    ("dir-any", re.compile(rf"\^({_LIT})/\[\^/\]\+\(\?:\(\?:/\)\|\$\)")),                 # foo/*
]


def _unescape(lit: str) -> str:
    return re.sub(r"\\(.)", r"\1", lit)


def _plain_shape(rx: str) -> bool:
    """True when ``rx`` is one of _SHAPES with ASCII literals: one that Python's engine runs in linear
    time (at most one unbounded repeat before a '/' or a literal, nothing nested) and answers as RE2
    does on a path without a newline."""
    for kind, shape in _SHAPES:
        m = shape.fullmatch(rx)
        if m is not None:
            lits = [_unescape(g) for g in m.groups()]
            return all(x and x.isascii() and x.isprintable() and not x.startswith("/") and not x.endswith("/")
                       and "//" not in x for x in lits) \
                and not (kind in ("suffix", "name", "name-dir") and "/" in lits[0]) \
                and not (kind == "dir-suffix" and "/" in lits[1])
    return False


class PathPatterns:
    def __init__(self, patterns: Iterable[str] = ()):
        self.patterns = list(patterns)
        try:
            self.spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)
        except (pathspec.patterns.gitignore.GitIgnorePatternError, ValueError, re.error) as exc:
            raise AuditorError(f"invalid path pattern: {exc}") from None
        for text, compiled in zip(self.patterns, self.spec.patterns):
            if compiled.include is None and text.strip() and not text.lstrip().startswith("#"):
                # pathspec turns what git cannot read (an unclosed '[', a bare '/') into a pattern matching nothing
                why = "an unclosed '['?" if "[" in text else "it names no path"
                raise AuditorError(f"invalid path pattern {text!r}: it can never match ({why})")
        active = [p for p in self.spec.patterns if p.include is not None]
        try:
            self._ordered = [(linear.compile(_plain(p.regex.pattern)), p.include) for p in active]
            self._any = linear.compile("|".join(f"(?:{_plain(p.regex.pattern)})" for p in active)) if active \
                else None
        except linear.PatternError as exc:
            raise AuditorError(f"invalid path pattern: {exc}") from None
        self._exact = all(p.include for p in active)
        self._empty = not active
        #: all includes: the plain ones by Python's engine (faster to call than RE2's), the rest (if any)
        #: by one RE2 expression
        self._fast = None
        self._rest = None
        #: negated patterns among them, every one of a plain shape: the same ordered answer by Python's engine
        self._fast_ordered: list | None = None
        if not self._exact and all(_plain_shape(_plain(p.regex.pattern)) for p in active):
            self._fast = re.compile("|".join(f"(?:{_plain(p.regex.pattern)})" for p in active))
            self._fast_ordered = [(re.compile(_plain(p.regex.pattern)), p.include) for p in active]
        if self._exact and active:
            fast, rest = [], []
            for p in active:
                rx = _plain(p.regex.pattern)
                (fast if _plain_shape(rx) else rest).append(rx)
            if fast:
                self._fast = re.compile("|".join(f"(?:{rx})" for rx in fast))
                self._rest = linear.compile("|".join(f"(?:{rx})" for rx in rest)) if rest else None

    def __bool__(self) -> bool:
        return not self._empty

    def match(self, path: str) -> bool:
        """True when ``path`` (a file, or a directory given with a trailing '/') matches."""
        if self._empty:
            return False
        if self._fast is not None and "\n" not in path:
            if self._fast_ordered is not None:
                return self._fast.match(path) is not None and self._last(self._fast_ordered, path)
            if self._fast.match(path) is not None:
                return True
            if self._rest is None:
                return False
            return self._rest.match(path if path.isascii() else linear.subject(path)) is not None
        if not path.isascii():
            path = linear.subject(path)
        if self._any.match(path) is None:
            return False
        return True if self._exact else self._last(self._ordered, path)

    @staticmethod
    def _last(ordered: list, path: str) -> bool:
        """git's rule: the last pattern that matches decides."""
        for rx, include in reversed(ordered):
            if rx.match(path) is not None:
                return include
        return False

    def match_entry(self, path: str, is_dir: bool) -> bool:
        return self.match(path) or (is_dir and self.match(path + "/"))
