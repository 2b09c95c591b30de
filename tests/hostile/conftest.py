"""Fixtures of the hostile-input suite (the checks every case runs through are in helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import invoke

from . import make


@pytest.fixture(scope="session")
def tiny_baselines(tmp_path_factory) -> Path:
    """baselines/tiny/1.0.0.yaml, built by the CLI from the tiny release."""
    base = tmp_path_factory.mktemp("tiny-baselines")
    tree = make.tiny_tree(tmp_path_factory.mktemp("tiny-release") / "tiny")
    run = invoke("baseline", "build", tree, "-p", "tiny", "-V", "1.0.0", "-o", base / "tiny" / "1.0.0.yaml")
    assert run.code == 0, run
    return base


@pytest.fixture
def tiny(tmp_path) -> Path:
    return make.tiny_tree(tmp_path / "tiny")


@pytest.fixture(scope="session")
def gzip_bomb(tmp_path_factory) -> Path:
    """A .tar.gz of 1.5 GiB of zeros in about 1.5 MB (gzip's best ratio, just over 1000:1)."""
    return make.write(tmp_path_factory.mktemp("bombs") / "bomb.tar.gz", make.gzip_bomb_tar(3 << 29))


@pytest.fixture(scope="session")
def zstd_bomb_deb(tmp_path_factory) -> Path:
    """A .deb whose data.tar.zst holds 8 GiB of zeros in about 250 KB."""
    return make.deb(tmp_path_factory.mktemp("bombs") / "bomb.deb", make.zstd_bomb_tar(8 << 30))
