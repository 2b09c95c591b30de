"""Effective settings: a profile's configuration sources, read in load order.

The profile's ``config`` section lists the sources, in the order the product
loads them (paths are gitignore-style patterns, as everywhere in a profile), e.g. for OTRS::

    config:
      - {paths: [Kernel/Config/Defaults.pm], parser: otrs-perl, role: defaults}
      - {paths: ["Kernel/Config/Files/XML/*.xml"], parser: otrs-xml, role: defaults}
      - {paths: ["Kernel/Config/Files/*.pm"], parser: otrs-perl, role: local}
      - {paths: [Kernel/Config.pm], parser: otrs-perl, role: local}

``defaults`` sources of the official release are read when its baseline is
built and stored as the baseline's ``settings`` (the official defaults).
During an audit every source is read from the tree, in order, on top of those
official defaults: a vendor's edit to a defaults file counts as much as a
local override. Setting names join nested keys with ``###`` (OTRS SysConfig
style): ``PreferencesGroups###Password###PasswordMinSize``.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from auditor.config import otrs_xml, perl
from auditor.config.perl import ConfigSyntaxError, Statement
from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, one_of
from auditor.patterns import PathPatterns

SEP = "###"
PARSERS: dict[str, Callable[[str, str], list[Statement]]] = {
    "otrs-perl": perl.parse,
    "rt-perl": perl.parse,
    "perl": perl.parse,
    "otrs-xml": otrs_xml.parse,
}
#: Last name components whose values are never shown (passwords and the like).
SECRET = re.compile(r"(?i)(pw|pass|passw(or)?d|passphrase|secret|token|privatekey|private_key|apikey|api_key|"
                    r"credentials?)$")


@dataclass
class Source:
    paths: list[str]
    parser: str
    role: str

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Source":
        f = Fields(data, where)
        paths = f.req("paths", list)
        parser = f.req("parser", str, check=one_of(*PARSERS))
        role = f.req("role", str, check=one_of("defaults", "local"))
        f.done()
        if not paths or not all(isinstance(p, str) and p for p in paths):
            raise ValidationError(f"{where}.paths", "expected a list of path patterns", line=getattr(data, "line", None))
        return cls(list(paths), parser, role)

    @functools.cached_property
    def spec(self) -> PathPatterns:
        return PathPatterns(self.paths)

    def matches(self, path: str) -> bool:
        return self.spec.match(path)


def sources(profile) -> list[Source]:
    return profile.section("config", lambda p: list_of(p.config, "config", Source.from_dict))


def join(path: tuple[str, ...]) -> str:
    return SEP.join(path)


def is_secret(name: str) -> bool:
    return bool(SECRET.search(name.split(SEP)[-1].split("::")[-1]))


def redact(name: str, value: Any) -> Any:
    """The value as it may be shown: secrets (by name, at any depth) replaced by '<redacted>'."""
    if is_secret(name) and isinstance(value, str) and value:
        return "<redacted>"
    if isinstance(value, dict) and set(value) != {"$expr"}:
        return {k: redact(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(name, v) if isinstance(v, (dict, list)) else v for v in value]
    return value


@dataclass
class Settings:
    """Nested settings with the file and line that last set each one."""

    tree: dict = field(default_factory=dict)
    origin: dict[str, tuple[str, int]] = field(default_factory=dict)

    def apply(self, st: Statement, file: str) -> None:
        node = self.tree
        for key in st.path[:-1]:
            child = node.get(key)
            if not isinstance(child, dict):
                if st.op == "delete":
                    return
                child = node[key] = {}
            node = child
        name = join(st.path)
        prefix = name + SEP
        for k in [k for k in self.origin if k.startswith(prefix)]:
            del self.origin[k]
        if st.op == "delete":
            node.pop(st.path[-1], None)
        else:
            node[st.path[-1]] = copy.deepcopy(st.value)
        self.origin[name] = (file, st.line)

    def get(self, name: str) -> tuple[bool, Any]:
        node: Any = self.tree
        for key in name.split(SEP):
            if not isinstance(node, dict) or key not in node:
                return False, None
            node = node[key]
        return True, node

    def where(self, name: str) -> tuple[str, int] | None:
        """The file and line that set this setting (or the nearest enclosing one)."""
        parts = name.split(SEP)
        for i in range(len(parts), 0, -1):
            hit = self.origin.get(SEP.join(parts[:i]))
            if hit:
                return hit
        return None


def read_sources(read: Callable[[list[str]], dict[str, bytes | str]], paths: list[str], profile,
                 roles: tuple[str, ...] = ("defaults", "local")) -> tuple[list[tuple[str, list[Statement]]], list[dict]]:
    """Parse the configuration files among ``paths``, source by source, in load order.

    Returns the parsed files (path, statements) and the problems (files that
    could not be read or parsed: {path, line, message}).
    """
    parsed: list[tuple[str, list[Statement]]] = []
    problems: list[dict] = []
    for src in sources(profile):
        if src.role not in roles:
            continue
        chosen = sorted(p for p in paths if src.matches(p))
        contents = read(chosen) if chosen else {}
        for p in chosen:
            data = contents.get(p)
            if not isinstance(data, bytes):
                problems.append({"path": p, "line": None, "message": f"cannot read: {data}"})
                continue
            try:
                parsed.append((p, PARSERS[src.parser](data.decode("utf-8", "replace"), p)))
            except ConfigSyntaxError as exc:
                problems.append({"path": p, "line": exc.line, "message": exc.message})
    return parsed, problems


def build(parsed: list[tuple[str, list[Statement]]], base: dict | None = None) -> Settings:
    s = Settings(copy.deepcopy(base or {}))
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


def changes(defaults: dict, effective: dict) -> list[tuple[str, str, Any, Any]]:
    """Settings whose effective value differs from the official default (deepdiff).

    Returns (name, kind, default, effective) with kind ``changed``, ``added``
    (not in the defaults) or ``removed`` (deleted or absent).
    """
    from deepdiff import DeepDiff
    diff = DeepDiff(defaults, effective, ignore_order=True, view="tree", ignore_numeric_type_changes=True)
    names: dict[str, str] = {}
    for items in diff.values():
        for item in items:
            path = [str(p) for p in item.path(output_format="list")]
            # a change inside a list or an expression belongs to the setting that holds it
            keys: list[str] = []
            node_d: Any = defaults
            node_e: Any = effective
            for p in path:
                if isinstance(node_d, dict) and p in node_d and not _is_expr(node_d) or \
                        isinstance(node_e, dict) and p in node_e and not _is_expr(node_e):
                    keys.append(p)
                    node_d = node_d.get(p) if isinstance(node_d, dict) else None
                    node_e = node_e.get(p) if isinstance(node_e, dict) else None
                else:
                    break
            name = join(tuple(keys))
            if not name:
                continue
            found_d, _ = _get(defaults, keys)
            found_e, _ = _get(effective, keys)
            names[name] = "added" if not found_d else ("removed" if not found_e else "changed")
    out = []
    for name in sorted(names):
        keys = name.split(SEP)
        out.append((name, names[name], _get(defaults, keys)[1], _get(effective, keys)[1]))
    return out


def _is_expr(node: Any) -> bool:
    return isinstance(node, dict) and set(node) == {"$expr"}


def _get(tree: Any, keys: list[str]) -> tuple[bool, Any]:
    node = tree
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            return False, None
        node = node[k]
    return True, node
