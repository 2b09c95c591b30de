"""Container images saved to a tar file (``docker save`` or an OCI image layout).

Layers are applied in order with OCI whiteouts (``.wh.<name>`` deletes a
path, ``.wh..wh..opq`` hides what lower layers put in a directory), so the
audited tree is the file system a container would see. Nothing is extracted.
"""

from __future__ import annotations

import json
import posixpath
import tarfile
from typing import Any, BinaryIO, Iterator

from auditor.errors import AuditorError
from auditor.paths import is_safe_relative
from auditor.target.archive import tar_type
from auditor.target.base import Member, Target, relative_to_root

WHITEOUT = ".wh."
OPAQUE = ".wh..wh..opq"


def looks_like_image(path: str) -> bool:
    try:
        with tarfile.open(path, "r:*") as tar:
            names = set()
            for i, ti in enumerate(tar):
                names.add(ti.name.lstrip("./"))
                if i > 64:
                    break
    except (tarfile.TarError, OSError, EOFError):
        return False
    return "manifest.json" in names or ("index.json" in names and "oci-layout" in names)


class ImageTarget(Target):
    kind = "image"

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        try:
            self._outer = tarfile.open(path, "r:*")
        except (tarfile.TarError, OSError) as exc:
            raise AuditorError(f"{path}: cannot open image archive: {exc}") from None
        self._layers: list[tarfile.TarFile] = []
        self.info: dict[str, Any] = {}
        try:
            layer_names = self._layer_names()
            for name in layer_names:
                fh = self._outer.extractfile(self._member(name))
                if fh is None:
                    raise AuditorError(f"{path}: layer {name} is not a file")
                self._layers.append(tarfile.open(fileobj=fh, mode="r:*"))
        except (tarfile.TarError, KeyError, ValueError, json.JSONDecodeError) as exc:
            raise AuditorError(f"{path}: not a readable docker-save or OCI image: {exc}") from None
        self.info["layers"] = len(self._layers)

    # -- manifest ------------------------------------------------------------
    def _member(self, name: str) -> tarfile.TarInfo:
        for candidate in (name, "./" + name):
            try:
                return self._outer.getmember(candidate)
            except KeyError:
                continue
        raise KeyError(f"member {name!r} missing")

    def _json(self, name: str) -> Any:
        fh = self._outer.extractfile(self._member(name))
        if fh is None:
            raise KeyError(name)
        return json.loads(fh.read())

    def _blob(self, digest: str) -> str:
        algo, _, hexd = digest.partition(":")
        return f"blobs/{algo}/{hexd}"

    def _layer_names(self) -> list[str]:
        names = {ti.name.lstrip("./") for ti in self._outer.getmembers()}
        if "manifest.json" in names:
            manifest = self._json("manifest.json")
            if not isinstance(manifest, list) or not manifest:
                raise ValueError("manifest.json holds no image")
            first = manifest[0]
            self.info["tags"] = first.get("RepoTags") or []
            return list(first["Layers"])
        if "index.json" in names:
            index = self._json("index.json")
            desc = index["manifests"][0]
            doc = self._json(self._blob(desc["digest"]))
            while "manifests" in doc:  # an image index: take the first (or linux/amd64) manifest
                chosen = doc["manifests"][0]
                for m in doc["manifests"]:
                    plat = m.get("platform") or {}
                    if plat.get("os") == "linux" and plat.get("architecture") == "amd64":
                        chosen = m
                        break
                doc = self._json(self._blob(chosen["digest"]))
            self.info["tags"] = [desc.get("annotations", {}).get("org.opencontainers.image.ref.name", "")]
            for layer in doc["layers"]:
                if "zstd" in layer.get("mediaType", ""):
                    raise ValueError("zstd-compressed layers are not supported")
            return [self._blob(layer["digest"]) for layer in doc["layers"]]
        raise ValueError("neither manifest.json nor an OCI index.json")

    # -- merged file system ----------------------------------------------------
    def _merged(self) -> dict[str, tuple[int, tarfile.TarInfo]]:
        merged: dict[str, tuple[int, tarfile.TarInfo]] = {}
        for idx, layer in enumerate(self._layers):
            try:
                infos = layer.getmembers()
            except (tarfile.TarError, EOFError, OSError) as exc:
                raise AuditorError(f"{self.path}: layer {idx} is corrupt: {exc}") from None
            for ti in infos:
                name = ti.name.lstrip("/")
                while name.startswith("./"):
                    name = name[2:]
                name = name.rstrip("/")
                if not name:
                    continue
                base = posixpath.basename(name)
                parent = posixpath.dirname(name)
                if base == OPAQUE:
                    prefix = parent + "/" if parent else ""
                    for key in [k for k, (li, _) in merged.items() if k.startswith(prefix) and li < idx]:
                        del merged[key]
                    continue
                if base.startswith(WHITEOUT):
                    gone = posixpath.join(parent, base[len(WHITEOUT):])
                    for key in [k for k in merged if k == gone or k.startswith(gone + "/")]:
                        del merged[key]
                    continue
                merged[name] = (idx, ti)
        return merged

    def members(self) -> Iterator[Member]:
        merged = self._merged()
        rows = []
        for name, (idx, ti) in merged.items():
            rel = relative_to_root(name, self.root)
            if rel is None:
                continue
            rows.append((idx, ti.offset, rel, ti))
        rows.sort(key=lambda r: (r[0], r[1]))
        for idx, _, rel, ti in rows:
            if not is_safe_relative(rel):
                yield Member(rel, "other", ref=(idx, ti), error=f"unsafe member name {ti.name!r} in layer {idx}",
                             problem="unsafe-path")
                continue
            kind = tar_type(ti)
            m = Member(rel, kind, ti.mode & 0o7777, ti.size if kind == "file" else None, ref=(idx, ti))
            if kind == "symlink":
                m.target = ti.linkname
            yield m

    def open(self, member: Member) -> BinaryIO:
        idx, ti = member.ref
        fh = self._layers[idx].extractfile(ti)
        if fh is None:
            raise OSError("not a regular file in the layer")
        return fh

    def read_order(self, member: Member):
        idx, ti = member.ref
        return (idx, ti.offset)

    def close(self) -> None:
        for layer in self._layers:
            layer.close()
        self._outer.close()
