"""registry:// targets against a real registry (Debian's docker-registry, tests/registryserver.py), images
pushed with skopeo: the image pulled from the registry gives the findings of the same image read from its
archive; a blob changed in the registry's storage is refused with its digest named (docs/targets.md)."""

from __future__ import annotations

import json
import os

import pytest

import registryserver
from conftest import BASELINES, SAMPLES, comparable, invoke
from test_targets import _blob, _image_blobs, _layer, _oci_image, _oci_tar

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


def test_an_image_in_a_registry_gives_the_findings_of_its_archive(registry, pushed, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))      # no docker config of the user's
    ref = f"registry://{registry.host}/sampledesk:7.0.3-vendor"
    remote = invoke("audit", ref, "--root", "opt/sampledesk", "-b", BASELINES, "-f", "json", "--insecure-registry")
    local = invoke("audit", pushed, "--root", "opt/sampledesk", "-b", BASELINES, "-f", "json")
    assert remote.code == local.code == 1, remote
    got = remote.json()
    assert got["target"]["kind"] == "registry" and got["target"]["path"] == ref
    assert comparable(got) == comparable(local.json())
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
    assert comparable(by_digest.json()) == comparable(got)


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


def _multi_platform(path, images: dict[str, list[bytes]]):
    """An OCI archive whose index.json names an image index of one manifest per platform."""
    blobs, entries = [], []
    for platform, layers in images.items():
        os_, arch = platform.split("/")
        image = _image_blobs(layers, os_, arch)
        manifest = image[-1]
        blobs += image
        entries.append({"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest[0],
                        "size": len(manifest[1]), "platform": {"os": os_, "architecture": arch}})
    idx = _blob(json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                            "manifests": entries}).encode())
    blobs.append(idx)
    top = json.dumps({"schemaVersion": 2, "manifests": [
        {"mediaType": "application/vnd.oci.image.index.v1+json", "digest": idx[0], "size": len(idx[1])}]}).encode()
    _oci_tar(path, top, blobs)


