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
