"""registry:// targets against a real registry (Debian's docker-registry, tests/registryserver.py), images
pushed with skopeo: the image pulled from the registry gives the findings of the same image read from its
archive; a blob changed in the registry's storage is refused with its digest named (docs/targets.md)."""

from __future__ import annotations

import json

import pytest

import registryserver
from conftest import BASELINES, SAMPLES, invoke
from test_targets import _layer, _oci_image

VENDOR = SAMPLES / "sampledesk-7.0.3-vendor"
GENUINE = SAMPLES / "sampledesk-7.0.3-genuine"


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    yield from registryserver.start(tmp_path_factory.mktemp("registry"))


@pytest.fixture(scope="module")
def pushed(registry, tmp_path_factory):
    """The vendor sample as a two-layer image (the genuine install, then the vendor's changes), pushed."""
    work = tmp_path_factory.mktemp("images")
    base = _layer({}, GENUINE)
    vendor = _layer({"opt/sampledesk/Kernel/System/Ticket.pm": (VENDOR / "Kernel/System/Ticket.pm").read_bytes(),
                     "opt/sampledesk/Kernel/System/Telemetry.pm": b"package Kernel::System::Telemetry;\n"
                                                                  b"my $U = 'http://203.0.113.7/collect';\n1;\n",
                     "opt/sampledesk/scripts/.wh.backup.pl": None})
    archive = work / "sampledesk.oci.tar"
    _oci_image(archive, [base, vendor])
    registry.push(archive, "sampledesk:7.0.3-vendor")
    return archive


def _comparable(report: dict) -> dict:
    out = json.loads(json.dumps(report))
    out["target"].pop("path", None)
    out["target"].pop("kind", None)
    return out


def test_an_image_in_a_registry_gives_the_findings_of_its_archive(registry, pushed, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))      # no docker config of the user's
    ref = f"registry://{registry.host}/sampledesk:7.0.3-vendor"
    remote = invoke("audit", ref, "--root", "opt/sampledesk", "-b", BASELINES, "-f", "json", "--insecure-registry")
    local = invoke("audit", pushed, "--root", "opt/sampledesk", "-b", BASELINES, "-f", "json")
    assert remote.code == local.code == 1, remote
    got = remote.json()
    assert got["target"]["kind"] == "registry" and got["target"]["path"] == ref
    assert _comparable(got) == _comparable(local.json())
    cats = {(f["category"], f["path"]) for f in got["findings"]}
    assert ("added-file", "Kernel/System/Telemetry.pm") in cats and ("missing-file", "scripts/backup.pl") in cats
    # the same image named by its manifest's digest
    import urllib.request
    req = urllib.request.Request(f"http://{registry.host}/v2/sampledesk/manifests/7.0.3-vendor", method="HEAD",
                                 headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        digest = resp.headers["Docker-Content-Digest"]
    by_digest = invoke("audit", f"registry://{registry.host}/sampledesk@{digest}", "--root", "opt/sampledesk",
                       "-b", BASELINES, "-f", "json", "--insecure-registry")
    assert _comparable(by_digest.json()) == _comparable(got)


def test_a_blob_changed_in_the_registry_is_refused_with_its_digest(registry, pushed, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))     # nothing cached from another test
    import urllib.request
    req = urllib.request.Request(f"http://{registry.host}/v2/sampledesk/manifests/7.0.3-vendor",
                                 headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        manifest = json.loads(resp.read())
    layer = manifest["layers"][1]["digest"]          # the vendor's layer, as the registry stores it
    stored = registry.blob_file(layer)
    original = stored.read_bytes()
    try:
        changed = bytearray(original)
        changed[len(changed) // 2] ^= 0x01           # one bit of the stored layer
        stored.write_bytes(bytes(changed))
        run = invoke("audit", f"registry://{registry.host}/sampledesk:7.0.3-vendor", "--root", "opt/sampledesk",
                     "-b", BASELINES, "--insecure-registry")
        assert run.code == 2 and layer in run.stderr and "does not match its digest" in run.stderr, run
        assert len(run.stderr.strip().splitlines()) == 1
    finally:
        stored.write_bytes(original)


@pytest.mark.parametrize("ref,match", [
    ("registry://127.0.0.1:1/x:1", "cannot connect"),
    ("registry://127.0.0.1/Upper:1", "expected registry://"),
    ("registry://127.0.0.1/x", "expected registry://"),
])
def test_bad_registry_references_are_one_line(ref, match, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    run = invoke("audit", ref, "-b", BASELINES, "--insecure-registry")
    assert run.code == 2 and match in run.stderr and len(run.stderr.strip().splitlines()) == 1, run


def test_an_unknown_tag_is_one_line(registry, pushed, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    run = invoke("audit", f"registry://{registry.host}/sampledesk:9.9.9", "-b", BASELINES, "--insecure-registry")
    assert run.code == 2 and "HTTP 404" in run.stderr, run
