"""Baselines of every release of a git repository: one per release tag, or per commit of a vendor-import
repository ("Imported vendor 6.0.3"); a tree with a package manifest is an add-on's release."""

from __future__ import annotations

import fnmatch
import functools
import os
from dataclasses import dataclass, field
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


#: at least this many refs for each worker of a parallel build (fewer: not worth a process)
REFS_PER_JOB = 6
#: at most this many workers by default (each holds its own memo of contents and its own git reader)
MAX_JOBS = 4


def _pack_dir(out_dir: str, product: str, prod: str, _version: str) -> Path:
    """Where the baselines (and so the content pack) of a release of ``prod`` go."""
    return Path(out_dir) / prod if product == AUTO else Path(out_dir)


def jobs_for(refs: int, jobs: int | None = None) -> int:
    """How many workers build ``refs`` refs: ``jobs`` (at most one per ref), or by default the cores this
    process may use, at most MAX_JOBS and never fewer than REFS_PER_JOB refs each."""
    from auditor.process import may_fork_workers
    if not may_fork_workers():          # a daemonic process (a Dask worker) may not have children
        return 1
    if jobs is not None:
        return max(1, min(jobs, refs))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_JOBS, refs // REFS_PER_JOB))


def from_git(repo_path: str, product: str, out_dir: str | Path, tag_glob: str = "*",
             version_regex: str | None = None, root: str | None = None,
             profile: profile_mod.Profile | None = None, progress: bool | None = None,
             warn: Callable[[str], None] | None = None, commits: str | None = None,
             content: bool = False, jobs: int | None = None) -> list[tuple[TagBuild, Path]]:
    """One baseline per release tag (or per matching commit) of a repository.

    With ``product`` ``auto`` each release names its product (the profile's
    product marker) and baselines go to ``out_dir/<product>/<version>.yaml``;
    otherwise to ``out_dir/<version>.yaml``. A release met twice is built once.
    ``content``: the text files go into the content pack beside the baselines.
    ``jobs``: worker processes, each building a run of consecutive refs (default: see jobs_for); the
    baselines, the packs' members and the warnings are the same for any number.
    """
    where = functools.partial(_pack_dir, str(out_dir), product)
    from auditor.baseline.store import save
    if profile is None and product != AUTO:
        profile = profile_mod.for_product(product)
    refs = versions_from_commits(repo_path, commits) if commits else versions_from_tags(repo_path, tag_glob,
                                                                                        version_regex)
    from auditor.baseline import content as content_mod
    from auditor.process import return_large_blocks
    return_large_blocks()
    jobs = jobs_for(len(refs), jobs)
    import shutil
    import tempfile
    import time
    from auditor.baseline.workers import timing as _timing
    clock = time.perf_counter()
    spool_dir = None
    try:
        with content_mod.session():
            builds: list[TagBuild] = []
            rendered: dict[str, Path] = {}
            seen: dict[tuple[str, str], str] = {}
            later: list = []            # the packs' writing, still under way (parallel build)
            if jobs > 1:
                Path(out_dir).mkdir(parents=True, exist_ok=True)
                # the workers' pack spools and the text of their baselines, beside the output (one file system)
                spool_dir = Path(tempfile.mkdtemp(prefix=".from-git-", dir=out_dir))
                from auditor.baseline.workers import in_parallel
                outcomes = in_parallel(_outcomes, jobs, spool_dir, (repo_path, refs, product, root, profile,
                                                                    where if content else None), warn, later)
            else:
                outcomes = _outcomes(repo_path, ((i, ref, label) for i, (ref, label) in enumerate(refs)), product,
                                     root, profile, progress, warn, where if content else None)
            for outcome in outcomes:
                label, ref, release = outcome.label, outcome.ref, outcome.release
                if product == AUTO and release[1] != label and warn:
                    warn(f"warning: {ref[:12]} is labelled {label!r} but its release says {release[1]!r}")
                if outcome.baseline is None or release in seen:
                    if warn:
                        warn(f"warning: {release[0]} {release[1]} again at {ref[:12]} "
                             f"(first at {seen[release][:12]}): kept the first")
                    continue
                seen[release] = ref
                builds.append(TagBuild(ref, outcome.baseline.version, outcome.baseline))
                if outcome.rendered is not None:
                    rendered[ref] = outcome.rendered
            clock = _timing(f"from-git build ({jobs} worker(s))", clock)
            try:
                releases = [b.baseline for b in builds if b.baseline.addon is None]
                markers_before = {id(b): len(b.markers) for b in releases}
                prune_markers(releases, profile or profile_mod.for_product(releases[0].product)
                              if releases else profile_mod.builtin("generic"), repo_path, root)
                clock = _timing("from-git prune markers", clock)
                written = []
                for b in builds:
                    path = where(b.baseline.product, b.version) / f"{b.version}.yaml"
                    text = None
                    if b.tag in rendered and markers_before.get(id(b.baseline)) == len(b.baseline.markers):
                        # the worker's text of the baseline, which the pruning of markers left as it was
                        text = rendered[b.tag].read_bytes()
                    save(b.baseline, path, text)
                    written.append((b, path))
                clock = _timing("from-git save", clock)
            except BaseException:
                for wait in later:
                    wait(raising=False)
                raise
            for wait in later:
                wait()
        _timing("from-git packs committed", clock)
    finally:
        if spool_dir is not None:
            shutil.rmtree(spool_dir, ignore_errors=True)
    return written


