"""A remote tree read over SSH (SFTP): ``ssh://USER@HOST[:PORT]/path``.

Nothing runs on the remote host: the tree is listed and read through the SFTP subsystem (paramiko), and
every digest is computed here. The server is identified by its host key, checked against the user's
``~/.ssh/known_hosts`` (an unknown key is refused unless ``--accept-new-host-key``, which then records
it, as OpenSSH's ``StrictHostKeyChecking=accept-new``; a changed key is always refused). Keys come from
the SSH agent or ``--identity``.

Members are listed with the server's lstat (SFTP READDIR): a symbolic link is recorded with its target
and never followed, FIFOs, sockets and devices are recorded by type and never opened. A file is opened
only when it was listed as a regular file, and what was opened is checked against the listing with the
handle's own fstat (type, size, modification time, owner) before it is read: SFTP cannot open without
following a link, so a file swapped for a link or a FIFO after the listing is reported, not read (the
residual race is documented in docs/security.md). Every request has a timeout; a connection lost during
the scan fails the audit with one line, never a partial report.
"""

from __future__ import annotations

import logging
import os
import posixpath
import queue
import select
import shutil
import socket
import stat
import tempfile
import threading
from typing import BinaryIO, Iterator
from urllib.parse import unquote, urlsplit

import paramiko

from auditor import deadline
from auditor.errors import AuditorError
from auditor.paths import is_safe_relative
from auditor.target.base import Member, Target
from auditor.target.beneath import type_of

# paramiko logs refused channels and lost connections itself: auditor reports them, in one line
logging.getLogger("paramiko").addHandler(logging.NullHandler())
logging.getLogger("paramiko").propagate = False

#: what a lost or broken connection raises in paramiko
_LOST = (OSError, EOFError, paramiko.SSHException)
#: seconds any one SFTP request may take (a FIFO swapped in on the server blocks there, not here)
TIMEOUT = 30.0
#: concurrent SFTP channels reading files (OpenSSH allows 10 sessions per connection by default; a server
#: that allows fewer gets fewer: the channels it refuses are not retried)
CHANNELS = 10
PATH_MAX = 4096
#: files larger than this are read with many requests in flight; smaller ones in one or two requests
PREFETCH_FROM = 256 * 1024


class SSHOptions:
    def __init__(self, identity: str | None = None, accept_new_host_key: bool = False):
        self.identity = identity
        self.accept_new_host_key = accept_new_host_key


def parse_url(url: str) -> tuple[str | None, str, int, str]:
    """(user, host, port, absolute path) of an ssh:// URL; one clear error for anything else."""
    parts = urlsplit(url)
    if parts.scheme != "ssh" or not parts.hostname:
        raise AuditorError(f"{url}: expected ssh://USER@HOST[:PORT]/PATH")
    if parts.password is not None:
        raise AuditorError("ssh:// URL: a password in the URL is refused (use the SSH agent or --identity)")
    try:
        port = parts.port or 22
    except ValueError:
        raise AuditorError(f"{url}: the port is not a number") from None
    path = unquote(parts.path or "")
    if not path.startswith("/") or "\0" in path:
        raise AuditorError(f"{url}: give the tree's absolute path on the host (ssh://USER@HOST/opt/otrs)")
    return (unquote(parts.username) if parts.username else None), parts.hostname, port, posixpath.normpath(path)


class _AcceptNew:
    """paramiko host key policy of ``--accept-new-host-key``: an unknown host's key is recorded in
    known_hosts and accepted (a changed key never reaches a policy: paramiko refuses it)."""

    def __init__(self, path: str):
        self.path = path

    def missing_host_key(self, client, hostname, key):
        client.get_host_keys().add(hostname, key.get_name(), key)
        try:
            os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
            client.save_host_keys(self.path)
        except OSError:
            pass


