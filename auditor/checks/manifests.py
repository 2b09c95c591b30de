"""In-tree checksum lists (OTRS/Znuny ``ARCHIVE``, a dist-info ``RECORD``, dpkg's ``*.md5sums``) judged
against the official release, never trusted by themselves.

A product's own integrity tools (OTRS's ``bin/otrs.CheckSum.pl``, ``pip``'s RECORD, ``debsums``)
trust the list the tree ships. A vendor who changes files and regenerates the list makes those
tools report nothing; the field case of a system sold as "OTRS 7" had exactly that. auditor reads
each list the profile names (``manifests:``) and asks, for every row: is the tree file at that
path the official release's content? If not, and the list's digest matches the tree file, the
list vouches for tampered content: it was regenerated or edited to hide a change.
"""

from __future__ import annotations

from typing import Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.errors import AuditorError
from auditor.knowledge.manifests import Manifest, manifests_of, names_pattern
from auditor.model.finding import Finding
from auditor.trust import lists

MAX_LISTED = 50


def _vouched(ctx: Context, m: Manifest, list_path: str, rows: list[lists.Row]) -> list[dict]:
    """Rows whose tree file is not the official content but matches the listed digest."""
    snap = ctx.snapshot
    official = ctx.baseline.by_path
    base = m.base_of(list_path)
    out = []
    for r in rows:
        path = base + r.path
        t = snap.entries.get(path)
        if t is None or t.type != "file" or path in snap.local:
            continue     # local files (Kernel/Config.pm) are the site's own: expected to be nobody's release
        if snap.same_as(official.get(path), path):
            continue
        matches = (t.sha256 == r.hex) if r.algo == "sha256" else (snap.digest(path, r.algo) == r.digest)
        if matches:
            b = official.get(path)
            out.append({"path": paths.to_text(path), "listed": r.digest,
                        "state": "added" if b is None else "modified",
                        "official": None if b is None else (b.sha256 or b.digest)})
    return out


@check("AUD109", "forged-manifest", "forged-manifest", "critical")
def forged_manifests(ctx: Context) -> Iterable[Finding]:
    """A checksum list inside the tree vouches for files that are not the official release's.

    The product profile names the lists a release ships (``manifests:``: OTRS/Znuny ``ARCHIVE``,
    a wheel's ``*.dist-info/RECORD``, dpkg's ``var/lib/dpkg/info/*.md5sums``). A list that is the
    official file, byte for byte, is fine. Otherwise every row is checked: when the tree file at
    the row's path differs from the official release (modified or added) **and** the list's digest
    matches that tampered file, the list was regenerated or edited to hide the change from the
    product's own integrity check (OTRS's ``otrs.CheckSum.pl``, ``debsums``, ``pip``). Evidence:
    the list's kind and digest (``weak_digest`` when it is md5 or sha1), and each vouched file with
    its listed, official and tree state. A list that cannot be parsed is reported too (high).
    """
    if ctx.baseline is None or ctx.comparison.diff is None:
        return
    mans = manifests_of(ctx.profile)
    if not mans:
        return
    snap = ctx.snapshot
    official = ctx.baseline.by_path
    specs = [(m, m.spec) for m in mans]
    names = names_pattern(tuple(p for m in mans for p in m.patterns))
    for path in sorted(snap.entries):
        e = snap.entries[path]
        if e.type != "file" or not names.match(path.rsplit("/", 1)[-1]):
            continue            # a file name no list can have (the full pattern is matched below)
        m = next((m for m, spec in specs if spec.match(path)), None)
        if m is None or snap.same_as(official.get(path), path):
            continue
        data = snap.read([path]).get(path)
        if not isinstance(data, bytes):
            yield ctx.finding("AUD109", "forged-manifest", path, f"the in-tree {m.kind} list cannot be read: {data}",
                              {"list_kind": m.kind, "error": str(data)}, severity="high")
            continue
        try:
            parsed = lists.parse(m.kind, data, paths.to_text(path))
        except AuditorError as exc:
            yield ctx.finding("AUD109", "forged-manifest", path,
                              f"the in-tree {m.kind} list is malformed, so the product's own integrity check "
                              f"cannot be relied on: {exc}", {"list_kind": m.kind, "error": str(exc)},
                              severity="high")
            continue
        vouched = _vouched(ctx, m, path, parsed.rows)
        if not vouched:
            continue
        weak = [a for a in parsed.algos if a in ("md5", "sha1")]
        modified = sum(1 for v in vouched if v["state"] == "modified")
        state = "edited" if path in official else "added"
        message = (f"the in-tree {m.kind} list ({state}) vouches for {len(vouched)} file(s) that are not the "
                   f"official {ctx.release_name} content ({modified} modified, {len(vouched) - modified} added): "
                   f"it was regenerated to hide them from the product's own integrity check")
        evidence = {"list_kind": m.kind, "digests": parsed.algos, "list_state": state,
                    "vouched": len(vouched), "files": vouched[:MAX_LISTED],
                    "truncated": len(vouched) > MAX_LISTED}
        if weak:
            evidence["weak_digest"] = weak
        yield ctx.finding("AUD109", "forged-manifest", path, message, evidence)
