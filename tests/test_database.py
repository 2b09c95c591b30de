"""--database: the product's database beside its tree, from a live PostgreSQL or MariaDB server (private
instances started by tests/dbservers.py) and from their dumps (docs/database.md)."""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

import pytest

import dbservers
from conftest import BASELINES, ROOT, SAMPLES, invoke, validate_report

sys.path.insert(0, str(ROOT / "sample_installs"))
import sampledesk_database as sdb  # noqa: E402

GENUINE = SAMPLES / "sampledesk-7.0.3-genuine"
VENDOR = SAMPLES / "sampledesk-7.0.3-vendor"
ENGINES = ("postgresql", "mariadb")


@pytest.fixture(scope="module", params=ENGINES)
def server(request):
    yield from dbservers.start(request.param)


def _engine(server) -> str:
    return "postgresql" if server.engine == "postgresql" else "mysql"


def _load(server, sql: str) -> None:
    server.load(sql)


def _audit(tree, source, *extra, code=None) -> tuple[dict, object]:
    run = invoke("audit", tree, "--baselines", BASELINES / "sampledesk", "--database", source, "-f", "json", *extra)
    assert run.code in (0, 1), run
    if code is not None:
        assert run.code == code, run
    report = run.json()
    validate_report(report)
    return report, run


def _db_findings(report: dict) -> set[tuple]:
    """Findings that come from the database (and the deployment), as comparable tuples."""
    cats = {"outbound-endpoint", "unofficial-package", "package-file-modified", "deployment-mismatch",
            "unreadable-database"}
    return {(f["check"], f["category"], f["severity"], f["path"], f["message"]) for f in report["findings"]
            if f["category"] in cats}


def test_a_genuine_install_and_its_database_give_no_finding(server, tmp_path):
    _load(server, sdb.genuine(_engine(server), GENUINE))
    report, _ = _audit(GENUINE, server.dsn(), code=0)
    assert report["findings"] == []
    db = report["database"]
    assert (db["engine"], db["webservices"], db["packages"]) == (_engine(server), [], [])
    assert db["deployment"]["same"] is True and db["deployment"]["id"] == 2
    assert db["tables"] == 10
    assert db["admins"] == ["root@localhost"]
    assert db["second_factor"] == {"setting": "AuthTwoFactorModule", "agents": 2, "without": [], "admins_without": []}
    dump = server.dump(tmp_path / "genuine.sql")
    from_dump, _ = _audit(GENUINE, dump, code=0)
    assert from_dump["findings"] == [] and from_dump["database"]["deployment"] == db["deployment"]


def _vendor_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "vendor"
    shutil.copytree(VENDOR, tree, symlinks=True)
    shutil.rmtree(tree / "var/webservices")        # the web service lives in the database only
    return tree


