"""What a new user, a consultant and a CI job hit first (issue 23): each case with its exact outcome."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from conftest import ROOT, SAMPLEDESK, SAMPLES, invoke, validate_report


# --- reports on a tree no release matches ------------------------------------------------------

@pytest.mark.parametrize("fmt", ["html", "markdown", "text", "junit", "sarif", "cyclonedx"])
def test_every_format_renders_a_tree_no_release_matches(tmp_path, fmt):
    empty = tmp_path / "empty"
    empty.mkdir()
    run = invoke("audit", empty, "-b", SAMPLEDESK, "-f", fmt, "-o", tmp_path / "out")
    assert run.code == 1, run            # unidentified-release is high: the gate fails, nothing crashes
    text = (tmp_path / "out").read_text()
    if fmt == "html":
        assert "No official release matches these files" in text


def test_render_of_a_saved_report_of_an_unidentified_tree_as_html(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert invoke("audit", empty, "-b", SAMPLEDESK, "-f", "json", "-o", tmp_path / "r.json").code == 1
    run = invoke("render", tmp_path / "r.json", "-f", "html", "-o", tmp_path / "r.html")
    assert run.code == 1, run
    assert "unidentified-release" in (tmp_path / "r.html").read_text()


# --- outputs that are devices or the process's own streams --------------------------------------

def test_output_to_dev_null_is_written_and_dev_null_stays_a_device():
    run = invoke("audit", SAMPLES / "sampledesk-7.0.3-genuine", "-b", SAMPLEDESK, "-f", "json", "-o", "/dev/null",
                 "--output-html", "/dev/null")
    assert run.code == 0, run
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_to_dev_stdout_goes_to_the_stream_and_never_replaces_it():
    before = os.lstat("/dev/stdout")
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(SAMPLES / "sampledesk-7.0.3-genuine"),
                           "-b", str(SAMPLEDESK), "-f", "json", "-o", "/dev/stdout"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    validate_report(json.loads(proc.stdout))
    after = os.lstat("/dev/stdout")
    assert (stat.S_IFMT(after.st_mode), after.st_ino) == (stat.S_IFMT(before.st_mode), before.st_ino)


def test_output_to_a_fifo_is_refused_before_the_scan(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = invoke("audit", SAMPLES / "sampledesk-7.0.3-genuine", "-b", SAMPLEDESK, "-o", fifo)
    assert run.code == 2
    assert run.stderr.strip() == f"auditor: error: --output {fifo}: is a FIFO (refused: the write would block until " \
                                 "something reads it)"


# --- dependency minimums ------------------------------------------------------------------------

#: the first release of each dependency that fixed a known vulnerability (issue 23)
FIXED = {"deepdiff": "8.6.1", "gitpython": "3.1.41", "jinja2": "3.1.6", "cryptography": "42.0.4"}


def test_dependency_minimums_exclude_known_vulnerable_releases_and_resolve():
    from importlib.metadata import requires, version

    from packaging.requirements import Requirement
    from packaging.version import Version
    reqs = {Requirement(r).name.lower(): Requirement(r) for r in requires("auditor") if "extra ==" not in r}
    for name, fixed in FIXED.items():
        spec = reqs[name].specifier
        assert not spec.contains(Version(fixed).base_version + "rc0", prereleases=False)
        below = [v for v in ("0.1", fixed.rsplit(".", 1)[0] + ".0") if Version(v) < Version(fixed)]
        assert not any(spec.contains(v) for v in below), (name, spec)
        assert spec.contains(fixed), (name, spec)
    for name, req in reqs.items():           # what pip installed satisfies every declared minimum
        assert req.specifier.contains(version(req.name), prereleases=True), (name, version(req.name))
