"""SampleDesk's database, laid out the way OTRS / Znuny keep theirs (scripts/database/*.sql of a real
release): the tables auditor reads with ``--database`` (web services, installed packages, SysConfig
deployments) and two that hold a helpdesk's data (tickets, article bodies), for PostgreSQL and MySQL /
MariaDB. Used by the tests to load real servers, and to write the shipped dump of the README tour.

Nothing here is copied from OTRS: the column names and meanings follow the documented schema
(gi_webservice_config.config is the web service's YAML; package_repository.content the whole .opm,
Base64 on PostgreSQL where the product's driver has no direct blobs; sysconfig_deployment.effective_value
the text of Kernel/Config/Files/ZZZAAuto.pm, the last global deployment being the highest id with user_id
NULL)."""

from __future__ import annotations

import base64
from pathlib import Path

SCHEMA = {
    "postgresql": """
CREATE TABLE gi_webservice_config (
    id serial NOT NULL, name VARCHAR (200) NOT NULL, config TEXT NOT NULL, valid_id SMALLINT NOT NULL,
    create_time timestamp(0) NOT NULL, create_by INTEGER NOT NULL, change_time timestamp(0) NOT NULL,
    change_by INTEGER NOT NULL, PRIMARY KEY(id), CONSTRAINT gi_webservice_config_name UNIQUE (name));
CREATE TABLE package_repository (
    id serial NOT NULL, name VARCHAR (200) NOT NULL, version VARCHAR (250) NOT NULL, vendor VARCHAR (250) NOT NULL,
    install_status VARCHAR (250) NOT NULL, filename VARCHAR (250) NULL, content_type VARCHAR (250) NULL,
    content TEXT NOT NULL, create_time timestamp(0) NOT NULL, create_by INTEGER NOT NULL,
    change_time timestamp(0) NOT NULL, change_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE sysconfig_deployment (
    id serial NOT NULL, comments VARCHAR (250) NULL, user_id INTEGER NULL, effective_value TEXT NOT NULL,
    create_time timestamp(0) NOT NULL, create_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE ticket (
    id bigserial NOT NULL, tn VARCHAR (50) NOT NULL, title VARCHAR (255) NULL, create_time timestamp(0) NOT NULL,
    PRIMARY KEY(id));
CREATE TABLE article_data_mime_plain (
    id bigserial NOT NULL, article_id BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(id));
CREATE TABLE users (
    id serial NOT NULL, login VARCHAR (200) NOT NULL, pw VARCHAR (128) NOT NULL, valid_id SMALLINT NOT NULL,
    PRIMARY KEY(id), CONSTRAINT users_login UNIQUE (login));
CREATE TABLE sysconfig_modified (
    id serial NOT NULL, name VARCHAR (250) NOT NULL, user_id INTEGER NULL, effective_value TEXT NOT NULL,
    is_dirty SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE permission_groups (
    id serial NOT NULL, name VARCHAR (200) NOT NULL, valid_id SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE group_user (
    user_id INTEGER NOT NULL, group_id INTEGER NOT NULL, permission_key VARCHAR (20) NOT NULL);
CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL, preferences_key VARCHAR (150) NOT NULL, preferences_value TEXT NULL);
""",
    "mysql": """
CREATE TABLE gi_webservice_config (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (200) NOT NULL, config LONGBLOB NOT NULL,
    valid_id SMALLINT NOT NULL, create_time DATETIME NOT NULL, create_by INTEGER NOT NULL,
    change_time DATETIME NOT NULL, change_by INTEGER NOT NULL, PRIMARY KEY(id),
    UNIQUE INDEX gi_webservice_config_name (name));
CREATE TABLE package_repository (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (200) NOT NULL, version VARCHAR (250) NOT NULL,
    vendor VARCHAR (250) NOT NULL, install_status VARCHAR (250) NOT NULL, filename VARCHAR (250) NULL,
    content_type VARCHAR (250) NULL, content LONGBLOB NOT NULL, create_time DATETIME NOT NULL,
    create_by INTEGER NOT NULL, change_time DATETIME NOT NULL, change_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE sysconfig_deployment (
    id INTEGER NOT NULL AUTO_INCREMENT, comments VARCHAR (250) NULL, user_id INTEGER NULL,
    effective_value LONGBLOB NOT NULL, create_time DATETIME NOT NULL, create_by INTEGER NOT NULL, PRIMARY KEY(id));
CREATE TABLE ticket (
    id BIGINT NOT NULL AUTO_INCREMENT, tn VARCHAR (50) NOT NULL, title VARCHAR (255) NULL,
    create_time DATETIME NOT NULL, PRIMARY KEY(id));
CREATE TABLE article_data_mime_plain (
    id BIGINT NOT NULL AUTO_INCREMENT, article_id BIGINT NOT NULL, body LONGBLOB NOT NULL, PRIMARY KEY(id));
CREATE TABLE users (
    id INTEGER NOT NULL AUTO_INCREMENT, login VARCHAR (200) NOT NULL, pw VARCHAR (128) NOT NULL,
    valid_id SMALLINT NOT NULL, PRIMARY KEY(id), UNIQUE INDEX users_login (login));
CREATE TABLE sysconfig_modified (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (250) NOT NULL, user_id INTEGER NULL,
    effective_value LONGBLOB NOT NULL, is_dirty SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE permission_groups (
    id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR (200) NOT NULL, valid_id SMALLINT NOT NULL, PRIMARY KEY(id));
CREATE TABLE group_user (
    user_id INTEGER NOT NULL, group_id INTEGER NOT NULL, permission_key VARCHAR (20) NOT NULL);
CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL, preferences_key VARCHAR (150) NOT NULL, preferences_value LONGBLOB NULL);
""",
}

