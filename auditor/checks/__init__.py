"""Stage 4, checks: small registered units (see auditor.checks.base), one module per concern.

Importing this package registers every check.
"""

from auditor.checks import (changes, endpoints, filesystem, identity, integrity, manifests, patches,  # noqa: F401
                            settings, stale)
from auditor.checks.base import REGISTRY, CheckInfo, Context, check, run_all

__all__ = ["REGISTRY", "CheckInfo", "Context", "check", "run_all"]
