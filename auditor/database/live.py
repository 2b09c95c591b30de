"""A live server, read and never written: PostgreSQL through psycopg 3, MySQL / MariaDB through PyMySQL.

Every session is read-only before the first query (PostgreSQL: ``default_transaction_read_only`` at
connection time and a READ ONLY transaction; MySQL / MariaDB: ``START TRANSACTION READ ONLY``) and bounded
(a connect timeout, a statement timeout); only SELECTs of the named columns are sent, with identifiers
quoted by the driver's own quoting. A connection that fails is one line that names the source without
its password."""

from __future__ import annotations

import re
from typing import Any

from auditor.database.rows import Rows
from auditor.database.source import Source
from auditor.errors import AuditorError

CONNECT_TIMEOUT = 10
STATEMENT_TIMEOUT_MS = 120_000


def _fail(source: Source, what: str, exc: Exception) -> AuditorError:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if source.password:
        text = text.replace(source.password, "***")
    return AuditorError(f"{source.label()}: {what}: {text[:300]}")


def _credentials(kw: dict[str, Any], source: Source) -> None:
    """Port, user and password where the source gives them (else the driver's defaults)."""
    for key, value in (("port", source.port), ("user", source.user), ("password", source.password)):
        if value is not None:
            kw[key] = value


def read_live(source: Source, wanted: dict[str, list[str]], counted: tuple[str, ...] = ()) -> Rows:
    if source.kind == "postgresql":
        return _postgresql(source, wanted, counted)
    if source.kind == "mysql":
        return _mysql(source, wanted, counted)
    raise AuditorError(f"{source.label()}: not a live database")


def _postgresql(source: Source, wanted: dict[str, list[str]], counted: tuple[str, ...]) -> Rows:
    try:
        import psycopg
        from psycopg import sql
    except ImportError:
        raise AuditorError("--database postgresql://: the PostgreSQL driver is not installed "
                           "(pip install 'psycopg[binary]')") from None
    kw: dict[str, Any] = {"dbname": source.database, "connect_timeout": CONNECT_TIMEOUT,
                          "options": f"-c default_transaction_read_only=on -c statement_timeout={STATEMENT_TIMEOUT_MS}",
                          "application_name": "auditor"}
    if source.tunnel:       # the socket named .s.PGSQL.<port> in a private directory
        kw["host"] = source.tunnel.rsplit("/", 1)[0]
    elif source.socket or source.host:
        kw["host"] = source.socket or source.host
    _credentials(kw, source)
    try:
        conn = psycopg.connect(**kw)
    except psycopg.Error as exc:
        raise _fail(source, "cannot connect", exc) from None
    out = Rows("postgresql", source.label())
    try:
        conn.read_only = True
        with conn.transaction():
            cur = conn.cursor()
            cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        "AND table_type = 'BASE TABLE'")
            out.tables = sorted(r[0] for r in cur.fetchall())
            for table, columns in sorted(wanted.items()):
                if table not in out.tables:
                    continue
                query = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(map(sql.Identifier, columns)),
                                                            sql.Identifier(table))
                cur.execute(query)
                out.rows[table] = [dict(zip(columns, r)) for r in cur.fetchall()]
            out.schema = _pg_schema(cur, set(out.tables))
            for table in counted:
                if table in out.tables:
                    cur.execute(sql.SQL("SELECT COUNT(*) FROM {}").format(sql.Identifier(table)))
                    out.counts[table] = int(cur.fetchone()[0])
    except psycopg.Error as exc:
        raise _fail(source, "cannot read", exc) from None
    finally:
        conn.close()
    return out