def test_a_multi_platform_image_is_read_for_the_platform_asked(registry, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    archive = tmp_path / "multi.oci.tar"
    _multi_platform(archive, {"linux/amd64": [_layer({}, GENUINE)],
                              "linux/arm64": [_layer({}, SAMPLES / "sampledesk-6.0.3-genuine")]})
    proc = __import__("subprocess").run(["skopeo", "--insecure-policy", "copy", "--all", "--dest-tls-verify=false",
                                         f"oci-archive:{archive}", f"docker://{registry.host}/multi:1"],
                                        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    ref = f"registry://{registry.host}/multi:1"
    common = ("--root", "opt/sampledesk", "-b", BASELINES, "-f", "json", "--insecure-registry")
    assert invoke("audit", ref, *common).json()["identified_version"] == "7.0.3"          # linux/amd64
    assert invoke("audit", ref, *common, "--platform", "linux/arm64").json()["identified_version"] == "6.0.3"
    run = invoke("audit", ref, *common, "--platform", "linux/s390x")
    assert run.code == 2 and "no image for platform linux/s390x" in run.stderr and "linux/arm64" in run.stderr


def test_the_docker_save_tar_of_the_image_gives_the_same_findings(registry, pushed, tmp_path, monkeypatch):
    """The pushed image's layers as `docker save` writes them (manifest.json, one directory per layer)."""
    import io
    import tarfile
    monkeypatch.setenv("HOME", str(tmp_path))
    with tarfile.open(pushed) as src:
        index = json.loads(src.extractfile("index.json").read())
        manifest = json.loads(src.extractfile("blobs/sha256/" + index["manifests"][0]["digest"].split(":")[1]).read())
        layers = [src.extractfile("blobs/sha256/" + d["digest"].split(":")[1]).read() for d in manifest["layers"]]
    saved = tmp_path / "saved.tar"
    with tarfile.open(saved, "w") as tar:
        names = []
        for i, data in enumerate(layers):
            names.append(f"l{i}/layer.tar")
            info = tarfile.TarInfo(names[-1])
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name, data in (("manifest.json", json.dumps([{"Config": "c.json", "RepoTags": ["sampledesk:7.0.3-vendor"],
                                                          "Layers": names}]).encode()), ("c.json", b"{}")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    common = ("--root", "opt/sampledesk", "-b", BASELINES, "-f", "json")
    remote = invoke("audit", f"registry://{registry.host}/sampledesk:7.0.3-vendor", *common, "--insecure-registry")
    local = invoke("audit", saved, *common)
    findings = [(f["category"], f["path"], f["message"]) for f in remote.json()["findings"]]
    assert findings and findings == [(f["category"], f["path"], f["message"]) for f in local.json()["findings"]]


def test_a_hostile_layer_from_the_registry_is_handled_as_in_an_archive(registry, tmp_path, monkeypatch):
    """A layer whose member climbs out of the image ('../../etc/x') and a link to /etc/passwd: the same
    unsafe-path findings as from the image's archive, nothing written or followed."""
    import io
    import tarfile
    monkeypatch.setenv("HOME", str(tmp_path))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("../../etc/auditor-escape")
        info.size = 3
        tar.addfile(info, io.BytesIO(b"bad"))
        link = tarfile.TarInfo("opt/sampledesk/Kernel/System/Passwd.pm")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tar.addfile(link)
    archive = tmp_path / "hostile.oci.tar"
    _oci_image(archive, [_layer({}, GENUINE), buf.getvalue()])
    registry.push(archive, "hostile:1")
    common = ("--root", "opt/sampledesk", "-b", BASELINES, "-f", "json")
    remote = invoke("audit", f"registry://{registry.host}/hostile:1", *common, "--insecure-registry")
    local = invoke("audit", archive, *common)
    assert remote.code == local.code and remote.code in (1, 2), remote
    if remote.code == 1:
        assert [(f["category"], f["path"]) for f in remote.json()["findings"]] == \
            [(f["category"], f["path"]) for f in local.json()["findings"]]
    assert not os.path.exists("/etc/auditor-escape")


def test_an_official_image_in_a_registry_is_a_baseline(registry, tmp_path, monkeypatch):
    """`baseline build registry://...`: the image's files as the release, pinned by its manifest digest; the
    same image audited against it is identified and clean."""
    import urllib.request
    monkeypatch.setenv("HOME", str(tmp_path))
    archive = tmp_path / "official.oci.tar"
    _oci_image(archive, [_layer({}, GENUINE)])
    registry.push(archive, "official:7.0.3")
    ref = f"registry://{registry.host}/official:7.0.3"
    out = tmp_path / "b" / "sampledesk" / "7.0.3.yaml"
    run = invoke("baseline", "build", ref, "-p", "sampledesk", "-V", "7.0.3", "--root", "opt/sampledesk",
                 "--insecure-registry", "-o", out)
    assert run.code == 0, run
    from auditor.baseline.store import load
    b = load(out)
    req = urllib.request.Request(f"http://{registry.host}/v2/official/manifests/7.0.3", method="HEAD",
                                 headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        digest = resp.headers["Docker-Content-Digest"]
    assert (b.provenance.kind, b.provenance.source, "sha256:" + b.provenance.sha256) == ("registry", ref, digest)
    audited = invoke("audit", ref, "--root", "opt/sampledesk", "-b", tmp_path / "b", "-f", "json",
                     "--insecure-registry")
    assert audited.code == 0 and audited.json()["identified_version"] == "7.0.3" and audited.json()["findings"] == []
    run = invoke("baseline", "build", ref, "-p", "sampledesk", "-V", "7.0.3", "--expect-sha256", "0" * 64,
                 "--insecure-registry", "-o", tmp_path / "x.yaml")
    assert run.code == 2 and "by its digest" in run.stderr
