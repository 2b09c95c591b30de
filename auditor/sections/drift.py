"""Drift mode (``audit --since EARLIER.json``): what changed since an earlier report of the same target.

The report gains a ``drift`` section: the earlier report (when, which release), the release change
(``same``, ``official-upgrade`` when both runs identified official releases of the product and the
later one is newer, ``official-downgrade``, ``changed`` when either run did not identify one),
the findings that are new, resolved or changed (same id, other severity, message or evidence) and
how many stayed as they were, and which files were trusted from the stat cache (their size, mtime,
ctime, inode and device were unchanged) rather than read again, and whether the whole recorded result
was reused (auditor.scan.reuse: the tree and every input unchanged). The findings themselves stay
complete: drift mode narrows what the reader looks at, never what is checked.
"""

from __future__ import annotations

import os
from typing import Any

from auditor import versions
from auditor.paths import to_text
from auditor.model.report import Report


def _brief(f) -> dict[str, Any]:
    return {"id": f.id, "check": f.check, "category": f.category, "severity": f.severity,
            "path": f.to_dict()["path"], "message": f.message}


def _release_change(before: Report, now: Report, scheme: str) -> str:
    b, n = before.identified_version, now.identified_version
    if b is None or n is None or before.product != now.product:
        return "changed" if (b, before.product) != (n, now.product) else "same"
    if b == n:
        return "same"
    newer = versions.sort_key(n, scheme) > versions.sort_key(b, scheme)
    return "official-upgrade" if newer else "official-downgrade"


def section(earlier: Report, report: Report, files: int, trusted: list[str] | None, cache_state: str,
            scheme: str = "dpkg", reused: bool = False) -> dict[str, Any]:
    """``files``: regular files of the tree; ``trusted``: those whose digest came from the stat cache,
    sorted, or None when all of them did; ``reused``: the whole report is the recorded one
    (auditor.scan.reuse)."""
    if trusted is not None and files and len(trusted) == files:
        trusted = None
    count = files if trusted is None else len(trusted)
    old = {f.id: f for f in earlier.findings}
    new = {f.id: f for f in report.findings}
    added = [_brief(new[i]) for i in sorted(new.keys() - old.keys())]
    resolved = [_brief(old[i]) for i in sorted(old.keys() - new.keys())]
    changed, same = [], 0
    for i in sorted(new.keys() & old.keys()):
        a, b = old[i].to_dict(), new[i].to_dict()
        a.pop("waiver", None), b.pop("waiver", None)
        if a == b:
            same += 1
        else:
            changed.append({**_brief(new[i]), "before": {k: a[k] for k in ("severity", "message", "evidence")
                                                        if a[k] != b[k]}})
    return {
        "since": {"generated_at": earlier.generated_at, "target": earlier.target.path,
                  "product": earlier.product, "identified_version": earlier.identified_version,
                  "findings": len(earlier.findings),
                  "target_matches": os.path.realpath(earlier.target.path) == os.path.realpath(report.target.path)},
        "release": {"before": earlier.identified_version, "now": report.identified_version,
                    "change": _release_change(earlier, report, scheme)},
        "new": added, "resolved": resolved, "changed": changed, "unchanged": same,
        # every file trusted: the list would be the whole tree (50,000 paths in every nightly report)
        "cache": {"state": cache_state, "result": "reused" if reused else "computed", "trusted": count,
                  "hashed": files - count, "all_trusted": trusted is None,
                  "trusted_paths": [] if trusted is None else [to_text(p) for p in trusted]},
    }
