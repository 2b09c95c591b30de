"""Module-level regular expressions compiled when first used.

An audit imports a hundred of auditor's modules, whose module-level patterns took 20-35 ms to compile
at every start (a fifth of them: the unicode classes of the YAML writer, the security-subject patterns of
the diff); most are not used by a given run. ``lazy(pattern, flags)`` stands for ``re.compile(pattern,
flags)``: the first attribute read compiles it, and from then on its methods are the compiled pattern's
own, bound (no indirection per call). It is not a ``re.Pattern``: pass ``.compiled`` where one is needed.
"""

from __future__ import annotations

import re

_TAKEN = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
          "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """``re.compile(pattern, flags)``, made at the first attribute read (see the module's docstring)."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.source = (pattern, flags)

    def __getattr__(self, name: str):
        if name == "source":
            raise AttributeError(name)
        compiled = re.compile(*self.source)
        self.__dict__.update({attr: getattr(compiled, attr) for attr in _TAKEN}, compiled=compiled)
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.source[0]!r}, {self.source[1]!r})"


def lazy(pattern: str | bytes, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
