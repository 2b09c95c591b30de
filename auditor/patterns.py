"""gitignore-style path patterns (pathspec), matched fast.

pathspec implements git's wildmatch rules; matching a path against a list of
patterns one by one costs a regex call per pattern. The regular expressions
pathspec compiles are also joined into one: a path that matches none of the
patterns (most paths) costs one regex call. When the list has no negated
(``!``) pattern that call is the answer; otherwise a path that matched
something goes through pathspec's own ordered matching (the last matching
pattern decides, as in git).
"""

from __future__ import annotations

import re
from typing import Iterable

import pathspec
import pathspec.patterns.gitignore

from auditor.errors import AuditorError


class PathPatterns:
    def __init__(self, patterns: Iterable[str] = ()):
        self.patterns = list(patterns)
        try:
            self.spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)
        except (pathspec.patterns.gitignore.GitIgnorePatternError, ValueError, re.error) as exc:
            raise AuditorError(f"invalid path pattern: {exc}") from None
        for text, compiled in zip(self.patterns, self.spec.patterns):
            if compiled.include is None and text.strip() and not text.lstrip().startswith("#"):
                # pathspec turns what git cannot read (an unclosed '[') into a pattern matching nothing
                raise AuditorError(f"invalid path pattern {text!r}: it can never match (an unclosed '['?)")
        active = [p for p in self.spec.patterns if p.include is not None]
        parts = [re.sub(r"\(\?P<[^>]+>", "(?:", p.regex.pattern) for p in active]
        self._any = re.compile("|".join(f"(?:{x})" for x in parts)) if parts else None
        self._exact = all(p.include for p in active)
        self._empty = not active

    def __bool__(self) -> bool:
        return not self._empty

    def match(self, path: str) -> bool:
        """True when ``path`` (a file, or a directory given with a trailing '/') matches."""
        if self._empty or self._any.match(path) is None:
            return False
        return True if self._exact else self.spec.match_file(path)

    def match_entry(self, path: str, is_dir: bool) -> bool:
        return self.match(path) or (is_dir and self.match(path + "/"))
