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

import functools
import re
from typing import Iterable

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


def _needle(rx: str) -> str | None:
    """None unless ``rx`` is one of _SHAPES with ASCII literals: one that Python's engine runs in linear
    time (at most one unbounded repeat before a '/' or a literal, nothing nested) and answers as RE2
    does on a path without a newline. For such a shape, a text every path it matches holds: its first
    literal, with the '/' that follows it where the shape has one."""
    for kind, shape in _SHAPES:
        m = shape.fullmatch(rx)
        if m is not None:
            lits = [_unescape(g) for g in m.groups()]
            plain = all(x and x.isascii() and x.isprintable() and not x.startswith("/") and not x.endswith("/")
                        and "//" not in x for x in lits) \
                and not (kind in ("suffix", "name", "name-dir") and "/" in lits[0]) \
                and not (kind == "dir-suffix" and "/" in lits[1])
            if not plain:
                return None
            return lits[0] + "/" if kind in ("dir", "dir-suffix", "name-dir", "dir-any") else lits[0]
    return None


# -- pathspec's translation of each pattern, kept ------------------------------------------------------------

#: pattern text -> (expression, include) as pathspec translated it in this process (include None: a blank
#: line or a comment)
_TRANSLATED: dict[str, tuple[str | None, bool | None]] = {}
#: the same, read from the cache directory's record (None: not read yet in this process)
_RECORDED: dict[str, tuple[str | None, bool | None]] | None = None
#: patterns kept in the record at most (the built-in profiles hold about 200)
RECORD_MAX = 1000


def _record_slot():
    """Where the translations are recorded: keyed by pathspec's installed files (its version) and this
    module's source; None when no cache may be used (no cache directory, a ``--require-signed`` run)."""
    from auditor import yamlio
    from auditor.cache import cache_dir
    if not yamlio.DOC_CACHE.get():
        return None
    base = cache_dir()
    key = _translator_key()
    return None if base is None or key is None else base / f"patterns-{key}.bin"


