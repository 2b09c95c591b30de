"""Effective settings: a profile's configuration sources, read in load order.

The profile's ``config`` section lists the sources in the order the product
loads them (paths are gitignore-style patterns, as everywhere in a profile).
Each source has a role:

``defaults``
    official files the product loads at run time before the local ones
    (OTRS ``Kernel/Config/Defaults.pm``, RT ``etc/RT_Config.pm``);
``definitions``
    official setting definitions that are *not* loaded at run time but reach
    it through a deployment file (OTRS SysConfig XML, deployed into
    ``deployed_to: Kernel/Config/Files/ZZZAAuto.pm``). A tree without that
    file is taken as deployed with the defaults;
``template``
    an official template that an install copies to a local file (OTRS
    ``Kernel/Config.pm.dist``): its values are official, the file is not loaded;
``local``
    the install's own configuration (``Kernel/Config/Files/*.pm``, ``Kernel/Config.pm``).

The *official defaults* (stored in a release's baseline by ``baseline build``)
are what a fresh install of that release runs with: ``defaults``, then
``definitions`` as deployed, then ``template``. The *effective* settings of an
audited tree are what the product would load: its ``defaults`` and ``local``
files in load order. Setting names join nested keys with ``###`` (OTRS
SysConfig style): ``PreferencesGroups###Password###PasswordMinSize``.
"""

from __future__ import annotations

import collections
import copy
import functools
import hashlib
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from auditor import deadline
from auditor import redact as redact_mod
from auditor import regex as linear
from auditor.config import otrs_xml, perl
from auditor.config import parsecache
from auditor.config.changes import SEP, changes, changes_deepdiff, join  # noqa: F401  (this module's API)
from auditor.config.perl import ConfigSyntaxError, Statement
from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, one_of
from auditor.patterns import PathPatterns

PARSERS: dict[str, Callable[[str, str], list[Statement]]] = {
    "otrs-perl": perl.parse,
    "rt-perl": perl.parse,
    "perl": perl.parse,
    "otrs-xml": otrs_xml.parse,
}
ROLES = ("defaults", "definitions", "template", "local")
#: Largest configuration file read (the biggest official SysConfig XML files are about 2 MB)
CONFIG_LIMIT = 16 << 20


@dataclass
class Source:
    """One configuration source of a profile, in load order (roles: see the module docstring).

    ``first``: a regular expression; files whose path matches it load before
    the others of this source (OTRS loads ``Kernel/Config/Files/*Ticket*.pm``
    first). ``deployed_to``: for ``definitions``, the file a deployment writes
    them into.
    """

    paths: list[str]
    parser: str
    role: str
    first: str | None = None
    deployed_to: str | None = None

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Source":
        from auditor.model._fields import regex
        f = Fields(data, where)
        paths = f.req("paths", list)
        parser = f.req("parser", str, check=one_of(*PARSERS))
        role = f.req("role", str, check=one_of(*ROLES))
        first = f.opt("first", str, check=regex())
        deployed_to = f.opt("deployed_to", str)
        f.done()
        if not paths or not all(isinstance(p, str) and p for p in paths):
            raise ValidationError(f"{where}.paths", "expected a list of path patterns", line=getattr(data, "line", None))
        if deployed_to and role != "definitions":
            raise ValidationError(f"{where}.deployed_to", "only a definitions source is deployed",
                                  line=getattr(data, "line", None))
        return cls(list(paths), parser, role, first, deployed_to)

    @functools.cached_property
    def spec(self) -> PathPatterns:
        return PathPatterns(self.paths)

    def matches(self, path: str) -> bool:
        return self.spec.match(path)

    def order(self, paths: list[str]) -> list[str]:
        ordered = sorted(paths)
        if self.first:
            rx = linear.compile(self.first)
            ordered.sort(key=lambda p: rx.search(p) is None)
        return ordered


def sources(profile) -> list[Source]:
    return profile.section("config", lambda p: list_of(p.config, "config", Source.from_dict))


def role_of(profile, path: str) -> str | None:
    for src in sources(profile):
        if src.matches(path):
            return src.role
    return None


def _any_source(profile) -> PathPatterns | None:
    """One pattern set matching every path some configuration source names (None when a source negates a
    pattern: then each source is asked)."""
    srcs = sources(profile)
    return profile.section("config-any", lambda p: PathPatterns([x for s in srcs for x in s.paths])
                           if not any(x.lstrip().startswith("!") for s in srcs for x in s.paths) else None)


