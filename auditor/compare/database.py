"""The database beside the tree: its web services, its installed packages against the files on disk and
the official add-ons, and its last deployment against the deployed file on disk. Facts; the checks in
auditor/checks/database.py judge them."""

from __future__ import annotations

import dataclasses

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from typing import Any

from auditor import paths
from auditor.config import perl
from auditor.config import settings as cfg
from auditor.database import Rows, Source, read, resolve_auto
from auditor.database.rows import as_bytes, as_text
from auditor.database.schema import Drift, diff as schema_diff, from_sql
from auditor.errors import AuditorError
from auditor.knowledge import database as knowledge_mod
from auditor.knowledge import package as package_mod


@dataclass
class WebService:
    name: str
    valid: bool
    config: bytes
    table: str

    @property
    def location(self) -> str:
        return f"db:{self.table}/{self.name}"


@dataclass
class PackageState:
    name: str
    version: str
    vendor: str
    status: str
    location: str
    #: "<package> <version>" when this is an official add-on release (its files are that release's)
    official: str | None = None
    #: files the package installed: path -> sha256 of what it installed
    files: dict[str, str] = field(default_factory=dict)
    #: files on disk that differ from what the package installed, and those that are gone
    modified: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: framework files the package's files replaced
    replaces: list[str] = field(default_factory=list)
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "vendor": self.vendor, "status": self.status,
                "location": self.location, "official": self.official, "files": len(self.files),
                "modified": [paths.to_text(p) for p in self.modified],
                "missing": [paths.to_text(p) for p in self.missing],
                "replaces": [paths.to_text(p) for p in self.replaces], "problem": self.problem}


@dataclass
class DeploymentState:
    id: int | str | None
    location: str
    file: str
    #: the deployed file on disk is what the deployment wrote
    same: bool
    #: settings whose value on disk differs from the deployment's (names)
    settings: list[str] = field(default_factory=list)
    problem: str | None = None
    #: settings changed in the database and never deployed (names)
    pending: list[str] = field(default_factory=list)
    pending_location: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "location": self.location, "file": self.file, "same": self.same,
                "settings": self.settings, "problem": self.problem, "pending": self.pending}


@dataclass
class SchemaState:
    #: the release files the official schema was read from (none: not compared, ``reason`` says why)
    official: list[str] = field(default_factory=list)
    drift: list[Drift] = field(default_factory=list)
    reason: str | None = None
    #: the official schema itself (the migration forecast compares it with the target release's)
    schema: Any = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"official": self.official, "compared": not self.reason, "reason": self.reason,
                "drift": [d.to_dict() for d in self.drift]}


@dataclass
class AccountState:
    login: str
    location: str
    valid: bool
    #: the password hash is the one the release's initial data sets
    initial_password: bool
    official: str

    def to_dict(self) -> dict[str, Any]:
        return {"login": self.login, "location": self.location, "valid": self.valid,
                "initial_password": self.initial_password, "official": self.official}


@dataclass
class DatabaseState:
    engine: str
    source: str
    tables: list[str]
    webservices: list[WebService] = field(default_factory=list)
    packages: list[PackageState] = field(default_factory=list)
    deployment: DeploymentState | None = None
    problems: list[str] = field(default_factory=list)
    schema: SchemaState | None = None
    #: the accounts the release's initial data creates, as the database has them
    accounts: list[AccountState] = field(default_factory=list)
    #: rows of the helpdesk's data tables (None: the source cannot count them exactly)
    volumes: dict[str, int | None] = field(default_factory=dict)
    #: where the install keeps article bodies and attachments (the storage setting's value), if known
    article_storage: str | None = None
    #: valid administrators (logins)
    admins: list[str] = field(default_factory=list)
    #: when a second factor is configured: {setting, agents, without: [logins], admins_without: [logins]}
    second_factor: dict | None = None


def open_source(spec: Source, settings, profile, target=None) -> Source:
    """The source to read: ``auto`` resolved from the tree's configuration. For a target read over SSH the
    install's database is reached through the same connection (its host and port as the server sees them)."""
    if spec.kind != "auto":
        return spec
    found = resolve_auto(settings.effective if settings is not None else None, knowledge_mod.of(profile))
    if target is not None and hasattr(target, "tunnel"):
        if found.socket:
            raise AuditorError(f"--database auto: the install's database is the unix socket {found.socket} on the "
                               f"remote host: give --database with a DSN this machine can reach")
        port = found.port or (5432 if found.kind == "postgresql" else 3306)
        name = f".s.PGSQL.{port}" if found.kind == "postgresql" else "mysql.sock"
        found = dataclasses.replace(found, port=port, tunnel=target.tunnel(found.host or "localhost", port, name))
    return found


