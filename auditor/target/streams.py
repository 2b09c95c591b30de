"""Compressed streams read in place, bounded: gzip, bzip2, xz and lzma (a decoder capped at XZ_MEMLIMIT),
zstd (a window capped at 128 MiB), each a seekable stream whose errors end the run as a corrupt archive."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import tarfile
import zlib

from auditor.errors import AuditorError
from auditor.safeio import open_regular

MAX_RATIO = 1000
MIN_BOMB = 1 << 30
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
#: what a stream may raise on damage (the archive is then corrupt)
STREAM_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, ValueError)


class CorruptArchive(AuditorError):
    """The archive cannot be read to its end: the audit would be partial."""


def file_sha256(path: str) -> str:
    with open_regular(path, "archive") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()



def check_bomb(declared: int, compressed: int, label: str) -> None:
    cap = max(MIN_BOMB, compressed * MAX_RATIO)
    if declared > cap:
        raise AuditorError(f"{label}: declares {declared} bytes of content in {compressed} bytes (refused: a "
                           f"decompression bomb, more than {MAX_RATIO}x)")



#: Memory an xz or lzma decoder may take (xz -9 needs 65 MiB): a stream that declares a larger
#: dictionary (a 148-byte file can ask for 1.5 GiB) is refused, not allocated.
XZ_MEMLIMIT = 256 << 20


class _RestartableReader(io.RawIOBase):
    """A decompressed stream; seeking back starts again from the beginning, as Python's gzip and lzma
    readers do. ``opener`` returns a fresh compressed stream."""

    def __init__(self, opener):
        self._opener = opener
        self._reset()

    def _reset(self) -> None:
        self._src = self._opener()
        self._start()
        self._pos = 0

    def _start(self) -> None:
        raise NotImplementedError

    def _read(self, n: int) -> bytes:
        raise NotImplementedError

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def readinto(self, b) -> int:
        data = self._read(len(b))
        n = len(data)
        b[:n] = data
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            raise io.UnsupportedOperation("seek from the end of a compressed stream")
        if offset < self._pos:
            self._reset()
        while self._pos < offset:
            chunk = self.read(min(1 << 20, offset - self._pos))
            if not chunk:
                break
        return self._pos


class ZstdReader(_RestartableReader):
    """zstd (zstandard), with a window of at most 128 MiB."""

    def __init__(self, opener):
        import zstandard
        self._dctx = zstandard.ZstdDecompressor(max_window_size=1 << 27)
        super().__init__(opener)

    def _start(self) -> None:
        self._reader = self._dctx.stream_reader(self._src, read_across_frames=True)

    def _read(self, n: int) -> bytes:
        try:
            return self._reader.read(n)
        except Exception as exc:  # zstandard.ZstdError
            raise zlib.error(f"zstd: {exc}") from None


class XzReader(_RestartableReader):
    """xz or lzma-alone, through a decoder bounded to XZ_MEMLIMIT (Python's LZMAFile takes no limit);
    concatenated streams are read one after the other, as xz does."""

    def __init__(self, opener, fmt: int = lzma.FORMAT_AUTO):
        self._fmt = fmt
        super().__init__(opener)

    def _start(self) -> None:
        self._dec = self._new()
        self._buf = b""
        self._done = False

    def _new(self):
        return lzma.LZMADecompressor(format=self._fmt, memlimit=XZ_MEMLIMIT)

    def _read(self, n: int) -> bytes:
        try:
            while not self._done:
                if self._dec.eof:
                    rest = self._dec.unused_data
                    if not rest:
                        rest = self._src.read(1 << 16)
                        if not rest:
                            self._done = True
                            break
                    self._dec = self._new()
                    self._buf = rest
                if self._buf or self._dec.needs_input is False:
                    data = self._dec.decompress(self._buf, max_length=n)
                    self._buf = b""
                else:
                    chunk = self._src.read(1 << 16)
                    if not chunk:
                        if not self._dec.eof:
                            raise EOFError("compressed stream ended before the end-of-stream marker")
                        continue
                    data = self._dec.decompress(chunk, max_length=n)
                if data:
                    return data
            return b""
        except lzma.LZMAError as exc:
            if "memory" in str(exc).lower():
                raise lzma.LZMAError(f"needs more than {XZ_MEMLIMIT >> 20} MiB of memory to decompress (refused: "
                                     "a dictionary that large is a memory bomb)") from None
            raise


class Files:
    """Opens the archive as often as a reader needs (zstd restarts on a backward seek) and closes
    every handle at the end (gzip, bz2 and lzma readers leave a file object they were given open)."""

    def __init__(self, path: str):
        self.path = path
        self.opened: list = []

    def __call__(self):
        fh = open_regular(self.path, "archive")
        self.opened.append(fh)
        return fh

    def close(self) -> None:
        for fh in self.opened:
            fh.close()
        self.opened.clear()


def lzma_alone(head: bytes) -> bool:
    """An lzma-alone header (xz's own test): the standard properties byte, a dictionary size of 2^n or
    2^n + 2^(n-1), an uncompressed size that is unknown or below 2^38."""
    if len(head) < 13 or head[0] != 0x5D:
        return False
    dict_size = int.from_bytes(head[1:5], "little")
    size = int.from_bytes(head[5:13], "little")
    d = dict_size - 1
    for shift in (1, 2, 4, 8, 16):
        d |= d >> shift
    d += 1
    plausible_dict = dict_size == d or dict_size == d - (d >> 2)
    return plausible_dict and (size == (1 << 64) - 1 or size < 1 << 38)


def costly_seek(stream) -> bool:
    """True for a stream from ``decompressed`` that starts again from the beginning to seek back."""
    return isinstance(stream, (gzip.GzipFile, bz2.BZ2File)) or (
        isinstance(stream, io.BufferedReader) and isinstance(stream.raw, _RestartableReader))


def decompressed(head: bytes, opener):
    """A readable, seekable stream of the decompressed content (gz, bz2, xz, zst or plain)."""
    if head[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=opener())
    if head[:3] == b"BZh":
        return bz2.BZ2File(opener())
    if head[:6] == b"\xfd7zXZ\x00":
        return io.BufferedReader(XzReader(opener, lzma.FORMAT_XZ), 1 << 20)
    if lzma_alone(head):
        # lzma-alone (.lzma, a .deb's data.tar.lzma): the standard properties byte, then the dictionary size
        return io.BufferedReader(XzReader(opener, lzma.FORMAT_ALONE), 1 << 20)
    if head[:4] == ZSTD_MAGIC:
        return io.BufferedReader(ZstdReader(opener), 1 << 20)
    return opener()


class GuardedStream(io.RawIOBase):
    """A member stream whose decompression errors become one error of ours: by default a corrupt
    archive that ends the run; a zip member's, an unreadable file (``errors`` and ``fail`` given)."""

    def __init__(self, fh, label: str, errors: tuple = STREAM_ERRORS, fail=None):
        self.fh = fh
        self.label = label
        self.errors = errors
        self.fail = fail or (lambda exc: CorruptArchive(f"{self.label}: corrupt archive: {exc}"))

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        try:
            data = self.fh.read(len(b))
        except self.errors as exc:
            raise self.fail(exc) from None
        n = len(data)
        b[:n] = data
        return n

    def close(self) -> None:
        self.fh.close()
        super().close()
