"""URLs and hosts as a client sees them: where a URL is in a text, which host it reaches, and what kind of host
that is. Facts, no judgement: the endpoint checks and the baseline builder both use them."""

from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any, Iterable
from urllib.parse import unquote, urlsplit

from auditor import paths
from auditor.lazyre import lazy

URL_RE = lazy(r"\b((?:https?|ftps?|ldaps?|smtps?|wss?|sftp|ssh)://[^\s'\"<>()\[\]{}\\,;`]+)", re.I)
_SCHEME_END = lazy(r"(?:https?|ftps?|ldaps?|smtps?|wss?|sftp|ssh)\Z", re.I)
_URL_BODY = lazy(r"[^\s'\"<>()\[\]{}\\,;`]+")
#: the same two on the bytes of an ASCII text (str's \s also takes \x1c-\x1f, bytes' does not)
_SCHEME_END_ASCII = lazy(rb"(?:https?|ftps?|ldaps?|smtps?|wss?|sftp|ssh)\Z", re.I)
_URL_BODY_ASCII = lazy(rb"[^\s\x1c-\x1f'\"<>()\[\]{}\\,;`]+")
_WORD_ASCII = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_HOST_RE = lazy(r"(?=.*[a-z0-9])[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?")
PLAINTEXT = {"http", "ftp", "ldap", "smtp", "ws", "telnet"}
SEVERITY_LADDER = ["medium", "high", "critical"]
INTERNAL_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                                   "169.254.0.0/16", "::1/128", "fc00::/7", "fe80::/10")]


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
        return ip_of(self.host) is not None

    @property
    def internal(self) -> bool:
        ip = ip_of(self.host)
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


def ip_of(host: str):
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


_NUMERIC_HOST = lazy(r"(?:0x[0-9a-f]+|[0-9]+)(?:\.(?:0x[0-9a-f]+|[0-9]+)){0,3}\.?")


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
    """(scheme, host, port, url without credentials) of a URL; None when it is not one. Remembered for
    the last 16,384 URLs of at most 2 KiB: the same few (a licence's, the vendor's) stand in thousands
    of files."""
    return _parse_url_remembered(text) if len(text) <= 2048 else _parse_url(text)


def _parse_url(text: str) -> tuple[str, str, int | None, str] | None:
    text = text.strip().rstrip(".")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    host = canonical_host(parts.hostname)
    if host is None or not (_HOST_RE.fullmatch(host) or ip_of(host) is not None):
        return None
    netloc = host if port is None else f"{host}:{port}"
    if ":" in host:
        netloc = f"[{host}]" + ("" if port is None else f":{port}")
    clean = f"{parts.scheme.lower()}://{netloc}{parts.path}"
    return parts.scheme.lower(), host, port, clean


_parse_url_remembered = functools.lru_cache(maxsize=1 << 14)(_parse_url)


def host_endpoint(value: str, scheme: str | None) -> tuple[str, str, int | None, str] | None:
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
    found = _byte_urls(data)
    if found is None:
        found = [url for _, url in urls_in(data.decode("utf-8", "replace"))]
    for url in found:
        parsed = parse_url(url)
        if parsed:
            out.add(f"{parsed[0]}://{parsed[1]}")
    return sorted(out) or None


def _byte_urls(data: bytes) -> list[str] | None:
    """The URLs urls_in finds in a text, found in its bytes (no decoding, no lines: hosts_in runs over every
    text of every release); None when a byte outside ASCII stands next to one (where str's Unicode
    rules, case folding, letters and spaces, may read otherwise: the caller decodes then)."""
    out = []
    at = data.find(b"://")
    while at != -1:
        start = max(0, at - 9)
        if not data[start:at].isascii():
            return None
        m = _SCHEME_END_ASCII.search(data, max(0, at - 8), at)
        if m is not None and (m.start() == 0 or data[m.start() - 1] not in _WORD_ASCII):
            body = _URL_BODY_ASCII.match(data, at + 3)
            if body is not None:
                url = data[m.start():body.end()]
                if not url.isascii():       # (the body runs on through any byte outside ASCII)
                    return None
                out.append(url.decode("ascii"))
        at = data.find(b"://", at + 3)
    return out


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


def strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, dict):
        if len(value) == 1 and "$expr" in value:
            yield value["$expr"]
            return
        for k, v in value.items():
            yield k
            yield from strings(v)


# ---------------------------------------------------------------------------
# GenericInterface web services
# ---------------------------------------------------------------------------

#: Names reserved for documentation and testing (RFC 2606, RFC 6761): never a real peer.
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")


def reserved(host: str) -> bool:
    h = host.rstrip(".").lower()
    return h.endswith(RESERVED_SUFFIXES) or h in RESERVED_DOMAINS or h.endswith(tuple("." + d for d in RESERVED_DOMAINS))


