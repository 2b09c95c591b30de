"""Container images saved to a tar file (``docker save`` or an OCI image layout).

Layers are applied in order with OCI whiteouts (``.wh.<name>`` deletes a
path, ``.wh..wh..opq`` hides what lower layers put in a directory), so the
audited tree is the file system a container would see. Nothing is
extracted. Whiteouts cost time linear in what they delete (a children index,
not a scan of every path per whiteout); a hard link resolves to its target,
also across layers; manifests are checked for the types they must have;
gzip, zstd and plain layers are read as streams.
"""

from __future__ import annotations

import io
import os
import posixpath
import tarfile
from typing import Any, BinaryIO, Iterator

from auditor.safeio import open_regular
from auditor.errors import AuditorError
from auditor.target.archive import Members, link_target, member_path, strip_dot, tar_type
from auditor.target.streams import STREAM_ERRORS, CorruptArchive, GuardedStream, check_bomb, decompressed
from auditor.target.tar import KEEP_TOTAL, TarMembers
from auditor.target.base import Member, Target

WHITEOUT = ".wh."
OPAQUE = ".wh..wh..opq"
MAX_LAYERS = 500


def looks_like_image(path: str) -> bool:
    """A docker-save or OCI layout tar. Only an uncompressed tar can be one: its layers are read in
    place at their offsets (a compressed tar is an archive; nothing is decompressed to find out)."""
    try:
        with open_regular(path, "image") as fh, tarfile.open(fileobj=fh, mode="r:") as tar:
            names = set()
            for i, ti in enumerate(tar):
                names.add(strip_dot(ti.name))
                if i > 64:
                    break
    except (*STREAM_ERRORS, AuditorError):
        return False
    return "manifest.json" in names or ("index.json" in names and "oci-layout" in names)


#: what the layers a manifest lists may add up to beyond the image file itself (an empty layer listed
#: again and again is normal; one big layer listed many times would be read many times)
LAYER_SLACK = 64 << 20


class _Slice(io.RawIOBase):
    """A byte range of the outer image tar, as a seekable file."""

    def __init__(self, fh, start: int, size: int):
        self.fh, self.start, self.size, self.pos = fh, start, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = {0: offset, 1: self.pos + offset, 2: self.size + offset}[whence]
        self.pos = max(0, min(self.pos, self.size))
        return self.pos

    def readinto(self, b) -> int:
        n = min(len(b), self.size - self.pos)
        if n <= 0:
            return 0
        self.fh.seek(self.start + self.pos)
        data = self.fh.read(n)
        b[:len(data)] = data
        self.pos += len(data)
        return len(data)


