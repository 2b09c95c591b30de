"""Baselines for node_modules trees from an npm ``package-lock.json``.

A lock names, per installed package, the subresource-integrity digest (sha512 as a rule) of the
registry tarball it was installed from: a digest of the tarball, not of the files. So the import
takes each tarball (from ``--tarballs DIR``, as ``npm pack`` names them, or downloaded from the
lock's ``resolved`` https URL with ``--fetch``), checks it against the lock's integrity (a
mismatch stops the import), and records every file of it under the package's path
(``node_modules/<name>/...``) with its sha256 and size: file-level evidence chained to the lock.
npm sets modes itself, so modes are not recorded; the lock file itself is recorded as it is.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import urllib.request
from pathlib import Path

from auditor import paths
from auditor.baseline.importer import entries_from
from auditor.errors import AuditorError
from auditor.model.baseline import Baseline, Provenance, Trust
from auditor.safeio import read_input
from auditor.trust import lists

TARBALL_LIMIT = 256 << 20
MEMBER_LIMIT = 64 << 20


def _tarball_names(name: str, version: str | None, resolved: str | None) -> list[str]:
    out = []
    if resolved:
        out.append(resolved.rsplit("/", 1)[-1].split("?", 1)[0])
    if version:
        out.append(f"{name.lstrip('@').replace('/', '-')}-{version}.tgz")
    return [n for n in dict.fromkeys(out) if n and "/" not in n and not n.startswith(".")]


def _download(url: str) -> bytes:
    if not url.startswith("https://"):
        raise AuditorError(f"{url}: only https tarball URLs are fetched")
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            data = resp.read(TARBALL_LIMIT + 1)
    except OSError as exc:
        raise AuditorError(f"{url}: cannot download: {exc}") from None
    if len(data) > TARBALL_LIMIT:
        raise AuditorError(f"{url}: larger than {TARBALL_LIMIT >> 20} MB")
    return data


def _tarball(pkg: dict, tarballs: str | None, fetch: bool) -> tuple[bytes, str]:
    names = _tarball_names(pkg["name"], pkg.get("version"), pkg.get("resolved"))
    if tarballs:
        for n in names:
            p = Path(tarballs) / n
            if p.is_file():
                return read_input(p, "npm tarball", limit=TARBALL_LIMIT), str(p)
    if fetch and pkg.get("resolved"):
        return _download(pkg["resolved"]), pkg["resolved"]
    raise AuditorError(f"{pkg['path']}: no tarball ({' or '.join(names) or 'no name'} in --tarballs, "
                       f"or --fetch to download {pkg.get('resolved') or 'it'})")


def _files(data: bytes, where: str, prefix: str) -> list[lists.Row]:
    rows = []
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
            for ti in tar:
                if not ti.isfile():
                    continue          # npm installs regular files only
                parts = ti.name.split("/", 1)
                if len(parts) != 2 or not paths.is_safe_relative(parts[1]):
                    raise AuditorError(f"{where}: unsafe member {ti.name!r}")
                if ti.size > MEMBER_LIMIT:
                    raise AuditorError(f"{where}: member {ti.name} larger than {MEMBER_LIMIT >> 20} MB")
                content = tar.extractfile(ti).read()
                rows.append(lists.Row(f"{prefix}/{parts[1]}", "sha256", hashlib.sha256(content).hexdigest(),
                                      len(content)))
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise AuditorError(f"{where}: not a readable npm tarball: {exc}") from None
    return rows


def import_lock(lock: str, product: str, version: str, tarballs: str | None, fetch: bool,
                origin: str | None = None) -> Baseline:
    from auditor.baseline.builder import check_name
    check_name("product", product)
    check_name("version", version)
    raw = read_input(lock, "package-lock.json")
    parsed = lists.parse("npm-lock", raw, lock)
    rows: list[lists.Row] = []
    notes = []
    no_integrity = [p["path"] for p in parsed.packages if not p["integrity"]]
    if no_integrity:
        notes.append(f"{len(no_integrity)} packages without integrity (bundled or linked), not covered: "
                     + ", ".join(no_integrity[:20]))
    seen: set[str] = set()
    for pkg in parsed.packages:
        if not pkg["integrity"]:
            continue
        data, where = _tarball(pkg, tarballs, fetch)
        algo, hexd = lists.sri_hex(pkg["integrity"])
        if hashlib.new(algo, data).hexdigest() != hexd:
            raise AuditorError(f"{where}: {algo} does not match the lock's integrity for {pkg['path']} "
                               f"(the tarball is not the one the lock names)")
        for r in _files(data, where, pkg["path"]):
            if r.path in seen:
                raise AuditorError(f"{where}: {r.path} is also in another package")
            seen.add(r.path)
            rows.append(r)
    if not rows:
        raise AuditorError(f"{lock}: the lock names no package with an integrity digest")
    name = os.path.basename(lock)
    rows.append(lists.Row(name if name == "package-lock.json" else "package-lock.json", "sha256",
                          hashlib.sha256(raw).hexdigest(), len(raw)))
    notes.append("files hashed from registry tarballs checked against the lock's integrity digests; "
                 "npm's own bookkeeping (node_modules/.package-lock.json) is not covered")
    trust = Trust("vendor-list" if (origin or "vendor") == "vendor" else "install-list", "list",
                  ("sha256",), "npm-lock", None, tuple(notes))
    prov = Provenance("list", name, sha256=hashlib.sha256(raw).hexdigest())
    return Baseline(product=product, version=version, provenance=prov, entries=entries_from(rows), trust=trust)
