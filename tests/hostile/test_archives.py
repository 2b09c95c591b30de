"""Hostile archives (tar in every compression, zip, Debian packages): names that escape, members
written through links, duplicates, corrupt data in the middle, bombs, wrong and missing --root.
Genuine archives in every supported form give no finding at all."""

from __future__ import annotations

import json
import os
import re
import tarfile

import pytest

from conftest import invoke

from . import make
from .helpers import audit, check_run, expect_error, expect_findings, findings_of, limited

COMPRESSIONS = {"tar": "", "tar.gz": "gz", "tgz": "gz", "tar.xz": "xz", "tar.bz2": "bz2", "tar.zst": "zst"}


def _tar(tmp_path, suffix: str = "tar", **kw):
    data = make.tiny_tar_bytes(**kw)
    return make.write(tmp_path / f"install.{suffix}", make.compress(data, COMPRESSIONS[suffix]))


def _audit_info(target, baselines, expected, *extra, exact=True):
    """--fail-on info: the exit code says whether anything was found."""
    before = make.tree_fingerprint(target)
    report = expect_findings(target, baselines, expected, "--fail-on", "info", *extra,
                             code=1 if expected else 0, exact=exact)
    assert make.tree_fingerprint(target) == before
    return report


# -- genuine archives: zero findings ----------------------------------------------------

@pytest.mark.parametrize("suffix", list(COMPRESSIONS))
def test_genuine_tar_in_every_compression(tmp_path, tiny_baselines, suffix):
    report = _audit_info(_tar(tmp_path, suffix), tiny_baselines, set())
    assert report["identified_version"] == "1.0.0" and report["target"]["kind"] == "archive"


@pytest.mark.parametrize("suffix", ["tar", "tar.gz"])
def test_files_only_tar_has_its_directories_synthesised(tmp_path, tiny_baselines, suffix):
    """tar writers may leave directories out: they are implied by the files, not missing."""
    report = _audit_info(_tar(tmp_path, suffix, dirs=False), tiny_baselines, set())
    assert report["stats"]["files"] == len(make.TINY)


def test_genuine_zip(tmp_path, tiny_baselines):
    _audit_info(make.tiny_zip(tmp_path / "install.zip"), tiny_baselines, set())


@pytest.mark.parametrize("name", ["data.tar.zst", "data.tar.xz", "data.tar.gz", "data.tar"])
def test_genuine_deb(tmp_path, tiny_baselines, name):
    data = make.compress(make.tiny_tar_bytes(prefix="./usr/share/tiny"), name.rsplit(".", 1)[-1]
                         if name != "data.tar" else "")
    deb = make.deb(tmp_path / "tiny_1.0.0_all.deb", data, name)
    _audit_info(deb, tiny_baselines, set(), "--root", "usr/share/tiny")


def test_archive_with_an_unusual_name_is_sniffed(tmp_path, tiny_baselines):
    target = make.write(tmp_path / "backup.bin", make.compress(make.tiny_tar_bytes(), "gz"))
    _audit_info(target, tiny_baselines, set())


# -- names that escape ---------------------------------------------------------------------

@pytest.mark.parametrize("name,reported", [
    ("/etc/cron.d/vendor", "etc/cron.d/vendor"),
    ("../outside", "../outside"),
    ("app/../../outside", "app/../../outside"),
    ("./../../x", "../../x"),
    ("//double", "double"),
])
def test_tar_member_names_that_escape(tmp_path, tiny_baselines, name, reported):
    tar = _tar(tmp_path, "tar", extra=[(name, b"* * * * * root sh\n", tarfile.REGTYPE, "")])
    report = _audit_info(tar, tiny_baselines, {("unsafe-path", reported)})
    assert report["findings"][0]["severity"] == "high"


def test_tar_members_outside_the_root_with_dotdot_are_still_reported(tmp_path, tiny_baselines):
    tar = make.write(tmp_path / "install.tar", make.tiny_tar_bytes(
        prefix="opt/tiny", extra=[("opt/../../etc/passwd", b"root::0:0::/:/bin/sh\n", tarfile.REGTYPE, "")]))
    _audit_info(tar, tiny_baselines, {("unsafe-path", "opt/../../etc/passwd")}, "--root", "opt/tiny")


