"""An image in a container registry: ``registry://HOST[:PORT]/REPO:TAG`` or ``...@sha256:DIGEST``.

The OCI distribution protocol (the registry HTTP API v2) is spoken with the standard library's HTTP client,
TLS verified (``--insecure-registry`` for a plain-HTTP registry, e.g. a local one). Auth as container tools
do it: a bearer-token challenge answered with the credentials of ``~/.docker/config.json`` (``auths``), or
``--registry-user`` with the password in ``AUDITOR_REGISTRY_PASSWORD``. The manifest (and, for a
multi-platform index, the manifest of ``--platform``, default linux/amd64) names the config and the
layers; every blob is streamed and checked against its digest and declared size while it is received
(a blob that does not match is refused, its digest named), kept in the cache directory by digest (and
checked again when taken from there), and the layers are then read in place as an image target reads
them (auditor.target.image: whiteouts, hostile layers) from an OCI layout assembled in a private
temporary directory.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import ssl
import tarfile
import tempfile
import urllib.error
import urllib.request
from urllib.parse import urlencode

from auditor.errors import AuditorError
from auditor.target.image import ImageTarget
from auditor.lazyre import lazy

MANIFEST_LIMIT = 4 << 20
BLOB_LIMIT = 32 << 30
TIMEOUT = 60
_CHUNK = 1 << 20
_ACCEPT = ", ".join([
    "application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v2+json"])
_INDEXES = ("application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json")
_REF = lazy(r"^registry://(?P<host>[A-Za-z0-9.-]+(?::[0-9]{1,5})?)/(?P<repo>[a-z0-9]+(?:[._/-][a-z0-9]+)*)"
                  r"(?::(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?P<digest>sha256:[0-9a-f]{64}))?$")
_DIGEST = lazy(r"^sha256:[0-9a-f]{64}$")


class RegistryOptions:
    def __init__(self, insecure: bool = False, user: str | None = None, platform: str | None = None):
        self.insecure = insecure
        self.user = user
        self.platform = platform or "linux/amd64"


def parse_ref(ref: str) -> tuple[str, str, str]:
    m = _REF.match(ref)
    if not m or not (m.group("tag") or m.group("digest")):
        raise AuditorError(f"{ref}: expected registry://HOST[:PORT]/REPO:TAG or registry://HOST[:PORT]/REPO@sha256:DIGEST")
    return m.group("host"), m.group("repo"), m.group("digest") or m.group("tag")


class _Client:
    def __init__(self, host: str, repo: str, options: RegistryOptions):
        self.base = f"{'http' if options.insecure else 'https'}://{host}/v2/{repo}"
        self.host, self.repo = host, repo
        self.token: str | None = None
        self.basic = self._credentials(host, options.user)
        self.context = None if options.insecure else ssl.create_default_context()

    @staticmethod
    def _credentials(host: str, user: str | None) -> str | None:
        if user:
            password = os.environ.get("AUDITOR_REGISTRY_PASSWORD")
            if password is None:
                raise AuditorError("--registry-user needs the password in AUDITOR_REGISTRY_PASSWORD")
            return base64.b64encode(f"{user}:{password}".encode()).decode()
        path = os.path.expanduser("~/.docker/config.json")
        if not os.path.lexists(path):
            return None
        from auditor.safeio import read_input      # a regular file, bounded (never a FIFO that blocks)
        try:
            auths = json.loads(read_input(path, "docker configuration", 1 << 20)).get("auths") or {}
        except (ValueError, AttributeError):
            raise AuditorError(f"{path}: not a docker configuration (JSON with 'auths')") from None
        entry = auths.get(host) or auths.get(f"https://{host}") or {}
        return entry.get("auth") if isinstance(entry, dict) and isinstance(entry.get("auth"), str) else None

    def _open(self, url: str, accept: str | None = None, retried: bool = False):
        req = urllib.request.Request(url)
        if accept:
            req.add_header("Accept", accept)
        if self.token:
            req.add_header("Authorization", f"Bearer {self.token}")
        elif self.basic:
            req.add_header("Authorization", f"Basic {self.basic}")
        try:
            return urllib.request.urlopen(req, timeout=TIMEOUT, context=self.context)
        except urllib.error.HTTPError as exc:
            challenge = exc.headers.get("WWW-Authenticate", "") if exc.headers else ""
            if exc.code == 401 and not retried and challenge.lower().startswith("bearer "):
                self.token = self._token(challenge)
                return self._open(url, accept, True)
            raise AuditorError(f"registry://{self.host}/{self.repo}: {url.rsplit('/', 2)[-2]} "
                               f"{url.rsplit('/', 1)[-1][:80]}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            reason = getattr(reason, "strerror", None) or reason          # "Connection refused", not "[Errno 111] ..."
            raise AuditorError(f"registry://{self.host}: cannot connect: {reason}") from None

    def _token(self, challenge: str) -> str:
        fields = dict(re.findall(r'(\w+)="([^"]*)"', challenge))
        realm = fields.pop("realm", None)
        if not realm or not realm.startswith(("https://", "http://")):
            raise AuditorError(f"registry://{self.host}: a token challenge without a usable realm")
        req = urllib.request.Request(realm + "?" + urlencode({k: v for k, v in fields.items() if k in
                                                              ("service", "scope")}))
        if self.basic:
            req.add_header("Authorization", f"Basic {self.basic}")
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT, context=self.context) as resp:
                data = json.loads(resp.read(1 << 20))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise AuditorError(f"registry://{self.host}: the token service refused: {getattr(exc, 'reason', exc)}") \
                from None
        token = data.get("token") or data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str):
            raise AuditorError(f"registry://{self.host}: the token service gave no token")
        return token

    def manifest(self, ref: str) -> tuple[dict, bytes, str]:
        with self._open(f"{self.base}/manifests/{ref}", _ACCEPT) as resp:
            data = resp.read(MANIFEST_LIMIT + 1)
            media = (resp.headers.get("Content-Type") or "").split(";")[0].strip()
        if len(data) > MANIFEST_LIMIT:
            raise AuditorError(f"registry://{self.host}/{self.repo}: manifest {ref[:80]} over {MANIFEST_LIMIT} bytes")
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        if _DIGEST.match(ref) and digest != ref:
            raise AuditorError(f"registry://{self.host}/{self.repo}: manifest {ref} does not match its digest "
                               f"(received {digest}): refused")
        try:
            doc = json.loads(data)
        except ValueError:
            raise AuditorError(f"registry://{self.host}/{self.repo}: manifest {ref[:80]} is not JSON") from None
        if not isinstance(doc, dict):
            raise AuditorError(f"registry://{self.host}/{self.repo}: manifest {ref[:80]} is not an object")
        return doc, data, media or str(doc.get("mediaType") or "")

    def blob(self, digest: str, size: int, dest: str) -> None:
        """The blob into ``dest``, its digest and size checked while it streams (a mismatch: refused)."""
        h = hashlib.sha256()
        got = 0
        with self._open(f"{self.base}/blobs/{digest}") as resp, open(dest, "wb") as out:
            while chunk := resp.read(_CHUNK):
                got += len(chunk)
                if got > size:
                    break
                h.update(chunk)
                out.write(chunk)
        if got != size or "sha256:" + h.hexdigest() != digest:
            os.unlink(dest)
            raise AuditorError(f"registry://{self.host}/{self.repo}: blob {digest} does not match its digest "
                               f"(received {'more than ' if got > size else ''}{got} bytes"
                               f"{'' if got > size else ', sha256:' + h.hexdigest()}): refused")


def _descriptor(d, what: str) -> tuple[str, int]:
    if not isinstance(d, dict) or not isinstance(d.get("digest"), str) or not _DIGEST.match(d["digest"]) or \
            not isinstance(d.get("size"), int) or not 0 <= d["size"] <= BLOB_LIMIT:
        raise AuditorError(f"{what}: a descriptor without a sha256 digest and a size")
    return d["digest"], d["size"]


def _cached(digest: str, size: int, dest: str) -> bool:
    """The blob from the cache directory, checked again (a cached blob is evidence too)."""
    from auditor import cache
    base = cache.cache_dir()
    fh = cache.open_record(base / f"blob-{digest.replace(':', '-')}") if base is not None else None
    if fh is None:
        return False
    h = hashlib.sha256()
    with fh, open(dest, "wb") as out:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
            out.write(chunk)
    if os.path.getsize(dest) != size or "sha256:" + h.hexdigest() != digest:
        os.unlink(dest)
        return False
    return True


def _keep(digest: str, path: str) -> None:
    from auditor import cache
    base = cache.writable_cache()
    if base is None:
        return

    def parts():
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                yield chunk
    cache.write_cache(base / f"blob-{digest.replace(':', '-')}", parts())


class RegistryTarget(ImageTarget):
    kind = "registry"

    def __init__(self, ref: str, root: str | None = None, options: RegistryOptions | None = None):
        options = options or RegistryOptions()
        host, repo, tag = parse_ref(ref)
        client = _Client(host, repo, options)
        self._work = tempfile.mkdtemp(prefix="auditor-registry-")
        try:
            layout = self._fetch(client, ref, tag, options.platform)
            super().__init__(layout, root)
        except BaseException:
            shutil.rmtree(self._work, ignore_errors=True)
            raise
        self.ref = ref

    def label(self) -> str:
        return self.ref + (f" (root {self.root})" if self.root else "")

    def _fetch(self, client: _Client, ref: str, tag: str, platform: str) -> str:
        doc, raw, media = client.manifest(tag)
        if media in _INDEXES or "manifests" in doc:
            want_os, _, want_arch = platform.partition("/")
            chosen = [m for m in doc.get("manifests") or [] if isinstance(m, dict)
                      and (m.get("platform") or {}).get("os") == want_os
                      and (m.get("platform") or {}).get("architecture") == want_arch]
            if not chosen:
                have = sorted({f"{(m.get('platform') or {}).get('os')}/{(m.get('platform') or {}).get('architecture')}"
                               for m in doc.get("manifests") or [] if isinstance(m, dict)})
                raise AuditorError(f"{ref}: no image for platform {platform} (the index has: {', '.join(have)})")
            digest, _size = _descriptor(chosen[0], ref)
            doc, raw, media = client.manifest(digest)
            if media in _INDEXES or "manifests" in doc:
                raise AuditorError(f"{ref}: an index inside an index (refused)")
        config = _descriptor(doc.get("config"), f"{ref} config")
        layers = [_descriptor(d, f"{ref} layer {i}") for i, d in enumerate(doc.get("layers") or [])]
        if not layers:
            raise AuditorError(f"{ref}: the manifest lists no layers")
        blobs = os.path.join(self._work, "blobs")
        os.mkdir(blobs)
        for digest, size in [config, *layers]:
            dest = os.path.join(blobs, digest.split(":")[1])
            if os.path.exists(dest):
                continue
            if not _cached(digest, size, dest):
                client.blob(digest, size, dest)
                _keep(digest, dest)
        manifest_digest = "sha256:" + hashlib.sha256(raw).hexdigest()
        #: the manifest the image was read from: what a baseline built from it records
        self.manifest_digest = manifest_digest
        index = json.dumps({"schemaVersion": 2, "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest_digest,
            "size": len(raw)}]}).encode()
        layout = os.path.join(self._work, "image.tar")
        with tarfile.open(layout, "w") as tar:
            def put(name: str, data: bytes | None = None, path: str | None = None):
                info = tarfile.TarInfo(name)
                if path is not None:
                    info.size = os.path.getsize(path)
                    with open(path, "rb") as fh:
                        tar.addfile(info, fh)
                else:
                    info.size = len(data)
                    tar.addfile(info, io.BytesIO(data))
            put("oci-layout", b'{"imageLayoutVersion": "1.0.0"}')
            put("index.json", index)
            put(f"blobs/sha256/{manifest_digest.split(':')[1]}", raw)
            for name in sorted(os.listdir(blobs)):
                put(f"blobs/sha256/{name}", path=os.path.join(blobs, name))
                os.unlink(os.path.join(blobs, name))      # the tar holds it now
        return layout

    def close(self) -> None:
        try:
            super().close()
        finally:
            shutil.rmtree(self._work, ignore_errors=True)