def test_the_vendor_database_is_caught_identically_live_and_from_its_dumps(server, tmp_path):
    tree = _vendor_tree(tmp_path)
    engine = _engine(server)
    sql = sdb.vendor(engine, VENDOR)
    sql += sdb.webservice(engine, "OldExport", "---\nRequester:\n  Transport:\n    Type: HTTP::REST\n"
                                               "    Config:\n      Host: https://old.vendor-hds.net/api\n", valid=False)
    _load(server, sql)
    # after the deployment the vendor edits ZZZAAuto.pm by hand, and one file of its package
    zzz = tree / "Kernel/Config/Files/ZZZAAuto.pm"
    before = zzz.read_text()
    assert "$Self->{'SessionMaxTime'} =  '57600';" in before
    zzz.write_text(before.replace("$Self->{'SessionMaxTime'} =  '57600';", "$Self->{'SessionMaxTime'} =  '999999';"))
    push_pm = tree / sdb.VENDOR_PACKAGE_FILES[0]
    push_pm.write_text(push_pm.read_text().replace("/collect/api/v1", "/collect/api/v2"))
    live, run = _audit(tree, server.dsn(), code=1)
    got = _db_findings(live)
    by = {(c, p): (s, m) for _i, c, s, p, m in got}
    # the web service of the database: plain http, an IP literal, sent on TicketCreate/ArticleCreate
    push = [f for f in live["findings"] if f["category"] == "outbound-endpoint"
            and f["evidence"].get("host") == "203.0.113.7" and f["evidence"].get("source") == "webservice"]
    assert len(push) == 1 and push[0]["severity"] == "critical" and push[0]["path"] is None
    assert "web service TicketSync talks to http://203.0.113.7/collect" in push[0]["message"]
    assert "db:gi_webservice_config/TicketSync" in push[0]["message"]
    old = [f for f in live["findings"] if f["category"] == "outbound-endpoint"
           and f["evidence"].get("host") == "old.vendor-hds.net"]
    assert len(old) == 1 and old[0]["severity"] == "low"
    assert "web service invalid (not in use)" in old[0]["evidence"]["factors"]
    assert by[("unofficial-package", None)][1].startswith("package VendorTools 1.2.0 (vendor HDS Helpdesk Services, "
                                                           "installed) is not an official add-on release")
    assert by[("package-file-modified", sdb.VENDOR_PACKAGE_FILES[0])] == \
        ("high", "differs from what package VendorTools 1.2.0 installed (db:package_repository/VendorTools)")
    assert by[("deployment-mismatch", "Kernel/Config/Files/ZZZAAuto.pm")][1] == \
        "differs from the last deployment (db:sysconfig_deployment/2): SessionMaxTime"
    assert live["database"]["packages"][0]["modified"] == [sdb.VENDOR_PACKAGE_FILES[0]]
    # the same from the dump of the server, plain and compressed
    dump = server.dump(tmp_path / "vendor.sql")
    gz = tmp_path / "vendor.sql.gz"
    gz.write_bytes(gzip.compress(dump.read_bytes()))
    import zstandard
    zst = tmp_path / "vendor.sql.zst"
    zst.write_bytes(zstandard.ZstdCompressor().compress(dump.read_bytes()))
    for source in (dump, gz, zst):
        from_dump, _ = _audit(tree, source, code=1)
        assert _db_findings(from_dump) == got, source
        assert from_dump["database"]["packages"] == live["database"]["packages"]
    # a file the package installed and the tree no longer has
    push_pm.unlink()
    gone, _ = _audit(tree, dump, code=1)
    missing = [f for f in gone["findings"] if f["category"] == "package-file-modified"]
    assert [(f["path"], f["message"]) for f in missing] == [
        (sdb.VENDOR_PACKAGE_FILES[0], "installed by package VendorTools 1.2.0 (db:package_repository/VendorTools) "
                                      "and gone from the tree")]


def test_auto_reads_the_connection_from_the_install_and_never_shows_the_password(server, tmp_path):
    _load(server, sdb.genuine(_engine(server), GENUINE))
    tree = tmp_path / "tree"
    shutil.copytree(GENUINE, tree, symlinks=True)
    config = tree / "Kernel/Config.pm"
    driver = "Pg" if server.engine == "postgresql" else "mysql"
    key = "dbname" if server.engine == "postgresql" else "database"
    text = config.read_text()
    text = text.replace("'sampledesk';", f"'{dbservers.DATABASE}';", 1).replace(
        "$Self->{'DatabaseUser'} = 'sampledesk';", f"$Self->{{'DatabaseUser'}} = '{dbservers.USER}';").replace(
        "$Self->{'DatabasePw'} = 'Xq7-pR2w-db';", f"$Self->{{'DatabasePw'}} = '{dbservers.PASSWORD}';").replace(
        '"DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};"',
        f'"DBI:{driver}:{key}=$Self->{{Database}};host=$Self->{{DatabaseHost}};port={server.port};"')
    config.write_text(text)
    out = tmp_path / "r.html"
    report, run = _audit(tree, "auto", "--output-html", out, "--output-markdown", tmp_path / "r.md",
                         "--output-sarif", tmp_path / "r.sarif")
    assert report["database"]["source"] == f"{_engine(server)}://{dbservers.USER}@127.0.0.1:{server.port}/" \
                                           f"{dbservers.DATABASE}"
    assert report["database"]["deployment"]["same"] is True
    everything = run.stdout + run.stderr + "".join(p.read_text() for p in tmp_path.glob("r.*"))
    assert dbservers.PASSWORD not in everything


