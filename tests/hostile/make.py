"""Builders of hostile inputs, generated in the test's temporary directory (nothing big is committed).

Every builder writes real files in the formats the tools of the trade write (tar, zip, ar, docker-save
and OCI images, git objects, Perl, XML, YAML, JSON) with the stdlib, byte by byte where a library
would refuse to write the hostile form.
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import json
import lzma
import os
import subprocess
import tarfile
import zipfile
import zlib
from pathlib import Path

#: The tiny product every generic case is audited against: one official release, "tiny 1.0.0".
TINY = {
    "app/main.py": b"import util\nprint(util.VERSION)\n",
    "app/util.py": b'VERSION = "1.0.0"\n',
    "docs/README.txt": b"Tiny 1.0.0\n",
    "bin/run.sh": b"#!/bin/sh\nexec python3 app/main.py\n",
    "conf/settings.ini": b"[main]\nverify_tls = true\n",
    "VERSION": b"1.0.0\n",
}
EXECUTABLE = {"bin/run.sh"}


def tiny_tree(dest: Path) -> Path:
    for rel, data in TINY.items():
        p = dest / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        p.chmod(0o755 if rel in EXECUTABLE else 0o644)
    return dest


# -- tar ------------------------------------------------------------------------

def tar_member(tar: tarfile.TarFile, name: str, data: bytes = b"", type_=tarfile.REGTYPE, mode: int = 0o644,
               linkname: str = "") -> None:
    ti = tarfile.TarInfo(name)
    ti.type = type_
    ti.mode = mode
    ti.linkname = linkname
    ti.mtime = 1_600_000_000
    if type_ in (tarfile.REGTYPE, tarfile.AREGTYPE):
        ti.size = len(data)
        tar.addfile(ti, io.BytesIO(data))
    else:
        tar.addfile(ti)


def tiny_tar_bytes(prefix: str = "", dirs: bool = True, extra=(), skip=()) -> bytes:
    """A tar of the tiny release (plain), optional prefix, with or without directory members;
    ``extra``: (name, data, type, linkname) members appended."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        seen = set()
        for rel, data in TINY.items():
            if rel in skip:
                continue
            name = f"{prefix}/{rel}" if prefix else rel
            if dirs:
                parts = name.split("/")[:-1]
                for i in range(1, len(parts) + 1):
                    d = "/".join(parts[:i])
                    if d not in seen:
                        seen.add(d)
                        tar_member(tar, d, type_=tarfile.DIRTYPE, mode=0o755)
            tar_member(tar, name, data, mode=0o755 if rel in EXECUTABLE else 0o644)
        for name, data, type_, linkname in extra:
            tar_member(tar, name, data, type_, linkname=linkname)
    return buf.getvalue()


def tar_blocks() -> bytes:
    """The tiny release as raw tar blocks (headers, data, padding) without the end-of-archive marker."""
    out = []
    for rel, data in TINY.items():
        ti = tarfile.TarInfo(rel)
        ti.size = len(data)
        ti.mode = 0o755 if rel in EXECUTABLE else 0o644
        out.append(ti.tobuf(tarfile.GNU_FORMAT) + data + bytes((-len(data)) % 512))
    return b"".join(out)


def compress(data: bytes, kind: str) -> bytes:
    if kind == "gz":
        return gzip.compress(data, mtime=0)
    if kind == "xz":
        return lzma.compress(data)
    if kind == "bz2":
        return bz2.compress(data)
    if kind == "zst":
        import zstandard
        return zstandard.ZstdCompressor(write_checksum=True).compress(data)   # as the zstd tool writes it
    return data


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def corrupt_middle(data: bytes, at: float = 0.5, length: int = 64) -> bytes:
    """The same bytes with a block in the middle overwritten (a damaged sector, a bad download)."""
    pos = int(len(data) * at)
    return data[:pos] + bytes((b ^ 0x5A) for b in data[pos:pos + length]) + data[pos + length:]


