"""Hostile container images (docker save and OCI layouts): whiteouts at scale, hard links across
layers, manifests of the wrong shape, layers that escape, bombs and corrupt layers."""

from __future__ import annotations

import json
import tarfile

import pytest

from . import make
from .helpers import audit, expect_error, expect_findings, findings_of, limited

ROOT = "opt/tiny"


def _info(target, baselines, expected, *extra, exact=True):
    return expect_findings(target, baselines, expected, "--fail-on", "info", "--root", ROOT, *extra,
                           code=1 if expected else 0, exact=exact)


def test_genuine_docker_image(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "tiny.tar", [make.layer(base=True)])
    report = _info(image, tiny_baselines, set())
    assert report["target"]["kind"] == "image" and report["identified_version"] == "1.0.0"


@pytest.mark.parametrize("compressor", ["gz", "zst"])
def test_genuine_oci_image_with_compressed_layers(tmp_path, tiny_baselines, compressor):
    media = {"gz": "application/vnd.oci.image.layer.v1.tar+gzip", "zst": "application/vnd.oci.image.layer.v1.tar+zstd"}
    image = make.oci_image(tmp_path / "tiny.oci.tar", [make.layer(base=True)], media_type=media[compressor],
                           compressor=lambda d: make.compress(d, compressor))
    _info(image, tiny_baselines, set())


def test_whiteout_removes_a_release_file(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True),
                                                   make.layer(whiteouts=[f"{ROOT}/app/.wh.util.py"])])
    _info(image, tiny_baselines, {("missing-file", "app/util.py")})


def test_opaque_whiteout_empties_a_directory_of_lower_layers_only(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [
        make.layer(base=True),
        make.layer(files={f"{ROOT}/app/main.py": make.TINY["app/main.py"]}, whiteouts=[f"{ROOT}/app/.wh..wh..opq"])])
    _info(image, tiny_baselines, {("missing-file", "app/util.py")})


def test_thirty_thousand_whiteouts_in_bounded_time(tmp_path, tiny_baselines):
    """30,000 files removed by 30,000 whiteouts: linear, measured under RLIMIT_CPU in a subprocess."""
    files = {f"{ROOT}/docs/junk/f{i:05d}": b"" for i in range(30000)}
    image = make.docker_image(tmp_path / "i.tar", [
        make.bulk_layer(files, base=True),
        make.bulk_layer({}, whiteouts=[f"{ROOT}/docs/junk/.wh.f{i:05d}" for i in range(30000)])])
    out = limited("audit", image, "-b", tiny_baselines, "--root", ROOT, "-f", "json", "--fail-on", "info", cpu=60)
    assert out.code == 0, out   # every junk file is whited out: nothing left to report
    report = json.loads(out.stdout)
    assert findings_of(report) == set() and report["stats"]["files"] == len(make.TINY)


def test_the_bulk_layer_helper_writes_what_tarfile_writes():
    """make.bulk_layer (headers written directly, for the 60,000 members above) gives the members, modes,
    times and contents make.layer gives through tarfile."""
    files = {f"{ROOT}/docs/f{i}": b"x" * (i * 300) for i in range(6)}

    def members(data: bytes) -> list:
        with make.tarfile.open(fileobj=make.io.BytesIO(data)) as t:
            return [(m.name, m.size, m.mode, m.type, m.mtime, m.uid, m.gid, t.extractfile(m).read()) for m in t]
    assert members(make.bulk_layer(files, base=True, whiteouts=[f"{ROOT}/.wh.x"])) == \
        members(make.layer(files=files, base=True, whiteouts=[f"{ROOT}/.wh.x"]))


def test_hard_link_across_layers(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [
        make.layer(base=True, files={f"{ROOT}/docs/orig.txt": b"hello\n"}),
        make.layer(hardlinks=[(f"{ROOT}/docs/copy.txt", f"{ROOT}/docs/orig.txt")])])
    report = _info(image, tiny_baselines, {("added-file", "docs/orig.txt"), ("added-file", "docs/copy.txt")})
    sha = {f["path"]: f["evidence"]["actual"].get("sha256") for f in report["findings"]}
    assert sha["docs/copy.txt"] == sha["docs/orig.txt"] == make.hashlib.sha256(b"hello\n").hexdigest()


@pytest.mark.parametrize("target,category", [("../../etc/shadow", "unsafe-path"), ("opt/none", "unreadable")])
def test_bad_hard_links(tmp_path, tiny_baselines, target, category):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True),
                                                   make.layer(hardlinks=[(f"{ROOT}/docs/l", target)])])
    expected = {(category, "docs/l")} | ({("added-file", "docs/l")} if category == "unreadable" else set())
    _info(image, tiny_baselines, expected)


@pytest.mark.parametrize("name,shown", [("../../etc/passwd", "../../etc/passwd"),
                                        (f"{ROOT}/../../../x", f"{ROOT}/../../../x")])