@pytest.mark.parametrize("case", ["password", "port", "database"])
def test_a_source_that_cannot_be_read_is_one_line_without_the_password(server, case):
    dsn = {"password": server.dsn(password="wrong-Pw-123"), "port": server.dsn().replace(str(server.port), "1"),
           "database": server.dsn(database="nosuchdb")}[case]
    run = invoke("audit", GENUINE, "--baselines", BASELINES / "sampledesk", "--database", dsn)
    assert run.code == 2, run
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("auditor: error: ") and "cannot connect" in lines[0]
    assert "wrong-Pw-123" not in run.stderr and dbservers.PASSWORD not in run.stderr
    assert f"{dbservers.USER}@127.0.0.1" in run.stderr


def test_the_audit_sends_only_reads(server, tmp_path):
    """The server's own statement log (PostgreSQL log_statement=all; MariaDB general log): auditor's
    session sends SELECTs and read-only session settings, nothing that writes."""
    _load(server, sdb.vendor(_engine(server), VENDOR))
    statements = server.statements_during(lambda: _audit(_vendor_tree(tmp_path), server.dsn()))
    assert statements, "the log shows the audit's session"
    writes = [s for s in statements if s.split(None, 1)[0].upper() not in
              ("SELECT", "SET", "BEGIN", "START", "COMMIT", "ROLLBACK", "SHOW")]
    assert writes == []
    assert any(s.upper().startswith("SELECT") and "package_repository" in s for s in statements)


@pytest.mark.parametrize("spec, match", [
    ("oracle://u:p@h/db", "unknown scheme 'oracle'"),
    ("postgresql://u:topsecret@127.0.0.1:99999/db", "not a valid DSN (Port out of range 0-65535)"),
    ("postgresql://u:topsecret@127.0.0.1/", "names no database"),
    ("/nonexistent/dump.sql", "no such dump file"),
])
def test_bad_sources_are_one_line_before_the_scan(spec, match):
    run = invoke("audit", GENUINE, "--baselines", BASELINES / "sampledesk", "--database", spec)
    assert run.code == 2, run
    assert match in run.stderr and "topsecret" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_the_shipped_vendor_dump_shows_the_web_service_and_the_package():
    """The README tour: the vendor sample with its database dump (sample_installs/)."""
    report, _ = _audit(VENDOR, SAMPLES / "sampledesk-7.0.3-vendor.database.sql")
    db = report["database"]
    assert [w["name"] for w in db["webservices"]] == ["TicketSync"]
    assert [(p["name"], p["version"], p["official"]) for p in db["packages"]] == [("VendorTools", "1.2.0", None)]
    cats = {(f["category"], f["path"]) for f in report["findings"]}
    assert ("unofficial-package", None) in cats
    assert json.dumps(report).count("db:gi_webservice_config/TicketSync") >= 1


def test_every_format_names_the_database_facts():
    dump = SAMPLES / "sampledesk-7.0.3-vendor.database.sql"
    args = ("audit", VENDOR, "--baselines", BASELINES / "sampledesk", "--database", dump)
    text = invoke(*args, "-f", "text").stdout
    assert f"dump {dump} (postgresql, 10 tables): 1 web service(s)," in " ".join(text.split())
    md = invoke(*args, "-f", "markdown").stdout
    assert "| Database | dump " in md and "1 package(s) (0 official), deployment 2 matches" in md
    html = invoke(*args, "-f", "html").stdout
    import re
    assert re.search(r'id="database".*?<b>TicketSync</b> → http://203\.0\.113\.7/collect.*?<b>VendorTools 1\.2\.0</b> '
                     r'\(not official\)', html, re.S)


def test_a_fleet_reads_the_database_for_every_target(tmp_path):
    run = invoke("fleet", VENDOR, "-b", BASELINES / "sampledesk", "--shard", "1/1", "-f", "json",
                 "--database", SAMPLES / "sampledesk-7.0.3-vendor.database.sql", "-d", tmp_path / "out")
    assert run.code == 1, run
    report = json.loads((tmp_path / "out" / "targets" / "00000-sampledesk-7.0.3-vendor.json").read_text())
    assert [p["name"] for p in report["database"]["packages"]] == ["VendorTools"]
    assert any(f["category"] == "unofficial-package" for f in report["findings"])


