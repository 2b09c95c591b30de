"""The database beside the tree (``--database``): installed packages, the deployed configuration, and
what could not be read. Web services of the database are judged with the tree's (AUD401, auditor/checks/
endpoints.py): their location is ``db:<table>/<name>``."""

from __future__ import annotations

from typing import Iterable

from auditor import paths
from auditor.checks.base import Context, check
from auditor.model.finding import Finding


def _state(ctx: Context):
    return ctx.comparison.database if ctx.comparison is not None else None


@check("AUD601", "unofficial-package", "unofficial-package", "high")
def unofficial_packages(ctx: Context) -> Iterable[Finding]:
    """A package installed through the product's package manager that is not an official add-on release.

    Its name, version, vendor and install state come from the database (OTRS / Znuny: ``package_repository``);
    it is official only when an add-on baseline of the baselines directory records that very release with
    the same files and content (docs/addons.md). Anything else — a vendor's own package, an official
    package rebuilt with other files — is reported with its files. Critical when its files replace files
    of the official framework release (the upgrade would overwrite them, or it overwrites the upgrade).
    """
    state = _state(ctx)
    if state is None:
        return
    for p in state.packages:
        if p.official or p.problem:
            continue
        message = (f"package {p.name} {p.version} (vendor {p.vendor or '?'}, {p.status or 'state unknown'}) is not an "
                   f"official add-on release auditor has a baseline for; {len(p.files)} file(s) installed")
        severity = None
        if p.replaces:
            message += f"; replaces {len(p.replaces)} official framework file(s) (e.g. {paths.to_text(p.replaces[0])})"
            severity = "critical"
        yield ctx.finding("AUD601", "unofficial-package", None, message,
                          {"location": p.location, "package": p.name, "version": p.version, "vendor": p.vendor,
                           "status": p.status, "files": sorted(paths.to_text(f) for f in p.files)[:200],
                           "replaces": [paths.to_text(f) for f in p.replaces]},
                          severity=severity, key=p.location)


@check("AUD602", "package-file-modified", "package-file-modified", "high")
def package_files_modified(ctx: Context) -> Iterable[Finding]:
    """A file an installed package wrote differs on disk from what the package installed, or is gone.

    The package's own content (the whole ``.opm`` kept in the database) is the reference, as OTRS'
    package verification uses it: an official add-on's file edited after installation, or a vendor
    package's file changed behind the package manager's back. The finding's path is the file in the tree;
    its evidence names the package and the digest the package installed.
    """
    state = _state(ctx)
    if state is None:
        return
    for p in state.packages:
        for path in p.modified:
            e = ctx.snapshot.entries.get(path)
            yield ctx.finding("AUD602", "package-file-modified", path,
                              f"differs from what package {p.name} {p.version} installed ({p.location})",
                              {"location": p.location, "package": p.name, "version": p.version,
                               "installed_sha256": p.files[path], "actual_sha256": e.sha256 if e else None})
        for path in p.missing:
            yield ctx.finding("AUD602", "package-file-modified", path,
                              f"installed by package {p.name} {p.version} ({p.location}) and gone from the tree",
                              {"location": p.location, "package": p.name, "version": p.version,
                               "installed_sha256": p.files[path], "actual_sha256": None}, key=f"{path}|missing")


@check("AUD603", "deployment-mismatch", "deployment-mismatch", "high")
def deployment_mismatch(ctx: Context) -> Iterable[Finding]:
    """The deployed configuration file on disk is not what the last deployment wrote.

    OTRS / Znuny keep the text of every SysConfig deployment (``sysconfig_deployment.effective_value``)
    and write the last one to ``Kernel/Config/Files/ZZZAAuto.pm``. A file that differs was edited on disk
    after the deployment: settings changed behind the administration interface's back (and lost at the
    next deployment). The finding names each setting whose value differs; the weakened-setting findings
    still judge the values themselves. A setting changed in the database and not deployed yet
    (``sysconfig_modified.is_dirty``) is one finding each, medium: what runs is not what the
    administration interface shows, and the next deployment will change it.
    """
    state = _state(ctx)
    dep = state.deployment if state is not None else None
    if dep is None:
        return
    for name in dep.pending:
        yield ctx.finding("AUD603", "deployment-mismatch", None,
                          f"setting {name} was changed in the database and never deployed ({dep.pending_location})",
                          {"location": dep.pending_location, "setting": name}, severity="medium",
                          key=f"pending|{name}")
    if dep.same or dep.problem:
        return
    names = ", ".join(dep.settings[:10]) + (f" (+{len(dep.settings) - 10} more)" if len(dep.settings) > 10 else "")
    yield ctx.finding("AUD603", "deployment-mismatch", dep.file,
                      f"differs from the last deployment ({dep.location}): "
                      f"{names or 'no setting differs, the text does'}",
                      {"location": dep.location, "deployment": dep.id, "settings": dep.settings})