@functools.lru_cache(maxsize=1)
def _translator_key() -> str | None:
    """This module's source and the size and mtime of each of pathspec's installed files (found without
    importing it)."""
    import hashlib
    import importlib.util
    from pathlib import Path
    found = importlib.util.find_spec("pathspec")
    if found is None or not found.submodule_search_locations:
        return None
    root = Path(list(found.submodule_search_locations)[0])
    h = hashlib.sha256(Path(__file__).read_bytes())
    for f in sorted(root.rglob("*.py")):
        st = f.stat()
        h.update(f"{f.relative_to(root)} {st.st_size} {st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:32]


def _read_recorded() -> dict:
    import marshal

    from auditor.cache import read_record
    slot = _record_slot()
    blob = read_record(slot) if slot is not None else None
    if blob is None:
        return {}
    try:
        got = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(got, dict) or not all(
            isinstance(k, str) and isinstance(v, tuple) and len(v) == 2 and (v[0] is None or isinstance(v[0], str))
            and v[1] in (None, True, False) and (v[0] is None) == (v[1] is None) for k, v in got.items()):
        return {}
    return got


def _translate(texts: list[str]) -> list[tuple[str | None, bool | None]]:
    """(expression, include) of each gitignore pattern as pathspec translates it (include None: a blank line
    or a comment). pathspec (its import, and the compiling of each pattern) is needed only for a pattern
    no earlier run translated: the translations are kept in the cache directory (marshal data: strings,
    nothing that runs; a ``--require-signed`` run neither reads nor writes them). An expression read back
    is still run by RE2 unless it is one of the plain shapes (_needle), as one pathspec made is."""
    global _RECORDED
    from auditor import yamlio
    recorded = {}
    if yamlio.DOC_CACHE.get():
        if _RECORDED is None:
            _RECORDED = _read_recorded()
        recorded = _RECORDED
    missing = [t for t in dict.fromkeys(texts) if t not in _TRANSLATED and t not in recorded]
    if missing:
        import pathspec
        import pathspec.patterns.gitignore
        # pathspec leaves an empty line out of what it returns: only the others are paired with its patterns
        lines = [t for t in missing if t]
        try:
            got = pathspec.GitIgnoreSpec.from_lines(lines).patterns if lines else []
        except (pathspec.patterns.gitignore.GitIgnorePatternError, ValueError, re.error) as exc:
            raise AuditorError(f"invalid path pattern: {exc}") from None
        if len(got) != len(lines):
            raise AuditorError(f"invalid path pattern list: pathspec gave {len(got)} patterns for {len(lines)} lines")
        if "" in missing:
            _TRANSLATED[""] = (None, None)
        for text, compiled in zip(lines, got):
            if compiled.include is None and text.strip() and not text.lstrip().startswith("#"):
                # pathspec turns what git cannot read (an unclosed '[', a bare '/') into a pattern matching nothing
                why = "an unclosed '['?" if "[" in text else "it names no path"
                raise AuditorError(f"invalid path pattern {text!r}: it can never match ({why})")
            _TRANSLATED[text] = (None, None) if compiled.include is None else \
                (_plain(compiled.regex.pattern), compiled.include)
        slot = _record_slot()
        if slot is not None and len(recorded) + len(_TRANSLATED) <= RECORD_MAX:
            import marshal

            from auditor.cache import write_cache
            write_cache(slot, marshal.dumps({**recorded, **_TRANSLATED}))
    return [_TRANSLATED.get(t) or recorded[t] for t in texts]


class PathPatterns:
    def __init__(self, patterns: Iterable[str] = ()):
        self.patterns = list(patterns)
        active = [(rx, include) for rx, include in _translate(self.patterns) if include is not None]
        self._active = active
        self._exact = all(include for _, include in active)
        self._empty = not active
        #: all includes: the plain ones by Python's engine (faster to call than RE2's), the rest (if any)
        #: by one RE2 expression
        self._fast = None
        self._rest = None
        #: negated patterns among them, every one of a plain shape: the same ordered answer by Python's engine
        self._fast_ordered: list | None = None
        #: when every pattern is of a plain shape: a text from each, one of which any path that matches holds
        #: (most paths hold none: three substring tests instead of an expression of a dozen alternatives)
        self._needles: tuple[str, ...] | None = None
        needles = [_needle(rx) for rx, _ in active]       # each pattern's shape judged once
        if not self._exact and None not in needles:
            self._fast = re.compile("|".join(f"(?:{rx})" for rx, _ in active))
            self._fast_ordered = [(re.compile(rx), include) for rx, include in active]
            self._needles = tuple(dict.fromkeys(needles))
        if self._exact and active:
            fast = [rx for (rx, _), n in zip(active, needles) if n is not None]
            rest = [rx for (rx, _), n in zip(active, needles) if n is None]
            if fast:
                self._fast = re.compile("|".join(f"(?:{rx})" for rx in fast))
                self._rest = self._re2("|".join(f"(?:{rx})" for rx in rest)) if rest else None
                if not rest:
                    self._needles = tuple(dict.fromkeys(needles))
        #: RE2's expressions (every path when no fast path, else a path with a newline): compiled now unless
        #: every pattern is of a plain shape (RE2 then compiles them when a path with a newline comes)
        self._compiled: tuple | None = None
        if self._fast is None or self._rest is not None:
            self._re2_all()

    @staticmethod
    def _re2(rx: str):
        try:
            return linear.compile(rx)
        except linear.PatternError as exc:
            raise AuditorError(f"invalid path pattern: {exc}") from None

    def _re2_all(self) -> tuple:
        """(the patterns joined into one, each pattern with include) as RE2 expressions."""
        if self._compiled is None:
            active = self._active
            self._compiled = (self._re2("|".join(f"(?:{rx})" for rx, _ in active)) if active else None,
                              [(self._re2(rx), include) for rx, include in active])
        return self._compiled

    def __bool__(self) -> bool:
        return not self._empty

    def match(self, path: str) -> bool:
        """True when ``path`` (a file, or a directory given with a trailing '/') matches."""
        if self._empty:
            return False
        if self._fast is not None and "\n" not in path:
            needles = self._needles
            if needles is not None:
                for needle in needles:
                    if needle in path:
                        break
                else:
                    return False
            if self._fast_ordered is not None:
                return self._fast.match(path) is not None and self._last(self._fast_ordered, path)
            if self._fast.match(path) is not None:
                return True
            if self._rest is None:
                return False
            return self._rest.match(path if path.isascii() else linear.subject(path)) is not None
        if not path.isascii():
            path = linear.subject(path)
        joined, ordered = self._re2_all()
        if joined.match(path) is None:
            return False
        return True if self._exact else self._last(ordered, path)

    @staticmethod
    def _last(ordered: list, path: str) -> bool:
        """git's rule: the last pattern that matches decides."""
        for rx, include in reversed(ordered):
            if rx.match(path) is not None:
                return include
        return False

    def match_entry(self, path: str, is_dir: bool) -> bool:
        return self.match(path) or (is_dir and self.match(path + "/"))