@pytest.fixture(scope="module")
def schema_release():
    """SampleDesk 7.0.3 ships its schema and initial data (scripts/database/schema[-post].<engine>.sql,
    initial_insert.<engine>.sql), as OTRS and Znuny releases do, and its shipped baseline has the content
    pack that holds them: (tree, baselines)."""
    for engine in sdb.SCHEMA:
        assert (GENUINE / f"scripts/database/schema.{engine}.sql").read_text() == sdb.SCHEMA[engine].lstrip()
    return GENUINE, BASELINES


FORK = {
    "postgresql": ("ALTER TABLE ticket ADD COLUMN vendor_ref VARCHAR(64) NULL;\n"
                   "CREATE TABLE vendor_sync (id serial NOT NULL, payload TEXT NOT NULL, PRIMARY KEY(id));\n"
                   "ALTER TABLE ticket ALTER COLUMN title TYPE VARCHAR(100);\n"
                   "ALTER TABLE article_data_mime_plain DROP CONSTRAINT FK_article_ticket;\n"
                   "CREATE FUNCTION vendor_push() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
                   "CREATE TRIGGER vendor_push BEFORE INSERT ON ticket FOR EACH ROW EXECUTE FUNCTION vendor_push();\n"
                   "CREATE INDEX vendor_tn ON ticket (tn);\nALTER TABLE users DROP CONSTRAINT users_login;\n"),
    "mysql": ("ALTER TABLE ticket ADD COLUMN vendor_ref VARCHAR(64) NULL;\n"
              "CREATE TABLE vendor_sync (id INTEGER NOT NULL AUTO_INCREMENT, payload LONGBLOB NOT NULL, PRIMARY KEY(id));\n"
              "ALTER TABLE ticket MODIFY title VARCHAR(100) NULL;\n"
              "ALTER TABLE article_data_mime_plain DROP FOREIGN KEY FK_article_ticket;\n"
              "CREATE TRIGGER vendor_push BEFORE INSERT ON ticket FOR EACH ROW SET NEW.title = NEW.title;\n"
              "CREATE INDEX vendor_tn ON ticket (tn);\nALTER TABLE users DROP INDEX users_login;\n"),
}


def test_schema_drift_of_a_vendor_fork_live_and_from_the_dump(server, schema_release, tmp_path):
    tree, baselines = schema_release
    engine = _engine(server)
    server.load(sdb.genuine(engine, tree))
    clean = invoke("audit", tree, "-b", baselines, "--database", server.dsn(), "-f", "json")
    assert clean.code == 0, clean
    report = clean.json()
    assert report["findings"] == []
    assert report["database"]["schema"] == {"official": [f"scripts/database/schema.{engine}.sql",
                                                         f"scripts/database/schema-post.{engine}.sql"],
                                            "compared": True, "reason": None, "drift": []}
    server.sql(FORK[engine], **({"user": dbservers.USER} if server.engine == "postgresql" else {}))
    live = invoke("audit", tree, "-b", baselines, "--database", server.dsn(), "-f", "json")
    assert live.code == 1, live
    drift = {(f["severity"], f["message"]) for f in live.json()["findings"] if f["category"] == "schema-drift"}
    title = "varchar(100), officially varchar(255)"
    want = {("medium", f"column ticket.vendor_ref (varchar(64)) is not in the official schema (7.0.3, {engine})"),
            ("medium", f"table vendor_sync is not in the official schema (7.0.3, {engine})"),
            ("high", f"column ticket.title is {title} (7.0.3, {engine})"),
            ("high", f"official foreign key article_data_mime_plain: (article_id) -> ticket(id) is missing "
                     f"(7.0.3, {engine})"),
            ("high", f"trigger vendor_push is not in the official schema (code that runs inside the database) "
                     f"(7.0.3, {engine})"),
            ("low", f"ticket: index (tn) is not in the official schema (7.0.3, {engine})"),
            ("medium", f"official users: unique index (login) is missing (7.0.3, {engine})")}
    if engine == "postgresql":
        want.add(("high", "routine vendor_push is not in the official schema (code stored in the database) "
                          "(7.0.3, postgresql)"))
    assert drift == want
    dump = server.dump(tmp_path / "fork.sql")
    from_dump = invoke("audit", tree, "-b", baselines, "--database", dump, "-f", "json")
    assert {(f["severity"], f["message"]) for f in from_dump.json()["findings"]
            if f["category"] == "schema-drift"} == want


