"""Files an in-place upgrade left behind: added paths whose exact content is the file of earlier releases only."""

from __future__ import annotations

from auditor import versions


def of(diff, identity, baseline, scheme: str) -> dict[str, list[str]]:
    """Added paths whose exact content is the file of earlier releases only (never of the identified
    release or a newer one): path -> those releases' versions."""
    out: dict[str, list[str]] = {}
    if diff is None or identity.release is None:
        return out
    current = baseline.version
    for t in diff.added:
        others = identity.foreign.get(t.path)
        if others and all(versions.compare(v, current, scheme) < 0 for v in others):
            out[t.path] = others
    return out
