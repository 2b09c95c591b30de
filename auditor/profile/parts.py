"""The parts of a profile: path classes, detectors, products and their claims, default severities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, non_empty, regex, severity
from auditor.model.baseline import Marker
from auditor.patterns import PathPatterns
from auditor.lazyre import lazy

PROFILE_FORMAT_VERSION = 1


#: Severity of each finding category when no path class says otherwise.
DEFAULT_SEVERITY: dict[str, str] = {
    "version-mismatch": "critical",
    "inconsistent-version-markers": "high",
    "modified-file": "medium",
    "security-sensitive-change": "high",
    "added-file": "low",
    "added-code": "medium",
    "missing-file": "medium",
    "missing-directory": "high",
    "moved-file": "medium",
    "changed-permissions": "low",
    "changed-type": "high",
    "symlink-escape": "high",
    "special-file": "medium",
    "unreadable": "medium",
    "symlink-loop": "medium",
    "unsafe-path": "high",
    "unidentified-release": "high",
    "release-structure": "high",
    "weakened-setting": "high",
    "insecure-setting": "medium",
    "custom-override": "high",
    "config-unparsable": "high",
    "outbound-endpoint": "medium",
    "forged-manifest": "critical",
    "stale-file": "low",
    "unofficial-package": "high",
    "package-file-modified": "high",
    "deployment-mismatch": "high",
    "unreadable-database": "medium",
    "schema-drift": "high",
    "initial-credentials": "critical",
    "missing-second-factor": "medium",
}
CATEGORY_KEYS = tuple(DEFAULT_SEVERITY)


def patterns_of(patterns: list[str]) -> PathPatterns:
    return PathPatterns(patterns)


@dataclass
class PathClass:
    """A named set of paths (gitignore patterns) with per-category severities."""

    name: str
    patterns: list[str]
    severity: dict[str, str] = field(default_factory=dict)
    description: str = ""

    @cached_property
    def spec(self) -> PathPatterns:
        return patterns_of(self.patterns)

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "PathClass":
        f = Fields(data, where)
        name = f.req("name", str, check=non_empty)
        patterns = str_list(f.req("patterns", list), f.sub("patterns"))
        sev = f.opt("severity", dict, default={})
        desc = f.opt("description", str, default="")
        f.done()
        for key, value in sev.items():
            if key not in CATEGORY_KEYS:
                raise ValidationError(f"{where}.severity.{key}", f"unknown category; known: {', '.join(CATEGORY_KEYS)}",
                                      line=getattr(sev, "line", None))
            problem = severity(value)
            if problem:
                raise ValidationError(f"{where}.severity.{key}", problem, line=getattr(sev, "line", None))
        return cls(name, patterns, dict(sev), desc)


@dataclass
class Detector:
    """Recognises the product in a tree: a file whose text matches a pattern."""

    path: str
    pattern: str

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Detector":
        f = Fields(data, where)
        path = f.req("path", str, check=non_empty)
        pattern = f.req("pattern", str, check=regex())
        f.done()
        return cls(path, pattern)


@dataclass(frozen=True)
class ProductClaim:
    """How a release of the product names itself in its product marker (e.g. RELEASE's PRODUCT line)."""

    name: str
    versions: str | None = None   # constraints such as ">=6.0.31 <6.1" (the profile's version scheme)


@dataclass(frozen=True)
class Product:
    """One product a profile knows: a stable id (used by baselines, feeds and reports), a display
    name, aliases (other spellings accepted anywhere an id is) and the names its releases give
    themselves (``claims``, with version ranges where a name was used only for some releases)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    claims: tuple[ProductClaim, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.id, self.name) + self.aliases

    @classmethod
    def from_any(cls, data: Any, where: str) -> "Product":
        if isinstance(data, str) and data:
            return cls(data, data)
        f = Fields(data, where)
        pid = f.req("id", str, check=lambda v: None if re.fullmatch(r"[a-z0-9][a-z0-9._-]*", v)
                    else "expected a lower-case id (letters, digits, '.', '_', '-')")
        name = f.opt("name", str, default=pid)
        aliases = tuple(str_list(f.opt("aliases", list, default=[]), f.sub("aliases")))
        claims = []
        for i, c in enumerate(f.opt("claims", list, default=[])):
            w = f"{f.sub('claims')}[{i}]"
            cf = Fields(c, w)
            claim = ProductClaim(cf.req("name", str, check=non_empty), cf.opt("versions", str, check=constraints))
            cf.done()
            claims.append(claim)
        f.done()
        return cls(pid, name, aliases, tuple(claims))


def product_id_among(products, name: str | None) -> str | None:
    """The id of the product among ``products`` that has ``name`` as its id, display name or alias
    (case-insensitive); None when none has."""
    if not name:
        return None
    key = name.strip().casefold()
    for p in products:
        if any(key == n.casefold() for n in p.names()):
            return p.id
    return None


CONSTRAINT = lazy(r"^(>=|<=|==|>|<)\s*(\S+)$")


def constraints(value: str) -> str | None:
    parts = value.split()
    joined = []
    i = 0
    while i < len(parts):   # allow ">= 6.0" as well as ">=6.0"
        if parts[i] in (">=", "<=", "==", ">", "<") and i + 1 < len(parts):
            joined.append(parts[i] + parts[i + 1])
            i += 2
        else:
            joined.append(parts[i])
            i += 1
    bad = [p for p in joined if not CONSTRAINT.match(p)]
    return f"not a version constraint: {bad[0]!r} (use >=, >, <=, <, == and a version)" if bad else None


def version_matches(version: str, constraints: str | None, scheme: str) -> bool:
    """True when ``version`` satisfies every space-separated constraint (``>=6.0.31 <6.1``)."""
    if not constraints:
        return True
    from auditor import versions
    for part in re.findall(r"(>=|<=|==|>|<)\s*(\S+)", constraints):
        op, bound = part
        c = versions.compare(version, bound, scheme)
        if not {">=": c >= 0, "<=": c <= 0, "==": c == 0, ">": c > 0, "<": c < 0}[op]:
            return False
    return True


def str_list(value: Any, where: str) -> list[str]:
    def conv(item, w):
        if not isinstance(item, str) or not item:
            raise ValidationError(w, "expected a non-empty string", line=getattr(value, "line", None))
        return item
    return list_of(value, where, conv)


def release_line(value: Any, where: str) -> dict:
    f = Fields(value, where)
    out = {"name": f.req("name", str, check=non_empty), "versions": f.req("versions", str, check=non_empty),
           "products": str_list(f.opt("products", list, default=[]), f.sub("products")),
           "requires": str_list(f.opt("requires", list, default=[]), f.sub("requires")),
           "forbids": str_list(f.opt("forbids", list, default=[]), f.sub("forbids"))}
    f.done()
    return out


def profile_marker(value: Any, where: str) -> Marker:
    marker = Marker.from_dict({"origin": "profile", **value} if isinstance(value, dict) else value, where)
    return Marker(marker.path, marker.pattern, marker.kind, "profile")