def of(source: Source, profile, snapshot, baseline, addon_files: dict[str, str], addon_catalog,
       settings, pack=None) -> DatabaseState:
    know = knowledge_mod.of(profile)
    if know is None:
        raise AuditorError(f"--database: the {profile.name} profile says nothing about a database")
    source = open_source(source, settings, profile, getattr(snapshot, "target", None))
    wanted = {t.table: [c for _, c in t.columns] for t in know.tables.values()}
    rows = read(source, wanted, know.volumes)
    state = DatabaseState(rows.engine, rows.source, rows.tables, problems=list(rows.problems),
                          volumes=dict(sorted(rows.counts.items())))
    either = [alt for alt in know.alternatives if alt & set(rows.tables)]
    for table in sorted(wanted):
        if table not in rows.tables and not any(table in alt for alt in either):
            state.problems.append(f"table {table} is not in the database (or not readable by this user): "
                                  f"what it holds was not checked")
    if know.webservices is not None:
        state.webservices = _webservices(rows, know.webservices)
    if know.packages is not None:
        state.packages = _packages(rows, know, snapshot, baseline, addon_files, addon_catalog)
    if know.deployments is not None and know.deployed_to:
        state.deployment = _deployment(rows, know, snapshot)
        if state.deployment is not None and know.pending is not None:
            t = know.pending
            state.deployment.pending_location = f"db:{t.table}"
            state.deployment.pending = sorted({as_text(r.get(t.column("name"))) or "?" for r in rows.rows.get(t.table, [])
                                               if (as_text(r.get(t.column("dirty"))) or "") == "1"
                                               and r.get(t.column("user")) in (None, b"", "")})
    if know.schema_files:
        state.schema = _schema(rows, know, baseline, pack)
    if know.accounts is not None and know.initial_data and baseline is not None:
        state.accounts = _accounts(rows, know, baseline, pack)
    if know.accounts is not None:
        state.admins, state.second_factor = _people(rows, know, settings)
    if know.storage_setting and settings is not None:
        ok, value = settings.effective.get(know.storage_setting)
        state.article_storage = str(value) if ok and isinstance(value, (str, int)) else None
    return state


def _people(rows: Rows, know, settings) -> tuple[list[str], dict | None]:
    """The valid administrators (logins), and, when the install turns a second factor on, the valid agents
    without one."""
    t = know.accounts
    users = {as_text(r.get(t.column("id"))): as_text(r.get(t.column("login"))) for r in rows.rows.get(t.table, [])
             if (as_text(r.get(t.column("valid"))) or "") == "1"}
    admins: set[str] = set()
    if know.admin_members is not None:
        groups = {as_text(r.get(g.column("id"))) for g in know.admin_groups for r in rows.rows.get(g.table, [])
                  if as_text(r.get(g.column("name"))) == know.admin_group}
        m = know.admin_members
        admins = {users[u] for r in rows.rows.get(m.table, [])
                  if as_text(r.get(m.column("group"))) in groups
                  and as_text(r.get(m.column("permission"))) == know.admin_permission
                  and (u := as_text(r.get(m.column("user")))) in users}
    factor = None
    if know.second_factor_setting and settings is not None:
        ok, value = settings.effective.get(know.second_factor_setting)
        if ok and value not in (None, "", {}, []):
            p = know.second_factor_preferences
            having = {as_text(r.get(p.column("user"))) for r in rows.rows.get(p.table, [])
                      if as_text(r.get(p.column("key"))) == know.second_factor_key and as_text(r.get(p.column("value")))}
            without = sorted(login for uid, login in users.items() if uid not in having)
            factor = {"setting": know.second_factor_setting, "agents": len(users), "without": without,
                      "admins_without": sorted(a for a in admins if a in without)}
    return sorted(admins), factor


def official_texts(paths_: list[str], baseline, pack) -> tuple[list[str], list[bytes]]:
    """The texts of those of ``paths_`` a release holds, from its content pack (files, texts)."""
    files, texts = [], []
    for p in paths_:
        e = baseline.by_path.get(p)
        if e is None or e.type != "file":
            continue
        data = pack.get(e.sha256, e.size) if pack is not None and e.sha256 else None
        if data is not None:
            files.append(p)
            texts.append(data)
    return files, texts


def _accounts(rows: Rows, know, baseline, pack) -> list[AccountState]:
    """The accounts the release's initial data creates (root@localhost), with whether each is still valid
    with the initial password hash the release ships."""
    from auditor.database.dump import insert_rows
    t = know.accounts
    files, texts = official_texts(know.initial_paths(rows.engine), baseline, pack)
    initial: dict[str, str] = {}
    for text in texts:
        for r in insert_rows(text, t.table, rows.engine == "mysql"):
            login, pw = as_text(r.get(t.column("login"))), as_text(r.get(t.column("password")))
            if login and pw:
                initial[login] = pw
    out = []
    for r in rows.rows.get(t.table, []):
        login = as_text(r.get(t.column("login")))
        if login not in initial:
            continue
        valid = (as_text(r.get(t.column("valid"))) or "") == "1"
        out.append(AccountState(login, f"db:{t.table}/{login}", valid,
                                as_text(r.get(t.column("password"))) == initial[login], ", ".join(files)))
    return sorted(out, key=lambda a: a.login)


