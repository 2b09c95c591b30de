"""Real database servers for the tests: a private PostgreSQL and a private MariaDB, each started in a
temporary directory on 127.0.0.1 (a free port) and a unix socket, with a user that logs in by password,
stopped and removed at the end. `.ci/run` installs the servers (Debian: postgresql, mariadb-server);
without them the tests that need one skip and say why."""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD, DATABASE = "otrs", "s3cret-Pw", "otrs"


from servers import free_port as _free_port  # noqa: E402  (shared with the other servers of the tests)


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass
class Server:
    engine: str
    port: int
    socket_dir: Path
    home: Path
    proc: subprocess.Popen | None = None

    def dsn(self, database: str = DATABASE, password: str = PASSWORD) -> str:
        scheme = "postgresql" if self.engine == "postgresql" else "mysql"
        return f"{scheme}://{USER}:{password}@127.0.0.1:{self.port}/{database}"

    def sql(self, text: str, database: str = DATABASE, user: str = "postgres") -> str:
        """Run SQL as the server's administrator, or on PostgreSQL as ``user`` (loading fixtures; auditor
        itself never writes)."""
        if self.engine == "postgresql":
            cmd = _as_owner([str(_pg_bin() / "psql"), "-q", "-v", "ON_ERROR_STOP=1", "-h", str(self.socket_dir),
                             "-p", str(self.port), "-U", user, "-d", database])
        else:
            cmd = ["mariadb", f"--socket={self.socket_dir / 'mysqld.sock'}", "-uroot", database]
        proc = subprocess.run(cmd, input=text, capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"{self.engine}: {proc.stderr[-2000:]}")
        return proc.stdout

    def load(self, text: str) -> None:
        """A fresh database of the application's user, loaded with ``text`` (its tables owned by that user,
        as the product's installer makes them)."""
        self.reset()
        self.sql(text, user=USER) if self.engine == "postgresql" else self.sql(text)

    def dump(self, out: Path, database: str = DATABASE, options: tuple[str, ...] = ()) -> Path:
        """The database as the administrator's own dump tool writes it (pg_dump plain SQL, mysqldump),
        with the tool's own ``options``."""
        if self.engine == "postgresql":
            cmd = _as_owner([str(_pg_bin() / "pg_dump"), "-h", str(self.socket_dir), "-p", str(self.port),
                             "-U", "postgres", *options, database])
        else:
            cmd = ["mariadb-dump", f"--socket={self.socket_dir / 'mysqld.sock'}", "-uroot", *options, database]
        with open(out, "wb") as fh:
            subprocess.run(cmd, stdout=fh, check=True, timeout=600)
        return out

    def statements_during(self, action) -> list[str]:
        """The SQL statements other sessions than the administrator's sent while ``action`` ran, from the
        server's own statement log (PostgreSQL log_statement=all, MariaDB's general log)."""
        log = self.home / "server.log"
        start = log.stat().st_size if log.exists() else 0
        action()
        time.sleep(0.3)
        text = log.read_bytes()[start:].decode("utf-8", "replace")
        out = []
        if self.engine == "postgresql":
            for line in text.splitlines():
                app, _, rest = line.partition("|")
                if app == "auditor" and "statement: " in rest:
                    out.append(rest.split("statement: ", 1)[1].strip())
        else:
            # MariaDB's general log: [date time] <thread id> <command>\t<argument>
            entry = re.compile(r"^(?:\d{6}\s+[\d:]+)?\s*(\d+)\s+(Connect|Query|Quit|Init DB|Prepare|Execute)\t?(.*)$")
            ours: set[str] = set()
            for line in text.splitlines():
                m = entry.match(line)
                if not m:
                    continue
                thread, command, argument = m.groups()
                if command == "Connect" and argument.startswith(f"{USER}@"):
                    ours.add(thread)
                elif command in ("Query", "Execute") and thread in ours:
                    out.append(argument.strip())
        return out

    def reset(self, database: str = DATABASE) -> None:
        if self.engine == "postgresql":
            self.sql(f"DROP DATABASE IF EXISTS {database}; CREATE DATABASE {database} OWNER {USER};", "postgres")
        else:
            self.sql(f"DROP DATABASE IF EXISTS {database}; CREATE DATABASE {database} CHARACTER SET utf8mb4; "
                     f"GRANT ALL ON {database}.* TO '{USER}'@'%';", "mysql")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            # PostgreSQL: SIGINT is the fast shutdown (SIGTERM waits for every client to leave)
            self.proc.send_signal(signal.SIGINT if self.engine == "postgresql" else signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        shutil.rmtree(self.home, ignore_errors=True)


def _owner() -> str | None:
    """The user a PostgreSQL server runs as: the current one, or 'postgres' when running as root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
        return "postgres"
    except KeyError:
        return "nobody"


def _as_owner(cmd: list[str]) -> list[str]:
    owner = _owner()
    if owner is None:
        return cmd
    return ["setpriv", f"--reuid={owner}", f"--regid={pwd.getpwnam(owner).pw_gid}", "--clear-groups", *cmd]


def _wait(check, what: str, proc: subprocess.Popen, seconds: float = 30.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {seconds} s")


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def postgresql() -> Server | str:
    """A started private PostgreSQL, or why there is none."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        return "PostgreSQL is not installed (Debian: postgresql)"
    home = Path(tempfile.mkdtemp(prefix="auditor-pg-"))
    os.chmod(home, 0o755)
    owner = _owner()
    if owner is not None:
        shutil.chown(home, owner, pwd.getpwnam(owner).pw_gid)
    data = home / "data"
    pwfile = home / "pw"
    pwfile.write_text("postgres-admin\n")
    if owner is not None:
        shutil.chown(pwfile, owner)
    subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=scram-sha-256",
                              "--auth-local=trust", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C"]),
                   check=True, capture_output=True, timeout=120)
    port = _free_port()
    log = open(home / "server.log", "ab")
    proc = subprocess.Popen(_as_owner([str(bin_dir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(home),
                                       "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
                                       "-c", "log_statement=all", "-c", "log_line_prefix=%a|"]),
                            stdout=subprocess.DEVNULL, stderr=log)
    log.close()
    server = Server("postgresql", port, home, home, proc)
    try:
        _wait(lambda: _listening(port) and (home / f".s.PGSQL.{port}").exists(), "PostgreSQL", proc)
        server.sql(f"CREATE USER {USER} PASSWORD '{PASSWORD}'; CREATE DATABASE {DATABASE} OWNER {USER};", "postgres")
    except Exception:
        server.stop()
        raise
    return server


def mariadb() -> Server | str:
    """A started private MariaDB, or why there is none."""
    if shutil.which("mariadbd") is None and not Path("/usr/sbin/mariadbd").exists():
        return "MariaDB is not installed (Debian: mariadb-server)"
    daemon = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
    home = Path(tempfile.mkdtemp(prefix="auditor-maria-"))
    data = home / "data"
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run(["mariadb-install-db", f"--datadir={data}", "--auth-root-authentication-method=socket",
                    "--skip-test-db", *user], check=True, capture_output=True, timeout=180)
    port = _free_port()
    sock = home / "mysqld.sock"
    proc = subprocess.Popen([daemon, "--no-defaults", f"--datadir={data}", f"--socket={sock}", f"--port={port}",
                             "--bind-address=127.0.0.1", f"--pid-file={home / 'mysqld.pid'}", "--skip-log-bin",
                             "--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=32M",
                             "--general-log=1", f"--general-log-file={home / 'server.log'}", *user],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Server("mariadb", port, home, home, proc)
    try:
        _wait(lambda: _listening(port) and sock.exists(), "MariaDB", proc)
        server.sql(f"CREATE USER '{USER}'@'%' IDENTIFIED BY '{PASSWORD}'; "
                   f"CREATE DATABASE {DATABASE} CHARACTER SET utf8mb4; GRANT ALL ON {DATABASE}.* TO '{USER}'@'%';",
                   "mysql")
    except Exception:
        server.stop()
        raise
    return server


def start(engine: str):
    """A module fixture's body: the started server (``postgresql`` or ``mariadb``), stopped at the end;
    the test skips, saying why, when the machine has no such server."""
    import pytest
    started = postgresql() if engine == "postgresql" else mariadb()
    if isinstance(started, str):
        pytest.skip(started)
    try:
        yield started
    finally:
        started.stop()
