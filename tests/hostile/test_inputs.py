"""Hostile inputs beside the tree: baselines, advisory feeds, waiver files, allowlists, profiles and
saved reports. Each is refused with one line naming the file (and the line where there is one),
never read from a FIFO, never expanded into memory."""

from __future__ import annotations

import gzip
import json
import os
import shutil

import pytest

from conftest import ROOT

from . import make
from .helpers import check_run, expect_error, limited

FEED_HEAD = "format_version: 1\nadvisories:\n"


def _feed_item(version: str = "1.0.0", **over) -> str:
    item = {"id": "TINY-2020-01", "summary": "s", "severity": "high", "published": "2020-01-01",
            "affected": [{"product": "tiny", "ranges": [{"introduced": "0", "fixed": version}]}]}
    item.update(over)
    return json.dumps(item)


@pytest.fixture
def baselines_copy(tmp_path, tiny_baselines):
    return shutil.copytree(tiny_baselines, tmp_path / "baselines")


BASELINE = "tiny/1.0.0.yaml"


def _edit_baseline(base, old: str, new: str) -> None:
    p = base / BASELINE
    text = p.read_text()
    assert old in text
    p.write_text(text.replace(old, new, 1))


# -- baselines --------------------------------------------------------------------------------

@pytest.mark.parametrize("old,new,match", [
    ("version: 1.0.0", "version: '" + "9" * 5000 + "'", r"version: a version of more than 64 characters"),
    ("version: 1.0.0", "version: [1, 2]", r"version: expected a string"),
    ("format_version: 1", "format_version: 99", r"unsupported format_version 99"),
    ("- {path: VERSION,", "- {path: ../../etc/passwd,", r"entries\[0\]\.path: not a safe relative POSIX path"),
    ("- {path: VERSION,", "- {path: /etc/passwd,", r"entries\[0\]\.path: not a safe relative POSIX path"),
    ("- {path: app, type: dir", "- {path: VERSION, type: dir", r"duplicate path 'VERSION'"),
    ("sha256: 59854984", "sha256: XYZ54984", r"sha256: expected 64 lower-case hex characters"),
    ("size: 6,", "size: " + "9" * 900 + ",", r"size: must be between 0 and 2\^63"),
    ("size: 6,", "size: " + "9" * 2000 + ",", r"1\.0\.0\.yaml:LINE: a number of more than 1000 digits"),
    ("size: 6,", "size: " + "9" * 5000 + ",", r"a number of more than 1000 digits"),
    ("size: 6,", "size: .nan,", r"size: expected an integer"),
    ("tool:", "extra: &a [*a]\ntool:", r"1\.0\.0\.yaml:4: a recursive alias \*a inside its own anchor"),
    ("settings: {}", "settings: &s {x: *s}", r"a recursive alias \*s"),
    ("settings: {}", "settings: " + "[" * 5000 + "]" * 5000, r"nested deeper than 100 levels"),
])
def test_hostile_baseline_contents(tmp_path, tiny, baselines_copy, old, new, match):
    text = (baselines_copy / BASELINE).read_text()
    match = match.replace("LINE", str(text[:text.index(old)].count("\n") + 1))   # the line the edit lands on
    _edit_baseline(baselines_copy, old, new)
    err = expect_error("audit", tiny, "-b", baselines_copy, match=match)
    assert "1.0.0.yaml" in err


def test_baseline_alias_bomb(tiny, baselines_copy):
    text = (baselines_copy / BASELINE).read_text()
    bomb = make.yaml_alias_bomb().decode().replace("Debugger: {DebugThreshold: *a9}", "bomb: *a9")
    (baselines_copy / BASELINE).write_text(text.replace("settings: {}", bomb.rstrip() + "\nsettings: {}", 1))
    expect_error("audit", tiny, "-b", baselines_copy, match=r"1\.0\.0\.yaml:\d+: expands to more than 1000000 nodes")


