"""Baselines: built from real sources (directory, tar.gz, zip, git ref), stored, loaded strictly."""

from __future__ import annotations

import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from auditor.baseline import layout, store
from auditor.baseline.builder import build_from_source
from auditor.errors import ValidationError
from auditor.model.baseline import Baseline
from conftest import ROOT, SAMPLEDESK, run_auditor


def test_from_git_rebuilds_the_committed_baselines_byte_for_byte(sampledesk_repo, tmp_path):
    proc = run_auditor("baseline", "from-git", sampledesk_repo, "--product", "sampledesk", "--tags", "v*",
                       "--out-dir", tmp_path)
    assert proc.returncode == 0, proc.stderr
    built = sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert built == ["6.0.1.yaml", "6.0.2.yaml", "6.0.3.yaml", "6.0.4.yaml", "6.0.5.yaml",
                     "7.0.1.yaml", "7.0.2.yaml", "7.0.3.yaml"]
    for name in built:
        assert (tmp_path / name).read_bytes() == (SAMPLEDESK / name).read_bytes(), name


def test_from_git_reads_and_analyses_each_content_once(sampledesk_repo, tmp_path, monkeypatch):
    """Over eight releases a content met again (the same git blob) is neither read nor hashed again: only
    new contents, the files the build keeps (configuration, markers) and the few holding the release's own
    version are read; the baselines and the content pack are the same as built one release at a time."""
    from auditor.baseline import fromgit
    from auditor.target import gitrepo
    opened: list[str] = []
    real_open = gitrepo.GitTarget.open
    monkeypatch.setattr(gitrepo.GitTarget, "open", lambda self, m: opened.append(m.ref.hexsha) or real_open(self, m))
    written = fromgit.from_git(sampledesk_repo, "sampledesk", tmp_path / "memo", tag_glob="v*", content=True)
    entries = sum(1 for _b, path in written for e in store.load(path).entries if e.type == "file")
    distinct = len(set(opened))
    assert entries > 1500 and len(opened) < entries / 2, (len(opened), entries)
    assert distinct <= len(opened)
    for _b, path in written:
        assert path.read_bytes() == (SAMPLEDESK / path.name).read_bytes(), path.name
    # one release at a time (no memo, no session): the same pack members with the same bytes
    import zipfile
    for tag in ("v6.0.1", "v6.0.2", "v6.0.3", "v6.0.4", "v6.0.5", "v7.0.1", "v7.0.2", "v7.0.3"):
        fromgit.from_git(sampledesk_repo, "sampledesk", tmp_path / "single", tag_glob=tag, content=True)
    with zipfile.ZipFile(tmp_path / "memo" / "content.zip") as a, \
            zipfile.ZipFile(tmp_path / "single" / "content.zip") as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        assert all(a.read(n) == b.read(n) for n in a.namelist())


def test_a_dotted_version_is_found_in_a_content_exactly_when_it_is_one_of_its_tokens():
    """The memo answers MarkerFinder.hit from a content's version-shaped tokens: on random texts the
    answer is the finder's own."""
    import random
    from auditor.knowledge import markers
    alphabet = "0123456789....aZ- _/\n"
    versions = ["6.0.3", "6.0.30", "7.0", "10", "6.0.3.1", "1.2.3"]
    agree = found = 0
    for seed in range(3000):
        r = random.Random(seed)
        text = "".join(r.choice(alphabet) for _ in range(r.randint(0, 60)))
        if r.random() < 0.5:
            v = r.choice(versions)
            at = r.randint(0, len(text))
            pad = r.choice(["", " ", "="])
            text = text[:at] + pad + v + pad + text[at:]
        data = text.encode()
        tokens = markers.version_tokens(data)
        for v in versions:
            finder = markers.MarkerFinder(v)
            by_finder = finder.hit("Kernel/x.pm", data) is not None
            if "." not in v:        # an undotted version is never answered from tokens: always read
                assert finder.version is None and v not in tokens
                agree += 1
                continue
            assert by_finder == (v in tokens), (seed, text, v)
            agree += 1
            found += by_finder
    assert agree == 3000 * len(versions) and found > 800


