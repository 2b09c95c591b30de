"""auditor.dccache: the methods dataclasses generates, compiled once and kept in the cache directory.

A class made from the record is the class dataclasses makes; a record the cache rules do not trust, or
that is not ours, is not used (compiled again); a signed run reads none; none is written inside the tree
an audit reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SCRIPT = r"""
import json, sys
from auditor import dccache
dccache.install(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else None)
from dataclasses import dataclass, field, fields

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 2
    tags: tuple = ()

@dataclass
class Bag:
    name: str
    items: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False, compare=False)

a, b = Point(1), Point(1, 3, ("t",))
bag = Bag("n", hidden=5)
bag.items.append(1)
out = {
    "repr": [repr(a), repr(b), repr(bag)],
    "eq": [a == Point(1), a < b, Bag("n") == Bag("n", hidden=9), hash(a) == hash(Point(1))],
    "fields": [f.name for f in fields(Bag)],
    "frozen": None,
    "compiled": dccache.compiled, "reused": dccache.reused,
}
try:
    a.x = 5
except Exception as exc:
    out["frozen"] = type(exc).__name__
print(json.dumps(out))
"""


def _run(cache: Path, audited: str | None = "-") -> dict:
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(cache)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, audited or "-"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    return json.loads(proc.stdout)


def _record(cache: Path) -> Path | None:
    found = sorted(cache.glob("dataclass-code-*.marshal"))
    return found[0] if found else None


def test_classes_made_from_the_record_are_those_dataclasses_makes(tmp_path):
    cache, tree = tmp_path / "cache", tmp_path / "tree"
    tree.mkdir()
    first = _run(cache, str(tree))
    assert first["compiled"] > 0 and first["reused"] == 0
    assert _record(cache) is not None
    again = _run(cache, str(tree))
    assert again["compiled"] == 0 and again["reused"] == first["compiled"]
    assert {k: v for k, v in again.items() if k not in ("compiled", "reused")} == \
        {k: v for k, v in first.items() if k not in ("compiled", "reused")}
    assert first["repr"][0] == "Point(x=1, y=2, tags=())" and first["frozen"] == "FrozenInstanceError"
    assert first["eq"] == [True, True, True, True] and first["repr"][2] == "Bag(name='n', items=[1])"


def test_an_untrusted_or_foreign_record_is_not_used(tmp_path):
    cache, tree = tmp_path / "cache", tmp_path / "tree"
    tree.mkdir()
    n = _run(cache, str(tree))["compiled"]
    record = _record(cache)
    record.chmod(0o666)                         # writable by others: not read
    assert _run(cache, "-")["compiled"] == n
    record.chmod(0o600)
    record.write_bytes(b"\x00not marshal at all")   # not ours: compiled again, and written anew
    assert _run(cache, str(tree))["compiled"] == n
    assert _run(cache, "-")["reused"] == n


def test_no_record_is_written_inside_the_audited_tree_nor_without_one(tmp_path):
    tree = tmp_path / "tree"
    cache = tree / "var" / "cache"
    cache.mkdir(parents=True, mode=0o700)
    assert _run(cache, str(tree))["compiled"] > 0
    assert _record(cache) is None               # the cache directory lies inside the audited tree
    other = tmp_path / "other-cache"
    assert _run(other, None)["compiled"] > 0
    assert _record(other) is None               # a run that could not say what it audits writes none


def test_a_signed_run_takes_nothing_from_the_record(tmp_path):
    cache = tmp_path / "cache"
    tree = tmp_path / "tree"
    tree.mkdir()
    _run(cache, str(tree))
    probe = ("import sys, dataclasses\n"
             "import auditor.__main__ as m\n"
             "m._dataclass_code(sys.argv[1:], None)\n"
             "from auditor import dccache\n"
             "print(dataclasses.__dict__.get('exec') is dccache._exec)\n")
    env = {**os.environ, "AUDITOR_CACHE_DIR": str(cache)}
    for argv, installed in ((["audit", "x", "--require-signed"], "False"), (["audit", "x"], "True")):
        out = subprocess.run([sys.executable, "-c", probe, *argv], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=60, check=True).stdout.strip()
        assert out == installed, argv
