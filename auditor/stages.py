"""Extension points between pipeline stages, so that no stage needs to know the later ones.

* ``section_validator``: validates a profile section when a profile loads
  (config sources, rules, endpoints, migration ...);
* ``enricher``: adds profile-derived data to a new baseline (official default
  settings, official endpoints);
* ``post_stage``: runs after the checks on the finished report (report
  sections, risk, waivers).

:func:`load` imports every module that registers one, once.
"""

from __future__ import annotations

from typing import Callable

SECTION_VALIDATORS: list[Callable] = []
ENRICHERS: list[Callable] = []
POST_STAGES: list[Callable] = []
_loaded = False


def section_validator(func):
    SECTION_VALIDATORS.append(func)
    return func


def enricher(func):
    ENRICHERS.append(func)
    return func


def post_stage(func=None, *, order: int = 10):
    """Register ``stage(report, ctx, opts)``; lower ``order`` runs first
    (10: report sections, 20: waivers, 30: risk)."""
    def register(f):
        f.stage_order = order
        POST_STAGES.append(f)
        POST_STAGES.sort(key=lambda g: g.stage_order)
        return f
    return register(func) if func is not None else register


def load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import auditor.checks  # noqa: F401  (registers checks, validators, enrichers, sections)
    import auditor.report.waivers  # noqa: F401
    import auditor.risk.compliance  # noqa: F401
    import auditor.risk.migration  # noqa: F401
