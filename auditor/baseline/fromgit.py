"""Baselines of every release of a git repository: one per release tag, or per commit of a vendor-import
repository ("Imported vendor 6.0.3"); a tree with a package manifest is an add-on's release."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from auditor import profile as profile_mod
from auditor import regex as linear
from auditor.baseline import addon
from auditor.baseline.builder import AUTO, build_from_source
from auditor.errors import AuditorError
from auditor.knowledge import markers as markers_mod
from auditor.model.baseline import Baseline
from auditor.target.gitrepo import GitTarget, open_repo


@dataclass
class TagBuild:
    tag: str
    version: str
    baseline: Baseline


def versions_from_tags(repo_path: str, tag_glob: str = "*", version_regex: str | None = None) -> list[tuple[str, str]]:
    repo = open_repo(repo_path)
    try:
        # release tags as projects write them: v1.2.3, rel-7.0.2, rel-6_0_8 (underscores read as dots)
        rx = linear.compile(version_regex or r"v?(\d+(?:[._]\d+)+.*)$")
    except linear.PatternError as exc:
        raise AuditorError(f"--version-regex: invalid regular expression: {exc}") from None
    out = []
    for tag in sorted(repo.tags, key=lambda t: t.name):
        if not fnmatch.fnmatchcase(tag.name, tag_glob):
            continue
        m = rx.search(tag.name)
        if not m:
            continue
        found = m.group(1) if rx.groups else m.group(0)
        out.append((tag.name, found if version_regex else found.replace("_", ".")))
    repo.close()
    if not out:
        raise AuditorError(f"{repo_path}: no tag matches {tag_glob!r} with a version")
    return out


def versions_from_commits(repo_path: str, message_regex: str) -> list[tuple[str, str]]:
    """(commit, version) of every commit on any branch whose subject matches ``message_regex`` (group 1:
    the version), oldest first: vendor-import repositories ("Imported vendor 6.0.3") keep releases this way."""
    try:
        rx = linear.compile(message_regex)
    except linear.PatternError as exc:
        raise AuditorError(f"--commits: invalid regular expression: {exc}") from None
    if rx.groups < 1:
        raise AuditorError("--commits: the pattern needs a capture group for the version")
    repo = open_repo(repo_path)
    try:
        log = repo.git.log("--all", "--reverse", "--format=%H %s")
    finally:
        repo.close()
    out, seen = [], set()
    for line in log.splitlines():
        commit, _, subject = line.partition(" ")
        m = rx.search(subject)
        if m and commit not in seen:
            seen.add(commit)
            out.append((commit, m.group(1)))
    if not out:
        raise AuditorError(f"{repo_path}: no commit subject matches {message_regex!r}")
    return out


def from_git(repo_path: str, product: str, out_dir: str | Path, tag_glob: str = "*",
             version_regex: str | None = None, root: str | None = None,
             profile: profile_mod.Profile | None = None, progress: bool | None = None,
             warn: Callable[[str], None] | None = None, commits: str | None = None,
             content: bool = False) -> list[tuple[TagBuild, Path]]:
    """One baseline per release tag (or per matching commit) of a repository.

    With ``product`` ``auto`` each release names its product (the profile's
    product marker) and baselines go to ``out_dir/<product>/<version>.yaml``;
    otherwise to ``out_dir/<version>.yaml``. A release met twice is built once.
    ``content``: the text files go into the content pack beside the baselines.
    """
    def where(prod: str, _version: str) -> Path:
        return Path(out_dir) / prod if product == AUTO else Path(out_dir)
    from auditor.baseline.store import save
    if profile is None and product != AUTO:
        profile = profile_mod.for_product(product)
    refs = versions_from_commits(repo_path, commits) if commits else versions_from_tags(repo_path, tag_glob,
                                                                                        version_regex)
    from auditor.baseline import content as content_mod
    from auditor.scan.hashing import BlobMemo
    # a content met again in a later release is neither read nor analysed again (BlobMemo), and the
    # content pack is written once for all the releases (content_mod.session)
    memo = BlobMemo()
    from auditor.process import return_large_blocks
    return_large_blocks()
    with content_mod.session():
        repo = open_repo(repo_path)
        builds: list[TagBuild] = []
        seen: dict[tuple[str, str], str] = {}
        try:
            for ref, version in refs:
                baseline = _release_at(repo_path, repo, ref, product, version, root, profile, progress, warn,
                                       where if content else None, memo)
                if product == AUTO and baseline.version != version and warn:
                    warn(f"warning: {ref[:12]} is labelled {version!r} but its release says {baseline.version!r}")
                if baseline.release in seen:
                    if warn:
                        warn(f"warning: {baseline.product} {baseline.version} again at {ref[:12]} "
                             f"(first at {seen[baseline.release][:12]}): kept the first")
                    continue
                seen[baseline.release] = ref
                builds.append(TagBuild(ref, baseline.version, baseline))
        finally:
            repo.close()
        releases = [b.baseline for b in builds if b.baseline.addon is None]
        prune_markers(releases, profile or profile_mod.for_product(releases[0].product)
                      if releases else profile_mod.builtin("generic"), repo_path, root)
        written = []
        for b in builds:
            path = Path(out_dir) / (f"{b.baseline.product}/{b.version}.yaml" if product == AUTO else f"{b.version}.yaml")
            save(b.baseline, path)
            written.append((b, path))
    return written


def _release_at(repo_path: str, repo, ref: str, product: str, version: str, root: str | None,
                profile: profile_mod.Profile | None, progress, warn, content_dir, memo=None) -> Baseline:
    """The release at one ref. With ``auto``, a tree with a package manifest (``.sopm``) at its top is an
    add-on's release (auditor.baseline.addon), any other names its product in its own files."""
    if product == AUTO:
        with GitTarget(repo_path, ref, root, repo=repo, memo=memo) as target:
            manifest = addon.manifest_in(target)
            if manifest is not None:
                return addon.build_from_git(target, manifest, profile, progress, warn, content_dir, version)
    return build_from_source(repo_path, product, version if product != AUTO else AUTO, root=root, ref=ref,
                             profile=profile, progress=progress, warn=warn, repo=repo, content_dir=content_dir,
                             memo=memo)