@pytest.mark.parametrize("link", ["/etc", "../../..", "/"])
def test_tar_member_written_through_a_link_member(tmp_path, tiny_baselines, link):
    tar = _tar(tmp_path, "tar", extra=[("app/plugins", b"", tarfile.SYMTYPE, link),
                                       ("app/plugins/cron", b"evil\n", tarfile.REGTYPE, "")])
    report = _audit_info(tar, tiny_baselines, {("unsafe-path", "app/plugins/cron"), ("symlink-escape", "app/plugins"),
                                              ("added-file", "app/plugins")})
    f = next(x for x in report["findings"] if x["category"] == "unsafe-path")
    assert "written through the symbolic link member 'app/plugins'" in f["message"]


def test_tar_member_written_through_an_inside_link(tmp_path, tiny_baselines):
    """Even a link that stays inside makes a member written through it land elsewhere than its name."""
    tar = _tar(tmp_path, "tar", extra=[("lib", b"", tarfile.SYMTYPE, "app"),
                                       ("lib/util.py", b"print('replaced')\n", tarfile.REGTYPE, "")])
    _audit_info(tar, tiny_baselines, {("unsafe-path", "lib/util.py"), ("added-file", "lib")})


@pytest.mark.parametrize("target,category", [("../../etc/shadow", "unsafe-path"), ("/etc/shadow", "unsafe-path"),
                                             ("nothere", "unreadable")])
def test_tar_hard_links(tmp_path, tiny_baselines, target, category):
    tar = _tar(tmp_path, "tar", extra=[("docs/link", b"", tarfile.LNKTYPE, target)])
    expected = {(category, "docs/link")} | ({("added-file", "docs/link")} if category == "unreadable" else set())
    _audit_info(tar, tiny_baselines, expected)


def test_tar_hard_link_inside_is_its_target_content(tmp_path, tiny_baselines):
    tar = _tar(tmp_path, "tar", skip=("app/util.py",), extra=[("app/util.py", b"", tarfile.LNKTYPE, "VERSION")])
    report = _audit_info(tar, tiny_baselines, {("modified-file", "app/util.py")})
    assert report["findings"][0]["evidence"]["actual"]["sha256"] == make.hashlib.sha256(make.TINY["VERSION"]).hexdigest()


def test_tar_duplicate_member_last_copy_counts_and_is_flagged(tmp_path, tiny_baselines):
    tar = _tar(tmp_path, "tar", extra=[("app/util.py", b'VERSION = "6.6.6"\n', tarfile.REGTYPE, "")])
    report = _audit_info(tar, tiny_baselines, {("unsafe-path", "app/util.py"), ("modified-file", "app/util.py")},
                         exact=False)
    dup = next(f for f in report["findings"] if f["category"] == "unsafe-path")
    assert "listed more than once" in dup["message"]


@pytest.mark.parametrize("type_,kind", [(tarfile.FIFOTYPE, "fifo"), (tarfile.CHRTYPE, "chardev"),
                                        (tarfile.BLKTYPE, "blockdev")])
def test_tar_special_members(tmp_path, tiny_baselines, type_, kind):
    tar = _tar(tmp_path, "tar", extra=[("docs/dev", b"", type_, "")])
    report = _audit_info(tar, tiny_baselines, {("special-file", "docs/dev"), ("added-file", "docs/dev")})
    sf = next(f for f in report["findings"] if f["category"] == "special-file")
    assert sf["evidence"]["actual"]["type"] == kind


def test_tar_member_names_with_terminal_escapes_and_bad_bytes(tmp_path, tiny_baselines):
    tar = _tar(tmp_path, "tar", extra=[("docs/\x1b]0;pwned\x07.txt", b"x", tarfile.REGTYPE, ""),
                                       ("docs/caf\udce9.txt", b"x", tarfile.REGTYPE, "")])
    _audit_info(tar, tiny_baselines, {("added-file", "docs/\\x1b]0;pwned\\x07.txt"), ("added-file", "docs/caf\\xe9.txt")})
    run, _ = audit(tar, tiny_baselines, "--fail-on", "info", fmt="text", code=1)
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout


def test_tar_long_names_beyond_path_max(tmp_path, tiny_baselines):
    name = "docs/" + "/".join(["d" * 100] * 50) + "/f.txt"
    tar = _tar(tmp_path, "tar", extra=[(name, b"x", tarfile.REGTYPE, "")])
    _audit_info(tar, tiny_baselines, {("added-file", name)})