@dataclass
class _Outcome:
    """One ref's build: its baseline, or None when an earlier ref of the run had its release."""
    index: int                          # of the ref in the run's list
    ref: str
    label: str                          # the version the tag or commit subject gives
    release: tuple[str, str]            # (product, version) its own files give
    baseline: Baseline | None
    #: the warnings of its build, in order (a worker of a parallel build; otherwise printed as they come)
    notes: list[str] = field(default_factory=list)
    #: a worker of a parallel build: the file holding the baseline's text (as store.save writes it)
    rendered: Path | None = None


def _outcomes(repo_path: str, items, product: str, root: str | None, profile: profile_mod.Profile | None,
              progress, warn, content_dir, current: list | None = None):
    """Build the refs ``items`` gives ((index, ref, label), in any order): a release this process built
    at an earlier ref is not built again (its tree is not read past the files that name it). A content
    met again in a later release is neither read nor analysed again (BlobMemo). ``current[0]``: the index
    being built."""
    from auditor.baseline.builder import Superseded
    from auditor.scan.hashing import BlobMemo
    memo = BlobMemo()
    built: dict[tuple[str, str], int] = {}
    repo = open_repo(repo_path)
    try:
        for index, ref, version in items:
            if current is not None:
                current[0] = index
            try:
                baseline = _release_at(repo_path, repo, ref, product, version, root, profile, progress, warn,
                                       content_dir, memo, skip=lambda p, v: built.get((p, v), index) < index)
            except Superseded as again:
                yield _Outcome(index, ref, version, (again.product, again.version), None)
                continue
            built[baseline.release] = min(index, built.get(baseline.release, index))
            yield _Outcome(index, ref, version, baseline.release, baseline)
    finally:
        repo.close()


def _release_at(repo_path: str, repo, ref: str, product: str, version: str, root: str | None,
                profile: profile_mod.Profile | None, progress, warn, content_dir, memo=None,
                skip=None) -> Baseline:
    """The release at one ref. With ``auto``, a tree with a package manifest (``.sopm``) at its top is an
    add-on's release (auditor.baseline.addon), any other names its product in its own files."""
    if product == AUTO:
        with GitTarget(repo_path, ref, root, repo=repo, memo=memo) as target:
            manifest = addon.manifest_in(target)
            if manifest is not None:
                return addon.build_from_git(target, manifest, profile, progress, warn, content_dir, version)
    return build_from_source(repo_path, product, version if product != AUTO else AUTO, root=root, ref=ref,
                             profile=profile, progress=progress, warn=warn, repo=repo, content_dir=content_dir,
                             memo=memo, skip=skip)


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