def test_the_initial_administrator_with_its_initial_password_is_critical(server, schema_release, tmp_path):
    tree, baselines = schema_release
    engine = _engine(server)
    server.load(sdb.genuine(engine, tree))
    user = {"user": dbservers.USER} if server.engine == "postgresql" else {}
    report = invoke("audit", tree, "-b", baselines, "--database", server.dsn(), "-f", "json").json()
    assert report["database"]["accounts"] == [{
        "login": "root@localhost", "location": "db:users/root@localhost", "valid": True, "initial_password": False,
        "official": f"scripts/database/initial_insert.{engine}.sql"}]
    assert report["findings"] == []
    server.sql(f"UPDATE users SET pw = '{sdb.INITIAL_HASH}' WHERE login = '{sdb.INITIAL_LOGIN}';", **user)
    run = invoke("audit", tree, "-b", baselines, "--database", server.dsn(), "-f", "json")
    found = [(f["severity"], f["message"]) for f in run.json()["findings"]]
    assert found == [("critical", "account root@localhost is valid with the initial password of the release's "
                                  "initial data (db:users/root@localhost)")]
    assert run.code == 1 and sdb.INITIAL_HASH not in run.stdout
    dump = server.dump(tmp_path / "initial.sql")
    assert [f["message"] for f in invoke("audit", tree, "-b", baselines, "--database", dump, "-f",
                                         "json").json()["findings"]] == [found[0][1]]
    server.sql(f"UPDATE users SET valid_id = 2 WHERE login = '{sdb.INITIAL_LOGIN}';", **user)
    invalid = invoke("audit", tree, "-b", baselines, "--database", server.dsn(), "-f", "json")
    assert invalid.code == 0 and invalid.json()["findings"] == []


def test_a_setting_changed_in_the_database_and_never_deployed(server):
    engine = _engine(server)
    server.load(sdb.genuine(engine, GENUINE) + sdb.pending_setting(engine, "SessionCheckRemoteIP", "0")
                + sdb.pending_setting(engine, "UserOwnTheme", "Dark", user_id=3))
    report, run = _audit(GENUINE, server.dsn(), code=0)
    pending = [(f["severity"], f["message"]) for f in report["findings"]]
    assert pending == [("medium", "setting SessionCheckRemoteIP was changed in the database and never deployed "
                                  "(db:sysconfig_modified)")]
    assert report["database"]["deployment"]["pending"] == ["SessionCheckRemoteIP"]


