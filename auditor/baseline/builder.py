"""Building baselines from official releases: a directory, an archive or a git ref."""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from auditor import paths, profile as profile_mod
from auditor.errors import AuditorError
from auditor.identify import markers as markers_mod
from auditor.model.baseline import Baseline, Provenance
from auditor.scan import scan
from auditor.target import Target, open_target
from auditor.target.archive import file_sha256
from auditor.target.gitrepo import GitTarget

from auditor.stages import ENRICHERS, enricher  # noqa: E402,F401  (enrich(baseline, snapshot, profile, contents, warn))


def build(target: Target, product: str, version: str, provenance: Provenance,
          profile: profile_mod.Profile | None = None, progress: bool | None = None,
          warn: Callable[[str], None] | None = None) -> Baseline:
    profile = profile or profile_mod.for_product(product)
    from auditor.pipeline import gc_paused
    with gc_paused():
        snap = scan(target, progress=progress)
    bad = [p for p in snap.problems if p.kind != "duplicate"]
    if bad:
        listing = "; ".join(f"{paths.to_text(p.path)}: {p.detail}" for p in bad[:5])
        more = f" (and {len(bad) - 5} more)" if len(bad) > 5 else ""
        raise AuditorError(f"{target.label()}: cannot build a complete baseline: {listing}{more}")
    entries = [e for e in snap.entries.values() if e.type in ("file", "dir", "symlink")]
    if not any(e.type == "file" for e in entries):
        raise AuditorError(f"{target.label()}: no files to record (wrong --root?)")

    # version markers: the profile's (checked) and the ones found in the release itself
    contents = snap.read(markers_mod.candidate_files(snap.entries))
    declared = []
    for m in profile.markers:
        value = markers_mod.read(m, snap.entries, contents, profile.version_scheme)
        if value is None:
            continue
        if value != version and warn:
            warn(f"warning: {paths.to_text(m.path)} says version {value!r}, building as {version!r}")
        declared.append(m)
    found = markers_mod.discover(snap.entries, contents, version)
    marker_list = markers_mod.unique(declared + found)

    baseline = Baseline(product=product, version=version, provenance=provenance, entries=entries,
                        markers=marker_list, mode_precision="exec" if isinstance(target, GitTarget) else "exact")
    from auditor import stages
    stages.load()
    for enrich in ENRICHERS:
        enrich(baseline, snap, profile, contents, warn or (lambda message: None))
    return baseline


def build_from_source(source: str, product: str, version: str, root: str | None = None, ref: str | None = None,
                      profile: profile_mod.Profile | None = None, progress: bool | None = None,
                      warn: Callable[[str], None] | None = None) -> Baseline:
    if ref is not None:
        with GitTarget(source, ref, root) as target:
            prov = Provenance("git", target.source_name, commit=target.commit.hexsha, ref=ref, root=root)
            return build(target, product, version, prov, profile, progress, warn)
    with open_target(source, root) as target:
        if target.kind == "directory":
            prov = Provenance("directory", os.path.basename(os.path.abspath(source)), root=root)
        else:
            prov = Provenance("archive", os.path.basename(source), sha256=file_sha256(source), root=root)
        return build(target, product, version, prov, profile, progress, warn)


@dataclass
class TagBuild:
    tag: str
    version: str
    baseline: Baseline


def versions_from_tags(repo_path: str, tag_glob: str = "*", version_regex: str | None = None) -> list[tuple[str, str]]:
    import git
    try:
        repo = git.Repo(repo_path)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise AuditorError(f"{repo_path}: not a git repository") from None
    try:
        rx = re.compile(version_regex or r"v?(\d+(?:\.\d+)+.*)$")
    except re.error as exc:
        raise AuditorError(f"--version-regex: invalid regular expression: {exc}") from None
    out = []
    for tag in sorted(repo.tags, key=lambda t: t.name):
        if not fnmatch.fnmatchcase(tag.name, tag_glob):
            continue
        m = rx.search(tag.name)
        if not m:
            continue
        out.append((tag.name, m.group(1) if rx.groups else m.group(0)))
    repo.close()
    if not out:
        raise AuditorError(f"{repo_path}: no tag matches {tag_glob!r} with a version")
    return out


def from_git(repo_path: str, product: str, out_dir: str | Path, tag_glob: str = "*",
             version_regex: str | None = None, root: str | None = None,
             profile: profile_mod.Profile | None = None, progress: bool | None = None,
             warn: Callable[[str], None] | None = None) -> list[tuple[TagBuild, Path]]:
    from auditor.baseline.store import save
    builds = []
    for tag, version in versions_from_tags(repo_path, tag_glob, version_regex):
        baseline = build_from_source(repo_path, product, version, root=root, ref=tag, profile=profile,
                                     progress=progress, warn=warn)
        builds.append(TagBuild(tag, version, baseline))
    prune_markers([b.baseline for b in builds], profile or profile_mod.for_product(product),
                  repo_path, root)
    written = []
    for b in builds:
        path = Path(out_dir) / f"{b.version}.yaml"
        save(b.baseline, path)
        written.append((b, path))
    return written


def prune_markers(baselines: list[Baseline], profile: profile_mod.Profile, repo_path: str,
                  root: str | None) -> None:
    """With every release at hand, drop discovered markers that misread another release.

    A discovered marker is kept only if, in every release holding its file,
    it reads that release's own version (or nothing): an incidental mention
    such as "deprecated since 6.0.3" fails this in 6.0.4.
    """
    import git
    repo = git.Repo(repo_path)
    by_version = {b.version: b for b in baselines}
    commits = {b.version: repo.commit(b.provenance.commit) for b in baselines}
    for b in baselines:
        keep = []
        for m in b.markers:
            if m.origin == "profile":
                keep.append(m)
                continue
            ok = True
            for other in by_version.values():
                if m.kind == "content":
                    e = other.by_path.get(m.path)
                    if e is None or e.type != "file":
                        continue
                    tree = commits[other.version].tree
                    try:
                        blob = tree / (f"{root}/{m.path}" if root else m.path)
                    except KeyError:
                        continue
                    contents = {m.path: blob.data_stream.read()}
                else:
                    contents = {}
                value = markers_mod.read(m, other.by_path, contents, profile.version_scheme)
                if value is not None and value != other.version:
                    ok = False
                    break
            if ok:
                keep.append(m)
        b.markers = keep
    repo.close()


def log_warning(message: str) -> None:
    print(message, file=sys.stderr)