class SSHTarget(Target):
    kind = "ssh"
    parallel = True
    #: hashed by threads, each with its own SFTP channel (a forked process cannot share the connection)
    threads_only = True
    #: with TCP_NODELAY the reads are bound by paramiko's Python (about 1.4 ms of CPU per file), not by
    #: round trips: four threads do as well as ten (measured on a 5,261-file OTRS tree over loopback)
    hash_threads = 4

    def __init__(self, url: str, root: str | None = None, options: SSHOptions | None = None):
        super().__init__(url, root)
        if root and not is_safe_relative(root.strip("/")):
            raise AuditorError(f"--root {root!r}: must be a relative path inside the target (no '..')")
        options = options or SSHOptions()
        self.user, self.host, self.port, base = parse_url(url)
        self.base = posixpath.join(base, self.root) if self.root else base
        self.client = paramiko.SSHClient()
        known = os.path.expanduser("~/.ssh/known_hosts")
        if os.path.lexists(known):
            try:
                regular = stat.S_ISREG(os.stat(known).st_mode)
            except OSError as exc:
                raise AuditorError(f"{known}: cannot be read ({exc.strerror or exc})") from None
            if not regular:      # paramiko would block on a FIFO there
                raise AuditorError(f"{known}: not a regular file (a FIFO, socket or device is never read)")
            try:
                self.client.load_host_keys(known)
            except (OSError, paramiko.SSHException) as exc:
                raise AuditorError(f"{known}: cannot be read ({exc})") from None
        self.client.set_missing_host_key_policy(_AcceptNew(known) if options.accept_new_host_key
                                                else paramiko.RejectPolicy())
        where = f"{self.host}:{self.port}"
        try:
            self.client.connect(self.host, self.port, username=self.user, key_filename=options.identity,
                                timeout=TIMEOUT, banner_timeout=TIMEOUT, auth_timeout=TIMEOUT,
                                allow_agent=True, look_for_keys=options.identity is None)
        except paramiko.BadHostKeyException:
            raise AuditorError(f"ssh://{where}: the host key differs from the one known_hosts records "
                               f"(refused: a changed key is never accepted)") from None
        except paramiko.SSHException as exc:
            if "not found in known_hosts" in str(exc):
                raise AuditorError(f"ssh://{where}: unknown host key (not in {known}); check its fingerprint and "
                                   f"give --accept-new-host-key to record it") from None
            raise AuditorError(f"ssh://{where}: {exc}") from None
        except (OSError, EOFError) as exc:
            raise AuditorError(f"ssh://{where}: cannot connect: {getattr(exc, 'strerror', None) or exc}") from None
        try:    # many small requests and answers: no Nagle delay on them
            self.client.get_transport().sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (OSError, AttributeError):
            pass
        self._free: queue.Queue = queue.Queue()
        self._clients: list = []
        self._opened = 0
        self._refused = False
        self._tunnels: list = []
        self._lock = threading.Lock()
        try:
            sftp = self.sftp()
            try:
                st = sftp.stat(self.base)
            finally:
                self.release(sftp)
        except _LOST as exc:
            self.close()
            raise AuditorError(f"{url}: {self.base}: {getattr(exc, 'strerror', None) or exc}") from None
        if not stat.S_ISDIR(st.st_mode or 0):
            self.close()
            raise AuditorError(f"{url}: {self.base} is not a directory")

    @property
    def source_name(self) -> str:
        return f"ssh://{self.host}{self.base}"

    def sftp(self):
        """An SFTP channel of the connection for one request or one file: borrowed from the pool (at most
        CHANNELS; fewer when the server allows fewer sessions: a channel the server refuses is not
        retried), given back with ``release``. Requests of several threads are in flight at once."""
        with self._lock:
            try:
                return self._free.get_nowait()
            except queue.Empty:
                pass
            opening = self._opened < CHANNELS and not self._refused
            if opening:
                self._opened += 1
        if opening:
            try:
                client = self.client.open_sftp()
                client.get_channel().settimeout(TIMEOUT)
            except _LOST as exc:
                with self._lock:
                    self._opened -= 1
                    self._refused = True
                    if self._opened == 0:
                        raise OSError(f"the server opens no SFTP channel: {exc}") from None
            else:
                with self._lock:
                    self._clients.append(client)
                return client
        try:
            return self._free.get(timeout=TIMEOUT * 2)
        except queue.Empty:
            raise OSError("no SFTP channel became free") from None

    def release(self, client) -> None:
        self._free.put(client)

    def _remote(self, rel: str) -> str:
        return posixpath.join(self.base, rel) if rel else self.base

    def members(self) -> Iterator[Member]:
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            deadline.check()
            try:
                sftp = self.sftp()
                try:
                    entries = sorted(sftp.listdir_attr(self._remote(rel_dir)), key=lambda a: a.filename)
                finally:
                    self.release(sftp)
            except _LOST as exc:
                if not self.client.get_transport() or not self.client.get_transport().is_active():
                    raise AuditorError(f"ssh://{self.host}:{self.port}: connection lost during the scan") from None
                yield Member(rel_dir + "/" if rel_dir else "./", "other",
                             error=f"cannot list: {getattr(exc, 'strerror', None) or exc}")
                continue
            subdirs = []
            for a in entries:
                name = a.filename
                rel = f"{rel_dir}/{name}" if rel_dir else name
                if name in ("", ".", "..") or "/" in name or "\0" in name or len(rel) > PATH_MAX:
                    yield Member(rel.replace("/", "\\x2f") if "/" in name else rel, "other", problem="unsafe-path",
                                 error=f"the server listed the name {name[:80]!r} (never read)")
                    continue
                mode = a.st_mode or 0
                perm = stat.S_IMODE(mode)
                sig = (a.st_size, a.st_mtime, a.st_uid, a.st_gid)
                if stat.S_ISDIR(mode):
                    yield Member(rel, "dir", perm)
                    subdirs.append(rel)
                elif stat.S_ISREG(mode):
                    yield Member(rel, "file", perm, a.st_size, ref=sig)
                elif stat.S_ISLNK(mode):
                    try:
                        sftp = self.sftp()
                        try:
                            link = sftp.readlink(self._remote(rel)) or ""
                        finally:
                            self.release(sftp)
                    except _LOST as exc:
                        yield Member(rel, "symlink", perm, target="", error=f"cannot read the link: {exc}")
                        continue
                    yield Member(rel, "symlink", perm, target=link)
                else:      # recorded by type, never opened (as a directory target records it)
                    yield Member(rel, type_of(mode), perm)
            stack.extend(reversed(subdirs))

    def open(self, member: Member) -> BinaryIO:
        if member.type != "file":
            raise OSError(f"not a regular file ({member.type})")
        sftp = self.sftp()
        try:
            fh = sftp.open(self._remote(member.path), "rb")
        except _LOST as exc:
            self.release(sftp)
            raise OSError(getattr(exc, "strerror", None) or str(exc)) from None
        except BaseException:
            self.release(sftp)
            raise
        try:
            st = fh.stat()
            listed = member.ref
            now = (st.st_size, st.st_mtime, st.st_uid, st.st_gid)
            if not stat.S_ISREG(st.st_mode or 0) or (listed is not None and now != listed):
                raise OSError("changed since it was listed, or a link or special file was put in its place: "
                              "not read")
            if st.st_size > PREFETCH_FROM:
                fh.prefetch(st.st_size)     # many read requests in flight (paramiko starts a thread for it)
            return _Bounded(fh, st.st_size, lambda: self.release(sftp))
        except _LOST as exc:
            _quiet_close(fh)
            self.release(sftp)
            raise OSError(getattr(exc, "strerror", None) or str(exc)) from None
        except BaseException:
            _quiet_close(fh)
            self.release(sftp)
            raise

    def hash_stat(self, member: Member, keep: int) -> tuple:
        return (*self.hash_keep(member, keep), None)

    def tunnel(self, host: str, port: int, name: str) -> str:
        """A unix socket (``name`` in a private directory, mode 0700: no other local user can use it) whose
        connections reach ``host:port`` as the server sees it, through this SSH connection (a direct-tcpip
        channel per connection, as ``ssh -L``). Closed with the target."""
        directory = tempfile.mkdtemp(prefix="auditor-tunnel-")
        path = os.path.join(directory, name)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(path)
        listener.listen(4)
        self._tunnels.append((listener, directory))
        transport = self.client.get_transport()

        def serve():
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                try:
                    chan = transport.open_channel("direct-tcpip", (host, port), ("127.0.0.1", 0), timeout=TIMEOUT)
                except _LOST:
                    conn.close()
                    continue
                threading.Thread(target=_pump, args=(conn, chan), daemon=True).start()
        threading.Thread(target=serve, name="ssh-tunnel", daemon=True).start()
        return path

    def assert_connected(self) -> None:
        """After the scan: a connection lost on the way fails the audit (one line, exit 2), never a report
        with the rest of the files called unreadable."""
        transport = self.client.get_transport()
        if transport is None or not transport.is_active():
            raise AuditorError(f"ssh://{self.host}:{self.port}: connection lost during the scan; nothing reported")

    def close(self) -> None:
        for listener, directory in getattr(self, "_tunnels", []):
            listener.close()
            shutil.rmtree(directory, ignore_errors=True)
        for c in getattr(self, "_clients", []):
            try:
                c.close()
            except _LOST:   # closing a lost connection
                pass
        self.client.close()

    def label(self) -> str:
        return self.path + (f" (root {self.root})" if self.root else "")