def roles_of(profile, paths: Iterable[str]) -> dict[str, str]:
    """path -> role of the configuration files among ``paths`` (``role_of`` for each; a path no source
    names is left out). One match against all sources' patterns at once rules out the other files."""
    every = _any_source(profile)
    out = {}
    for p in paths:
        if every is not None and not every.match(p):
            continue
        role = role_of(profile, p)
        if role is not None:
            out[p] = role
    return out


OFFICIAL_ROLES = ("defaults", "definitions", "template")
RUNTIME_ROLES = ("defaults", "local")


def is_secret(name: str) -> bool:
    return redact_mod.is_secret(name.split(SEP)[-1].split("::")[-1])


def redact(name: str, value: Any) -> Any:
    """The value as it may be shown: the whole value under a secret-like name replaced by
    '<redacted>', credentials inside strings too (see auditor.redact)."""
    if is_secret(name) and not redact_mod.is_flag(value):
        return redact_mod.REDACTED
    return redact_mod.scrub(value)


_ORIGIN = "\0origin"
_SCALARS = frozenset((str, int, float, bool, type(None)))


def copy_value(value: Any) -> Any:
    """A deep copy of a configuration value (nested dicts and lists of scalars, as the readers give), so
    that applying later statements never changes a parsed statement (it may be shared: the parse cache).
    About three times faster than copy.deepcopy on such data; anything else is handed to copy.deepcopy."""
    cls = value.__class__
    if cls in _SCALARS:
        return value
    if cls is dict:
        return {k: v if v.__class__ in _SCALARS else copy_value(v) for k, v in value.items()}
    if cls is list:
        return [v if v.__class__ in _SCALARS else copy_value(v) for v in value]
    return copy.deepcopy(value)


@dataclass
class Settings:
    """Nested settings with the file and line that last set each one.

    The origins are kept in a tree shaped like the settings, so setting or
    deleting a key drops the origins below it in one step (no scan of every
    known name: 40,000 settings load in linear time).
    """

    tree: dict = field(default_factory=dict)
    origins: dict = field(default_factory=dict)

    def apply(self, st: Statement, file: str) -> None:
        node = self.tree
        onode = self.origins
        for key in st.path[:-1]:
            child = node.get(key)
            if not isinstance(child, dict):
                if st.op == "delete":
                    return
                child = node[key] = {}
            node = child
            onode = onode.setdefault(key, {})
        last = st.path[-1]
        if st.op == "delete":
            node.pop(last, None)
        else:
            node[last] = copy_value(st.value)
        onode[last] = {_ORIGIN: (file, st.line)}

    def get(self, name: str) -> tuple[bool, Any]:
        node: Any = self.tree
        for key in name.split(SEP):
            if not isinstance(node, dict) or key not in node:
                return False, None
            node = node[key]
        return True, node

    def where(self, name: str) -> tuple[str, int] | None:
        """The file and line that set this setting (or the nearest enclosing one)."""
        node = self.origins
        found = None
        for key in name.split(SEP):
            node = node.get(key) if isinstance(node, dict) else None
            if not isinstance(node, dict):
                break
            found = node.get(_ORIGIN, found)
        return found


#: parsed files by (parser, path, sha256 of the text), most recent last: a process that audits many installs
#: (a fleet worker) parses the official configuration files they share once. Bounded by the texts' size.
_PARSED: collections.OrderedDict = collections.OrderedDict()
_PARSED_BYTES = [0]
PARSED_LIMIT = 64 << 20
_PARSED_LOCK = threading.Lock()