def test_version_tokens_are_the_dotted_numbers_a_full_search_finds():
    """version_tokens skips to each ".digit"; the reference searches every position for a dotted number
    and drops those preceded by a letter, digit or dot, going on after each match."""
    import random
    import re
    from auditor.knowledge import markers
    dotted = re.compile(rb"[0-9]+(?:\.[0-9]+)+")

    def reference(data: bytes) -> frozenset:
        return frozenset(m.group().decode() for m in dotted.finditer(data)
                         if m.start() == 0 or data[m.start() - 1] not in b"0123456789.ABCXYZabcxyz")
    rnd = random.Random(7)
    seen = set()
    for _ in range(20000):
        data = bytes(rnd.choice(b"0123456789....abcXYZ-_ /") for _ in range(rnd.randint(0, 24)))
        assert markers.version_tokens(data) == reference(data), data
        seen |= reference(data)
    assert len(seen) > 1000
    assert markers.version_tokens(b"x" * 9000 + b"\0") == frozenset()      # binary: never read


def test_git_baseline_records_provenance_markers_and_types(sampledesk_repo):
    b = store.load(SAMPLEDESK / "6.0.3.yaml")
    import git
    repo = git.Repo(sampledesk_repo)
    assert b.provenance.kind == "git"
    assert b.provenance.ref == "v6.0.3"
    assert b.provenance.commit == repo.commit("v6.0.3").hexsha
    assert b.mode_precision == "exec"
    e = b.by_path
    assert e["bin/sampledesk.Console.pl"].mode == 0o755
    assert e["RELEASE"].mode == 0o644 and e["RELEASE"].type == "file"
    assert e["Kernel/System"].type == "dir"
    assert e["RELEASE"].size == len(repo.commit("v6.0.3").tree["RELEASE"].data_stream.read())
    paths = {(m.origin, m.kind, m.path) for m in b.markers}
    assert ("profile", "content", "RELEASE") in paths
    assert ("discovered", "content", "CHANGES.md") in paths
    assert ("discovered", "content", "Kernel/Config/Defaults.pm") in paths


def test_ref_may_be_a_commit_and_root_a_subdirectory(sampledesk_repo, tmp_path):
    import git
    sha = git.Repo(sampledesk_repo).commit("v6.0.2").hexsha
    b = build_from_source(str(sampledesk_repo), "sampledesk-kernel", "6.0.2", root="Kernel", ref=sha)
    assert b.provenance.commit == sha and b.provenance.root == "Kernel"
    assert "System/Ticket.pm" in b.by_path and "RELEASE" not in b.by_path


def _write_tree(base: Path) -> Path:
    (base / "app/bin").mkdir(parents=True)
    (base / "app/lib").mkdir()
    (base / "app/VERSION").write_text("2.4.1\n")
    (base / "app/bin/run").write_text("#!/bin/sh\necho run 2.4.1\n")
    os.chmod(base / "app/bin/run", 0o750)
    (base / "app/lib/core.py").write_text("print('core')\n")
    os.symlink("core.py", base / "app/lib/current.py")
    return base / "app"


def test_same_release_from_directory_tar_gz_and_zip_gives_the_same_entries(tmp_path):
    app = _write_tree(tmp_path / "src")
    tgz = tmp_path / "app-2.4.1.tar.gz"
    with tarfile.open(tgz, "w:gz") as tar:
        tar.add(app, arcname="app-2.4.1")
    zf = tmp_path / "app-2.4.1.zip"
    with zipfile.ZipFile(zf, "w") as z:
        for p in sorted(app.rglob("*")):
            rel = "app-2.4.1/" + p.relative_to(app).as_posix()
            if p.is_symlink():
                info = zipfile.ZipInfo(rel)
                info.external_attr = (0o120777 << 16)
                z.writestr(info, os.readlink(p))
            elif p.is_file():
                info = zipfile.ZipInfo(rel)
                info.external_attr = ((0o100000 | (p.stat().st_mode & 0o7777)) << 16)
                z.writestr(info, p.read_bytes())
    from_dir = build_from_source(str(app), "app", "2.4.1")
    from_tgz = build_from_source(str(tgz), "app", "2.4.1", root="app-2.4.1")
    from_zip = build_from_source(str(zf), "app", "2.4.1", root="app-2.4.1")
    assert from_tgz.provenance.kind == "archive" and len(from_tgz.provenance.sha256) == 64
    def content(b):
        return [e.to_dict() for e in b.entries if e.type != "dir"], [e.path for e in b.entries if e.type == "dir"]
    for other in (from_tgz, from_zip):
        assert content(other) == content(from_dir)
    e = from_dir.by_path
    assert e["bin/run"].mode == 0o750
    assert e["lib/current.py"].type == "symlink" and e["lib/current.py"].target == "core.py"
    # discovered markers, no profile needed: VERSION and bin/run mention 2.4.1
    marked = {m.path for m in from_dir.markers if m.kind == "content"}
    assert marked == {"VERSION", "bin/run"}