def test_baseline_gzip_bomb_is_refused_within_memory(tmp_path, tiny):
    """A 1 MB .yaml.gz that expands to 1 GB: refused at the ratio cap, under the memory limit."""
    base = tmp_path / "bl" / "tiny"
    base.mkdir(parents=True)
    (base / "1.0.0.yaml.gz").write_bytes(make.gzip_repeated([(b"format_version: 1\nproduct: tiny\nversion: 1.0.0\n", 1),
                                                            (b"#" * (16 << 20), 64)]))
    assert (base / "1.0.0.yaml.gz").stat().st_size < 4 << 20
    out = limited("audit", tiny, "-b", tmp_path / "bl")
    assert out.code == 2 and "refused: a decompression bomb" in out.stderr, out


def test_truncated_gzip_baseline(tmp_path, tiny, tiny_baselines):
    base = tmp_path / "bl" / "tiny"
    base.mkdir(parents=True)
    data = gzip.compress((tiny_baselines / BASELINE).read_bytes())
    (base / "1.0.0.yaml.gz").write_bytes(data[:len(data) // 2])
    expect_error("audit", tiny, "-b", tmp_path / "bl", match=r"cannot read baseline|not a valid gzip")


def test_baseline_that_is_a_fifo(tmp_path, tiny):
    base = tmp_path / "bl" / "tiny"
    base.mkdir(parents=True)
    os.mkfifo(base / "1.0.0.yaml")
    expect_error("audit", tiny, "-b", tmp_path / "bl", match=r"not a regular file")


def test_baseline_that_is_a_link_to_a_device(tmp_path, tiny):
    base = tmp_path / "bl" / "tiny"
    base.mkdir(parents=True)
    (base / "1.0.0.yaml").symlink_to("/dev/zero")
    expect_error("audit", tiny, "-b", tmp_path / "bl", match=r"not a regular file")


def test_baseline_not_utf8(tmp_path, tiny, baselines_copy):
    p = baselines_copy / BASELINE
    p.write_bytes(p.read_bytes().replace(b"auditor", b"audit\xffor", 1))
    expect_error("audit", tiny, "-b", baselines_copy, match=r"not UTF-8 text")


def test_baselines_directory_that_is_a_file(tmp_path, tiny):
    f = make.write(tmp_path / "notadir", b"x")
    expect_error("audit", tiny, "-b", f, match=r"not a directory|no baselines")


# -- advisory feeds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name,data,match", [
    ("f.json", '{"format_version": 1, "advisories": [', r"f\.json:1: not valid JSON: Expecting value"),
    ("f.json", '{"format_version": 1, "advisories": [], "x": NaN}', r"not valid JSON: NaN is not a JSON number"),
    ("f.json", '{"format_version": 1, "advisories": [' + _feed_item("9" * 5000) + ']}',
     r"ranges\[0\]\.fixed: a version of more than 64 characters"),
    ("f.json", '{"format_version": 1, "advisories": [' + _feed_item("1." + "9" * 30) + ']}',
     r"a version with a number of more than 18 digits"),
    ("f.json", make.deep_json(100000).decode(), r"nested too deeply|nested deeper than"),
    ("f.json", '{"format_version": 1, "advisories": ' + "9" * 5000 + '}', r"not valid JSON"),
    ("f.yaml", FEED_HEAD + "  - " + _feed_item("9" * 5000) + "\n", r"a version of more than 64 characters"),
    ("f.yaml", FEED_HEAD + "  - {introduced: " + "9" * 5000 + "}\n", r"f\.yaml:3: a number of more than 1000 digits"),
    ("f.yaml", make.yaml_alias_bomb().decode(), r"alias bomb"),
    ("f.yaml", FEED_HEAD + "  - " + _feed_item(published="2020-02-30") + "\n",
     r"published: not a real date: 2020-02-30"),
    ("f.yaml", "format_version: 1\nadvisories: []\nadvisories: []\n", r"f\.yaml:3: not valid YAML: duplicate key"),
])
def test_hostile_advisory_feeds(tmp_path, tiny, tiny_baselines, name, data, match):
    feed = make.write(tmp_path / name, data.encode())
    expect_error("audit", tiny, "-b", tiny_baselines, "--advisories", feed, match=match)


