"""What a product keeps in its database, as the profile's ``database`` section says: which tables hold the
web services, the installed packages and the deployed configuration, in which columns, and how the
install names its database connection. Parsed and validated when the profile is loaded."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.errors import ValidationError
from auditor.model._fields import Fields
from auditor.lazyre import lazy

_IDENT = lazy(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
ENGINES = ("postgresql", "mysql")


@dataclass(frozen=True)
class Table:
    table: str
    #: role -> column (e.g. name -> name, config -> config, valid -> valid_id)
    columns: tuple[tuple[str, str], ...]

    def column(self, role: str) -> str:
        return dict(self.columns)[role]


@dataclass(frozen=True)
class DatabaseKnowledge:
    webservices: Table | None = None
    packages: Table | None = None
    deployments: Table | None = None
    #: the product's own user accounts (OTRS: users), checked against the initial data a release ships
    accounts: Table | None = None
    #: settings changed in the database and not deployed yet (OTRS: sysconfig_modified, is_dirty = 1)
    pending: Table | None = None
    #: the file a deployment writes (its text is the deployment's content)
    deployed_to: str | None = None
    #: engines that keep large objects Base64-encoded (OTRS: DirectBlob = 0 on PostgreSQL)
    base64_blobs: tuple[str, ...] = ()
    #: settings of the install's own configuration that name its database connection
    dsn_setting: str | None = None
    user_setting: str | None = None
    password_setting: str | None = None
    #: the release's own SQL of its schema, per engine (``{engine}``: postgresql or mysql), in load order
    schema_files: tuple[str, ...] = ()
    #: the release's own SQL of its initial data (the accounts it creates, with their initial passwords)
    initial_data: tuple[str, ...] = ()
    #: tables whose rows are the helpdesk's data (tickets, articles, attachments): counted for the forecast
    volumes: tuple[str, ...] = ()
    #: the setting that says where article bodies and attachments live (the database or the file system)
    storage_setting: str | None = None
    #: who administers: the group tables (alternatives: a release renamed it), the membership table, the
    #: group's name and the permission that makes a member an administrator
    admin_groups: tuple[Table, ...] = ()
    admin_members: Table | None = None
    admin_group: str = ""
    admin_permission: str = ""
    #: the setting that turns a second factor on, the preferences table and the key of an agent's secret
    second_factor_setting: str | None = None
    second_factor_preferences: Table | None = None
    second_factor_key: str = ""

    def initial_paths(self, engine: str) -> list[str]:
        return [p.replace("{engine}", engine) for p in self.initial_data]

    def schema_paths(self, engine: str) -> list[str]:
        return [p.replace("{engine}", engine) for p in self.schema_files]

    @property
    def tables(self) -> dict[str, Table]:
        return {t.table: t for t in (self.webservices, self.packages, self.deployments, self.accounts,
                                     self.pending, self.admin_members, self.second_factor_preferences,
                                     *self.admin_groups) if t is not None}

    @property
    def alternatives(self) -> list[set[str]]:
        """Sets of tables of which one is enough (the others are names of other releases)."""
        return [{t.table for t in self.admin_groups}] if len(self.admin_groups) > 1 else []


ROLES = {"webservices": ("name", "config", "valid"), "packages": ("name", "version", "vendor", "status", "content"),
         "deployments": ("id", "content", "user"), "accounts": ("id", "login", "password", "valid"),
         "pending": ("name", "dirty", "user")}


def _table(data, where: str, roles: tuple[str, ...]) -> Table:
    f = Fields(data, where)
    table = f.req("table", str)
    cols = []
    for role in roles:
        col = f.req(role, str)
        if not _IDENT.fullmatch(col):
            raise ValidationError(f"{where}.{role}", f"{col[:40]!r} is not a column name")
        cols.append((role, col))
    f.done()
    if not _IDENT.fullmatch(table):
        raise ValidationError(f"{where}.table", f"{table[:40]!r} is not a table name")
    return Table(table, tuple(cols))


def parse(profile) -> DatabaseKnowledge | None:
    data = getattr(profile, "database", None)
    if not data:
        return None
    f = Fields(data, "database")
    tables = {}
    for key, roles in ROLES.items():
        value = f.opt(key, dict)
        tables[key] = _table(value, f"database.{key}", roles) if value is not None else None
    deployed_to = f.opt("deployed_to", str)
    blobs = f.opt("base64_blobs", list, default=[])
    for e in blobs:
        if e not in ENGINES:
            raise ValidationError("database.base64_blobs", f"unknown engine {e!r} ({', '.join(ENGINES)})")
    conn = f.opt("connection", dict, default={})
    schema = f.opt("schema", list, default=[])
    initial = f.opt("initial_data", list, default=[])
    volumes = f.opt("volumes", list, default=[])
    storage = f.opt("storage_setting", str)
    for i, item in enumerate(volumes):
        if not isinstance(item, str) or not _IDENT.fullmatch(item):
            raise ValidationError(f"database.volumes[{i}]", "expected a table name")
    for key, items in (("schema", schema), ("initial_data", initial)):
        for i, item in enumerate(items):
            if not isinstance(item, str) or "{engine}" not in item:
                raise ValidationError(f"database.{key}[{i}]", "expected a path naming {engine}")
    admins = f.opt("admins", dict)
    second = f.opt("second_factor", dict)
    f.done()
    admin = _admins(admins) if admins is not None else {}
    factor = _second_factor(second) if second is not None else {}
    c = Fields(conn, "database.connection")
    dsn, user, password = c.opt("dsn", str), c.opt("user", str), c.opt("password", str)
    c.done()
    return DatabaseKnowledge(tables["webservices"], tables["packages"], tables["deployments"], tables["accounts"],
                             tables["pending"], deployed_to, tuple(blobs), dsn, user, password, tuple(schema),
                             tuple(initial), tuple(volumes), storage, **admin, **factor)


def _admins(data) -> dict:
    a = Fields(data, "database.admins")
    groups = a.req("groups", list)
    members = _table(a.req("members", dict), "database.admins.members", ("user", "group", "permission"))
    name, permission = a.req("group", str), a.req("permission", str)
    a.done()
    return {"admin_groups": tuple(_table(g, f"database.admins.groups[{i}]", ("id", "name"))
                                  for i, g in enumerate(groups)),
            "admin_members": members, "admin_group": name, "admin_permission": permission}


def _second_factor(data) -> dict:
    t = Fields(data, "database.second_factor")
    setting = t.req("setting", str)
    prefs = _table(t.req("preferences", dict), "database.second_factor.preferences", ("user", "key", "value"))
    key = t.req("key", str)
    t.done()
    return {"second_factor_setting": setting, "second_factor_preferences": prefs, "second_factor_key": key}


def of(profile) -> DatabaseKnowledge | None:
    return profile.section("database", parse)
