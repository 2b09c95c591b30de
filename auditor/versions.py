"""Ordering of product versions.

Products number their releases in different ways, so the ordering is a
*scheme* named by the product profile:

``dpkg`` (default)
    Debian's algorithm (python-debian): ``6.0.9 < 6.0.10``, ``5.0.3~rc1 < 5.0.3``,
    ``5.0.3 < 5.0.3+dfsg-3``. It fits most dotted product versions.
``pep440``
    Python's ordering (packaging).
``natural``
    Digit runs compared as numbers, everything else as text; accepts anything
    (used as a fallback when a string is not valid in the chosen scheme).
"""

from __future__ import annotations

import functools
import re

from debian.debian_support import Version as DebVersion
from packaging.version import InvalidVersion
from packaging.version import Version as PepVersion

SCHEMES = ("dpkg", "pep440", "natural")
_DIGITS = re.compile(r"(\d+)")
_LONG_RUN = re.compile(r"\d{19}")
_DPKG_OK = re.compile(r"^[0-9][A-Za-z0-9.+~:-]*$")


def _natural(v: str) -> tuple:
    """Digit runs compare as numbers by (length without leading zeros, digits): no int() of
    arbitrary length."""
    out = []
    for p in _DIGITS.split(v):
        if not p:
            continue
        if p.isdigit():
            d = p.lstrip("0")
            out.append((0, len(d), d))
        else:
            out.append((1, 0, p))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def sort_key(version: str, scheme: str = "dpkg"):
    """A key that orders versions; strings the scheme rejects sort by the natural key."""
    if len(version) > 64 or _LONG_RUN.search(version):
        return (0, None, _natural(version))   # beyond any real version: never parsed into numbers
    if scheme == "pep440":
        try:
            return (1, PepVersion(version), ())
        except InvalidVersion:
            pass
    elif scheme == "dpkg" and _DPKG_OK.match(version):
        return (1, DebVersion(version), ())
    return (0, None, _natural(version))


def compare(a: str, b: str, scheme: str = "dpkg") -> int:
    ka, kb = sort_key(a, scheme), sort_key(b, scheme)
    if ka[0] != kb[0]:
        # one parsed, one did not: compare both naturally
        ka, kb = _natural(a), _natural(b)
        return (ka > kb) - (ka < kb)
    if ka[0] == 1:
        return (ka[1] > kb[1]) - (ka[1] < kb[1])
    return (ka[2] > kb[2]) - (ka[2] < kb[2])


def sorted_versions(versions, scheme: str = "dpkg") -> list[str]:
    return sorted(versions, key=functools.cmp_to_key(lambda a, b: compare(a, b, scheme)))


def max_version(versions, scheme: str = "dpkg") -> str | None:
    ordered = sorted_versions(list(versions), scheme)
    return ordered[-1] if ordered else None
