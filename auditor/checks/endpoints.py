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

import fnmatch
import functools
import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import unquote, urlsplit

from auditor import codetext, paths, yamlio
from auditor.checks.base import Context, check
from auditor.checks.integrity import diff_of
from auditor.checks.settings import changed_settings, state as settings_state
from auditor.config import settings as cfg
from auditor.errors import AuditorError, ValidationError
from auditor.model._fields import Fields, list_of, non_empty, one_of
from auditor.model.finding import Finding
from auditor.patterns import PathPatterns
from auditor.stages import enricher, post_stage, section_validator

URL_RE = re.compile(r"\b((?:https?|ftps?|ldaps?|smtps?|wss?|sftp|ssh)://[^\s'\"<>()\[\]{}\\,;`]+)", re.I)
_SCHEME_END = re.compile(r"(?:https?|ftps?|ldaps?|smtps?|wss?|sftp|ssh)\Z", re.I)
_URL_BODY = re.compile(r"[^\s'\"<>()\[\]{}\\,;`]+")
_HOST_RE = re.compile(r"(?=.*[a-z0-9])[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?")
PLAINTEXT = {"http", "ftp", "ldap", "smtp", "ws", "telnet"}
SEVERITY_LADDER = ["medium", "high", "critical"]
INTERNAL_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                                   "169.254.0.0/16", "::1/128", "fc00::/7", "fe80::/10")]
TEXT_LIMIT = 1 << 20
#: Largest added or modified code file searched for URLs (minified bundles run to a few MB)
SCAN_LIMIT = 16 << 20


@dataclass
class EndpointSetting:
    setting: str
    kind: str = "url"     # url | url-keys | host
    scheme: str | None = None

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "EndpointSetting":
        f = Fields(data, where)
        out = cls(f.req("setting", str, check=non_empty),
                  f.opt("kind", str, default="url", check=one_of("url", "url-keys", "host")),
                  f.opt("scheme", str))
        f.done()
        return out


#: Text that is never outbound traffic when a profile says nothing else: documentation, tests,
#: translations (gitignore patterns).
NOT_CODE = ["doc/", "docs/", "**/tests/", "**/test/", "**/__tests__/", "**/locale/", "**/locales/", "**/i18n/",
            "**/translations/", "*.min.js.map", "*.map"]
#: Files worth scanning for URLs besides the profile's code: configuration and templates.
CONFIG_LIKE = (".json", ".yaml", ".yml", ".xml", ".ini", ".conf", ".cfg", ".toml", ".properties", ".env", ".html",
               ".htm", ".tt", ".tpl", ".twig", ".j2", ".jinja", ".vue", ".jsx", ".tsx", ".ts")


@dataclass
class EndpointConfig:
    settings: list[EndpointSetting] = field(default_factory=list)
    webservice_files: list[str] = field(default_factory=list)
    code_scan: bool = True
    allow: list[str] = field(default_factory=list)
    ignore_hosts: list[str] = field(default_factory=list)
    controls: list[str] = field(default_factory=list)
    #: gitignore patterns of files whose text is never outbound traffic (language files, documentation, tests)
    not_code: list[str] = field(default_factory=lambda: list(NOT_CODE))

    @functools.cached_property
    def webservice_spec(self) -> PathPatterns:
        return PathPatterns(self.webservice_files)

    @functools.cached_property
    def not_code_spec(self) -> PathPatterns:
        return PathPatterns(self.not_code)

    @classmethod
    def from_profile(cls, profile) -> "EndpointConfig":
        return profile.section("endpoints", cls._parse)

    @classmethod
    def _parse(cls, profile) -> "EndpointConfig":
        data = profile.endpoints or {}
        f = Fields(data, "endpoints")
        out = cls(list_of(f.opt("settings", list, default=[]), "endpoints.settings", EndpointSetting.from_dict),
                  list(f.opt("webservice_files", list, default=[])),
                  f.opt("code_scan", bool, default=True),
                  list(f.opt("allow", list, default=[])),
                  list(f.opt("ignore_hosts", list, default=[])),
                  list(f.opt("controls", list, default=[])),
                  list(f.opt("not_code", list, default=NOT_CODE)))
        f.done()
        from auditor.risk.controls import known
        for c in out.controls:
            if not known(c):
                raise ValidationError("endpoints.controls", f"unknown control {c!r}")
        return out


