"""Output and messages under hostile input: what a tree holds is shown, never interpreted (terminal,
Markdown, HTML, XML, JSON consumers); bad options fail before any work with one line; a closed pipe,
an interrupt and an internal error each end with their documented exit code."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import ROOT, SAMPLEDESK, SAMPLES, invoke

from . import make
from .helpers import audit, check_run, expect_error

SARIF_SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text())
HOSTILE_NAMES = ["<img src=x onerror=alert(1)>.txt", "[click](http://evil.example).txt", "a|b`c*d_e.txt",
                 "\x1b]8;;http://evil.example\x07link\x1b]8;;\x07.txt", "</script><script>alert(1)</script>.js",
                 "&amp;&lt;.txt", "```\n# heading.txt"]


@pytest.fixture
def hostile_tree(tiny):
    for name in HOSTILE_NAMES:
        (tiny / "docs" / name.replace("/", "_")).write_bytes(b"x")
    return tiny


# -- option errors: one line, before any work ---------------------------------------------------

@pytest.mark.parametrize("args,match", [
    (["--as-of", "2020-02-30"], r"--as-of: expected a date YYYY-MM-DD, got '2020-02-30'"),
    (["--as-of", "yesterday"], r"--as-of: expected a date YYYY-MM-DD"),
    (["--ignore", "["], r"invalid path pattern '\[': it can never match"),
    (["--ignore", "\\"], r"invalid path pattern"),
    (["--kind", "archive"], r"--kind archive names a file kind, but this is a directory"),
    (["--kind", "image"], r"--kind image names a file kind, but this is a directory"),
    (["--format", "pdf"], r"Invalid value for '--format' / '-f': 'pdf' is not one of 'text', 'json'"),
    (["--fail-on", "severe"], r"Invalid value for '--fail-on'"),
    (["-o", "/proc/self/nonexistent/x.json"], r"cannot write|refused|No such file|Permission|not a directory"),
    (["--target-version", "9" * 100], r"target version|no baseline|not|unknown"),
])
def test_bad_options(tiny, tiny_baselines, args, match):
    expect_error("audit", tiny, "-b", tiny_baselines, *args, match=match)


def test_kind_directory_on_a_file(tmp_path, tiny_baselines):
    f = make.write(tmp_path / "install.tar", make.tiny_tar_bytes())
    expect_error("audit", f, "-b", tiny_baselines, "--kind", "directory", match=r"not a directory")


def test_kind_image_on_a_plain_archive(tmp_path, tiny_baselines):
    f = make.write(tmp_path / "install.tar", make.tiny_tar_bytes())
    expect_error("audit", f, "-b", tiny_baselines, "--kind", "image",
                 match=r"not a readable docker-save or OCI image: neither manifest\.json nor an OCI index\.json")


def test_kind_archive_forces_an_unsniffable_name(tmp_path, tiny_baselines):
    f = make.write(tmp_path / "install.data", make.tiny_tar_bytes())
    _, report = audit(f, tiny_baselines, "--kind", "archive", code=0)
    assert report["target"]["kind"] == "archive" and report["findings"] == []


def test_ignore_patterns_take_effect(tiny, tiny_baselines):
    (tiny / "docs" / "notes.bak").write_bytes(b"x")
    _, plain = audit(tiny, tiny_baselines, "--fail-on", "info", code=1)
    _, ignored = audit(tiny, tiny_baselines, "--fail-on", "info", "--ignore", "*.bak", code=0)
    assert {f["path"] for f in plain["findings"]} == {"docs/notes.bak"}
    assert ignored["findings"] == [] and ignored["summary"]["ignored_paths"] == 1


# -- exit codes --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sample,code", [("sampledesk-7.0.3-genuine", 0), ("sampledesk-6.0.3-as-7.0.3", 1)])
def test_a_closed_pipe_keeps_the_exit_code_and_is_quiet(sample, code):
    """`auditor audit ... | head -c 0`: the reader is gone before the report is written."""
    proc = subprocess.Popen([sys.executable, "-m", "auditor", "audit", str(SAMPLES / sample), "-b", str(SAMPLEDESK),
                             "-f", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()     # as head -c 0 does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == code and err == ""


def test_interrupt_exits_130(monkeypatch, tiny, tiny_baselines):
    import auditor.scan

    def interrupted(*a, **kw):
        raise KeyboardInterrupt
    monkeypatch.setattr(auditor.scan, "scan", interrupted)     # the pipeline imports it when it runs
    run = invoke("audit", tiny, "-b", tiny_baselines)
    assert run.code == 130 and run.stderr == "auditor: interrupted\n"


def test_internal_error_exits_3_with_one_line(monkeypatch, tiny, tiny_baselines):
    import auditor.scan

    def broken(*a, **kw):
        raise RuntimeError("a bug")
    monkeypatch.setattr(auditor.scan, "scan", broken)
    run = invoke("audit", tiny, "-b", tiny_baselines)
    assert run.code == 3
    assert run.stderr == "auditor: internal error: RuntimeError: a bug (set AUDITOR_DEBUG=1 for a traceback)\n"


def test_progress_off_a_terminal_prints_plain_lines(tmp_path, tiny, tiny_baselines):
    run = check_run(invoke("audit", tiny, "-b", tiny_baselines, "--progress", "-o", tmp_path / "r.txt"), 0)
    lines = run.stderr.splitlines()
    assert lines and lines[-1] == f"auditor: hashing: {len(make.TINY)} of {len(make.TINY)} files"
    assert all(x.startswith("auditor: ") for x in lines) and "\x1b" not in run.stderr
    quiet = check_run(invoke("audit", tiny, "-b", tiny_baselines, "--no-progress", "-o", tmp_path / "q.txt"), 0)
    assert quiet.stderr == ""


def test_error_messages_show_hostile_names_escaped(tmp_path, tiny_baselines):
    evil = tmp_path / "x\x1b[2Jy"
    run = check_run(invoke("audit", evil, "-b", tiny_baselines), 2)
    assert "\x1b" not in run.stderr and "x\\x1b[2Jy" in run.stderr


# -- what each format does with hostile names and values ------------------------------------------------

def test_text_never_sends_terminal_escapes(hostile_tree, tiny_baselines):
    run, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", fmt="text", code=1)
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "docs/\\x1b]8;;http:__evil.example\\x07link" in run.stdout
    assert "[click](http:__evil.example).txt" in run.stdout     # rich markup is off: shown as written


def _rendered(md: str) -> str:
    """Markdown as a CommonMark renderer with GitHub's tables turns it into HTML (markdown-it-py)."""
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table").render(md)


