"""Vendors' own checksum lists, read strictly.

Each kind maps to (path, digest) rows relative to the product root:

``archive``       OTRS / Znuny ``ARCHIVE``: ``<md5>::<path>`` per line.
``md5sums``       Debian ``md5sums`` (in a .deb's control member, or /var/lib/dpkg/info/<pkg>.md5sums):
                  ``<md5>  <path>`` relative to ``/``.
``record``        Python wheel / dist-info ``RECORD`` (CSV ``path,algo=urlsafe-b64,size``, PEP 376 / 627);
                  rows without a hash (RECORD itself, .pyc written at install) and rows that leave the
                  root (``../../bin/x``, console scripts an install put elsewhere) are kept apart.
``wp-checksums``  WordPress core checksums JSON, as api.wordpress.org/core/checksums/1.0/ publishes it
                  (``{"checksums": {path: md5}}`` or ``{"checksums": {version: {path: md5}}}``).
``npm-lock``      npm ``package-lock.json`` (lockfileVersion 2/3): one row per package with the
                  subresource-integrity digest of its registry tarball (not of its files; see
                  :mod:`auditor.baseline.npm`).

Nothing here trusts the list: :func:`parse` only reads it. Whether a list is evidence depends
on where it came from (docs/trust.md).
"""

from __future__ import annotations

import base64
import csv
import io
from dataclasses import dataclass, field

from auditor import paths
from auditor.errors import AuditorError
from auditor.lazyre import lazy

KINDS = ("archive", "md5sums", "record", "wp-checksums", "npm-lock")
#: digests the lists use, with their hex length
HEX_LEN = {"md5": 32, "sha1": 40, "sha256": 64, "sha384": 96, "sha512": 128}
_MD5 = lazy(r"^[0-9a-f]{32}$")
MAX_ROWS = 2_000_000


@dataclass(frozen=True, slots=True)
class Row:
    path: str
    algo: str
    hex: str
    size: int | None = None

    @property
    def digest(self) -> str:
        return f"{self.algo}:{self.hex}"


@dataclass
class ChecksumList:
    kind: str
    rows: list[Row]
    #: rows the list names without a digest (RECORD's own line, .pyc files written at install)
    unhashed: list[str] = field(default_factory=list)
    #: rows whose path leaves the root (an installed RECORD's ../../bin scripts), never compared
    outside: list[str] = field(default_factory=list)
    #: npm-lock: package entries {path, name, version, resolved, integrity}
    packages: list[dict] = field(default_factory=list)

    @property
    def algos(self) -> list[str]:
        return sorted({r.algo for r in self.rows})

    def by_path(self) -> dict[str, Row]:
        return {r.path: r for r in self.rows}


def _bad(source: str, line: int | None, message: str) -> AuditorError:
    where = f"{source}:{line}" if line else source
    return AuditorError(f"{where}: {message}")


def _rel(path: str, source: str, line: int | None) -> str:
    """A listed path as a path of the release: relative to its root (``./`` dropped). An absolute path
    (``/etc/passwd``) is never turned into a relative one, and a NUL byte, a control character, an
    empty, ``.`` or ``..`` component is refused: one line, exit 2."""
    p = path[2:] if path.startswith("./") else path
    if path.startswith("/"):
        raise _bad(source, line, f"absolute path {paths.to_text(path)!r}: a release lists paths below its root")
    if "\0" in p or any(ord(c) < 32 or c == "\x7f" for c in p):
        raise _bad(source, line, f"path {paths.to_text(path)!r} holds a NUL byte or a control character")
    if not paths.is_safe_relative(p):
        raise _bad(source, line, f"unsafe path {paths.to_text(path)!r}")
    return p


