"""Where the database is: ``postgresql://user:password@host:port/db``, ``mysql://`` (MariaDB too),
``auto`` (the install's own ``Kernel/Config.pm``), or a dump file. A password is kept for the connection
and never shown: :meth:`Source.label` is what messages and reports say."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from auditor.errors import AuditorError
from auditor.lazyre import lazy

SCHEMES = {"postgresql": "postgresql", "postgres": "postgresql", "pg": "postgresql", "mysql": "mysql",
           "mariadb": "mysql"}


@dataclass(frozen=True)
class Source:
    #: postgresql, mysql, dump or auto
    kind: str
    host: str | None = None
    port: int | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    database: str | None = None
    socket: str | None = None
    path: str | None = None
    #: where the connection came from (the option, or Kernel/Config.pm for auto)
    origin: str = "--database"
    #: a local unix socket that reaches host:port through the audited target's SSH connection (``auto``
    #: for an ssh:// target: the install's database is usually on its own host)
    tunnel: str | None = None

    def label(self) -> str:
        """The source without its password (what every message and report shows)."""
        if self.kind == "dump":
            return f"dump {self.path}"
        if self.kind == "auto":
            return "auto (the install's Kernel/Config.pm)"
        where = self.socket or f"{self.host or 'localhost'}{':' + str(self.port) if self.port else ''}"
        via = " (through the ssh:// connection)" if self.tunnel else ""
        return f"{self.kind}://{self.user + '@' if self.user else ''}{where}/{self.database or ''}{via}"


def _port(text: str | None, spec: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or not 0 < int(text[:6]) < 65536:
        raise AuditorError(f"--database: bad port {text[:12]!r} in {_safe(spec)}")
    return int(text)


def _safe(spec: str) -> str:
    """A DSN with any password removed (for messages)."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", spec)[:200]


def parse_source(spec: str) -> Source:
    """The source an option names; AuditorError (one line, no password) when it names none."""
    spec = (spec or "").strip()
    if spec == "auto":
        return Source("auto")
    if "://" in spec:
        try:
            parts = urlsplit(spec)
            port = parts.port
        except ValueError as exc:
            raise AuditorError(f"--database: not a valid DSN ({str(exc)[:60]}): {_safe(spec)}") from None
        kind = SCHEMES.get(parts.scheme.lower())
        if kind is None:
            raise AuditorError(f"--database: unknown scheme {parts.scheme[:20]!r} (postgresql://, mysql://, "
                               f"mariadb://, auto, or a dump file)")
        query = parse_qs(parts.query)
        socket = (query.get("host") or query.get("unix_socket") or [None])[0]
        database = unquote(parts.path.lstrip("/")) or None
        if not database:
            raise AuditorError(f"--database: the DSN names no database: {_safe(spec)}")
        return Source(kind, parts.hostname, port, unquote(parts.username) if parts.username else None,
                      unquote(parts.password) if parts.password is not None else None, database, socket)
    if os.path.isdir(spec):
        raise AuditorError(f"{spec}: --database names a directory, not a dump file")
    if not os.path.lexists(spec):
        raise AuditorError(f"{spec}: no such dump file (--database takes postgresql://, mysql://, auto or a dump)")
    return Source("dump", path=spec)


_DBI = lazy(r"(?i)^DBI:(mysql|MariaDB|Pg):(.*)$")


def resolve_auto(settings, knowledge) -> Source:
    """``auto``: the connection the install's own configuration names (DSN, user, password), as
    Kernel/Config.pm sets them. ``settings``: the tree's effective settings (auditor.config.settings)."""
    if knowledge is None or not knowledge.dsn_setting:
        raise AuditorError("--database auto: this product's profile does not say where its configuration names "
                           "the database")

    def value(name: str | None) -> str | None:
        if not name or settings is None:
            return None
        ok, v = settings.get(name)
        return str(v) if ok and isinstance(v, (str, int)) else None
    dsn = value(knowledge.dsn_setting)
    if not dsn:
        raise AuditorError(f"--database auto: the install's configuration sets no {knowledge.dsn_setting}")
    # "DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};" - interpolated as Perl does
    dsn = re.sub(r"\$Self->\{'?([A-Za-z0-9_:]+)'?\}", lambda m: value(m.group(1)) or "", dsn)
    if re.search(r"<[A-Za-z_]+>", dsn):
        raise AuditorError(f"--database auto: the install's {knowledge.dsn_setting} is still the template's "
                           f"({dsn[:80]!r}): give the database with --database postgresql://... or mysql://...")
    m = _DBI.match(dsn.strip())
    if not m:
        raise AuditorError(f"--database auto: {knowledge.dsn_setting} is not a DBI DSN this auditor reads "
                           f"({dsn[:60]!r})")
    kind = "postgresql" if m.group(1).lower() == "pg" else "mysql"
    pairs = dict(p.split("=", 1) for p in m.group(2).split(";") if "=" in p)
    database = pairs.get("database") or pairs.get("dbname") or pairs.get("db")
    host = pairs.get("host") or pairs.get("hostname")
    socket = pairs.get("mysql_socket") if kind == "mysql" else (host if host and host.startswith("/") else None)
    if socket and host == socket:
        host = None
    if not database:
        raise AuditorError(f"--database auto: {knowledge.dsn_setting} names no database")
    return Source(kind, host, _port(pairs.get("port"), dsn), value(knowledge.user_setting),
                  value(knowledge.password_setting), database, socket, origin=f"{knowledge.dsn_setting} (auto)")
