"""Security settings: the effective configuration judged by the profile's rules.

Each rule in a profile's ``rules`` section names a setting, its safe values,
a severity, why it matters and the controls it touches::

    - id: OTRS-SESSION-001
      setting: SessionCheckRemoteIP
      safe: {equals: 1}
      severity: high
      title: Sessions are not bound to the client's IP address
      why: A stolen session id then works from any address.
      controls: [GDPR-Art32, ISO27001-A.8.5]
      when: changed        # changed (default) | always

``when: changed`` reports a setting only when its effective value differs from
the official default of the identified release and is not safe
(``weakened-setting``); ``when: always`` also reports an unsafe official
default left in place (``insecure-setting``), for settings every production
install must set (SecureMode, HTTPS, two-factor authentication).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.config import settings as cfg
from auditor.errors import ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of, regex, severity
from auditor.model.finding import Finding
from auditor.stages import enricher, post_stage, section_validator

PREDICATES = ("equals", "in", "not_in", "min", "max", "matches", "empty", "not_empty", "version_at_least",
              "bits_at_least")


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
        from auditor.risk.controls import known
        f = Fields(data, where)
        rule = cls(
            id=f.req("id", str, check=non_empty),
            setting=f.req("setting", str, check=non_empty),
            safe=dict(f.req("safe", dict)),
            severity=f.req("severity", str, check=severity),
            title=f.req("title", str, check=non_empty),
            why=f.req("why", str, check=non_empty),
            controls=list(f.opt("controls", list, default=[])),
            when=f.opt("when", str, default="changed", check=one_of("changed", "always")),
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
                raise ValidationError(f"{where}.controls", f"unknown control {c!r} (see auditor/risk/controls.yaml)",
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


@section_validator
def validate_profile(profile) -> None:
    cfg.sources(profile)
    seen: set[str] = set()
    for i, r in enumerate(rules_of(profile)):
        if r.id in seen:
            raise ValidationError(f"rules[{i}].id", f"duplicate rule id {r.id!r}", line=getattr(profile.rules[i], "line", None))
        seen.add(r.id)
    overrides_of(profile)


# ---------------------------------------------------------------------------
# predicates
# ---------------------------------------------------------------------------

def _number(v: Any) -> float | None:
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


def is_safe(rule: Rule, found: bool, value: Any) -> bool:
    if not found or value is None:
        return rule.absent == "safe"
    for key, want in rule.safe.items():
        if key == "equals" and not _eq(value, want):
            return False
        if key == "in" and not any(_eq(value, w) for w in want):
            return False
        if key == "not_in" and any(_eq(value, w) for w in want):
            return False
        if key in ("min", "max"):
            n = _number(value)
            if n is None or (key == "min" and n < want) or (key == "max" and n > want):
                return False
        if key == "matches" and not re.search(want, str(value)):
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
    return True


def _eq(a: Any, b: Any) -> bool:
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na == nb
    return a == b


# ---------------------------------------------------------------------------
# effective settings, computed once per audit
# ---------------------------------------------------------------------------

@dataclass
class SettingsState:
    defaults: dict
    effective: cfg.Settings
    problems: list[dict]
    files: list[str]
    results: list[dict] = field(default_factory=list)


def state(ctx: Context) -> SettingsState | None:
    if "settings" in ctx.shared:
        return ctx.shared["settings"]
    if not ctx.profile.config:
        ctx.shared["settings"] = None
        return None
    snap = ctx.snapshot
    tree_files = [p for p, e in snap.entries.items() if e.type == "file"]
    parsed, problems = cfg.read_sources(snap.read, tree_files, ctx.profile)
    defaults = ctx.baseline.settings if ctx.baseline is not None else {}
    if not defaults:
        # no recorded defaults: the tree's own defaults files are the best reference there is
        defaults = cfg.build([(p, s) for p, s in parsed if _role(ctx.profile, p) == "defaults"]).tree
    effective = cfg.build(parsed, defaults)
    st = SettingsState(defaults, effective, problems, [p for p, _ in parsed])
    ctx.shared["settings"] = st
    return st


def _role(profile, path: str) -> str | None:
    for src in cfg.sources(profile):
        if src.matches(path):
            return src.role
    return None


def _show(name: str, value: Any) -> Any:
    return cfg.redact(name, value)


def _text(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"$expr"}:
        return value["$expr"]
    return repr(value) if not isinstance(value, str) else f"'{value}'"


def evaluate(ctx: Context) -> list[dict]:
    st = state(ctx)
    if st is None:
        return []
    if st.results:
        return st.results
    for rule in rules_of(ctx.profile):
        if rule.condition is not None:
            found, v = st.effective.get(rule.condition["setting"])
            if not (found and re.search(rule.condition["matches"], str(v))):
                st.results.append({"rule": rule, "status": "not-applicable"})
                continue
        found, value = st.effective.get(rule.setting)
        dfound, default = cfg.Settings(st.defaults).get(rule.setting)
        changed = (found, _norm(value)) != (dfound, _norm(default))
        safe = is_safe(rule, found, value)
        status = "ok" if safe else ("weakened" if changed else ("insecure-default" if rule.when == "always" else "ok-default"))
        st.results.append({"rule": rule, "status": status, "found": found, "value": value, "default": default,
                           "default_found": dfound, "where": st.effective.where(rule.setting)})
    return st.results


def _norm(v: Any) -> Any:
    n = _number(v)
    return n if n is not None else v


def _evidence(r: dict) -> dict:
    rule: Rule = r["rule"]
    where = r.get("where")
    return {
        "rule": rule.id, "setting": rule.setting,
        "default": _show(rule.setting, r["default"]) if r["default_found"] else "(not set)",
        "effective": _show(rule.setting, r["value"]) if r["found"] else "(not set)",
        "file": paths.to_text(where[0]) if where else None, "line": where[1] if where else None,
        "safe": rule.safe, "why": rule.why, "controls": rule.controls,
    }


@check("AUD301", "weakened-setting", "weakened-setting", "high")
def weakened_settings(ctx: Context) -> Iterable[Finding]:
    """A security setting was changed from its official default to an unsafe value.

    The effective value comes from the product's configuration files, read as
    text in the product's load order (never executed), on top of the
    official defaults recorded in the release baseline. The finding names the
    rule, the setting, the official default and the new value, and the file
    and line that set it (its path is that file).
    """
    for r in evaluate(ctx):
        if r["status"] != "weakened":
            continue
        rule: Rule = r["rule"]
        ev = _evidence(r)
        where = f" in {ev['file']}:{ev['line']}" if ev["file"] else ""
        shown = _text(ev["effective"]) if r["found"] else "removed"
        yield ctx.finding("AUD301", "weakened-setting", r["where"][0] if r.get("where") else None,
                          f"{rule.title}: {rule.setting} = {shown} (official default {_text(ev['default'])}){where}",
                          ev, severity=rule.severity, key=rule.id)


@check("AUD302", "insecure-setting", "insecure-setting", "medium")
def insecure_settings(ctx: Context) -> Iterable[Finding]:
    """A setting every production install must harden is still at an unsafe official default.

    Only rules marked ``when: always`` (e.g. SecureMode, HTTPS, two-factor
    authentication) give this finding; the official installer or a competent
    administrator sets them.
    """
    for r in evaluate(ctx):
        if r["status"] != "insecure-default":
            continue
        rule: Rule = r["rule"]
        ev = _evidence(r)
        shown = _text(ev["effective"]) if r["found"] else "not set"
        yield ctx.finding("AUD302", "insecure-setting", r["where"][0] if r.get("where") else None,
                          f"{rule.title}: {rule.setting} is {shown}", ev, severity=rule.severity, key=rule.id)


@check("AUD303", "custom-override", "custom-override", "high")
def custom_overrides(ctx: Context) -> Iterable[Finding]:
    """A file in an override directory shadows a core file of the release.

    OTRS puts ``Custom/`` first in @INC: ``Custom/Kernel/System/Ticket.pm``
    silently replaces ``Kernel/System/Ticket.pm``, survives upgrades and
    hides from the product's own checksum tool (it only shows as "new").
    The profile's ``overrides`` section names such directories.
    """
    if ctx.baseline is None:
        return
    release = ctx.baseline.by_path
    for ov in overrides_of(ctx.profile):
        prefix = ov.dir.rstrip("/") + "/"
        for path, e in ctx.snapshot.entries.items():
            if e.type != "file" or not path.startswith(prefix) or path in release:
                continue
            shadowed = ov.shadows + path[len(prefix):]
            core = release.get(shadowed)
            if core is None or core.type != "file":
                continue
            identical = core.sha256 == e.sha256
            yield ctx.finding("AUD303", "custom-override", path,
                              f"shadows core file {paths.to_text(shadowed)}"
                              + (" (identical copy, but it will mask the next upgrade)" if identical else
                                 " with different code"),
                              {"shadows": paths.to_text(shadowed), "identical": identical,
                               "expected": {"sha256": core.sha256, "size": core.size},
                               "actual": {"sha256": e.sha256, "size": e.size}},
                              severity="medium" if identical else None)


@check("AUD304", "config-unparsable", "config-unparsable", "high")
def unparsable_config(ctx: Context) -> Iterable[Finding]:
    """A configuration file could not be read as configuration (a syntax error, unreadable).

    The product itself would most likely fail to load it; its settings cannot
    be judged. The finding names the file and the line.
    """
    st = state(ctx)
    if st is None:
        return
    for p in st.problems:
        loc = f"line {p['line']}: " if p["line"] else ""
        yield ctx.finding("AUD304", "config-unparsable", p["path"], f"cannot parse configuration: {loc}{p['message']}",
                          {"line": p["line"], "detail": p["message"]})


@post_stage
def settings_section(report, ctx: Context, opts) -> None:
    """Report section ``settings``: every changed setting and every rule's result."""
    st = state(ctx)
    if st is None:
        return
    changed = []
    for name, kind, default, effective in cfg.changes(st.defaults, st.effective.tree):
        where = st.effective.where(name)
        changed.append({"setting": name, "change": kind, "default": _show(name, default),
                        "effective": _show(name, effective), "file": paths.to_text(where[0]) if where else None,
                        "line": where[1] if where else None})
    rules = []
    for r in evaluate(ctx):
        rule = r["rule"]
        item = {"rule": rule.id, "setting": rule.setting, "status": r["status"], "severity": rule.severity,
                "title": rule.title, "controls": rule.controls}
        if "value" in r:
            item["effective"] = _show(rule.setting, r["value"]) if r["found"] else None
            item["default"] = _show(rule.setting, r["default"]) if r["default_found"] else None
        rules.append(item)
    report.sections["settings"] = {"files": [paths.to_text(f) for f in st.files], "changed": changed, "rules": rules,
                                   "problems": st.problems}


@enricher
def record_defaults(baseline, snapshot, profile, contents) -> None:
    """Store the official defaults (the release's ``defaults`` sources) in the baseline."""
    if not profile.config:
        return
    files = [p for p, e in snapshot.entries.items() if e.type == "file"]
    parsed, problems = cfg.read_sources(snapshot.read, files, profile, roles=("defaults",))
    if problems:
        from auditor.errors import AuditorError
        p = problems[0]
        raise AuditorError(f"{p['path']}:{p['line'] or '?'}: cannot read the official defaults: {p['message']}")
    baseline.settings = cfg.build(parsed).tree
