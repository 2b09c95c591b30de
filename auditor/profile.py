"""Product profiles: product knowledge as data (auditor/profiles/<name>.yaml).

A profile names a product and its aliases, where the release states its
version, which paths are core code, configuration or data, what changes
locally and is ignored, how configuration is parsed and judged, where
outbound endpoints come from and what a migration needs. docs/profiles.md
documents every key; :meth:`Profile.from_dict` validates them strictly.
"""

from __future__ import annotations

import re
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
        aliases = tuple(_str_list(f.opt("aliases", list, default=[]), f.sub("aliases")))
        claims = []
        for i, c in enumerate(f.opt("claims", list, default=[])):
            w = f"{f.sub('claims')}[{i}]"
            cf = Fields(c, w)
            claim = ProductClaim(cf.req("name", str, check=non_empty), cf.opt("versions", str, check=_constraints))
            cf.done()
            claims.append(claim)
        f.done()
        return cls(pid, name, aliases, tuple(claims))


_CONSTRAINT = re.compile(r"^(>=|<=|==|>|<)\s*(\S+)$")


def _constraints(value: str) -> str | None:
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
    bad = [p for p in joined if not _CONSTRAINT.match(p)]
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
    products: list[Product]
    version_scheme: str = "dpkg"
    detect: list[Detector] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    local: list[str] = field(default_factory=list)
    code_extensions: list[str] = field(default_factory=list)
    path_classes: list[PathClass] = field(default_factory=list)
    permissions: str = "exact"
    #: With ``permissions: exec``: gitignore patterns of the files the product's installer makes
    #: executable (and no others); empty: the release's own executable bit is expected.
    executables: list[str] = field(default_factory=list)
    #: Sections read by later stages; each parsed and validated by its module in auditor.knowledge or auditor.config.
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
    #: Where a release names its product (e.g. RELEASE's PRODUCT line); read like a version marker.
    product_marker: Marker | None = None
    #: Setting names that are the product's own bookkeeping, never configuration (SysConfig's CurrentDeploymentID).
    internal_settings: list[str] = field(default_factory=list)
    #: Checksum lists a release ships inside its tree (ARCHIVE, RECORD, md5sums): [{patterns, kind, relative_to}]
    manifests: list[dict] = field(default_factory=list)
    #: gitignore patterns of what the web server serves as it is (a stale library left there stays reachable)
    web_root: list[str] = field(default_factory=list)

    def section(self, name: str, parse):
        """A profile section parsed once (when the profile is validated) and kept for every later use."""
        cache = self.__dict__.setdefault("_parsed", {})
        if name not in cache:
            cache[name] = parse(self)
        return cache[name]

    # -- products ----------------------------------------------------------
    @property
    def product_ids(self) -> list[str]:
        return [p.id for p in self.products]

    def product_id(self, name: str | None) -> str | None:
        """The product id for an id, display name or alias (case-insensitive); None when unknown."""
        if not name:
            return None
        key = name.strip().casefold()
        for p in self.products:
            if any(key == n.casefold() for n in p.names()):
                return p.id
        return None

    def matches_product(self, product: str) -> bool:
        return self.product_id(product) is not None

    def product(self, pid: str | None) -> Product | None:
        return next((p for p in self.products if p.id == pid), None)

    def display_name(self, pid: str | None) -> str | None:
        p = self.product(pid)
        return p.name if p else pid

    def product_for_claim(self, name: str | None, version: str | None) -> str | None:
        """The product a release means when its product marker says ``name`` (and its version marker
        ``version``): the first product whose ``claims`` name it for that version, else by name or alias."""
        if not name:
            return None
        key = name.strip().casefold()
        for p in self.products:
            for c in p.claims:
                if c.name.casefold() == key and (version is None or version_matches(version, c.versions,
                                                                                   self.version_scheme)):
                    return p.id
        return self.product_id(name)

    @cached_property
    def ignore_spec(self) -> PathPatterns:
        return _spec(self.ignore)

    @cached_property
    def local_spec(self) -> PathPatterns:
        return _spec(self.local)

    @cached_property
    def web_root_spec(self) -> PathPatterns | None:
        return _spec(self.web_root) if self.web_root else None

    @property
    def executables_spec(self) -> PathPatterns | None:
        return _spec(self.executables) if self.executables else None

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
                "migration", "release_lines", "overrides", "product_marker", "internal_settings",
                "executables", "manifests", "web_root")}
        def opt(key, *types, conv=None, default=None, check=None):
            if key not in f._data:
                return base.get(key, default)
            value = f.opt(key, *types, check=check)
            if value is None:
                return base.get(key, default)
            return conv(value, f.sub(key)) if conv else value
        title = opt("title", str, default=name)
        products = opt("products", list, conv=lambda v, w: list_of(v, w, Product.from_any), default=[Product(name, name)])
        scheme = opt("version_scheme", str, default="dpkg", check=one_of(*SCHEMES))
        detect = opt("detect", list, conv=lambda v, w: list_of(v, w, Detector.from_dict), default=[])
        markers = opt("markers", list, conv=lambda v, w: list_of(v, w, _profile_marker), default=[])
        ignore = opt("ignore", list, conv=_str_list, default=[])
        local = opt("local", list, conv=_str_list, default=[])
        code_ext = opt("code_extensions", list, conv=_str_list, default=[])
        classes = opt("path_classes", list, conv=lambda v, w: list_of(v, w, PathClass.from_dict), default=[])
        perms = opt("permissions", str, default="exact", check=one_of("exact", "exec", "umask", "ignore"))
        config = opt("config", list, default=[])
        rules = opt("rules", list, default=[])
        endpoints = opt("endpoints", dict, default={})
        migration = opt("migration", dict, default={})
        lines = opt("release_lines", list, conv=lambda v, w: list_of(v, w, _release_line), default=[])
        overrides = opt("overrides", list, default=[])
        product_marker = opt("product_marker", dict, conv=_product_marker)
        executables = opt("executables", list, conv=_str_list, default=[])
        internal = opt("internal_settings", list, conv=_str_list, default=[])
        manifests = opt("manifests", list, default=[])
        web_root = opt("web_root", list, conv=_str_list, default=[])
        f.done()
        ids = [p.id for p in products]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValidationError("products", f"duplicate product id {sorted(dup)[0]!r}")
        for i, line in enumerate(lines):
            unknown = [x for x in line["products"] if x not in ids]
            if unknown:
                raise ValidationError(f"release_lines[{i}].products", f"unknown product id {unknown[0]!r} "
                                      f"(this profile's products: {', '.join(ids)})")
        profile = cls(name, title, products, scheme, detect, markers, ignore, local, code_ext, classes, perms,
                      executables, config, rules, endpoints, migration, lines, overrides, source, extends,
                      product_marker, internal, manifests, web_root)
        profile._validate_sections()
        return profile

    def _validate_sections(self) -> None:
        """Validate the sections other parts read (configuration sources, security rules and overrides,
        endpoints, migration needs, manifests), so that a bad profile fails when it is loaded."""
        from auditor.config.settings import sources
        from auditor.knowledge import endpoints, manifests, migration, rules
        sources(self)
        rules.validate(self)
        endpoints.EndpointConfig.from_profile(self)
        migration.needs_of(self)
        manifests.manifests_of(self)


