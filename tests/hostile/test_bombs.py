"""Every bomb under a hard limit: the CLI runs in a subprocess with RLIMIT_AS = 500 MB and
RLIMIT_CPU = 120 s; each case asserts its exact outcome and that the child's peak RSS stayed under
500 MB (measured with getrusage). A case that needed more memory would be killed or raise
MemoryError, and fail."""

from __future__ import annotations

import json
import os
import shutil
import tarfile

from conftest import SAMPLEDESK, SAMPLES

from . import make
from .helpers import MEMORY_LIMIT, findings_of, limited


def _refused(out, match: str) -> None:
    assert out.code == 2 and match in out.stderr, out
    assert out.maxrss < MEMORY_LIMIT


def test_tar_gz_bomb(gzip_bomb, tiny_baselines):
    _refused(limited("audit", gzip_bomb, "-b", tiny_baselines), "decompression bomb")


def test_deb_with_a_zstd_bomb(zstd_bomb_deb, tiny_baselines):
    _refused(limited("audit", zstd_bomb_deb, "-b", tiny_baselines), "decompression bomb")


def test_zip_bomb(tmp_path, tiny_baselines):
    z = make.zip_declaring(tmp_path / "bomb.zip", 4_000_000_000)
    _refused(limited("audit", z, "-b", tiny_baselines), "decompression bomb")


def test_image_layer_bomb(tmp_path, tiny_baselines):
    image = make.oci_image(tmp_path / "i.tar", [make.zstd_bomb_tar(8 << 30)],
                           media_type="application/vnd.oci.image.layer.v1.tar+zstd")
    _refused(limited("audit", image, "-b", tiny_baselines, "--root", "opt/tiny"), "decompression bomb")


def test_many_small_members_adding_up_to_a_bomb(tmp_path, tiny_baselines):
    """No single header declares much; together they pass the cap while the stream is read: refused
    at the member that crosses it, after about the cap's worth of decompression, not all of it."""
    import tarfile
    zero = bytes(64 << 20)
    pieces = [(make.tar_blocks(), 1)]
    for i in range(48):      # 48 x 64 MiB = 3 GiB of zeros
        ti = tarfile.TarInfo(f"docs/z{i:02d}.bin")
        ti.size = len(zero)
        pieces += [(ti.tobuf(tarfile.GNU_FORMAT), 1), (zero, 1)]
    target = make.write(tmp_path / "many.tar.zst", make.zstd_frames(pieces + [(bytes(1024), 1)]))
    _refused(limited("audit", target, "-b", tiny_baselines, cpu=60), "decompression bomb")


