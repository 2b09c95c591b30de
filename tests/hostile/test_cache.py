"""The cache directory as an attacker's lever (issue 24): a link planted at a temporary name, a record edited
to make a tampered file look official, a cache directory or record others can write or that belongs to someone
else. The cache is trusted as far as the user who runs auditor, and no further (docs/security.md)."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import sys
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


# -- the parse of auditor's own knowledge (yamlio.load_known) and pathspec's translations (patterns) -----------

def _fresh_patterns(monkeypatch):
    """patterns as a new process finds it: nothing translated, the record not read yet."""
    from auditor import patterns
    monkeypatch.setattr(patterns, "_TRANSLATED", {})
    monkeypatch.setattr(patterns, "_RECORDED", None)
    return patterns


def _no_yaml_parse(monkeypatch):
    from auditor import yamlio

    def refuse(*a, **k):
        raise AssertionError("parsed although its record was there")
    monkeypatch.setattr(yamlio, "loads", refuse)


def test_a_built_in_profile_is_built_from_its_recorded_parse_and_the_same(tmp_path, monkeypatch):
    from auditor import yamlio
    from auditor.profile import registry
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(_cache(tmp_path)))
    path = registry.builtin_dir() / "otrs.yaml"
    parsed = yamlio.load_known(path, lambda d: registry.build(d, path, ()))
    assert parsed == registry.load_file(path)                 # the same profile as a parse of the text gives
    records = [p for p in (tmp_path / "cache").iterdir() if p.name.startswith("doc-")]
    assert len(records) >= 1                     # otrs.yaml, and its parent read on the way
    _no_yaml_parse(monkeypatch)
    again = yamlio.load_known(path, lambda d: registry.build(d, path, ()))
    assert again == parsed


def test_a_knowledge_record_of_the_wrong_kind_or_that_fails_to_build_is_passed_over(tmp_path, monkeypatch):
    """A record holding other kinds of data (bytes, a set), or data the builder refuses, is not used: the
    document is parsed from its text again, and a real error in the text still names its line."""
    from auditor import feeds, yamlio
    from auditor.errors import ValidationError
    cache = _cache(tmp_path)
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(cache))
    feed = tmp_path / "feed.yaml"
    feed.write_text((feeds.builtin_dir() / "sampledesk.yaml").read_text())
    build = lambda d: feeds._build(d, feed)     # noqa: E731
    first = yamlio.load_known(feed, build)
    assert first == feeds.load_feed(feed)
    record = next(p for p in cache.iterdir() if p.name.startswith("doc-"))
    for planted in ((yamlio.DOC_FORMAT, {"format_version": b"1"}), (yamlio.DOC_FORMAT, {"advisories": {1, 2}}),
                    (yamlio.DOC_FORMAT, {"format_version": 1, "advisories": "none"}), ("other", {}), b"junk"):
        record.write_bytes(marshal.dumps(planted))
        assert yamlio.load_known(feed, build) == first
    feed.write_text(feed.read_text() + "unknown_key: 1\n")
    with pytest.raises(ValidationError) as err:
        yamlio.load_known(feed, build)
    assert err.value.line is not None            # from the text, not from a record without lines


def test_a_signed_run_neither_reads_nor_writes_the_knowledge_and_pattern_records(tmp_path, monkeypatch):
    from auditor import yamlio
    from auditor.patterns import PathPatterns
    from auditor.profile import registry
    cache = _cache(tmp_path)
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(cache))
    path = registry.builtin_dir() / "rt.yaml"
    token = yamlio.DOC_CACHE.set(False)
    try:
        _fresh_patterns(monkeypatch)
        yamlio.load_known(path, lambda d: registry.build(d, path, ()))
        PathPatterns(["var/tmp/", "*.swp"])
        assert list(cache.iterdir()) == []
    finally:
        yamlio.DOC_CACHE.reset(token)


def test_pattern_translations_are_recorded_and_a_new_process_needs_no_pathspec(tmp_path, monkeypatch):
    cache = _cache(tmp_path)
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(cache))
    patterns = _fresh_patterns(monkeypatch)
    texts = ["var/tmp/", "**/js-cache/", "*.swp", "!var/cron/*.dist", "a/**/b", "# a comment", ""]
    first = patterns.PathPatterns(texts)
    assert any(p.name.startswith("patterns-") for p in cache.iterdir())
    patterns = _fresh_patterns(monkeypatch)
    monkeypatch.setitem(sys.modules, "pathspec", None)          # an import of pathspec now fails
    again = patterns.PathPatterns(texts)
    for path in ("var/tmp/x", "a/js-cache/y", "b.swp", "var/cron/x.dist", "var/cron/x", "a/c/d/b", "other"):
        assert again.match(path) == first.match(path), path
    with pytest.raises(ImportError):                             # a pattern not recorded still needs pathspec
        patterns.PathPatterns(["never/seen/*.x"])


def test_a_planted_pattern_translation_never_reaches_the_backtracking_engine(tmp_path, monkeypatch):
    """A record edited to translate a pattern into an expression that backtracks exponentially in Python's
    engine: it is run by RE2 (linear time), never by Python's; a record of the wrong kind is ignored."""
    cache = _cache(tmp_path)
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(cache))
    patterns = _fresh_patterns(monkeypatch)
    patterns.PathPatterns(["var/tmp/"])
    record = next(p for p in cache.iterdir() if p.name.startswith("patterns-"))
    record.write_bytes(marshal.dumps({"var/tmp/": ("^(a+)+$", True)}))
    patterns = _fresh_patterns(monkeypatch)
    planted = patterns.PathPatterns(["var/tmp/"])
    assert planted._fast is None                                   # RE2 only
    assert planted.match("a" * 5000 + "!") is False                # at once, where Python's engine never ends
    for junk in ({"var/tmp/": ("^x", None)}, {"var/tmp/": ["^x", True]}, {b"var/tmp/": ("^x", True)}, [1]):
        record.write_bytes(marshal.dumps(junk))
        patterns = _fresh_patterns(monkeypatch)
        again = patterns.PathPatterns(["var/tmp/"])
        assert again.match("var/tmp/x") and not again.match("x")