@check("AUD604", "unreadable-database", "unreadable-database", "medium")
def unreadable_database(ctx: Context) -> Iterable[Finding]:
    """Part of the database could not be read: a row longer than the reader's limit, a package whose
    content is not a package, a deployed file that cannot be compared. Never silently skipped."""
    state = _state(ctx)
    if state is None:
        return
    for problem in state.problems:
        yield ctx.finding("AUD604", "unreadable-database", None, problem, {"source": state.source}, key=problem)
    for p in state.packages:
        if p.problem:
            yield ctx.finding("AUD604", "unreadable-database", None, f"package {p.name}: {p.problem}",
                              {"location": p.location}, key=p.location)
    if state.deployment is not None and state.deployment.problem:
        yield ctx.finding("AUD604", "unreadable-database", None, state.deployment.problem,
                          {"location": state.deployment.location}, key=state.deployment.location)


#: how much each kind of difference weighs: what removes or retypes official structure breaks the
#: official upgrade (its DBUpdate / migration scripts expect the official schema) or loses data
_DRIFT_SEVERITY = {"table-dropped": "high", "column-dropped": "high", "column-type": "high",
                   "foreign-key-dropped": "high", "trigger": "high", "routine": "high",
                   "table-added": "medium", "column-added": "medium", "foreign-key-added": "medium",
                   "index-dropped": "medium", "index-added": "low"}
_DRIFT_TEXT = {"table-added": "table {s} is not in the official schema",
               "table-dropped": "official table {s} is missing",
               "column-added": "column {s} ({a}) is not in the official schema",
               "column-dropped": "official column {s} ({e}) is missing",
               "column-type": "column {s} is {a}, officially {e}",
               "foreign-key-dropped": "official foreign key {s} is missing",
               "foreign-key-added": "foreign key {s} is not in the official schema",
               "index-dropped": "official {s} is missing",
               "index-added": "{s} is not in the official schema",
               "trigger": "trigger {s} is not in the official schema (code that runs inside the database)",
               "routine": "routine {s} is not in the official schema (code stored in the database)"}


@check("AUD605", "schema-drift", "schema-drift", "high")
def schema_drift(ctx: Context) -> Iterable[Finding]:
    """The database's schema differs from the official schema of the release the tree is.

    Every release ships its schema as SQL per database engine (OTRS / Znuny: ``scripts/database/``); the
    database's tables, columns, column types, foreign keys, triggers and routines are compared with it
    (from the live server's catalogs, or from the dump's own DDL). A vendor fork's dropped or retyped
    table or column, a dropped foreign key, a trigger or a stored routine is high: the official upgrade
    scripts expect the official schema, and fail or lose data on what they do not know (the seed's
    customer would have lost 86% of its data). An added table, column or foreign key is medium: the
    upgrade keeps it, but nothing official maintains it. A dropped official index is medium (a
    unique one no longer guards its data, the upgrade may expect it), an added one low; indexes the engine
    makes itself for a foreign key's columns (InnoDB) are not the vendor's.
    """
    state = _state(ctx)
    sch = state.schema if state is not None else None
    if sch is None or sch.reason:
        return
    release = ctx.release_name
    for d in sch.drift:
        message = _DRIFT_TEXT[d.kind].format(s=d.subject, a=d.actual, e=d.expected) + f" ({release}, {state.engine})"
        yield ctx.finding("AUD605", "schema-drift", None, message,
                          {"location": f"db:{d.table or ''}", "drift": d.to_dict(), "official": sch.official},
                          severity=_DRIFT_SEVERITY[d.kind], key=f"{d.kind}|{d.subject}")


@check("AUD606", "initial-credentials", "initial-credentials", "critical")
def initial_credentials(ctx: Context) -> Iterable[Finding]:
    """An account the release creates at installation is still valid with the initial password it ships.

    OTRS / Znuny create ``root@localhost`` (the administrator) with a password hash that is the same in
    every release (``scripts/database/initial_insert.<engine>.sql``); the installer replaces it. One
    still valid with that hash lets anyone who knows the default log in as administrator. The hash is
    compared, never shown.
    """
    state = _state(ctx)
    if state is None:
        return
    for a in state.accounts:
        if a.valid and a.initial_password:
            yield ctx.finding("AUD606", "initial-credentials", None,
                              f"account {a.login} is valid with the initial password of the release's initial data "
                              f"({a.location})", {"location": a.location, "login": a.login, "official": a.official},
                              key=a.location)


@check("AUD607", "missing-second-factor", "missing-second-factor", "medium")
def missing_second_factor(ctx: Context) -> Iterable[Finding]:
    """The install turns a second factor on (OTRS / Znuny: ``AuthTwoFactorModule``), and valid agents have
    none (no secret in their preferences): they log in with a password alone.

    One finding per administrator without a second factor (high: the account that can change everything),
    and one for all other agents without one (medium), naming them."""
    state = _state(ctx)
    sf = state.second_factor if state is not None else None
    if not sf or not sf["without"]:
        return
    for login in sf["admins_without"]:
        yield ctx.finding("AUD607", "missing-second-factor", None,
                          f"administrator {login} has no second factor although {sf['setting']} is set",
                          {"login": login, "setting": sf["setting"]}, severity="high", key=f"admin|{login}")
    others = [x for x in sf["without"] if x not in sf["admins_without"]]
    if others:
        shown = ", ".join(others[:10]) + (f" (+{len(others) - 10} more)" if len(others) > 10 else "")
        yield ctx.finding("AUD607", "missing-second-factor", None,
                          f"{len(others)} of {sf['agents']} agents have no second factor although {sf['setting']} "
                          f"is set: {shown}", {"logins": others, "setting": sf["setting"], "agents": sf["agents"]},
                          key="agents")