def _schema(rows: Rows, know, baseline, pack) -> SchemaState:
    """The database's schema against the official one the compared release ships for this engine."""
    if baseline is None:
        return SchemaState(reason="no release to compare with")
    wanted = [p for p in know.schema_paths(rows.engine) if p in baseline.by_path]
    if not wanted:
        return SchemaState(reason=f"the release ships no {rows.engine} schema")
    files, texts = official_texts(wanted, baseline, pack)
    if files != wanted:
        missing = next(p for p in wanted if p not in files)
        return SchemaState(wanted, reason=f"{missing} of the release is not in its content pack")
    if rows.schema is None:
        return SchemaState(files, reason="the source gave no schema")
    official = from_sql("\n".join(t.decode("utf-8", "replace") for t in texts))
    return SchemaState(files, schema_diff(official, rows.schema), schema=official)


def _webservices(rows: Rows, t) -> list[WebService]:
    out = []
    for r in rows.rows.get(t.table, []):
        name = as_text(r.get(t.column("name"))) or "?"
        valid = str(as_text(r.get(t.column("valid"))) or "") == "1"
        out.append(WebService(name, valid, as_bytes(r.get(t.column("config"))) or b"", t.table))
    return sorted(out, key=lambda w: w.name)


def _package_bytes(raw: Any, engine: str, know) -> bytes:
    data = as_bytes(raw) or b""
    if engine in know.base64_blobs and not data.lstrip().startswith(b"<"):
        try:
            return base64.b64decode(b"".join(data.split()), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("its content is neither a package nor Base64") from None
    return data


def _packages(rows: Rows, know, snapshot, baseline, addon_files, addon_catalog) -> list[PackageState]:
    t = know.packages
    out = []
    framework = {p for p in (baseline.by_path if baseline is not None else {}) if p not in addon_files}
    for r in rows.rows.get(t.table, []):
        name = as_text(r.get(t.column("name"))) or "?"
        st = PackageState(name, as_text(r.get(t.column("version"))) or "", as_text(r.get(t.column("vendor"))) or "",
                          as_text(r.get(t.column("status"))) or "", f"db:{t.table}/{name}")
        out.append(st)
        try:
            pkg = package_mod.parse(_package_bytes(r.get(t.column("content")), rows.engine, know), st.location,
                                    with_content=True)
        except (ValueError, AuditorError) as exc:
            st.problem = str(getattr(exc, "message", None) or exc)[:300]
            continue
        st.files = {f.location: hashlib.sha256(f.content or b"").hexdigest() for f in pkg.files}
        for path, digest in sorted(st.files.items()):
            e = snapshot.entries.get(path)
            if e is None or e.type != "file":
                st.missing.append(path)
            elif e.sha256 != digest:
                st.modified.append(path)
            if path in framework:
                st.replaces.append(path)
        st.official = _official(pkg, st.files, addon_catalog)
    return sorted(out, key=lambda p: p.name)


def _official(pkg, files: dict[str, str], addon_catalog) -> str | None:
    """"<package> <version>" when an add-on baseline records this very release (same files, same content)."""
    if addon_catalog is None:
        return None
    release = (pkg.id, pkg.version)
    if release not in addon_catalog.releases:
        return None
    b = addon_catalog.baseline(release)
    recorded = {e.path: e.sha256 for e in b.entries if e.type == "file"}
    return f"{b.addon.package if b.addon else pkg.name} {pkg.version}" if recorded == files else None


def _settings_of(text: str, source: str) -> dict[str, Any]:
    return cfg.leaves(cfg.build([(source, perl.parse(text, source))]).tree)


def _deployment(rows: Rows, know, snapshot) -> DeploymentState | None:
    t = know.deployments
    candidates = [r for r in rows.rows.get(t.table, []) if r.get(t.column("user")) in (None, b"", "")]
    if not candidates:
        return None

    def key(r):
        v = as_text(r.get(t.column("id"))) or "0"
        return int(v) if v.isdigit() else 0
    last = max(candidates, key=key)
    ident = key(last)
    deployed = as_bytes(last.get(t.column("content"))) or b""
    location = f"db:{t.table}/{ident}"
    on_disk = snapshot.read([know.deployed_to]).get(know.deployed_to)
    if not isinstance(on_disk, bytes):
        return DeploymentState(ident, location, know.deployed_to, False, [],
                               f"{know.deployed_to} cannot be compared: {on_disk or 'not in the tree'}")
    if on_disk == deployed:
        return DeploymentState(ident, location, know.deployed_to, True)
    try:
        disk = _settings_of(on_disk.decode("utf-8", "replace"), know.deployed_to)
        db = _settings_of(deployed.decode("utf-8", "replace"), location)
    except perl.ConfigSyntaxError as exc:
        return DeploymentState(ident, location, know.deployed_to, False, [], f"cannot be parsed: {str(exc)[:200]}")
    differing = sorted(k for k in set(disk) | set(db) if disk.get(k, _MISSING) != db.get(k, _MISSING))
    return DeploymentState(ident, location, know.deployed_to, False, differing)


_MISSING = object()