@section_validator
def validate_profile(profile) -> None:
    EndpointConfig.from_profile(profile)


def scannable(profile, conf: EndpointConfig, path: str, mode: int | None) -> bool:
    """Whether URLs in this file's text could be traffic: code or configuration, not documentation,
    tests or translations."""
    if conf.not_code_spec.match(path) or codetext.kind_of(path) == "docs":
        return False
    if conf.webservice_files and (conf.webservice_spec.match(path) or conf.webservice_spec.match(path.lower())):
        return False   # read as a web service definition instead
    return profile.is_code(path, mode) or path.lower().endswith(CONFIG_LIKE)


# ---------------------------------------------------------------------------
# endpoint values
# ---------------------------------------------------------------------------

@dataclass
class Endpoint:
    url: str
    scheme: str
    host: str
    port: int | None
    source: str              # setting | webservice | code
    file: str | None         # tree path (or export path for --webservices)
    line: int | None
    detail: dict = field(default_factory=dict)
    official: bool = False
    allowed: bool = False

    @property
    def ip_literal(self) -> bool:
        return _ip(self.host) is not None

    @property
    def internal(self) -> bool:
        ip = _ip(self.host)
        if ip is None:
            return self.host in ("localhost",) or self.host.endswith(".localhost")
        return any(ip in net for net in INTERNAL_NETS)

    @property
    def automatic(self) -> bool:
        return bool(self.detail.get("events"))

    def to_dict(self) -> dict:
        return {"url": self.url, "scheme": self.scheme, "host": self.host, "port": self.port, "source": self.source,
                "file": None if self.file is None else paths.to_text(self.file), "line": self.line,
                "ip_literal": self.ip_literal, "internal": self.internal, "automatic": self.automatic,
                "official": self.official, "allowed": self.allowed, **self.detail}


def _ip(host: str):
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


_NUMERIC_HOST = re.compile(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}\.?")


def canonical_host(raw: str) -> str | None:
    """The host a client would connect to, as it is compared: percent-escapes decoded (Perl's URI and
    LWP decode ``attacker%2enet``), lower case, and an IPv4 address in any form the C library's
    ``inet_aton`` takes (``3405803783``, ``0xcb007107``, ``0313.0.0161.7``, ``127.1``) as its dotted
    quad. None when the decoded host is not text a resolver would take."""
    host = unquote(raw, errors="strict") if "%" in raw else raw
    host = host.lower()
    if not host or any(c in host for c in "/\\@ \t\r\n\x00"):
        return None
    if _NUMERIC_HOST.fullmatch(host):
        import socket
        try:
            host = str(ipaddress.IPv4Address(socket.inet_aton(host.rstrip("."))))
        except (OSError, ValueError):
            return None
    return host


def parse_url(text: str) -> tuple[str, str, int | None, str] | None:
    """(scheme, host, port, url without credentials) of a URL; None when it is not one."""
    text = text.strip().rstrip(".")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    host = canonical_host(parts.hostname)
    if host is None or not (_HOST_RE.fullmatch(host) or _ip(host) is not None):
        return None
    netloc = host if port is None else f"{host}:{port}"
    if ":" in host:
        netloc = f"[{host}]" + ("" if port is None else f":{port}")
    clean = f"{parts.scheme.lower()}://{netloc}{parts.path}"
    return parts.scheme.lower(), host, port, clean


def _host_endpoint(value: str, scheme: str | None) -> tuple[str, str, int | None, str] | None:
    value = value.strip()
    if "://" in value:
        return parse_url(value)
    m = re.fullmatch(r"\[?([A-Za-z0-9.\-:]+?)\]?(?::(\d+))?", value)
    if not m or not m.group(1):
        return None
    host = m.group(1).lower()
    port = int(m.group(2)) if m.group(2) else None
    s = scheme or "unknown"
    return s, host, port, f"{s}://{host}" + (f":{port}" if port else "")


