"""ssh:// targets against a real OpenSSH server (tests/sshserver.py): the remote tree read over SFTP gives the
local audit's report; host keys are checked; links are not followed, special files not opened; a lost
connection is one line and exit 2 (docs/targets.md, docs/security.md)."""

from __future__ import annotations

import json
import os
import shutil

import pytest

import sshserver
from conftest import BASELINES, SAMPLES, comparable, invoke


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from sshserver.start(tmp_path_factory.mktemp("ssh"))


@pytest.fixture
def client(server, tmp_path, monkeypatch):
    """The client's HOME (known_hosts with the server's key) and no agent of the user's."""
    home = server.client_home(tmp_path)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    return home


def _tree(tmp_path, sample="sampledesk-7.0.3-vendor"):
    tree = tmp_path / "remote" / sample
    shutil.copytree(SAMPLES / sample, tree, symlinks=True)
    return tree


@pytest.mark.parametrize("sample", ["sampledesk-6.0.3-as-7.0.3", "sampledesk-7.0.3-vendor"])
def test_a_remote_tree_gives_the_report_of_the_local_audit(server, client, tmp_path, sample):
    tree = _tree(tmp_path, sample)
    local = invoke("audit", tree, "-b", BASELINES, "-f", "json")
    remote = invoke("audit", server.url(tree), "-b", BASELINES, "-f", "json", "-i", server.client_key)
    assert remote.code == local.code == 1, remote
    got, want = remote.json(), local.json()
    assert got["target"]["kind"] == "ssh" and got["target"]["path"] == server.url(tree)
    assert comparable(got) == comparable(want)
    assert got["findings"], "the samples have findings: the comparison is not of two empty reports"


