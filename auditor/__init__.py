"""auditor: grey-market software integrity auditor.

Pipeline (one sub-package per stage):
target -> scan -> identify -> checks -> risk -> report
"""

__version__ = "0.1.0"
TOOL_NAME = "auditor"