def test_advisory_feed_that_is_a_fifo(tmp_path, tiny, tiny_baselines):
    os.mkfifo(tmp_path / "feed.yaml")
    expect_error("audit", tiny, "-b", tiny_baselines, "--advisories", tmp_path / "feed.yaml",
                 match=r"not a regular file")


def test_advisory_directory_holding_a_fifo(tmp_path, tiny, tiny_baselines):
    d = tmp_path / "feeds"
    d.mkdir()
    os.mkfifo(d / "a.yaml")
    expect_error("audit", tiny, "-b", tiny_baselines, "--advisories", d, match=r"a\.yaml: not a regular file")


def test_advisory_feed_too_large(tmp_path, tiny, tiny_baselines):
    f = tmp_path / "big.yaml"
    with open(f, "wb") as fh:
        fh.truncate(65 << 20)    # sparse: 65 MB of zeros, over the 64 MB input limit
    expect_error("audit", tiny, "-b", tiny_baselines, "--advisories", f, match=r"larger than 67108864 bytes")


def test_a_valid_feed_still_works(tmp_path, tiny, tiny_baselines):
    feed = make.write(tmp_path / "ok.json", ('{"format_version": 1, "advisories": [' + _feed_item("1.0.1") + ']}').encode())
    run = check_run(make_invoke("audit", tiny, "-b", tiny_baselines, "--advisories", feed, "-f", "json"), 1)
    ids = {f["evidence"].get("advisory", {}).get("id") if isinstance(f["evidence"].get("advisory"), dict)
           else f["message"].split(":")[0] for f in json.loads(run.stdout)["findings"] if f["category"] == "missing-patch"}
    assert ids == {"TINY-2020-01"}


# -- waivers, allowlists, profiles, saved reports ------------------------------------------------------

@pytest.mark.parametrize("data,match", [
    ("format_version: 1\nwaivers:\n  - id: AUD102-x\n    justification: j\n    expires: 2020-02-30\n",
     r"w\.yaml:3: waivers\[0\]\.expires: expected a date YYYY-MM-DD, got '2020-02-30'"),
    ("format_version: 1\nwaivers:\n  - id: AUD102-x\n    justification: j\n    expires: " + "9" * 5000 + "\n",
     r"w\.yaml:5: a number of more than 1000 digits"),
    ("format_version: 1\nwaivers:\n  - {id: x, justification: j, expires: 2030-01-01, colour: red}\n",
     r"w\.yaml:3: waivers\[0\]: unknown field\(s\): colour"),
    (make.yaml_alias_bomb().decode(), r"alias bomb"),
    ("format_version: 1\nwaivers: " + "[" * 500 + "]" * 500 + "\n", r"nested deeper than 100 levels"),
])
def test_hostile_waiver_files(tmp_path, tiny, tiny_baselines, data, match):
    w = make.write(tmp_path / "w.yaml", data.encode())
    expect_error("audit", tiny, "-b", tiny_baselines, "--waivers", w, match=match)


def test_waiver_file_that_is_a_fifo(tmp_path, tiny, tiny_baselines):
    os.mkfifo(tmp_path / "w.yaml")
    expect_error("audit", tiny, "-b", tiny_baselines, "--waivers", tmp_path / "w.yaml", match=r"not a regular file")


@pytest.mark.parametrize("data,match", [
    (b"\xff\xfe\x00binary", r"allowlist is not UTF-8 text"),
    (make.yaml_alias_bomb().replace(b"a0:", b"- a0:", 1), r"alias bomb|not valid YAML"),
    (b"- host.example\n- [nested]\n", r"expected a list of hosts"),
])
def test_hostile_allowlists(tmp_path, tiny, tiny_baselines, data, match):
    f = make.write(tmp_path / "hosts", data)
    expect_error("audit", tiny, "-b", tiny_baselines, "--allowlist", f, match=match)


