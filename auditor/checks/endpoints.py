"""Outbound endpoints: every URL or host the install would talk to, and which nobody official put there.

Sources (the profile's ``endpoints`` section):

* settings whose values are URLs or hosts (``WebUserAgent::Proxy``,
  ``Package::RepositoryList`` ...), and any URL in a setting the install changed;
* GenericInterface web service definitions: YAML exports found in the tree
  (``webservice_files``) and in ``--webservices DIR`` (exports of the
  database); the Requester transport's ``Host``/``Endpoint`` and proxy,
  with the invokers and the events that fire them automatically;
* URLs in the code of added or modified files: string literals and
  configuration values, never comments, docstrings, documentation, tests or
  translations (the profile's ``not_code``); with a content pack only the
  lines a modification added count; one endpoint per (file, host), with every
  line and URL as evidence.

An endpoint is *official* when its host appears anywhere in the official
release (recorded in the baseline when it is built), *allowed* when it
matches ``--allow-host`` / ``--allowlist`` or the profile's ``allow`` list.
Anything else is an ``outbound-endpoint`` finding: medium, high with one
aggravating factor (plain-text scheme, a public IP literal, data sent
automatically on events), critical with two or more; internal addresses
(RFC 1918, loopback) are low.
"""

from __future__ import annotations

from typing import Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.knowledge.endpoints import EndpointConfig
from auditor.knowledge.urls import PLAINTEXT, SEVERITY_LADDER, Endpoint, reserved
from auditor.model.finding import Finding


def endpoint_severity(e: Endpoint) -> tuple[str, list[str]]:
    if reserved(e.host):
        return "info", ["reserved example domain (RFC 2606/6761): a placeholder, not a peer"]
    if e.internal:
        return "low", ["internal address"]
    factors = []
    if e.scheme in PLAINTEXT:
        factors.append(f"plain-text {e.scheme}")
    if e.ip_literal:
        factors.append("IP literal")
    if e.automatic:
        factors.append(f"sent automatically on {', '.join(e.detail['events'])}")
    severity = SEVERITY_LADDER[min(len(factors), 2)]
    if e.detail.get("valid") is False:       # a web service of the database that is switched off
        factors.append("web service invalid (not in use)")
        severity = {"critical": "high", "high": "medium", "medium": "low"}.get(severity, severity)
    return severity, factors


@check("AUD401", "outbound-endpoint", "outbound-endpoint", "medium")
def outbound_endpoints(ctx: Context) -> Iterable[Finding]:
    """The install would send data to a host that neither the official release nor the allowlist names.

    Evidence: the URL (credentials removed), host, scheme, port, whether the
    host is an IP literal, the source (setting, web service, code), the file
    and line, and for web services the invokers and the events that fire
    them. Medium; high with one aggravating factor (plain-text scheme, public
    IP literal, automatic sending on events); critical with two or more;
    internal addresses are low; reserved example domains (RFC 2606/6761:
    example.com, *.example, *.test, *.invalid) are info at most. Personal data leaving to an unvetted party
    touches GDPR transfers and processor rules, CCPA, LGPD and PDPA.
    """
    conf = EndpointConfig.from_profile(ctx.profile)
    for e in ctx.comparison.endpoints.endpoints:
        if e.official or e.allowed:
            continue
        sev, factors = endpoint_severity(e)
        lines = e.detail.get("lines") or ([e.line] if e.line else [])
        where = (f"{paths.to_text(e.file)}:{','.join(map(str, lines[:8]))}" if e.file and lines
                 else (paths.to_text(e.file) if e.file else "?"))
        what = {"setting": f"setting {e.detail.get('setting')}", "webservice": f"web service {e.detail.get('webservice')}",
                "code": "code", "webservice-text": "an unreadable web service definition"}[e.source]
        more = len(e.detail.get("urls") or []) - 1
        url = e.url + (f" (+{more} more URL(s) on this host)" if more > 0 else "")
        msg = f"{what} talks to {url} ({', '.join(factors) if factors else 'not in the official release'}) at {where}"
        ev = e.to_dict()
        ev["factors"] = factors
        ev["controls"] = conf.controls
        in_tree = e.file if e.file and not e.detail.get("export") and not e.detail.get("database") else None
        key = f"{e.host}|code" if e.source == "code" else \
            f"{e.url}|{e.source}|{e.detail.get('setting') or e.detail.get('field') or ''}"
        yield ctx.finding("AUD401", "outbound-endpoint", in_tree, msg, ev, severity=sev, key=key)


@check("AUD402", "unreadable-endpoint-source", "config-unparsable", "high")
def unreadable_endpoint_sources(ctx: Context) -> Iterable[Finding]:
    """A web service definition (in the tree, or exported with ``--webservices``) cannot be read.

    Unknown YAML tags, duplicate keys, bad syntax, a file that is not a
    regular file: the definition is not silently dropped. The finding names
    the file and line, and the URLs in its text (found by plain text search)
    are inventoried as endpoints of source ``webservice-text``.
    """
    for p in ctx.comparison.endpoints.problems:
        loc = f"line {p['line']}: " if p["line"] else ""
        yield ctx.finding("AUD402", "config-unparsable", None if p["export"] else p["file"],
                          f"cannot read web service definition: {loc}{p['message']}",
                          {"file": p["file"] if p["export"] else paths.to_text(p["file"]), "line": p["line"],
                           "detail": p["message"], "export": p["export"]})
