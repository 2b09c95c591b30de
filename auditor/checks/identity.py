"""Identity checks: the release the tree claims against the release its content is."""

from __future__ import annotations

from typing import Iterable

import fnmatch

from auditor.checks.base import Context, check
from auditor.model.finding import Finding

#: Confidence (coverage x precision) above which the identified release is taken as proven.
STRONG_MATCH = 0.85


@check("AUD001", "version-mismatch", "version-mismatch", "critical")
def version_mismatch(ctx: Context) -> Iterable[Finding]:
    """The release the tree states (its version and product markers) is not the release its content is.

    The field case: an OTRS 6.0.3 sold as OTRS 7 with its release files
    faked. The product counts too: releases of forks share version numbers,
    so a tree that says "Znuny LTS 6.0.36" but is OTRS 6.0.30 is a mismatch. Upgrade tooling trusts the markers, so the wrong upgrade path is
    taken and patches the tree does not have are assumed. Evidence: the
    claimed and identified versions, the confidence and every marker reading.
    """
    ident = ctx.identity
    if ident.release is None or (ident.claimed is None and ident.claimed_product is None):
        return
    product, identified = ident.release
    claimed_version = ident.claimed or identified
    claimed_product = ident.claimed_product or product
    if (claimed_product, claimed_version) == (product, identified):
        return
    confidence = ident.identification.confidence
    name = ctx.profile.display_name
    claimed_known = ctx.catalog.find_version(claimed_version, claimed_product) is not None
    evidence = {"claimed": ident.claimed, "identified": identified, "product": product,
                "claimed_product": ident.claimed_product, "claimed_product_name": ident.claimed_product_name,
                "confidence": confidence, "claimed_baseline_loaded": claimed_known,
                "markers": [r.to_dict() for r in ident.readings if r.counted]}
    claim = f"{name(claimed_product)} {claimed_version}" if claimed_product != product else claimed_version
    real = f"{name(product)} {identified}" if claimed_product != product else identified
    what = "version" if claimed_product == product else "release"
    if claimed_known or confidence >= STRONG_MATCH:
        yield ctx.finding("AUD001", "version-mismatch", None,
                          f"claims {what} {claim} but its content is release {real} "
                          f"(confidence {confidence:.2f})", evidence, severity="critical")
    else:
        # Without a baseline of the claimed release and with a weak match, the tree may be
        # a release we have no baseline for: say so, one level lower.
        yield ctx.finding("AUD001", "version-mismatch", None,
                          f"claims {what} {claim}, for which no baseline is loaded; its content is "
                          f"closest to release {real} (confidence {confidence:.2f}); add a baseline of "
                          f"{claim} to settle it", evidence, severity="high")


@check("AUD002", "inconsistent-version-markers", "inconsistent-version-markers", "high")
def inconsistent_markers(ctx: Context) -> Iterable[Finding]:
    """The tree's version markers disagree with each other.

    A genuine release states one version everywhere; a partial edit (RELEASE
    changed, another marker file not) shows here even when no baseline of
    the claimed version exists.
    """
    readings = [r for r in ctx.identity.readings if r.counted and r.value]
    values = sorted({r.value for r in readings})
    if len(values) < 2:
        return
    yield ctx.finding("AUD002", "inconsistent-version-markers", None,
                      f"version markers disagree: {', '.join(values)}",
                      {"markers": [r.to_dict() for r in readings]})


@check("AUD003", "unidentified-release", "unidentified-release", "high")
def unidentified(ctx: Context) -> Iterable[Finding]:
    """No baseline matches the tree well enough to name its release.

    The best candidates are listed in identification.candidates; the files
    are still compared with the nearest release (the best-scoring one), and
    those findings name it as "the nearest release; the tree is not identified".
    """
    if ctx.identity.release is not None:
        return
    cands = ctx.identity.identification.candidates
    best = f"best candidate {cands[0].version} scores {cands[0].score:.2f}" if cands else "no candidates"
    nearest = ctx.identity.identification.nearest
    also = (f"; files are compared with the nearest release, {nearest['product']} {nearest['version']}"
            if nearest else "")
    evidence = {"candidates": [c.to_dict() for c in cands], "nearest": nearest}
    root = root_hint(ctx)
    if root:
        also += f"; the release's files are under {root}/: audit again with --root {root}"
        evidence["root_hint"] = root
    yield ctx.finding("AUD003", "unidentified-release", None,
                      f"the tree matches no official release ({best}){also}", evidence, severity="high")


#: how many of a release's paths are looked for when guessing --root
_HINT_SAMPLE = 400


def root_hint(ctx: Context) -> str | None:
    """The directory inside the target under which a release's files lie (a missing or wrong
    --root): the prefix under which most of a sample of one release's file paths are found."""
    if not ctx.catalog.releases:
        return None
    release = ctx.identity.nearest or ctx.identity.release or ctx.catalog.releases[-1]
    try:
        wanted = sorted(p for p, e in ctx.catalog.baseline(release).by_path.items() if e.type == "file")
    except (OSError, ValueError):
        return None
    if not wanted:
        return None
    step = max(1, len(wanted) // _HINT_SAMPLE)
    sample = set(wanted[::step])
    found: dict[str, int] = {}
    for path in ctx.snapshot.entries:
        pos = path.find("/")
        while pos > 0:
            if path[pos + 1:] in sample:
                prefix = path[:pos]
                found[prefix] = found.get(prefix, 0) + 1
            pos = path.find("/", pos + 1)
    if not found:
        return None
    prefix, hits = max(found.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))
    return prefix if hits >= len(sample) / 2 else None


@check("AUD004", "release-structure", "release-structure", "high")
def release_structure(ctx: Context) -> Iterable[Finding]:
    """The tree lacks what every release of the claimed line has, or has what that line removed.

    Product knowledge from the profile's ``release_lines``, per product (OTRS 7
    has ``Kernel/WebApp/`` and ``scripts/DBUpdate-to-7.pl``; OTRS 6.0 has
    ``bin/cgi-bin/customer.pl``; Znuny 7 is Znuny's own line and keeps the 6.x
    layout, and every Znuny X.Y ships scripts/MigrateToZnunyX_Y.pl: paths may
    name ``{major}``, ``{minor}`` and ``{patch}`` of the claimed version). The
    line is chosen by the product and version the tree claims. It
    works without any baseline of the claimed release, which matters when that
    release is proprietary and no baseline exists.
    """
    claimed = ctx.identity.claimed
    if not claimed:
        return
    product = ctx.identity.claimed_product or (ctx.identity.release[0] if ctx.identity.release else None)
    entries = ctx.snapshot.entries
    for line in ctx.profile.release_lines:
        if not fnmatch.fnmatchcase(claimed, line["versions"]):
            continue
        if line.get("products") and product not in line["products"]:
            continue
        parts = (claimed.split(".") + ["", "", ""])[:3]
        fill = {"major": parts[0], "minor": parts[1], "patch": parts[2]}
        requires = [p.format(**fill) for p in line.get("requires", [])]
        forbids = [p.format(**fill) for p in line.get("forbids", [])]
        missing = [p for p in requires if p.rstrip("/") not in entries]
        present = [p for p in forbids if p.rstrip("/") in entries]
        if missing or present:
            parts = []
            if missing:
                parts.append(f"lacks {', '.join(missing)}")
            if present:
                parts.append(f"has {', '.join(present)}")
            yield ctx.finding("AUD004", "release-structure", None,
                              f"claims {claimed} ({line['name']}) but {' and '.join(parts)}",
                              {"claimed": claimed, "line": line["name"], "missing": missing, "unexpected": present},
                              key=line["name"])
