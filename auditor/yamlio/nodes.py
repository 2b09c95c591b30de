"""What :mod:`auditor.yamlio` and its engine share, with no PyYAML: the mappings and lists that carry
their line, the flow-style mapping, and the bounds on any document."""

from __future__ import annotations


class LineDict(dict):
    """A mapping that remembers the 1-based line it started on."""

    line: int | None = None


class LineList(list):
    line: int | None = None


#: Bounds on any YAML document auditor reads: the size it has once its aliases are expanded (a
#: "billion laughs" of 1 KB expands to 10^9 nodes through them), and the nesting depth.
MAX_EXPANDED = 1_000_000
MAX_DEPTH = 100
#: plain (unquoted) numbers longer than this are refused: YAML would turn them into integers of any size
MAX_NUMBER = 1000


class FlowMap(dict):
    """A mapping written in flow style on one line (baseline entries)."""