def test_store_round_trip_and_gzip_variant(tmp_path):
    b = store.load(SAMPLEDESK / "7.0.3.yaml")
    store.save(b, tmp_path / "7.0.3.yaml.gz")
    again = store.load(tmp_path / "7.0.3.yaml.gz")
    assert again.to_dict() == b.to_dict()
    assert store.dumps(again) == (SAMPLEDESK / "7.0.3.yaml").read_text()


def test_fast_path_and_pyyaml_path_agree():
    text = (SAMPLEDESK / "6.0.5.yaml").read_text()
    fast = store.loads(text, "fast")
    import yaml
    slow = Baseline.from_dict(yaml.safe_load(text))
    assert fast.to_dict() == slow.to_dict()


def test_odd_paths_survive_a_round_trip(tmp_path):
    from auditor.model.baseline import Entry, Provenance
    odd = ["yes", "123", "null", "a: b", "# c", "x\\y", os.fsdecode(b"caf\xe9"), "tab\there", "-dash", "ü.txt"]
    b = Baseline("odd", "1", Provenance("directory", "odd"),
                 [Entry(p, "file", 1, 0o644, "0" * 64) for p in odd])
    store.save(b, tmp_path / "odd.yaml")
    back = store.load(tmp_path / "odd.yaml")
    assert sorted(e.path for e in back.entries) == sorted(odd)


def _emitter_dumps(b: Baseline) -> str:
    """What `baseline build` wrote before entry lines were written directly: the whole document through PyYAML."""
    from auditor import yamlio
    data = b.to_dict()
    data["entries"] = [yamlio.flow(e) for e in data["entries"]]
    return yamlio.dumps(data)


AWKWARD = ["yes", "no", "y", "on", "123", "0644", "1_0", "0x1f", "1e5", ".5", ".nan", "~", "null", "=", "<<",
           "...x", "a/...", "---x", "x.", "a..b", "_", "@a", "a@b", "-dash", "a-", "+x", "a=b", "a/b/c.pm",
           "2024-01-01", "12:30", "a: b", "# c", "tab\there", "ü.txt", os.fsdecode(b"caf\xe9"), "x" * 40000]


def test_direct_entry_lines_are_the_bytes_the_yaml_emitter_writes():
    from auditor.model.baseline import Entry, Provenance
    entries = []
    for i, name in enumerate(AWKWARD):
        entries += [Entry(f"f/{name}", "file", i, 0o644 | (0o4000 if i % 3 == 0 else 0), f"{i:064x}"),
                    Entry(name, "file", i, 0o755, "1" * 64),        # an all-digit digest would read as a number
                    Entry(f"d{i}/{name}", "dir", None, 0o755 if i % 2 else None),
                    Entry(f"l{i}/{name}", "symlink", None, 0o777 if i % 2 else None, None, name),
                    Entry(f"g{i}", "file", None, None, None, None, "md5:" + "a" * 32)]
    b = Baseline("odd", "1.0", Provenance("directory", "odd"), entries)
    assert store.dumps(b) == _emitter_dumps(b)
    assert store.dumps(store.loads(store.dumps(b))) == store.dumps(b)
    for shipped in sorted(SAMPLEDESK.glob("*.yaml")):
        real = store.load(shipped)
        assert store.dumps(real) == _emitter_dumps(real) == shipped.read_text()
    empty = Baseline("odd", "1.0", Provenance("directory", "odd"), [])
    assert store.dumps(empty) == _emitter_dumps(empty)


