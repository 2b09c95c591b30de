"""Bad input: each gives a clear result, no hang, no traceback."""

from __future__ import annotations

import os
import shutil
import socket

import pytest

from conftest import SAMPLEDESK, SAMPLES, audit_json, by_category, copy_sample, run_auditor

GENUINE = "sampledesk-7.0.3-genuine"


def one_error_line(proc, rc=2):
    assert proc.returncode == rc, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_missing_target():
    line = one_error_line(run_auditor("audit", "/no/such/tree", "--baselines", SAMPLEDESK))
    assert line == "auditor: error: /no/such/tree: no such file or directory"


def test_empty_baseline_directory(tmp_path):
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", tmp_path))
    assert line == f"auditor: error: {tmp_path}: no baselines found (expected <product>/<version>.yaml files)"


def test_missing_baseline_directory(tmp_path):
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", tmp_path / "nope"))
    assert "baseline directory does not exist" in line


def _corrupt_copy(tmp_path, pattern, replacement):
    import re
    d = tmp_path / "b" / "sampledesk"
    d.mkdir(parents=True)
    text = (SAMPLEDESK / "6.0.3.yaml").read_text()
    new, n = re.subn(pattern, replacement, text, count=1, flags=re.M)
    assert n == 1
    (d / "6.0.3.yaml").write_text(new)
    return d / "6.0.3.yaml"


def test_corrupt_baseline_bad_hash_names_file_and_field(tmp_path):
    bad = _corrupt_copy(tmp_path, r"^(- \{path: RELEASE, type: file, .* sha256: )", r"\1zz")
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", tmp_path / "b"))
    assert line.startswith(f"auditor: error: {bad}:")
    assert "sha256: expected 64 lower-case hex characters" in line
    assert "entries[" in line


def test_corrupt_baseline_malformed_yaml(tmp_path):
    bad = _corrupt_copy(tmp_path, "^mode_precision: exec", "mode_precision: [exec")
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", tmp_path / "b"))
    assert line.startswith(f"auditor: error: {bad}:")
    assert "not valid YAML" in line


def test_corrupt_baseline_unknown_field(tmp_path):
    bad = _corrupt_copy(tmp_path, "^mode_precision: exec", "mode_precision: exec\nflavour: vanilla")
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", tmp_path / "b"))
    assert line == f"auditor: error: {bad}: <top>: unknown field(s): flavour"


def test_truncated_gzip_baseline(tmp_path):
    d = tmp_path / "b" / "sampledesk"
    d.mkdir(parents=True)
    import gzip
    data = gzip.compress((SAMPLEDESK / "6.0.3.yaml").read_bytes())
    (d / "6.0.3.yaml.gz").write_bytes(data[: len(data) // 2])
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", tmp_path / "b"))
    assert "6.0.3.yaml.gz" in line


def test_unknown_product():
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", SAMPLEDESK, "--product", "nosuch"))
    assert line == "auditor: error: no baselines for product 'nosuch' (baselines hold: sampledesk)"


def test_usage_error_is_one_line():
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE))
    assert line == "auditor: error: Missing option '--baselines' / '-b'."


def test_target_is_a_plain_file(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello")
    line = one_error_line(run_auditor("audit", f, "--baselines", SAMPLEDESK))
    assert "not a directory, archive" in line


def test_fifo_socket_symlink_loop_link_out_and_non_utf8_name(tmp_path):
    tree = copy_sample(GENUINE, tmp_path)
    os.mkfifo(tree / "var/httpd/htdocs/js/pipe")              # would block a naive reader
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tree / "bin/agent.sock"))
    os.symlink("loop-b", tree / "Kernel/loop-a")
    os.symlink("loop-a", tree / "Kernel/loop-b")
    os.symlink("/etc/passwd", tree / "Kernel/System/Secrets.pm")
    os.symlink("../../../../outside", tree / "var/httpd/up")
    (tree / os.fsdecode(b"Kernel/System/caf\xe9.pm")).write_bytes(b"package Kernel::System::Cafe;\n1;\n")
    report, proc = audit_json(tree, expect_rc=1)
    sock.close()
    cats = by_category(report)
    assert cats["special-file"] == {"var/httpd/htdocs/js/pipe", "bin/agent.sock"}
    assert cats["symlink-loop"] == {"Kernel/loop-a"}
    assert cats["symlink-escape"] == {"Kernel/System/Secrets.pm", "var/httpd/up"}
    assert "Kernel/System/caf\\xe9.pm" in cats["added-file"]
    f = {(x["category"], x["path"]): x for x in report["findings"]}
    assert f[("symlink-escape", "Kernel/System/Secrets.pm")]["evidence"]["actual"]["target"] == "/etc/passwd"
    assert f[("special-file", "var/httpd/htdocs/js/pipe")]["evidence"]["actual"]["type"] == "fifo"
    assert f[("special-file", "bin/agent.sock")]["evidence"]["actual"]["type"] == "socket"
    # nothing was written into the audited tree
    assert not [p for p in tree.rglob("*") if p.name.endswith((".tmp", ".json"))]


