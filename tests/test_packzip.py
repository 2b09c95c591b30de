"""Content packs are written by auditor.baseline.packzip and read by zipfile: what one writes the other reads,
a new pack, one written by zipfile and added to, and the ZIP64 forms."""

import hashlib
import os
import random
import zipfile

import pytest

from auditor.baseline import content, packzip
from auditor.errors import AuditorError


def _texts(seed, n):
    rng = random.Random(seed)
    out = [b"", b"x", b"line\n" * 10]
    while len(out) < n:
        out.append(bytes(rng.choice(b"abc def\n{}();$@") for _ in range(rng.randint(1, 5000))))
    return {hashlib.sha256(d).hexdigest(): d for d in out[:n]}


def _write(path, items, append=False):
    with open(path, "r+b" if append else "w+b") as fp:
        z = packzip.PackZip(fp, append=append)
        for name, data in items.items():
            z.add(name, data, packzip.deflate(data))
        z.close()


def _read(path, theirs=()):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        for info in z.infolist():
            if info.filename in theirs:
                continue
            assert info.compress_type == zipfile.ZIP_DEFLATED and info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.external_attr >> 16 == 0o100644
        return {n: z.read(n) for n in z.namelist()}


def test_a_new_pack_reads_back_with_zipfile(tmp_path):
    items = _texts(1, 40)
    items["big"] = os.urandom(300_000)      # incompressible: deflate's stored blocks
    _write(tmp_path / "p.zip", items)
    assert _read(tmp_path / "p.zip") == items


def test_adding_to_a_pack_zipfile_wrote_keeps_its_members_and_directory(tmp_path):
    old = _texts(2, 10)
    with zipfile.ZipFile(tmp_path / "p.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in old.items():
            z.writestr(name, data)
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        start = z.start_dir
    directory = (tmp_path / "p.zip").read_bytes()[start:start + 10 * (46 + 64)]
    new = _texts(3, 10)
    _write(tmp_path / "p.zip", new, append=True)
    assert _read(tmp_path / "p.zip", theirs=old) == {**old, **new}
    assert directory in (tmp_path / "p.zip").read_bytes()      # the earlier records, byte for byte


def test_zip64_forms_are_written_and_followed(tmp_path, monkeypatch):
    # limits lowered: every offset past 200 bytes and every count from 4 on take the ZIP64 forms
    monkeypatch.setattr(packzip, "ZIP64_OFFSET", 200)
    monkeypatch.setattr(packzip, "ZIP64_COUNT", 4)
    first, second = _texts(4, 6), _texts(5, 6)
    _write(tmp_path / "p.zip", first)
    raw = (tmp_path / "p.zip").read_bytes()
    assert b"PK\x06\x06" in raw and b"PK\x06\x07" in raw
    assert _read(tmp_path / "p.zip") == first
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        assert max(i.header_offset for i in z.infolist()) > 200      # read from the ZIP64 extra fields
    _write(tmp_path / "p.zip", second, append=True)                # the writer follows its own ZIP64 records
    assert _read(tmp_path / "p.zip") == {**first, **second}


def test_the_pack_writer_adds_through_packzip_and_refuses_what_it_cannot_follow(tmp_path):
    pack = tmp_path / "content.zip"
    first = _texts(6, 5)
    assert content.add(pack, first.items()) == (5, 0)
    second = _texts(7, 5)
    assert content.add(pack, {**first, **second}.items()) == (len(set(second) - set(first)), 5)
    reader = content.ContentPack(pack)
    assert all(reader.get(sha) == data for sha, data in {**first, **second}.items())
    reader.close()
    # zipfile lists this one (its end record is where zipfile looks) but its directory offset is a lie
    damaged = bytearray(pack.read_bytes())
    end = damaged.rfind(b"PK\x05\x06")
    damaged[end + 16:end + 20] = (len(damaged) + 10).to_bytes(4, "little")
    pack.write_bytes(bytes(damaged))
    before = pack.read_bytes()
    try:
        content.add(pack, _texts(8, 3).items())
    except (AuditorError, zipfile.BadZipFile):
        pass
    assert pack.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["content.zip"]     # no temporary copy left behind


@pytest.mark.skipif(packzip._deflate.__name__ == "zlib", reason="isal not installed")
def test_isal_is_what_deflates():
    data = b"Kernel::System::Ticket\n" * 5000
    assert zipfile._get_decompressor(zipfile.ZIP_DEFLATED).decompress(packzip.deflate(data)) == data


def test_end_records_that_claim_zip64_without_its_records_are_refused(tmp_path):
    fake = tmp_path / "p.zip"
    fake.write_bytes(packzip._END.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0, 0, 0))
    with open(fake, "r+b") as fp:
        try:
            packzip.PackZip(fp, append=True)
        except ValueError as exc:
            assert "ZIP64" in str(exc)
        else:
            raise AssertionError("a pack whose ZIP64 records are missing was taken")


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_members_spooled_by_workers_are_copied_into_the_pack_in_the_order_asked(tmp_path, monkeypatch, kernel_copy):
    """A parallel from-git's workers spool their members as zip local records; the parent copies runs of
    them into the pack (in the kernel, or read and written where the file system cannot), skipping what
    the pack holds and what was not asked for, in the order asked, ZIP64 forms past the lowered limits."""
    monkeypatch.setattr(packzip, "ZIP64_OFFSET", 3000)
    monkeypatch.setattr(packzip, "ZIP64_COUNT", 10)
    if not kernel_copy:
        def refuse(*_a, **_k):
            raise OSError(18, "Invalid cross-device link")
        monkeypatch.setattr(os, "copy_file_range", refuse)
    items = _texts(7, 30)
    names = list(items)
    spools = []
    for part, chosen in enumerate((names[:12], names[8:], names[:3])):       # overlapping, as workers' are
        path = tmp_path / f"{part}.spool"
        with open(path, "w+b") as fp:
            s = packzip.Spool(fp)
            for n in chosen:
                s.add(n, items[n], packzip.deflate(items[n]))
            s.close()
        spools.append(path)
    _write(tmp_path / "pack.zip", {n: items[n] for n in names[:2]})          # the pack holds two already
    asked = [n for n in reversed(names) if n != names[20]] + names[5:9]       # out of spool order, repeats
    w = content.PackWriter(tmp_path / "pack.zip")
    assert w.merge(spools, asked) == len(names) - 3
    w.commit()
    with zipfile.ZipFile(tmp_path / "pack.zip") as z:
        order = z.namelist()
    expected = names[:2] + [n for n in dict.fromkeys(asked) if n not in names[:2]]
    assert order == expected
    got = _read(tmp_path / "pack.zip")
    assert got == {n: items[n] for n in expected} and names[20] not in got