_LIST_KEYS = ("markers", "ignore", "local", "code_extensions", "path_classes", "config", "rules", "executables",
              "release_lines", "overrides", "detect", "manifests", "web_root")


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


def _product_marker(value: Any, where: str) -> Marker:
    marker = Marker.from_dict({"origin": "profile", **value} if isinstance(value, dict) else value, where)
    return Marker(marker.path, marker.pattern, marker.kind, "profile")


def _release_line(value: Any, where: str) -> dict:
    f = Fields(value, where)
    out = {"name": f.req("name", str, check=non_empty), "versions": f.req("versions", str, check=non_empty),
           "products": _str_list(f.opt("products", list, default=[]), f.sub("products")),
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


def canonical_product(product: str) -> str:
    """A product name as its id, when a built-in profile knows it (``Znuny LTS`` -> ``znuny-lts``)."""
    if product:
        for p in all_builtin():
            found = p.product_id(product)
            if found is not None and p.name != "generic":
                return found
    return product


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


def detect(target, candidates: list[Profile]) -> Profile | None:
    """The first profile whose ``detect`` rule matches a file of the target (specific ones first)."""
    from auditor import regex as linear
    ordered = sorted((p for p in candidates if p.detect), key=lambda p: (p.extends is None, p.name))
    wanted = {d.path for p in ordered for d in p.detect}
    if not wanted:
        return None
    contents = target.read_paths(wanted, 256 * 1024)
    for prof in ordered:
        for d in prof.detect:
            data = contents.get(d.path)
            if isinstance(data, bytes) and linear.compile(d.pattern).search(data.decode("utf-8", "replace")):
                return prof
    return None
