"""The cache directory as an attacker's lever (issue 24): a link planted at a temporary name, a record edited
to make a tampered file look official, a cache directory or record others can write or that belongs to someone
else. The cache is trusted as far as the user who runs auditor, and no further (docs/security.md)."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import stat
from pathlib import Path

import pytest

from auditor.scan import statcache
from conftest import SAMPLEDESK, SAMPLES, invoke, validate_report

from .helpers import check_run

VICTIM = "Kernel/System/Ticket.pm"


def _cache(tmp_path: Path, mode: int = 0o700) -> Path:
    d = tmp_path / "cache"
    d.mkdir(mode=mode)
    os.chmod(d, mode)
    return d


def _audit(tree, cache: Path, *extra):
    run = check_run(invoke("audit", tree, "-b", SAMPLEDESK, "-f", "json", *extra,
                           env={"AUDITOR_CACHE_DIR": str(cache)}))
    out = Path(extra[extra.index("-o") + 1]) if "-o" in extra else None
    report = json.loads(out.read_text() if out else run.stdout)
    validate_report(report)
    return run, report


def test_a_link_planted_at_a_temporary_name_is_never_followed(tmp_path):
    """Every name the old code would have used (.<record>.<pid>.tmp) is a link to a victim file: the victim
    is untouched, and the records written are regular files, not links."""
    cache = _cache(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    tree = tmp_path / "desk"
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
    _audit(tree, cache)                       # the records' names are now known
    names = [p.name for p in cache.iterdir()]
    assert any(n.startswith("stat-") for n in names), names
    for n in names:
        (cache / f".{n}.{os.getpid()}.tmp").symlink_to(victim)
    os.utime(tree / "RELEASE")                # something to record again
    _audit(tree, cache)
    assert victim.read_text() == "keep me\n"
    assert all(not (cache / n).is_symlink() and (cache / n).is_file() for n in names)


def _record_with_official_digest(tree: Path, cache: Path) -> None:
    """What an attacker with write access to the cache does: the stat record maps the tampered file's
    stat signature to the official digest."""
    from auditor.baseline.store import load
    official = load(SAMPLEDESK / "7.0.3.yaml").by_path[VICTIM].sha256
    record = next(p for p in cache.iterdir() if p.name.startswith("stat-"))
    with open(record, "rb") as fh:
        head = marshal.load(fh)
        parts = []
        while (part := marshal.load(fh)) is not None:
            parts.append(part)
    assert any(VICTIM in p for p in parts)
    for p in parts:
        if VICTIM in p:
            sig, _ = p[VICTIM]
            p[VICTIM] = (sig, official)
    mode = stat.S_IMODE(os.stat(record).st_mode)
    with open(record, "wb") as fh:
        for blob in (head, *parts, None):
            fh.write(marshal.dumps(blob))
    os.chmod(record, mode)


@pytest.fixture
def tampered_with_record(tmp_path, monkeypatch):
    # files written a moment ago are "racy" for RACY_NS and get no signature (tests/test_drift.py holds
    # that window); these tests are about the record, so the tree counts as old at once
    monkeypatch.setattr(statcache, "RACY_NS", 0)
    cache = _cache(tmp_path)
    tree = tmp_path / "desk"
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
    f = tree / VICTIM
    f.write_text(f.read_text().replace("return 1;", "return 1; # vendor", 1))
    _, first = _audit(tree, cache, "-o", tmp_path / "first.json")
    assert (("modified-file", VICTIM) in {(x["category"], x["path"]) for x in first["findings"]})
    _record_with_official_digest(tree, cache)
    os.utime(tree / "COPYING")     # the tree changed a little: --since cannot take the recorded result whole
    return tree, cache, tmp_path / "first.json"


def test_an_edited_record_that_others_could_write_is_refused(tampered_with_record):
    tree, cache, first = tampered_with_record
    record = next(p for p in cache.iterdir() if p.name.startswith("stat-"))
    os.chmod(record, 0o664)                  # a group member could have edited it
    run, report = _audit(tree, cache, "--since", first)
    assert ("modified-file", VICTIM) in {(x["category"], x["path"]) for x in report["findings"]}
    assert report["drift"]["cache"]["state"] == "missing" and report["drift"]["cache"]["trusted"] == 0


def test_an_edited_record_in_a_cache_directory_others_can_write_is_refused(tampered_with_record):
    tree, cache, first = tampered_with_record
    os.chmod(cache, 0o770)
    run, report = _audit(tree, cache, "--since", first)
    assert ("modified-file", VICTIM) in {(x["category"], x["path"]) for x in report["findings"]}
    assert report["drift"]["cache"]["state"] == "refused"
    assert f"auditor: warning: cache directory {cache} is writable by others (mode 0770; chmod 700 it): no cache " \
           "is read or written in this run" in run.stderr


def test_an_edited_record_the_user_could_write_is_the_documented_limit(tampered_with_record):
    """Whoever can write as the user who runs auditor can make --since trust a file (docs/security.md says
    so): the default audit, without --since, still reads every file."""
    tree, cache, first = tampered_with_record
    _, trusted = _audit(tree, cache, "--since", first)
    assert VICTIM in trusted["drift"]["cache"]["trusted_paths"] or trusted["drift"]["cache"]["all_trusted"]
    _, default = _audit(tree, cache)
    assert ("modified-file", VICTIM) in {(x["category"], x["path"]) for x in default["findings"]}


def test_a_cache_directory_that_is_a_link_is_refused(tmp_path):
    real = _cache(tmp_path)
    link = tmp_path / "cache-link"
    link.symlink_to(real)
    run, _ = _audit(SAMPLES / "sampledesk-7.0.3-genuine", link)
    assert "is a symbolic link (never followed): no cache is read or written" in run.stderr
    assert list(real.iterdir()) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a directory to another user needs root")
def test_a_cache_directory_of_another_user_is_refused(tmp_path):
    cache = _cache(tmp_path)
    os.chown(cache, 65534, 65534)
    run, _ = _audit(SAMPLES / "sampledesk-7.0.3-genuine", cache)
    assert "belongs to another user (uid 65534): no cache is read or written" in run.stderr
    assert list(cache.iterdir()) == []


def test_a_record_that_is_a_link_is_not_read(tmp_path, monkeypatch):
    """A record replaced by a link (to a record of the attacker's) is not read: O_NOFOLLOW."""
    monkeypatch.setattr(statcache, "RACY_NS", 0)     # the copied tree counts as old at once (see above)
    cache = _cache(tmp_path)
    tree = tmp_path / "desk"
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
    _audit(tree, cache, "-o", tmp_path / "first.json")
    record = next(p for p in cache.iterdir() if p.name.startswith("stat-"))
    elsewhere = tmp_path / "elsewhere.bin"
    shutil.move(record, elsewhere)
    record.symlink_to(elsewhere)
    os.utime(tree / "COPYING")
    _, report = _audit(tree, cache, "--since", tmp_path / "first.json")
    assert report["drift"]["cache"]["state"] == "missing"
