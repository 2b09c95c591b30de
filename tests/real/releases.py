"""Official OTRS / Znuny release trees for the real-release suite.

Source: ``$AUDITOR_REAL_RELEASES`` is either

* a vendor-import git repository (bare or not) in which every official
  tarball was committed as "Imported vendor <version>" (chrullrich/otrs-local
  keeps OTRS 6.0.x, Znuny LTS 6.0.x and Znuny 6.x/7.x this way), or
* a directory of unpacked release trees (any sub-directory with a RELEASE file).

A release is (product, version) read from its own RELEASE file, mapped to
auditor's product ids by auditor's profile (so the suite and the tool agree
on what "Znuny LTS" is). Trees are materialised from git objects with
``git cat-file --batch`` (no checkout). Snapshots of public repositories may
lack the largest blobs; those are filled from ``$AUDITOR_REAL_BLOBS`` (a
directory of files, matched by git blob id) or, for the two CMap files of
the bundled PDF::API2 that every 6.0+ release ships, from Debian's
libpdf-api2-perl package (fetched with apt-get download, as the RT tests do).
What cannot be filled is listed in ``Release.missing_blobs``.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

IMPORT_RE = re.compile(r"^Imported vendor (?:\(release\) )?(\d+(?:\.\d+)+)\.?(?: \(.*\))?$")
RELEASE_RE = re.compile(r"(?im)^(PRODUCT|VERSION)\s{0,2}=\s{0,2}(.+?)\s*$")


@dataclass
class Release:
    product: str            # auditor product id: otrs, znuny-lts, znuny ...
    display: str            # RELEASE's PRODUCT line
    version: str
    commit: str | None = None
    tree: Path | None = None
    missing_blobs: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.product}-{self.version}"


def _git(repo: Path, *args: str, input: bytes | None = None) -> bytes:
    env = dict(os.environ, GIT_DIR=str(repo))
    return subprocess.run(["git", *args], env=env, input=input, capture_output=True, check=True).stdout


def git_dir(path: Path) -> Path | None:
    if (path / ".git").is_dir():
        return path / ".git"
    if (path / "objects").is_dir() and (path / "HEAD").is_file():
        return path
    return None


def product_id(display: str, version: str) -> str:
    """auditor's product id for what a RELEASE file says (Znuny LTS 6.0.31-6.0.33 still say OTRS)."""
    from auditor import profile as profile_mod
    found = profile_mod.builtin("otrs").product_for_claim(display, version)
    if found is None:
        raise ValueError(f"unknown product {display!r}")
    return found


def parse_release(text: str) -> tuple[str, str]:
    found = {k.upper(): v for k, v in RELEASE_RE.findall(text)}
    return found["PRODUCT"], found["VERSION"]


def discover(source: Path) -> list[Release]:
    """Every official 6.0+ release in the source, oldest first per product."""
    repo = git_dir(source)
    out: dict[tuple[str, str], Release] = {}
    if repo is not None:
        log = _git(repo, "log", "--all", "--format=%H %s").decode("utf-8", "replace")
        for line in log.splitlines():
            commit, _, subject = line.partition(" ")
            m = IMPORT_RE.match(subject.strip())
            if not m:
                continue
            try:
                text = _git(repo, "show", f"{commit}:RELEASE").decode("utf-8", "replace")
            except subprocess.CalledProcessError:
                continue
            display, version = parse_release(text)
            if not version.startswith(("6.", "7.")):
                continue
            rel = Release(product_id(display, version), display, version, commit=commit)
            out.setdefault((rel.product, rel.version), rel)
    else:
        for d in sorted(p for p in source.iterdir() if (p / "RELEASE").is_file()):
            display, version = parse_release((d / "RELEASE").read_text(encoding="utf-8", errors="replace"))
            pid = product_id(display, version)
            out[(pid, version)] = Release(pid, display, version, tree=d)
    from auditor.versions import sort_key
    return sorted(out.values(), key=lambda r: (r.product, sort_key(r.version)))


# ---------------------------------------------------------------------------
# blobs the snapshot lacks
# ---------------------------------------------------------------------------

def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def blob_store(cache: Path) -> dict[str, Path]:
    """git blob id -> file, from $AUDITOR_REAL_BLOBS and Debian's libpdf-api2-perl."""
    store: dict[str, Path] = {}
    dirs = [Path(p) for p in os.environ.get("AUDITOR_REAL_BLOBS", "").split(os.pathsep) if p]
    deb_dir = cache / "libpdf-api2-perl"
    if not deb_dir.is_dir() and shutil.which("apt-get"):
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", "libpdf-api2-perl"], cwd=cache, capture_output=True, timeout=300)
        debs = sorted(cache.glob("libpdf-api2-perl_*.deb"))
        if debs:
            subprocess.run(["dpkg-deb", "-x", str(debs[-1]), str(deb_dir)], check=True)
    dirs.append(deb_dir)
    for d in dirs:
        if not d.is_dir():
            continue
        for f in d.rglob("*"):
            if f.is_file() and not f.is_symlink():
                store[git_blob_id(f.read_bytes())] = f
    return store


def materialise(source: Path, rel: Release, dest: Path, blobs: dict[str, Path]) -> Path:
    """Write the release's tree to ``dest`` (modes as the tarball has them: 0644/0755)."""
    if rel.tree is not None:
        shutil.copytree(rel.tree, dest, symlinks=True)
        return dest
    repo = git_dir(source)
    listing = _git(repo, "ls-tree", "-r", "-z", rel.commit).split(b"\0")
    items = []
    for raw in listing:
        if not raw:
            continue
        meta, _, path = raw.partition(b"\t")
        mode, kind, sha = meta.decode().split()
        items.append((mode, kind, sha, os.fsdecode(path)))
    batch = "".join(f"{sha}\n" for _, kind, sha, _ in items if kind == "blob").encode()
    out = _git(repo, "cat-file", "--batch", input=batch)
    pos = 0
    contents: dict[str, bytes | None] = {}
    for _, kind, sha, _ in items:
        if kind != "blob":
            continue
        eol = out.index(b"\n", pos)
        header = out[pos:eol].decode()
        pos = eol + 1
        if header.endswith(" missing"):
            contents[sha] = None
            continue
        size = int(header.split()[2])
        contents[sha] = out[pos:pos + size]
        pos += size + 1
    rel.missing_blobs = []
    for mode, kind, sha, path in items:
        if kind != "blob":
            continue
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        data = contents[sha]
        if data is None and sha in blobs:
            data = blobs[sha].read_bytes()
        if data is None:
            rel.missing_blobs.append(path)
            continue
        if mode == "120000":
            os.symlink(os.fsdecode(data), target)
            continue
        target.write_bytes(data)
        os.chmod(target, 0o755 if mode == "100755" else 0o644)
    for d in sorted(p for p in dest.rglob("*") if p.is_dir() and not p.is_symlink()):
        os.chmod(d, 0o755)
    os.chmod(dest, 0o755)
    rel.tree = dest
    return dest
