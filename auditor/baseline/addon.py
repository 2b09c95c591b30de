"""Add-on baselines: one official release of an add-on (an OTRS / Znuny package), built from the files
its package installs and nothing else.

* from a release tag of the add-on's repository: the ``.sopm`` at the top of
  the tree names the package, its version and its Filelist; the baseline
  holds exactly the Filelist's files, with the Filelist's permissions;
* from a built ``.opm``: the files the package carries.

An add-on baseline is a baseline like any other (``baselines/<add-on id>/<version>.yaml``,
content pack beside it) with an ``addon`` header (package, vendor, frameworks):
an audit finds which release of each add-on is installed and counts its files
as official (auditor/identify/addons.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from auditor import profile as profile_mod
from auditor.baseline.builder import build
from auditor.errors import AuditorError
from auditor.knowledge import package as package_mod
from auditor.model.baseline import AddonInfo, Baseline, Provenance, Trust
from auditor.target.gitrepo import GitTarget
from auditor.target.package import PackageTarget, Selection


def addon_profile(profile: profile_mod.Profile | None = None) -> profile_mod.Profile:
    """The profile whose add-ons are OTRS packages (the given one when it says so)."""
    if profile is not None and profile.addons == "otrs-package":
        return profile
    for p in profile_mod.all_builtin():
        if p.addons == "otrs-package":
            return p
    raise AuditorError("no profile reads OTRS packages (profile key 'addons: otrs-package')")


def manifest_in(target: GitTarget) -> tuple[str, bytes] | None:
    """The ``.sopm`` at the top of a release's tree (name, content); None when there is none."""
    names = sorted(n for n in target.top_level_names() if n.endswith(".sopm"))
    if not names:
        return None
    if len(names) > 1:
        raise AuditorError(f"{target.label()}@{target.ref}: several package manifests ({', '.join(names[:4])}); "
                           f"an add-on repository has one .sopm")
    got = target.read_paths(names, package_mod.SOPM_LIMIT).get(names[0])
    if not isinstance(got, bytes):
        raise AuditorError(f"{target.label()}@{target.ref}: {names[0]}: {got or 'cannot be read'}")
    return names[0], got


def _finish(b: Baseline, pkg: package_mod.Package, trust: Trust) -> Baseline:
    b.addon = AddonInfo(pkg.name, pkg.vendor, tuple(pkg.frameworks))
    b.markers = []          # an add-on is found by its files, never by a version string
    b.mode_precision = "exact"
    b.trust = trust
    return b


#: what an add-on's source repository says between releases: its build tooling writes the real version
#: into the package it builds (OTRS' own add-on repositories keep 0.0.0 in the .sopm)
PLACEHOLDER_VERSIONS = ("0.0.0",)


def build_from_git(target: GitTarget, manifest: tuple[str, bytes], profile: profile_mod.Profile | None = None,
                   progress: bool | None = None, warn: Callable[[str], None] | None = None,
                   content_dir: Callable[[str, str], Path] | None = None, tag_version: str | None = None) -> Baseline:
    """The add-on release at ``target``'s ref, as its ``.sopm`` describes it; a placeholder version there
    (0.0.0) is the release tag's version."""
    import dataclasses
    name, data = manifest
    pkg = package_mod.parse(data, f"{target.label()}@{target.ref}:{name}")
    if pkg.version in PLACEHOLDER_VERSIONS:
        if not tag_version:
            raise AuditorError(f"{target.label()}@{target.ref}: {name} says version {pkg.version} (a placeholder) "
                               f"and the ref names no version")
        pkg = dataclasses.replace(pkg, version=tag_version)
    prov = Provenance("git", target.source_name, commit=target.commit.hexsha, ref=target.ref, root=target.root)
    b = build(Selection(target, pkg), pkg.id, pkg.version, prov, addon_profile(profile), progress, warn,
              content_dir)
    return _finish(b, pkg, Trust("artefact"))


def read_opm(path: str) -> tuple[package_mod.Package, str]:
    """A built package file read once: what it holds, and the sha256 of exactly the bytes parsed."""
    import hashlib

    from auditor.safeio import read_input
    raw = read_input(path, "package file", limit=package_mod.OPM_LIMIT)
    return package_mod.parse(raw, path, with_content=True), hashlib.sha256(raw).hexdigest()


def build_from_opm(path: str, pkg: package_mod.Package, digest: str, profile: profile_mod.Profile | None = None,
                   warn: Callable[[str], None] | None = None,
                   content_dir: Callable[[str, str], Path] | None = None) -> Baseline:
    """The add-on release a built package file carries (``pkg`` and ``digest`` from :func:`read_opm`)."""
    prov = Provenance("archive", os.path.basename(path), sha256=digest)
    b = build(PackageTarget(path, pkg), pkg.id, pkg.version, prov, addon_profile(profile), False, warn,
              content_dir)
    return _finish(b, pkg, Trust("artefact"))
