"""Baselines imported from vendors' checksum lists (``auditor baseline import``).

The list is read from a file, or from the artefact that ships it: a .deb (its control member's
``md5sums``, with ``conffiles`` noted as not covered), a wheel or zip (its ``*.dist-info/RECORD``),
a release archive (its top-level ``ARCHIVE``). The baseline records each file with the list's
digest (md5 entries as ``md5:``, RECORD's sha256 as ordinary entries), the directories the paths
imply, the profile's declared version markers, and a trust record: the list's kind, its digests
and where it came from (``vendor-list`` when read from the vendor's artefact or declared official
with ``--origin vendor``; ``install-list`` when taken from an installed system, which is never
evidence by itself).
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import zipfile
from dataclasses import dataclass, field

from auditor import paths
from auditor.errors import AuditorError
from auditor.model.baseline import ALT_DIGESTS, Baseline, Entry, Marker, Provenance, Trust
from auditor.safeio import INPUT_LIMIT, read_input
from auditor.trust import lists

ORIGINS = ("vendor", "install")


@dataclass
class ListSource:
    """The list's bytes and where they were found."""

    data: bytes
    name: str                      # the file named on the command line
    sha256: str                    # of that file (the artefact, or the list itself)
    member: str | None = None      # the list's member inside the artefact
    notes: list[str] = field(default_factory=list)

    @property
    def from_artefact(self) -> bool:
        return self.member is not None


def _bounded(fh, what: str) -> bytes:
    data = fh.read(INPUT_LIMIT + 1)
    if len(data) > INPUT_LIMIT:
        raise AuditorError(f"{what}: larger than {INPUT_LIMIT >> 20} MB")
    return data


def _deb_members(path: str, raw: bytes) -> dict[str, bytes]:
    """md5sums and conffiles from a .deb's control.tar.* (gz, xz, zst or plain)."""
    from debian.arfile import ArError, ArFile

    from auditor.target.streams import STREAM_ERRORS
    from auditor.target.tar import deb_member
    try:
        out: dict[str, bytes] = {}
        with tarfile.open(fileobj=deb_member(ArFile(fileobj=io.BytesIO(raw)), "control.tar", path), mode="r:") as tar:
            for ti in tar:
                name = ti.name[2:] if ti.name.startswith("./") else ti.name
                if name in ("md5sums", "conffiles") and ti.isfile():
                    fh = tar.extractfile(ti)
                    out[name] = _bounded(fh, f"{path}: control member {name}")
        return out
    except AuditorError:
        raise
    except (ArError, KeyError, tarfile.TarError, *STREAM_ERRORS) as exc:
        raise AuditorError(f"{path}: cannot read the Debian package's control member: {exc}") from None


