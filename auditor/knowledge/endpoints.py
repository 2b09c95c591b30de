"""The profile's ``endpoints`` section, GenericInterface web service definitions as data, expected hosts
(``--allow-host``, ``--allowlist``), and the hosts an official release names (recorded in its baseline)."""

from __future__ import annotations

import fnmatch
import functools
import ipaddress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor import codetext, yamlio
from auditor.config import settings as cfg
from auditor.errors import AuditorError, ValidationError
from auditor.knowledge.urls import Endpoint, host_endpoint, ip_of, parse_url, strings
from auditor.model._fields import Fields, list_of, non_empty, one_of
from auditor.patterns import PathPatterns
from auditor.lazyre import lazy

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
        from auditor.knowledge.controls import known
        for c in out.controls:
            if not known(c):
                raise ValidationError("endpoints.controls", f"unknown control {c!r}")
        return out




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
        parsed = host_endpoint(str(proxy["ProxyHost"]), "http")
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
        ip = ip_of(host)
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


_HOST_GLOB = lazy(r"[a-z0-9_.*?\[\]!:-]+")


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
    if ip_of(p) is not None:
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
        values = list(value.keys()) if es.kind == "url-keys" and isinstance(value, dict) else list(strings(value))
        for v in values:
            parsed = parse_url(v) if es.kind != "host" else host_endpoint(v, es.scheme)
            if parsed:
                out.append((es, v, parsed))
    return out


def official_endpoints(baseline, snapshot, profile) -> list[str]:
    """Store every host the official release names: in any of its text files (code, templates,
    documentation, language files alike) and in its official default settings, URL values and the
    values of the profile's endpoint settings (a default mail host such as ``mail.example.com``)."""
    hosts: set[str] = set(snapshot.text_hosts)      # gathered by hosts_in while the release was hashed
    for v in strings(baseline.settings):
        parsed = parse_url(v) if "://" in v else None
        if parsed:
            hosts.add(f"{parsed[0]}://{parsed[1]}")
    if profile.endpoints:
        for _es, _v, parsed in setting_endpoints(EndpointConfig.from_profile(profile), cfg.Settings(baseline.settings)):
            hosts.add(f"{parsed[0]}://{parsed[1]}")
    return sorted(hosts)
