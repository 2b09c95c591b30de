"""Writing a content pack's zip archive with members deflated before they are written.

zipfile deflates a member while it writes it, with zlib, and has no way to take a member deflated
elsewhere. A content pack is written once per build of many releases and holds gigabytes of text:
deflating is most of its cost. This writer takes members deflated by ISA-L (python-isal's
isal_zlib: the same deflate format, about four times faster than zlib at level 1 on OTRS's texts,
and smaller) or, without it, by zlib, and writes the zip structure itself: local headers, the
central directory, the end records (ZIP64 when the archive outgrows the classic fields). Reading
stays with zipfile (auditor.baseline.content.ContentPack), and tests/test_packzip.py holds what is
written to what zipfile reads, ZIP64 included.

Appending to an existing archive keeps its central directory records byte for byte: the new members
are written where that directory began, and the directory is written again after them.
"""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

try:        # ISA-L's deflate (python-isal): same format, much faster
    from isal import isal_zlib as _deflate
except ImportError:         # pragma: no cover - isal is a dependency; zlib is the fallback
    _deflate = zlib

LEVEL = 1
#: what the classic fields hold (all ones: "see the ZIP64 record")
MAX_U32 = 0xFFFFFFFF
MAX_U16 = 0xFFFF
#: from where on the ZIP64 forms are written (the classic limits; tests lower them)
ZIP64_OFFSET = MAX_U32
ZIP64_COUNT = MAX_U16

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s4H2H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_LOCATOR64 = struct.Struct("<4sLQL")
_DOS_DATE = (0 << 9) | (1 << 5) | 1         # 1980-01-01, the zip epoch: members carry no time
_ATTR = 0o100644 << 16                      # a regular file, rw-r--r--, made on Unix (version byte 3)


def deflate(data: bytes) -> bytes:
    c = _deflate.compressobj(LEVEL, _deflate.DEFLATED, -15)
    return c.compress(data) + c.flush()


def _end_records(fp: BinaryIO) -> tuple[int, int, int]:
    """(entries, central directory size, its offset) of an archive written by this writer or zipfile."""
    fp.seek(0, 2)
    size = fp.tell()
    tail_len = min(size, _END.size + MAX_U16)
    fp.seek(size - tail_len)
    tail = fp.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END.size:
        raise ValueError("not a zip archive (no end of central directory record)")
    _sig, _d, _d2, _n, count, cd_size, cd_offset, _comment = _END.unpack_from(tail, at)
    end_at = size - tail_len + at
    if count == MAX_U16 or cd_size == MAX_U32 or cd_offset == MAX_U32:
        loc_at = end_at - _LOCATOR64.size
        if loc_at < 0:
            raise ValueError("ZIP64 end record locator missing")
        fp.seek(loc_at)
        sig, _disk, end64_at, _disks = _LOCATOR64.unpack(fp.read(_LOCATOR64.size))
        if sig != b"PK\x06\x07":
            raise ValueError("ZIP64 end record locator missing")
        fp.seek(end64_at)
        fields = _END64.unpack(fp.read(_END64.size))
        if fields[0] != b"PK\x06\x06":
            raise ValueError("ZIP64 end record missing")
        count, cd_size, cd_offset = fields[7], fields[8], fields[9]
    return count, cd_size, cd_offset