def _mysql(source: Source, wanted: dict[str, list[str]], counted: tuple[str, ...]) -> Rows:
    try:
        import pymysql
    except ImportError:
        raise AuditorError("--database mysql://: the MySQL driver is not installed (pip install PyMySQL)") from None
    kw: dict[str, Any] = {"database": source.database, "connect_timeout": CONNECT_TIMEOUT,
                          "read_timeout": STATEMENT_TIMEOUT_MS // 1000, "charset": "utf8mb4"}
    if source.tunnel or source.socket:
        kw["unix_socket"] = source.tunnel or source.socket
    else:
        kw["host"] = source.host or "localhost"
    _credentials(kw, source)
    try:
        conn = pymysql.connect(**kw)
    except pymysql.Error as exc:
        raise _fail(source, "cannot connect", exc) from None
    out = Rows("mysql", source.label())
    try:
        cur = conn.cursor()
        for limit in (f"SET SESSION max_statement_time = {STATEMENT_TIMEOUT_MS / 1000}",     # MariaDB
                      f"SET SESSION max_execution_time = {STATEMENT_TIMEOUT_MS}"):           # MySQL
            try:
                cur.execute(limit)
            except pymysql.Error:
                pass
        cur.execute("START TRANSACTION READ ONLY")
        cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                    "AND table_type = 'BASE TABLE'")
        out.tables = sorted(r[0] for r in cur.fetchall())
        for table, columns in sorted(wanted.items()):
            if table not in out.tables:
                continue
            # names are the profile's, checked as plain identifiers when it was loaded
            cols = ", ".join(f"`{c}`" for c in columns)
            cur.execute(f"SELECT {cols} FROM `{table}`")
            out.rows[table] = [dict(zip(columns, r)) for r in cur.fetchall()]
        out.schema = _mysql_schema(cur, set(out.tables))
        for table in counted:           # names checked as identifiers when the profile was loaded
            if table in out.tables:
                cur.execute(f"SELECT COUNT(*) FROM `{table}`")
                out.counts[table] = int(cur.fetchone()[0])
        cur.execute("ROLLBACK")
    except pymysql.Error as exc:
        raise _fail(source, "cannot read", exc) from None
    finally:
        conn.close()
    return out


def _text(v) -> str:
    return v.decode("utf-8", "replace") if isinstance(v, (bytes, bytearray)) else str(v)


def _pg_schema(cur, tables: set[str]):
    """Tables, columns (format_type), foreign keys, triggers and routines of the current schema."""
    from auditor.database.schema import INLINE_FK, Schema, canonical_type, cols
    s = Schema()
    cur.execute("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                "JOIN pg_class c ON c.oid = a.attrelid WHERE c.relkind = 'r' "
                "AND c.relnamespace = current_schema()::regnamespace AND a.attnum > 0 AND NOT a.attisdropped")
    for table, column, kind in cur.fetchall():
        if table in tables:
            s.tables.setdefault(table.lower(), {})[column.lower()] = canonical_type(kind)
    cur.execute("SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c "
                "ON c.oid = k.conrelid WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace")
    for table, definition in cur.fetchall():
        m = INLINE_FK.search(definition)
        if m:
            s.foreign_keys.add((table.lower(), cols(m.group(1)), m.group(2).lower(), cols(m.group(3))))
    cur.execute("SELECT c.relname, x.indisunique, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                "JOIN pg_class c ON c.oid = x.indrelid WHERE NOT x.indisprimary "
                "AND c.relnamespace = current_schema()::regnamespace")
    for table, unique, definition in cur.fetchall():
        m = re.search(r"\((.*)\)\s*(?:WHERE .*|INCLUDE .*)?$", definition)
        if table in tables and m:
            s.indexes.add((table.lower(), cols(m.group(1)), bool(unique)))
    cur.execute("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
                "AND c.relnamespace = current_schema()::regnamespace")
    s.triggers = {r[0].lower() for r in cur.fetchall()}
    cur.execute("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace")
    s.routines = {r[0].lower() for r in cur.fetchall()}
    return s


def _mysql_schema(cur, tables: set[str]):
    from auditor.database.schema import Schema, canonical_type
    s = Schema()
    cur.execute("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS "
                "WHERE TABLE_SCHEMA = DATABASE()")
    for table, column, kind in cur.fetchall():
        table = _text(table)
        if table in tables:
            s.tables.setdefault(table.lower(), {})[_text(column).lower()] = canonical_type(_text(kind))
    cur.execute("SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
                "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() "
                "AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")
    keys: dict[tuple[str, str], list] = {}
    for table, name, column, ref_table, ref_column in cur.fetchall():
        keys.setdefault((_text(table), _text(name)), []).append((_text(column), _text(ref_table), _text(ref_column)))
    for (table, _name), parts in keys.items():
        s.foreign_keys.add((table.lower(), ",".join(p[0].lower() for p in parts), parts[0][1].lower(),
                            ",".join(p[2].lower() for p in parts)))
    cur.execute("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS "
                "WHERE TABLE_SCHEMA = DATABASE() AND INDEX_NAME <> 'PRIMARY' "
                "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")
    indexes: dict[tuple[str, str], list] = {}
    for table, name, non_unique, column in cur.fetchall():
        indexes.setdefault((_text(table), _text(name)), []).append((str(non_unique) == "0", _text(column)))
    for (table, _name), parts in indexes.items():
        if table in tables:
            s.indexes.add((table.lower(), ",".join(p[1].lower() for p in parts), parts[0][0]))
    cur.execute("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()")
    s.triggers = {_text(r[0]).lower() for r in cur.fetchall()}
    cur.execute("SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()")
    s.routines = {_text(r[0]).lower() for r in cur.fetchall()}
    return s
