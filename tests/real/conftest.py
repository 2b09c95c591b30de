"""The real-release suite: official OTRS / Znuny releases, installed, audited with auditor's own commands.

    AUDITOR_REAL_RELEASES=/path/to/otrs-local.git .venv/bin/python -m pytest -m real tests/real

``AUDITOR_REAL_RELEASES`` names a vendor-import repository (chrullrich/otrs-local:
every official tarball committed as "Imported vendor <version>") or a directory
of unpacked release trees. Unset, every test here skips with that reason.
``AUDITOR_REAL_WORKDIR`` keeps the release trees and baselines between runs
(default: a temporary directory); ``AUDITOR_REAL_BLOBS`` adds files for blobs a
repository snapshot lacks (see releases.py). Figures of each run are written
to ``<workdir>/real-suite.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from . import install as install_mod
from . import releases as releases_mod

ROOT = Path(__file__).resolve().parents[2]
COMMITS = r"^Imported vendor (?:\(release\) )?([67]\.\d+\.\d+)\.?(?: \(.*\))?$"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/real/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.real)


class Real:
    """The releases, their baselines and installs, built once per session."""

    def __init__(self, source: Path, work: Path):
        self.source = source
        self.work = work
        self.figures: dict = {"source": str(source)}
        started = time.perf_counter()
        self.releases = releases_mod.discover(source)
        self.by_key = {r.key: r for r in self.releases}
        blobs = releases_mod.blob_store(work / "cache")
        trees = work / "trees"
        for r in self.releases:
            dest = trees / r.key
            marker = trees / f"{r.key}.materialised"
            if marker.exists():
                r.tree = dest
                r.missing_blobs = json.loads(marker.read_text())
                continue
            if dest.exists():
                shutil.rmtree(dest)
            releases_mod.materialise(source, r, dest, blobs)
            marker.write_text(json.dumps(r.missing_blobs))
        self.figures["releases"] = {p: sorted((r.version for r in self.releases if r.product == p),
                                              key=lambda v: tuple(map(int, v.split("."))))
                                    for p in sorted({r.product for r in self.releases})}
        self.figures["materialise_seconds"] = round(time.perf_counter() - started, 1)
        self.baselines = work / "baselines"
        if not (self.baselines / ".built").exists():
            started = time.perf_counter()
            if self.baselines.exists():
                shutil.rmtree(self.baselines)
            if releases_mod.git_dir(source) is not None:
                proc = run("baseline", "from-git", source, "--product", "auto", "--commits", COMMITS,
                           "--out-dir", self.baselines, timeout=7200)
                assert proc.returncode == 0, proc.stderr[-3000:]
            else:
                for r in self.releases:
                    proc = run("baseline", "build", r.tree, "--product", "auto", "--version", "auto",
                               "--out", self.baselines / r.product / f"{r.version}.yaml", timeout=1200)
                    assert proc.returncode == 0, proc.stderr[-3000:]
            (self.baselines / ".built").write_text(f"{time.perf_counter() - started:.1f}")
        self.figures["baseline_seconds"] = float((self.baselines / ".built").read_text())
        self.addons = self._addon_baselines()
        self.figures["baselines"] = len(list(self.baselines.rglob("*.yaml")))

    def _addon_baselines(self) -> list[Path]:
        """AUDITOR_REAL_ADDONS: add-on repositories (os.pathsep between them; e.g. github.com/znuny/FAQ
        and Survey), built with `baseline from-git --product auto` into the same baselines directory,
        every release tag of the 6.x and 7.x lines (AUDITOR_REAL_ADDON_TAGS, default 'rel-[67]*')."""
        repos = [Path(p) for p in os.environ.get("AUDITOR_REAL_ADDONS", "").split(os.pathsep) if p]
        tags = os.environ.get("AUDITOR_REAL_ADDON_TAGS", "rel-[67]*")
        for repo in repos:
            marker = self.baselines / f".addon-{repo.parent.name}-{repo.name}.built"
            if marker.exists():
                continue
            started = time.perf_counter()
            proc = run("baseline", "from-git", repo, "--product", "auto", "--tags", tags,
                       "--out-dir", self.baselines, timeout=3600)
            assert proc.returncode == 0, proc.stderr[-3000:]
            marker.write_text(f"{time.perf_counter() - started:.1f}")
        return repos

    def newest(self, product: str, line: str = "") -> releases_mod.Release | None:
        rels = [r for r in self.releases if r.product == product and r.version.startswith(line)]
        return max(rels, key=lambda r: tuple(map(int, r.version.split(".")))) if rels else None

    def oldest(self, product: str, line: str = "") -> releases_mod.Release | None:
        rels = [r for r in self.releases if r.product == product and r.version.startswith(line)]
        return min(rels, key=lambda r: tuple(map(int, r.version.split(".")))) if rels else None

    def install(self, rel: releases_mod.Release, name: str, **kw) -> Path:
        return install_mod.install(rel.tree, self.work / "installs" / name, **kw)

    def audit(self, target: Path, *extra) -> tuple[dict, int]:
        proc = run("audit", target, "--baselines", self.baselines, "--format", "json", *extra)
        assert proc.returncode in (0, 1), proc.stderr[-3000:]
        return json.loads(proc.stdout), proc.returncode


def run(*args, timeout=900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "auditor", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="session")
def real(tmp_path_factory) -> Real:
    source = os.environ.get("AUDITOR_REAL_RELEASES")
    if not source:
        pytest.skip("AUDITOR_REAL_RELEASES is not set: no official OTRS / Znuny release trees to test against "
                    "(a vendor-import repository such as chrullrich/otrs-local, or a directory of release trees)")
    missing = install_mod.perl_ready()
    if missing:
        pytest.skip(f"installing a release runs its own SysConfig deployment: {missing}")
    work = Path(os.environ.get("AUDITOR_REAL_WORKDIR") or tmp_path_factory.mktemp("real"))
    work.mkdir(parents=True, exist_ok=True)
    r = Real(Path(source), work)
    yield r
    (work / "real-suite.json").write_text(json.dumps(r.figures, indent=2, sort_keys=True) + "\n")
