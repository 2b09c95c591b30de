"""Identification: every release tree named by content, mixed trees, claims from discovered markers."""

from __future__ import annotations

import os

import pytest

from auditor.identify import indexing

from auditor.baseline.builder import build_from_source
from auditor.baseline.store import save
from conftest import SAMPLEDESK, run_auditor

VERSIONS = ["6.0.1", "6.0.2", "6.0.3", "6.0.4", "6.0.5", "7.0.1", "7.0.2", "7.0.3"]


def _write(files, dest):
    for p, (content, mode) in files.items():
        f = dest / p
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(content)
        os.chmod(f, mode)
    return dest


@pytest.mark.parametrize("version", VERSIONS)
def test_each_release_is_identified_by_content(generator, tmp_path, version):
    tree = _write(generator.checkout(version), tmp_path / version)
    # whatever the release file says
    (tree / "RELEASE").write_text("PRODUCT = SampleDesk\nVERSION = 9.9.9\n")
    proc = run_auditor("identify", tree, "--baselines", SAMPLEDESK, "--format", "json")
    import json
    data = json.loads(proc.stdout)
    assert data["identified_version"] == version
    assert data["claimed_version"] == "9.9.9"
    assert data["identification"]["candidates"][0]["version"] == version
    assert data["identification"]["candidates"][0]["score"] > data["identification"]["candidates"][1]["score"]


def test_product_without_profile_gets_a_claimed_version_from_discovered_markers(tmp_path):
    """'widget' has no profile: baseline build found its version strings by itself."""
    def release(v, extra=""):
        d = tmp_path / f"widget-{v}"
        (d / "lib").mkdir(parents=True)
        (d / "lib/widget.js").write_text(f"export const VERSION = '{v}';\n")
        (d / "NEWS").write_text(f"widget {v}\n- things{extra}\n")
        (d / "lib/core.js").write_text("core()\n" + extra)
        (d / "lib/util.js").write_text("util()\n")
        for i in range(12):
            (d / f"lib/mod{i}.js").write_text(f"mod{i}()\n" + (extra if i < 3 else ""))
        return d
    out = tmp_path / "b" / "widget"
    for v, extra in [("1.4.0", ""), ("1.5.0", "fixed\n")]:
        save(build_from_source(str(release(v, extra)), "widget", v), out / f"{v}.yaml")
    fake = tmp_path / "fake"
    import shutil
    shutil.copytree(tmp_path / "widget-1.4.0", fake)
    (fake / "lib/widget.js").write_text("export const VERSION = '1.5.0';\n")
    (fake / "NEWS").write_text("widget 1.5.0\n- things\n")
    import json
    proc = run_auditor("audit", fake, "--baselines", tmp_path / "b", "--format", "json")
    report = json.loads(proc.stdout)
    assert report["profile"] == "generic"
    assert report["claimed_version"] == "1.5.0"
    assert report["identified_version"] == "1.4.0"
    assert {f["category"] for f in report["findings"]} >= {"version-mismatch", "modified-file"}
    assert {m["path"] for m in report["identification"]["markers"]} == {"lib/widget.js", "NEWS"}


def test_index_scores_a_hundred_releases():
    """Each release changes one file; the tree of release 42 scores 1.0 and every other less."""
    from auditor.model.baseline import Baseline, Entry, Provenance
    files = [f"f{i}" for i in range(200)]
    import hashlib

    def digest(*parts):
        return hashlib.sha256(repr(parts).encode()).hexdigest()

    def rel(v, changed):
        return Baseline("p", str(v), Provenance("directory", "x"),
                        [Entry(f, "file", 1, 0o644, digest(f, v if f in changed else 0)) for f in files])
    releases = [rel(v, {f"f{v}"}) for v in range(1, 101)]
    idx = indexing.build(releases)
    tree = releases[41].entries
    scores, informative = idx.score(tree)
    best = max(scores, key=lambda s: s.score)
    assert best.release == ("p", "42")
    assert best.score == pytest.approx(1.0)
    assert sorted(s.score for s in scores)[-2] < 0.75
    assert best.matched == 200


