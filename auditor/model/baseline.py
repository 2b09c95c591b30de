"""Baseline: the manifest of one official release (product + version).

A release is named by (product, version) together: forks reuse version numbers
(Znuny LTS 6.0.31 is not ((OTRS)) CE 6.0.31).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor import paths
from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of, regex, sha256_hex, version_text
from auditor.lazyre import lazy

FORMAT_VERSION = 1

#: Types a baseline may record. A scanned tree may also hold the SPECIAL_TYPES.
BASELINE_TYPES = ("file", "dir", "symlink")
SPECIAL_TYPES = ("fifo", "socket", "chardev", "blockdev", "other")
ENTRY_TYPES = BASELINE_TYPES + SPECIAL_TYPES
_MODE_RE = lazy(r"^0[0-7]{3,4}$")


def _mode_check(value: str):
    return None if _MODE_RE.match(value) else "expected an octal mode such as '0644'"


def format_mode(mode: int | None) -> str | None:
    return None if mode is None else f"0{mode & 0o7777:03o}"


#: Digests a baseline may record instead of sha256, with their hex length. A file whose content was
#: not available when the baseline was built (a blob a git snapshot lacks) keeps its git blob id
#: (``gitsha1``: SHA-1 of "blob <size>\\0" + content); vendor checksum lists give md5 and others.
#: They are weaker than sha256 and reports say so.
ALT_DIGESTS = {"gitsha1": 40, "md5": 32, "sha1": 40, "sha384": 96, "sha512": 128}
_HEX = lazy(r"^[0-9a-f]+$")


def _size_ok(value: int) -> str | None:
    return None if 0 <= value < 1 << 63 else "must be between 0 and 2^63"


@dataclass(slots=True)
class Entry:
    """One path of a release or of a scanned tree.

    ``mode`` holds the permission bits only (``& 0o7777``); ``sha256`` is set
    for regular files, ``target`` for symbolic links. Treated as immutable
    (not frozen only because frozen dataclasses are slow to create, and
    baselines hold tens of thousands of entries).
    """

    path: str
    type: str
    size: int | None = None
    mode: int | None = None
    sha256: str | None = None
    target: str | None = None
    #: ``algo:hex`` of a weaker digest (see ALT_DIGESTS) when the sha256 is not known
    digest: str | None = None

    def __reduce__(self):
        # pickled as its fields: a from-git worker sends tens of thousands of entries a release to its
        # parent (about half the time of the slots dataclass's default)
        return Entry, (self.path, self.type, self.size, self.mode, self.sha256, self.target, self.digest)

    @property
    def content_key(self) -> str | None:
        """What identifies the content: the file hash or ``->target`` for a link."""
        if self.type == "file":
            return self.sha256 or self.digest
        if self.type == "symlink":
            return None if self.target is None else "->" + self.target
        return None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": paths.to_text(self.path), "type": self.type}
        if self.type == "file" and (self.size is not None or self.digest is None):
            d["size"] = self.size
        if self.mode is not None:
            d["mode"] = format_mode(self.mode)
        if self.type == "file" and (self.sha256 is not None or self.digest is None):
            d["sha256"] = self.sha256
        if self.type == "file" and self.digest is not None:
            algo, _, hexd = self.digest.partition(":")
            d[algo] = hexd
        if self.type == "symlink":
            d["target"] = paths.to_text(self.target or "")
        return d

    @classmethod
    def from_dict(cls, data: Any, where: str = "entry", types: tuple = BASELINE_TYPES) -> "Entry":
        f = Fields(data, where)
        path = f.req("path", str, check=non_empty)
        etype = f.req("type", str, check=one_of(*types))
        size = sha = target = digest = None
        if etype == "file":
            alts = [a for a in ALT_DIGESTS if a in f._data]
            if len(alts) > 1:
                raise f.error(alts[1], f"give one other digest besides sha256, not {' and '.join(alts)}")
            if alts:
                algo = alts[0]
                hexd = f.req(algo, str, check=lambda v, n=ALT_DIGESTS[algo]: None if len(v) == n and _HEX.match(v)
                             else f"expected {n} lower-case hex characters")
                digest = f"{algo}:{hexd}"
                size = f.opt("size", int, check=_size_ok)
                sha = f.opt("sha256", str, check=sha256_hex)
            else:
                size = f.req("size", int, check=_size_ok)
                sha = f.req("sha256", str, check=sha256_hex)
        mode_text = f.opt("mode", str, check=_mode_check)
        if etype == "symlink":
            target = paths.from_text(f.req("target", str))
        f.done()
        internal = paths.from_text(path)
        if not paths.is_safe_relative(internal):
            raise ValidationError(f.sub("path"), f"not a safe relative POSIX path: {path!r}")
        return cls(internal, etype, size, None if mode_text is None else int(mode_text, 8), sha, target, digest)


@dataclass(frozen=True, slots=True)
class Marker:
    """Where a release states its version: a file line or a directory name.

    ``kind`` is ``content`` (``pattern`` is a regular expression applied to the
    file's text, multi-line mode, group 1 = the version) or ``dirname``
    (``path`` is a directory, ``pattern`` a full-match regex over the names of
    its sub-directories; the highest version found is the reading).
    ``origin`` says whether the product profile declared it or ``baseline
    build`` discovered it.
    """

    path: str
    pattern: str
    kind: str = "content"
    origin: str = "discovered"

    def to_dict(self) -> dict[str, Any]:
        return {"path": paths.to_text(self.path), "kind": self.kind, "pattern": self.pattern, "origin": self.origin}

    @classmethod
    def from_dict(cls, data: Any, where: str = "marker") -> "Marker":
        f = Fields(data, where)
        path = paths.from_text(f.req("path", str, check=non_empty))
        kind = f.opt("kind", str, default="content", check=one_of("content", "dirname"))
        pattern = f.req("pattern", str, check=regex(groups=1))
        origin = f.opt("origin", str, default="discovered", check=one_of("profile", "discovered"))
        f.done()
        return cls(path, pattern, kind, origin)


@dataclass(frozen=True, slots=True)
class ToolInfo:
    name: str
    version: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version}

    @classmethod
    def from_dict(cls, data: Any, where: str = "tool") -> "ToolInfo":
        f = Fields(data, where)
        out = cls(f.req("name", str, check=non_empty), f.req("version", str, check=non_empty))
        f.done()
        return out

    @classmethod
    def current(cls) -> "ToolInfo":
        from auditor import TOOL_NAME, __version__
        return cls(TOOL_NAME, __version__)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where the baseline came from: a git commit, an archive (with its sha256) or a directory."""

    kind: str
    source: str
    commit: str | None = None
    ref: str | None = None
    sha256: str | None = None
    root: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "source": self.source}
        for key in ("ref", "commit", "sha256", "root"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d

    @classmethod
    def from_dict(cls, data: Any, where: str = "provenance") -> "Provenance":
        f = Fields(data, where)
        kind = f.req("kind", str, check=one_of("git", "archive", "directory", "list", "registry"))
        source = f.req("source", str, check=non_empty)
        ref = f.opt("ref", str)
        commit = f.opt("commit", str, check=lambda v: None if re.match(r"^[0-9a-f]{40,64}$", v) else "expected a full hex commit id")
        sha = f.opt("sha256", str, check=sha256_hex)
        root = f.opt("root", str)
        f.done()
        if kind == "git" and commit is None:
            raise ValidationError(f.sub("commit"), "a git provenance needs the commit id")
        if kind in ("archive", "list") and sha is None:
            raise ValidationError(f.sub("sha256"), f"an {kind} provenance needs the {kind}'s sha256")
        return cls(kind, source, commit, ref, sha, root)


#: How much a baseline's digests can be relied on, strongest first (docs/trust.md).
TRUST_LEVELS = ("pinned-artefact", "artefact", "vendor-list", "directory", "install-list")
TRUST_ORIGINS = ("content", "list")


@dataclass(frozen=True, slots=True)
class Trust:
    """Where the digests of a baseline come from and how far they can be trusted.

    ``origin`` ``content``: auditor hashed the release's files itself (sha256); ``list``: the
    digests were copied from a vendor's checksum list (``list_kind``: archive, md5sums, record,
    wp-checksums, npm-lock) and are only as strong as its ``digests`` (md5 is weak: collisions can
    be made, so a matching md5 is evidence against accidents, not against a determined forger).
    ``pinned_sha256``: the sha256 the source artefact was required to have (``--expect-sha256``).
    ``notes``: what the list does not cover (conffiles, unhashed rows, paths outside the root).
    """

    level: str
    origin: str = "content"
    digests: tuple[str, ...] = ("sha256",)
    list_kind: str | None = None
    pinned_sha256: str | None = None
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"level": self.level, "origin": self.origin, "digests": list(self.digests)}
        if self.list_kind:
            d["list_kind"] = self.list_kind
        if self.pinned_sha256:
            d["pinned_sha256"] = self.pinned_sha256
        if self.notes:
            d["notes"] = list(self.notes)
        return d

    @property
    def weak(self) -> bool:
        return not any(a in ("sha256", "sha384", "sha512") for a in self.digests)

    @classmethod
    def from_dict(cls, data: Any, where: str = "trust") -> "Trust":
        f = Fields(data, where)
        level = f.req("level", str, check=one_of(*TRUST_LEVELS))
        origin = f.opt("origin", str, default="content", check=one_of(*TRUST_ORIGINS))
        digests = f.opt("digests", list, default=["sha256"])
        bad = [d for d in digests if d not in ("sha256", "sha384", "sha512", *ALT_DIGESTS)]
        if bad or not digests:
            raise f.error("digests", f"unknown digest {bad[0]!r}" if bad else "name at least one digest")
        kind = f.opt("list_kind", str, check=one_of("archive", "md5sums", "record", "wp-checksums", "npm-lock"))
        pinned = f.opt("pinned_sha256", str, check=sha256_hex)
        notes = f.opt("notes", list, default=[])
        if not all(isinstance(n, str) for n in notes):
            raise f.error("notes", "expected a list of strings")
        f.done()
        if origin == "list" and kind is None:
            raise ValidationError(f.sub("list_kind"), "a baseline imported from a list names the list's kind")
        return cls(level, origin, tuple(digests), kind, pinned, tuple(notes))

    @classmethod
    def implied(cls, provenance: "Provenance", digests: tuple[str, ...] = ("sha256",)) -> "Trust":
        """The trust of a baseline written before baselines recorded it: from its provenance."""
        level = "directory" if provenance.kind == "directory" else "artefact"
        return cls(level, "content", digests)


