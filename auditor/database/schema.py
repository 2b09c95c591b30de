"""A database schema as facts: tables with their columns and column types, foreign keys, triggers and
routines, read from SQL text (the official ``scripts/database/schema.<engine>.sql`` a release ships, or
the DDL of a dump) or from a live server's catalogs, in one canonical form so that the two compare:
identifiers in lower case, types in one spelling (``character varying(200)``, ``VARCHAR (200)`` and
``varchar(200)`` are ``varchar(200)``; ``serial`` is ``integer``; ``int(11)`` is ``integer``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from auditor.lazyre import lazy

_Q = r'[`"]?'
_NAME = rf'(?:{_Q}\w+{_Q}\.)?{_Q}(\w+){_Q}'
_CREATE = lazy(rf'CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{_NAME}\s*\(', re.I)
_FK = lazy(rf'ALTER\s+TABLE\s+(?:ONLY\s+)?{_NAME}\s+ADD\s+CONSTRAINT\s+{_Q}\w+{_Q}\s+FOREIGN\s+KEY\s*\(([^)]*)\)'
                 rf'\s*REFERENCES\s+{_NAME}\s*\(([^)]*)\)', re.S | re.I)
INLINE_FK = lazy(rf'FOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+{_NAME}\s*\(([^)]*)\)', re.I)
_TRIGGER = lazy(rf'\bTRIGGER\s+{_NAME}\s+(?:BEFORE|AFTER|INSTEAD\s+OF)\b', re.I)
_ROUTINE = lazy(rf'\bCREATE\b[^;(]*?\b(?:FUNCTION|PROCEDURE)\s+{_NAME}\s*\(', re.I)
_INDEX_ITEM = lazy(r'^(?:CONSTRAINT\s+\S+\s+)?(UNIQUE\b)?\s*(?:INDEX|KEY)?\s*(?:[`"]?\w+[`"]?\s*)?\((.*)\)\s*$',
                         re.S | re.I)
_CREATE_INDEX = lazy(rf'CREATE\s+(UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?{_Q}\w+{_Q}\s+ON\s+(?:ONLY\s+)?'
                           rf'{_NAME}\s*(?:USING\s+\w+\s*)?\(([^;]*?)\)\s*(?:;|$|WHERE|INCLUDE)', re.I | re.M)
_ADD_UNIQUE = lazy(rf'ALTER\s+TABLE\s+(?:ONLY\s+)?{_NAME}\s+ADD\s+CONSTRAINT\s+{_Q}\w+{_Q}\s+UNIQUE\s*'
                         rf'\(([^)]*)\)', re.S | re.I)
_COLUMN = lazy(rf'^\s*{_Q}(\w+){_Q}\s+(.+?)\s*$', re.S)
_NOT_COLUMN = lazy(r'^\s*(PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FULLTEXT|SPATIAL|FOREIGN|CHECK)\b', re.I)
_TYPE_END = lazy(r'\s+(?:NOT\s+NULL|NULL|DEFAULT|AUTO_INCREMENT|PRIMARY|COLLATE|CHARACTER\s+SET|COMMENT|'
                       r'REFERENCES|UNIQUE|CHECK|GENERATED)\b.*$', re.I)
_SYNONYMS = {"serial": "integer", "serial4": "integer", "int": "integer", "int4": "integer", "bigserial": "bigint",
             "serial8": "bigint", "int8": "bigint", "int2": "smallint", "smallserial": "smallint",
             "character varying": "varchar", "timestamp without time zone": "timestamp",
             "double precision": "double", "numeric": "decimal", "bool": "boolean"}
_INTEGERS = ("integer", "bigint", "smallint", "tinyint", "mediumint")


def canonical_type(text: str) -> str:
    t = _TYPE_END.sub("", " ".join(text.split())).strip().lower().rstrip(",")
    t = re.sub(r"\s*\(\s*", "(", t)
    t = re.sub(r"\s*\)", ")", t)
    t = re.sub(r"\s*,\s*", ",", t)
    t = t.replace(" without time zone", "")
    m = re.match(r"^([a-z ]+?)(\(.*\))?( unsigned)?$", t)
    if not m:
        return t
    base, args, unsigned = m.group(1).strip(), m.group(2) or "", m.group(3) or ""
    base = _SYNONYMS.get(base, base)
    if base in _INTEGERS:
        args = ""               # int(11): a display width, not a type
    return f"{base}{args}{unsigned}"


@dataclass
class Schema:
    #: table -> column -> canonical type
    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    #: (table, columns, referenced table, referenced columns)
    foreign_keys: set[tuple[str, str, str, str]] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    routines: set[str] = field(default_factory=set)
    #: (table, columns, unique) of every index but the primary key's (names differ between engines and dumps)
    indexes: set[tuple[str, str, bool]] = field(default_factory=set)


def cols(text: str) -> str:
    """A column list in one spelling: unquoted, lower case, without MySQL's prefix lengths (name(191))."""
    out = []
    for c in _items(text):
        c = re.sub(r"\s+(ASC|DESC)$", "", c.strip(), flags=re.I)
        c = re.sub(r"^([`\"]?\w+[`\"]?)\s*\(\d+\)$", r"\1", c)
        out.append(c.strip('`"').lower())
    return ",".join(out)