def _reference_scores(idx, entries):
    """Scores by the definition, file by file: a tree file at an indexed path adds its content's
    weight to every release holding that content there, and takes it from every release that has
    the path with another content."""
    raw = [0.0] * len(idx.releases)
    matched = [0] * len(idx.releases)
    for e in entries:
        slot = idx.paths.get(e.path)
        mask = slot.get(e.content_key) if slot else None
        if not mask:
            continue
        has = 0
        for m in slot.values():
            has |= m
        for r in range(len(idx.releases)):
            if mask >> r & 1:
                raw[r] += idx.weight(mask)
                matched[r] += 1
            elif has >> r & 1:
                raw[r] -= idx.weight(mask)
    return [(max(0.0, x / t) if t else 0.0, n) for x, t, n in zip(raw, idx.totals, matched)]


def test_index_scores_equal_the_definition_file_by_file():
    """Scoring counts files by their content's releases and the path's releases instead of file by
    file: on 70 releases (masks past 61 bits) with paths that come, go, change and change back, every
    release's score and match count equal the definition's, for trees mixed from several releases,
    with unknown files and unknown contents; the same after the index's cache round trip."""
    import hashlib
    import random
    from auditor.identify.index import ReleaseIndex
    from auditor.model.baseline import Baseline, Entry, Provenance
    rng = random.Random(5)

    def digest(*parts):
        return hashlib.sha256(repr(parts).encode()).hexdigest()
    files = {f"f{i}": 0 for i in range(120)}
    releases = []
    for v in range(70):
        for p in rng.sample(sorted(files), 6):
            files[p] = rng.choice([files[p], v, 0])        # changed, or back to the first content
        if v % 3 == 0:
            files[f"added{v}"] = v                           # a path from this release on ...
        if v % 4 == 0:
            files.pop(f"added{v - 8}", None)                 # ... for a while
        releases.append(Baseline("p", f"1.{v}", Provenance("directory", "x"),
                                 [Entry(p, "file", 1, 0o644, digest(p, c)) for p, c in sorted(files.items())]))
    idx = indexing.build(releases)
    assert idx.presence and any(len(slot) > 1 for slot in idx.paths.values())
    again = ReleaseIndex.from_bytes(idx.to_bytes())
    assert again.presence == idx.presence and again.alt_paths == idx.alt_paths == {}
    for trial in range(12):
        picks = rng.sample(releases, 3)
        tree = {}
        for b in picks:
            for e in rng.sample(b.entries, 60):
                tree[e.path] = e
        tree["unknown"] = Entry("unknown", "file", 1, 0o644, digest("unknown"))
        tree["f1"] = Entry("f1", "file", 1, 0o644, digest("f1", "vendor"))
        want = _reference_scores(idx, tree.values())
        # the files some but not all releases hold (what identify looks at for a mix of releases), in
        # tree order, with their releases as a mask: derived from the baselines, not the index
        holders = {e.path: sum(1 << i for i, b in enumerate(releases) if b.by_path.get(e.path) == e)
                   for e in tree.values()}
        want_shared = [(p, e.sha256, m) for p, e in tree.items() if 0 < (m := holders[p]) < (1 << len(releases)) - 1]
        assert want_shared and len(want_shared) < len(tree)
        for index in (idx, again):
            shared: list = []
            scores, _ = index.score(list(tree.values()), None, shared)
            assert [s.score for s in scores] == pytest.approx([w for w, _ in want], abs=1e-12), trial
            assert [s.matched for s in scores] == [n for _, n in want]
            assert shared == want_shared, trial


def test_runs_of_a_mask():
    from auditor.identify.index import _runs
    assert _runs(0b0111_0000_1101) == [(0, 0), (2, 3), (8, 10)]
    assert _runs((1 << 200) - 1) == [(0, 199)]


def test_fast_path_patterns_agree_with_pathspec():
    import pathspec
    from auditor.patterns import PathPatterns
    from auditor.profile import builtin
    paths = ["var/log/a.log", "var/log", "var/cron/x", "var/cron/x.dist", "a/b/js-cache/c.js", "Kernel/Config.pm",
             "Kernel/Config/Files/ZZZAAuto.pm", "Kernel/Config/Files/User/1.pm", "x.swp", "d/e~", "keep.swp",
             "Custom/README", "Custom/Kernel/System/Ticket.pm", "notes.txt"]
    for patterns in (builtin("sampledesk").ignore, builtin("sampledesk").local, ["*.swp", "!keep.swp", "d/"],
                     ["Custom/**", "!Custom/README"]):
        ours = PathPatterns(patterns)
        ref = pathspec.GitIgnoreSpec.from_lines(patterns)
        for p in paths:
            assert ours.match(p) == ref.match_file(p), (patterns, p)