class _Bounded:
    """A remote file read up to the size its fstat gave (a file that grows is not read forever)."""

    def __init__(self, fh, size: int, done):
        self.fh, self.left, self.done = fh, size, done

    def read(self, n: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        n = self.left if n is None or n < 0 else min(n, self.left)
        try:
            data = self.fh.read(n)
        except _LOST as exc:
            raise OSError(f"connection lost while reading: {exc}") from None
        self.left -= len(data)
        return data

    def readinto(self, buf) -> int:
        data = self.read(len(buf))
        buf[:len(data)] = data
        return len(data)

    def close(self) -> None:
        if self.done is not None:
            _quiet_close(self.fh)
            self.done()             # the channel back to the pool
            self.done = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _pump(conn, chan) -> None:
    """Bytes both ways between a local connection and an SSH channel until either side closes."""
    try:
        while True:
            ready, _, _ = select.select([conn, chan], [], [], TIMEOUT * 10)
            if not ready:
                return
            for src, dst in ((conn, chan), (chan, conn)):
                if src in ready:
                    data = src.recv(1 << 16)
                    if not data:
                        return
                    dst.sendall(data)
    except (OSError, EOFError, paramiko.SSHException):
        return
    finally:
        conn.close()
        chan.close()


def _quiet_close(fh) -> None:
    try:
        fh.close()
    except _LOST:       # closing on a lost connection
        pass
