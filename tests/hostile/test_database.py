"""Hostile databases: dump files and rows are evidence from outside (auditor/database/). Each case is a dump
an attacker controls, audited beside the genuine SampleDesk 7.0.3 tree."""

from __future__ import annotations

import base64
import gzip
import os
import sys
from pathlib import Path

import pytest

from .helpers import audit, check_run, expect_error, limited
from conftest import BASELINES, ROOT, SAMPLES, invoke

sys.path.insert(0, str(ROOT / "sample_installs"))
import sampledesk_database as sdb  # noqa: E402

GENUINE = SAMPLES / "sampledesk-7.0.3-genuine"
B = BASELINES / "sampledesk"


def _copy(table: str, columns: list[str], rows: list[list[str]]) -> str:
    """A pg_dump COPY block (values already in COPY text form)."""
    body = "".join("\t".join(r) + "\n" for r in rows)
    return f"COPY public.{table} ({', '.join(columns)}) FROM stdin;\n{body}\\.\n"


def _dump(tmp_path: Path, *blocks: str, name: str = "d.sql") -> Path:
    head = "--\n-- PostgreSQL database dump\n--\n\n"
    tables = sdb.SCHEMA["postgresql"] + sdb.SCHEMA_POST      # the official schema: no drift of its own
    zzz = (GENUINE / "Kernel/Config/Files/ZZZAAuto.pm").read_bytes()
    deploy = _copy("sysconfig_deployment", ["id", "comments", "user_id", "effective_value"],
                   [["2", "deployed", "\\N", _copy_text(zzz)]])
    path = tmp_path / name
    path.write_text(head + tables + deploy + "".join(blocks))
    return path


def _copy_text(data: bytes) -> str:
    return data.decode().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _ws(name: str, yaml_text: str) -> str:
    return _copy("gi_webservice_config", ["id", "name", "config", "valid_id"],
                 [["1", name, _copy_text(yaml_text.encode()), "1"]])


def _pkg(content: bytes, name: str = "Evil") -> str:
    return _copy("package_repository", ["id", "name", "version", "vendor", "install_status", "content"],
                 [["1", name, "1.0.0", "x", "installed", base64.b64encode(content).decode()]])


def test_a_yaml_alias_bomb_in_a_web_service_row_is_a_finding_in_bounded_memory(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9))
    dump = _dump(tmp_path, _ws("Laughs", bomb))
    out = limited("audit", GENUINE, "-b", B, "--database", dump, "-f", "json")
    assert out.code == 1, out
    import json
    report = json.loads(out.stdout)
    problems = [f for f in report["findings"] if f["category"] == "config-unparsable"]
    assert len(problems) == 1 and "db:gi_webservice_config/Laughs" in problems[0]["evidence"]["file"]


def test_package_xml_with_entities_or_paths_out_of_the_tree_is_unreadable_not_followed(tmp_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE otrs_package [<!ENTITY a "aaaaaaaaaa">'
              + b"".join(b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9))
              + b"]><otrs_package version=\"1.0\"><Name>Evil</Name><Version>1.0.0</Version><Vendor>&j;</Vendor>"
              b"<Filelist><File Location=\"Kernel/E.pm\" Encode=\"Base64\">MQ==</File></Filelist></otrs_package>")
    escape = sdb.package_xml("Evil", "1.0.0", "x", {"../../../etc/cron.d/evil": b"* * * * * root sh\n"})
    for content, match in ((laughs, "refused package XML"), (escape, "not a relative path inside the installation"),
                           (b"\x00\x01 not xml", "not a package")):
        dump = _dump(tmp_path, _pkg(content), name=f"{match[:5]}.sql")
        _run, report = audit(GENUINE, B, "--database", dump, code=0)
        bad = [f for f in report["findings"] if f["category"] == "unreadable-database"]
        assert len(bad) == 1 and match in bad[0]["message"], bad
        assert report["database"]["packages"][0]["files"] == 0
    assert not Path("/etc/cron.d/evil").exists()


