"""Signed baseline directories (``baseline sign`` / ``baseline verify`` / ``audit --require-signed``).

``sign DIR --key K`` signs every file of the directory (baselines and their content packs) with a
minisign signature beside it (``FILE.minisig``, verifiable with ``minisign -Vm FILE -p KEY.pub``)
and writes ``SIGNED.sha256`` (sha256 and path of every file, sorted) with its own signature,
so a baseline added, removed or swapped after signing is caught as well as a changed byte.
The bytes signed are the files as stored: baselines are written canonically (one entry per
line, path order, deterministic gzip), so the same release always gives the same bytes.

``verify`` checks the manifest's signature against the trusted keys, then that the directory
holds exactly the signed files with their digests and that each file's own signature verifies.
It returns each verified file's stat key, so a caller can see a file that changed after it was
verified (the pipeline compares them with the files the catalog loads).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import AuditorError
from auditor.safeio import read_input, write_output
from auditor.trust import signing

MANIFEST = "SIGNED.sha256"
SIG_SUFFIX = ".minisig"
FILE_LIMIT = 4 << 30


def _files(directory: Path) -> list[Path]:
    out = []
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.name == MANIFEST or path.name.endswith(SIG_SUFFIX):
            continue
        if path.is_symlink():
            raise AuditorError(f"{path}: a symbolic link in a signed baseline directory (sign real files only)")
        if path.is_dir():
            continue
        if not path.is_file():
            raise AuditorError(f"{path}: not a regular file (a FIFO, socket or device is never read)")
        out.append(path)
    return out


def _stat_key(path: Path) -> tuple:
    st = path.stat()
    return (str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _read(path: Path) -> bytes:
    return read_input(path, "signed file", limit=FILE_LIMIT)


def sign_dir(directory: str | Path, key: signing.Key) -> list[Path]:
    directory = Path(directory)
    if not directory.is_dir():
        raise AuditorError(f"{directory}: not a directory of baselines")
    files = _files(directory)
    if not files:
        raise AuditorError(f"{directory}: nothing to sign")
    lines = []
    written = []
    for path in files:
        rel = path.relative_to(directory).as_posix()
        data = _read(path)
        digest = hashlib.sha256(data).hexdigest()
        lines.append(f"{digest}  {rel}\n")
        sig = signing.sign(data, key, f"auditor baseline file:{rel} sha256:{digest}")
        written.append(write_output(str(path) + SIG_SUFFIX, sig))
    manifest = "".join(lines).encode()
    written.append(write_output(directory / MANIFEST, manifest))
    written.append(write_output(directory / (MANIFEST + SIG_SUFFIX),
                                signing.sign(manifest, key, f"auditor baselines manifest files:{len(files)}")))
    return written


@dataclass
class VerifiedDir:
    key_id: str
    files: dict[str, tuple]       # relative path -> stat key at verification


def verify_dir(directory: str | Path, trusted: dict[bytes, signing.Key]) -> VerifiedDir:
    """Raise SignatureError (one line naming the file) unless every file is signed by a trusted key."""
    directory = Path(directory)
    if not directory.is_dir():
        raise AuditorError(f"{directory}: not a directory of baselines")
    mpath = directory / MANIFEST
    if not mpath.exists():
        raise signing.SignatureError(f"{directory}: the baselines are not signed (no {MANIFEST}; "
                                     f"sign them with `auditor baseline sign`)")
    manifest = _read(mpath)
    spath = Path(str(mpath) + SIG_SUFFIX)
    if not spath.exists():
        raise signing.SignatureError(f"{mpath}: no signature ({spath.name})")
    sig = _read(spath).decode("utf-8", "replace")
    result = signing.verify(manifest, sig, trusted, str(mpath))
    listed: dict[str, str] = {}
    for n, line in enumerate(manifest.decode("utf-8", "replace").splitlines(), 1):
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64 or not rel:
            raise signing.SignatureError(f"{mpath}:{n}: malformed manifest line")
        listed[rel] = digest
    present = {p.relative_to(directory).as_posix(): p for p in _files(directory)}
    unsigned = sorted(set(present) - set(listed))
    if unsigned:
        raise signing.SignatureError(f"{directory / unsigned[0]}: not signed (added after the baselines were signed)")
    gone = sorted(set(listed) - set(present))
    if gone:
        raise signing.SignatureError(f"{directory / gone[0]}: signed but missing (removed after signing)")
    files = {}
    for rel, path in sorted(present.items()):
        before = _stat_key(path)
        data = _read(path)
        if hashlib.sha256(data).hexdigest() != listed[rel]:
            raise signing.SignatureError(f"{path}: changed after the baselines were signed (sha256 differs "
                                         f"from {MANIFEST})")
        fsig = Path(str(path) + SIG_SUFFIX)
        if not fsig.exists():
            raise signing.SignatureError(f"{path}: no signature ({fsig.name})")
        signing.verify(data, _read(fsig).decode("utf-8", "replace"), trusted, str(path))
        if _stat_key(path) != before:
            raise signing.SignatureError(f"{path}: changed while it was verified")
        files[str(path.resolve())] = before
    return VerifiedDir(result.key_id, files)


def check_unchanged(verified: VerifiedDir, loaded: list) -> None:
    """The baseline files a catalog loaded must be the files verified (same stat key)."""
    for bf in loaded:
        key = bf.stat_key
        got = verified.files.get(key[0])
        if got is None:
            raise signing.SignatureError(f"{bf.path}: not among the signed files of the baselines directory")
        if got != tuple(key):
            raise signing.SignatureError(f"{bf.path}: changed after its signature was verified")