#: the administrator every release creates, with the initial password hash it ships (SampleDesk's own value)
INITIAL_LOGIN, INITIAL_HASH = "root@localhost", "sdQ4e1InitialHash"
#: what the installer leaves instead
INSTALLED_HASH = "{SHA256}b0f3a1c5d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6"


def initial_insert() -> str:
    """The release's initial data file (scripts/database/initial_insert.<engine>.sql): the administrator."""
    return ("INSERT INTO users (login, pw, valid_id)\n    VALUES\n"
            f"    ('{INITIAL_LOGIN}', '{INITIAL_HASH}', 1);\n")

#: what the release's schema-post file adds once the tables exist: the foreign keys (the same in both engines)
SCHEMA_POST = "ALTER TABLE article_data_mime_plain ADD CONSTRAINT FK_article_ticket FOREIGN KEY (article_id) " \
              "REFERENCES ticket (id);\n"

NOW = "'2018-09-20 10:00:00'"


def literal(engine: str, value: str | bytes | None) -> str:
    """A SQL string literal of ``value`` for the engine (the standard quoting; MySQL also escapes
    backslashes)."""
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        if engine == "mysql":
            return "X'" + value.hex() + "'"
        value = value.decode("utf-8")
    if engine == "mysql":
        value = value.replace("\\", "\\\\")
    return "'" + value.replace("'", "''") + "'"


def package_xml(name: str, version: str, vendor: str, files: dict[str, bytes], framework: str = "7.0.x") -> bytes:
    """A built package (.opm): each file Base64 inside it, as the package manager stores it."""
    entries = "\n".join(f'        <File Location="{loc}" Permission="660" Encode="Base64">'
                        f'{base64.b64encode(data).decode()}</File>' for loc, data in files.items())
    return (f'<?xml version="1.0" encoding="utf-8" ?>\n<otrs_package version="1.0">\n    <Name>{name}</Name>\n'
            f'    <Version>{version}</Version>\n    <Framework>{framework}</Framework>\n    <Vendor>{vendor}</Vendor>\n'
            f'    <URL>https://example.org/</URL>\n    <Filelist>\n{entries}\n    </Filelist>\n'
            f'</otrs_package>\n').encode()


def deployment(engine: str, text: bytes, ident: int | None = None) -> str:
    cols = "comments, user_id, effective_value, create_time, create_by"
    values = f"'deployed', NULL, {literal(engine, text)}, {NOW}, 1"
    if ident is not None:
        cols, values = "id, " + cols, f"{ident}, " + values
    return f"INSERT INTO sysconfig_deployment ({cols}) VALUES ({values});\n"


def webservice(engine: str, name: str, yaml_text: str, valid: bool = True) -> str:
    return (f"INSERT INTO gi_webservice_config (name, config, valid_id, create_time, create_by, change_time, "
            f"change_by) VALUES ({literal(engine, name)}, {literal(engine, yaml_text)}, {1 if valid else 2}, "
            f"{NOW}, 1, {NOW}, 1);\n")