def test_index_cache_round_trip_and_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    from auditor.baseline.store import discover
    from auditor.identify import Catalog
    from auditor.identify.index import ReleaseIndex
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path))
    fresh = Catalog(discover(SAMPLEDESK)).index
    again = Catalog(discover(SAMPLEDESK))
    assert again.index.paths == fresh.paths and again.index_cached is True
    assert ReleaseIndex.from_bytes(fresh.to_bytes()).totals == fresh.totals
    for f in tmp_path.glob("index-*.bin"):
        f.write_bytes(b"garbage")
    third = Catalog(discover(SAMPLEDESK))
    assert third.index.paths == fresh.paths and third.index_cached is False
    import marshal
    for f in tmp_path.glob("index-*.bin"):      # the right format, a field of the wrong type
        data = marshal.loads(f.read_bytes())
        f.write_bytes(marshal.dumps(dict(data, alt=["x"], presence={})))
    fourth = Catalog(discover(SAMPLEDESK))
    assert fourth.index.paths == fresh.paths and fourth.index_cached is False
    assert fourth.index.presence == fresh.presence and fourth.index.alt_paths == fresh.alt_paths


def _releases_dir(tmp_path, count=12):
    """Releases of one product written as baseline files: each changes, adds or removes a few files."""
    import hashlib
    from auditor.model.baseline import Baseline, Entry, Marker, Provenance
    d = tmp_path / "b" / "p"
    d.mkdir(parents=True)
    files = {f"lib/f{i}.py": 0 for i in range(40)}
    for v in range(1, count + 1):
        files[f"lib/f{v}.py"] = v                      # changed in this release
        files[f"new/n{v}.py"] = v                      # added in this release
        files.pop(f"new/n{v - 3}.py", None)            # removed three releases later
        if v == 7:
            files["lib/f2.py"] = 0                     # content returns to the first one: two runs
        entries = [Entry(p, "file", 1, 0o644, hashlib.sha256(f"{p}:{c}".encode()).hexdigest())
                   for p, c in files.items()] + [Entry("lib", "dir", None, 0o755), Entry("cur", "symlink", None,
                                                                                          None, None, f"lib/f{v}.py")]
        save(Baseline("p", f"1.{v}", Provenance("directory", "x"), entries,
                      [Marker("VERSION", r"(\S+)")]), d / f"1.{v}.yaml")
    return tmp_path / "b"


def _same_index(a, b):
    assert a.releases == b.releases
    assert a.paths == b.paths
    assert a.markers == b.markers
    assert a.totals == pytest.approx(b.totals)


def test_streamed_index_equals_the_index_of_parsed_baselines(tmp_path):
    """The line-delta build gives exactly the masks of the build from whole Baseline objects."""
    from auditor.baseline.store import discover, load
    from auditor.identify import Catalog
    from auditor.patterns import PathPatterns
    cat = Catalog(discover(_releases_dir(tmp_path)))
    for ignore in (None, PathPatterns(["new/"])):
        streamed = indexing.build_files(cat.files, ignore)
        parsed = indexing.build([load(f.path) for f in cat.files], ignore)
        _same_index(streamed, parsed)
    # lib/f2.py's first content is held by releases 1.1 and 1.7..1.12 (it came back), not by 1.2..1.6
    import hashlib
    mask = streamed.paths["lib/f2.py"][hashlib.sha256(b"lib/f2.py:0").hexdigest()]
    assert [streamed.releases[i][1] for i in range(12) if mask >> i & 1] == ["1.1"] + [f"1.{v}" for v in range(7, 13)]


