"""The baseline format, read and written here and nowhere else: the header, one entry per line, strict
parsing, and the byte-level reading the release index uses to compare consecutive releases.

A baseline is YAML (``baselines/<product>/<version>.yaml``; ``.yaml.gz`` for
big releases). The header is ordinary YAML; each entry is written as one flow
mapping on one line, in path order, so a baseline diffs well in git::

    entries:
    - {path: Kernel/System/Ticket.pm, type: file, size: 1234, mode: '0644', sha256: 9f...}

Loading is strict (every field checked, unknown fields rejected, duplicate
paths rejected) and errors name the file and the field. Entry lines in the
canonical form written by :func:`dumps` are read by a fast path (one anchored
regular expression per line, which also validates the fields); any other line,
or a document in another layout, goes through PyYAML, so hand-edited files are
read the same way, only slower. tests/test_baselines.py checks that both
paths give the same result.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from auditor import paths, yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.model._fields import list_of
from auditor.model.baseline import Baseline, Entry, Marker
from auditor.lazyre import lazy


SUFFIXES = (".yaml", ".yaml.gz", ".yml")

# One path component: not "." or "..", characters that a YAML plain scalar in flow
# style never needs to quote; the entry line as `dumps` writes it.
_COMPONENT = r"(?!\.\.?[/,])[A-Za-z0-9_.+@=-]+"
_PATH = rf"(?=[A-Za-z0-9_.]){_COMPONENT}(?:/{_COMPONENT})*"
_ENTRY_LINE = lazy(
    rf"- \{{path: ({_PATH}), type: (?:"
    r"file, size: (0|[1-9][0-9]{0,17}), mode: '(0[0-7]{3,4})', sha256: ([0-9a-f]{64})"
    r"|(dir)(?:, mode: '(0[0-7]{3,4})')?"
    r"|symlink(?:, mode: '(0[0-7]{3,4})')?, target: ([A-Za-z0-9_./+@=-]+)"
    r")\}$")


_PLAIN_PATH = lazy(rf"{_PATH}\Z")
_PLAIN_TARGET = lazy(r"[A-Za-z0-9_./][A-Za-z0-9_./+@=-]*\Z")


def _plain(value: str, pattern: re.Pattern) -> bool:
    """True when PyYAML's emitter writes ``value`` unquoted in a flow mapping (checked by the tests)."""
    return pattern.match(value) is not None and not value.startswith("...") and _plain_str(value)


def entry_line(entry: Entry) -> str:
    """One entry as ``dumps`` writes it, without going through the YAML emitter when the fields allow.

    Paths and link targets made of plain characters, digests that are not all
    digits: written directly (the same bytes PyYAML's emitter gives,
    tests/test_baselines.py compares the two on awkward names); any other
    entry goes through the emitter.
    """
    path = entry.path
    if entry.digest is None and len(path) + len(entry.target or "") < 30000 and _plain(path, _PLAIN_PATH):
        if entry.type == "file" and entry.sha256 is not None and entry.size is not None \
                and entry.mode is not None and not entry.sha256.isdigit():
            return (f"- {{path: {path}, type: file, size: {entry.size}, mode: '0{entry.mode & 0o7777:03o}', "
                    f"sha256: {entry.sha256}}}\n")
        if entry.type == "dir":
            return f"- {{path: {path}, type: dir}}\n" if entry.mode is None else \
                f"- {{path: {path}, type: dir, mode: '0{entry.mode & 0o7777:03o}'}}\n"
        if entry.type == "symlink" and entry.target and _plain(entry.target, _PLAIN_TARGET):
            mode = "" if entry.mode is None else f", mode: '0{entry.mode & 0o7777:03o}'"
            return f"- {{path: {path}, type: symlink{mode}, target: {entry.target}}}\n"
    return yamlio.dumps([yamlio.flow(entry.to_dict())])


def dumps(baseline: Baseline) -> str:
    if not baseline.entries:
        return yamlio.dumps(baseline.to_dict())       # "entries: []"
    return yamlio.dumps(baseline.header_dict()) + "entries:\n" + "".join(map(entry_line, baseline.entries))