def test_the_forecast_says_which_upgrade_steps_the_schema_drift_breaks(server, schema_release, tmp_path):
    """A newer release whose official schema changes table ticket: the fork's retyped ticket.title is on
    that table (the step fails or loses data, 45), its added column there is in the way (10), a trigger is
    code no step knows (10), its drift elsewhere is carried along unmaintained (2); the data the upgrade
    migrates is counted."""
    tree, baselines = schema_release
    engine = _engine(server)
    newer = tmp_path / "newer"
    shutil.copytree(tree, newer, symlinks=True)
    for e, sql in sdb.SCHEMA.items():
        (newer / f"scripts/database/schema.{e}.sql").write_text(
            sql.lstrip().replace("title VARCHAR (255) NULL,", "title VARCHAR (255) NULL, escalation_time INTEGER NULL,"))
    release = (newer / "RELEASE").read_text().replace("7.0.3", "7.0.4")
    (newer / "RELEASE").write_text(release)
    both = tmp_path / "baselines"
    shutil.copytree(baselines, both)
    assert invoke("baseline", "build", newer, "-p", "sampledesk", "-V", "7.0.4", "-o",
                  both / "sampledesk" / "7.0.4.yaml").code == 0
    server.load(sdb.genuine(engine, tree))
    server.sql(FORK[engine], **({"user": dbservers.USER} if server.engine == "postgresql" else {}))
    run = invoke("audit", tree, "-b", both, "--database", server.dsn(), "--target-version", "7.0.4", "-f", "json")
    report = run.json()
    assert report["identified_version"] == "7.0.3"
    mig = report["risk"]["migration"]
    schema = sorted((i["weight"], i["drift"], i["table"]) for i in mig["items"] if i["kind"] == "schema")
    want = [(2, "foreign-key-dropped", "article_data_mime_plain"), (2, "index-dropped", "users"),
            (2, "table-added", "vendor_sync"), (10, "column-added", "ticket"), (10, "index-added", "ticket"),
            (10, "trigger", None), (45, "column-type", "ticket")]
    if engine == "postgresql":
        want.insert(5, (10, "routine", None))
    assert schema == want
    breaking = [i["why"] for i in mig["items"] if i["kind"] == "schema" and i["weight"] == 45]
    assert breaking == ["7.0.4 changes table ticket (column added escalation_time); the database's column-type "
                        "ticket.title there makes that step fail or lose data"]
    assert mig["data"] == {"ticket": 3}


def test_agents_without_a_second_factor_when_the_install_turns_it_on(server):
    """The sample turns 2FA on (AuthTwoFactorModule in its ZZZAAuto.pm): an administrator without a secret is
    high, other agents without one are one medium finding."""
    engine = _engine(server)
    server.load(sdb.genuine(engine, GENUINE) + "DELETE FROM user_preferences;\n"
                + "INSERT INTO users (id, login, pw, valid_id) VALUES (3, 'old-agent', 'x', 2);\n")
    report, run = _audit(GENUINE, server.dsn(), code=1)
    got = sorted((f["severity"], f["message"]) for f in report["findings"])
    assert got == [("high", "administrator root@localhost has no second factor although AuthTwoFactorModule is set"),
                   ("medium", "1 of 2 agents have no second factor although AuthTwoFactorModule is set: jdoe")]
    assert report["database"]["second_factor"]["without"] == ["jdoe", "root@localhost"]


def test_a_dump_counts_the_rows_of_its_inserts_as_the_server_does(server, tmp_path):
    """mariadb-dump writes extended INSERTs (many rows per statement), pg_dump --inserts
    --rows-per-insert too: the rows of the counted tables are counted from them exactly, body texts that
    look like row separators included; a truncated INSERT leaves the count unknown, never too low."""
    from auditor.database.dump import read_dump
    engine = _engine(server)
    tickets = 1200
    tricky = "'),('; x\\\n y),(2, "
    sql = sdb.SCHEMA[engine] + sdb.helpdesk_data(engine, tickets)
    sql += f"INSERT INTO article_data_mime_plain (article_id, body) VALUES (1, {sdb.literal(engine, tricky)});\n"
    _load(server, sql + sdb.SCHEMA_POST)
    counted = ("ticket", "article_data_mime_plain")
    want = {"ticket": tickets, "article_data_mime_plain": tickets + 1}
    forms = [("copy", ())] if engine == "postgresql" else []
    forms += [("inserts", ("--inserts", "--rows-per-insert=100") if engine == "postgresql" else
               ("--net-buffer-length=16384",))]
    for name, options in forms:
        dump = server.dump(tmp_path / f"{name}.sql", options=options)
        if name == "inserts":
            statements = dump.read_text(errors="replace").count("INSERT INTO")
            assert 2 < statements < 2 * tickets / 50, statements      # many rows per INSERT
        assert read_dump(str(dump), {}, name, counted=counted).counts == want, name
    data = dump.read_bytes()
    cut = tmp_path / "cut.sql"
    cut.write_bytes(data[: data.rindex(b"2018092010001200")])
    assert read_dump(str(cut), {}, "cut", counted=("ticket",)).counts == {"ticket": None}