def parse_source(src: Source, text: str, path: str) -> tuple[list[Statement], list[dict], int]:
    """Statements of one file, its problems ({path, line, message}) and its load rank within the source.
    The same text at the same path is parsed once per process (statements are immutable; the lists are
    fresh copies)."""
    key = (src.parser, path, hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    with _PARSED_LOCK:
        hit = _PARSED.get(key)
        if hit is not None:
            _PARSED.move_to_end(key)
    if hit is None:
        hit = parsecache.load(key)
    if hit is None:
        hit = _parse_source(src, text, path)
        parsecache.store(key, hit)
    with _PARSED_LOCK:
        if key not in _PARSED and len(text) <= PARSED_LIMIT // 4:
            _PARSED[key] = hit
            _PARSED_BYTES[0] += len(text)
            while _PARSED_BYTES[0] > PARSED_LIMIT:
                _PARSED_BYTES[0] -= _PARSED.popitem(last=False)[1][3]
    statements, problems, rank, _size = hit
    return list(statements), [dict(p) for p in problems], rank


def _parse_source(src: Source, text: str, path: str) -> tuple[tuple, tuple, int, int]:
    statements, problems, rank = _parse_uncached(src, text, path)
    return tuple(statements), tuple(problems), rank, len(text)


def _parse_uncached(src: Source, text: str, path: str) -> tuple[list[Statement], list[dict], int]:
    nul = text.find("\0")
    if nul >= 0:   # no configuration reader loads a file with NUL bytes: report it, read nothing
        return [], [{"path": path, "line": text.count("\n", 0, nul) + 1,
                     "message": "binary content (a NUL byte): not a configuration file the product can load"}], 0
    if src.parser == "otrs-xml":
        parsed = otrs_xml.parse_file(text, path)
        rank = otrs_xml.INITS.index(parsed.init) if parsed.init in otrs_xml.INITS else len(otrs_xml.INITS)
        problems = [{"path": path, "line": line, "message": msg} for line, msg in parsed.problems]
        return parsed.statements, problems, rank
    try:
        return PARSERS[src.parser](text, path), [], 0
    except ConfigSyntaxError as exc:
        return [], [{"path": path, "line": exc.line, "message": exc.message}], 0


def read_sources(read: Callable[[list[str]], dict[str, bytes | str]], paths: list[str], profile,
                 roles: tuple[str, ...] = ROLES) -> tuple[list[tuple[str, list[Statement]]], list[dict]]:
    """Parse the configuration files among ``paths``, source by source, in load order.

    Returns the parsed files (path, statements) and the problems (files or
    parts of files that could not be read or parsed: {path, line, message}).
    A file the product reads in part (a SysConfig XML file with one broken
    setting) gives both its statements and a problem.
    """
    parsed: list[tuple[str, list[Statement]]] = []
    problems: list[dict] = []
    every = _any_source(profile)
    if every is not None and len(paths) > 64:       # most files of a tree are no configuration at all
        paths = [p for p in paths if every.match(p)]
    for src in sources(profile):
        if src.role not in roles:
            continue
        chosen = src.order([p for p in paths if src.matches(p)])
        contents = read(chosen, CONFIG_LIMIT) if chosen else {}
        ranked = []
        for i, p in enumerate(chosen):
            deadline.check()
            data = contents.get(p)
            if not isinstance(data, bytes):
                problems.append({"path": p, "line": None, "message": f"cannot read: {data}"})
                continue
            statements, file_problems, rank = parse_source(src, data.decode("utf-8", "replace"), p)
            problems.extend(file_problems)
            ranked.append((rank, i, p, statements))
        ranked.sort(key=lambda r: (r[0], r[1]))
        parsed.extend((p, statements) for _, _, p, statements in ranked)
    return parsed, problems


def build(parsed: list[tuple[str, list[Statement]]], base: dict | None = None) -> Settings:
    s = Settings(copy_value(base or {}))
    for path, statements in parsed:
        for st in statements:
            s.apply(st, path)
    return s


def leaves(tree: Any, prefix: tuple = ()) -> dict[str, Any]:
    """Flatten nested settings to ``A###B`` names (lists and expressions are leaves)."""
    out: dict[str, Any] = {}
    if isinstance(tree, dict) and not (len(tree) == 1 and "$expr" in tree) and (tree or not prefix):
        for k, v in tree.items():
            out.update(leaves(v, prefix + (k,)))
    elif prefix:
        out[join(prefix)] = tree
    return out


def official_defaults(snapshot, profile, warn) -> dict:
    """The official defaults of a release (its ``defaults`` and ``template`` sources), as a baseline records
    them. A part the product itself cannot read (a malformed setting, a file it skips) is left out, as the
    product leaves it out, with a warning: the baseline is still built and records every file."""
    if not profile.config:
        return {}
    from auditor import paths
    files = [p for p, e in snapshot.entries.items() if e.type == "file"]
    parsed, problems = read_sources(snapshot.read, files, profile, roles=OFFICIAL_ROLES)
    for p in problems:
        warn(f"warning: {paths.to_text(p['path'])}:{p['line'] or '?'}: official defaults: {p['message']}")
    return build(parsed).tree
