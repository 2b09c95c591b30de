"""Vendor fingerprints: the same unofficial change found in several installs.

Each audited install contributes change keys (auditor.fleet.task.change_keys): a modified or added
file with its resulting sha256, the diff of a modified text file (the hash of its changed lines, so
near-identical edits of different base releases still match, when content packs give diffs), and
each outbound host nobody official put there. Keys held by two installs or more are grouped by the
exact set of installs that hold them: one fingerprint is "these N installs share these K changes".
The strongest fingerprints (installs x changes) come first.
"""

from __future__ import annotations

import hashlib
import json

KIND_WORDS = {"modified": "modified file", "added": "added file", "diff": "identical edit", "host": "outbound host"}


def cluster(results: list[dict], min_installs: int = 2) -> list[dict]:
    holders: dict[tuple, set[int]] = {}
    names = {r["index"]: r for r in results}
    for r in results:
        if r.get("status") != "ok":
            continue
        for k in r.get("changes", []):
            holders.setdefault(tuple(k), set()).add(r["index"])
    groups: dict[frozenset, list[tuple]] = {}
    for key, installs in holders.items():
        if len(installs) >= min_installs:
            groups.setdefault(frozenset(installs), []).append(key)
    out = []
    for installs, keys in groups.items():
        # the same edit shared as the same resulting file says nothing more as a diff: one entry per change
        same_file = {k[1] for k in keys if k[0] == "modified"}
        keys = sorted(k for k in keys if not (k[0] == "diff" and k[1] in same_file))
        fid = "FP-" + hashlib.sha256(json.dumps(keys).encode()).hexdigest()[:12]
        files = [{"kind": k[0], "path": k[1], "digest": k[2]} for k in keys if k[0] != "host"]
        hosts = [k[1] for k in keys if k[0] == "host"]
        counts: dict[str, int] = {}
        for k in keys:
            counts[k[0]] = counts.get(k[0], 0) + 1
        parts = [f"{n} {KIND_WORDS[kind]}{'s' if n != 1 else ''}" for kind, n in sorted(counts.items())
                 if kind != "host"]
        text = f"these {len(installs)} installs share the same " + (", ".join(parts) or "changes")
        if hosts:
            text += f" and call home to {', '.join(hosts[:5])}" + (" ..." if len(hosts) > 5 else "")
        out.append({"id": fid, "install_count": len(installs),
                    "installs": [{"index": i, "path": names[i]["path"], "name": names[i]["name"]}
                                 for i in sorted(installs)],
                    "files": files, "hosts": hosts, "summary": text})
    out.sort(key=lambda f: (-f["install_count"] * (len(f["files"]) + len(f["hosts"])), f["id"]))
    return out