def hosts_in(data: bytes) -> list[str] | None:
    """``scheme://host`` of every URL a text file names (None for binary content): what a baseline
    records as the release's official hosts."""
    if b"\0" in data[:4096] or b"://" not in data:
        return None
    out = set()
    for _, url in urls_in(data.decode("utf-8", "replace")):
        parsed = parse_url(url)
        if parsed:
            out.add(f"{parsed[0]}://{parsed[1]}")
    return sorted(out) or None


def urls_in(text: str) -> list[tuple[int, str]]:
    """(line, URL) of every URL in a text (one regex pass; lines counted only up to each match)."""
    out = []
    line, last = 1, 0
    at = text.find("://")
    while at != -1:
        m = _SCHEME_END.search(text, max(0, at - 8), at)
        if m is not None and (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")):
            body = _URL_BODY.match(text, at + 3)
            if body is not None:
                line += text.count("\n", last, m.start())
                last = m.start()
                out.append((line, text[m.start():body.end()]))
        at = text.find("://", at + 3)
    return out


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        if len(value) == 1 and "$expr" in value:
            yield value["$expr"]
            return
        for k, v in value.items():
            yield k
            yield from _strings(v)


# ---------------------------------------------------------------------------
# GenericInterface web services
# ---------------------------------------------------------------------------

def webservice_endpoints(data: Any, file: str, display: str | None = None) -> list[Endpoint]:
    """Outbound endpoints of one GenericInterface web service definition (empty if it is none)."""
    if not isinstance(data, dict) or not ({"Requester", "Provider"} & set(data)):
        return []
    requester = data.get("Requester") or {}
    if not isinstance(requester, dict):
        return []
    transport = requester.get("Transport") or {}
    conf = transport.get("Config") or {} if isinstance(transport, dict) else {}
    if not isinstance(conf, dict):
        return []
    invokers = requester.get("Invoker") or {}
    events = sorted({e.get("Event") for inv in (invokers.values() if isinstance(invokers, dict) else [])
                     if isinstance(inv, dict) for e in (inv.get("Events") or []) if isinstance(e, dict) and e.get("Event")})
    detail = {"webservice": display or Path(file).stem, "transport": transport.get("Type"),
              "invokers": sorted(invokers) if isinstance(invokers, dict) else [], "events": events,
              "description": data.get("Description")}
    auth = conf.get("Authentication")
    if isinstance(auth, dict) and auth.get("AuthType"):
        detail["auth"] = auth.get("AuthType")
    out = []
    line = getattr(conf, "line", None)
    for key in ("Host", "Endpoint"):
        value = conf.get(key)
        if isinstance(value, str) and value:
            parsed = parse_url(value)
            if parsed:
                out.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "webservice", file, line,
                                    dict(detail, field=f"Requester.Transport.Config.{key}")))
    proxy = conf.get("Proxy")
    if isinstance(proxy, dict) and str(proxy.get("UseProxy", "")).lower() in ("yes", "1", "true") and proxy.get("ProxyHost"):
        parsed = _host_endpoint(str(proxy["ProxyHost"]), "http")
        if parsed:
            out.append(Endpoint(parsed[3], parsed[0], parsed[1], parsed[2], "webservice", file,
                                getattr(proxy, "line", line), dict(detail, field="Requester.Transport.Config.Proxy.ProxyHost")))
    return out


# ---------------------------------------------------------------------------
# inventory
# ---------------------------------------------------------------------------

@dataclass
class Allowlist:
    patterns: list[str]

    def allows(self, host: str) -> bool:
        ip = _ip(host)
        for p in self.patterns:
            p = p.strip().lower()
            if not p:
                continue
            if "/" in p and ip is not None:
                try:
                    if ip in ipaddress.ip_network(p, strict=False):
                        return True
                except ValueError:
                    continue
            elif fnmatch.fnmatchcase(host, p):
                return True
        return False


_HOST_GLOB = re.compile(r"[a-z0-9_.*?\[\]!:-]+")