def test_what_the_listing_keeps_of_a_compressed_archive_is_bounded(tmp_path, tiny_baselines):
    """192 MiB of distinct 4 MiB files in a small zstd stream: the listing pass keeps at most KEEP_TOTAL
    (64 MiB) of what it decompresses, the rest is read again from the stream; peak memory stays far
    below what keeping everything would take."""
    import tarfile
    from auditor.target.tar import KEEP_FILE, KEEP_TOTAL
    pieces = [(make.tar_blocks(), 1)]
    for i in range(48):
        ti = tarfile.TarInfo(f"docs/f{i:02d}.bin")
        ti.size = KEEP_FILE
        pieces += [(ti.tobuf(tarfile.GNU_FORMAT), 1), (b"%02d" % i * (KEEP_FILE // 2), 1)]
    target = make.write(tmp_path / "big.tar.zst", make.zstd_frames(pieces + [(bytes(1024), 1)]))
    out = limited("audit", target, "-b", tiny_baselines, "-f", "json", "--fail-on", "info")
    added = {p for c, p in findings_of(json.loads(out.stdout)) if c == "added-file"}
    assert out.code == 1 and added == {f"docs/f{i:02d}.bin" for i in range(48)}, out
    assert KEEP_TOTAL == 64 << 20 and out.maxrss < 200 << 20, out     # everything kept: 192 MiB more


def test_the_layers_of_an_image_share_one_keep_budget(tmp_path, tiny_baselines):
    """Three gzip layers of 48 MiB of distinct files each, all open at once: together they keep at most
    KEEP_TOTAL, not 64 MiB a layer."""
    layers = []
    for n in range(3):
        files = {f"opt/tiny/docs/l{n}f{i:02d}.bin": b"%d%02d" % (n, i) * ((4 << 20) // 3) for i in range(12)}
        layers.append(make.gzip.compress(make.layer(files, base=(n == 0)), 1, mtime=0))    # level 1: 0.1 s a layer
    image = make.docker_image(tmp_path / "i.tar", layers)
    out = limited("audit", image, "-b", tiny_baselines, "--root", "opt/tiny", "-f", "json", "--fail-on", "info")
    added = {p for c, p in findings_of(json.loads(out.stdout)) if c == "added-file"}
    assert out.code == 1 and len(added) == 36, out
    assert out.maxrss < 150 << 20, out          # a budget per layer: 144 MiB more (183 MB)


def test_zip_link_member_with_a_64_mib_target(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip", symlinks=[("docs/link", "x" * (64 << 20))])
    out = limited("audit", z, "-b", tiny_baselines, "-f", "json", "--fail-on", "info")
    assert out.code == 1, out
    assert findings_of(json.loads(out.stdout)) == {("unsafe-path", "docs/link")}


def test_yaml_alias_bomb_in_a_web_service_export(tmp_path):
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "vendor.yml").write_bytes(make.yaml_alias_bomb(levels=12))
    out = limited("audit", SAMPLES / "sampledesk-7.0.3-genuine", "-b", SAMPLEDESK, "--webservices", ws, "-f", "json")
    assert out.code == 1, out
    report = json.loads(out.stdout)
    f = [x for x in report["findings"] if x["check"] == "AUD402"]
    assert len(f) == 1 and "alias bomb" in f[0]["message"] and len(out.stdout) < 500_000


def test_yaml_alias_bomb_in_a_web_service_in_the_tree(tmp_path):
    desk = shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tmp_path / "desk")
    (desk / "var" / "webservices").mkdir(parents=True, exist_ok=True)
    (desk / "var" / "webservices" / "Vendor.yml").write_bytes(make.yaml_alias_bomb(levels=12))
    out = limited("audit", desk, "-b", SAMPLEDESK, "-f", "json")
    assert out.code == 1, out
    report = json.loads(out.stdout)
    assert ("config-unparsable", "var/webservices/Vendor.yml") in findings_of(report)


def test_billion_laughs_in_sysconfig_xml(tmp_path):
    desk = shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tmp_path / "desk")
    (desk / "Kernel/Config/Files/XML/Framework.xml").write_bytes(make.billion_laughs_xml())
    out = limited("audit", desk, "-b", SAMPLEDESK, "-f", "json")
    assert out.code == 1, out
    assert ("config-unparsable", "Kernel/Config/Files/XML/Framework.xml") in findings_of(json.loads(out.stdout))


def test_perl_number_bombs(tmp_path):
    desk = shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tmp_path / "desk")
    cfg = desk / "Kernel" / "Config.pm"
    bombs = ["999999999 ** 999999999", "10**5000", "9" * 100000, "(" * 100000 + "1" + ")" * 100000,
             "2**64" + " * 2**64" * 5000]
    cfg.write_text(cfg.read_text().replace("    return 1;\n}", "".join(
        f"    $Self->{{'Vendor::B{i}'}} = {b};\n" for i, b in enumerate(bombs)) + "    return 1;\n}", 1))
    out = limited("audit", desk, "-b", SAMPLEDESK, "-f", "json", cpu=60)
    assert out.code == 0, out
    changed = {c["setting"]: c["effective"] for c in json.loads(out.stdout)["settings"]["changed"]}
    assert changed["Vendor::B0"] == {"$expr": "999999999 ** 999999999"} and changed["Vendor::B2"] == "9" * 100000


def test_a_sparse_file_of_1_gib_is_hashed_in_constant_memory(tmp_path, tiny, tiny_baselines):
    with open(tiny / "docs" / "sparse.img", "wb") as fh:
        fh.truncate(1 << 30)
    out = limited("audit", tiny, "-b", tiny_baselines, "-f", "json", "--fail-on", "info")
    assert out.code == 1, out
    report = json.loads(out.stdout)
    f = next(x for x in report["findings"] if x["path"] == "docs/sparse.img")
    assert f["evidence"]["actual"]["size"] == 1 << 30
    os.unlink(tiny / "docs" / "sparse.img")


def test_a_git_blob_of_300_mib_is_streamed(tmp_path):
    repo = make.git_repo(tmp_path / "repo")
    sha = make.git_zero_blob(repo, 300 << 20)
    assert make.git(repo, "cat-file", "-s", sha.hex()) == str(300 << 20)      # git reads it as its own
    tree = make.git_tiny_tree(repo, extra=[("100644", "big.bin", sha)])
    make.git_commit(repo, tree, "main")
    out = limited("baseline", "build", repo, "--ref", "main", "-p", "tiny", "-V", "1.0.0",
                  "-o", tmp_path / "b" / "tiny" / "1.0.0.yaml")
    assert out.code == 0, out
    text = (tmp_path / "b" / "tiny" / "1.0.0.yaml").read_text()
    assert f"size: {300 << 20}" in text


# -- round two (issue 24): patterns that backtrack, layers listed again and again ----------------------

def test_a_release_line_of_250000_blanks_is_read_in_linear_time(tmp_path):
    """``PRODUCT = SampleDesk`` and 250,000 blanks: the profile's ``(.+?)\\s*$`` ran for minutes in a
    backtracking engine; every profile pattern runs in RE2 (the harness bounds the wall clock)."""
    desk = shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tmp_path / "desk", symlinks=True)
    release = desk / "RELEASE"
    release.write_text(release.read_text().replace("PRODUCT = SampleDesk", "PRODUCT = SampleDesk" + " " * 250_000 + "x"))
    out = limited("audit", desk, "-b", SAMPLEDESK, "-f", "json", timeout=60)
    report = json.loads(out.stdout)
    assert report["identified_version"] == "7.0.3"
    assert ("modified-file", "RELEASE") in findings_of(report)


def test_an_ignore_pattern_of_ten_stars_in_linear_time(tiny, tiny_baselines):
    deep = tiny / ("a/" * 200)
    deep.mkdir(parents=True)
    (deep / ("b" * 200)).write_bytes(b"x")
    out = limited("audit", tiny, "-b", tiny_baselines, "--ignore", "**********x", "-f", "json", timeout=60)
    assert out.code in (0, 1) and json.loads(out.stdout)["identified_version"] == "1.0.0"


def test_an_image_listing_one_layer_again_and_again_is_refused_before_reading(tmp_path, tiny_baselines):
    """One 2 MB gzip layer listed 100 times: refused on the declared sizes, before any layer is read."""
    import gzip
    big = make.layer({"opt/tiny/docs/noise.bin": os.urandom(2 << 20)}, base=True)
    layer = gzip.compress(big, compresslevel=1)
    image = make.docker_image(tmp_path / "img.tar", [layer], manifest=[
        {"Config": "config.json", "RepoTags": ["tiny:1"], "Layers": ["l0/layer.tar"] * 100}])
    out = limited("audit", image, "-b", tiny_baselines, "--root", "opt/tiny", timeout=60)
    assert out.code == 2, out
    assert "the manifest lists layers of" in out.stderr and "a layer listed again and again" in out.stderr


def test_a_hard_link_to_a_link_out_of_the_archive_is_one_finding_not_a_refusal(tmp_path, tiny_baselines):
    """A vendor could otherwise block the audit of any archive: the hard link is an unsafe-path finding and
    the rest of the archive is audited."""
    data = make.tiny_tar_bytes("tiny", extra=[("tiny/evil", b"", tarfile.SYMTYPE, "/etc/passwd"),
                                              ("tiny/docs/h", b"", tarfile.LNKTYPE, "tiny/evil")])
    archive = make.write(tmp_path / "vendor.tar", data)
    out = limited("audit", archive, "-b", tiny_baselines, "--root", "tiny", "-f", "json", "--fail-on", "info")
    report = json.loads(out.stdout)
    assert report["identified_version"] == "1.0.0"
    found = findings_of(report)
    assert {("unsafe-path", "docs/h"), ("symlink-escape", "evil")} <= found
    msg = next(f["message"] for f in report["findings"] if f["path"] == "docs/h")
    assert "hard link to 'tiny/evil', which is a symbolic link to '/etc/passwd', not a file" in msg