def _text(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # dpkg and OTRS write bytes; a name that is not UTF-8 stays representable (surrogateescape)
        return data.decode("utf-8", "surrogateescape")


def parse(kind: str, data: bytes, source: str, version: str | None = None) -> ChecksumList:
    """Read one list; any malformed line is an AuditorError naming the source and line."""
    if kind not in KINDS:
        raise AuditorError(f"unknown checksum list kind {kind!r} (known: {', '.join(KINDS)})")
    return {"archive": _archive, "md5sums": _md5sums, "record": _record,
            "wp-checksums": _wp, "npm-lock": _npm}[kind](data, source, version)


def _check_rows(rows: list, source: str) -> None:
    if len(rows) > MAX_ROWS:
        raise _bad(source, None, f"more than {MAX_ROWS} rows")


def _unique(rows: list[Row], source: str) -> list[Row]:
    seen: set[str] = set()
    for r in rows:
        if r.path in seen:
            raise _bad(source, None, f"path listed twice: {r.path!r}")
        seen.add(r.path)
    return sorted(rows, key=lambda r: r.path)


def _archive(data: bytes, source: str, version: str | None) -> ChecksumList:
    rows = []
    for n, line in enumerate(_text(data, source).splitlines(), 1):
        if not line.strip():
            continue
        md5, sep, path = line.partition("::")
        if not sep or not _MD5.match(md5) or not path:
            raise _bad(source, n, "expected '<md5>::<path>' (an OTRS/Znuny ARCHIVE line)")
        rows.append(Row(_rel(path, source, n), "md5", md5))
        _check_rows(rows, source)
    return ChecksumList("archive", _unique(rows, source))


_MD5SUMS_LINE = lazy(r"^([0-9a-f]{32}) [ *](.+)$")


def _md5sums(data: bytes, source: str, version: str | None) -> ChecksumList:
    rows = []
    for n, line in enumerate(_text(data, source).splitlines(), 1):
        if not line.strip():
            continue
        m = _MD5SUMS_LINE.match(line)
        if not m:
            raise _bad(source, n, "expected '<md5>  <path>' (a Debian md5sums line)")
        rows.append(Row(_rel(m.group(2), source, n), "md5", m.group(1)))
        _check_rows(rows, source)
    return ChecksumList("md5sums", _unique(rows, source))


def _b64_hex(value: str, algo: str, source: str, line: int) -> str:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (ValueError, TypeError):
        raise _bad(source, line, f"digest is not urlsafe base64: {value!r}") from None
    if len(raw) * 2 != HEX_LEN[algo]:
        raise _bad(source, line, f"{algo} digest of {len(raw)} bytes")
    return raw.hex()


def _record(data: bytes, source: str, version: str | None) -> ChecksumList:
    rows, unhashed, outside = [], [], []
    reader = csv.reader(io.StringIO(_text(data, source), newline=""))
    try:
        for n, cols in enumerate(reader, 1):
            if not cols:
                continue
            if len(cols) != 3:
                raise _bad(source, n, "expected 'path,algo=digest,size' (a RECORD row)")
            name, digest, size = cols
            if name.startswith("/") or ".." in name.split("/"):
                outside.append(name)
                continue
            path = _rel(name, source, n)
            if not digest:
                unhashed.append(path)
                continue
            algo, sep, value = digest.partition("=")
            if not sep or algo not in ("sha256", "sha384", "sha512"):
                raise _bad(source, n, f"unsupported digest {algo!r} (PEP 376 RECORD uses sha256 or stronger)")
            if size and not (size.isascii() and size.isdigit() and len(size) <= 18):
                raise _bad(source, n, f"size is not a number of at most 18 digits: {size[:40]!r}"
                                      f"{' ...' if len(size) > 40 else ''}")
            rows.append(Row(path, algo, _b64_hex(value, algo, source, n), int(size) if size else None))
            _check_rows(rows, source)
    except csv.Error as exc:
        raise _bad(source, None, f"not a RECORD (CSV): {exc}") from None
    return ChecksumList("record", _unique(rows, source), sorted(unhashed), sorted(outside))


def _json(data: bytes, source: str):
    from auditor.yamlio import loads_json
    return loads_json(data, source)


def _wp(data: bytes, source: str, version: str | None) -> ChecksumList:
    doc = _json(data, source)
    sums = doc.get("checksums") if isinstance(doc, dict) else None
    if not isinstance(sums, dict) or not sums:
        raise _bad(source, None, "expected WordPress core checksums JSON ({\"checksums\": {...}})")
    values = list(sums.values())
    if all(isinstance(v, dict) for v in values):      # keyed by version
        if version in sums:
            sums = sums[version]
        elif len(sums) == 1:
            sums = values[0]
        else:
            raise _bad(source, None, f"checksums for several versions ({', '.join(sorted(sums))}); "
                       f"--version names the one to import")
    rows = []
    for path, md5 in sums.items():
        if isinstance(md5, list) and len(md5) == 1:   # some locales list one digest in a list
            md5 = md5[0]
        if not isinstance(md5, str) or not _MD5.match(md5):
            raise _bad(source, None, f"{path}: expected an md5 hex digest")
        rows.append(Row(_rel(path, source, None), "md5", md5))
        _check_rows(rows, source)
    return ChecksumList("wp-checksums", _unique(rows, source))


_SRI = lazy(r"^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$")


def sri_hex(value: str) -> tuple[str, str] | None:
    """``sha512-<base64>`` (subresource integrity, the strongest of several) as (algo, hex)."""
    best = None
    for part in value.split():
        m = _SRI.match(part)
        if not m:
            continue
        algo = m.group(1)
        try:
            raw = base64.b64decode(m.group(2), validate=True)
        except ValueError:
            continue
        if len(raw) * 2 != HEX_LEN[algo]:
            continue
        if best is None or HEX_LEN[algo] > HEX_LEN[best[0]]:
            best = (algo, raw.hex())
    return best


def _npm(data: bytes, source: str, version: str | None) -> ChecksumList:
    doc = _json(data, source)
    pkgs = doc.get("packages") if isinstance(doc, dict) else None
    if not isinstance(pkgs, dict):
        raise _bad(source, None, "expected package-lock.json with lockfileVersion 2 or 3 (a 'packages' map)")
    out, rows = [], []
    for key, meta in sorted(pkgs.items()):
        if not key or not isinstance(meta, dict) or meta.get("link"):
            continue       # the root project itself; workspace links have no tarball
        if "node_modules/" not in f"/{key}" and not key.startswith("node_modules/"):
            continue
        path = _rel(key, source, None)
        integrity = meta.get("integrity")
        digest = sri_hex(integrity) if isinstance(integrity, str) else None
        if digest is None:
            out.append({"path": path, "name": key.rsplit("node_modules/", 1)[-1],
                        "version": meta.get("version"), "resolved": meta.get("resolved"), "integrity": None})
            continue
        out.append({"path": path, "name": key.rsplit("node_modules/", 1)[-1], "version": meta.get("version"),
                    "resolved": meta.get("resolved"), "integrity": integrity})
        rows.append(Row(path, digest[0], digest[1]))
        _check_rows(rows, source)
    return ChecksumList("npm-lock", _unique(rows, source), packages=out)


def render(kind: str, rows: dict[str, str]) -> bytes:
    """A list of ``kind`` for path -> hex digest (used by the tests to build the lists vendors ship)."""
    if kind == "archive":
        return "".join(f"{h}::{p}\n" for p, h in sorted(rows.items())).encode()
    if kind == "md5sums":
        return "".join(f"{h}  {p}\n" for p, h in sorted(rows.items())).encode()
    raise AuditorError(f"cannot write a {kind} list")