def padded_tar(size: int) -> bytes:
    """A tar of the tiny release plus one member of ``size`` random-ish bytes (so that a corrupt block
    can be placed in the middle of the compressed stream, far from the headers)."""
    import random
    rnd = random.Random(7)
    blob = bytes(rnd.getrandbits(8) for _ in range(size))
    return tiny_tar_bytes(extra=[("docs/blob.bin", blob, tarfile.REGTYPE, "")])


def gzip_repeated(pieces: list[tuple[bytes, int]]) -> bytes:
    """One gzip member of the concatenation of each piece repeated ``count`` times, at gzip's best level,
    without compressing every repetition: after a full flush deflate starts afresh, so a piece compressed
    and flushed from that state gives the same bytes each time (checked once per piece). The stream is an
    ordinary single-member gzip of the whole content; only the test's time to make it is saved."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"]     # gzip header: deflate, no name, mtime 0, best
    crc = size = 0
    for data, count in pieces:
        if count <= 0:
            continue
        out.append(c.compress(data) + c.flush(zlib.Z_FULL_FLUSH))          # from whatever came before
        if count > 1:
            again = c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)
            assert c.compress(data) + c.flush(zlib.Z_FULL_FLUSH) == again, "deflate is not repeatable here"
            out.append(again * (count - 2) if count > 2 else b"")
            out.append(again)
        for _ in range(count):
            crc = zlib.crc32(data, crc)
        size += len(data) * count
    out.append(c.flush())
    out.append((crc & 0xFFFFFFFF).to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little"))
    return b"".join(out)


def gzip_bomb_tar(declared: int) -> bytes:
    """A .tar.gz whose one member is ``declared`` bytes of zeros (compressed about 1000:1)."""
    header = tarfile.TarInfo("docs/zeros.bin")
    header.size = declared
    head = header.tobuf(tarfile.GNU_FORMAT)
    chunk = 16 << 20
    whole, rest = divmod(declared, chunk)
    return gzip_repeated([(tar_blocks() + head, 1), (bytes(chunk), whole),
                          (bytes(rest) + bytes((-declared) % 512) + bytes(1024), 1)])


def zstd_frames(pieces: list[tuple[bytes, int]]) -> bytes:
    """A zstd stream of the concatenation of each piece repeated ``count`` times, as one frame per piece and
    repetition (zstd's concatenated frames, which every decoder reads as one stream); a piece is compressed
    once, its frame repeated (the same bytes object given again is compressed once: keyed by identity,
    since hashing 48 pieces of 64 MiB cost seconds; ``pieces`` keeps every object alive meanwhile)."""
    import zstandard
    cctx = zstandard.ZstdCompressor(level=3)
    frames: dict[int, bytes] = {}
    out = []
    for data, count in pieces:
        key = id(data)
        if key not in frames:
            frames[key] = cctx.compress(data)
        out.append(frames[key] * count)
    return b"".join(out)


def zstd_bomb_tar(declared: int) -> bytes:
    header = tarfile.TarInfo("usr/share/zeros.bin")
    header.size = declared
    chunk = 64 << 20
    whole, rest = divmod(declared, chunk)
    return zstd_frames([(tar_blocks() + header.tobuf(tarfile.GNU_FORMAT), 1), (bytes(chunk), whole),
                        (bytes(rest) + bytes((-declared) % 512) + bytes(1024), 1)])


# -- zip ------------------------------------------------------------------------

def tiny_zip(path: Path, extra=(), skip=(), symlinks=()) -> Path:
    """A zip of the tiny release; ``extra``: (name, data) members; ``symlinks``: (name, target) members
    stored as unix symbolic links (as Info-ZIP writes them)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for rel, data in TINY.items():
            if rel in skip:
                continue
            zi = zipfile.ZipInfo(rel, date_time=(2020, 1, 1, 0, 0, 0))
            zi.external_attr = ((0o100755 if rel in EXECUTABLE else 0o100644) << 16)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        for name, target in symlinks:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.external_attr = (0o120777 << 16)
            z.writestr(zi, target)
        for name, data in extra:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.external_attr = (0o100644 << 16)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return path


def zip_local_offset(path: Path, name: str) -> tuple[int, int]:
    """(offset of the member's data, compressed size)."""
    with zipfile.ZipFile(path) as z:
        zi = z.getinfo(name)
    raw = path.read_bytes()
    off = zi.header_offset
    name_len, extra_len = int.from_bytes(raw[off + 26:off + 28], "little"), int.from_bytes(raw[off + 28:off + 30], "little")
    return off + 30 + name_len + extra_len, zi.compress_size


def zip_damage_data(path: Path, name: str) -> None:
    """Flip the bytes of one member's compressed data (a bad deflate stream or a CRC mismatch)."""
    start, size = zip_local_offset(path, name)
    raw = bytearray(path.read_bytes())
    for i in range(start, start + size):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))


