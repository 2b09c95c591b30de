"""The inventory of outbound endpoints: every URL or host the install would talk to, where it is set, and
whether the official release or the user's allowlist names it. Facts; the endpoint checks judge them.

Sources (the profile's ``endpoints`` section): settings whose values are URLs or hosts, and any URL in a
setting the install changed; GenericInterface web service definitions in the tree (``webservice_files``)
and exported from the database (``--webservices``); URLs in the code of added or modified files (never
comments, documentation, tests or translations; with a content pack only the lines a change added).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from auditor import codetext, deadline, paths, yamlio
from auditor.config import settings as cfg
from auditor.errors import ValidationError
from auditor.knowledge.endpoints import (SCAN_LIMIT, TEXT_LIMIT, Allowlist, EndpointConfig, scannable,
                                         setting_endpoints, webservice_endpoints)
from auditor.knowledge.urls import PLAINTEXT, Endpoint, canonical_host, parse_url, strings, urls_in


@dataclass
class Inventory:
    endpoints: list[Endpoint] = field(default_factory=list)
    #: web service definitions that could not be read: {file, line, message, export}
    problems: list[dict] = field(default_factory=list)
    #: added or modified code that could not be searched for URLs: {path, reason}
    unscanned: list[dict] = field(default_factory=list)
    #: hosts the official release names
    official_hosts: set[str] = field(default_factory=set)


def of(snapshot, profile, baseline, diff, changes, settings, allow_hosts, exports, database=()) -> Inventory:
    """``exports``: (file name, bytes, or why it could not be read) of the web service exports;
    ``database``: the web services of the database (auditor.compare.database.WebService)."""
    conf = EndpointConfig.from_profile(profile)
    inv = Inventory(official_hosts={urlsplit(u).hostname or u for u in (baseline.endpoints if baseline else [])})
    found: list[Endpoint] = []
    if settings is not None:
        found += _from_settings(conf, settings)
    reader = _WebServices(found, inv.problems, baseline)
    if conf.webservice_files:
        official = baseline.by_path if baseline is not None else {}
        candidates = [p for p, e in snapshot.entries.items() if e.type == "file" and (e.size or 0) <= TEXT_LIMIT
                      and not snapshot.same_as(official.get(p), p)
                      and (conf.webservice_spec.match(p) or conf.webservice_spec.match(p.lower()))]
        for p, data in sorted(snapshot.read(candidates).items()):
            if isinstance(data, bytes):
                reader.read(p, data, False)
    for name, data in exports:
        if isinstance(data, str):
            inv.problems.append({"file": name, "line": None, "message": data, "export": True})
        else:
            reader.read(name, data, True)
    for ws in database:
        before = len(found)
        reader.read(ws.location, ws.config, True)
        for e in found[before:]:
            e.detail.update({"database": True, "valid": ws.valid, "webservice": ws.name})
    if conf.code_scan and diff is not None:
        found += _from_code(snapshot, profile, conf, diff, changes, inv.unscanned)
    allow = Allowlist(conf.allow + list(allow_hosts))
    ignored = Allowlist(conf.ignore_hosts)
    seen = set()
    for e in found:
        if ignored.allows(e.host):
            continue
        e.official = e.host in inv.official_hosts
        e.allowed = allow.allows(e.host)
        key = (e.url, e.source, e.file, e.line)
        if key not in seen:
            seen.add(key)
            inv.endpoints.append(e)
    inv.endpoints.sort(key=lambda e: (e.file or "", e.line or 0, e.url))
    return inv


def _from_settings(conf: EndpointConfig, st) -> list[Endpoint]:
    """The profile's endpoint settings, and URLs in any other setting the install changed."""
    found = []
    for es, _v, parsed in setting_endpoints(conf, st.effective):
        where = st.effective.where(es.setting) or (None, None)
        found.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "setting", where[0], where[1],
                              {"setting": es.setting}))
    declared = {es.setting for es in conf.settings}
    for name, kind, _default, effective in st.changed:
        if kind == "removed" or name in declared or cfg.is_secret(name):
            continue
        where = st.effective.where(name) or (None, None)
        for v in strings(effective):
            for _, url in urls_in(v):
                parsed = parse_url(url)
                if parsed:
                    found.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "setting", where[0], where[1],
                                          {"setting": name}))
    return found


