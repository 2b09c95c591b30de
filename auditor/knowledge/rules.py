"""Security rules of a profile (its ``rules`` section) and the override directories (``overrides``):
what a setting's safe values are, as data.

Each rule in a profile's ``rules`` section names a setting, its safe values,
a severity, why it matters and the controls it touches::

    - id: OTRS-SESSION-001
      setting: SessionCheckRemoteIP
      safe: {equals: 1}
      severity: high
      title: Sessions are not bound to the client's IP address
      why: A stolen session id then works from any address.
      controls: [GDPR-Art32, ISO27001-A.8.5]
      when: changed        # changed (default) | always | hardening

``when: changed`` reports a setting only when its effective value differs from
the official default of the identified release and is not safe
(``weakened-setting``); ``when: always`` also reports an unsafe official
default left in place (``insecure-setting``), for settings the official
installer never leaves at the default (OTRS SecureMode); ``when: hardening``
lists an unsafe official default as advice in the report's ``settings``
section and gives a finding only with ``--hardening`` (HTTPS, two-factor
authentication, password policy): an untouched official default is not
something a vendor did. A rule whose setting neither the official defaults
nor the tree define does not apply (releases differ in their settings);
for ``always`` and ``hardening`` rules an absent setting is judged by ``absent``
(an absent two-factor module means two-factor authentication is off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor import regex as linear
from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of, regex, severity

PREDICATES = ("equals", "in", "not_in", "min", "max", "matches", "empty", "not_empty", "version_at_least",
              "bits_at_least", "module_in_release")


@dataclass
class Rule:
    id: str
    setting: str
    safe: dict
    severity: str
    title: str
    why: str
    controls: list[str] = field(default_factory=list)
    when: str = "changed"
    absent: str = "unsafe"
    condition: dict | None = None

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Rule":
        from auditor.knowledge.controls import known
        f = Fields(data, where)
        rule = cls(
            id=f.req("id", str, check=non_empty),
            setting=f.req("setting", str, check=non_empty),
            safe=dict(f.req("safe", dict)),
            severity=f.req("severity", str, check=severity),
            title=f.req("title", str, check=non_empty),
            why=f.req("why", str, check=non_empty),
            controls=list(f.opt("controls", list, default=[])),
            when=f.opt("when", str, default="changed", check=one_of("changed", "always", "hardening")),
            absent=f.opt("absent", str, default="unsafe", check=one_of("safe", "unsafe")),
            condition=f.opt("if", dict),
        )
        f.done()
        for key, value in rule.safe.items():
            if key not in PREDICATES:
                raise ValidationError(f"{where}.safe.{key}", f"unknown predicate; known: {', '.join(PREDICATES)}",
                                      line=f.line)
            problem = regex()(value) if key == "matches" else None
            if problem:
                raise ValidationError(f"{where}.safe.matches", problem, line=f.line)
        for c in rule.controls:
            if not known(c):
                raise ValidationError(f"{where}.controls", f"unknown control {c!r} (see auditor/knowledge/controls.yaml)",
                                      line=f.line)
        if rule.condition is not None:
            cf = Fields(rule.condition, f"{where}.if")
            cf.req("setting", str, check=non_empty)
            cf.req("matches", str, check=regex())
            cf.done()
        return rule


@dataclass
class Override:
    dir: str
    shadows: str

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Override":
        f = Fields(data, where)
        out = cls(f.req("dir", str, check=non_empty), f.opt("shadows", str, default=""))
        f.done()
        return out


def rules_of(profile) -> list[Rule]:
    return profile.section("rules", lambda p: list_of(p.rules, "rules", Rule.from_dict))


def overrides_of(profile) -> list[Override]:
    return profile.section("overrides", lambda p: list_of(p.overrides, "overrides", Override.from_dict))


def validate(profile) -> None:
    """The profile's rules and overrides parse, and no rule id is given twice."""
    seen: set[str] = set()
    for i, r in enumerate(rules_of(profile)):
        if r.id in seen:
            raise ValidationError(f"rules[{i}].id", f"duplicate rule id {r.id!r}", line=getattr(profile.rules[i], "line", None))
        seen.add(r.id)
    overrides_of(profile)


# ---------------------------------------------------------------------------
# predicates
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# predicates
# ---------------------------------------------------------------------------

def number(v: Any) -> float | None:
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?", v.strip()):
        return float(v)
    return None


def _version(v: Any) -> tuple[int, ...] | None:
    m = re.search(r"(\d+(?:\.\d+)*)", str(v))
    return tuple(int(x) for x in m.group(1).split(".")) if m else None


def _bits(v: Any) -> int | None:
    m = re.search(r"(?<!\d)(64|128|192|256|384|512)(?!\d)", str(v))
    return int(m.group(1)) if m else None


def module_path(value: Any) -> str | None:
    """``Kernel::System::Auth::DB`` -> ``Kernel/System/Auth/DB.pm`` (None when the value is not a module name)."""
    if isinstance(value, str) and re.fullmatch(r"[A-Za-z_]\w*(?:::\w+)+", value.strip()):
        return value.strip().replace("::", "/") + ".pm"
    return None


def is_safe(rule: Rule, found: bool, value: Any, official: dict | None = None) -> bool:
    """Whether the value is safe; ``official`` (path -> baseline entry) serves ``module_in_release``."""
    if not found or value is None:
        return rule.absent == "safe"
    for key, want in rule.safe.items():
        if key == "equals" and not equal(value, want):
            return False
        if key == "in" and not any(equal(value, w) for w in want):
            return False
        if key == "not_in" and any(equal(value, w) for w in want):
            return False
        if key in ("min", "max"):
            n = number(value)
            if n is None or (key == "min" and n < want) or (key == "max" and n > want):
                return False
        if key == "matches" and not linear.compile(want).search(linear.subject(str(value))):
            return False
        if key == "not_empty" and want and value in ("", [], {}):
            return False
        if key == "empty" and want and value not in ("", [], {}):
            return False
        if key == "version_at_least":
            have, need = _version(value), _version(want)
            if have is None or have < need:
                return False
        if key == "bits_at_least":
            b = _bits(value)
            if b is None or b < want:
                return False
        if key == "module_in_release" and want and official is not None:
            path = module_path(value)
            entry = official.get(path) if path else None
            if entry is None or entry.type != "file":
                return False
    return True


def equal(a: Any, b: Any) -> bool:
    na, nb = number(a), number(b)
    if na is not None and nb is not None:
        return na == nb
    return a == b


# ---------------------------------------------------------------------------
# effective settings, computed once per audit
# ---------------------------------------------------------------------------


def normalised(v: Any) -> Any:
    n = number(v)
    return n if n is not None else v