#: A baseline is at most this big once decompressed (a million files take about 200 MB), and a
#: compressed one expands at most MAX_RATIO times (text compresses 5-10x; a gzip bomb far more).
MAX_BASELINE = 2 << 30
MAX_RATIO = 50


def read_text(path: str | Path) -> str:
    return _decoded(read_raw(path), str(path))


def _decoded(raw: bytes, source: str, offset: int = 0) -> str:
    """UTF-8 text of a baseline's bytes (``offset``: where they start in the file, for the error)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError("", f"not UTF-8 text ({exc.reason} at byte {offset + exc.start})", source=source) \
            from None


def read_raw(path: str | Path) -> bytes:
    """A baseline file's bytes, decompressed (.gz, bounded), not yet decoded."""
    from auditor.safeio import read_input
    path = Path(path)
    raw = read_input(path, "baseline", MAX_BASELINE)
    if path.name.endswith(".gz"):
        cap = min(MAX_BASELINE, max(64 << 20, len(raw) * MAX_RATIO))
        try:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = d.decompress(raw, cap + 1)
            if len(out) > cap or d.unconsumed_tail:
                raise AuditorError(f"{path}: expands to more than {cap} bytes (refused: a decompression bomb)")
            raw = out
        except zlib.error as exc:
            raise AuditorError(f"{path}: cannot read baseline: not a valid gzip file ({exc})") from None
    return raw


def _fast_entry(line: str) -> Entry | None:
    m = _ENTRY_LINE.match(line)
    if m is None:
        return None
    path, size, fmode, sha, is_dir, dmode, lmode, target = m.groups()
    if "/" not in path and not _plain_str(path):
        return None
    if sha is not None:
        return Entry(path, "file", int(size), int(fmode, 8), sha)
    if is_dir is not None:
        return Entry(path, "dir", None, None if dmode is None else int(dmode, 8))
    if not _plain_str(target):
        return None
    return Entry(path, "symlink", None, None if lmode is None else int(lmode, 8), None, target)


def _plain_str(value: str) -> bool:
    """True when YAML reads this plain scalar as a string (not a number, bool or null)."""
    if "/" in value:
        return True  # no implicit YAML type (int, float, bool, null, timestamp) contains a slash
    from auditor.yamlio import engine
    return engine.plain_scalar_is_str(value)


def parse_line(line: str, n: int, source: str, first_line: int) -> Entry:
    """Entry ``n`` of a baseline from its line (the fast form, else PyYAML); errors name the file line."""
    entry = _fast_entry(line)
    if entry is not None:
        return entry
    try:
        item = yamlio.loads(line, source)
    except ValidationError as exc:
        exc.line = first_line + n    # the line in the file, not in the entry
        raise
    if not (isinstance(item, list) and len(item) == 1):
        raise ValidationError(f"entries[{n}]", "expected one '- {path: ..., type: ...}' entry per line",
                              source=source, line=first_line + n)
    try:
        return Entry.from_dict(item[0], f"entries[{n}]")
    except ValidationError as exc:
        exc.line = first_line + n
        raise


def header_of(head: str, source: str, keep: dict | None = None) -> Baseline:
    """The header of a one-entry-per-line baseline (the text before ``entries:``), as a Baseline without
    entries. Raises ValidationError (the caller names the file). ``keep``: gets the parsed YAML data
    under "data" (plain data: the parsed-baseline cache records it)."""
    header = yamlio.loads(head, source)
    if not isinstance(header, dict):
        raise ValidationError("", "expected a mapping at the top", source=source)
    if keep is not None:
        keep["data"] = dict(header)
    header["entries"] = []
    return Baseline.from_dict(header)


_TOP_KEY = lazy(r"[A-Za-z_][A-Za-z0-9_]*:(?: |$)")
_CLOSER = {"'": "'", '"': '"', "[": "]", "{": "}"}