class PackZip:
    """Members added one by one (name, content, its deflated form), the directory written by ``close``."""

    def __init__(self, fp: BinaryIO, append: bool):
        self.fp = fp
        self.central: list[bytes] = []
        self.count = 0
        if append:
            self.count, cd_size, cd_offset = _end_records(fp)
            fp.seek(cd_offset)
            kept = fp.read(cd_size)
            if len(kept) != cd_size:
                raise ValueError("central directory truncated")
            self.central.append(kept)
            fp.seek(cd_offset)
            fp.truncate()
        else:
            fp.seek(0)
            fp.truncate()
        self.offset = fp.tell()

    deflate = staticmethod(deflate)

    def add(self, name: str, data: bytes, deflated: bytes) -> None:
        self.add_deflated(name, zlib.crc32(data), len(data), deflated)

    def add_deflated(self, name: str, crc: int, size: int, deflated: bytes) -> None:
        """A member given by its deflated form, the CRC-32 and size of its content."""
        raw = name.encode("ascii")
        header = _local(raw, crc, len(deflated), size)
        self.fp.write(header)
        self.fp.write(deflated)
        self._central(raw, crc, len(deflated), size, self.offset)
        self.offset += len(header) + len(deflated)

    def _central(self, raw: bytes, crc: int, compressed: int, size: int, offset: int) -> None:
        extra = b""
        if offset >= ZIP64_OFFSET:      # the member starts past 4 GiB: its offset goes in a ZIP64 extra field
            extra = struct.pack("<2HQ", 1, 8, offset)
            offset = MAX_U32
        version = 45 if extra else 20
        self.central.append(_CENTRAL.pack(b"PK\x01\x02", (3 << 8) | version, version, 0, 8, 0, _DOS_DATE, crc,
                                          compressed, size, len(raw), len(extra), 0, 0, 0, _ATTR, offset)
                            + raw + extra)
        self.count += 1

    def add_records(self, fd: int, start: int, records: list[tuple]) -> None:
        """Members whose local records (as Spool writes them: what this writer writes for a member) lie one
        after the other in the file ``fd`` from ``start``: copied as one run (in the kernel where it can),
        each given its directory entry. ``records``: (name, crc, compressed size, size, record length)."""
        import os
        total = sum(r[4] for r in records)
        self.fp.flush()
        done = 0
        try:
            while done < total:
                n = os.copy_file_range(fd, self.fp.fileno(), total - done, start + done, self.offset + done)
                if n <= 0:
                    break
                done += n
        except OSError:         # a file system that cannot: read and write it
            pass
        while done < total:
            chunk = os.pread(fd, min(total - done, 8 << 20), start + done)
            if not chunk:
                raise ValueError("spool record truncated")
            os.pwrite(self.fp.fileno(), chunk, self.offset + done)
            done += len(chunk)
        self.fp.seek(self.offset + total)
        at = self.offset
        for name, crc, compressed, size, length in records:
            self._central(name.encode("ascii"), crc, compressed, size, at)
            at += length
        self.offset = at

    def close(self) -> None:
        cd_offset = self.offset
        directory = b"".join(self.central)
        self.fp.write(directory)
        cd_size = len(directory)
        count, size, offset = self.count, cd_size, cd_offset
        if count >= ZIP64_COUNT or cd_size >= ZIP64_OFFSET or cd_offset >= ZIP64_OFFSET:
            end64_at = cd_offset + cd_size
            self.fp.write(_END64.pack(b"PK\x06\x06", _END64.size - 12, (3 << 8) | 45, 45, 0, 0, count, count,
                                      cd_size, cd_offset))
            self.fp.write(_LOCATOR64.pack(b"PK\x06\x07", 0, end64_at, 1))
            count, size, offset = MAX_U16, MAX_U32, MAX_U32       # "in the ZIP64 record"
        self.fp.write(_END.pack(b"PK\x05\x06", 0, 0, count, count, size, offset, 0))
        self.fp.flush()


def _local(raw: bytes, crc: int, compressed: int, size: int) -> bytes:
    return _LOCAL.pack(b"PK\x03\x04", 20, 0, 8, 0, _DOS_DATE, crc, compressed, size, len(raw), 0) + raw


class Spool:
    """Members deflated by one worker of a parallel build (``baseline from-git``), in the order they came,
    for the parent to add to the pack (``spool_index``, PackZip.add_records): each written as the zip
    local record (header, name, deflated bytes) the pack will hold, so that runs of them are copied
    whole. Same interface as PackZip for the pack's writer thread."""

    def __init__(self, fp: BinaryIO):
        self.fp = fp

    deflate = staticmethod(deflate)

    def add(self, name: str, data: bytes, deflated: bytes) -> None:
        self.fp.write(_local(name.encode("ascii"), zlib.crc32(data), len(deflated), len(data)))
        self.fp.write(deflated)

    def close(self) -> None:
        self.fp.flush()


def spool_index(fp: BinaryIO) -> dict[str, tuple[int, int, int, int, int]]:
    """name -> (offset of its record, crc, compressed size, size, record length) of each record of a spool
    (the first, for a name written twice); a record that is not one raises ValueError."""
    import os
    fd = fp.fileno()
    end = os.fstat(fd).st_size
    out: dict[str, tuple[int, int, int, int, int]] = {}
    at = 0
    while at < end:
        head = os.pread(fd, _LOCAL.size + 64, at)        # the header and a sha256's name
        if len(head) < _LOCAL.size:
            raise ValueError("spool record truncated")
        sig, _v, _f, _m, _t, _d, crc, compressed, size, name_len, extra_len = _LOCAL.unpack_from(head)
        name = head[_LOCAL.size:_LOCAL.size + name_len]
        length = _LOCAL.size + name_len + compressed
        if sig != b"PK\x03\x04" or extra_len or len(name) != name_len or at + length > end:
            raise ValueError("not a whole spool record")
        out.setdefault(name.decode("ascii"), (at, crc, compressed, size, length))
        at += length
    return out
