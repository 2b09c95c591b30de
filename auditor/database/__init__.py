"""The product's database as a second source of evidence (docs/database.md): a live PostgreSQL or
MySQL/MariaDB server, read in a read-only transaction, or a dump file (pg_dump plain SQL, mysqldump,
optionally .gz/.zst) read as a stream. Only the tables the profile's ``database`` section names are
kept (auditor.knowledge.database); everything is read as data, never executed.

:func:`read` gives the rows of those tables (:class:`Rows`); auditor.compare.database turns them into
facts about the install."""

from __future__ import annotations

from auditor.database.rows import Rows
from auditor.database.source import Source, parse_source, resolve_auto

__all__ = ["Source", "parse_source", "resolve_auto", "Rows", "read"]


def read(source: Source, wanted: dict[str, list[str]], counted: tuple[str, ...] = ()) -> Rows:
    """The ``wanted`` tables' columns (table -> columns) from ``source``; AuditorError (one line, no
    password) when the source cannot be read at all. The drivers are imported for a live source only."""
    if source.kind == "dump":
        from auditor.database.dump import read_dump
        return read_dump(source.path, wanted, source.label(), counted)
    from auditor.database.live import read_live
    return read_live(source, wanted, counted)
