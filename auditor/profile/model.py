"""The Profile: one product's knowledge, validated strictly from its YAML (docs/profiles.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of
from auditor.model.baseline import Marker
from auditor.patterns import PathPatterns
from auditor.profile.parts import (DEFAULT_SEVERITY, PROFILE_FORMAT_VERSION, Detector, PathClass, Product,
                                   patterns_of, product_id_among, profile_marker, release_line, str_list,
                                   version_matches)
from auditor.versions import SCHEMES

#: add-on packagings auditor reads (Profile.addons)
ADDON_FORMATS = ("otrs-package",)


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
    #: How the product's add-ons are packaged (``otrs-package``: a ``.sopm`` in the add-on's repository,
    #: a built ``.opm``; auditor.knowledge.package); None: the product has no add-ons auditor knows.
    addons: str | None = None
    #: What the product keeps in its database (auditor.knowledge.database): tables, columns, connection settings.
    database: dict = field(default_factory=dict)

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
        return product_id_among(self.products, name)

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
        return patterns_of(self.ignore)

    @cached_property
    def local_spec(self) -> PathPatterns:
        return patterns_of(self.local)

    @cached_property
    def web_root_spec(self) -> PathPatterns | None:
        return patterns_of(self.web_root) if self.web_root else None

    @property
    def executables_spec(self) -> PathPatterns | None:
        return patterns_of(self.executables) if self.executables else None

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
        data = append_keys(data, parent)
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
                "executables", "manifests", "web_root", "addons", "database")}
        def opt(key, *types, conv=None, default=None, check=None):
            if not f.has(key):
                return base.get(key, default)
            value = f.opt(key, *types, check=check)
            if value is None:
                return base.get(key, default)
            return conv(value, f.sub(key)) if conv else value
        title = opt("title", str, default=name)
        products = opt("products", list, conv=lambda v, w: list_of(v, w, Product.from_any), default=[Product(name, name)])
        scheme = opt("version_scheme", str, default="dpkg", check=one_of(*SCHEMES))
        detect = opt("detect", list, conv=lambda v, w: list_of(v, w, Detector.from_dict), default=[])
        markers = opt("markers", list, conv=lambda v, w: list_of(v, w, profile_marker), default=[])
        ignore = opt("ignore", list, conv=str_list, default=[])
        local = opt("local", list, conv=str_list, default=[])
        code_ext = opt("code_extensions", list, conv=str_list, default=[])
        classes = opt("path_classes", list, conv=lambda v, w: list_of(v, w, PathClass.from_dict), default=[])
        perms = opt("permissions", str, default="exact", check=one_of("exact", "exec", "umask", "ignore"))
        config = opt("config", list, default=[])
        rules = opt("rules", list, default=[])
        endpoints = opt("endpoints", dict, default={})
        migration = opt("migration", dict, default={})
        lines = opt("release_lines", list, conv=lambda v, w: list_of(v, w, release_line), default=[])
        overrides = opt("overrides", list, default=[])
        product_marker = opt("product_marker", dict, conv=profile_marker)
        executables = opt("executables", list, conv=str_list, default=[])
        internal = opt("internal_settings", list, conv=str_list, default=[])
        manifests = opt("manifests", list, default=[])
        web_root = opt("web_root", list, conv=str_list, default=[])
        addons = opt("addons", str, check=one_of(*ADDON_FORMATS))
        database = opt("database", dict, default={})
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
                      product_marker, internal, manifests, web_root, addons, database)
        profile._validate_sections()
        return profile

    def _validate_sections(self) -> None:
        """Validate the sections other parts read (configuration sources, security rules and overrides,
        endpoints, migration needs, manifests), so that a bad profile fails when it is loaded."""
        from auditor.config.settings import sources
        from auditor.knowledge import database, endpoints, manifests, migration, rules
        sources(self)
        database.of(self)
        rules.validate(self)
        endpoints.EndpointConfig.from_profile(self)
        migration.needs_of(self)
        manifests.manifests_of(self)


LIST_KEYS = ("markers", "ignore", "local", "code_extensions", "path_classes", "config", "rules", "executables",
              "release_lines", "overrides", "detect", "manifests", "web_root")


def append_keys(data: Any, parent: "Profile | None") -> Any:
    """``rules+: [...]`` in a child profile appends to the parent's list instead of replacing it."""
    if not isinstance(data, dict) or not any(isinstance(k, str) and k.endswith("+") for k in data):
        return data
    out = type(data)()
    if hasattr(data, "line"):
        out.line = data.line
    for key, value in data.items():
        if isinstance(key, str) and key.endswith("+"):
            name = key[:-1]
            if name not in LIST_KEYS:
                raise ValidationError(key, f"only lists can be extended with '+' ({', '.join(LIST_KEYS)})",
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
