"""The rows of the tables a profile names, from a live server or a dump (one shape for both)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any



@dataclass
class Rows:
    #: postgresql or mysql (MariaDB reads as mysql)
    engine: str
    #: the source as reports show it (no password)
    source: str
    #: every table the database (or the dump) holds, sorted
    tables: list[str] = field(default_factory=list)
    #: wanted table -> its rows, each a dict column -> value (bytes, str, int or None)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: what could not be read (never silently skipped)
    problems: list[str] = field(default_factory=list)
    #: the schema (auditor.database.schema.Schema): the live catalogs, or the dump's DDL
    schema: Any = None
    #: table -> number of rows, for the tables asked to be counted (None: the source cannot tell exactly)
    counts: dict[str, int | None] = field(default_factory=dict)


def as_bytes(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return str(value).encode("utf-8", "surrogateescape")


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "replace")
    return str(value)