@dataclass(frozen=True)
class AddonInfo:
    """What makes a baseline an add-on's: an official package installed on a framework release
    (auditor.knowledge.package). Its product is the add-on's id (the package name in lower case)."""

    #: the package name as the vendor spells it (``FAQ``)
    package: str
    vendor: str = ""
    #: the framework releases the package declares (``7.0.x``)
    frameworks: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"package": self.package, "vendor": self.vendor, "frameworks": list(self.frameworks)}

    @classmethod
    def from_dict(cls, data: Any, where: str = "addon") -> "AddonInfo":
        f = Fields(data, where)
        package = f.req("package", str, check=non_empty)
        vendor = f.opt("vendor", str, default="")
        frameworks = list_of(f.opt("frameworks", list, default=[]), f.sub("frameworks"), _endpoint)
        f.done()
        return cls(package, vendor, tuple(frameworks))


@dataclass
class Baseline:
    product: str
    version: str
    provenance: Provenance
    entries: list[Entry]
    markers: list[Marker] = field(default_factory=list)
    tool: ToolInfo = field(default_factory=ToolInfo.current)
    #: ``exact``: modes were read from an archive or directory; ``exec``: from
    #: git, which keeps only the executable bit, so only that bit is compared.
    mode_precision: str = "exact"
    #: Official default settings, as the product profile's config parsers read them.
    settings: dict[str, Any] = field(default_factory=dict)
    #: Outbound endpoints present in the official release (``scheme://host``).
    endpoints: list[str] = field(default_factory=list)
    format_version: int = FORMAT_VERSION
    #: The content pack beside the baseline with the release's text files (see auditor.baseline.content).
    content_pack: str | None = None
    #: Where the digests come from and how far they can be trusted (None: implied by the provenance).
    trust: Trust | None = None
    #: set when the release is an add-on's (installed on a framework release), None for a product
    addon: AddonInfo | None = None

    @property
    def trust_info(self) -> Trust:
        if self.trust is not None:
            return self.trust
        alts = sorted({e.digest.partition(":")[0] for e in self.entries if e.type == "file" and e.digest})
        return Trust.implied(self.provenance, ("sha256", *alts))

    def __post_init__(self) -> None:
        self.entries.sort(key=lambda e: e.path)
        self._by_path: dict[str, Entry] | None = None

    @property
    def release(self) -> tuple[str, str]:
        return (self.product, self.version)

    @property
    def by_path(self) -> dict[str, Entry]:
        if self._by_path is None:
            self._by_path = {e.path: e for e in self.entries}
        return self._by_path

    def to_dict(self) -> dict[str, Any]:
        return {**self.header_dict(), "entries": [e.to_dict() for e in self.entries]}

    def header_dict(self) -> dict[str, Any]:
        """Everything but the entries, in the order a baseline file writes it."""
        return {
            "format_version": self.format_version,
            "product": self.product,
            "version": self.version,
            **({"addon": self.addon.to_dict()} if self.addon else {}),
            "tool": self.tool.to_dict(),
            "provenance": self.provenance.to_dict(),
            "mode_precision": self.mode_precision,
            "markers": [m.to_dict() for m in self.markers],
            "settings": self.settings,
            "endpoints": list(self.endpoints),
            **({"content_pack": self.content_pack} if self.content_pack else {}),
            **({"trust": self.trust.to_dict()} if self.trust else {}),
        }

    @classmethod
    def from_dict(cls, data: Any) -> "Baseline":
        f = Fields(data, "")
        fmt = f.req("format_version", int)
        if fmt != FORMAT_VERSION:
            raise f.error("format_version", f"unsupported format_version {fmt} (this auditor reads {FORMAT_VERSION})")
        product = f.req("product", str, check=non_empty)
        version = f.req("version", str, check=version_text)
        addon = f.opt("addon", dict)
        addon = None if addon is None else AddonInfo.from_dict(addon, "addon")
        tool = ToolInfo.from_dict(f.req("tool", dict), "tool")
        prov = Provenance.from_dict(f.req("provenance", dict), "provenance")
        precision = f.opt("mode_precision", str, default="exact", check=one_of("exact", "exec"))
        markers = list_of(f.opt("markers", list, default=[]), "markers", Marker.from_dict)
        settings = f.opt("settings", dict, default={})
        endpoints = list_of(f.opt("endpoints", list, default=[]), "endpoints", _endpoint)
        pack = f.opt("content_pack", str, check=lambda v: None if v and "/" not in v and not v.startswith(".")
                     else "expected a file name next to the baseline")
        trust = f.opt("trust", dict)
        trust = None if trust is None else Trust.from_dict(trust)
        entries = list_of(f.req("entries", list), "entries", Entry.from_dict)
        f.done()
        seen: set[str] = set()
        for i, e in enumerate(entries):
            if e.path in seen:
                raise ValidationError(f"entries[{i}].path", f"duplicate path {paths.to_text(e.path)!r}")
            seen.add(e.path)
        return cls(product, version, prov, entries, markers, tool, precision, dict(settings or {}),
                   endpoints, fmt, pack, trust, addon)


def _endpoint(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError(where, "expected a non-empty string")
    return value