def _close(s: str, q: str, i: int) -> int:
    """Index of the quote ``q`` that closes a quoted scalar in ``s`` from ``i`` on; -1 when none does."""
    while True:
        j = s.find(q, i)
        if j < 0:
            return -1
        if q == "'" and s[j + 1:j + 2] == "'":     # '' is an escaped quote
            i = j + 2
        elif q == '"' and (j - len(s[:j].rstrip("\\"))) % 2:   # an escaped \"
            i = j + 1
        else:
            return j


def _opens(line: str) -> str | None:
    """The quote left open by a header line ("" when it closes what it opens); None when the line is
    not in a form the markers-only reader follows (a flow collection or a quoted key left open)."""
    s = line.strip()
    while s.startswith("- "):
        s = s[2:].lstrip()
    if s[:1] in ("'", '"'):                      # a quoted key, or a quoted item
        j = _close(s, s[0], 1)
        if j < 0:
            return s[0]
        rest = s[j + 1:]
        if not rest.startswith(":"):
            return "" if not rest.strip() else None
        s = rest[1:].strip()
    else:
        k = s.find(": ")
        if k < 0:
            return ""
        s = s[k + 2:].strip()
    if not s or s[0] not in _CLOSER:
        return ""
    if s[0] in ("'", '"'):
        j = _close(s, s[0], 1)
        if j < 0:
            return s[0]
        return "" if not s[j + 1:].strip() else None
    return "" if s.endswith(_CLOSER[s[0]]) else None


def top_keys(lines: list[str]) -> dict[str, int] | None:
    """The line of each top-level key when a header has the layout auditor writes: every line is a
    top-level ``key:``, indented, blank or a ``-`` item; a quoted scalar left open is followed to its
    closing quote over lines that must all be indented (so no line inside it passes for a key); no
    flow collection spans lines; no key twice. None for anything else (the caller parses it whole)."""
    starts: dict[str, int] = {}
    quote = ""           # the quote of a scalar still open from an earlier line
    for i, line in enumerate(lines):
        if quote:
            if line[:1] not in (" ", ""):
                return None      # a continuation at column 0 could pass for a key
            j = _close(line, quote, 0)
            if j >= 0:
                if line[j + 1:].strip():
                    return None
                quote = ""
            continue
        top = line[:1] not in (" ", "-", "")
        opened = _opens(line)
        if (top and not _TOP_KEY.match(line)) or opened is None:
            return None
        quote = opened
        if top:
            key = line.partition(":")[0]
            if key in starts:
                return None      # twice: the whole parse says what that means
            starts[key] = i
    return None if quote else starts


def block(lines: list[str], start: int) -> str:
    """A top-level key's block: its line and the indented, blank and item lines that follow."""
    end = start + 1
    while end < len(lines) and lines[end][:1] in (" ", "-", ""):
        end += 1
    return "\n".join(lines[start:end])


def markers_of(head: str, source: str) -> list[Marker]:
    """The version markers of a baseline header, validated as :func:`header_of` validates them.

    Indexing many releases needs only their markers, while a real OTRS header holds thousands of
    official settings (0.1 to 0.25 s to parse as YAML: 93% of indexing 61 real releases). When the
    header has the layout auditor writes (:func:`_top_keys`), only the ``markers:`` block is parsed;
    anything else is parsed whole. The rest of a header is validated whenever its baseline is
    loaded (the identified release's, always)."""
    lines = head.split("\n")
    starts = top_keys(lines)
    if starts is None:
        return header_of(head, source).markers
    if "markers" not in starts:
        return []
    try:
        data = yamlio.loads(block(lines, starts["markers"]), source)
    except ValidationError:
        return header_of(head, source).markers
    if not (isinstance(data, dict) and list(data) == ["markers"]):
        return header_of(head, source).markers
    try:
        return list_of(data["markers"] if data["markers"] is not None else [], "markers", Marker.from_dict)
    except ValidationError as exc:
        raise exc.with_source(source) from None


