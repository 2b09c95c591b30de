"""Integrity checks: how the tree differs from the release it was identified as."""

from __future__ import annotations

from typing import Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.compare.changes import COSMETIC
from auditor.compare.diff import mode_risk_added, risky_mode
from auditor.model.baseline import Entry, format_mode
from auditor.model.finding import Finding


def describe(e: Entry) -> dict:
    d: dict = {"type": e.type}
    if e.type == "file":
        d.update(sha256=e.sha256, size=e.size)
        if e.digest is not None:
            algo, _, hexd = e.digest.partition(":")
            d[algo] = hexd
            d["weaker_digest"] = algo   # the release recorded only this digest (git blob id, md5 ...)
    if e.type == "symlink":
        d["target"] = paths.to_text(e.target or "")
    if e.mode is not None:
        d["mode"] = format_mode(e.mode)
    return d


def _changes(b: Entry, t: Entry) -> list[str]:
    """rpm -V style list of what differs: size, digest, link, mode."""
    out = []
    if b.type == "file":
        if b.size is not None and b.size != t.size:
            out.append("size")
        if b.sha256 != t.sha256 or b.digest is not None:
            out.append("digest")
    if b.type == "symlink" and b.target != t.target:
        out.append("link")
    return out


def _path_class(ctx: Context, path: str) -> str | None:
    pc = ctx.profile.path_class(path)
    return pc.name if pc else None


