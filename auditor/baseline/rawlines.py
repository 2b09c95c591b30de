"""Baseline files as bytes, for the release index: the entry lines of consecutive releases compared without
decoding them (most lines are the same from one release to the next). The layout is auditor.baseline.layout's;
a file in any other layout is read through it whole."""

from __future__ import annotations

from auditor.baseline.layout import loads, markers_of, read_raw, read_text, split
from auditor.errors import ValidationError


_ENTRY_PREFIX = b"- {path: "


def aligned(a: bytes, b: bytes) -> bool:
    """Whether two entry lines are of the same path (their text up to ``, type: `` is the same)."""
    if not (a.startswith(_ENTRY_PREFIX) and b.startswith(_ENTRY_PREFIX)):
        return False
    ea = a.find(b", type: ")
    return ea >= 0 and ea == b.find(b", type: ") and a[:ea] == b[:ea]


def _common_prefix(a: bytes, pa: int, b: bytes, mb: memoryview, pb: int) -> int:
    """A length n such that a[pa:pa+n] == b[pb:pb+n] and the first difference (if any) lies less than
    _NEAR bytes after it: equal stretches are compared in C (``bytes.startswith`` of a memoryview
    slice: a memcmp, no copy), doubling while they match, then halving. The caller walks the last
    few lines itself."""
    limit = min(len(a) - pa, len(b) - pb)
    n, step = 0, 2048
    while n < limit:
        step = min(step, limit - n)
        if a.startswith(mb[pb + n:pb + n + step], pa + n):
            n += step
            step *= 2
            continue
        lo, hi = n, n + step          # a[pa:pa+lo] == b[pb:pb+lo]; they differ before hi
        while hi - lo > _NEAR:
            mid = (lo + hi) >> 1
            if a.startswith(mb[pb + lo:pb + mid], pa + lo):
                lo = mid
            else:
                hi = mid
        return lo
    return n


_NEAR = 256


def changed_lines(a: bytes, a_start: int, b: bytes, b_start: int) -> list[tuple[bytes, bytes]] | None:
    """(old, new) entry-line pairs when the body of ``b`` (from ``b_start``) has the same paths as that of
    ``a`` in the same order, only some contents changed (most consecutive releases). The bodies are
    compared as bytes, not split into lines: only the lines around a difference are cut out (a 50,000-
    line release with 1% changed: about 2 ms against 25 ms to split, compare and free the lines).
    None when a path was added, removed or moved (the caller compares sets of lines)."""
    mb = memoryview(b)
    la, lb = len(a), len(b)
    pa, pb = a_start, b_start
    pairs: list[tuple[bytes, bytes]] = []
    while True:
        n = _common_prefix(a, pa, b, mb, pb)
        if pa + n == la and pb + n == lb:
            return pairs
        # from the start of the line holding byte n (equal so far), line by line to the first that differs
        line_a = a.rfind(b"\n", pa, pa + n) + 1 or pa
        line_b = pb + (line_a - pa)
        while True:
            end_a = a.find(b"\n", line_a)
            end_b = b.find(b"\n", line_b)
            end_a = la if end_a < 0 else end_a
            end_b = lb if end_b < 0 else end_b
            if end_a - line_a != end_b - line_b or not a.startswith(mb[line_b:end_b], line_a):
                break
            if end_a == la or end_b == lb:
                return pairs if (end_a == la and end_b == lb) else None
            line_a, line_b = end_a + 1, end_b + 1
        old, new = a[line_a:end_a], b[line_b:end_b]
        if not aligned(old, new):
            return None
        pairs.append((old, new))
        if end_a == la or end_b == lb:
            return pairs if (end_a == la and end_b == lb) else None
        pa, pb = end_a + 1, end_b + 1


def body_lines(raw: bytes, start: int) -> list[bytes]:
    lines = raw[start:].split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def read_body(bf) -> tuple:
    """What the index reads of a baseline file's header (its markers), the file's bytes, the offset of its
    first entry line and that line's number in the file. Entry lines are decoded only where they differ
    from the previous release's. A file in another layout is read whole and its entries re-written as lines."""
    raw = read_raw(bf.path)
    k = raw.find(b"\nentries:\n")
    body = k + len(b"\nentries:\n")
    if k < 0 or raw[body:body + 1] in (b" ", b"", b"\n"):
        header, text_lines, first, _ = read_lines(bf)
        return header, b"".join(line.encode("utf-8") + b"\n" for line in text_lines), 0, first
    try:
        head_text = raw[:k].decode("utf-8")
    except UnicodeDecodeError:
        loads(read_text(bf.path), str(bf.path))        # raises the error naming the file
        raise
    try:
        header = MarkersOnly(markers_of(head_text, str(bf.path)))   # the index keeps only the markers
    except ValidationError as exc:
        raise exc.with_source(str(bf.path)) from None
    return header, raw, body, raw.count(b"\n", 0, k) + 3


class MarkersOnly:
    """What the index reads of a baseline header."""

    __slots__ = ("markers",)

    def __init__(self, markers: list):
        self.markers = markers


def read_lines(bf) -> tuple:
    text = read_text(bf.path)
    header, lines, first = split(text, str(bf.path))
    return header, lines, first, text