def check_host_pattern(pattern: str, where: str) -> str:
    """An expected host as the user wrote it: a CIDR (``10.0.0.0/8``), an address, or a host glob
    (``*.corp.example``, ``mail?.example.org``); AuditorError (one line) for anything else, so that a typo
    can never allow nothing (or everything) silently."""
    p = pattern.strip().lower()
    if not p:
        raise AuditorError(f"{where} {pattern!r}: an empty host")
    if "/" in p:
        try:
            ipaddress.ip_network(p, strict=False)
        except ValueError as exc:
            raise AuditorError(f"{where} {pattern!r}: not a network in CIDR notation ({exc})") from None
        return p
    if _ip(p) is not None:
        return p
    if not _HOST_GLOB.fullmatch(p) or p.count("[") != p.count("]") or "[]" in p \
            or any(p.find("]", i) < 0 for i in range(len(p)) if p[i] == "["):
        raise AuditorError(f"{where} {pattern!r}: not a host, an address, a CIDR or a host glob such as "
                           "*.corp.example")
    return p


def load_allowlist(path: str) -> list[str]:
    """A file of allowed hosts: YAML list, or one host (glob or CIDR) per line with # comments."""
    from auditor.safeio import read_input
    try:
        text = read_input(path, "allowlist", limit=4 << 20).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AuditorError(f"{path}: allowlist is not UTF-8 text (byte {exc.start})") from None
    if text.lstrip().startswith("-") or text.lstrip().startswith("["):
        data = yamlio.loads(text, path)
        if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
            raise ValidationError("", "expected a list of hosts", source=path)
        return [check_host_pattern(x, f"{path}:") for x in data]
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        host = line.split("#", 1)[0].strip()
        if host:
            out.append(check_host_pattern(host, f"{path}:{n}:"))
    return out


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
            for v in _strings(effective):
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


#: Names reserved for documentation and testing (RFC 2606, RFC 6761): never a real peer.
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")


def reserved(host: str) -> bool:
    h = host.rstrip(".").lower()
    return h.endswith(RESERVED_SUFFIXES) or h in RESERVED_DOMAINS or h.endswith(tuple("." + d for d in RESERVED_DOMAINS))


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


def read_export(path: Path) -> bytes | str:
    """An exported web service file: its bytes, or why it cannot be read (never blocks on a FIFO,
    never follows a link, reads at most TEXT_LIMIT bytes)."""
    import errno
    import os
    import stat as stat_mod
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return "a symbolic link (not followed)" if exc.errno == errno.ELOOP else f"cannot open: {exc.strerror or exc}"
    try:
        st = os.fstat(fd)
        if not stat_mod.S_ISREG(st.st_mode):
            return "not a regular file"
        if st.st_size > TEXT_LIMIT:
            return f"larger than {TEXT_LIMIT} bytes"
        return os.read(fd, TEXT_LIMIT + 1)[:TEXT_LIMIT]
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    finally:
        os.close(fd)


def setting_endpoints(conf: "EndpointConfig", settings: cfg.Settings) -> list[tuple["EndpointSetting", str, tuple]]:
    """(setting, raw value, parsed endpoint) of the profile's endpoint settings in a settings tree."""
    out = []
    for es in conf.settings:
        ok, value = settings.get(es.setting)
        if not ok or value in (None, ""):
            continue
        values = list(value.keys()) if es.kind == "url-keys" and isinstance(value, dict) else list(_strings(value))
        for v in values:
            parsed = parse_url(v) if es.kind != "host" else _host_endpoint(v, es.scheme)
            if parsed:
                out.append((es, v, parsed))
    return out


@enricher
def record_official_endpoints(baseline, snapshot, profile, contents, warn) -> None:
    """Store every host the official release names: in any of its text files (code, templates,
    documentation, language files alike) and in its official default settings, URL values and the
    values of the profile's endpoint settings (a default mail host such as ``mail.example.com``)."""
    hosts: set[str] = set(snapshot.text_hosts)      # gathered by hosts_in while the release was hashed
    for v in _strings(baseline.settings):
        parsed = parse_url(v) if "://" in v else None
        if parsed:
            hosts.add(f"{parsed[0]}://{parsed[1]}")
    if profile.endpoints:
        for _es, _v, parsed in setting_endpoints(EndpointConfig.from_profile(profile), cfg.Settings(baseline.settings)):
            hosts.add(f"{parsed[0]}://{parsed[1]}")
    baseline.endpoints = sorted(hosts)
