"""A fleet that shares no file system: targets reachable only as ssh:// (a real sshd) and registry:// (a real
registry), audited by a real Dask scheduler and worker started in other working directories; the merged
report is the one of the same fleet run on this machine without a cluster (docs/fleet.md, docs/targets.md)."""

from __future__ import annotations

import json
import os
import shutil

import pytest

import registryserver
import servers
import sshserver
from conftest import BASELINES, ROOT, SAMPLES, invoke
from test_targets import _layer, _oci_image


@pytest.fixture(scope="module")
def remote(tmp_path_factory):
    """(ssh server, registry, ssh target URL, registry reference, client HOME)."""
    tmp = tmp_path_factory.mktemp("remote")
    ssh_servers = sshserver.start(tmp / "s")
    registries = registryserver.start(tmp / "r")
    (tmp / "s").mkdir(exist_ok=True)
    try:
        ssh = next(ssh_servers)
        reg = next(registries)
        tree = tmp / "srv" / "helpdesk"          # a server's file system: the product under opt/sampledesk
        shutil.copytree(SAMPLES / "sampledesk-7.0.3-vendor", tree / "opt" / "sampledesk", symlinks=True)
        image = tmp / "img.oci.tar"
        _oci_image(image, [_layer({}, SAMPLES / "sampledesk-6.0.3-genuine")])
        reg.push(image, "sampledesk:6.0.3")
        home = ssh.client_home(tmp)
        yield ssh, reg, ssh.url(tree), f"registry://{reg.host}/sampledesk:6.0.3", home
    finally:
        ssh_servers.close()
        registries.close()


@pytest.fixture(scope="module")
def cluster(remote, tmp_path_factory):
    """A scheduler and a worker, each in a working directory of its own, the worker with the client HOME."""
    _ssh, _reg, _t1, _t2, home = remote
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), HOME=str(home))
    env.pop("SSH_AUTH_SOCK", None)
    with servers.dask_cluster(tmp_path_factory.mktemp("dask-remote"), env, nthreads=2) as address:
        yield address


def _targets(merged: dict) -> list:
    return [(t["path"], t["status"], t.get("identified_version"), t.get("findings")) for t in merged["targets"]]


def test_a_fleet_of_remote_targets_on_a_cluster_gives_the_local_merged_report(remote, cluster, tmp_path, monkeypatch):
    ssh, _reg, ssh_target, reg_target, home = remote
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    args = (ssh_target, reg_target, "--root", "opt/sampledesk", "-b", BASELINES, "-i", ssh.client_key,
            "--insecure-registry", "-f", "json", "--no-progress")
    on_cluster = invoke("fleet", *args, "--scheduler", cluster, "-d", tmp_path / "c")
    here = invoke("fleet", *args, "--shard", "1/1", "-d", tmp_path / "h")
    assert on_cluster.code == here.code == 1, on_cluster
    got, want = on_cluster.json(), here.json()
    assert [t["status"] for t in got["targets"]] == ["ok", "ok"], got["targets"]
    assert _targets(got) == _targets(want)
    assert [t["identified_version"] for t in got["targets"]] == ["7.0.3", "6.0.3"]
    for t in got["targets"]:
        a = json.loads((tmp_path / "c" / t["reports"]["json"]).read_text())
        b = json.loads((tmp_path / "h" / t["reports"]["json"]).read_text())
        assert a == b
