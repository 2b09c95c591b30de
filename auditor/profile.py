"""Product profiles: product knowledge as data (auditor/profiles/<name>.yaml).

A profile names a product and its aliases, where the release states its
version, which paths are core code, configuration or data, what changes
locally and is ignored, how configuration is parsed and judged, where
outbound endpoints come from and what a migration needs. docs/profiles.md
documents every key; :meth:`Profile.from_dict` validates them strictly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from auditor import yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of, regex, severity
from auditor.model.baseline import Marker
from auditor.patterns import PathPatterns
from auditor.versions import SCHEMES

PROFILE_FORMAT_VERSION = 1

from auditor.stages import section_validator  # noqa: E402,F401  (re-exported for the stages)

#: Severity of each finding category when no path class says otherwise.
DEFAULT_SEVERITY: dict[str, str] = {
    "version-mismatch": "critical",
    "inconsistent-version-markers": "high",
    "modified-file": "medium",
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
}
CATEGORY_KEYS = tuple(DEFAULT_SEVERITY)


def _spec(patterns: list[str]) -> PathPatterns:
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
        return _spec(self.patterns)

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "PathClass":
        f = Fields(data, where)
        name = f.req("name", str, check=non_empty)
        patterns = _str_list(f.req("patterns", list), f.sub("patterns"))
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


def _str_list(value: Any, where: str) -> list[str]:
    def conv(item, w):
        if not isinstance(item, str) or not item:
            raise ValidationError(w, "expected a non-empty string", line=getattr(value, "line", None))
        return item
    return list_of(value, where, conv)


@dataclass
class Profile:
    name: str
    title: str
    products: list[str]
    version_scheme: str = "dpkg"
    detect: list[Detector] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)
    code_extensions: list[str] = field(default_factory=list)
    path_classes: list[PathClass] = field(default_factory=list)
    permissions: str = "exact"
    #: Sections read by later stages; each validated by the module that uses it.
    config: list[dict] = field(default_factory=list)
    rules: list[dict] = field(default_factory=list)
    endpoints: dict = field(default_factory=dict)
    migration: dict = field(default_factory=dict)
    #: Structure every release of a line has: [{name, versions (glob), requires: [paths], forbids: [paths]}]
    release_lines: list[dict] = field(default_factory=list)
    #: Directories whose files shadow core files: [{dir: Custom/, shadows: ""}]
    overrides: list[dict] = field(default_factory=list)
    source: str = "<built-in>"
    extends: str | None = None

    def section(self, name: str, parse):
        """A profile section parsed once (when the profile is validated) and kept for every later use."""
        cache = self.__dict__.setdefault("_parsed", {})
        if name not in cache:
            cache[name] = parse(self)
        return cache[name]

    # -- matching ----------------------------------------------------------
    def matches_product(self, product: str) -> bool:
        p = product.casefold()
        return any(p == name.casefold() for name in self.products)

    @cached_property
    def ignore_spec(self) -> PathPatterns:
        return _spec(self.ignore)

    @cached_property
    def local_spec(self) -> PathPatterns:
        return _spec(self.local)

    def path_class(self, path: str) -> PathClass | None:
        for pc in self.path_classes:
            if pc.spec.match(path):
                return pc
        return None

    def is_code(self, path: str, mode: int | None = None) -> bool:
        if mode is not None and mode & 0o111:
            return True
        name = path.rsplit("/", 1)[-1]
        return any(name.endswith(ext) for ext in self.code_extensions)

    def severity_for(self, category: str, path: str | None, key: str | None = None) -> str:
        """Severity for a finding of ``category`` at ``path``: the first matching path class
        that names ``key`` (default: the category) wins, else the built-in default."""
        key = key or category
        if path is not None:
            pc = self.path_class(path)
            if pc is not None:
                if key in pc.severity:
                    return pc.severity[key]
                if key == "added-code" and "added-file" in pc.severity:
                    return pc.severity["added-file"]
        return DEFAULT_SEVERITY.get(key, DEFAULT_SEVERITY.get(category, "medium"))

    # -- loading -------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Any, source: str = "<data>", parent: "Profile | None" = None) -> "Profile":
        try:
            return cls._from_dict(data, source, parent)
        except ValidationError as exc:
            raise exc.with_source(source) from None

    @classmethod
    def _from_dict(cls, data: Any, source: str, parent: "Profile | None") -> "Profile":
        data = _append_keys(data, parent)
        f = Fields(data, "")
        fmt = f.req("format_version", int)
        if fmt != PROFILE_FORMAT_VERSION:
            raise f.error("format_version", f"unsupported profile format_version {fmt}")
        name = f.req("name", str, check=non_empty)
        extends = f.opt("extends", str)
        base: dict[str, Any] = {}
        if parent is not None:
            base = {k: getattr(parent, k) for k in (
                "title", "products", "version_scheme", "detect", "markers", "ignore", "local",
                "code_extensions", "path_classes", "permissions", "config", "rules", "endpoints",
                "migration", "release_lines", "overrides")}
        def opt(key, *types, conv=None, default=None, check=None):
            if key not in f._data:
                return base.get(key, default)
            value = f.opt(key, *types, check=check)
            if value is None:
                return base.get(key, default)
            return conv(value, f.sub(key)) if conv else value
        title = opt("title", str, default=name)
        products = opt("products", list, conv=_str_list, default=[name])
        scheme = opt("version_scheme", str, default="dpkg", check=one_of(*SCHEMES))
        detect = opt("detect", list, conv=lambda v, w: list_of(v, w, Detector.from_dict), default=[])
        markers = opt("markers", list, conv=lambda v, w: list_of(v, w, _profile_marker), default=[])
        ignore = opt("ignore", list, conv=_str_list, default=[])
        local = opt("local", list, conv=_str_list, default=[])
        code_ext = opt("code_extensions", list, conv=_str_list, default=[])
        classes = opt("path_classes", list, conv=lambda v, w: list_of(v, w, PathClass.from_dict), default=[])
        perms = opt("permissions", str, default="exact", check=one_of("exact", "exec", "ignore"))
        config = opt("config", list, default=[])
        rules = opt("rules", list, default=[])
        endpoints = opt("endpoints", dict, default={})
        migration = opt("migration", dict, default={})
        lines = opt("release_lines", list, conv=lambda v, w: list_of(v, w, _release_line), default=[])
        overrides = opt("overrides", list, default=[])
        f.done()
        profile = cls(name, title, products, scheme, detect, markers, ignore, local, code_ext, classes, perms,
                      config, rules, endpoints, migration, lines, overrides, source, extends)
        profile._validate_sections()
        return profile

    def _validate_sections(self) -> None:
        """Validate the sections owned by later stages, so a bad profile fails on load."""
        from auditor import stages
        stages.load()
        for validate in stages.SECTION_VALIDATORS:
            validate(self)


_LIST_KEYS = ("markers", "ignore", "local", "code_extensions", "path_classes", "config", "rules",
              "release_lines", "overrides", "detect")


def _append_keys(data: Any, parent: "Profile | None") -> Any:
    """``rules+: [...]`` in a child profile appends to the parent's list instead of replacing it."""
    if not isinstance(data, dict) or not any(isinstance(k, str) and k.endswith("+") for k in data):
        return data
    out = type(data)()
    if hasattr(data, "line"):
        out.line = data.line
    for key, value in data.items():
        if isinstance(key, str) and key.endswith("+"):
            name = key[:-1]
            if name not in _LIST_KEYS:
                raise ValidationError(key, f"only lists can be extended with '+' ({', '.join(_LIST_KEYS)})",
                                      line=getattr(data, "line", None))
            if name in data:
                raise ValidationError(key, f"give either {name} or {key}, not both", line=getattr(data, "line", None))
            if not isinstance(value, list):
                raise ValidationError(key, "expected a list", line=getattr(data, "line", None))
            inherited = getattr(parent, name) if parent is not None else []
            if name == "path_classes":
                inherited = [{"name": pc.name, "patterns": pc.patterns, "severity": pc.severity,
                              "description": pc.description} for pc in inherited]
            elif name == "markers":
                inherited = [{"path": m.path, "pattern": m.pattern, "kind": m.kind} for m in inherited]
            elif name == "detect":
                inherited = [{"path": d.path, "pattern": d.pattern} for d in inherited]
            out[name] = list(inherited) + list(value)
        else:
            out[key] = value
    return out