def _zip_member(path: str, raw: bytes, want) -> tuple[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            names = [n for n in zf.namelist() if want(n)]
            if len(names) != 1:
                raise AuditorError(f"{path}: expected one list in the archive, found {len(names)}"
                                   + (f" ({', '.join(names[:3])})" if names else ""))
            info = zf.getinfo(names[0])
            if info.file_size > INPUT_LIMIT:
                raise AuditorError(f"{path}: {names[0]} is larger than {INPUT_LIMIT >> 20} MB")
            with zf.open(info) as fh:
                return names[0], _bounded(fh, f"{path}: {names[0]}")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise AuditorError(f"{path}: cannot read as zip: {exc}") from None


def _tar_member(path: str, raw: bytes, want) -> tuple[str, bytes]:
    from auditor.target.streams import STREAM_ERRORS, decompressed
    try:
        with tarfile.open(fileobj=decompressed(raw[:8], lambda: io.BytesIO(raw)), mode="r:") as tar:
            found = []
            for ti in tar:
                if ti.isfile() and want(ti.name):
                    found.append((ti.name, _bounded(tar.extractfile(ti), f"{path}: {ti.name}")))
            if len(found) != 1:
                raise AuditorError(f"{path}: expected one list in the archive, found {len(found)}")
            return found[0]
    except AuditorError:
        raise
    except (tarfile.TarError, *STREAM_ERRORS) as exc:
        raise AuditorError(f"{path}: cannot read as tar: {exc}") from None


def _is_record(name: str) -> bool:
    parts = name.split("/")
    return len(parts) == 2 and parts[0].endswith(".dist-info") and parts[1] == "RECORD"


def _is_archive_list(name: str) -> bool:
    parts = [p for p in name.split("/") if p not in ("", ".")]
    return parts[-1:] == ["ARCHIVE"] and len(parts) <= 2


def read_source(path: str, kind: str) -> ListSource:
    """The list of ``kind`` from ``path`` (the list itself or the artefact that ships it)."""
    raw = read_input(path, "checksum list or artefact", limit=max(INPUT_LIMIT, 512 << 20))
    digest = hashlib.sha256(raw).hexdigest()
    if kind == "md5sums" and raw.startswith(b"!<arch>\n"):
        members = _deb_members(path, raw)
        if "md5sums" not in members:
            raise AuditorError(f"{path}: the package has no md5sums control member")
        notes = []
        conffiles = [c.strip() for c in members.get("conffiles", b"").decode("utf-8", "replace").splitlines()
                     if c.strip()]
        if conffiles:
            notes.append(f"{len(conffiles)} conffiles not covered (dpkg keeps their digests in its status "
                         f"file): " + ", ".join(c.lstrip("/") for c in conffiles[:20]))
        return ListSource(members["md5sums"], path, digest, "control:md5sums", notes)
    if kind == "record" and raw[:4] == b"PK\x03\x04":
        member, data = _zip_member(path, raw, _is_record)
        return ListSource(data, path, digest, member)
    if kind == "archive" and raw[:4] == b"PK\x03\x04":
        member, data = _zip_member(path, raw, _is_archive_list)
        return ListSource(data, path, digest, member)
    if kind == "archive" and (raw[:2] == b"\x1f\x8b" or raw[:3] == b"BZh" or raw[:6] == b"\xfd7zXZ\x00"
                              or raw[257:262] == b"ustar"):
        member, data = _tar_member(path, raw, _is_archive_list)
        return ListSource(data, path, digest, member)
    if len(raw) > INPUT_LIMIT:
        raise AuditorError(f"{path}: larger than {INPUT_LIMIT >> 20} MB")
    return ListSource(raw, path, digest)


def entries_from(rows: list[lists.Row]) -> list[Entry]:
    entries: dict[str, Entry] = {}
    for r in rows:
        if r.algo == "sha256":
            if r.size is None:
                raise AuditorError(f"{r.path}: a sha256 row needs the file's size")
            entries[r.path] = Entry(r.path, "file", r.size, None, r.hex)
        elif r.algo in ALT_DIGESTS:
            entries[r.path] = Entry(r.path, "file", r.size, None, None, None, r.digest)
        else:
            raise AuditorError(f"{r.path}: baselines cannot record {r.algo} digests")
    for path in list(entries):
        for parent in paths.parent_dirs(path):
            if parent in entries:
                if entries[parent].type != "dir":
                    raise AuditorError(f"the list names {parent!r} both as a file and as a directory")
                break
            entries[parent] = Entry(parent, "dir")
    return list(entries.values())


def _own_path(kind: str, src: ListSource, rows: list[lists.Row], unhashed: list[str]) -> str | None:
    """Where the list itself lives in the release tree, when it ships inside it."""
    if kind == "archive":
        return "ARCHIVE"
    if kind == "record":
        if src.member:
            return src.member
        dist = sorted({p.split("/")[0] for p in [r.path for r in rows] + unhashed
                       if p.split("/")[0].endswith(".dist-info")})
        return f"{dist[0]}/RECORD" if len(dist) == 1 else None
    return None


def import_list(path: str, kind: str, product: str, version: str, origin: str | None = None,
                profile=None, strip: str | None = None) -> Baseline:
    """A baseline from the checksum list at ``path`` (see the module docstring). ``strip``: a
    leading directory to remove from every listed path (a RECORD of a package vendored one level
    down, an md5sums whose product lives under usr/share/<pkg>/)."""
    from auditor.baseline.builder import check_name
    check_name("product", product)
    check_name("version", version)
    if kind == "npm-lock":
        raise AuditorError("npm-lock lists name tarball digests, not files: use `baseline import --kind npm-lock "
                           "--tarballs DIR` (auditor.baseline.npm)")
    src = read_source(path, kind)
    origin = origin or ("vendor" if src.from_artefact else "install")
    if origin not in ORIGINS:
        raise AuditorError(f"--origin must be one of {', '.join(ORIGINS)}")
    parsed = lists.parse(kind, src.data, f"{path}" + (f"!{src.member}" if src.member else ""), version)
    rows = parsed.rows
    if strip:
        prefix = strip.strip("/") + "/"
        rows = [lists.Row(r.path[len(prefix):], r.algo, r.hex, r.size) for r in rows if r.path.startswith(prefix)]
        if not rows:
            raise AuditorError(f"{path}: no listed path under {strip!r}")
    if not rows:
        raise AuditorError(f"{path}: the list names no file")
    notes = list(src.notes)
    if parsed.unhashed:
        notes.append(f"{len(parsed.unhashed)} listed without a digest: " + ", ".join(parsed.unhashed[:20]))
    if parsed.outside:
        notes.append(f"{len(parsed.outside)} outside the root, not compared: " + ", ".join(parsed.outside[:20]))
    notes.append("a checksum list carries no modes, links, settings or endpoints: those are not compared")
    if src.from_artefact:
        prov = Provenance("archive", os.path.basename(path), sha256=src.sha256, root=src.member)
    else:
        prov = Provenance("list", os.path.basename(path), sha256=src.sha256)
    own = _own_path(kind, src, rows, parsed.unhashed)
    entries = entries_from(rows)
    if own is not None and own not in {e.path for e in entries}:
        # the list is itself a file of the release (ARCHIVE, RECORD): recorded with its exact bytes
        entries += entries_from([lists.Row(own, "sha256", hashlib.sha256(src.data).hexdigest(), len(src.data))])
        entries = list({e.path: e for e in entries}.values())
    markers = [] if profile is None else [Marker(m.path, m.pattern, m.kind, "profile") for m in profile.markers]
    trust = Trust("vendor-list" if origin == "vendor" else "install-list", "list", tuple(parsed.algos), kind,
                  None, tuple(notes))
    return Baseline(product=product, version=version, provenance=prov, entries=entries,
                    markers=markers, trust=trust)