MARKDOWN_NAMES = ["[click](https:evil.example).pm", "![x](https:evil.example).pm", "*x*.pm", "_y_.pm",
                  "**b**.pm", "<https:evil.example>.pm", "a|b.pm"]


def test_markdown_keeps_names_inert(hostile_tree, tiny_baselines):
    for name in MARKDOWN_NAMES:
        (hostile_tree / "docs" / name).write_bytes(b"x")
    run, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", fmt="markdown", code=1)
    md = run.stdout
    html = _rendered(md)
    # no link, image, emphasis or tag comes from a file name: each is shown as written, in a code span
    assert "<a " not in html and "<img" not in html and "<script" not in html
    assert "<em>x</em>" not in html and "<em>y</em>" not in html and "<strong>b</strong>" not in html
    for name in MARKDOWN_NAMES:
        shown = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f"<code>docs/{shown}</code>" in html, name
    rows = [x for x in md.splitlines() if x.startswith("| ") and "docs/" in x]
    assert len(rows) == len(HOSTILE_NAMES) + len(MARKDOWN_NAMES)
    table_rows = re.findall(r"<tr>.*?</tr>", html, re.S)
    assert all(r.count("<td") == 5 for r in table_rows if "docs/" in r)


def test_markdown_heading_of_a_hostile_archive_name_is_inert(tmp_path, tiny_baselines):
    """The heading names the target: an archive named like an HTML tag or a link is text, also when a saved
    report is rendered again."""
    name = "<img src=x onerror=alert(1)>[a](https:evil.example)*x*.tar"
    archive = make.write(tmp_path / name, make.tiny_tar_bytes("tiny"))
    run = check_run(invoke("audit", archive, "-b", tiny_baselines, "--root", "tiny", "-f", "markdown"), 0)
    saved = tmp_path / "r.json"
    check_run(invoke("audit", archive, "-b", tiny_baselines, "--root", "tiny", "-f", "json", "-o", saved), 0)
    again = check_run(invoke("render", saved, "-f", "markdown"), 0)
    for md in (run.stdout, again.stdout):
        html = _rendered(md.splitlines()[0])
        assert html.startswith("<h2>auditor: ") and "<img" not in html and "<a " not in html and "<em>" not in html
        assert "&lt;img src=x onerror=alert(1)&gt;[a](https:evil.example)*x*.tar" in html