@pytest.mark.parametrize("mutate,field", [
    (lambda d: d.update(format_version=7), "format_version"),
    (lambda d: d["entries"][0].update(type="socket"), "entries[0].type"),
    (lambda d: d["entries"][0].update(path="../etc/passwd"), "entries[0].path"),
    (lambda d: d["entries"].append(dict(d["entries"][0])), "entries[1].path"),
    (lambda d: d["provenance"].pop("commit"), "provenance.commit"),
    (lambda d: d["markers"].append({"path": "RELEASE", "pattern": "no group"}), "markers[0].pattern"),
])
def test_strict_validation_names_the_field(mutate, field):
    d = {"format_version": 1, "product": "p", "version": "1", "tool": {"name": "auditor", "version": "0"},
         "provenance": {"kind": "git", "source": "r", "commit": "a" * 40}, "markers": [],
         "entries": [{"path": "a", "type": "file", "size": 1, "mode": "0644", "sha256": "0" * 64}]}
    mutate(d)
    with pytest.raises(ValidationError) as exc:
        Baseline.from_dict(d)
    assert exc.value.where == field


def test_list_and_show_commands():
    proc = run_auditor("baseline", "list", "baselines")
    assert proc.returncode == 0
    rows = [line.split() for line in proc.stdout.splitlines()]
    assert [r[1] for r in rows if r[0] == "sampledesk"] == ["6.0.1", "6.0.2", "6.0.3", "6.0.4", "6.0.5",
                                                           "7.0.1", "7.0.2", "7.0.3"]
    show = run_auditor("baseline", "show", SAMPLEDESK / "6.0.3.yaml")
    assert show.returncode == 0
    assert "provenance:  git" in show.stdout and "@v6.0.3" in show.stdout