def split(text: str, source: str = "<baseline>") -> tuple[Baseline, list[str], int]:
    """The header of a baseline (as a Baseline without entries), its entry lines, and the file line of the first.

    A document not in the one-entry-per-line layout is parsed whole and its
    entries re-written as lines, so callers see one form.
    """
    body = _body_start(text)
    try:
        if body is not None:
            head = text[:body - len(_BODY)]
            lines = text[body:].split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            return header_of(head, source), lines, head.count("\n") + 3
        whole = loads(text, source)
    except ValidationError as exc:
        raise exc.with_source(source) from None
    lines = [entry_line(e)[:-1] for e in whole.entries]
    whole.entries = []
    return whole, lines, 0


_BODY = "\nentries:\n"


def _body_start(text: str | bytes) -> int | None:
    """Where the first entry line starts when ``text`` (or its bytes) has the one-entry-per-line layout."""
    enc = str.encode if isinstance(text, bytes) else str
    k = text.find(enc(_BODY))
    body = k + len(_BODY)
    if k >= 0 and body < len(text) and text.find(enc("\n"), body) >= 0 and not text.startswith(enc(" "), body):
        return body
    return None


def _lines(text: str | bytes, start: int, source: str):
    """The entry lines from offset ``start``, one at a time, read in place (neither a list of every line
    nor a copy of the body held while parsing); bytes are decoded a line at a time."""
    raw = isinstance(text, bytes)
    nl = b"\n" if raw else "\n"
    end = len(text)
    while start < end:
        stop = text.find(nl, start)
        if stop < 0:
            stop = end
        yield _decoded(text[start:stop], source, start) if raw else text[start:stop]
        start = stop + 1


def loads(text: str | bytes, source: str = "<baseline>", share: dict | None = None,
          keep: dict | None = None) -> Baseline:
    """A baseline from its text, or its bytes (UTF-8). ``share``: entries (path -> Entry) whose path and
    digest string objects equal entries reuse (the audited tree's: at 200,000 files that is 40 MB
    less). ``keep``: see :func:`header_of` (one-entry-per-line layout only).

    Entry lines are cut out of the text in place and, from bytes, decoded one at a time: a copy of the
    body, or a decoded copy of the whole file beside its bytes, was the peak of a big audit
    (1,000,000 entries: 150 MB each)."""
    body = _body_start(text)
    try:
        if body is not None:
            head = text[:body - len(_BODY)]
            head = _decoded(head, source) if isinstance(head, bytes) else head
            return _parse_lines(head, _lines(text, body, source), source, share, keep)
        data = yamlio.loads(_decoded(text, source) if isinstance(text, bytes) else text, source)
        baseline = Baseline.from_dict(data)
        _check_entries(baseline.entries)
        return baseline
    except ValidationError as exc:
        raise exc.with_source(source) from None


def _parse_lines(head: str, lines, source: str, share: dict | None, keep: dict | None) -> Baseline:
    """A baseline in the one-entry-per-line layout from its header text and its entry lines."""
    baseline = header_of(head, source, keep)
    entries: list[Entry] = []
    first = head.count("\n") + 3
    get = share.get if share is not None else None
    for n, line in enumerate(lines):
        e = parse_line(line, n, source, first)
        if get is not None:
            share_strings(e, get)
        entries.append(e)
    _check_entries(entries)
    baseline.entries = entries
    baseline.__post_init__()
    return baseline


def share_strings(e: Entry, get) -> None:
    """Make entry ``e`` hold the audited tree's own path and digest strings where they are equal
    (``get``: the tree's path -> Entry lookup)."""
    t = get(e.path)
    if t is not None:
        e.path = t.path
        if e.sha256 is not None and e.sha256 == t.sha256:
            e.sha256 = t.sha256


def _check_entries(entries: list[Entry]) -> None:
    seen: set[str] = set()
    for i, e in enumerate(entries):
        if not paths.is_safe_relative(e.path):
            raise ValidationError(f"entries[{i}].path", f"{paths.to_text(e.path)!r} is not a relative path inside the "
                                                         f"release (no '..', no leading '/')")
        if e.path in seen:
            raise ValidationError(f"entries[{i}].path", f"duplicate path {paths.to_text(e.path)!r}")
        seen.add(e.path)
