"""Files of earlier releases left behind by an in-place upgrade (a newer release unpacked over an older one)."""

from __future__ import annotations

from typing import Iterable

from auditor import versions
from auditor.checks.base import Context, check
from auditor.checks.integrity import describe
from auditor.knowledge import thirdparty
from auditor.model._fields import SEVERITY_RANK
from auditor.model.finding import Finding


@check("AUD110", "stale-file", "stale-file", "low")
def stale_files(ctx: Context) -> Iterable[Finding]:
    """A file of an earlier release, left behind when a newer release was unpacked over it (an in-place upgrade).

    The path is not in the identified release, and its content is exactly the file of one or more
    earlier releases of the product (never of the identified release or a newer one): not something
    a vendor wrote. Reported instead of ``added-file``, low. Raised to the worst advisory's severity
    when the file is third-party code in the web root (the profile's ``web_root``) whose library
    version has known advisories (auditor/knowledge/thirdparty.yaml): the web server still serves the
    old, vulnerable copy.
    """
    diff = ctx.comparison.diff
    if diff is None:
        return
    stale = ctx.comparison.stale
    web = ctx.profile.web_root_spec
    for t in diff.added:
        others = stale.get(t.path)
        if others is None:
            continue
        ordered = versions.sorted_versions(others, ctx.catalog.scheme)
        evidence = {"actual": describe(t), "releases": ordered}
        message = (f"left behind by an in-place upgrade: the file of release {', '.join(ordered)}, not of "
                   f"{ctx.release_name}")
        severity = None
        lib = thirdparty.match(t.path) if web is not None and web.match(t.path) else None
        if lib is not None:
            evidence["library"] = {"name": lib.library.name, "version": lib.version, "directory": lib.directory}
            if lib.advisories:
                evidence["advisories"] = [{"id": a.id, "severity": a.severity, "fixed": a.fixed, "summary": a.summary}
                                          for a in lib.advisories]
                severity = max((a.severity for a in lib.advisories), key=SEVERITY_RANK.__getitem__)
                message += (f"; {lib.library.name} {lib.version} in the web root has {len(lib.advisories)} known "
                            f"advisories ({', '.join(a.id for a in lib.advisories[:4])}"
                            f"{', ...' if len(lib.advisories) > 4 else ''})")
        yield ctx.finding("AUD110", "stale-file", t.path, message, evidence, severity=severity)