def test_index_cache_is_updated_per_baseline_file(tmp_path, monkeypatch):
    """Adding, changing or removing one baseline file updates the cached index in place; the result
    equals a fresh build of the same files, and unchanged baselines are never read again."""
    from auditor.baseline.store import discover, load
    from auditor.identify import Catalog
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    root = _releases_dir(tmp_path)
    held = root / "p" / "1.5.yaml"
    saved = held.read_bytes()
    held.unlink()
    Catalog(discover(root)).index                     # cold: 11 releases, cached
    reads = []
    real = indexing.read_lines
    monkeypatch.setattr(indexing, "read_lines", lambda bf: reads.append(bf.version) or real(bf))

    held.write_bytes(saved)                           # a release in the middle arrives
    cat = Catalog(discover(root))
    assert cat.index.releases[4] == ("p", "1.5") and reads == ["1.5"] and cat.index_cached is False
    _same_index(cat.index, indexing.build([load(f.path) for f in cat.files]))

    reads.clear()
    again = Catalog(discover(root))
    assert again.index.releases == cat.index.releases and again.index_cached is True and reads == []

    b = load(root / "p" / "1.9.yaml")                 # a release's baseline is rebuilt with other content
    b.entries = [e for e in b.entries if e.path != "lib/f30.py"]
    save(b, root / "p" / "1.9.yaml")
    (root / "p" / "1.3.yaml").unlink()                # and one is removed
    cat = Catalog(discover(root))
    assert ("p", "1.3") not in cat.index.releases and reads == ["1.9"]
    _same_index(cat.index, indexing.build([load(f.path) for f in cat.files]))


def test_streamed_index_keeps_strict_validation(tmp_path):
    from auditor.baseline.store import discover
    from auditor.errors import ValidationError
    root = _releases_dir(tmp_path, 4)
    f = root / "p" / "1.3.yaml"
    lines = f.read_text().split("\n")
    n = next(i for i, line in enumerate(lines) if "lib/f9.py" in line)
    lines[n] = lines[n].replace("type: file", "type: socket")
    f.write_text("\n".join(lines))
    with pytest.raises(ValidationError) as err:
        indexing.build_files(discover(root))
    assert err.value.line == n + 1 and "1.3.yaml" in str(err.value) and "type" in str(err.value)
    lines[n] = lines[n - 1]                           # a path twice
    f.write_text("\n".join(lines))
    with pytest.raises(ValidationError, match="duplicate path"):
        indexing.build_files(discover(root))


def _content_releases(tmp_path, count=48):
    """Releases where mostly contents change (the same paths in the same order, sizes growing by whole
    digits), with now and then a path added or removed, a link retargeted, a release identical to the
    one before and the last entry changed; one file lacks its final newline."""
    import hashlib
    from auditor.model.baseline import Baseline, Entry, Marker, Provenance
    d = tmp_path / "b" / "p"
    d.mkdir(parents=True)
    content = {f"lib/m{i:03d}.py": (0, 5) for i in range(120)}
    content["zz/last.py"] = (0, 7)
    for v in range(1, count + 1):
        if v != 20:                                   # 1.20 is 1.19 again
            for i in (v * 7 % 120, v * 13 % 120, (v * v) % 120):
                content[f"lib/m{i:03d}.py"] = (v, 10 ** (v % 6))   # sizes of 1 to 6 digits
            if v % 5 == 0:
                content["zz/last.py"] = (v, v)
            if v % 10 == 3:
                content[f"lib/extra{v}.py"] = (v, 1)  # a path added (the set comparison)
            if v % 10 == 6:
                content.pop(f"lib/extra{v - 3}.py", None)
        entries = [Entry(p, "file", size, 0o644, hashlib.sha256(f"{p}:{c}".encode()).hexdigest())
                   for p, (c, size) in content.items()]
        entries.append(Entry("cur", "symlink", None, None, None, f"lib/m{v // 9:03d}.py"))
        save(Baseline("p", f"1.{v}", Provenance("directory", "x"), entries, [Marker("VERSION", r"(\S+)")]),
             d / f"1.{v}.yaml")
    last = d / f"1.{count}.yaml"
    last.write_bytes(last.read_bytes().rstrip(b"\n"))
    return tmp_path / "b"


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_index_by_comparing_release_bytes_equals_the_parsed_index(tmp_path, workers):
    """Consecutive releases are compared as bytes, only differing lines cut out and parsed; the runs of
    releases indexed by worker processes and merged give the same index as whole parsed baselines."""
    from auditor.baseline.store import discover, load
    from auditor.identify import Catalog
    from auditor.identify.index import PARALLEL_MIN_RELEASES
    from auditor.patterns import PathPatterns
    cat = Catalog(discover(_content_releases(tmp_path)))
    assert len(cat.files) >= PARALLEL_MIN_RELEASES
    for ignore in (None, PathPatterns(["zz/"])):
        built = indexing.build_files(cat.files, ignore, workers=workers)
        parsed = indexing.build([load(f.path) for f in cat.files], ignore)
        _same_index(built, parsed)
        assert built.stat_keys == [f.stat_key for f in cat.files]
    assert built.totals == parsed.totals        # sums in mask order: the same floats, however built