def test_html_keeps_names_inert_and_runs_only_its_own_script(hostile_tree, tiny_baselines):
    run, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", fmt="html", code=1)
    html = run.stdout
    assert "<img" not in html and "<script>alert" not in html and "onerror=alert" not in html.replace(
        "onerror=alert(1)&gt;", "")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1
    digest = "sha256-" + base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src '{digest}'" in csp
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html)   # nothing fetched


def test_junit_is_well_formed_xml(hostile_tree, tiny_baselines):
    run, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", fmt="junit", code=1)
    root = ET.fromstring(run.stdout.encode())
    assert len(root.findall(".//testcase")) >= len(HOSTILE_NAMES)


def test_sarif_validates_with_hostile_names(hostile_tree, tiny_baselines):
    run, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", fmt="sarif", code=1)
    doc = json.loads(run.stdout)
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(doc)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"]}
    assert all(" " not in u and "<" not in u and "\x1b" not in u for u in uris)


def test_json_is_deterministic_for_hostile_input(hostile_tree, tiny_baselines):
    a, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", code=1)
    b, _ = audit(hostile_tree, tiny_baselines, "--fail-on", "info", code=1)
    assert a.stdout == b.stdout


def test_setting_values_with_terminal_escapes(tmp_path):
    import shutil
    desk = shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tmp_path / "desk")
    cfg = desk / "Kernel" / "Config.pm"
    cfg.write_text(cfg.read_text().replace("    return 1;\n}", "    $Self->{'SecureMode'} = \"\\e[2J\\e]0;owned\\a\";\n"
                                                                 "    return 1;\n}", 1))
    run = check_run(invoke("audit", desk, "-b", SAMPLEDESK, "-f", "text"), 1)
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "\\x1b[2J" in run.stdout
    js = check_run(invoke("audit", desk, "-b", SAMPLEDESK, "-f", "json"), 1)
    assert "\\u001b[2J" in js.stdout    # JSON keeps the exact value, escaped by JSON itself


def test_output_onto_a_device_is_written_in_place_never_replaced(tiny, tiny_baselines, tmp_path):
    """An atomic write renames over its destination: onto /dev/null it would replace the device. A
    character device is written in place instead; a link to it too; a block device or socket is refused."""
    import socket
    import stat as st
    check_run(invoke("audit", tiny, "-b", tiny_baselines, "-o", os.devnull), 0)
    assert st.S_ISCHR(os.stat(os.devnull).st_mode)
    link = tmp_path / "null-link"
    link.symlink_to(os.devnull)
    check_run(invoke("audit", tiny, "-b", tiny_baselines, "-o", link), 0)
    assert st.S_ISCHR(os.stat(os.devnull).st_mode) and link.is_symlink()
    sock_path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(sock_path))
        expect_error("audit", tiny, "-b", tiny_baselines, "-o", sock_path,
                     match=r"not a regular file or a character device \(refused\)")


@pytest.mark.parametrize("fmt", ["html", "markdown", "text", "junit", "sarif", "cyclonedx"])
def test_a_tree_no_release_matches_renders_in_every_format(tmp_path, tiny_baselines, fmt):
    """An empty directory is enough: every format renders (exit 1: unidentified-release is high), also when a
    saved report is rendered again."""
    empty = tmp_path / "empty"
    empty.mkdir()
    check_run(invoke("audit", empty, "-b", tiny_baselines, "-f", fmt, "-o", tmp_path / "out"), 1)
    check_run(invoke("audit", empty, "-b", tiny_baselines, "-f", "json", "-o", tmp_path / "r.json"), 1)
    again = check_run(invoke("render", tmp_path / "r.json", "-f", fmt), 1)
    assert again.stdout