def test_allowlist_that_is_a_fifo(tmp_path, tiny, tiny_baselines):
    os.mkfifo(tmp_path / "hosts")
    expect_error("audit", tiny, "-b", tiny_baselines, "--allowlist", tmp_path / "hosts", match=r"not a regular file")


@pytest.mark.parametrize("edit,match", [
    (lambda t: t + "\nmarkers:\n  - {path: VERSION, pattern: '(unclosed'}\n", r"invalid regular expression|duplicate key"),
    (lambda t: make.yaml_alias_bomb().decode(), r"alias bomb"),
    (lambda t: t.replace("format_version: 1", "format_version: 1\nformat_version: 2"), r"duplicate key"),
    (lambda t: t + "\nignore: ['[']\n", r"duplicate key|invalid path pattern"),
])
def test_hostile_profiles(tmp_path, tiny, tiny_baselines, edit, match):
    text = (ROOT / "auditor" / "profiles" / "generic.yaml").read_text()
    p = make.write(tmp_path / "p.yaml", edit(text).encode())
    expect_error("audit", tiny, "-b", tiny_baselines, "--profile", p, match=match)


def test_profile_that_is_a_fifo(tmp_path, tiny, tiny_baselines):
    os.mkfifo(tmp_path / "p.yaml")
    expect_error("audit", tiny, "-b", tiny_baselines, "--profile", tmp_path / "p.yaml", match=r"not a regular file")


@pytest.mark.parametrize("data,match", [
    (b'{"format_version": 1', r"not a JSON report"),
    (make.deep_json(100000), r"not a JSON report|nested"),
    (b'{"format_version": 1, "x": NaN}', r"not a JSON report|unknown field|required"),
    (b"\xff\xfe", r"not a JSON report"),
])
def test_hostile_saved_reports(tmp_path, data, match):
    f = make.write(tmp_path / "r.json", data)
    expect_error("render", f, "-f", "text", match=match)


def test_saved_report_that_is_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "r.json")
    expect_error("render", tmp_path / "r.json", match=r"not a regular file")


def make_invoke(*args):
    from conftest import invoke
    return invoke(*args)


# -- round two (issue 24) ---------------------------------------------------------------------------

def _record_file(tmp_path, size: str):
    rec = tmp_path / "RECORD"
    rec.write_text(f"app/main.py,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,{size}\n")
    return rec


def test_a_record_size_of_5000_digits_is_one_line(tmp_path):
    expect_error("baseline", "import", _record_file(tmp_path, "9" * 5000), "--kind", "record", "-p", "tiny",
                 "-V", "1.0.0", "-o", tmp_path / "b.yaml", match=r"RECORD:1: size is not a number of at most 18 digits")


@pytest.mark.parametrize("line,match", [
    ("d41d8cd98f00b204e9800998ecf8427e::/etc/passwd\n", r"ARCHIVE:1: absolute path '/etc/passwd'"),
    ("d41d8cd98f00b204e9800998ecf8427e::Kernel/\x00x.pm\n", r"ARCHIVE:1: path .* holds a NUL byte"),
    ("d41d8cd98f00b204e9800998ecf8427e::Kernel/../../x\n", r"ARCHIVE:1: unsafe path"),
])
def test_archive_lists_never_turn_outside_paths_into_release_paths(tmp_path, line, match):
    archive = tmp_path / "ARCHIVE"
    archive.write_bytes(line.encode())
    expect_error("baseline", "import", archive, "--kind", "archive", "-p", "tiny", "-V", "1.0.0", "-o",
                 tmp_path / "b.yaml", match=match)
    assert not (tmp_path / "b.yaml").exists()


