"""Identity checks: the release the tree claims against the release its content is."""

from __future__ import annotations

from typing import Iterable

from auditor.checks.base import Context, check
from auditor.model.finding import Finding


@check("AUD001", "version-mismatch", "version-mismatch", "critical")
def version_mismatch(ctx: Context) -> Iterable[Finding]:
    """The version the tree states (its version markers) is not the release its content is.

    The field case: an OTRS 6.0.3 sold as OTRS 7 with its release files
    faked. Upgrade tooling trusts the markers, so the wrong upgrade path is
    taken and patches the tree does not have are assumed. Evidence: the
    claimed and identified versions, the confidence and every marker reading.
    """
    ident = ctx.identity
    if ident.release is None or ident.claimed is None:
        return
    identified = ident.release[1]
    if ident.claimed == identified:
        return
    yield ctx.finding("AUD001", "version-mismatch", None,
                      f"claims version {ident.claimed} but its content is release {identified} "
                      f"(confidence {ident.identification.confidence:.2f})",
                      {"claimed": ident.claimed, "identified": identified, "product": ident.release[0],
                       "confidence": ident.identification.confidence,
                       "markers": [r.to_dict() for r in ident.readings if r.counted]})


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

    The integrity diff needs an identified release, so it is not run; the best
    candidates are still listed in identification.candidates.
    """
    if ctx.identity.release is not None:
        return
    cands = ctx.identity.identification.candidates
    best = f"best candidate {cands[0].version} scores {cands[0].score:.2f}" if cands else "no candidates"
    yield ctx.finding("AUD003", "unidentified-release", None,
                      f"the tree matches no official release ({best})",
                      {"candidates": [c.to_dict() for c in cands]}, severity="high")