def zip_patch_crc(path: Path, name: str) -> None:
    """Change a member's recorded CRC (local header and central directory): its data no longer matches."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        zi = z.getinfo(name)
    crc = zi.CRC.to_bytes(4, "little")
    bad = ((zi.CRC + 1) & 0xFFFFFFFF).to_bytes(4, "little")
    raw = bytearray(bytes(raw).replace(crc, bad))
    path.write_bytes(bytes(raw))


def zip_declaring(path: Path, declared: int) -> Path:
    """A small zip whose central directory declares ``declared`` uncompressed bytes for one member (a
    zip bomb as far as any reader can know before inflating)."""
    tiny_zip(path, extra=[("docs/big.bin", b"\0" * 1024)])
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        zi = z.getinfo("docs/big.bin")
    size = zi.file_size.to_bytes(4, "little")
    # the uncompressed size field (offset 24) of the member's central directory entry
    name = b"docs/big.bin"
    pos = raw.find(b"PK\x01\x02", 0)
    while pos >= 0:
        nlen = int.from_bytes(raw[pos + 28:pos + 30], "little")
        if raw[pos + 46:pos + 46 + nlen] == name:
            assert raw[pos + 24:pos + 28] == size
            raw[pos + 24:pos + 28] = min(declared, 0xFFFFFFFE).to_bytes(4, "little")
            break
        pos = raw.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(raw))
    return path


# -- deb --------------------------------------------------------------------------

def ar_archive(members: list[tuple[str, bytes]]) -> bytes:
    out = [b"!<arch>\n"]
    for name, data in members:
        head = f"{name + '/':<16}{0:<12}{0:<6}{0:<6}{100644:<8}{len(data):<10}`\n".encode()
        out.append(head + data + (b"\n" if len(data) % 2 else b""))
    return b"".join(out)


def deb(path: Path, data_tar: bytes, data_name: str = "data.tar.zst") -> Path:
    control = compress(tiny_tar_bytes(extra=()), "gz")   # content does not matter to auditor
    return write(path, ar_archive([("debian-binary", b"2.0\n"), ("control.tar.gz", control), (data_name, data_tar)]))


# -- images -------------------------------------------------------------------------

def layer(files: dict[str, bytes | None] | None = None, prefix: str = "opt/tiny", base: bool = False,
          links=(), hardlinks=(), whiteouts=()) -> bytes:
    """One image layer: the tiny release under ``prefix`` (base=True), then ``files`` (None: an
    empty file), symbolic links, hard links (name, target) and whiteout names."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        if base:
            for rel, data in TINY.items():
                tar_member(tar, f"{prefix}/{rel}", data, mode=0o755 if rel in EXECUTABLE else 0o644)
        for name, data in (files or {}).items():
            tar_member(tar, name, data or b"")
        for name, target in links:
            tar_member(tar, name, type_=tarfile.SYMTYPE, linkname=target)
        for name, target in hardlinks:
            tar_member(tar, name, type_=tarfile.LNKTYPE, linkname=target)
        for name in whiteouts:
            tar_member(tar, name)
    return buf.getvalue()


