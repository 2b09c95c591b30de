"""One fleet target, audited where the engine runs it (a Dask worker process, or in-process).

The worker keeps a memo (module state of the worker process): the baselines directory is
discovered, verified (``--require-signed``) and its release index loaded once, then reused for
every target as long as the baseline files keep their stat keys. The target's own reports are
written to ``OUTPUT_DIR/targets/<name>.{json,html}``; what goes back to the client is a compact
result: the verdict, the counts and the change keys the fingerprints are made of. Whatever goes
wrong with one target (bad input, a hostile archive, a bug) is that target's error entry.
"""

from __future__ import annotations

import hashlib
import os
import time
from typing import Any

#: per worker process: (baselines, options) -> (stat keys, prepared profile/product/catalog)
_MEMO: dict = {}

CHANGE_CATEGORIES = ("modified-file", "security-sensitive-change", "added-file")


def change_keys(report: dict) -> list[list[str]]:
    """What an install changed, as keys that are equal exactly when two installs made the same change."""
    keys = []
    for f in report["findings"]:
        cat, ev, path = f["category"], f.get("evidence") or {}, f.get("path")
        if cat in CHANGE_CATEGORIES and path:
            actual = ev.get("actual") or {}
            digest = actual.get("sha256") or actual.get("target")
            if digest:
                keys.append(["added" if cat == "added-file" else "modified", path, digest])
            diff = ev.get("diff") or {}
            if diff.get("available") and diff.get("hunks"):
                changed = [ln for h in diff["hunks"] for ln in h["lines"] if ln[:1] in "+-"]
                keys.append(["diff", path, hashlib.sha256("\n".join(changed).encode()).hexdigest()])
        elif cat == "outbound-endpoint" and ev.get("host") and not ev.get("official") and f["severity"] != "info":
            keys.append(["host", str(ev["host"]), ""])
    uniq = {tuple(k) for k in keys}
    return [list(k) for k in sorted(uniq)]


def _summary(report: dict) -> dict[str, Any]:
    from auditor.model._fields import SEVERITIES
    s = report["summary"]
    worst = next((sev for sev in SEVERITIES if s["by_severity"].get(sev)), None)
    risk = report.get("risk") or {}
    return {
        "product": report.get("product"), "claimed_version": report.get("claimed_version"),
        "identified_version": report.get("identified_version"),
        "confidence": report["identification"]["confidence"],
        "worst": worst, "findings": s["total"], "failing": s["failing"], "result": s["result"],
        "by_severity": s["by_severity"],
        "migration": {k: risk["migration"][k] for k in ("score", "level")} if "migration" in risk else None,
        "compliance": {k: risk["compliance"][k] for k in ("score", "level")} if "compliance" in risk else None,
        "files": report["stats"]["files"], "bytes": report["stats"]["bytes"],
    }


def audit_one(target: dict, settings: dict) -> dict:
    """Audit one target; never raises for anything the target or its input can cause. ``settings["timeout"]``
    (seconds) bounds the audit (auditor.deadline): a target that takes longer is its error entry."""
    from auditor import deadline
    from auditor.errors import AuditorError
    started = time.perf_counter()
    out: dict[str, Any] = {**target, "status": "ok", "worker_pid": os.getpid()}
    deadline.start(settings.get("timeout"))
    try:
        out.update(_audit(target, settings))
    except AuditorError as exc:
        out.update(status="error", error=str(exc))
    except MemoryError:
        out.update(status="error", error="out of memory while auditing this target")
    except Exception as exc:       # a bug in auditor: this target's error entry, the fleet goes on
        out.update(status="error", error=f"internal error: {type(exc).__name__}: {exc}")
    finally:
        deadline.clear()
    out["seconds"] = round(time.perf_counter() - started, 3)
    return out


def _audit(target: dict, settings: dict) -> dict:
    from auditor.model.options import AuditOptions
    from auditor.pipeline import render_options, run
    from auditor.report import write_all
    opts = AuditOptions(target=target["path"], progress=False, memo=_MEMO, **settings["options"])
    result = run(opts)
    report = result.report.to_dict()
    out = {**_summary(report), "changes": change_keys(report)}
    out_dir = settings.get("output_dir")
    if out_dir:
        # auditor.fleet.targets.output_names, guarded by the CLI
        written = {name: f"targets/{target['name']}{ext}" for name, ext in (("json", ".json"), ("html", ".html"))}
        write_all(result.report, {name: [os.path.join(out_dir, rel)] for name, rel in written.items()},
                  render_options(), write_output_text)
        out["reports"] = written
    return out


def write_output_text(text: str, path: str) -> None:
    from auditor.safeio import write_output
    write_output(path, text)