def prune_markers(baselines: list[Baseline], profile: profile_mod.Profile, repo_path: str,
                  root: str | None) -> None:
    """With every release at hand, drop discovered markers that misread another release of the same product.

    A discovered marker is kept only if, in every release of its product holding
    its file, it reads that release's own version (or nothing): an incidental
    mention such as "deprecated since 6.0.3" fails this in 6.0.4.
    """
    repo = open_repo(repo_path)
    #: what a content marker reads in one content: (path, pattern, sha256) -> value (releases share contents:
    #: each is read once, not once per pair of releases)
    read_in: dict[tuple[str, str, str], object] = {}
    missing = object()
    try:
        commits = {b.release: repo.commit(b.provenance.commit) for b in baselines}
        for b in baselines:
            keep = []
            for m in b.markers:
                if m.origin == "profile":
                    keep.append(m)
                    continue
                ok = True
                for other in baselines:
                    if other.product != b.product:
                        continue
                    if m.kind == "content":
                        e = other.by_path.get(m.path)
                        if e is None or e.type != "file" or e.sha256 is None:
                            continue
                        key = (m.path, m.pattern, e.sha256)
                        value = read_in.get(key, missing)
                        if value is missing:
                            try:
                                blob = commits[other.release].tree / (f"{root}/{m.path}" if root else m.path)
                                contents = {m.path: blob.data_stream.read()}
                            except (KeyError, ValueError):
                                value = read_in[key] = None
                                continue
                            value = read_in[key] = markers_mod.read(m, other.by_path, contents, profile.version_scheme)
                    else:
                        value = markers_mod.read(m, other.by_path, {}, profile.version_scheme)
                    if value is not None and value != other.version:
                        ok = False
                        break
                if ok:
                    keep.append(m)
            b.markers = keep
    finally:
        repo.close()