def _without_root_privilege() -> list[str]:
    """Root reads any file; without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH it obeys the mode bits."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and util-linux setpriv is not installed: cannot make a file unreadable")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_file_and_directory_are_reported(tmp_path):
    tree = copy_sample(GENUINE, tmp_path)
    secret = tree / "Kernel/System/Ticket.pm"
    locked = tree / "var/httpd/htdocs/skins/Agent/slim"
    os.chmod(secret, 0o000)
    os.chmod(locked, 0o000)
    try:
        proc = run_auditor("audit", tree, "--baselines", SAMPLEDESK, "--format", "json",
                           prefix=_without_root_privilege())
    finally:
        os.chmod(secret, 0o644)
        os.chmod(locked, 0o755)
    assert proc.returncode == 1, proc.stderr   # an unreadable core file is high: it may hide a change
    import json
    report = json.loads(proc.stdout)
    cats = by_category(report)
    assert cats["unreadable"] == {"Kernel/System/Ticket.pm", "var/httpd/htdocs/skins/Agent/slim"}
    f = {(x["category"], x["path"]): x for x in report["findings"]}
    assert f[("unreadable", "Kernel/System/Ticket.pm")]["evidence"]["detail"] == "Permission denied"
    # unknown content is neither "modified" nor "missing": it is unverified, and counted
    assert set(cats) == {"unreadable"}
    assert f[("unreadable", "var/httpd/htdocs/skins/Agent/slim")]["evidence"]["release_entries_unverified"] == 9


def test_profile_yaml_error_names_file_and_line(tmp_path):
    prof = tmp_path / "mine.yaml"
    prof.write_text("format_version: 1\nname: mine\npath_classes:\n  - name: core\n    patterns: [a]\n"
                    "    severity: {modified-file: catastrophic}\n")
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", SAMPLEDESK, "--profile", prof))
    assert line == (f"auditor: error: {prof}:6: path_classes[0].severity.modified-file: "
                    "must be one of critical, high, medium, low, info; got 'catastrophic'")


def test_malformed_profile_yaml_syntax(tmp_path):
    prof = tmp_path / "mine.yaml"
    prof.write_text("format_version: 1\nname: mine\nignore: [a, b\nlocal: []\n")
    line = one_error_line(run_auditor("audit", SAMPLES / GENUINE, "--baselines", SAMPLEDESK, "--profile", prof))
    assert line.startswith(f"auditor: error: {prof}:")
    assert "not valid YAML" in line


@pytest.mark.parametrize("args", [["baseline", "build", "/no/such", "--product", "x", "--version", "1"],
                                  ["baseline", "show", "/no/such.yaml"],
                                  ["baseline", "list", "/no/such"],
                                  ["profile", "show", "nosuch"]])
def test_other_commands_fail_cleanly(args):
    one_error_line(run_auditor(*args))


def test_corrupt_archive_is_one_line(tmp_path):
    bad = tmp_path / "install.tar.gz"
    bad.write_bytes(b"\x1f\x8b" + bytes(range(256)) * 4)
    line = one_error_line(run_auditor("audit", bad, "--baselines", SAMPLEDESK))
    assert line.startswith(f"auditor: error: {bad}: ")
