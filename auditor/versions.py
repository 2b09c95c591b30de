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

from packaging.version import InvalidVersion
from packaging.version import Version as PepVersion
from auditor.lazyre import lazy

SCHEMES = ("dpkg", "pep440", "natural")
_DIGITS = lazy(r"(\d+)")
_LONG_RUN = lazy(r"\d{19}")
_DPKG_OK = lazy(r"^[0-9][A-Za-z0-9.+~:-]*$")


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


_SIMPLE = lazy(r"[0-9]+(?:\.[0-9]+)*\Z")
_DPKG_SPLIT = lazy(r"^((?P<epoch>\d+):)?(?P<upstream>[A-Za-z0-9.+:~-]+?)(-(?P<revision>[A-Za-z0-9+.~]+))?$")
_TOKENS = lazy(r"\d+|\D+")


def _char_order(ch: str) -> int:
    if ch == "~":
        return -1
    if ch.isdigit():
        return int(ch) + 1
    if ch.isascii() and ch.isalpha():
        return ord(ch)
    return ord(ch) + 256


def _dpkg_tokens(part: str) -> tuple:
    """A version part as Debian's comparison walks it: runs of digits and of other characters, each
    as (number or None, character orders)."""
    return tuple((int(t) if t.isdigit() else None, tuple(_char_order(c) for c in t)) for t in _TOKENS.findall(part))


_ZERO = (0, (1,))     # the token "0" that stands in for a missing one


def _cmp_tokens(la: tuple, lb: tuple) -> int:
    for i in range(max(len(la), len(lb))):
        a = la[i] if i < len(la) else _ZERO
        b = lb[i] if i < len(lb) else _ZERO
        if a[0] is not None and b[0] is not None:
            if a[0] != b[0]:
                return -1 if a[0] < b[0] else 1
            continue
        oa, ob = a[1], b[1]
        for j in range(max(len(oa), len(ob))):
            x = oa[j] if j < len(oa) else 0
            y = ob[j] if j < len(ob) else 0
            if x != y:
                return -1 if x < y else 1
    return 0


@functools.total_ordering
class DpkgKey:
    """A Debian version parsed once, ordered exactly as python-debian's ``Version`` orders it (its
    native algorithm: epoch, then the upstream version, then the revision, each compared token by
    token, a missing token counting as "0"). python-debian splits both strings again on every
    comparison; sorting 500 releases took 0.2 s, with this key 0.01 s. tests/test_versions.py checks
    the two agree."""

    __slots__ = ("epoch", "upstream", "revision", "simple")

    def __init__(self, version: str):
        m = _DPKG_SPLIT.match(version)
        if m is None or (m.group("epoch") is None and ":" in m.group("upstream")):
            raise ValueError(f"invalid Debian version {version!r}")
        self.epoch = int(m.group("epoch") or "0")
        self.upstream = _dpkg_tokens(m.group("upstream") or "0")
        self.revision = _dpkg_tokens(m.group("revision") or "0")
        #: numbers joined by dots only (``6.0.30``): two such keys order as their tuples of numbers (a
        #: shorter prefix first, as dpkg puts the ``.`` of the longer one after its missing "0")
        self.simple = tuple(map(int, version.split("."))) if _SIMPLE.match(version) else None

    def _cmp(self, other: "DpkgKey") -> int:
        if self.epoch != other.epoch:
            return -1 if self.epoch < other.epoch else 1
        return _cmp_tokens(self.upstream, other.upstream) or _cmp_tokens(self.revision, other.revision)

    def __eq__(self, other) -> bool:
        if not isinstance(other, DpkgKey):
            return False
        if self.simple is not None and other.simple is not None:
            return self.simple == other.simple
        return self._cmp(other) == 0

    def __lt__(self, other: "DpkgKey") -> bool:
        if self.simple is not None and other.simple is not None:
            return self.simple < other.simple
        return self._cmp(other) < 0

    def __hash__(self) -> int:
        return hash(self.epoch)     # equal keys have equal epochs ("1.0" equals "1.00")


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
        return (1, DpkgKey(version), ())
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