def _ustar_header(name: str, size: int, mode: int) -> bytes:
    """The 512-byte USTAR header of a regular file as tar_member writes it (mtime 1,600,000,000, uid and
    gid 0), for a short ASCII name."""
    h = bytearray(512)
    raw = name.encode("ascii")
    assert len(raw) <= 100, name
    h[0:len(raw)] = raw
    h[100:108] = b"%07o\0" % mode
    h[108:116] = h[116:124] = b"0000000\0"
    h[124:136] = b"%011o\0" % size
    h[136:148] = b"%011o\0" % 1_600_000_000
    h[148:156] = b" " * 8
    h[156:157] = b"0"
    h[257:265] = b"ustar\x0000"
    h[148:156] = b"%06o\0 " % sum(h)
    return bytes(h)


def bulk_layer(files: dict[str, bytes], prefix: str = "opt/tiny", base: bool = False, whiteouts=()) -> bytes:
    """A layer like :func:`layer` (regular files and whiteouts only), its headers written directly: tens of
    thousands of members in a fraction of the time tarfile takes (a test's set-up, not what it measures)."""
    out = []
    members = [(f"{prefix}/{rel}", data, 0o755 if rel in EXECUTABLE else 0o644) for rel, data in TINY.items()] \
        if base else []
    members += [(name, data or b"", 0o644) for name, data in files.items()]
    members += [(name, b"", 0o644) for name in whiteouts]
    for name, data, mode in members:
        out.append(_ustar_header(name, len(data), mode))
        out.append(data + b"\0" * (-len(data) % 512))
    body = b"".join(out) + b"\0" * 1024
    return body + b"\0" * (-len(body) % tarfile.RECORDSIZE)


def docker_image(path: Path, layers: list[bytes], manifest=None, layer_names=None) -> Path:
    """A `docker save` tar; ``manifest`` replaces the generated manifest.json value."""
    names = layer_names or [f"l{i}/layer.tar" for i in range(len(layers))]
    with tarfile.open(path, "w") as tar:
        tar_member(tar, "config.json", b'{"architecture": "amd64", "os": "linux"}')
        for name, data in zip(names, layers):
            tar_member(tar, name, data)
        doc = manifest if manifest is not None else [{"Config": "config.json", "RepoTags": ["tiny:1.0.0"],
                                                      "Layers": names}]
        tar_member(tar, "manifest.json", json.dumps(doc).encode())
    return path