@check("AUD101", "modified-file", "modified-file", "high")
def modified_files(ctx: Context) -> Iterable[Finding]:
    """A file of the release has other content (or a link points elsewhere).

    Severity follows the profile's path classes: modified core code is high,
    an edited configuration file is low. When the new content is exactly the
    content of another release, the evidence names that release
    (``matches_releases``): the tree mixes releases (see identification.mixed).
    With a content pack the evidence holds the diff and its class: a change of
    line endings, whitespace, comments or version strings only is low; a
    security-sensitive change is reported by AUD108 instead.
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    changes = ctx.comparison.changes
    foreign = ctx.identity.foreign
    for b, t in diff.modified:
        fc = changes.get(b.path)
        if fc is not None and fc.security_sensitive and not foreign.get(t.path):
            continue   # reported by AUD108 (security-sensitive-change)
        evidence = {"expected": describe(b), "actual": describe(t), "changes": _changes(b, t),
                    "path_class": _path_class(ctx, b.path)}
        severity = None
        other = foreign.get(t.path)
        if other:
            evidence["matches_releases"] = other
            message = f"content differs from {ctx.release_name}; it is the file of release {', '.join(other)}"
        else:
            message = f"content differs from the official {ctx.release_of(b.path)} file"
        if fc is not None:
            evidence["diff"] = fc.evidence()
            if fc.available:
                message += f" ({fc.kind} change, +{fc.added} -{fc.removed} lines)"
                if fc.kind in COSMETIC and not other:
                    severity = "low"
        yield ctx.finding("AUD101", "modified-file", b.path, message, evidence, severity=severity)


@check("AUD102", "added-file", "added-file", "medium")
def added_files(ctx: Context) -> Iterable[Finding]:
    """A path that no official release file explains was added to the tree.

    Expected local files (the profile's ``local`` patterns, e.g. Kernel/Config.pm)
    and ignored paths are not reported, nor are files of earlier releases that an
    in-place upgrade left behind (``stale-file``, AUD110). Added code (by extension or executable
    bit) in a core directory is high: it runs with the product's rights and
    an official upgrade does not know it. An added file that is world-writable
    or set-uid/set-gid is high wherever it is.
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    stale = ctx.comparison.stale
    for t in diff.added:
        if t.path in stale:
            continue    # a file of an earlier release left by an in-place upgrade: stale-file (AUD110)
        code = t.type == "file" and ctx.profile.is_code(t.path, t.mode)
        kind = "code" if code else t.type
        evidence = {"actual": describe(t), "code": code, "path_class": _path_class(ctx, t.path)}
        message = f"added {kind} not in the official {ctx.release_name} release"
        other = ctx.identity.foreign.get(t.path)
        if other:
            evidence["matches_releases"] = other
            message += f"; it is the file of release {', '.join(other)}"
        risky = risky_mode(t.mode, t.type)
        if risky:
            evidence["risky_mode"] = True
            message += f" (mode {format_mode(t.mode)}: world-writable or set-uid/set-gid)"
        yield ctx.finding("AUD102", "added-file", t.path, message, evidence,
                          severity="high" if risky else None,
                          severity_key="added-code" if code else "added-file")


@check("AUD103", "missing-file", "missing-file", "medium")
def missing_files(ctx: Context) -> Iterable[Finding]:
    """A file of the release is gone (and its content is nowhere else in the tree).

    Files under a directory that is missing as a whole are counted in that
    directory's ``missing-directory`` finding instead.
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    for b in diff.missing:
        yield ctx.finding("AUD103", "missing-file", b.path, f"official {ctx.release_of(b.path)} {b.type} is missing",
                          {"expected": describe(b), "path_class": _path_class(ctx, b.path)})


@check("AUD104", "missing-directory", "missing-directory", "high")
def missing_directories(ctx: Context) -> Iterable[Finding]:
    """A directory of the release is gone: one finding for the top-most missing directory.

    The evidence counts the release files that were under it. Upgrade scripts
    that expect the directory fail or recreate it empty.
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    for d, count in diff.missing_dirs:
        yield ctx.finding("AUD104", "missing-directory", d.path,
                          f"official directory is missing with the {count} release file(s) under it",
                          {"expected": describe(d), "files": count, "path_class": _path_class(ctx, d.path)})


@check("AUD105", "moved-file", "moved-file", "medium")
def moved_files(ctx: Context) -> Iterable[Finding]:
    """A release file is missing at its path and its exact content is at a new path.

    Empty files are never paired (their content says nothing).
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    for b, t in diff.moved:
        yield ctx.finding("AUD105", "moved-file", t.path,
                          f"moved from {paths.to_text(b.path)} (same content)",
                          {"from": paths.to_text(b.path), "to": paths.to_text(t.path), "expected": describe(b),
                           "actual": describe(t), "path_class": _path_class(ctx, b.path)}, key=b.path)


@check("AUD106", "changed-permissions", "changed-permissions", "low")
def changed_permissions(ctx: Context) -> Iterable[Finding]:
    """Permission bits differ from the release.

    Baselines built from git only know whether a file is executable, and the
    OTRS profile compares only that bit (installs get their modes from
    bin/otrs.SetPermissions.pl). A file that became world-writable or
    set-uid/set-gid (a directory: world-writable without the sticky bit) is
    always reported, at high, whatever the precision: no profile masks mode risk.
    So is a local file of the install (``local:`` in the profile, such as
    OTRS's Kernel/Config.pm, which holds the database password) that is
    world-writable or set-uid/set-gid. With ``permissions: umask`` (the
    generic profile) a mode that an installer's umask cannot explain is a
    change: a bit the release lacks (group-writable 0644 -> 0664) or an owner
    bit taken away (mode 000).
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    for t in diff.risky_local:
        yield ctx.finding("AUD106", "changed-permissions", t.path,
                          f"mode {format_mode(t.mode)}: a local file of the install (its own configuration) that is "
                          "world-writable or set-uid/set-gid",
                          {"actual": {"mode": format_mode(t.mode)}, "local": True, "risky": True}, severity="high")
    unreadable = {p.path for p in ctx.snapshot.problems if p.kind == "unreadable"}
    for b, t in diff.permissions:
        if t.path in unreadable and not (t.mode or 0) & 0o400:
            continue    # the mode that took the owner's read bit is why it is 'unreadable': one finding
        risky = mode_risk_added(b.mode, t.mode, b.type)
        yield ctx.finding("AUD106", "changed-permissions", b.path,
                          f"mode {format_mode(t.mode)} instead of {format_mode(b.mode)}"
                          + (" (world-writable or set-uid/set-gid)" if risky else ""),
                          {"expected": {"mode": format_mode(b.mode)}, "actual": {"mode": format_mode(t.mode)},
                           "precision": ctx.baseline.mode_precision, "risky": risky},
                          severity="high" if risky else None)


@check("AUD107", "changed-type", "changed-type", "high")
def changed_types(ctx: Context) -> Iterable[Finding]:
    """A release path has another type: a file became a link, a directory a file, and so on."""
    diff = ctx.comparison.diff
    if diff is None:
        return
    for b, t in diff.types:
        yield ctx.finding("AUD107", "changed-type", b.path, f"is a {t.type}, the release has a {b.type}",
                          {"expected": describe(b), "actual": describe(t)})