def test_an_unknown_host_key_is_refused_unless_accepted_and_a_changed_one_always(server, tmp_path, monkeypatch):
    tree = _tree(tmp_path)
    home = server.client_home(tmp_path, known=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    run = invoke("audit", server.url(tree), "-b", BASELINES, "-i", server.client_key)
    assert run.code == 2 and "unknown host key" in run.stderr and len(run.stderr.strip().splitlines()) == 1, run
    run = invoke("audit", server.url(tree), "-b", BASELINES, "-i", server.client_key, "--accept-new-host-key",
                 "-f", "json")
    assert run.code == 1, run
    recorded = (home / ".ssh" / "known_hosts").read_text()
    assert server.host_key_pub.split()[1] in recorded
    # known_hosts now says another key for this host: refused, with or without --accept-new-host-key
    other = tmp_path / "other_key"
    sshserver._keygen(other)
    fake = (other.with_suffix(".pub")).read_text().split()
    (home / ".ssh" / "known_hosts").write_text(f"[127.0.0.1]:{server.port} {fake[0]} {fake[1]}\n")
    for extra in ((), ("--accept-new-host-key",)):
        run = invoke("audit", server.url(tree), "-b", BASELINES, "-i", server.client_key, *extra)
        assert run.code == 2 and "host key differs" in run.stderr, run


def test_links_are_recorded_not_followed_and_special_files_never_opened(server, client, tmp_path):
    tree = _tree(tmp_path, "sampledesk-7.0.3-genuine")
    (tree / "var/tmp").mkdir(parents=True, exist_ok=True)
    os.symlink("/etc/passwd", tree / "Kernel/System/Passwd.pm")
    os.mkfifo(tree / "var/tmp/pipe")
    os.mkfifo(tree / "Kernel/System/Pipe.pm")        # where nothing is ignored
    run = invoke("audit", server.url(tree), "-b", BASELINES, "-f", "json", "-i", server.client_key)
    assert run.code in (0, 1), run
    report = run.json()
    link = [f for f in report["findings"] if f["path"] == "Kernel/System/Passwd.pm"]
    assert link and all("/etc/passwd" in json.dumps(f["evidence"]) or "/etc/passwd" in f["message"] for f in link)
    assert "root:" not in json.dumps(report)
    pipe = [f for f in report["findings"] if f["path"] == "Kernel/System/Pipe.pm"]
    assert pipe and "fifo" in json.dumps(pipe)
    local = invoke("audit", tree, "-b", BASELINES, "-f", "json")
    assert comparable(report) == comparable(local.json())


def test_a_connection_lost_during_the_scan_is_one_line_and_no_report(server, client, tmp_path, monkeypatch):
    from auditor.target import ssh
    tree = _tree(tmp_path)
    opened = []
    real_open = ssh.SSHTarget.open

    def dropping(self, member):
        opened.append(member.path)
        if len(opened) == 20:
            self.client.get_transport().close()
        return real_open(self, member)

    monkeypatch.setattr(ssh.SSHTarget, "open", dropping)
    out = tmp_path / "r.json"
    run = invoke("audit", server.url(tree), "-b", BASELINES, "-f", "json", "-o", out, "-i", server.client_key)
    assert run.code == 2, run
    assert "connection lost" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("url,match", [
    ("ssh://127.0.0.1:99999/opt/x", "port"),
    ("ssh://u:secret@127.0.0.1/opt/x", "password in the URL is refused"),
    ("ssh://127.0.0.1/", None),
    ("ssh:///opt/x", "expected ssh://"),
    ("ssh://u@127.0.0.1:1/opt/x", "cannot connect"),
])
def test_bad_ssh_urls_are_one_line(client, url, match):
    run = invoke("audit", url, "-b", BASELINES)
    assert run.code == 2 and len(run.stderr.strip().splitlines()) == 1, run
    assert "secret" not in run.stderr
    if match:
        assert match in run.stderr, run


def test_a_server_that_allows_two_sessions_gets_two_channels_and_the_same_report(tmp_path_factory, tmp_path,
                                                                                 monkeypatch):
    """A hardened sshd (MaxSessions 2) refuses the third channel: the files are read through the channels
    it grants, nothing is reported unreadable, and paramiko's own complaints do not reach stderr."""
    servers = sshserver.start(tmp_path_factory.mktemp("ssh2"), max_sessions=2)
    small = next(servers)
    try:
        monkeypatch.setenv("HOME", str(small.client_home(tmp_path)))
        monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
        tree = _tree(tmp_path)
        remote = invoke("audit", small.url(tree), "-b", BASELINES, "-f", "json", "-i", small.client_key)
        local = invoke("audit", tree, "-b", BASELINES, "-f", "json")
        assert remote.code == 1 and remote.stderr == "", remote
        assert comparable(remote.json()) == comparable(local.json())
    finally:
        servers.close()


@pytest.fixture(scope="module", params=["postgresql", "mariadb"])
def db(request):
    import dbservers
    yield from dbservers.start(request.param)


def test_database_auto_is_reached_through_the_ssh_connection(server, client, db, tmp_path):
    """--database auto on an ssh:// target: the install's Kernel/Config.pm names its database as the
    server sees it (127.0.0.1 there); auditor reaches it through the same SSH connection (a private unix
    socket here, a direct-tcpip channel there) and reads what the local audit reads."""
    import sys

    import dbservers
    from conftest import ROOT
    sys.path.insert(0, str(ROOT / "sample_installs"))
    import sampledesk_database as sdb
    engine = "postgresql" if db.engine == "postgresql" else "mysql"
    db.load(sdb.genuine(engine, SAMPLES / "sampledesk-7.0.3-genuine"))
    tree = _tree(tmp_path, "sampledesk-7.0.3-genuine")
    config = tree / "Kernel/Config.pm"
    driver = "Pg" if engine == "postgresql" else "mysql"
    key = "dbname" if engine == "postgresql" else "database"
    config.write_text(config.read_text().replace("'sampledesk';", f"'{dbservers.DATABASE}';", 1).replace(
        "$Self->{'DatabaseUser'} = 'sampledesk';", f"$Self->{{'DatabaseUser'}} = '{dbservers.USER}';").replace(
        "$Self->{'DatabasePw'} = 'Xq7-pR2w-db';", f"$Self->{{'DatabasePw'}} = '{dbservers.PASSWORD}';").replace(
        '"DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};"',
        f'"DBI:{driver}:{key}=$Self->{{Database}};host=$Self->{{DatabaseHost}};port={db.port};"'))
    remote = invoke("audit", server.url(tree), "-b", BASELINES / "sampledesk", "--database", "auto", "-f", "json",
                    "-i", server.client_key)
    local = invoke("audit", tree, "-b", BASELINES / "sampledesk", "--database", "auto", "-f", "json")
    assert remote.code == local.code == 0, remote
    got, want = remote.json()["database"], local.json()["database"]
    assert got["source"] == want["source"] + " (through the ssh:// connection)"
    got.pop("source"), want.pop("source")
    assert got == want and got["deployment"]["same"] is True
    assert dbservers.PASSWORD not in remote.stdout + remote.stderr
