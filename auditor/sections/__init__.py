"""Stage 5, sections: the parts of the report besides the findings, each built from the comparison and the
checks' judgements by its own builder (baseline, changes, settings, endpoints, patches); drift mode's
comparison with an earlier report is ``sections.drift``."""

from __future__ import annotations

from auditor.sections import baseline, changes, database, endpoints, patches, settings

BUILDERS = (baseline.build, changes.build, settings.build, endpoints.build, patches.build, database.build)


def build(report, ctx) -> None:
    for builder in BUILDERS:
        builder(report, ctx)
