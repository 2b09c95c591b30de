"""A private OpenSSH server for the tests of ssh:// targets: /usr/sbin/sshd run in the foreground (-D) on
127.0.0.1 with its own host key, configuration and authorized key in a temporary directory, the SFTP
subsystem in-process (internal-sftp), password logins off. Stopped at the end of the module that starts it.
The client side gets its own HOME (known_hosts, no keys of the user's) and the key to log in with."""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

import servers

SSHD = "/usr/sbin/sshd"


def _keygen(path: Path) -> None:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "auditor-test", "-f", str(path)],
                   check=True, capture_output=True)


@dataclass
class Server:
    home: Path
    port: int
    user: str
    client_key: Path
    host_key_pub: str
    proc: subprocess.Popen

    def url(self, path: Path | str) -> str:
        return f"ssh://{self.user}@127.0.0.1:{self.port}{path}"

    def known_hosts_line(self) -> str:
        return f"[127.0.0.1]:{self.port} {self.host_key_pub}\n"

    def client_home(self, tmp: Path, known: bool = True) -> Path:
        """A HOME for the client: ~/.ssh/known_hosts with this server's key (or none)."""
        home = tmp / "client-home"
        (home / ".ssh").mkdir(parents=True, exist_ok=True, mode=0o700)
        kh = home / ".ssh" / "known_hosts"
        if known:
            kh.write_text(self.known_hosts_line())
        elif kh.exists():
            kh.unlink()
        return home


def start(tmp: Path, max_sessions: int = 16):
    """Generator for a fixture: the running server, stopped afterwards."""
    if not os.path.exists(SSHD) or shutil.which("ssh-keygen") is None:
        pytest.skip("openssh-server is not installed (.ci/run installs it)")
    home = tmp / "sshd"
    home.mkdir(mode=0o700)
    _keygen(home / "host_key")
    _keygen(home / "client_key")
    (home / "authorized_keys").write_text((home / "client_key.pub").read_text())
    os.chmod(home / "authorized_keys", 0o600)
    port = servers.free_port()
    user = getpass.getuser()
    config = home / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {home / 'host_key'}\nPidFile {home / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {home / 'authorized_keys'}\nPasswordAuthentication no\n"
        f"KbdInteractiveAuthentication no\nPubkeyAuthentication yes\nStrictModes no\nUsePAM no\n"
        f"PermitRootLogin prohibit-password\nSubsystem sftp internal-sftp\nMaxSessions {max_sessions}\nLogLevel ERROR\n")
    if os.geteuid() == 0:
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)    # sshd's privilege separation directory
    with servers.running([SSHD, "-D", "-e", "-f", str(config)], home / "sshd.log", port, "sshd") as proc:
        host_pub = (home / "host_key.pub").read_text().split()
        yield Server(home, port, user, home / "client_key", f"{host_pub[0]} {host_pub[1]}", proc)