def _release_line(value: Any, where: str) -> dict:
    f = Fields(value, where)
    out = {"name": f.req("name", str, check=non_empty), "versions": f.req("versions", str, check=non_empty),
           "requires": _str_list(f.opt("requires", list, default=[]), f.sub("requires")),
           "forbids": _str_list(f.opt("forbids", list, default=[]), f.sub("forbids"))}
    f.done()
    return out


def _profile_marker(value: Any, where: str) -> Marker:
    marker = Marker.from_dict({"origin": "profile", **value} if isinstance(value, dict) else value, where)
    return Marker(marker.path, marker.pattern, marker.kind, "profile")


# ---------------------------------------------------------------------------
# registry of built-in profiles
# ---------------------------------------------------------------------------

def _builtin_dir() -> Path:
    return Path(str(resources.files("auditor") / "profiles"))


def builtin_names() -> list[str]:
    return sorted(p.stem for p in _builtin_dir().glob("*.yaml"))


def load_file(path: str | Path, _chain: tuple = ()) -> Profile:
    path = Path(path)
    return yamlio.load_validated(path, lambda data: _build(data, path, _chain))


def _build(data: Any, path: Path, _chain: tuple) -> Profile:
    parent = None
    if isinstance(data, dict) and isinstance(data.get("extends"), str):
        parent_name = data["extends"]
        if parent_name in _chain:
            raise ValidationError("extends", f"profile inheritance loop: {' -> '.join(_chain + (parent_name,))}",
                                  source=str(path), line=getattr(data, "line", None))
        parent_path = _builtin_dir() / f"{parent_name}.yaml"
        sibling = path.parent / f"{parent_name}.yaml"
        if sibling.is_file():
            parent_path = sibling
        if not parent_path.is_file():
            raise ValidationError("extends", f"unknown parent profile {parent_name!r}", source=str(path))
        parent = load_file(parent_path, _chain + (data.get("name", path.stem),))
    return Profile.from_dict(data, str(path), parent)


_CACHE: dict[str, Profile] = {}


def builtin(name: str) -> Profile:
    if name not in _CACHE:
        path = _builtin_dir() / f"{name}.yaml"
        if not path.is_file():
            raise AuditorError(f"unknown profile {name!r} (built-in: {', '.join(builtin_names())})")
        _CACHE[name] = load_file(path)
    return _CACHE[name]


def all_builtin() -> list[Profile]:
    return [builtin(n) for n in builtin_names()]


def for_product(product: str | None) -> Profile:
    """The built-in profile whose product names include ``product``; ``generic`` otherwise.

    A more specific profile (one that extends another) wins over its parent.
    """
    if product:
        matches = [p for p in all_builtin() if p.name != "generic" and p.matches_product(product)]
        if matches:
            matches.sort(key=lambda p: (p.extends is None, p.name))
            return matches[0]
    return builtin("generic")
