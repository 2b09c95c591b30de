"""Dump files read as a stream: pg_dump's plain SQL (COPY ... FROM stdin blocks, or INSERTs) and
mysqldump / mariadb-dump (INSERT ... VALUES, extended or not), plain, gzip or zstd.

Nothing is executed: the file is read line by line, the tables of each CREATE TABLE are listed, and only
the rows of the wanted tables are parsed (a COPY line split at tabs, an INSERT's values tokenised);
every other line is passed over, so memory stays bounded by the longest wanted row, whatever the size of
the article data. A line longer than LINE_LIMIT is skipped in pieces (a problem when it held a wanted
row). The engine is read from the dump's own header, else from its syntax."""

from __future__ import annotations

import io
import re
from typing import Any, BinaryIO, Iterator

from auditor.database.rows import Rows
from auditor.errors import AuditorError
from auditor.lazyre import lazy

LINE_LIMIT = 256 << 20
#: the schema statements of a dump kept for the schema comparison (a real OTRS schema: about 0.3 MB)
DDL_LIMIT = 64 << 20
_CHUNK = 1 << 20

_COPY = lazy(rb'^COPY\s+(?:"?[\w$]+"?\.)?"?([\w$]+)"?\s*\(([^)]*)\)\s+FROM\s+stdin;')
_CREATE = lazy(rb'^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:[`"]?[\w$]+[`"]?\.)?[`"]?([\w$]+)[`"]?\s*\(')
_INSERT = lazy(rb'^INSERT\s+INTO\s+(?:[`"]?[\w$]+[`"]?\.)?[`"]?([\w$]+)[`"]?\s*(\(([^)]*)\))?\s*VALUES\s*',
                     re.I)
_COLUMN = lazy(rb'^\s+[`"]?([\w$]+)[`"]?\s+\w')
_NOT_COLUMN = lazy(rb'^\s+(PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FULLTEXT|SPATIAL|FOREIGN|CHECK)\b', re.I)
_COPY_ESCAPE = lazy(rb"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))", re.S)
_COPY_SIMPLE = {b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v"}
_MYSQL_ESCAPE = {ord("0"): b"\0", ord("b"): b"\b", ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t",
                 ord("Z"): b"\x1a"}
_NUMBER = lazy(rb"[-+]?[0-9][0-9.eE+-]*")
_WORD = lazy(rb"[A-Za-z_][A-Za-z0-9_]*")
_HEX = lazy(rb"0[xX]([0-9A-Fa-f]*)")


def _open(path: str) -> BinaryIO:
    """The dump's bytes, decompressed as a stream (a regular file only, never blocking on a FIFO:
    auditor.safeio.open_regular)."""
    from auditor.safeio import open_regular
    raw = open_regular(path, "dump")
    magic = raw.read(4)
    raw.seek(0)
    if magic[:2] == b"\x1f\x8b":
        import gzip
        return io.BufferedReader(gzip.GzipFile(fileobj=raw), _CHUNK)
    if magic == b"\x28\xb5\x2f\xfd":
        import zstandard
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True), _CHUNK)
    return io.BufferedReader(raw, _CHUNK)