def test_layer_member_escaping(tmp_path, tiny_baselines, name, shown):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True, files={name: b"x"})])
    _info(image, tiny_baselines, {("unsafe-path", shown)})


def test_whiteout_with_an_escaping_name_is_reported_not_applied(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True),
                                                   make.layer(whiteouts=[f"{ROOT}/../../.wh.etc"])])
    _info(image, tiny_baselines, {("unsafe-path", f"{ROOT}/../../.wh.etc")})


def test_layer_link_member_with_a_huge_target(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True, links=[(f"{ROOT}/docs/l", "y" * 10000)])])
    _info(image, tiny_baselines, {("unsafe-path", "docs/l")})


@pytest.mark.parametrize("manifest,match", [
    ({"Layers": []}, r"manifest\.json must be a non-empty list"),
    ([], r"manifest\.json must be a non-empty list"),
    (["x"], r"manifest\.json must be a non-empty list"),
    ([{"Layers": "l0/layer.tar"}], r"Layers must be a list of file names"),
    ([{"Layers": [1, 2]}], r"Layers must be a list of file names"),
    ([{"Layers": ["missing/layer.tar"]}], r"layer 'missing/layer.tar' is not a file in the image"),
    ([{"Layers": ["../../etc/passwd"]}], r"is not a file in the image"),
    ([{"Layers": ["l0/layer.tar"] * 600}], r"more than 500 layers"),
    (None, None),
])
def test_docker_manifests_of_the_wrong_shape(tmp_path, tiny_baselines, manifest, match):
    if manifest is None:   # manifest.json that is not JSON at all
        image = tmp_path / "i.tar"
        with tarfile.open(image, "w") as tar:
            make.tar_member(tar, "l0/layer.tar", make.layer(base=True))
            make.tar_member(tar, "manifest.json", b"[{\"Layers\": ")
        expect_error("audit", image, "-b", tiny_baselines, "--root", ROOT, "--kind", "image",
                     match=r"not a readable docker-save or OCI image")
        return
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True)], manifest=manifest)
    expect_error("audit", image, "-b", tiny_baselines, "--root", ROOT, match=match)


def test_manifest_nested_too_deeply(tmp_path, tiny_baselines):
    image = tmp_path / "i.tar"
    with tarfile.open(image, "w") as tar:
        make.tar_member(tar, "manifest.json", make.deep_json(100000))
    expect_error("audit", image, "-b", tiny_baselines, "--root", ROOT, match=r"not a readable docker-save or OCI image")


@pytest.mark.parametrize("index,match", [
    ({"manifests": []}, r"manifests must be a non-empty list"),
    ({"manifests": "x"}, r"manifests must be a non-empty list"),
    ({"manifests": [1]}, r"a manifest descriptor must be an object"),
    ({"manifests": [{"digest": "sha256:../../x"}]}, r"not a blob digest"),
    ({"manifests": [{"digest": 5}]}, r"not a blob digest"),
    ({"manifests": [{"digest": "sha256:" + "0" * 64}]}, r"member 'blobs/sha256/0+' missing"),
])
def test_oci_indexes_of_the_wrong_shape(tmp_path, tiny_baselines, index, match):
    image = make.oci_image(tmp_path / "i.tar", [make.layer(base=True)], index=index)
    expect_error("audit", image, "-b", tiny_baselines, "--root", ROOT, match=match)


def test_corrupt_compressed_layer(tmp_path, tiny_baselines):
    data = make.compress(make.layer(base=True, files={f"{ROOT}/docs/blob": make.padded_tar(200_000)}), "gz")
    image = make.oci_image(tmp_path / "i.tar", [data], media_type="application/vnd.oci.image.layer.v1.tar+gzip",
                           compressor=lambda d: make.corrupt_middle(d, 0.5, 256))
    expect_error("audit", image, "-b", tiny_baselines, "--root", ROOT, match=r"corrupt")


def test_layer_bomb(tmp_path, tiny_baselines):
    image = make.oci_image(tmp_path / "i.tar", [make.zstd_bomb_tar(4 << 30)],
                           media_type="application/vnd.oci.image.layer.v1.tar+zstd")
    expect_error("audit", image, "-b", tiny_baselines, "--root", ROOT, match=r"decompression bomb")


def test_wrong_root_in_an_image(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True)])
    expect_error("audit", image, "-b", tiny_baselines, "--root", "srv/none", match=r"--root srv/none: no file under it")


def test_missing_root_in_an_image_gives_the_hint(tmp_path, tiny_baselines):
    image = make.docker_image(tmp_path / "i.tar", [make.layer(base=True, files={"etc/os-release": b"ID=debian\n"})])
    _, report = audit(image, tiny_baselines, code=1)
    f = next(x for x in report["findings"] if x["category"] == "unidentified-release")
    assert f["evidence"]["root_hint"] == ROOT
