"""Secrets never reach a report.

Reports are shared with vendors, consultants and CI logs; the audited tree may hold database
passwords, API tokens and credentials inside URLs. Two layers keep them out:

* structured values (settings, web service definitions, evidence) under a secret-like name
  (``DatabasePw``, ``Password``, ``api_key`` ...) are replaced whole, whatever their type;
* every string the report shows (messages, evidence, diff lines, sections) has credentials
  inside URLs (``https://user:pw@host``), DSN parameters (``password=...``) and string literals
  assigned to secret-like names (``$Self->{DatabasePw} = '...'``, ``"token": "..."``) replaced.

What is replaced becomes ``<redacted>``; the rest of the line stays, so a reviewer still sees
where a secret is set.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from auditor.lazyre import lazy

REDACTED = "<redacted>"

#: last name components whose values are never shown: password- and token-like names, and any key
#: (``secret_key``, ``SECRET_KEY``, ``signing-key``, ``EncryptionKey``): a key is a secret until shown not to be
SECRET_NAME = lazy(r"(?i)(pw|pwd|pass|passw(or)?d|passphrase|secret\w{0,40}|token|privatekey|apikey|"
                         r"credentials?|[_-]key|^key|authorization|bearer|cookie)$")
_CAMEL_KEY = lazy(r"[a-z0-9]Key$")

_URL_USERINFO = lazy(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@'\"<>]*):([^@\s/'\"<>]+)@")
_DSN_PARAM = lazy(r"(?i)\b((?:password|passwd|pwd|pass|secret|token|api_?key)=)([^;&\s'\"<>]+)")
# bounded name parts only (no unbounded run before a fixed suffix): linear on any line
_ASSIGNED = lazy(
    r"(?i)((?:pw|pwd|pass|passw(?:or)?d|passphrase|secret[a-z0-9_]{0,40}|token|[_-]key|private_?key|api_?key|"
    r"credentials?|auth_?key|access_?key)['\"\]}]*\s*(?:=>|=|:)\s*)(['\"])([^'\"\n]+)\2")
#: an HTTP credential wherever it is written: ``Authorization: Bearer <token>``, ``Basic <base64>``
_AUTH_HEADER = lazy(r"(?i)\b((?:bearer|basic|digest|token)\s+)([A-Za-z0-9._~+/=-]{8,})")
_HINT = lazy(r"(?i)[=:@]|bearer|basic|digest|token")


@functools.lru_cache(maxsize=4096)
def is_secret(name: str) -> bool:
    """Is a setting or field name secret-like (judged on its last component)? Remembered: a report asks
    about the same few field names thousands of times."""
    last = re.split(r"[#.:/\\]+", name.strip("#.:/\\"))[-1] if name else ""
    return bool(SECRET_NAME.search(last) or _CAMEL_KEY.search(last))


def text(value: str) -> str:
    """A string with credentials in URLs, DSN parameters and secret assignments redacted."""
    if not _HINT.search(value):
        return value
    value = _URL_USERINFO.sub(lambda m: f"{m.group(1)}:{REDACTED}@", value)
    value = _DSN_PARAM.sub(lambda m: m.group(1) + REDACTED, value)
    value = _AUTH_HEADER.sub(lambda m: m.group(1) + REDACTED, value)
    return _ASSIGNED.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", value)


def value(name: str, v: Any) -> Any:
    """A structured value as it may be shown: under a secret-like name the whole value (string,
    number, list or mapping) is replaced; elsewhere its members are redacted by their own names
    and its strings by :func:`text`."""
    if name and is_secret(name) and not is_flag(v):
        return REDACTED
    return scrub(v)


def is_flag(v: Any) -> bool:
    """Nothing to hide: empty, or a switch (AllowEmptySecret = 0 tells no secret)."""
    return v in (None, "", [], {}) or isinstance(v, bool) or (isinstance(v, int) and v in (0, 1))


def scrub(v: Any) -> Any:
    """Every string of a nested value redacted; mapping members under secret-like keys replaced."""
    if isinstance(v, str):
        return text(v)
    if isinstance(v, dict):
        return {k: (value(k, x) if isinstance(k, str) else scrub(x)) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [text(x) if x.__class__ is str else scrub(x) for x in v]
    return v
