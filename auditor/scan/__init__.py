"""Stage 2, scan: list and hash a target into a Snapshot, ignoring what is expected to change
(auditor.scan.scanner).

The package's names are imported when first used: ``auditor.scan.early`` is imported as an audit starts,
before anything else, and must not bring the model and the scanner with it (auditor.__main__)."""

from __future__ import annotations

import importlib

__all__ = ["PROCESS_MIN_FILES", "Problem", "Snapshot", "Visitor", "may_fork_workers", "scan"]

_WHERE = {
    "scan": "auditor.scan.scanner",
    "Problem": "auditor.scan.snapshot",
    "Snapshot": "auditor.scan.snapshot",
    "Visitor": "auditor.scan.hashing",
    "PROCESS_MIN_FILES": "auditor.scan.hashing",
    "may_fork_workers": "auditor.process",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'auditor.scan' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
