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

from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

from auditor import codetext, paths, yamlio
from auditor.config import settings as cfg
from auditor.checks.base import Context, check
from auditor.checks.integrity import diff_of
from auditor.checks.settings import changed_settings, state as settings_state
from auditor.errors import AuditorError, ValidationError
from auditor.knowledge.endpoints import (SCAN_LIMIT, TEXT_LIMIT, Allowlist, EndpointConfig, read_export, scannable,
                                         setting_endpoints, webservice_endpoints)
from auditor.knowledge.urls import PLAINTEXT, SEVERITY_LADDER, Endpoint, canonical_host, parse_url, reserved, strings, \
    urls_in
from auditor.model.finding import Finding
from auditor.stages import post_stage


def official_hosts(ctx: Context) -> set[str]:
    return {urlsplit(u).hostname or u for u in (ctx.baseline.endpoints if ctx.baseline else [])}


def inventory(ctx: Context) -> list[Endpoint]:
    if "endpoints" in ctx.shared:
        return ctx.shared["endpoints"]
    conf = EndpointConfig.from_profile(ctx.profile)
    found: list[Endpoint] = []
    snap = ctx.snapshot

    # 1. settings
    st = settings_state(ctx)
    if st is not None:
        for es, _v, parsed in setting_endpoints(conf, st.effective):
            where = st.effective.where(es.setting) or (None, None)
            found.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "setting", where[0], where[1],
                                  {"setting": es.setting}))
        declared = {es.setting for es in conf.settings}
        for name, kind, _default, effective in changed_settings(ctx):
            if kind == "removed" or name in declared or cfg.is_secret(name):
                continue
            where = st.effective.where(name) or (None, None)
            for v in strings(effective):
                for _, url in urls_in(v):
                    parsed = parse_url(url)
                    if parsed:
                        found.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "setting", where[0], where[1],
                                              {"setting": name}))

    # 2. web service definitions in the tree (not the official ones: their hosts are official) and
    #    exported from the database; one that cannot be read is a finding, its URLs found by text search
    problems: list[dict] = []
    ctx.shared["endpoint_problems"] = problems
    unscanned: list[dict] = []
    ctx.shared["endpoint_unscanned"] = unscanned

    def text_urls(name: str, text: str, source: str, detail: dict) -> None:
        for lineno, url in urls_in(text):
            parsed = parse_url(url)
            if parsed:
                found.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], source, name, lineno, dict(detail)))

    def webservice(name: str, data: bytes, export: bool) -> None:
        extra = {"export": True} if export else {}
        try:
            text = codetext.decode(data, "strict")      # UTF-16 and UTF-32 (with or without a BOM) too
        except UnicodeDecodeError:
            text = None                                 # the YAML reader says what is wrong with it
        try:
            doc = yamlio.loads(data if text is None else text.encode("utf-8"), name, lines=True)
        except ValidationError as exc:
            problems.append({"file": name, "line": exc.line, "message": exc.message, "export": export})
            text_urls(name, text if text is not None else codetext.decode(data), "webservice-text",
                      {"webservice": Path(name).stem, **extra})
            return
        # one definition, or a list of them (several exported into one file)
        docs = doc if isinstance(doc, list) else [doc]
        eps = [e for d in docs for e in webservice_endpoints(d, name,
                                                             (d.get("Name") if isinstance(d, dict) else None)
                                                             if isinstance(doc, list) else None)]
        if not eps and not any(isinstance(d, dict) and {"Requester", "Provider"} & set(d) for d in docs):
            # YAML that is no web service definition: its URLs count as configuration does, never skipped
            added = export or ctx.baseline is None or name not in ctx.baseline.by_path
            text_urls(name, text, "code", {"added": added, "lines": [], "urls": []})
            return
        for e in eps:
            e.detail.update(extra)
        found.extend(eps)

    if conf.webservice_files:
        official = ctx.baseline.by_path if ctx.baseline is not None else {}
        candidates = [p for p, e in snap.entries.items() if e.type == "file" and (e.size or 0) <= TEXT_LIMIT
                      and (conf.webservice_spec.match(p) or conf.webservice_spec.match(p.lower()))
                      and not ctx.snapshot.same_as(official.get(p), p)]
        for p, data in sorted(snap.read(candidates).items()):
            if isinstance(data, bytes):
                webservice(p, data, False)
    for export_dir in ctx.options.get("webservices") or []:
        root = Path(export_dir)
        if not root.is_dir():
            raise AuditorError(f"{export_dir}: --webservices needs a directory of exported web service YAML files")
        for f in sorted(x for x in root.rglob("*") if x.suffix.lower() in (".yml", ".yaml")):
            data = read_export(f)
            if isinstance(data, str):
                problems.append({"file": str(f), "line": None, "message": data, "export": True})
            else:
                webservice(str(f), data, True)

    # 3. URLs in the code of added or modified files (not in comments, docstrings or documentation;
    #    with a content pack, only on the lines the change added), one endpoint per (file, host)
    diff = diff_of(ctx)
    if conf.code_scan and diff is not None:
        from auditor.checks.changes import changes_of
        changes = changes_of(ctx)
        added_paths = {t.path for t in diff.added}
        changed = [t.path for t in diff.added if t.type == "file"] + [t.path for _, t in diff.modified if t.type == "file"]
        changed += [t.path for _, t in diff.moved]
        changed = [p for p in changed if scannable(ctx.profile, conf, p, snap.entries[p].mode)]
        texts = snap.read(changed, SCAN_LIMIT)
        from auditor import deadline
        for p, data in sorted(texts.items()):
            deadline.check()
            if not isinstance(data, bytes):
                unscanned.append({"path": paths.to_text(p), "reason": data})   # never skipped silently
                continue
            if b"\0" in data[:4096]:
                unscanned.append({"path": paths.to_text(p), "reason": "binary content"})
                continue
            code = codetext.code_only(p, data.decode("utf-8", "replace"))
            if code is None:
                continue
            fc = changes.get(p)
            only = fc.added_lines if fc is not None and fc.available else None
            by_host: dict[str, Endpoint] = {}
            for lineno, url in urls_in(code):
                if only is not None and lineno not in only:
                    continue
                parsed = parse_url(url)
                if not parsed:
                    continue
                e = by_host.get(parsed[1])
                if e is None:
                    e = by_host[parsed[1]] = Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "code", p, lineno,
                                                      {"added": p in added_paths, "lines": [], "urls": []})
                if lineno not in e.detail["lines"]:
                    e.detail["lines"].append(lineno)
                if parsed[3] not in e.detail["urls"]:
                    e.detail["urls"].append(parsed[3])
                if canonical_host(urlsplit(url.strip().rstrip(".")).hostname or "") != \
                        (urlsplit(url.strip().rstrip(".")).hostname or "").lower():
                    # the host as the code spells it (percent-escaped, a decimal or hex IPv4 address)
                    written = e.detail.setdefault("written", [])
                    if url not in written:
                        written.append(url)
                if parsed[0] in PLAINTEXT and e.scheme not in PLAINTEXT:   # the worst scheme decides
                    e.scheme, e.url = parsed[0], parsed[3]
            found.extend(by_host.values())

    official = official_hosts(ctx)
    allow = Allowlist(conf.allow + list(ctx.options.get("allow_hosts") or []))
    ignored = Allowlist(conf.ignore_hosts)
    out, seen = [], set()
    for e in found:
        if ignored.allows(e.host):
            continue
        e.official = e.host in official
        e.allowed = allow.allows(e.host)
        key = (e.url, e.source, e.file, e.line)
        if key not in seen:
            seen.add(key)
            out.append(e)
    out.sort(key=lambda e: (e.file or "", e.line or 0, e.url))
    ctx.shared["endpoints"] = out
    return out




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
    return SEVERITY_LADDER[min(len(factors), 2)], factors


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
    for e in inventory(ctx):
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
        in_tree = e.file if e.file and not e.detail.get("export") else None
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
    inventory(ctx)
    for p in ctx.shared.get("endpoint_problems", []):
        loc = f"line {p['line']}: " if p["line"] else ""
        yield ctx.finding("AUD402", "config-unparsable", None if p["export"] else p["file"],
                          f"cannot read web service definition: {loc}{p['message']}",
                          {"file": p["file"] if p["export"] else paths.to_text(p["file"]), "line": p["line"],
                           "detail": p["message"], "export": p["export"]})


@post_stage
def endpoints_section(report, ctx: Context, opts) -> None:
    """Report section ``endpoints``: the whole inventory, official and allowed ones included."""
    if not ctx.profile.endpoints and not ctx.options.get("webservices"):
        return
    items = inventory(ctx)
    report.sections["endpoints"] = {
        "inventory": [e.to_dict() for e in items],
        "official_hosts": len(official_hosts(ctx)),
        "unexpected": sum(1 for e in items if not (e.official or e.allowed)),
        # added or modified code that could not be searched for URLs (binary, too large, unreadable)
        "not_scanned": ctx.shared.get("endpoint_unscanned", []),
    }