class _WebServices:
    """Web service definitions (in the tree, or exported from the database); one that cannot be read is a
    problem, its URLs found by text search."""

    def __init__(self, found: list[Endpoint], problems: list[dict], baseline):
        self.found, self.problems, self.baseline = found, problems, baseline

    def text_urls(self, name: str, text: str, source: str, detail: dict) -> None:
        for lineno, url in urls_in(text):
            parsed = parse_url(url)
            if parsed:
                self.found.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], source, name, lineno,
                                           dict(detail)))

    def read(self, name: str, data: bytes, export: bool) -> None:
        extra = {"export": True} if export else {}
        try:
            text = codetext.decode(data, "strict")      # UTF-16 and UTF-32 (with or without a BOM) too
        except UnicodeDecodeError:
            text = None                                 # the YAML reader says what is wrong with it
        try:
            doc = yamlio.loads(data if text is None else text.encode("utf-8"), name, lines=True)
        except ValidationError as exc:
            self.problems.append({"file": name, "line": exc.line, "message": exc.message, "export": export})
            self.text_urls(name, text if text is not None else codetext.decode(data), "webservice-text",
                           {"webservice": Path(name).stem, **extra})
            return
        # one definition, or a list of them (several exported into one file)
        docs = doc if isinstance(doc, list) else [doc]
        eps = [e for d in docs for e in webservice_endpoints(
            d, name, (d.get("Name") if isinstance(d, dict) else None) if isinstance(doc, list) else None)]
        if not eps and not any(isinstance(d, dict) and {"Requester", "Provider"} & set(d) for d in docs):
            # YAML that is no web service definition: its URLs count as configuration does, never skipped
            added = export or self.baseline is None or name not in self.baseline.by_path
            self.text_urls(name, text, "code", {"added": added, "lines": [], "urls": []})
            return
        for e in eps:
            e.detail.update(extra)
        self.found.extend(eps)


def _from_code(snap, profile, conf: EndpointConfig, diff, changes, unscanned: list[dict]) -> list[Endpoint]:
    """URLs in the code of added or modified files, one endpoint per (file, host)."""
    added_paths = {t.path for t in diff.added}
    changed = [t.path for t in diff.added if t.type == "file"] + [t.path for _, t in diff.modified if t.type == "file"]
    changed += [t.path for _, t in diff.moved]
    changed = [p for p in changed if scannable(profile, conf, p, snap.entries[p].mode)]
    found = []
    for p, data in sorted(snap.read(changed, SCAN_LIMIT).items()):
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
        found += _code_endpoints(p, code, only, p in added_paths)
    return found


def _code_endpoints(path: str, code: str, only: set[int] | None, added: bool) -> list[Endpoint]:
    by_host: dict[str, Endpoint] = {}
    for lineno, url in urls_in(code):
        if only is not None and lineno not in only:
            continue
        parsed = parse_url(url)
        if not parsed:
            continue
        e = by_host.get(parsed[1])
        if e is None:
            e = by_host[parsed[1]] = Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "code", path, lineno,
                                              {"added": added, "lines": [], "urls": []})
        if lineno not in e.detail["lines"]:
            e.detail["lines"].append(lineno)
        if parsed[3] not in e.detail["urls"]:
            e.detail["urls"].append(parsed[3])
        written_host = urlsplit(url.strip().rstrip(".")).hostname or ""
        if canonical_host(written_host) != written_host.lower():
            # the host as the code spells it (percent-escaped, a decimal or hex IPv4 address)
            written = e.detail.setdefault("written", [])
            if url not in written:
                written.append(url)
        if parsed[0] in PLAINTEXT and e.scheme not in PLAINTEXT:   # the worst scheme decides
            e.scheme, e.url = parsed[0], parsed[3]
    return list(by_host.values())