# -- corrupt, truncated, bombs ----------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["tar.gz", "tar.xz", "tar.bz2", "tar.zst"])
def test_corrupt_block_in_the_middle_of_a_compressed_tar(tmp_path, tiny_baselines, suffix):
    """Damage in the middle must fail the run (exit 2), never give a partial report."""
    data = make.compress(make.padded_tar(400_000), COMPRESSIONS[suffix])
    target = make.write(tmp_path / f"install.{suffix}", make.corrupt_middle(data, 0.5, 256))
    expect_error("audit", target, "-b", tiny_baselines, match=r"corrupt|truncated|damaged")


@pytest.mark.parametrize("suffix", ["tar", "tar.gz", "tar.xz", "tar.bz2", "tar.zst"])
def test_truncated_tar(tmp_path, tiny_baselines, suffix):
    data = make.compress(make.padded_tar(200_000), COMPRESSIONS[suffix])
    target = make.write(tmp_path / f"install.{suffix}", data[:len(data) * 2 // 3])
    expect_error("audit", target, "-b", tiny_baselines, match=r"corrupt|truncated|unexpected end")


def test_corrupt_plain_tar_header_in_the_middle(tmp_path, tiny_baselines):
    """A damaged header after the first one: tarfile stops there as if the archive ended; the rest
    of the archive is not zeros, so the run fails instead of auditing half the tree."""
    data = bytearray(make.padded_tar(100_000))
    pos = data.find(b"docs/blob.bin")
    assert pos > 512
    data[pos + 148:pos + 156] = b"garbage!"      # the header's checksum field
    target = make.write(tmp_path / "install.tar", bytes(data))
    expect_error("audit", target, "-b", tiny_baselines, match=r"corrupt archive: unreadable data after byte")


def test_garbage_after_the_end_of_a_tar_is_refused(tmp_path, tiny_baselines):
    target = make.write(tmp_path / "install.tar", make.tiny_tar_bytes() + b"hidden payload" * 100)
    expect_error("audit", target, "-b", tiny_baselines, match=r"corrupt archive: unreadable data after byte")


def test_not_an_archive(tmp_path, tiny_baselines):
    target = make.write(tmp_path / "install.tar.gz", b"this is not gzip at all\n" * 10)
    expect_error("audit", target, "-b", tiny_baselines, match=r"cannot open as tar archive|not a directory, archive")


def test_empty_tar(tmp_path, tiny_baselines):
    target = make.write(tmp_path / "empty.tar", bytes(10240))
    _, report = audit(target, tiny_baselines, code=1)
    assert findings_of(report) == {("unidentified-release", None)}


def test_tar_gz_bomb_is_refused(gzip_bomb, tiny_baselines):
    """Zeros at gzip's best ratio: refused while listing (test_bombs measures its memory)."""
    expect_error("audit", gzip_bomb, "-b", tiny_baselines, match=r"decompression bomb")


def test_tar_declaring_more_than_it_could_hold(tmp_path, tiny_baselines):
    """A header that declares 100 GB in a 10 KB archive: refused at that header, nothing is read."""
    ti = tarfile.TarInfo("docs/huge.bin")
    ti.size = 100 * 10 ** 9
    data = make.tar_blocks() + ti.tobuf(tarfile.GNU_FORMAT) + bytes(4096)
    target = make.write(tmp_path / "liar.tar.gz", make.compress(data, "gz"))
    expect_error("audit", target, "-b", tiny_baselines, match=r"decompression bomb")


# -- zip ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,reported", [("/etc/passwd", "etc/passwd"), ("../evil.py", "../evil.py"),
                                           ("app/../../evil.py", "app/../../evil.py")])
def test_zip_member_names_that_escape(tmp_path, tiny_baselines, name, reported):
    z = make.tiny_zip(tmp_path / "install.zip", extra=[(name, b"evil\n")])
    _audit_info(z, tiny_baselines, {("unsafe-path", reported)})