def _worker_gives_nothing(i):
    return None


def test_a_run_whose_worker_fails_is_indexed_again_in_place(tmp_path, monkeypatch):
    """A worker that returns nothing: the parent indexes that run itself, its masks at the run's bits."""
    from auditor.baseline.store import discover, load
    from auditor.identify import Catalog
    cat = Catalog(discover(_content_releases(tmp_path)))
    monkeypatch.setattr(indexing, "_build_run", _worker_gives_nothing)
    built = indexing.build_files(cat.files, None, workers=3)
    parsed = indexing.build([load(f.path) for f in cat.files])
    _same_index(built, parsed)
    assert built.totals == parsed.totals


@pytest.mark.parametrize("workers", [1, 2])
def test_parallel_index_build_raises_the_serial_error(tmp_path, workers):
    from auditor.baseline.store import discover
    from auditor.errors import ValidationError
    root = _content_releases(tmp_path)
    f = root / "p" / "1.33.yaml"                  # in the second run of two
    lines = f.read_text().split("\n")
    n = next(i for i, line in enumerate(lines) if "lib/m099.py" in line)
    lines[n] = lines[n].replace("type: file", "type: socket")
    f.write_text("\n".join(lines))
    with pytest.raises(ValidationError) as err:
        indexing.build_files(discover(root), workers=workers)
    assert err.value.line == n + 1 and "1.33.yaml" in str(err.value) and "type" in str(err.value)


def test_changed_lines_cuts_out_exactly_the_differing_lines():
    from auditor.baseline.rawlines import changed_lines as _changed_lines

    def line(path, size, digit):
        return f"- {{path: {path}, type: file, size: {size}, mode: '0644', sha256: {digit * 64}}}".encode()

    rows = [line(f"lib/f{i:04d}.pm", 100 + i, "a") for i in range(3000)]     # ~330 KB: several gallops
    head = b"product: p\nversion: '1'\nentries:\n"
    a = head + b"\n".join(rows) + b"\n"
    start = len(head)
    assert _changed_lines(a, start, a, start) == []
    changed = {0: line("lib/f0000.pm", 7, "b"), 1234: line("lib/f1234.pm", 123456, "c"),
               1235: line("lib/f1235.pm", 1, "d"), 2999: line("lib/f2999.pm", 99, "e")}
    new_rows = [changed.get(i, r) for i, r in enumerate(rows)]
    for tail in (b"\n", b""):                                # with and without the final newline
        b = head + b"\n".join(new_rows) + tail
        assert _changed_lines(a if tail else a[:-1], start, b, start) == [(rows[i], changed[i]) for i in sorted(changed)]
    # a path added, removed or renamed: not the same paths in the same order
    assert _changed_lines(a, start, head + b"\n".join(rows[:10] + [line("lib/new.pm", 1, "f")] + rows[10:]) + b"\n",
                          start) is None
    assert _changed_lines(a, start, head + b"\n".join(rows[:-1]) + b"\n", start) is None
    assert _changed_lines(a, start, head + b"\n".join(rows + [line("zz", 1, "f")]) + b"\n", start) is None
    renamed = list(rows)
    renamed[500] = line("lib/g0500.pm", 600, "a")
    assert _changed_lines(a, start, head + b"\n".join(renamed) + b"\n", start) is None


def _build_in_daemon(files, conn):
    try:
        conn.send(indexing.build_files(files, workers=2).to_bytes())
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        conn.send(f"{type(exc).__name__}: {exc}")


def test_many_releases_are_indexed_inside_a_daemonic_process(tmp_path):
    """A Dask worker is daemonic (no child processes allowed): the index is built serially there."""
    import multiprocessing

    from auditor.baseline.store import discover, load
    from auditor.identify import Catalog
    from auditor.identify.index import ReleaseIndex
    files = Catalog(discover(_content_releases(tmp_path))).files
    parent, child = multiprocessing.get_context("fork").Pipe()
    proc = multiprocessing.get_context("fork").Process(target=_build_in_daemon, args=(files, child), daemon=True)
    proc.start()
    got = parent.recv()
    proc.join()
    assert isinstance(got, bytes), got
    _same_index(ReleaseIndex.from_bytes(got), indexing.build([load(f.path) for f in files]))