def oci_image(path: Path, layers: list[bytes], index=None, media_type="application/vnd.oci.image.layer.v1.tar",
              compressor=None) -> Path:
    blobs = []

    def blob(data: bytes) -> tuple[str, int, bytes]:
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        blobs.append((digest, data))
        return digest, len(data), data
    cfg = blob(b'{"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}')
    descs = []
    for data in layers:
        data = compressor(data) if compressor else data
        d, n, _ = blob(data)
        descs.append({"mediaType": media_type, "digest": d, "size": n})
    man = blob(json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cfg[0],
                                      "size": cfg[1]}, "layers": descs}).encode())
    idx = index if index is not None else {"schemaVersion": 2, "manifests": [
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": man[0], "size": man[1]}]}
    with tarfile.open(path, "w") as tar:
        tar_member(tar, "oci-layout", b'{"imageLayoutVersion": "1.0.0"}')
        tar_member(tar, "index.json", json.dumps(idx).encode())
        for digest, data in blobs:
            tar_member(tar, "blobs/sha256/" + digest.split(":")[1], data)
    return path


# -- git --------------------------------------------------------------------------

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
           "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.devnull}


def git(repo: Path, *args: str, data: bytes | None = None) -> str:
    return subprocess.run(["git", *args], cwd=repo, input=data, capture_output=True, check=True,
                          env=GIT_ENV).stdout.decode().strip()


def git_repo(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", ".")
    return path


def _objects(repo: Path) -> Path:
    return repo / ".git" / "objects" if (repo / ".git").is_dir() else repo / "objects"


def _loose(repo: Path, kind: str, size: int, pieces) -> bytes:
    """A loose object written straight into the store, as git writes one: zlib (level 1) over
    "<kind> <size>\\0" and the data, named by the SHA-1 of the same bytes (OpenSSL's)."""
    import zlib
    head = b"%s %d\0" % (kind.encode(), size)
    sha, z = hashlib.sha1(head), zlib.compressobj(1)
    out = [z.compress(head)]
    for piece in pieces:
        sha.update(piece)
        out.append(z.compress(piece))
    out.append(z.flush())
    name = sha.hexdigest()
    d = _objects(repo) / name[:2]
    d.mkdir(exist_ok=True)
    if not (d / name[2:]).exists():
        (d / name[2:]).write_bytes(b"".join(out))
    return bytes.fromhex(name)


def git_object(repo: Path, kind: str, data: bytes) -> bytes:
    """One object, no process per object: a tree 1,000 deep costs no 1,000 runs of ``git hash-object``;
    git reads each as its own (the tests' git commands and auditor's git reader)."""
    return _loose(repo, kind, len(data), [data])


def git_blob(repo: Path, data: bytes) -> bytes:
    return git_object(repo, "blob", data)


def git_zero_blob(repo: Path, size: int) -> bytes:
    """A blob of ``size`` zero bytes, compressed and named 16 MiB at a time: ``git hash-object`` spends
    seconds on a few hundred MiB in its collision-detecting SHA-1."""
    chunk = bytes(16 << 20)
    return _loose(repo, "blob", size, (chunk[:min(len(chunk), size - at)] for at in range(0, size, len(chunk))))


def git_tree(repo: Path, entries: list[tuple[str, str, bytes]]) -> bytes:
    """A tree object written byte by byte (git's own tools refuse hostile names): (mode, name, sha)."""
    raw = b"".join(m.encode() + b" " + n.encode("utf-8", "surrogateescape") + b"\0" + sha
                   for m, n, sha in sorted(entries, key=lambda e: e[1]))
    return git_object(repo, "tree", raw)


def git_tiny_tree(repo: Path, extra: list[tuple[str, str, bytes]] = ()) -> bytes:
    """The tiny release as git trees; ``extra`` entries are added at the top level."""
    dirs: dict[str, list] = {}
    top = list(extra)
    for rel, data in TINY.items():
        blob = git_blob(repo, data)
        mode = "100755" if rel in EXECUTABLE else "100644"
        if "/" in rel:
            d, name = rel.split("/", 1)
            dirs.setdefault(d, []).append((mode, name, blob))
        else:
            top.append((mode, rel, blob))
    for d, entries in dirs.items():
        top.append(("40000", d, git_tree(repo, entries)))
    return git_tree(repo, top)


def git_commit(repo: Path, tree: bytes, ref: str) -> str:
    sha = git(repo, "commit-tree", tree.hex(), "-m", ref)
    git(repo, "update-ref", f"refs/heads/{ref}", sha)
    return sha


# -- configuration and documents ----------------------------------------------------

def deep_xml(depth: int) -> bytes:
    """A SysConfig file whose one setting's value nests ``depth`` hashes deep."""
    return (b'<?xml version="1.0" encoding="utf-8"?>\n<otrs_config version="2.0" init="Framework">\n'
            b'<Setting Name="Vendor::Deep" Required="0" Valid="1"><Description>x</Description>'
            b'<Navigation>Core</Navigation><Value>' + b'<Hash><Item Key="k">' * depth + b"v"
            + b"</Item></Hash>" * depth + b"</Value></Setting>\n</otrs_config>\n")


def billion_laughs_xml() -> bytes:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                                        for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE otrs_config [' + "".join(ents) + ']>\n'
            '<otrs_config version="2.0" init="Framework"><Setting Name="X"><Description>&lol9;</Description>'
            '<Navigation>Core</Navigation><Value><Item ValueType="String">x</Item></Value></Setting>'
            '</otrs_config>\n').encode()


def xxe_xml(target: str = "/etc/hostname") -> bytes:
    return ('<?xml version="1.0"?>\n<!DOCTYPE otrs_config [<!ENTITY xxe SYSTEM "file://' + target + '">]>\n'
            '<otrs_config version="2.0" init="Framework"><Setting Name="X"><Description>&xxe;</Description>'
            '<Navigation>Core</Navigation><Value><Item ValueType="String">x</Item></Value></Setting>'
            '</otrs_config>\n').encode()


def many_settings_xml(n: int) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<otrs_config version="2.0" init="Application">']
    for i in range(n):
        parts.append(f'<Setting Name="Vendor::Setting{i}::Sub" Required="0" Valid="1"><Description>x</Description>'
                     f'<Navigation>Core</Navigation><Value><Item ValueType="String">v{i}</Item></Value></Setting>')
    parts.append("</otrs_config>\n")
    return "".join(parts).encode()


def yaml_alias_bomb(levels: int = 9, width: int = 10) -> bytes:
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    lines.append(f"Debugger: {{DebugThreshold: *a{levels}}}")
    return ("\n".join(lines) + "\n").encode()


def deep_yaml(depth: int) -> bytes:
    return ("x: " + "[" * depth + "]" * depth + "\n").encode()


def deep_json(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


def tree_fingerprint(path: Path) -> list:
    """Everything an audit could change in a tree or file, links not followed (atime aside)."""
    path = Path(path)
    out = []
    if not path.is_dir() or path.is_symlink():
        st = os.lstat(path)
        data = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else None
        return [("", st.st_mode, st.st_size, st.st_mtime_ns, data)]
    for root, dirs, files in os.walk(path):
        for name in sorted(dirs + files):
            p = Path(root) / name
            st = os.lstat(p)
            import stat as stat_mod
            if stat_mod.S_ISREG(st.st_mode):
                try:
                    data = hashlib.sha256(p.read_bytes()).hexdigest()
                except PermissionError:
                    data = "unreadable"
            elif stat_mod.S_ISLNK(st.st_mode):
                data = os.readlink(p)
            else:
                data = None
            out.append((str(p.relative_to(path)), st.st_mode, st.st_size, st.st_mtime_ns, data))
    out.sort()
    return out


# -- round two (issue 24) ---------------------------------------------------------------------------

def xz_declaring_dictionary(data: bytes, dict_prop: int = 37) -> bytes:
    """``data`` as .xz whose LZMA2 filter declares another dictionary size (37: 1.5 GiB); the block header's
    CRC32 is recomputed, so the file is valid and a decoder would allocate the declared dictionary."""
    import lzma
    import zlib
    raw = bytearray(lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32,
                                  filters=[{"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20}]))
    start = 12                                   # after the stream header
    size = (raw[start] + 1) * 4
    header = raw[start:start + size]
    i = header.index(b"\x21\x01")                # filter id LZMA2, one byte of properties
    header[i + 2] = dict_prop
    header[-4:] = zlib.crc32(bytes(header[:-4])).to_bytes(4, "little")
    raw[start:start + size] = header
    return bytes(raw)


def lzma_alone_declaring_dictionary(data: bytes, dict_size: int = 3 << 29) -> bytes:
    """``data`` as lzma-alone (.lzma) whose header declares a ``dict_size`` dictionary (1.5 GiB)."""
    import lzma
    raw = bytearray(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1,
                                                                            "dict_size": 1 << 20}]))
    raw[1:5] = dict_size.to_bytes(4, "little")
    return bytes(raw)