def test_zip_symlink_member_and_a_member_written_through_it(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip", symlinks=[("a", "/etc")], extra=[("a/x", b"evil\n")])
    _audit_info(z, tiny_baselines, {("symlink-escape", "a"), ("added-file", "a"), ("unsafe-path", "a/x")})


def test_zip_symlink_member_with_a_huge_target(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip", symlinks=[("docs/big", "x" * (1 << 20))])
    report = _audit_info(z, tiny_baselines, {("unsafe-path", "docs/big")})
    assert "PATH_MAX" in report["findings"][0]["message"]


def test_zip_duplicate_members(tmp_path, tiny_baselines):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # zipfile warns about the duplicate it is asked to write
        z = make.tiny_zip(tmp_path / "install.zip", extra=[("app/util.py", b'VERSION = "6.6.6"\n')])
    _audit_info(z, tiny_baselines, {("unsafe-path", "app/util.py"), ("modified-file", "app/util.py")}, exact=False)


def test_zip_member_with_a_bad_crc_is_unreadable_not_fatal(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip")
    make.zip_patch_crc(z, "app/util.py")
    report = _audit_info(z, tiny_baselines, {("unreadable", "app/util.py")})
    assert "CRC" in report["findings"][0]["message"]


def test_zip_member_with_bad_deflate_data_is_unreadable(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip")
    make.zip_damage_data(z, "app/main.py")
    _audit_info(z, tiny_baselines, {("unreadable", "app/main.py")})


def test_zip_declaring_a_bomb_is_refused(tmp_path, tiny_baselines):
    z = make.zip_declaring(tmp_path / "bomb.zip", 4_000_000_000)
    expect_error("audit", z, "-b", tiny_baselines, match=r"decompression bomb")


def test_truncated_zip(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip")
    z.write_bytes(z.read_bytes()[:-40])
    expect_error("audit", z, "-b", tiny_baselines, match=r"cannot open as zip archive|not a directory, archive")


def test_zip_member_with_an_unknown_compression_method(tmp_path, tiny_baselines):
    z = make.tiny_zip(tmp_path / "install.zip")
    raw = bytearray(z.read_bytes())
    # compression method 99 (AES) for app/util.py, in the local header and the central directory
    import zipfile
    with zipfile.ZipFile(z) as zf:
        off = zf.getinfo("app/util.py").header_offset
    raw[off + 8:off + 10] = (99).to_bytes(2, "little")
    pos = raw.find(b"PK\x01\x02")
    while pos >= 0:
        n = int.from_bytes(raw[pos + 28:pos + 30], "little")
        if raw[pos + 46:pos + 46 + n] == b"app/util.py":
            raw[pos + 10:pos + 12] = (99).to_bytes(2, "little")
        pos = raw.find(b"PK\x01\x02", pos + 4)
    z.write_bytes(bytes(raw))
    _audit_info(z, tiny_baselines, {("unreadable", "app/util.py")})


# -- Debian packages -------------------------------------------------------------------------------

def test_deb_without_data_member(tmp_path, tiny_baselines):
    deb = make.write(tmp_path / "x.deb", make.ar_archive([("debian-binary", b"2.0\n")]))
    expect_error("audit", deb, "-b", tiny_baselines, match=r"not a Debian package \(no data\.tar member\)")


def test_deb_with_corrupt_zstd_data(tmp_path, tiny_baselines):
    data = make.compress(make.padded_tar(300_000), "zst")
    deb = make.deb(tmp_path / "x.deb", make.corrupt_middle(data, 0.5, 256))
    expect_error("audit", deb, "-b", tiny_baselines, match=r"corrupt|truncated")


def test_deb_zstd_bomb_is_refused(zstd_bomb_deb, tiny_baselines):
    assert zstd_bomb_deb.stat().st_size < 1 << 20
    expect_error("audit", zstd_bomb_deb, "-b", tiny_baselines, match=r"decompression bomb")


def test_garbage_ar_archive(tmp_path, tiny_baselines):
    deb = make.write(tmp_path / "x.deb", b"!<arch>\n" + b"\xff" * 100)
    expect_error("audit", deb, "-b", tiny_baselines, match=r"cannot open as Debian package|not a Debian package")


# -- --root ----------------------------------------------------------------------------------------

def test_wrong_root_in_an_archive_is_a_usage_error(tmp_path, tiny_baselines):
    tar = make.write(tmp_path / "install.tar", make.tiny_tar_bytes(prefix="opt/tiny"))
    expect_error("audit", tar, "-b", tiny_baselines, "--root", "opt/wrong",
                 match=r"--root opt/wrong: no member under it \(top-level entries: opt\)")


def test_missing_root_gives_a_hint(tmp_path, tiny_baselines):
    tar = make.write(tmp_path / "install.tar", make.tiny_tar_bytes(prefix="opt/tiny"))
    _, report = audit(tar, tiny_baselines, code=1)
    f = next(x for x in report["findings"] if x["category"] == "unidentified-release")
    assert f["evidence"]["root_hint"] == "opt/tiny" and "--root opt/tiny" in f["message"]
    # and the hint is right: with it, the archive is the genuine release
    _audit_info(tar, tiny_baselines, set(), "--root", "opt/tiny")


@pytest.mark.parametrize("root", ["../..", "/etc", "opt/../.."])
def test_root_climbing_out_of_an_archive(tmp_path, tiny_baselines, root):
    tar = make.write(tmp_path / "install.tar", make.tiny_tar_bytes(prefix="opt/tiny"))
    run = check_run(make_invoke("audit", tar, "-b", tiny_baselines, "--root", root), 2)
    assert "--root" in run.stderr


def make_invoke(*args):
    from conftest import invoke
    return invoke(*args)


# -- round two (issue 24) ------------------------------------------------------------------------------

@pytest.mark.parametrize("at", [20, 200, 0.25, 0.5, 0.9])
def test_a_corrupt_tar_xz_is_one_line_whatever_byte_is_flipped(tmp_path, tiny_baselines, at):
    """One flipped byte anywhere in a .tar.xz: exit 2 with one line, never an LZMAError (exit 3)."""
    data = bytearray(make.compress(make.tiny_tar_bytes("tiny") + os.urandom(200_000), "xz"))
    pos = at if isinstance(at, int) else int(len(data) * at)
    data[pos] ^= 0xFF
    bad = make.write(tmp_path / "bad.tar.xz", bytes(data))
    run = check_run(invoke("audit", bad, "-b", tiny_baselines, "--root", "tiny"))
    assert run.code == 2 and re.search(r"corrupt|cannot open|not a|checksum|truncated", run.stderr), run


@pytest.mark.parametrize("kind", ["xz", "lzma", "deb"])
def test_a_dictionary_of_one_and_a_half_gib_is_refused_not_allocated(tmp_path, tiny_baselines, kind):
    """A few hundred bytes that declare a 1.5 GiB dictionary: refused with one line under 500 MB, not a MemoryError."""
    tar = make.tiny_tar_bytes("tiny")
    if kind == "xz":
        target = make.write(tmp_path / "bomb.tar.xz", make.xz_declaring_dictionary(tar))
    elif kind == "lzma":
        target = make.write(tmp_path / "bomb.tar.lzma", make.lzma_alone_declaring_dictionary(tar))
    else:
        target = make.deb(tmp_path / "bomb.deb", make.xz_declaring_dictionary(tar), "data.tar.xz")
    assert target.stat().st_size < 1024
    out = limited("audit", target, "-b", tiny_baselines, "--root", "tiny")
    assert out.code == 2, out
    assert "needs more than 256 MiB of memory to decompress (refused: a dictionary that large is a memory bomb)" \
        in out.stderr, out


def test_a_lzma_alone_tar_with_an_honest_dictionary_is_audited(tmp_path, tiny_baselines):
    import lzma
    target = make.write(tmp_path / "ok.tar.lzma", lzma.compress(make.tiny_tar_bytes("tiny"), format=lzma.FORMAT_ALONE))
    run = check_run(invoke("audit", target, "-b", tiny_baselines, "--root", "tiny", "-f", "json"), 0)
    assert json.loads(run.stdout)["identified_version"] == "1.0.0"


def test_an_encrypted_zip_member_is_unreadable_with_a_plain_reason(tmp_path, tiny_baselines):
    """No password is ever tried, and no internal object (``<ZipInfo filename=...>``) reaches a message."""
    z = make.tiny_zip(tmp_path / "enc.zip")
    data = bytearray(z.read_bytes())
    for sig, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = data.find(sig)
        while i >= 0:
            data[i + flag_at] |= 1
            i = data.find(sig, i + 4)
    z.write_bytes(bytes(data))
    run, report = audit(z, tiny_baselines, "--fail-on", "info", code=1)
    unreadable = [f for f in report["findings"] if f["category"] == "unreadable"]
    assert unreadable and all(f["message"].endswith("cannot read member: it is encrypted (no password is ever "
                                                    "tried)") for f in unreadable)
    assert "ZipInfo" not in run.stdout
