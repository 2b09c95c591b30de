"""A private container registry for the tests of registry:// targets: Debian's docker-registry (the reference
distribution registry) serving plain HTTP on 127.0.0.1 from a temporary storage directory, images pushed
with skopeo from OCI archives the tests build. Stopped at the end of the module that starts it."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

import servers


@dataclass
class Registry:
    home: Path
    port: int
    proc: subprocess.Popen

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def push(self, oci_archive: Path, name: str) -> None:
        """``skopeo copy`` of an OCI archive (a tar of an OCI layout) to ``name`` (repo:tag) here."""
        proc = subprocess.run(["skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false",
                               f"oci-archive:{oci_archive}", f"docker://{self.host}/{name}"],
                              capture_output=True, text=True, timeout=300)
        if proc.returncode:
            raise RuntimeError(f"skopeo copy: {proc.stderr[-2000:]}")

    def blob_file(self, digest: str) -> Path:
        """Where the registry stores a blob (its filesystem driver's layout)."""
        hexd = digest.split(":")[1]
        return self.home / "storage" / "docker/registry/v2/blobs/sha256" / hexd[:2] / hexd / "data"


def start(tmp: Path):
    for tool in ("docker-registry", "skopeo"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    home = tmp / "registry"
    (home / "storage").mkdir(parents=True)
    port = servers.free_port()
    config = home / "config.yml"
    config.write_text(f"version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {home / 'storage'}\n"
                      f"  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n")
    with servers.running([shutil.which("docker-registry"), "serve", str(config)], home / "registry.log", port,
                         "docker-registry") as proc:
        yield Registry(home, port, proc)