def test_damaged_truncated_and_foreign_dumps(tmp_path):
    good = _dump(tmp_path, _ws("Ok", "---\nDescription: x\n"))
    damaged = tmp_path / "damaged.sql.gz"
    data = bytearray(gzip.compress(good.read_bytes()))
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    expect_error("audit", GENUINE, "-b", B, "--database", damaged, match=r"damaged compressed dump|cannot read dump")
    garbage = tmp_path / "garbage.sql"
    garbage.write_bytes(os.urandom(20000).replace(b"\n", b" "))
    expect_error("audit", GENUINE, "-b", B, "--database", garbage, match=r"not a pg_dump or mysqldump SQL dump")
    truncated = tmp_path / "truncated.sql"
    truncated.write_text(good.read_text().rsplit("\\.\n", 1)[0])
    _run, report = audit(GENUINE, B, "--database", truncated, code=0)
    assert any("ends inside its COPY block" in p for p in report["database"]["problems"])
    assert any(f["category"] == "unreadable-database" for f in report["findings"])


def test_a_dump_that_is_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "d.sql"
    os.mkfifo(fifo)
    expect_error("audit", GENUINE, "-b", B, "--database", fifo, match=r"not a regular file")


def test_a_row_longer_than_the_limit_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    from auditor.database import dump as dump_mod
    monkeypatch.setattr(dump_mod, "LINE_LIMIT", 4096)
    dump = _dump(tmp_path, _ws("Huge", "---\nDescription: " + "x" * 10000 + "\n"), _ws("Small", "---\nx: 1\n"))
    _run, report = audit(GENUINE, B, "--database", dump, code=0)
    assert any("longer than 4096 bytes" in p for p in report["database"]["problems"])
    assert [w["name"] for w in report["database"]["webservices"]] == ["Small"]


def test_hostile_sql_literals_are_data(tmp_path):
    """mysqldump INSERTs whose strings hold quotes, backslashes, ';', SQL and 5000-digit numbers: parsed as
    literals (never run), or the INSERT is one unreadable-database finding."""
    head = "-- MariaDB dump 10.19\n\nCREATE TABLE `gi_webservice_config` (\n  `id` int(11) NOT NULL,\n" \
           "  `name` varchar(200) NOT NULL,\n  `config` longblob NOT NULL,\n  `valid_id` smallint(6) NOT NULL,\n" \
           "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
    yaml_text = "---\\nDescription: it''s \\\\ a; DROP TABLE ticket; --\\nRequester:\\n  Transport:\\n    Config:\\n" \
                "      Host: http://198.51.100.9/x\\n"
    rows = f"INSERT INTO `gi_webservice_config` VALUES\n(1,'Quotes','{yaml_text}',1),\n" \
           f"({'9' * 5000},'Digits','---\\nx: 1\\n',1);\n"
    path = tmp_path / "m.sql"
    path.write_text(head + rows)
    _run, report = audit(GENUINE, B, "--database", path, code=1)
    assert [w["name"] for w in report["database"]["webservices"]] == ["Digits", "Quotes"]
    hosts = {f["evidence"].get("host") for f in report["findings"] if f["category"] == "outbound-endpoint"}
    assert hosts == {"198.51.100.9"}


def test_the_password_of_a_dsn_never_reaches_an_error(tmp_path):
    for spec in ("postgresql://u:Sup3rS3cret@127.0.0.1:1/db", "mysql://u:Sup3rS3cret@127.0.0.1:1/db",
                 "postgresql://u:Sup3rS3cret@[::1/db"):
        run = check_run(invoke("audit", GENUINE, "-b", B, "--database", spec), 2)
        assert "Sup3rS3cret" not in run.stderr, run


@pytest.mark.parametrize("spec", ["auto"])
def test_auto_without_a_dsn_in_the_install_is_one_line(spec, tmp_path):
    import shutil
    tree = tmp_path / "t"
    shutil.copytree(GENUINE, tree, symlinks=True)
    config = tree / "Kernel/Config.pm"
    config.write_text("\n".join(line for line in config.read_text().splitlines() if "DatabaseDSN" not in line))
    expect_error("audit", tree, "-b", B, "--database", spec, match=r"--database auto: the install's DatabaseDSN is "
                                                                   r"still the template's")