def test_generator_check_mode_confirms_committed_samples():
    import subprocess
    import sys
    proc = subprocess.run([sys.executable, str(ROOT / "sample_installs" / "generate.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


# -- the parsed-baseline cache ------------------------------------------------------------------

def _parse_forbidden(*_a, **_k):
    raise AssertionError("the baseline text was parsed again")


def test_parsed_baseline_is_reused_while_the_file_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "6.0.3.yaml"
    path.write_bytes((SAMPLEDESK / "6.0.3.yaml").read_bytes())
    plain = store.load(path)
    first = store.load(path, cached=True)
    assert first.to_dict() == plain.to_dict()
    assert len(list((tmp_path / "cache").glob("parsed-*.bin"))) == 1
    monkeypatch.setattr(store, "loads", _parse_forbidden)
    again = store.load(path, cached=True)           # from the record: no parse
    assert again.to_dict() == plain.to_dict()
    assert [e.path for e in again.entries] == [e.path for e in plain.entries]
    assert again.by_path.keys() == plain.by_path.keys()


def test_a_changed_baseline_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "6.0.3.yaml"
    text = (SAMPLEDESK / "6.0.3.yaml").read_text()
    path.write_text(text)
    before = store.load(path, cached=True)
    victim = next(e for e in before.entries if e.type == "file")
    # the same size, one digest changed, the mtime put back: the ctime and inode still tell
    st = path.stat()
    changed = text.replace(victim.sha256, victim.sha256[::-1], 1)
    tmp = tmp_path / "new.yaml"
    tmp.write_text(changed)
    os.replace(tmp, path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = store.load(path, cached=True)
    assert after.by_path[victim.path].sha256 == victim.sha256[::-1]


def test_a_damaged_record_is_ignored_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "6.0.3.yaml"
    path.write_bytes((SAMPLEDESK / "6.0.3.yaml").read_bytes())
    want = store.load(path).to_dict()
    store.load(path, cached=True)
    record = next((tmp_path / "cache").glob("parsed-*.bin"))
    for damage in (b"", b"\x00garbage", record.read_bytes()[: len(record.read_bytes()) // 2]):
        record.write_bytes(damage)
        assert store.load(path, cached=True).to_dict() == want
        assert record.read_bytes() not in (b"", b"\x00garbage")


def test_signed_runs_never_read_or_write_the_parsed_record(tmp_path, monkeypatch):
    """--require-signed builds its catalog with use_cache=False: a poisoned record is not read."""
    import marshal

    from auditor.identify import Catalog
    cache = tmp_path / "cache"
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(cache))
    bdir = tmp_path / "b" / "sampledesk"
    bdir.mkdir(parents=True)
    path = bdir / "6.0.3.yaml"
    path.write_bytes((SAMPLEDESK / "6.0.3.yaml").read_bytes())
    files = store.discover(tmp_path / "b", use_cache=False)
    signed = Catalog(files, use_cache=False)
    signed.baseline(("sampledesk", "6.0.3"))
    assert not list(cache.glob("parsed-*.bin"))
    Catalog(store.discover(tmp_path / "b")).baseline(("sampledesk", "6.0.3"))
    record = next(cache.glob("parsed-*.bin"))
    data = marshal.loads(record.read_bytes())
    victim = next(i for i, r in enumerate(data["rows"]) if r[1] == "file")
    row = list(data["rows"][victim])
    row[4] = "0" * 64
    data["rows"][victim] = tuple(row)
    record.write_bytes(marshal.dumps(data))
    assert Catalog(store.discover(tmp_path / "b")).baseline(("sampledesk", "6.0.3")).entries[victim].sha256 == "0" * 64
    again = Catalog(store.discover(tmp_path / "b", use_cache=False), use_cache=False)
    assert again.baseline(("sampledesk", "6.0.3")).entries[victim].sha256 != "0" * 64


# -- markers without the rest of the header ----------------------------------------------------

_HEAD = """format_version: 1
product: p
version: '1.0'
tool:
  name: auditor
  version: 0.1.0
provenance:
  kind: directory
  source: x
markers:
- path: RELEASE
  kind: content
  pattern: 'VERSION\\s*=\\s*(\\S+)'
  origin: profile
settings:
  Kernel/Config.pm:
    Ticket::Frontend::ResponseFormat: '[% Data.Salutation | html %]

      [% Data.StdResponse | html %]'
    Holiday:
      '1': New Year's Day
    Desc: "a \\"quoted\\" text
      on two lines"
endpoints: []
"""


def test_markers_only_reading_equals_the_whole_header():
    markers = layout.markers_of(_HEAD, "h.yaml")
    assert [m.to_dict() for m in markers] == [m.to_dict() for m in layout.header_of(_HEAD, "h.yaml").markers]
    assert [m.path for m in markers] == ["RELEASE"]
    for f in sorted(SAMPLEDESK.glob("*.yaml")):
        head = f.read_text().partition("\nentries:\n")[0]
        assert layout.markers_of(head, str(f)) == layout.header_of(head, str(f)).markers


def test_markers_only_reading_is_not_fooled_by_a_key_inside_a_quoted_scalar(monkeypatch):
    """A quoted scalar whose continuation line sits at column 0 and reads like a ``markers:`` key: the
    header is parsed whole, and what the whole parse says (the real markers, or its error) is the answer."""
    hostile = _HEAD.replace("markers:\n- path: RELEASE\n  kind: content\n  pattern: 'VERSION\\s*=\\s*(\\S+)'\n"
                            "  origin: profile\n", "")
    assert "RELEASE" not in hostile
    for inject in ('  k: "x\nmarkers: [{path: EVIL, pattern: (x)}]\nendpoints: []"\n',
                   "  k: 'x\nmarkers: [{path: EVIL, pattern: (x)}]\n  y'\n"):
        text = hostile.replace("endpoints: []\n", "endpoints: []\n").replace("settings:\n", "settings:\n" + inject)
        whole = []
        real = layout.header_of
        monkeypatch.setattr(layout, "header_of", lambda h, s, keep=None: whole.append(s) or real(h, s))
        try:
            want = [m.path for m in real(text, "h.yaml").markers]
        except ValidationError as exc:
            want = type(exc)
        try:
            got = [m.path for m in layout.markers_of(text, "h.yaml")]
        except ValidationError as exc:
            got = type(exc)
        assert got == want and whole == ["h.yaml"] and "EVIL" not in str(got)
        monkeypatch.undo()


def test_markers_only_reading_keeps_marker_validation_and_defers_the_rest(tmp_path):
    with pytest.raises(ValidationError, match="markers"):
        layout.markers_of(_HEAD.replace("  kind: content\n", "  kind: nonsense\n"), "h.yaml")
    twice = _HEAD + "markers: []\n"                                     # twice: as the whole parse reads it
    assert layout.markers_of(twice, "h.yaml") == layout.header_of(twice, "h.yaml").markers
    broken = _HEAD.replace("endpoints: []", "endpoints: 7")
    assert [m.path for m in layout.markers_of(broken, "h.yaml")] == ["RELEASE"]   # not needed to index
    with pytest.raises(ValidationError, match="endpoints"):
        layout.header_of(broken, "h.yaml")                               # refused where it is loaded


def test_big_baselines_are_parsed_every_time_without_a_record(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "6.0.3.yaml"
    path.write_bytes((SAMPLEDESK / "6.0.3.yaml").read_bytes())
    monkeypatch.setattr(store, "PARSED_MAX_BYTES", path.stat().st_size - 1)
    assert store.load(path, cached=True).to_dict() == store.load(path).to_dict()
    assert not list((tmp_path / "cache").glob("parsed-*.bin"))
    monkeypatch.setattr(store, "PARSED_MAX_BYTES", path.stat().st_size)
    store.load(path, cached=True)
    assert len(list((tmp_path / "cache").glob("parsed-*.bin"))) == 1


def test_release_peek_from_its_own_blocks_equals_the_whole_header(tmp_path, monkeypatch):
    """discover() reads product and version from their blocks alone when the header has auditor's
    layout; what it finds is what parsing the whole header finds, and a header that is not in that
    layout (a key hidden in a quoted scalar at column 0, a key twice) is parsed whole."""
    from auditor import yamlio
    heads = [f.read_text().partition("\nentries:\n")[0] for f in sorted(SAMPLEDESK.glob("*.yaml"))]
    heads.append(_HEAD)
    for head in heads:
        whole = yamlio.loads(head, "h.yaml")
        assert store.peek_fast(head, "h.yaml") == {"product": whole["product"], "version": whole["version"]}
    hidden = _HEAD.replace("settings:\n", 'settings:\n  k: "x\nversion: 9.9.9\n  y"\n')
    twice = _HEAD + "version: 9.9.9\n"
    for head in (hidden, twice):
        assert store.peek_fast(head, "h.yaml") is None
        f = tmp_path / "b.yaml"
        f.write_text(head + "\nentries:\n")
        try:
            want = yamlio.loads(head, "h.yaml")
            want = (want["product"], str(want["version"]), "")
        except ValidationError:
            want = None
        if want is not None:
            assert store._peek_release(f) == want


def test_safe_relative_paths_are_judged_component_by_component():
    """paths.is_safe_relative (every baseline entry goes through it) against the plain definition: no
    component empty, '.' or '..', no leading '/'; every string of 1 to 5 pieces of a hostile alphabet."""
    import itertools
    from auditor.paths import is_safe_relative
    for k in range(1, 6):
        for pieces in itertools.product(["a", ".", "/", "..", "...", ".b", "c."], repeat=k):
            p = "".join(pieces)
            assert is_safe_relative(p) == (not p.startswith("/") and all(c not in ("", ".", "..")
                                                                         for c in p.split("/"))), p
    assert not is_safe_relative("") and is_safe_relative("Kernel/System/Ticket.pm")


def test_baseline_bytes_are_decoded_line_by_line_as_the_whole_text_is(tmp_path):
    """A baseline given as bytes (how files are loaded: never the bytes and the whole decoded text at
    once) gives the same baseline as its text, and a byte that is not UTF-8 is reported at the same
    offset, in the header or among the entry lines."""
    from auditor.baseline.layout import loads, read_raw, read_text
    from auditor.errors import ValidationError
    src = sorted((Path(__file__).parent.parent / "baselines" / "sampledesk").glob("*.yaml"))[0]
    raw = src.read_bytes()
    assert loads(raw, str(src)).to_dict() == loads(raw.decode("utf-8"), str(src)).to_dict()
    for at in (20, raw.index(b"\nentries:\n") + 500):
        bad = tmp_path / f"bad{at}.yaml"
        bad.write_bytes(raw[:at] + b"\xff" + raw[at + 1:])
        with pytest.raises(ValidationError, match=rf"not UTF-8 text \(invalid start byte at byte {at}\)"):
            loads(read_raw(bad), str(bad))
        with pytest.raises(ValidationError, match=rf"at byte {at}\)"):
            read_text(bad)


# -- discovering baseline files -----------------------------------------------------------------

def test_discover_keys_files_by_their_real_path_and_skips_or_refuses_what_is_not_a_file(tmp_path):
    """Each baseline file is keyed by its real path and the stat of the file itself (a link: its target's);
    a directory named like a baseline (or a link to one) is no baseline; a dangling link is refused."""
    real = tmp_path / "real" / "sampledesk"
    real.mkdir(parents=True)
    for name in ("6.0.1.yaml", "6.0.2.yaml"):
        (real / name).write_bytes((SAMPLEDESK / name).read_bytes())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "release.yaml").write_bytes((SAMPLEDESK / "6.0.3.yaml").read_bytes())
    (real / "6.0.3.yaml").symlink_to(elsewhere / "release.yaml")
    (real / "7.0.1.yaml").mkdir()                          # a directory named like a baseline
    (real / "7.0.2.yaml").symlink_to(elsewhere)              # a link to a directory
    (tmp_path / "via").symlink_to(tmp_path / "real")         # the whole directory reached through a link

    found = store.discover(tmp_path / "via", use_cache=False)
    assert [f.release for f in found] == [("sampledesk", "6.0.1"), ("sampledesk", "6.0.2"), ("sampledesk", "6.0.3")]
    expected = {"6.0.1": real / "6.0.1.yaml", "6.0.2": real / "6.0.2.yaml", "6.0.3": elsewhere / "release.yaml"}
    for f in found:
        target = expected[f.version]
        st = os.stat(target)
        assert f.stat_key == (os.path.realpath(target), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        assert f.path == tmp_path / "via" / "sampledesk" / f"{f.version}.yaml"

    (real / "7.0.3.yaml").symlink_to(elsewhere / "gone.yaml")
    with pytest.raises(store.AuditorError, match=r"7\.0\.3\.yaml: not a regular file"):
        store.discover(tmp_path / "via", use_cache=False)


def test_a_git_target_reads_a_few_paths_as_a_walk_would(sampledesk_repo):
    """GitTarget.read_paths goes down the trees for each path instead of walking the whole tree: the same
    answer as the walk (files, a directory, a missing path, a nested file, a path through a file)."""
    from auditor.target.base import Target
    from auditor.target.gitrepo import GitTarget
    wanted = ["RELEASE", "Kernel", "no/such/file", "Kernel/System/Ticket.pm", "RELEASE/x", "Kernel/Config/Defaults.pm"]
    with GitTarget(str(sampledesk_repo), "v7.0.3") as target:
        fast = target.read_paths(wanted)
        walked = Target.read_paths(target, wanted)
    assert fast == walked
    assert isinstance(fast["RELEASE"], bytes) and fast["Kernel"].startswith("not a regular file")
    assert "no/such/file" not in fast and "RELEASE/x" not in fast


def test_the_hosts_of_a_text_read_from_its_bytes_are_those_of_its_decoded_text():
    """hosts_in reads URLs from a text's bytes and decodes only where a byte outside ASCII stands next to
    one: on random texts (non-ASCII letters and spaces beside URLs, case folding such as 'ſ' for 's',
    invalid UTF-8, controls that are spaces only to str) the answer is that of the decoded text's URLs."""
    import random
    from auditor.knowledge import urls

    def decoded(data: bytes):
        if b"\0" in data[:4096] or b"://" not in data:
            return None
        hosts = {f"{p[0]}://{p[1]}" for _, u in urls.urls_in(data.decode("utf-8", "replace"))
                 if (p := urls.parse_url(u))}
        return sorted(hosts) or None

    pieces = ["http", "https", "ftp", "sftp", "ssh", "ſsh", "ſftp", "HTTPS", "://", "://", "a.b", "q.example.com",
              ":8080", "/x", "user:pw@", "é", "\u00a0", "\u3000", "\u2028", " ", "\n", "\x1c", "\x1f", "_", "1",
              "«", "»", "K", "ı", "\ufffd", "(", ")", "'", '"', "@", "[::1]"]
    rnd = random.Random(27)
    fast = 0
    for _ in range(6000):
        data = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16))).encode("utf-8")
        if rnd.random() < 0.2:
            data = data.replace(b"\xc3", b"\xff")          # invalid UTF-8
        assert urls.hosts_in(data) == decoded(data), data
        fast += urls._byte_urls(data) is not None and b"://" in data
    assert fast > 600           # many answers came from the bytes, not only the decoded text
