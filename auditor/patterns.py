"""gitignore-style path patterns (pathspec), matched fast and in linear time.

pathspec implements git's wildmatch rules and compiles each pattern to a regular expression. Those
expressions are run by RE2 (auditor.regex), not by Python's backtracking engine: a pattern such as
``**********x`` (from ``--ignore`` or a profile) against a long path costs what the path is long,
not minutes. They are also joined into one: a path that matches none of the patterns (most paths)
costs one call. When the list has no negated (``!``) pattern that call is the answer; otherwise the
patterns are tried in order and the last one that matches decides, as in git.
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

    def __bool__(self) -> bool:
        return not self._empty

    def match(self, path: str) -> bool:
        """True when ``path`` (a file, or a directory given with a trailing '/') matches."""
        if self._empty:
            return False
        if not path.isascii():
            path = linear.subject(path)
        if self._any.match(path) is None:
            return False
        if self._exact:
            return True
        result = False
        for rx, include in self._ordered:
            if rx.match(path) is not None:
                result = include
        return result

    def match_entry(self, path: str, is_dir: bool) -> bool:
        return self.match(path) or (is_dir and self.match(path + "/"))