class ImageTarget(Target):
    kind = "image"

    def __init__(self, path: str, root: str | None = None):
        super().__init__(path, root)
        try:
            self._outer_fh = open_regular(path, "image")
            self._outer = tarfile.open(fileobj=self._outer_fh, mode="r:")
            self._outer_members = {strip_dot(ti.name): ti for ti in self._outer.getmembers()}
        except STREAM_ERRORS as exc:
            raise AuditorError(f"{path}: cannot open image archive: {exc}") from None
        self._raw = open_regular(path, "image")
        self._layers: list[TarMembers] = []
        self._keep = [KEEP_TOTAL]          # what the layers' listings may keep of their contents, together
        self.info: dict[str, Any] = {}
        try:
            listed = []
            for name in self._layer_names():
                ti = self._outer_members.get(strip_dot(name))
                if ti is None or not ti.isreg():
                    raise ValueError(f"layer {name!r} is not a file in the image")
                listed.append(ti)
            # the budget is checked on what the manifest declares, before any layer is read
            total, own = sum(ti.size for ti in listed), os.fstat(self._raw.fileno()).st_size
            if total > own + LAYER_SLACK:
                raise AuditorError(f"{path}: the manifest lists layers of {total} bytes in all, in an image of {own} "
                                   f"bytes (refused: a layer listed again and again would be read again and again)")
            for i, ti in enumerate(listed):
                self._layers.append(self._open_layer(ti, f"{path} layer {i}"))
        except AuditorError:
            raise
        except (KeyError, ValueError, TypeError, RecursionError, *STREAM_ERRORS) as exc:
            raise AuditorError(f"{path}: not a readable docker-save or OCI image: {exc}") from None
        self.info["layers"] = len(self._layers)

    def _open_layer(self, ti: tarfile.TarInfo, label: str) -> TarMembers:
        head_fh = _Slice(self._raw, ti.offset_data, ti.size)
        head = head_fh.read(16)

        def opener():
            return io.BufferedReader(_Slice(self._raw, ti.offset_data, ti.size), 1 << 20)
        stream = decompressed(head, opener)
        layer = tarfile.open(fileobj=stream, mode="r:")
        return TarMembers(layer, None, label, stream, ti.size, self._keep)

    # -- manifest ------------------------------------------------------------
    def _json(self, name: str) -> Any:
        ti = self._outer_members.get(strip_dot(name))
        if ti is None or not ti.isreg():
            raise KeyError(f"member {name!r} missing")
        if ti.size > 16 << 20:
            raise ValueError(f"{name} is larger than 16 MiB")
        fh = self._outer.extractfile(ti)
        from auditor.yamlio import loads_json
        try:
            return loads_json(fh.read(), name)
        except Exception as exc:    # ValidationError: one line with the member's name
            raise ValueError(str(exc)) from None

    def _blob(self, digest: Any) -> str:
        if not isinstance(digest, str) or ":" not in digest or "/" in digest or ".." in digest:
            raise ValueError(f"not a blob digest: {digest!r}")
        algo, _, hexd = digest.partition(":")
        return f"blobs/{algo}/{hexd}"

    def _layer_names(self) -> list[str]:
        names = set(self._outer_members)
        if "manifest.json" in names:
            manifest = self._json("manifest.json")
            if not isinstance(manifest, list) or not manifest or not isinstance(manifest[0], dict):
                raise ValueError("manifest.json must be a non-empty list of images")
            first = manifest[0]
            layers = first.get("Layers")
            if not isinstance(layers, list) or not all(isinstance(x, str) for x in layers):
                raise ValueError("manifest.json: Layers must be a list of file names")
            tags = first.get("RepoTags") or []
            self.info["tags"] = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
            return self._limit(layers)
        if "index.json" in names:
            index = self._json("index.json")
            if not isinstance(index, dict) or not isinstance(index.get("manifests"), list) or not index["manifests"]:
                raise ValueError("index.json: manifests must be a non-empty list")
            desc = index["manifests"][0]
            if not isinstance(desc, dict):
                raise ValueError("index.json: a manifest descriptor must be an object")
            doc = self._json(self._blob(desc.get("digest")))
            for _ in range(8):   # an image index: take the linux/amd64 (or first) manifest
                if not (isinstance(doc, dict) and isinstance(doc.get("manifests"), list)):
                    break
                chosen = doc["manifests"][0] if doc["manifests"] else None
                for m in doc["manifests"]:
                    plat = m.get("platform") if isinstance(m, dict) else None
                    if isinstance(plat, dict) and plat.get("os") == "linux" and plat.get("architecture") == "amd64":
                        chosen = m
                        break
                if not isinstance(chosen, dict):
                    raise ValueError("an image index without a manifest")
                doc = self._json(self._blob(chosen.get("digest")))
            if not isinstance(doc, dict) or not isinstance(doc.get("layers"), list):
                raise ValueError("the image manifest has no list of layers")
            ann = desc.get("annotations") if isinstance(desc.get("annotations"), dict) else {}
            self.info["tags"] = [ann.get("org.opencontainers.image.ref.name", "")]
            out = []
            for layer in doc["layers"]:
                if not isinstance(layer, dict):
                    raise ValueError("a layer descriptor must be an object")
                out.append(self._blob(layer.get("digest")))
            return self._limit(out)
        raise ValueError("neither manifest.json nor an OCI index.json")

    def _limit(self, layers: list[str]) -> list[str]:
        if len(layers) > MAX_LAYERS:
            raise ValueError(f"more than {MAX_LAYERS} layers")
        return layers

    # -- merged file system ----------------------------------------------------
    def _merged(self) -> dict[str, tuple[int, tarfile.TarInfo]]:
        merged: dict[str, tuple[int, tarfile.TarInfo]] = {}
        children: dict[str, set[str]] = {}
        declared = 0

        def remove(path: str, below_layer: int | None = None) -> None:
            """Delete path and everything under it (only what layers below ``below_layer`` put there,
            when given); each deleted path is visited once."""
            todo = [path]
            while todo:
                p = todo.pop()
                todo.extend(f"{p}/{c}" if p else c for c in list(children.get(p, ())))
                entry = merged.get(p)
                if entry is not None and (below_layer is None or entry[0] < below_layer):
                    del merged[p]
                    par, _, leaf = p.rpartition("/")
                    children.get(par, set()).discard(leaf)
                    if not children.get(p):
                        children.pop(p, None)

        for idx, layer in enumerate(self._layers):
            infos = layer._infos()   # headers one by one, bomb-checked as the layer is read
            declared += sum(ti.size for ti in infos if ti.isreg())
            for ti in infos:
                if member_path(ti.name, None)[1]:
                    merged[ti.name] = (idx, ti)   # an escaping name (whiteouts too): reported, never applied
                    continue
                name = strip_dot(ti.name).lstrip("/").rstrip("/")
                if not name or name == ".":
                    continue
                base = posixpath.basename(name)
                parent = posixpath.dirname(name)
                if base == OPAQUE:
                    for c in list(children.get(parent, ())):
                        remove(f"{parent}/{c}" if parent else c, idx)
                    continue
                if base.startswith(WHITEOUT):
                    remove(posixpath.join(parent, base[len(WHITEOUT):]))
                    continue
                merged[name] = (idx, ti)
                p = name
                while p:
                    par, _, leaf = p.rpartition("/")
                    kids = children.setdefault(par, set())
                    if leaf in kids:
                        break
                    kids.add(leaf)
                    p = par
        check_bomb(declared, os.path.getsize(self.path), self.path)
        return merged

    def members(self) -> Iterator[Member]:
        merged = self._merged()
        rows = []
        for name, (idx, ti) in merged.items():
            rel, problem = member_path(name, self.root)
            if problem:
                rows.append((idx, ti.offset, name, ti, problem))
            elif rel is not None:
                rows.append((idx, ti.offset, rel, ti, None))
        rows.sort(key=lambda r: (r[0], r[1]))
        out: list[Member] = []
        for idx, _, rel, ti, problem in rows:
            if problem:
                out.append(Member(rel, "other", ref=(idx, ti), error=f"{problem} in layer {idx}", problem="unsafe-path"))
                continue
            kind = tar_type(ti)
            ref, size = (idx, ti), ti.size if kind == "file" else None
            if ti.islnk():
                link = strip_dot(ti.linkname)
                if ".." in link.split("/"):
                    out.append(Member(rel, "other", ref=ref, problem="unsafe-path",
                                      error=f"hard link to {ti.linkname!r}, outside the image's root in layer {idx}"))
                    continue
                target = merged.get(link.lstrip("/"))
                if target is None or not target[1].isreg():
                    out.append(Member(rel, "file", ti.mode & 0o7777, None, ref=ref, problem="unreadable",
                                      error=f"hard link to {ti.linkname!r}, which the image does not hold"))
                    continue
                ref, size = target, target[1].size
            m = Member(rel, kind, ti.mode & 0o7777, size, ref=ref)
            if kind == "symlink":
                link_target(m, ti.linkname)
            out.append(m)
        members = Members(self.path).finish(out)
        if self.root and not any(m.problem != "unsafe-path" for m in members):
            raise AuditorError(f"{self.path}: --root {self.root}: no file under it in the image")
        return iter(members)

    def open(self, member: Member) -> BinaryIO:
        idx, ti = member.ref
        try:
            fh = self._layers[idx].tar.extractfile(ti)
        except STREAM_ERRORS as exc:
            raise CorruptArchive(f"{self.path}: layer {idx} is corrupt: {exc}") from None
        if fh is None:
            raise OSError("not a regular file in the layer")
        return io.BufferedReader(GuardedStream(fh, f"{self.path} layer {idx}"))

    def read_order(self, member: Member):
        idx, ti = member.ref
        return (idx, ti.offset)

    def close(self) -> None:
        for layer in self._layers:
            layer.tar.close()
        self._outer.close()
        self._outer_fh.close()
        self._raw.close()
