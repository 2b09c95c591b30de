"""Ed25519 keys and signatures in minisign's formats, so anyone can verify without auditor.

Formats (as minisign documents them; facts, not code, carried over):

* public key file: an ``untrusted comment:`` line, then base64 of ``"Ed" || key id (8 bytes) ||
  public key (32 bytes)``; ``minisign -V -p FILE`` reads it, ``-P`` takes the base64 line;
* secret key file: an ``untrusted comment:`` line, then base64 of ``"Ed" || kdf || "B2" || salt (32) ||
  opslimit (8, LE) || memlimit (8, LE) || [key id (8) || secret key (64) || BLAKE2b-256 checksum (32)]``;
  the bracket is XORed with scrypt(password) when kdf is ``"Sc"``, plain when kdf is two zero bytes
  (``minisign -G -W``);
* signature file (``FILE.minisig``): an ``untrusted comment:`` line, base64 of ``"ED" || key id ||
  Ed25519(BLAKE2b-512(file))``, a ``trusted comment:`` line, and base64 of
  Ed25519(signature || trusted comment), which binds the comment (auditor puts what was signed in it).

Ed25519 itself comes from ``cryptography``. Key ids are shown as minisign shows them (16 upper-case
hex digits of the little-endian id).
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import AuditorError

SIG_ALG = b"Ed"
PREHASHED = b"ED"
KDF_NONE = b"\0\0"
KDF_SCRYPT = b"Sc"
CHK_ALG = b"B2"
#: minisign's default scrypt limits (N = 2^20, r = 8, p = 1: 1 GiB, about a second)
OPSLIMIT = 33554432
MEMLIMIT = 1073741824
_SK_LEN = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32


class SignatureError(AuditorError):
    """A signature that does not verify, or a key that is not trusted."""


@dataclass(frozen=True)
class Key:
    key_id: bytes            # 8 bytes
    public: bytes            # 32 bytes
    seed: bytes | None = None  # 32 bytes; None for a public key

    @property
    def id_hex(self) -> str:
        return self.key_id[::-1].hex().upper()

    def public_line(self) -> str:
        return base64.b64encode(SIG_ALG + self.key_id + self.public).decode()

    def public_file(self) -> str:
        return f"untrusted comment: minisign public key {self.id_hex}\n{self.public_line()}\n"


def _ed25519():
    from cryptography.hazmat.primitives.asymmetric import ed25519
    return ed25519


def _raw_public(priv) -> bytes:
    from cryptography.hazmat.primitives import serialization
    return priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def generate() -> Key:
    ed = _ed25519()
    seed = secrets.token_bytes(32)
    priv = ed.Ed25519PrivateKey.from_private_bytes(seed)
    return Key(secrets.token_bytes(8), _raw_public(priv), seed)


def scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """libsodium's crypto_pwhash_scryptsalsa208sha256 parameter choice (N log2, r, p)."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p = 1
        max_n = opslimit // (r * 4)
        n_log2 = next(n for n in range(1, 63) if (1 << n) > max_n // 2)
    else:
        max_n = memlimit // (r * 128)
        n_log2 = next(n for n in range(1, 63) if (1 << n) > max_n // 2)
        p = min(max(1, (opslimit // 4) // (1 << n_log2) // r), 0x3FFFFFFF)
    return n_log2, r, p


def _kdf_stream(password: bytes, salt: bytes, opslimit: int, memlimit: int, length: int) -> bytes:
    n_log2, r, p = scrypt_params(opslimit, memlimit)
    return hashlib.scrypt(password, salt=salt, n=1 << n_log2, r=r, p=p, dklen=length,
                          maxmem=129 * r * (1 << n_log2) + (64 << 20))


def _checksum(key_id: bytes, sk: bytes) -> bytes:
    return hashlib.blake2b(SIG_ALG + key_id + sk, digest_size=32).digest()


def secret_file(key: Key, password: str | None = None, opslimit: int = OPSLIMIT, memlimit: int = MEMLIMIT) -> str:
    """The secret key file (minisign's format); encrypted with ``password`` under scrypt with the given limits
    (minisign's defaults; a reader takes the limits from the file)."""
    if key.seed is None:
        raise AuditorError("not a secret key")
    sk = key.seed + key.public
    # minisign leaves the checksum zero in an unencrypted key (-W); the public half checks the seed instead
    inner = key.key_id + sk + (_checksum(key.key_id, sk) if password else bytes(32))
    salt = secrets.token_bytes(32)
    if password:
        stream = _kdf_stream(password.encode(), salt, opslimit, memlimit, len(inner))
        inner = bytes(a ^ b for a, b in zip(inner, stream))
        kdf = KDF_SCRYPT
    else:
        kdf = KDF_NONE
    raw = SIG_ALG + kdf + CHK_ALG + salt + opslimit.to_bytes(8, "little") + memlimit.to_bytes(8, "little") + inner
    state = "encrypted" if password else "unencrypted"
    return f"untrusted comment: minisign {state} secret key\n{base64.b64encode(raw).decode()}\n"


def _payload_lines(text: str, what: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()
            if ln.strip() and not ln.startswith("untrusted comment:") and not ln.lstrip().startswith("#")]


def _b64(value: str, what: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise AuditorError(f"{what}: not base64") from None


def read_secret(path: str | Path, password: str | None = None) -> Key:
    from auditor.safeio import read_input
    text = read_input(path, "secret key", limit=1 << 16).decode("utf-8", "replace")
    lines = _payload_lines(text, str(path))
    raw = _b64(lines[0], f"{path}") if lines else b""
    if len(raw) != _SK_LEN or raw[:2] != SIG_ALG or raw[4:6] != CHK_ALG:
        raise AuditorError(f"{path}: not a minisign / auditor Ed25519 secret key")
    kdf, salt = raw[2:4], raw[6:38]
    ops, mem = int.from_bytes(raw[38:46], "little"), int.from_bytes(raw[46:54], "little")
    inner = raw[54:]
    if kdf == KDF_SCRYPT:
        if password is None:
            password = os.environ.get("AUDITOR_KEY_PASSWORD")
        if not password:
            raise AuditorError(f"{path}: the key is encrypted; give its password in AUDITOR_KEY_PASSWORD")
        n_log2, r, p = scrypt_params(ops, mem)
        if mem > 1 << 31 or n_log2 > 22 or p > 16:
            raise AuditorError(f"{path}: scrypt limits (ops {ops}, memory {mem}) beyond what auditor allows "
                               f"(a key file made to exhaust the machine?)")
        stream = _kdf_stream(password.encode(), salt, ops, mem, len(inner))
        inner = bytes(a ^ b for a, b in zip(inner, stream))
    elif kdf != KDF_NONE:
        raise AuditorError(f"{path}: unknown key derivation {kdf!r}")
    key_id, sk, chk = inner[:8], inner[8:72], inner[72:]
    if _checksum(key_id, sk) != chk and not (kdf == KDF_NONE and chk == bytes(32)):
        raise AuditorError(f"{path}: wrong password or damaged key (checksum mismatch)")
    seed, public = sk[:32], sk[32:]
    if _raw_public(_ed25519().Ed25519PrivateKey.from_private_bytes(seed)) != public:
        raise AuditorError(f"{path}: damaged key (public half does not match)")
    return Key(key_id, public, seed)


def parse_public(line: str, where: str) -> Key:
    raw = _b64(line.strip(), where)
    if len(raw) != 42 or raw[:2] != SIG_ALG:
        raise AuditorError(f"{where}: not an Ed25519 minisign public key")
    return Key(raw[2:10], raw[10:42])


def read_trusted(path: str | Path) -> dict[bytes, Key]:
    """Trusted public keys: one base64 key per line (minisign .pub files concatenated; comments allowed)."""
    from auditor.safeio import read_input
    text = read_input(path, "trusted keys", limit=1 << 20).decode("utf-8", "replace")
    keys: dict[bytes, Key] = {}
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#") or s.startswith("untrusted comment:"):
            continue
        k = parse_public(s, f"{path}:{n}")
        keys[k.key_id] = k
    if not keys:
        raise AuditorError(f"{path}: no public key in the trusted keys file")
    return keys


def sign(data: bytes, key: Key, trusted_comment: str) -> str:
    """A minisign signature file for ``data`` (prehashed with BLAKE2b-512, as minisign does by default)."""
    if key.seed is None:
        raise AuditorError("signing needs a secret key")
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise AuditorError("a trusted comment is one line")
    priv = _ed25519().Ed25519PrivateKey.from_private_bytes(key.seed)
    sig = priv.sign(hashlib.blake2b(data, digest_size=64).digest())
    global_sig = priv.sign(sig + trusted_comment.encode())
    return (f"untrusted comment: signature from auditor secret key {key.id_hex}\n"
            f"{base64.b64encode(PREHASHED + key.key_id + sig).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(global_sig).decode()}\n")


@dataclass(frozen=True)
class Verified:
    key_id: str
    trusted_comment: str


def verify(data: bytes, signature: str, trusted: dict[bytes, Key], what: str = "data") -> Verified:
    """Check a minisign signature of ``data`` by one of the ``trusted`` keys; SignatureError otherwise."""
    from cryptography.exceptions import InvalidSignature
    lines = [ln for ln in signature.splitlines() if ln.strip()]
    if len(lines) < 4 or not lines[0].startswith("untrusted comment:") or \
            not lines[2].startswith("trusted comment: "):
        raise SignatureError(f"{what}: not a minisign signature file")
    raw = _b64(lines[1].strip(), f"{what}: signature")
    if len(raw) != 74 or raw[:2] not in (SIG_ALG, PREHASHED):
        raise SignatureError(f"{what}: not an Ed25519 minisign signature")
    key_id, sig = raw[2:10], raw[10:]
    key = trusted.get(key_id)
    if key is None:
        raise SignatureError(f"{what}: signed by key {key_id[::-1].hex().upper()}, which is not a trusted key")
    comment = lines[2][len("trusted comment: "):]
    global_sig = _b64(lines[3].strip(), f"{what}: trusted comment signature")
    pub = _ed25519().Ed25519PublicKey.from_public_bytes(key.public)
    message = hashlib.blake2b(data, digest_size=64).digest() if raw[:2] == PREHASHED else data
    try:
        pub.verify(sig, message)
    except InvalidSignature:
        raise SignatureError(f"{what}: signature does not verify (changed after it was signed)") from None
    try:
        pub.verify(global_sig, sig + comment.encode())
    except InvalidSignature:
        raise SignatureError(f"{what}: the trusted comment was altered") from None
    return Verified(key.id_hex, comment)


def write_new_key(path: str | Path, key: Key, password: str | None = None) -> tuple[Path, Path]:
    """Write KEY (secret, mode 0600, never over an existing file) and KEY.pub."""
    path = Path(path)
    pub = Path(str(path) + ".pub")
    for p in (path, pub):
        if os.path.lexists(p):
            raise AuditorError(f"{p}: exists; auditor never overwrites a key")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for p, mode, text in ((path, 0o600, secret_file(key, password)), (pub, 0o644, key.public_file())):
        try:
            fd = os.open(p, flags, mode)
        except OSError as exc:
            if p == pub:
                os.unlink(path)       # no secret key without its public half
            raise AuditorError(f"{p}: cannot create the key file: {exc.strerror or exc}") from None
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
    return path, pub