def _lines(fh: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """(line, complete) pairs; a line over LINE_LIMIT is passed over in pieces and given as (b'', False)."""
    while True:
        line = fh.readline(LINE_LIMIT)
        if not line:
            return
        if len(line) >= LINE_LIMIT and not line.endswith(b"\n"):
            head = line[:200]
            while True:
                rest = fh.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield head, False
            continue
        yield line, True


def _copy_field(value: bytes) -> bytes | None:
    if value == b"\\N":
        return None
    if b"\\" not in value:
        return value

    def unescape(m: re.Match) -> bytes:
        if m.group(1) is not None:
            return bytes([int(m.group(1), 8) & 0xFF])
        if m.group(2) is not None:
            return bytes([int(m.group(2), 16)])
        return _COPY_SIMPLE.get(m.group(3), m.group(3))
    return _COPY_ESCAPE.sub(unescape, value)


class _Incomplete(ValueError):
    """The statement goes on past the text read so far (mariadb-dump writes one row per line)."""


class _Values:
    """The values of one INSERT statement: ``(v, v, ...), (...)`` (SQL literals only; anything else is
    an error, never evaluated)."""

    def __init__(self, data: bytes, pos: int, backslashes: bool):
        self.d, self.i, self.bs = data, pos, backslashes

    def ws(self) -> None:
        d, i = self.d, self.i
        while i < len(d) and d[i] in b" \t\r\n":
            i += 1
        self.i = i

    def rows(self, keep: bool = True) -> Iterator[list[Any]]:
        """Each row's values; with ``keep`` false the values are passed over (the rows only counted)."""
        while True:
            self.ws()
            if self.i >= len(self.d):
                raise _Incomplete()
            if self.d[self.i:self.i + 1] != b"(":
                raise ValueError("expected '('")
            self.i += 1
            row = []
            while True:
                self.ws()
                row.append(self.value(keep))
                self.ws()
                c = self.d[self.i:self.i + 1]
                self.i += 1
                if c == b")":
                    break
                if c != b",":
                    raise ValueError("expected ',' or ')'")
            yield row
            self.ws()
            c = self.d[self.i:self.i + 1]
            if c == b",":
                self.i += 1
                continue
            if c != b";":
                raise _Incomplete() if not c else ValueError("expected ';'")
            return

    def string(self, backslashes: bool, keep: bool = True) -> bytes:
        d, i = self.d, self.i + 1
        out = bytearray()
        if not keep and not backslashes:     # passed over: only where it ends matters
            while True:
                q = d.find(b"'", i)
                if q < 0:
                    raise _Incomplete()
                if d[q + 1:q + 2] != b"'":
                    self.i = q + 1
                    return b""
                i = q + 2
        while True:
            q = d.find(b"'", i)
            b = d.find(b"\\", i) if backslashes else -1
            if q < 0:
                raise _Incomplete()
            if 0 <= b < q:
                if b + 1 >= len(d):
                    raise _Incomplete()
                if keep:
                    out += d[i:b]
                    c = d[b + 1]
                    out += _MYSQL_ESCAPE.get(c, bytes([c]))
                i = b + 2
                continue
            if keep:
                out += d[i:q]
            if d[q + 1:q + 2] == b"'":
                out += b"'"
                i = q + 2
                continue
            self.i = q + 1
            return bytes(out)

    def value(self, keep: bool = True) -> Any:
        d, i = self.d, self.i
        c = d[i:i + 1]
        if c == b"'":
            v = self.string(self.bs, keep)
        elif c in (b"E", b"e") and d[i + 1:i + 2] == b"'":
            self.i += 1
            v = self.string(True, keep)
        elif c in (b"X", b"x") and d[i + 1:i + 2] == b"'":
            end = d.index(b"'", i + 2)
            v, self.i = bytes.fromhex(d[i + 2:end].decode()) if keep else b"", end + 1
        elif d[i:i + 2] in (b"0x", b"0X"):
            m = _HEX.match(d, i)
            v, self.i = bytes.fromhex(m.group(1).decode()) if keep else b"", m.end()
        elif c == b"_":          # a character set introducer: _binary '...', _utf8mb4 '...'
            m = _WORD.match(d, i)
            self.i = m.end()
            self.ws()
            return self.value(keep)
        elif (m := _NUMBER.match(d, i)) is not None:
            text, self.i = m.group(0).decode(), m.end()
            # at most 40 digits become a number (Python's int conversion refuses 4300); longer stays text
            v = int(text) if text.lstrip("+-").isdigit() and len(text) <= 40 else text
        elif (m := _WORD.match(d, i)) is not None and m.group(0).upper() in (b"NULL", b"TRUE", b"FALSE"):
            word, self.i = m.group(0).upper(), m.end()
            v = None if word == b"NULL" else word == b"TRUE"
        elif (m := _WORD.match(d, i)) is not None:
            # a keyword value (current_timestamp), or a call without arguments (now()): its text, never run
            v, self.i = m.group(0).decode(), m.end()
            if d[self.i:self.i + 2] == b"()":
                self.i += 2
        else:
            raise ValueError(f"unexpected {d[i:i + 20]!r}")
        if d[self.i:self.i + 2] == b"::":       # pg_dump --inserts may cast: '...'::text
            m = _WORD.match(d, self.i + 2)
            self.i = m.end() if m else self.i + 2
        return v


class _Dump:
    def __init__(self, wanted: dict[str, list[str]], label: str, counted: tuple[str, ...] = ()):
        self.wanted = wanted
        self.counted = set(counted)
        self.out = Rows("", label)
        self.tables: list[str] = []
        self.columns: dict[str, list[str]] = {}
        self.creating: str | None = None
        self.copying: tuple[str, list[str]] | None = None
        #: an INSERT of a wanted table that goes on over several lines: (match, text so far, first line)
        self.pending: tuple[re.Match, bytearray, int] | None = None
        #: every line that is not data (the schema: CREATE, ALTER, triggers, routines), bounded
        self.ddl = bytearray()
        self.in_insert = False
        #: counted tables with an INSERT that could not be read: their count is unknown (None)
        self.unknown: set[str] = set()

    def uncounted(self, table: str) -> None:
        if table in self.counted:
            self.unknown.add(table)
            self.out.counts[table] = None

    def engine_from(self, line: bytes) -> None:
        if self.out.engine:
            return
        low = line.lower()
        if b"postgresql database dump" in low or line.startswith(b"COPY ") or b"pg_catalog" in low:
            self.out.engine = "postgresql"
        elif b"mysql dump" in low or b"mariadb dump" in low or b"`" in line[:60] and line.startswith(
                (b"CREATE TABLE", b"INSERT INTO", b"LOCK TABLES")):
            self.out.engine = "mysql"

    def line(self, line: bytes, complete: bool, number: int) -> None:
        if self.pending is not None:
            m, text, first = self.pending
            if not complete or len(text) + len(line) > LINE_LIMIT:
                self.pending = None
                self.uncounted(m.group(1).decode())
                if m.group(1).decode() in self.wanted:
                    self.out.problems.append(f"{m.group(1).decode()}: the INSERT at line {first} is longer "
                                             f"than {LINE_LIMIT} bytes")
                return
            text += line
            if line.rstrip().endswith(b";"):
                self.pending = None
                self.insert(m, bytes(text), True, first)
            return
        if self.copying is not None:
            table, cols = self.copying
            if line.startswith(b"\\.") and line.strip() == b"\\.":
                self.copying = None
                return
            if table in self.counted:
                self.out.counts[table] = (self.out.counts.get(table) or 0) + 1
            if table in self.wanted:
                if not complete:
                    self.out.problems.append(f"{table}: a row at line {number} is longer than {LINE_LIMIT} bytes")
                    return
                fields = [_copy_field(v) for v in line.rstrip(b"\n").split(b"\t")]
                if len(fields) != len(cols):
                    self.out.problems.append(f"{table}: the row at line {number} has {len(fields)} fields, "
                                             f"not {len(cols)}")
                    return
                row = dict(zip(cols, fields))
                self.out.rows.setdefault(table, []).append({c: row.get(c) for c in self.wanted[table]})
            return
        if self.in_insert:          # the rest of a multi-line INSERT of a table nobody wants
            self.in_insert = not line.rstrip().endswith(b";")
            return
        if complete and len(self.ddl) + len(line) <= DDL_LIMIT and not line.startswith(b"INSERT "):
            self.ddl += line
        if self.creating is not None:
            if line.lstrip().startswith(b")"):
                self.creating = None
                return
            if (m := _COLUMN.match(line)) and not _NOT_COLUMN.match(line):
                self.columns[self.creating].append(m.group(1).decode())
            if line.rstrip().endswith(b";"):     # a statement closed on its last column's line
                self.creating = None
            return
        if not line[:1].isalpha():
            return
        self.engine_from(line)
        if (m := _CREATE.match(line)) is not None:
            name = m.group(1).decode()
            self.tables.append(name)
            self.columns[name] = []
            self.creating = name
        elif (m := _COPY.match(line)) is not None:
            self.copying = (m.group(1).decode(), [c.strip().strip('"') for c in m.group(2).decode().split(",")])
            if self.copying[0] in self.counted:
                self.out.counts.setdefault(self.copying[0], 0)
        elif (m := _INSERT.match(line)) is not None:
            table = m.group(1).decode()
            if table in self.wanted or table in self.counted:
                self.insert(m, line, complete, number)
            else:
                self.in_insert = complete and not line.rstrip().endswith(b";")

    def insert(self, m: re.Match, line: bytes, complete: bool, number: int) -> None:
        """The rows of one INSERT: kept when the table is wanted, counted when it is counted (an INSERT
        that cannot be read leaves the table's count unknown, None, rather than too low)."""
        table = m.group(1).decode()
        if not complete:
            self.uncounted(table)
            if table in self.wanted:
                self.out.problems.append(f"{table}: an INSERT at line {number} is longer than {LINE_LIMIT} bytes")
            return
        cols = [c.strip().strip('`"') for c in m.group(3).decode().split(",")] if m.group(3) else \
            self.columns.get(table) or []
        keep = table in self.wanted
        try:
            rows = list(_Values(line, m.end(), self.out.engine != "postgresql").rows(keep))
        except _Incomplete:
            self.pending = (m, bytearray(line), number)
            return
        except (ValueError, IndexError) as exc:
            self.uncounted(table)
            if keep:
                self.out.problems.append(f"{table}: the INSERT at line {number} cannot be read ({str(exc)[:80]})")
            return
        if table in self.counted and table not in self.unknown:
            self.out.counts[table] = (self.out.counts.get(table) or 0) + len(rows)
        if not keep:
            return
        try:
            for values in rows:
                if len(values) != len(cols):
                    raise ValueError(f"{len(values)} values for {len(cols)} columns")
                row = dict(zip(cols, values))
                self.out.rows.setdefault(table, []).append({c: row.get(c) for c in self.wanted[table]})
        except ValueError as exc:
            self.out.problems.append(f"{table}: the INSERT at line {number} cannot be read ({str(exc)[:80]})")


def read_dump(path: str, wanted: dict[str, list[str]], label: str, counted: tuple[str, ...] = ()) -> Rows:
    dump = _Dump(wanted, label, counted)
    try:
        with _open(path) as fh:
            for number, (line, complete) in enumerate(_lines(fh), 1):
                dump.line(line, complete, number)
    except (OSError, EOFError) as exc:
        raise AuditorError(f"{path}: cannot read dump: {getattr(exc, 'strerror', None) or exc}") from None
    except Exception as exc:      # zlib / zstd errors of a damaged compressed stream
        if type(exc).__module__ in ("zlib", "gzip", "zstandard", "zstd", "backports.zstd"):
            raise AuditorError(f"{path}: damaged compressed dump ({str(exc)[:100]})") from None
        raise
    out = dump.out
    if not out.engine:
        raise AuditorError(f"{path}: not a pg_dump or mysqldump SQL dump (no CREATE TABLE, COPY or INSERT found)")
    if dump.copying is not None:
        out.problems.append(f"{dump.copying[0]}: the dump ends inside its COPY block (truncated)")
    if dump.pending is not None:
        dump.uncounted(dump.pending[0].group(1).decode())
        out.problems.append(f"{dump.pending[0].group(1).decode()}: the dump ends inside the INSERT of line "
                            f"{dump.pending[2]} (truncated)")
    out.tables = sorted(set(dump.tables) | set(out.rows))
    for table in counted:
        if table in dump.tables:
            out.counts.setdefault(table, 0)   # created, and no row in COPY or INSERT
    from auditor.database.schema import from_sql
    out.schema = from_sql(dump.ddl.decode("utf-8", "replace"))
    if len(dump.ddl) >= DDL_LIMIT:
        out.problems.append(f"the dump's schema statements exceed {DDL_LIMIT} bytes: the schema was read in part")
    return out


_INSERT_ANYWHERE = lazy(rb'INSERT\s+INTO\s+(?:[`"]?[\w$]+[`"]?\.)?[`"]?([\w$]+)[`"]?\s*\(([^)]*)\)\s*VALUES\s*', re.I)


def insert_rows(text: bytes, table: str, backslashes: bool) -> list[dict[str, Any]]:
    """The rows the INSERT statements of an SQL text (a release's initial data) put into ``table``."""
    out = []
    for m in _INSERT_ANYWHERE.finditer(text):
        if m.group(1).decode().lower() != table:
            continue
        cols = [c.strip().strip('`"').lower() for c in m.group(2).decode().split(",")]
        try:
            for values in _Values(text, m.end(), backslashes).rows():
                if len(values) == len(cols):
                    out.append(dict(zip(cols, values)))
        except ValueError:
            continue
    return out
