"""Hostile remote targets (docs/targets.md): a registry that lies (a hostile HTTP server written for these
cases, on 127.0.0.1), and the client-side files a remote target reads (known_hosts, the docker
configuration) made special. Each case is one line and exit 2, never a hang or a traceback. The real-server
cases (a blob flipped in a real registry's storage, links and FIFOs on a real sshd, a dropped connection)
are in tests/test_registry.py and tests/test_ssh.py."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import threading

import pytest

from .helpers import expect_error
from conftest import BASELINES

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@pytest.fixture
def hostile_registry(tmp_path, monkeypatch):
    """routes: path -> (status, headers, body); the server answers what a case puts there."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    routes: dict[str, tuple[int, dict, bytes]] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            status, headers, body = routes.get(self.path.split("?")[0], (404, {}, b"{}"))
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}", routes
    server.shutdown()
    server.server_close()


def _manifest(layer: bytes, declared: int | None = None) -> bytes:
    config = b"{}"
    return json.dumps({"schemaVersion": 2, "mediaType": OCI_MANIFEST,
                       "config": {"digest": _digest(config), "size": len(config)},
                       "layers": [{"digest": _digest(layer), "size": len(layer) if declared is None else declared}]
                       }).encode()


def _audit(host, ref="x:1"):
    return ("audit", f"registry://{host}/{ref}", "-b", BASELINES, "--insecure-registry")


def test_a_manifest_over_the_limit_is_refused(hostile_registry):
    host, routes = hostile_registry
    routes["/v2/x/manifests/1"] = (200, {"Content-Type": OCI_MANIFEST}, b"{" + b" " * (5 << 20) + b"}")
    expect_error(*_audit(host), match=r"manifest 1 over 4194304 bytes")


def test_a_blob_longer_than_its_manifest_says_is_refused(hostile_registry):
    host, routes = hostile_registry
    layer = b"\0" * 2048
    routes["/v2/x/manifests/1"] = (200, {"Content-Type": OCI_MANIFEST}, _manifest(layer, declared=1024))
    routes[f"/v2/x/blobs/{_digest(b'{}')}"] = (200, {}, b"{}")
    routes[f"/v2/x/blobs/{_digest(layer)}"] = (200, {}, layer)
    expect_error(*_audit(host), match=rf"blob {_digest(layer)} does not match its digest \(received more than")


def test_an_index_inside_an_index_is_refused(hostile_registry):
    host, routes = hostile_registry
    inner = json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": []}).encode()
    outer = json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": [
        {"mediaType": OCI_INDEX, "digest": _digest(inner), "size": len(inner),
         "platform": {"os": "linux", "architecture": "amd64"}}]}).encode()
    routes["/v2/x/manifests/1"] = (200, {"Content-Type": OCI_INDEX}, outer)
    routes[f"/v2/x/manifests/{_digest(inner)}"] = (200, {"Content-Type": OCI_INDEX}, inner)
    expect_error(*_audit(host), match=r"an index inside an index \(refused\)")


def test_a_manifest_that_is_not_the_digest_asked_for_is_refused(hostile_registry):
    host, routes = hostile_registry
    asked = "sha256:" + "1" * 64
    routes[f"/v2/x/manifests/{asked}"] = (200, {"Content-Type": OCI_MANIFEST}, _manifest(b"x"))
    expect_error(*_audit(host, f"x@{asked}"), match=rf"manifest {asked} does not match its digest")


def test_a_token_realm_that_is_no_web_address_is_refused(hostile_registry):
    host, routes = hostile_registry
    routes["/v2/x/manifests/1"] = (401, {"WWW-Authenticate": 'Bearer realm="file:///etc/passwd",service="x"'}, b"")
    expect_error(*_audit(host), match=r"a token challenge without a usable realm")


def test_a_docker_configuration_that_is_a_fifo_is_one_line_not_a_hang(hostile_registry, tmp_path):
    host, _routes = hostile_registry
    (tmp_path / ".docker").mkdir()
    os.mkfifo(tmp_path / ".docker" / "config.json")
    expect_error(*_audit(host), match=r"config\.json: not a regular file")


def test_a_known_hosts_that_is_a_fifo_is_one_line_not_a_hang(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".ssh").mkdir()
    os.mkfifo(tmp_path / ".ssh" / "known_hosts")
    expect_error("audit", "ssh://u@127.0.0.1:1/opt/x", "-b", BASELINES, match=r"known_hosts: not a regular file")
