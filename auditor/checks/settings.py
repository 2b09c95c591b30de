"""Security settings: the effective configuration judged by the profile's security rules.

The rules are data (a profile's ``rules`` section; the format and the meaning of ``when: changed``,
``always`` and ``hardening`` are documented in auditor/knowledge/rules.py and docs/profiles.md); the
effective configuration and the official defaults are facts of the comparison (auditor/compare/settings.py).
"""

from __future__ import annotations

from typing import Any, Iterable

from auditor import regex as linear
from auditor import paths
from auditor.checks.base import Context, check
from auditor.config import settings as cfg
from auditor.model.finding import Finding
from auditor.knowledge.rules import Rule, is_safe, normalised, overrides_of, rules_of


def shown(name: str, value: Any) -> Any:
    return cfg.redact(name, value)


def _text(value: Any) -> str:
    if isinstance(value, dict) and len(value) == 1 and "$expr" in value:
        return value["$expr"]
    return repr(value) if not isinstance(value, str) else f"'{value}'"


def evaluate(ctx: Context) -> list[dict]:
    """Every rule of the profile judged against the tree's settings (once per audit)."""
    if ctx.rule_results is None:
        st = ctx.comparison.settings
        results: list[dict] = []
        if st is not None:
            defaults = cfg.Settings(st.defaults)
            official = ctx.baseline.by_path if ctx.baseline is not None else None
            nothing = not st.defaults and not st.effective.tree  # neither the release nor the tree configures anything
            for rule in rules_of(ctx.profile):
                results.append({"rule": rule, "status": "not-applicable"} if nothing
                               else _judge(rule, st, defaults, official, ctx.options.hardening))
        ctx.rule_results = results
    return ctx.rule_results


def _judge(rule: Rule, st, defaults: cfg.Settings, official, hardening: bool) -> dict:
    if rule.condition is not None:
        found, v = st.effective.get(rule.condition["setting"])
        if not (found and linear.compile(rule.condition["matches"]).search(linear.subject(str(v)))):
            return {"rule": rule, "status": "not-applicable"}
    found, value = st.effective.get(rule.setting)
    dfound, default = defaults.get(rule.setting)
    if not found and not dfound and rule.when == "changed":
        # the release does not define the setting and the tree does not set it
        return {"rule": rule, "status": "not-applicable"}
    changed = (found, normalised(value)) != (dfound, normalised(default))
    safe = is_safe(rule, found, value, official)
    redefined = st.redefined.get(rule.setting)
    if safe and redefined is not None and (normalised(redefined[0]) != normalised(default) or not dfound) \
            and not is_safe(rule, redefined[0] is not None, redefined[0], official):
        # the running value is fine, but the tree's definitions make the next deployment unsafe
        return {"rule": rule, "status": "weakened", "found": redefined[0] is not None, "value": redefined[0],
                "default": default, "default_found": dfound, "where": redefined[1:], "latent": True}
    if safe:
        status = "ok"
    elif changed:
        status = "weakened"
    elif rule.when == "always" or (rule.when == "hardening" and hardening):
        status = "insecure-default"
    elif rule.when == "hardening":
        status = "hardening-advice"
    else:
        status = "ok-default"
    where = st.effective.where(rule.setting)
    if where is None and not found and st.deployment:
        where = (st.deployment, None)   # left out of the deployed configuration
    return {"rule": rule, "status": status, "found": found, "value": value, "default": default,
            "default_found": dfound, "where": where}


def _evidence(r: dict) -> dict:
    rule: Rule = r["rule"]
    where = r.get("where")
    return {
        "rule": rule.id, "setting": rule.setting,
        "default": shown(rule.setting, r["default"]) if r["default_found"] else "(not set)",
        "effective": shown(rule.setting, r["value"]) if r["found"] else "(not set)",
        "file": paths.to_text(where[0]) if where else None, "line": where[1] if where else None,
        "safe": rule.safe, "why": rule.why, "controls": rule.controls,
        **({"latent": True} if r.get("latent") else {}),
    }


@check("AUD301", "weakened-setting", "weakened-setting", "high")
def weakened_settings(ctx: Context) -> Iterable[Finding]:
    """A security setting was changed from its official default to an unsafe value.

    The effective value is what the product would load: its configuration
    files read as text in the product's load order (never executed); the
    official default is recorded in the release baseline. A setting removed
    from the deployed configuration counts as its absence. A changed setting
    *definition* (a vendor's edit of an official SysConfig XML file) that the
    next deployment would turn into an unsafe value is reported too, marked
    ``latent``. The finding names the rule, the setting, the official default
    and the new value, and the file and line that set it (its path is that file).
    """
    for r in evaluate(ctx):
        if r["status"] != "weakened":
            continue
        rule: Rule = r["rule"]
        ev = _evidence(r)
        where = (f" in {ev['file']}:{ev['line']}" if ev["line"] else f" (not in {ev['file']})") if ev["file"] else ""
        shown = _text(ev["effective"]) if r["found"] else "removed"
        latent = " in the setting definitions (takes effect at the next deployment)" if r.get("latent") else ""
        default = f"official default {_text(ev['default'])}" if r["default_found"] else \
            "the official release does not set it"
        yield ctx.finding("AUD301", "weakened-setting", r["where"][0] if r.get("where") else None,
                          f"{rule.title}: {rule.setting} = {shown} ({default}){latent}{where}", ev,
                          severity=rule.severity, key=rule.id)


@check("AUD302", "insecure-setting", "insecure-setting", "medium")
def insecure_settings(ctx: Context) -> Iterable[Finding]:
    """A setting the official installer hardens is at an unsafe official default.

    Rules marked ``when: always`` (OTRS: SecureMode, which the installer sets
    to 1 when it finishes) give this finding. Rules marked ``when: hardening``
    (HTTPS, two-factor authentication, a password policy) give it only with
    ``--hardening``; otherwise they are advice in the report's ``settings``
    section, since an untouched official default is not something a vendor did.
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
    st = ctx.comparison.settings
    if st is None:
        return
    for p in st.problems:
        loc = f"line {p['line']}: " if p["line"] else ""
        yield ctx.finding("AUD304", "config-unparsable", p["path"], f"cannot parse configuration: {loc}{p['message']}",
                          {"line": p["line"], "detail": p["message"]})