def package(engine: str, name: str, version: str, vendor: str, opm: bytes, status: str = "installed") -> str:
    content = base64.b64encode(opm).decode() if engine == "postgresql" else opm
    return (f"INSERT INTO package_repository (name, version, vendor, install_status, filename, content_type, content, "
            f"create_time, create_by, change_time, change_by) VALUES ({literal(engine, name)}, "
            f"{literal(engine, version)}, {literal(engine, vendor)}, {literal(engine, status)}, "
            f"{literal(engine, name + '-' + version + '.opm')}, 'application/octet-stream', "
            f"{literal(engine, content)}, {NOW}, 1, {NOW}, 1);\n")


def pending_setting(engine: str, name: str, value: str, user_id: int | None = None) -> str:
    """A setting saved in the administration interface and not deployed yet (is_dirty = 1)."""
    return (f"INSERT INTO sysconfig_modified (name, user_id, effective_value, is_dirty) VALUES ({literal(engine, name)}, "
            f"{'NULL' if user_id is None else user_id}, {literal(engine, value)}, 1);\n")


def helpdesk_data(engine: str, tickets: int = 3) -> str:
    out = []
    for i in range(1, tickets + 1):
        out.append(f"INSERT INTO ticket (tn, title, create_time) VALUES ('2018092010{i:06d}', "
                   f"{literal(engine, f'Printer {i} on floor 2 jams')}, {NOW});\n")
        out.append(f"INSERT INTO article_data_mime_plain (article_id, body) VALUES ({i}, "
                   f"{literal(engine, f'Hello, the printer {i} jams again. Regards')});\n")
    return "".join(out)


def genuine(engine: str, tree: Path) -> str:
    """A genuine install's database: the schema, the deployment that wrote the tree's ZZZAAuto.pm, and a
    few tickets."""
    zzz = (Path(tree) / "Kernel/Config/Files/ZZZAAuto.pm").read_bytes()
    return SCHEMA[engine] + deployment(engine, b"# an earlier deployment\n", 1) + deployment(engine, zzz, 2) + \
        helpdesk_data(engine) + SCHEMA_POST + people()


#: the agents of the sample helpdesk: (id, login, member of admin (rw), second-factor secret)
AGENTS = ((1, INITIAL_LOGIN, True, "JBSWY3DPEHPK3PXP"), (2, "jdoe", False, "KRSXG5CTMVRXEZLU"))


def people() -> str:
    """Its agents, the admin group, and each agent's second-factor secret (the sample turns 2FA on)."""
    out = ["INSERT INTO permission_groups (name, valid_id) VALUES ('users', 1);\n",
           "INSERT INTO permission_groups (name, valid_id) VALUES ('admin', 1);\n"]
    for uid, login, admin, secret in AGENTS:
        pw = INSTALLED_HASH if login == INITIAL_LOGIN else "{SHA256}" + "ab" * 32
        out.append(f"INSERT INTO users (id, login, pw, valid_id) VALUES ({uid}, '{login}', '{pw}', 1);\n")
        out.append(f"INSERT INTO group_user (user_id, group_id, permission_key) VALUES ({uid}, 1, 'rw');\n")
        if admin:
            out.append(f"INSERT INTO group_user (user_id, group_id, permission_key) VALUES ({uid}, 2, 'rw');\n")
        out.append(f"INSERT INTO user_preferences (user_id, preferences_key, preferences_value) VALUES ({uid}, "
                   f"'UserGoogleAuthenticatorSecretKey', '{secret}');\n")
    return "".join(out)


#: the vendor package installs the ticket push invoker its web service calls (the added file of the sample)
VENDOR_PACKAGE_FILES = ("Kernel/GenericInterface/Invoker/VendorSync/TicketPush.pm",)


def vendor(engine: str, tree: Path) -> str:
    """The vendor sample's database: its ticket push web service (the export in var/webservices is this
    row), a vendor package, and the genuine rest."""
    tree = Path(tree)
    sync = (tree / "var/webservices/TicketSync.yml").read_text()
    return genuine(engine, tree) + webservice(engine, "TicketSync", sync) + \
        package(engine, "VendorTools", "1.2.0", "HDS Helpdesk Services",
                package_xml("VendorTools", "1.2.0", "HDS Helpdesk Services",
                            {p: (tree / p).read_bytes() for p in VENDOR_PACKAGE_FILES}))