def _body(text: str, start: int) -> str:
    """The text inside the parenthesis opened just before ``start``, up to its matching close."""
    depth, i, quote = 1, start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == quote:
                quote = None
        elif c in "'`\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start:i]
        i += 1
    return text[start:]


def _items(body: str) -> list[str]:
    """A CREATE TABLE body split at its top-level commas (one column or constraint each)."""
    out, depth, last = [], 0, 0
    for i, c in enumerate(body):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(body[last:i])
            last = i + 1
    out.append(body[last:])
    return [x.strip() for x in out if x.strip()]


def from_sql(text: str) -> Schema:
    """The schema SQL text creates (DDL only is read; data statements are ignored)."""
    s = Schema()
    for m in _CREATE.finditer(text):
        table = m.group(1).lower()
        columns = s.tables.setdefault(table, {})
        for item in _items(_body(text, m.end())):
            if _NOT_COLUMN.match(item):
                if (fk := INLINE_FK.search(item)) is not None:
                    s.foreign_keys.add((table, cols(fk.group(1)), fk.group(2).lower(), cols(fk.group(3))))
                elif not re.match(r"\s*(PRIMARY|CHECK|FOREIGN)\b", item, re.I) and \
                        (ix := _INDEX_ITEM.match(item)) is not None:
                    s.indexes.add((table, cols(ix.group(2)), bool(ix.group(1))))
                continue
            c = _COLUMN.match(item)
            if c:
                columns[c.group(1).lower()] = canonical_type(c.group(2))
    for m in _FK.finditer(text):
        s.foreign_keys.add((m.group(1).lower(), cols(m.group(2)), m.group(3).lower(), cols(m.group(4))))
    for m in _CREATE_INDEX.finditer(text):
        s.indexes.add((m.group(2).lower(), cols(m.group(3)), bool(m.group(1))))
    for m in _ADD_UNIQUE.finditer(text):
        s.indexes.add((m.group(1).lower(), cols(m.group(2)), True))
    s.triggers = {m.group(1).lower() for m in _TRIGGER.finditer(text)}
    s.routines = {m.group(1).lower() for m in _ROUTINE.finditer(text)}
    return s


@dataclass(frozen=True)
class Drift:
    #: table-added, table-dropped, column-added, column-dropped, column-type, foreign-key-dropped,
    #: foreign-key-added, index-dropped, index-added, trigger, routine
    kind: str
    table: str | None
    name: str | None
    expected: str | None = None
    actual: str | None = None

    @property
    def subject(self) -> str:
        if self.kind.startswith("table"):
            return self.table or ""
        if self.kind.startswith("column"):
            return f"{self.table}.{self.name}"
        return f"{self.table + ': ' if self.table else ''}{self.name}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "table": self.table, "name": self.name, "expected": self.expected,
                "actual": self.actual}


def _ix_text(ix: tuple[str, str, bool]) -> str:
    return f"{'unique ' if ix[2] else ''}index ({ix[1]})"


def _fk_text(fk: tuple[str, str, str, str]) -> str:
    return f"({fk[1]}) -> {fk[2]}({fk[3]})"


def diff(official: Schema, actual: Schema) -> list[Drift]:
    """Every difference of ``actual`` from ``official``, in a stable order."""
    out: list[Drift] = []
    for t in sorted(set(official.tables) | set(actual.tables)):
        want, got = official.tables.get(t), actual.tables.get(t)
        if want is None:
            out.append(Drift("table-added", t, None, None, ", ".join(sorted(got))))
            continue
        if got is None:
            out.append(Drift("table-dropped", t, None, ", ".join(sorted(want)), None))
            continue
        for c in sorted(set(want) | set(got)):
            if c not in got:
                out.append(Drift("column-dropped", t, c, want[c], None))
            elif c not in want:
                out.append(Drift("column-added", t, c, None, got[c]))
            elif want[c] != got[c]:
                out.append(Drift("column-type", t, c, want[c], got[c]))
    tables = set(actual.tables)
    for fk in sorted(official.foreign_keys - actual.foreign_keys):
        if fk[0] in tables:           # a dropped table says it already
            out.append(Drift("foreign-key-dropped", fk[0], _fk_text(fk), _fk_text(fk), None))
    for fk in sorted(actual.foreign_keys - official.foreign_keys):
        out.append(Drift("foreign-key-added", fk[0], _fk_text(fk), None, _fk_text(fk)))
    # an index the engine made itself for a foreign key's columns (InnoDB does) is none of the vendor's
    fk_cols = {(fk[0], fk[1]) for fk in actual.foreign_keys | official.foreign_keys}
    for ix in sorted(official.indexes - actual.indexes):
        if ix[0] in tables and not (ix[1], ix[2]) in {(i[1], i[2]) for i in actual.indexes if i[0] == ix[0]}:
            out.append(Drift("index-dropped", ix[0], _ix_text(ix), _ix_text(ix), None))
    for ix in sorted(actual.indexes - official.indexes):
        if ix[0] in official.tables and not (not ix[2] and (ix[0], ix[1]) in fk_cols):
            out.append(Drift("index-added", ix[0], _ix_text(ix), None, _ix_text(ix)))
    for name in sorted(actual.triggers - official.triggers):
        out.append(Drift("trigger", None, name, None, name))
    for name in sorted(actual.routines - official.routines):
        out.append(Drift("routine", None, name, None, name))
    return out
