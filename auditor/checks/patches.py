"""Missing patches: advisories that affect the release the tree really is.

The release comes from identification by content, never from the version the
tree claims, so a 6.0.3 dressed up as 7.0 is judged as 6.0.3. Feeds are
``auditor/advisories/*.yaml`` plus ``--advisories FILE|DIR``
(format: auditor/model/advisory.py, docs/advisories.md).

Backports: when an advisory names the files its fix changed, the fixed
content of each is taken from the releases the advisory does not affect
(through the release index, so any later release's copy counts) or from
hashes given in the feed. A tree whose copies of all those files are fixed
has the fix backported: ``patched-by-backport`` instead of ``missing-patch``.

For a mixed tree, an advisory of a release it mixes in (and not of the
identified one) is listed only when the tree holds that release's unfixed
copy of a file the fix changed: copied-in look-alike files (a skin) do not
make a tree vulnerable to the newer release's problems.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Iterable

from auditor import versions
from auditor.checks.base import Context, check
from auditor.model.advisory import Advisory
from auditor.model.finding import Finding


@dataclass
class Result:
    advisory: Advisory
    status: str                 # missing | patched-by-backport
    affects: list[str]
    fixed_in: list[str]
    files: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = self.advisory.summary_dict()
        d.update(status=self.status, affects=self.affects, fixed_in=self.fixed_in)
        if self.files:
            d["fix_files"] = self.files
        return d


def advisories(ctx: Context) -> list[Advisory]:
    """Every advisory of the feeds (loaded with the inputs), its products named by id (a feed may say
    "Znuny LTS" for znuny-lts)."""
    out = []
    for adv in ctx.inputs.advisories:
        affected = [dataclasses.replace(a, product=ctx.profile.product_id(a.product) or a.product)
                    for a in adv.affected]
        out.append(dataclasses.replace(adv, affected=affected))
    return out


def _fixed_mask(ctx: Context, adv: Advisory, product: str) -> int:
    """The releases of ``product`` that carry the fix: not affected, and at or after a version that fixed
    it. A release from before the flaw was introduced is not one: its file may be the very content a later
    vulnerable release has (then the feed's range starts too late, and that content is no fix)."""
    index = ctx.catalog.index
    scheme = ctx.catalog.scheme
    fixes = [r.fixed for _, r in adv.ranges_for(product) if r.fixed]
    mask = 0
    for i, (p, v) in enumerate(index.releases):
        if p.casefold() != product.casefold() or adv.affects(p, v, scheme) is not None:
            continue
        if any(versions.compare(v, f, scheme) >= 0 for f in fixes):
            mask |= 1 << i
    return mask


def _release_mask(ctx: Context, product: str, version: str) -> int:
    index = ctx.catalog.index
    try:
        return 1 << index.releases.index((product, version))
    except ValueError:
        return 0


def _file_states(ctx: Context, adv: Advisory, product: str, fix_files, vulnerable_mask: int) -> list[dict]:
    """For each file the fix changed: fixed | vulnerable | other | absent in the tree."""
    index = ctx.catalog.index
    fixed_mask = _fixed_mask(ctx, adv, product)
    out = []
    for ff in fix_files:
        tree = ctx.snapshot.entries.get(ff.path)
        slot = index.paths.get(ff.path, {})
        fixed_hashes = {h for h, m in slot.items() if m & fixed_mask}
        if ff.sha256:
            fixed_hashes.add(ff.sha256)
        if tree is None or tree.type != "file":
            state = "absent"
        elif tree.sha256 in fixed_hashes:
            state = "fixed"
        elif slot.get(tree.sha256, 0) & vulnerable_mask:
            state = "vulnerable"
        else:
            state = "other"   # modified: neither the fixed nor the vulnerable official content
        out.append({"path": ff.path, "state": state, "fixed_known": bool(fixed_hashes)})
    return out


def evaluate(ctx: Context) -> list[Result]:
    """Every advisory that affects the release the tree is, missing or backported (once per audit)."""
    if ctx.advisory_results is None:
        ctx.advisory_results = _evaluate(ctx) if ctx.identity.release is not None else []
    return ctx.advisory_results


def _evaluate(ctx: Context) -> list[Result]:
    results: list[Result] = []
    product, version = ctx.identity.release
    scheme = ctx.catalog.scheme
    mixed = [m["version"] for m in ctx.identity.identification.mixed_with if m["product"] == product]
    for adv in advisories(ctx):
        ranges = adv.ranges_for(product)
        if not ranges:
            continue
        fixed_in = sorted({r.fixed for _, r in ranges if r.fixed}, key=lambda v: versions.sort_key(v, scheme))
        hit = adv.affects(product, version, scheme)
        affects: list[str] = []
        files: list[dict] = []
        if hit is not None:
            affects.append(version)
            if hit[0].fix_files:
                files = _file_states(ctx, adv, product, hit[0].fix_files, _release_mask(ctx, product, version))
        for other in mixed:
            h = adv.affects(product, other, scheme)
            if h is None or hit is not None or not h[0].fix_files:
                continue
            states = _file_states(ctx, adv, product, h[0].fix_files, _release_mask(ctx, product, other))
            if any(s["state"] == "vulnerable" for s in states):
                affects.append(other)
                files = files or states
        if not affects:
            continue
        backported = bool(files) and all(s["state"] == "fixed" for s in files)
        results.append(Result(adv, "patched-by-backport" if backported else "missing", affects, fixed_in, files))
    results.sort(key=lambda r: (r.advisory.published, r.advisory.id))
    return results


def fixed_by(ctx: Context, missing: list[Result]) -> str | None:
    """The lowest release of the product, above the identified one, that no missing advisory affects."""
    if not missing or ctx.identity.release is None:
        return None
    product, version = ctx.identity.release
    scheme = ctx.catalog.scheme
    candidates = {v for r in missing for _, rng in r.advisory.ranges_for(product) for v in (rng.fixed,) if v}
    candidates |= {v for p, v in ctx.catalog.releases if p == product}
    for v in versions.sorted_versions(candidates, scheme):
        if versions.compare(v, version, scheme) <= 0:
            continue
        if all(r.advisory.affects(product, v, scheme) is None for r in missing):
            return v
    return None


def _path_for(r: Result, ctx: Context) -> str | None:
    for f in r.files:
        if f["state"] != "absent":
            return f["path"]
    return None


@check("AUD501", "missing-patch", "missing-patch", "high")
def missing_patches(ctx: Context) -> Iterable[Finding]:
    """An advisory affects the release the tree really is, and its fix is not in the tree.

    Severity is the advisory's. Evidence: the advisory id, aliases (CVE),
    summary, published date, the affected release(s), the releases that fix
    it, references, whether the feed marks it uncertain, and for advisories
    that name their fix files the state of each file in the tree.
    """
    for r in evaluate(ctx):
        if r.status != "missing":
            continue
        a = r.advisory
        cves = f" ({', '.join(a.aliases)})" if a.aliases else ""
        fix = f"fixed in {', '.join(r.fixed_in)}" if r.fixed_in else "no fixed release in this product"
        flag = " [uncertain]" if a.uncertain else ""
        yield ctx.finding("AUD501", "missing-patch", _path_for(r, ctx),
                          f"{a.id}{cves}: {a.summary} — affects {', '.join(r.affects)}, {fix}{flag}",
                          r.to_dict(), severity=a.severity, key=a.id)


@check("AUD502", "patched-by-backport", "patched-by-backport", "info")
def backported(ctx: Context) -> Iterable[Finding]:
    """An advisory affects the release, but every file its fix changed has the fixed content.

    Someone applied the fix by hand (or copied the fixed files in): the tree
    is mixed, and the advisory is not counted as missing.
    """
    for r in evaluate(ctx):
        if r.status == "patched-by-backport":
            a = r.advisory
            yield ctx.finding("AUD502", "patched-by-backport", _path_for(r, ctx),
                              f"{a.id}: fix backported ({', '.join(f['path'] for f in r.files)})",
                              r.to_dict(), severity="info", key=a.id)
