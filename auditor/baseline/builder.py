"""Building baselines from official releases: a directory, an archive or a git ref."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Callable

from auditor import paths, profile as profile_mod
from auditor.baseline import content as content_mod
from auditor.errors import AuditorError
from auditor.knowledge import markers as markers_mod
from auditor.model.baseline import Baseline, Provenance, Trust
from auditor.scan import Visitor, scan
from auditor.target import Target, open_target
from auditor.target.streams import file_sha256
from auditor.target.gitrepo import GitTarget

from auditor.config.settings import official_defaults
from auditor.knowledge.endpoints import official_endpoints
from auditor.knowledge.urls import hosts_in
from auditor.lazyre import lazy


AUTO = "auto"
#: text contents a build with a content pack keeps from its scan for the pack (not read twice): enough for
#: the whole text of a release of OTRS or Znuny (the first release a from-git worker builds, or the first
#: after it takes a group from elsewhere, is all new; at 48 MB a third of a real build's git reads were
#: such second reads), emptied after each release
STASH_BYTES = 256 << 20
_SAFE_NAME = lazy(r"[A-Za-z0-9][A-Za-z0-9._+~-]*")


def check_name(kind: str, value: str) -> str:
    """Product ids and versions become file names (baselines/<product>/<version>.yaml): one safe component."""
    if not _SAFE_NAME.fullmatch(value) or ".." in value:
        raise AuditorError(f"{kind} {value!r} cannot name a baseline file (letters, digits and . _ + ~ - only, "
                           f"not starting with a dot or a dash)")
    if kind == "version":
        from auditor.model._fields import version_text
        problem = version_text(value)
        if problem:
            raise AuditorError(f"version {value[:70]!r}: {problem}")
    elif len(value) > 64:
        raise AuditorError(f"{kind} {value[:70]!r}...: longer than 64 characters")
    return value


class Superseded(Exception):
    """build(..., skip=...): this release (product, version) is one the caller already has."""

    def __init__(self, product: str, version: str):
        super().__init__(product, version)
        self.product, self.version = product, version


class BuildVisitor(Visitor):
    """What a baseline needs from the release's file contents, gathered while each file is hashed
    (the tree is read once; nothing but a few small files is kept in memory):

    * where the release states its version (a MarkerFinder hit per file);
    * the hosts its text files name (official endpoints);
    * the content of the files the profile reads (its version and product markers, its
      configuration sources), at most 4 MB each.
    """

    def __init__(self, version: str | None, keep, stash_bytes: int = 0):
        import threading
        from auditor.baseline.content import TEXT_LIMIT
        self.limit = max(markers_mod.MAX_MARKER_FILE, TEXT_LIMIT)
        self.finder = markers_mod.MarkerFinder(version) if version else None
        self.keep = keep
        #: text contents read by the scan, by path, kept for the content pack (which then need not read
        #: them again) up to ``stash_bytes`` in all; the rest is read again when the pack is written
        self.stash: dict[str, bytes] = {}
        self._stash_left = stash_bytes
        self._stash_lock = threading.Lock()

    def _to_stash(self, path: str, data: bytes) -> None:
        if self._stash_left > 0 and self._stash_left >= len(data) and content_mod.is_text(data):
            with self._stash_lock:
                if self._stash_left >= len(data):
                    self._stash_left -= len(data)
                    self.stash[path] = data

    def visit(self, path: str, data: bytes):
        hit = self.finder.hit(path, data) if self.finder is not None else None
        hosts = hosts_in(data)
        kept = data if self.keep(path) else None
        self._to_stash(path, data)
        return (hit, hosts, kept) if (hit or hosts or kept is not None) else None

    def visit_new(self, path: str, facts, data: bytes):
        # a content no earlier release of the run had: the one kind the pack does not hold yet
        self._to_stash(path, data)
        return self.visit_known(path, facts, lambda: data)

    memoizable = True

    def facts(self, data: bytes):
        """What ``visit`` needs of a content wherever it is: its hosts, and the version-shaped tokens in it
        (a release's version can be found in it only if it is one of them)."""
        return hosts_in(data), markers_mod.version_tokens(data)

    def visit_known(self, path: str, facts, read):
        hosts, tokens = facts
        hit = None
        if self.finder is not None and (self.finder.version is None or self.finder.version in tokens):
            hit = self.finder.hit(path, read())
        kept = read() if self.keep(path) else None
        return (hit, hosts, kept) if (hit or hosts or kept is not None) else None


def _marker_files(profile: profile_mod.Profile) -> list[str]:
    """The files the profile reads the version and product from."""
    wanted = [m.path for m in profile.markers if m.kind == "content"]
    if profile.product_marker is not None and profile.product_marker.kind == "content":
        wanted.append(profile.product_marker.path)
    return wanted


def _keeper(profile: profile_mod.Profile):
    """The paths whose content the build keeps: the profile's marker files and configuration (decided once
    per path and profile: the releases of a from-git run share most paths)."""
    def make(p):
        from auditor.config import settings as cfg
        wanted = set(_marker_files(p))
        srcs = cfg.sources(p) if p.config else []
        decided: dict[str, bool] = {}

        def keep(path: str) -> bool:
            got = decided.get(path)
            if got is None:
                got = decided[path] = path in wanted or any(src.matches(path) for src in srcs)
            return got
        return keep
    return profile.section("build-keeper", make)


def build(target: Target, product: str, version: str, provenance: Provenance,
          profile: profile_mod.Profile | None = None, progress: bool | None = None,
          warn: Callable[[str], None] | None = None,
          content_dir: Callable[[str, str], Path] | None = None,
          skip: Callable[[str, str], bool] | None = None) -> Baseline:
    """Record a release. ``product`` / ``version`` may be ``auto``: read from the release's own markers.
    ``content_dir(product, version)``: where the baseline will be saved; its text files then go into
    the content pack there. The tree is read once (see BuildVisitor); with ``auto`` the profile's
    marker files are read first, with ``content_dir`` the text files again for the pack.
    ``skip(product, version)`` true: the release is one the caller has already (Superseded is raised
    before its tree is read)."""
    warn = warn or (lambda message: None)
    profile = profile or profile_mod.for_product(None if product == AUTO else product)
    if product == AUTO and profile.name == "generic":
        # the release names its product: find the profile whose detect rule knows it
        profile = profile_mod.detect(target, profile_mod.all_builtin()) or profile
    if product == AUTO or version == AUTO:
        found_product, found_version = _release_before_scan(target, profile)
        if product == AUTO:
            if found_product is None:
                raise AuditorError(f"{target.label()}: the release does not name a product this profile knows "
                                   f"({', '.join(profile.product_ids)}); give --product")
            product = found_product
        if version == AUTO:
            if found_version is None:
                raise AuditorError(f"{target.label()}: the release states no version; give --version")
            version = found_version
    product = check_name("product", profile.product_id(product) or product)
    version = check_name("version", version)
    if skip is not None and skip(product, version):
        raise Superseded(product, version)
    from auditor.process import gc_paused
    visitor = BuildVisitor(version, _keeper(profile), STASH_BYTES if content_dir is not None else 0)
    with gc_paused():
        snap = scan(target, progress=progress, visitor=visitor)
    bad = [p for p in snap.problems if p.kind not in ("duplicate", "missing-blob")]
    if bad:
        listing = "; ".join(f"{paths.to_text(p.path)}: {p.detail}" for p in bad[:5])
        more = f" (and {len(bad) - 5} more)" if len(bad) > 5 else ""
        raise AuditorError(f"{target.label()}: cannot build a complete baseline: {listing}{more}")
    missing = [p for p in snap.problems if p.kind == "missing-blob"]
    for p in missing:
        snap.entries[p.path].digest = f"gitsha1:{snap.members[p.path].ref.hexsha}"
    if missing:
        warn(f"warning: {len(missing)} file(s) are not in the repository (e.g. {paths.to_text(missing[0].path)}): "
             f"recorded by their git blob id (SHA-1) only")
    entries = [e for e in snap.entries.values() if e.type in ("file", "dir", "symlink")]
    if not any(e.type == "file" for e in entries):
        raise AuditorError(f"{target.label()}: no files to record (wrong --root?)")

    hits, hosts, contents = [], set(), {}
    for path, (hit, found_hosts, kept) in snap.visits.items():
        if hit is not None:
            hits.append(hit)
        if found_hosts:
            hosts.update(found_hosts)
        if kept is not None:
            contents[path] = kept
    snap.visits = {}
    snap.kept = contents
    snap.text_hosts = hosts
    # version markers: the profile's (checked) and the ones found in the release itself
    declared = []
    for m in profile.markers:
        value = markers_mod.read(m, snap.entries, contents, profile.version_scheme)
        if value is None:
            continue
        if value != version:
            warn(f"warning: {paths.to_text(m.path)} says version {value!r}, building as {version!r}")
        declared.append(m)
    found = markers_mod.discover_from_hits(snap.entries, hits, version)
    marker_list = markers_mod.unique(declared + found)

    baseline = Baseline(product=product, version=version, provenance=provenance, entries=entries,
                        markers=marker_list, mode_precision="exec" if isinstance(target, GitTarget) else "exact")
    # what the release's own files say: its official default settings, and every host it names
    baseline.settings = official_defaults(snap, profile, warn)
    baseline.endpoints = official_endpoints(baseline, snap, profile)
    if content_dir is not None:
        write_content(baseline, snap, Path(content_dir(product, version)) / content_mod.PACK_NAME, visitor.stash)
    return baseline


def _release_before_scan(target: Target, profile: profile_mod.Profile) -> tuple[str | None, str | None]:
    """(product, version) the release states in the profile's marker files, read before the scan."""
    wanted = _marker_files(profile)
    contents = target.read_paths(wanted, markers_mod.MAX_MARKER_FILE) if wanted else {}
    from auditor.model.baseline import Entry
    entries = {p: Entry(p, "file", len(d), None, None) for p, d in contents.items() if isinstance(d, bytes)}
    version = None
    for m in profile.markers:
        version = markers_mod.read(m, entries, contents, profile.version_scheme)
        if version:
            break
    product = None
    if profile.product_marker is not None:
        name = markers_mod.read(profile.product_marker, entries, contents, profile.version_scheme)
        product = profile.product_for_claim(name, version)
    return product, version


def write_content(baseline: Baseline, snap, pack: Path, stash: dict[str, bytes] | None = None) -> None:
    """Put the release's text files into the product's content pack (one copy per distinct content).
    ``stash``: contents the scan kept by path (taken from it, not read again; emptied)."""
    stash = stash if stash is not None else {}
    there = content_mod.known(pack) or ()       # in a session: what the pack holds is not read again
    texts = [e for e in baseline.entries if e.type == "file" and e.sha256 and (e.size or 0) <= content_mod.TEXT_LIMIT
             and e.sha256 not in there]
    # in the order the target reads best (an archive stream front to back: one pass, never started again
    # for a batch that lies before the last one); a directory keeps the path order
    order = snap.target.read_order
    texts.sort(key=lambda e: order(m) if (m := snap.member(e.path)) is not None else 0)

    def items():
        for start in range(0, len(texts), 256):
            batch = texts[start:start + 256]
            unread = [e.path for e in batch if e.path not in stash]
            got = snap.read(unread, content_mod.TEXT_LIMIT) if unread else {}
            for e in batch:
                data = stash.pop(e.path) if e.path in stash else got.get(e.path)
                if isinstance(data, bytes) and content_mod.is_text(data):
                    yield e.sha256, data
                elif isinstance(data, bytes):
                    content_mod.seen_binary(pack, e.sha256)
    content_mod.add(pack, items())
    stash.clear()
    baseline.content_pack = pack.name


def build_from_source(source: str, product: str, version: str, root: str | None = None, ref: str | None = None,
                      profile: profile_mod.Profile | None = None, progress: bool | None = None,
                      warn: Callable[[str], None] | None = None, repo=None,
                      content_dir: Callable[[str, str], Path] | None = None,
                      expect_sha256: str | None = None, memo=None, registry=None,
                      skip: Callable[[str, str], bool] | None = None) -> Baseline:
    """``expect_sha256``: the sha256 the source archive must have (pinned from the vendor's published
    digest); a mismatch stops the build before anything is read, and the pin goes into the trust record."""
    if expect_sha256 is not None:
        expect_sha256 = expect_sha256.strip().lower()
        if not re.fullmatch(r"[0-9a-f]{64}", expect_sha256):
            raise AuditorError(f"--expect-sha256: expected 64 hex characters, got {expect_sha256[:80]!r}")
        if source.startswith("registry://"):
            raise AuditorError("--expect-sha256 pins an archive file; name a registry image by its digest instead "
                               "(registry://HOST/REPO@sha256:...)")
        if ref is not None or os.path.isdir(source):
            raise AuditorError("--expect-sha256 pins an archive or package file; a directory or git ref has no "
                               "single digest (a git commit id is its own pin)")
    if ref is not None:
        with GitTarget(source, ref, root, repo=repo, memo=memo) as target:
            prov = Provenance("git", target.source_name, commit=target.commit.hexsha, ref=ref, root=root)
            b = build(target, product, version, prov, profile, progress, warn, content_dir, skip)
            b.trust = Trust("artefact")
            return b
    if expect_sha256 is not None:
        actual = file_sha256(source)
        if actual != expect_sha256:
            raise AuditorError(f"{source}: sha256 is {actual}, not the pinned {expect_sha256} "
                               f"(--expect-sha256); nothing was built")
    with open_target(source, root, registry=registry) as target:
        if target.kind == "registry":      # an official image: the manifest digest it was read from is its pin
            prov = Provenance("registry", source, sha256=target.manifest_digest.split(":")[1], root=root)
            trust = Trust("artefact")
        elif target.kind == "directory":
            prov = Provenance("directory", os.path.basename(os.path.abspath(source)), root=root)
            trust = Trust("directory")
        else:
            digest = file_sha256(source)
            if expect_sha256 is not None and digest != expect_sha256:
                raise AuditorError(f"{source}: changed while it was read (sha256 {digest}, pinned "
                                   f"{expect_sha256}); nothing was built")
            prov = Provenance("archive", os.path.basename(source), sha256=digest, root=root)
            trust = Trust("pinned-artefact", pinned_sha256=expect_sha256) if expect_sha256 else Trust("artefact")
        b = build(target, product, version, prov, profile, progress, warn, content_dir)
        b.trust = trust
        return b


def log_warning(message: str) -> None:
    print(message, file=sys.stderr)
