"""Security-sensitive changes: a modified file whose change touches security-relevant code (the facts come
from auditor.compare.changes: the diff, its class and the subjects it touches)."""

from __future__ import annotations

from typing import Iterable

from auditor.checks.base import Context, check
from auditor.checks.integrity import describe
from auditor.compare.changes import COSMETIC, FileChange  # noqa: F401  (re-exported for the risk stage)
from auditor.model.finding import Finding


@check("AUD108", "security-sensitive-change", "security-sensitive-change", "high")
def security_sensitive_changes(ctx: Context) -> Iterable[Finding]:
    """A modified file's change touches security-relevant code (needs a content pack).

    Judged generically, for any product: by the path (authentication, sessions,
    CSRF, crypto and hashing, sandboxing, permissions, TLS, update and
    telemetry channels) and by the changed code lines (the same subjects,
    and eval/exec/shell calls); comments, whitespace and version strings do
    not count. Reported instead of ``modified-file``, at high, with the
    diff and the lines that make it sensitive. A file whose new content is
    exactly the file of another official release (a fix copied in from a
    later release) is official code: it stays a ``modified-file`` naming
    that release.
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    changes = ctx.comparison.changes
    foreign = ctx.identity.foreign
    for b, t in diff.modified:
        fc = changes.get(b.path)
        if fc is None or not fc.security_sensitive or foreign.get(t.path):
            continue        # the file of another official release (a backported fix) is official code
        subjects = sorted({r["match"].lower() for r in fc.security})[:6]
        yield ctx.finding("AUD108", "security-sensitive-change", b.path,
                          f"security-relevant code changed from the official {ctx.release_of(b.path)} file "
                          f"({', '.join(subjects)}; +{fc.added} -{fc.removed} lines)",
                          {"expected": describe(b), "actual": describe(t), "diff": fc.evidence()},
                          severity="high")