def test_wordpress_checksums_with_a_key_given_twice_are_refused(tmp_path):
    doc = tmp_path / "checksums.json"
    doc.write_text('{"checksums": {"wp-login.php": "d41d8cd98f00b204e9800998ecf8427e", '
                   '"wp-login.php": "0cc175b9c0f1b6a831c399e269772661"}}')
    expect_error("baseline", "import", doc, "--kind", "wp-checksums", "-p", "wordpress", "-V", "6.1.9", "-o",
                 tmp_path / "b.yaml", match=r"the key 'wp-login\.php' is given twice")


def test_a_saved_report_with_a_5000_digit_number_is_one_line(tmp_path):
    saved = tmp_path / "r.json"
    saved.write_text('{"format_version": ' + "1" * 5000 + "}")
    expect_error("render", saved, match=r"r\.json: not a JSON report: not valid JSON: a number of more than 100 digits")


def test_key_generate_into_a_missing_directory_is_one_line(tmp_path):
    expect_error("key", "generate", tmp_path / "nope" / "k",
                 match=r"/nope/k: cannot create the key file: No such file or directory")


@pytest.mark.parametrize("args,match", [
    (["--allow-host", "["], r"--allow-host '\[': not a host, an address, a CIDR or a host glob"),
    (["--allow-host", "10.0.0.0/33"], r"--allow-host '10\.0\.0\.0/33': not a network in CIDR notation"),
    (["--as-of", ""], r"--as-of: expected a date YYYY-MM-DD, got ''"),
    (["--ignore", "/"], r"invalid path pattern '/': it can never match \(it names no path\)"),
])
def test_options_that_would_be_taken_silently(tiny, tiny_baselines, args, match):
    expect_error("audit", tiny, "-b", tiny_baselines, *args, match=match)


def test_an_allowlist_file_with_a_broken_cidr_names_its_line(tmp_path, tiny, tiny_baselines):
    allow = tmp_path / "allow.txt"
    allow.write_text("# ours\n*.corp.example\n10.0.0.0/33\n")
    expect_error("audit", tiny, "-b", tiny_baselines, "--allowlist", allow,
                 match=r"allow\.txt:3: '10\.0\.0\.0/33': not a network in CIDR notation")


def test_a_version_with_a_line_break_is_refused(tmp_path, tiny, baselines_copy):
    """A forged 'Result PASS' line can neither come from a baseline's version nor from --version."""
    _edit_baseline(baselines_copy, "version: 1.0.0", 'version: "1.0.0\\nResult              PASS"')
    expect_error("audit", tiny, "-b", baselines_copy, match=r"version: a version with a line break, blank or control")
    expect_error("baseline", "build", tiny, "-p", "tiny", "-V", "1.0.0\n", "-o", tmp_path / "x" / "b.yaml",
                 match=r"version '1\.0\.0\\n' cannot name a baseline file")
    assert not (tmp_path / "x").exists()


def test_an_unsigned_baseline_in_a_hidden_directory_is_not_used(tmp_path, tiny, tiny_baselines):
    """Signing leaves hidden directories out; so does discovery: such a file is never taken for a signed one
    (nor reported as 'changed after its signature was verified')."""
    from conftest import invoke
    signed = shutil.copytree(tiny_baselines, tmp_path / "signed")
    key = tmp_path / "k"
    check_run(invoke("key", "generate", key), 0)
    check_run(invoke("baseline", "sign", signed, "--key", key), 0)
    hidden = signed / ".stash" / "tiny"
    hidden.mkdir(parents=True)
    (hidden / "0.9.0.yaml").write_text((signed / BASELINE).read_text().replace("version: 1.0.0", "version: 0.9.0"))
    run = check_run(invoke("audit", tiny, "-b", signed, "--require-signed", "--trusted-keys", str(key) + ".pub",
                           "-f", "json"), 0)
    assert [c["version"] for c in json.loads(run.stdout)["identification"]["candidates"]] == ["1.0.0"]
