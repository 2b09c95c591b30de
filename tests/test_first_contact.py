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


# --- a file written to while it is read ---------------------------------------------------------

def test_a_large_file_written_to_while_it_is_read_is_reported_at_the_first_sign(tmp_path):
    """7.5 GB (sparse) that a writer appends to: reported as changed after the first 16 MiB check, not
    after reading what it had at open. The harness bounds the wall clock (timeout), the report says
    how far the read went."""
    import re
    import shutil
    import threading
    import time
    tree = tmp_path / "desk"
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
    big = tree / "doc" / "growing.log"
    big.parent.mkdir(parents=True, exist_ok=True)
    with open(big, "wb") as fh:
        fh.truncate(7500 << 20)
    stop = threading.Event()

    def writer():
        fd = os.open(big, os.O_WRONLY | os.O_APPEND)
        try:
            while not stop.is_set():
                os.write(fd, b"y" * 512)
                time.sleep(0.0005)
        finally:
            os.close(fd)
    t = threading.Thread(target=writer)
    t.start()
    try:
        proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(tree), "-b", str(SAMPLEDESK), "-f", "json"],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
    finally:
        stop.set()
        t.join()
    report = json.loads(proc.stdout)
    got = {(f["category"], f["path"]): f for f in report["findings"]}
    message = got[("unreadable", "doc/growing.log")]["message"]
    m = re.search(r"changed while it was read \((\d+) bytes at open, (\d+) after (\d+) were read\)", message)
    assert m, message
    assert int(m.group(3)) <= 32 << 20 < int(m.group(1))


# --- modes ----------------------------------------------------------------------------------------

def test_a_world_writable_local_configuration_file_is_reported(tmp_path):
    """Kernel/Config.pm is a local file (not compared with the release): it holds the database password,
    so world-writable is high wherever it is."""
    import shutil
    tree = tmp_path / "desk"
    shutil.copytree(SAMPLES / "sampledesk-7.0.3-genuine", tree, symlinks=True)
    os.chmod(tree / "Kernel" / "Config.pm", 0o666)
    run = invoke("audit", tree, "-b", SAMPLEDESK, "-f", "json")
    assert run.code == 1, run
    found = [f for f in run.json()["findings"] if f["path"] == "Kernel/Config.pm"]
    assert [(f["category"], f["severity"], f["evidence"]["actual"]["mode"], f["evidence"]["local"]) for f in found] \
        == [("changed-permissions", "high", "0666", True)]


def test_generic_products_report_modes_no_umask_explains(tmp_path):
    """A product with no profile of its own (the generic one): group-writable where the release is not,
    and mode 000, are changes; fewer group/other bits (a stricter umask) are not."""
    release = tmp_path / "release" / "demo"
    (release / "lib").mkdir(parents=True)
    for name in ("a.py", "b.py", "c.py"):
        (release / "lib" / name).write_text(f"print({name!r})\n")
        os.chmod(release / "lib" / name, 0o644)
    run = invoke("baseline", "build", release, "-p", "demo", "-V", "1.0", "-o", tmp_path / "bl" / "demo" / "1.0.yaml")
    assert run.code == 0, run
    import shutil
    tree = tmp_path / "install"
    shutil.copytree(release, tree)
    os.chmod(tree / "lib" / "a.py", 0o664)      # group-writable: no umask adds a bit
    os.chmod(tree / "lib" / "b.py", 0o000)      # the owner cannot read it: no umask takes owner bits
    os.chmod(tree / "lib" / "c.py", 0o600)      # umask 077: fine
    run = invoke("audit", tree, "-b", tmp_path / "bl", "-f", "json")
    assert run.code == 0, run                   # changed permissions are low: below the default gate
    got = {f["path"]: f for f in run.json()["findings"]}
    assert got["lib/a.py"]["category"] == "changed-permissions"
    assert got["lib/a.py"]["evidence"]["actual"]["mode"] == "0664"
    if os.geteuid() == 0:                       # root reads a mode-000 file; anyone else gets 'unreadable'
        assert got["lib/b.py"]["category"] == "changed-permissions"
        assert got["lib/b.py"]["evidence"]["actual"]["mode"] == "0000"
    else:
        assert got["lib/b.py"]["category"] == "unreadable"
    assert "lib/c.py" not in got


# --- an in-place upgrade -------------------------------------------------------------------------

def test_files_an_in_place_upgrade_left_behind_are_stale_not_added(tmp_path, generator):
    """SampleDesk 6.0.5 unpacked over 6.0.3 (as a careless upgrade does): the files 6.0.5 dropped stay. They
    are stale-file (low), not added code; the old jQuery in the web root is raised to its advisories'
    severity. Nothing of it is a customisation the upgrade would lose, nor a mix of releases."""
    files = generator.checkout("6.0.3")
    generator.install_local(files, "6.0.3")
    files.update(generator.checkout("6.0.5"))
    generator.install_local(files, "6.0.5")
    tree = tmp_path / "inplace"
    generator.write_tree(files, tree)
    dropped = sorted(set(generator.checkout("6.0.3")) - set(generator.checkout("6.0.5")))
    assert dropped          # derived from the releases, not from the output
    run = invoke("audit", tree, "-b", SAMPLEDESK, "-f", "json")
    report = run.json()
    assert report["identified_version"] == "6.0.5" and report["identification"]["mixed"] is False
    stale = {f["path"]: f for f in report["findings"] if f["category"] == "stale-file"}
    assert sorted(stale) == dropped
    assert not [f for f in report["findings"] if f["category"] == "added-file"]
    jq = stale["var/httpd/htdocs/js/thirdparty/jquery-3.2.1/jquery.js"]
    assert jq["severity"] == "medium" and jq["evidence"]["library"] == {
        "name": "jQuery", "version": "3.2.1", "directory": "var/httpd/htdocs/js/thirdparty/jquery-3.2.1"}
    assert [a["id"] for a in jq["evidence"]["advisories"]] == ["CVE-2019-11358", "CVE-2020-11022", "CVE-2020-11023"]
    assert "6.0.3" in jq["evidence"]["releases"]
    assert all(f["severity"] == "low" for p, f in stale.items() if p != jq["path"])
    assert report["risk"]["migration"]["customised_files"] == 0


# --- what a report says ---------------------------------------------------------------------------

def test_a_checksum_list_is_data_not_security_sensitive_code():
    """The dressed-up sample's regenerated ARCHIVE names AuthSession/DB.pm and the like on changed lines: it
    is a list (data), a modified-file with its diff, never a security-sensitive-change."""
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK, "-f", "json")
    report = run.json()
    archive = [f for f in report["findings"] if f["path"] == "ARCHIVE"]
    assert sorted(f["category"] for f in archive) == ["forged-manifest", "modified-file"]
    diff = next(f for f in archive if f["category"] == "modified-file")["evidence"]["diff"]
    assert diff["class"] == "data" and "security" not in diff
    changed = [ln for h in diff["hunks"] for ln in h["lines"] if ln[:1] in "+-"]
    assert any("Kernel/Config/Defaults.pm" in ln for ln in changed)
    assert not [f for f in report["findings"] if f["category"] == "security-sensitive-change"]
    # the upgrade writes a new ARCHIVE: no customisation is lost with it
    assert "ARCHIVE" not in {i["path"] for i in report["risk"]["migration"]["items"]}


def test_text_and_markdown_carry_what_the_html_carries(tmp_path):
    """The forecast items, the vendor questions, the controls, an expired waiver: in text and Markdown too."""
    args = ["audit", SAMPLES / "sampledesk-6.0.5-tampered", "-b", SAMPLEDESK, "--waivers",
            ROOT / "reports" / "waivers" / "sampledesk-6.0.5-tampered.yaml", "--as-of", "2026-11-22"]
    report = invoke(*args, "-f", "json").json()
    text = invoke(*args, "-f", "text").stdout
    md = invoke(*args, "-f", "markdown").stdout
    m = report["risk"]["migration"]
    for item in m["items"]:
        assert f"{item['kind'].upper()}" in text and item["path"] in text and item["why"] in text
        assert f"| {item['kind']} | `{item['path']}` |" in md
    for q in report["risk"]["compliance"]["questions"]:
        assert q["question"] in text
    for fw in report["risk"]["compliance"]["frameworks"]:
        for c in fw["controls"]:
            assert f"{c['ref']} {c['title']} ({c['findings']})" in text
    expired = report["waivers"]["expired"]
    assert len(expired) == 1
    assert f"EXPIRED {expired[0]['expires']}  {expired[0]['path']} modified-file" in text
    assert f"| **expired** | `{expired[0]['path']} modified-file` (waivers[2]) |" in md
    assert "### Questions for the vendor" in md and "### Compliance: regulations and controls touched" in md


def test_identification_shows_one_measure():
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK, "-f", "json")
    cands = run.json()["identification"]["candidates"]
    text = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK).stdout
    line = next(x for x in text.splitlines() if x.startswith("Scores"))
    expected = ", ".join(f"{c['version']} {c['score']:.2f}" + (" (identified)" if i == 0 else "")
                         for i, c in enumerate(cands[:4]))
    assert line.split(None, 1)[1] == expected
    assert "Runners-up" not in text


def test_vendor_questions_for_the_most_damning_findings_and_wording():
    report = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK, "-f", "json").json()
    qs = {q["category"]: q["question"] for q in report["risk"]["compliance"]["questions"]}
    assert qs["forged-manifest"].startswith("Who rewrote ARCHIVE, the product's own checksum list? It vouches for 11 "
                                            "files")
    assert "ARCHIVE" not in qs["modified-file"]       # asked once, as the rewritten list
    tampered = invoke("audit", SAMPLES / "sampledesk-6.0.5-tampered", "-b", SAMPLEDESK, "-f", "json").json()
    qs = {q["category"]: q["question"] for q in tampered["risk"]["compliance"]["questions"]}
    assert qs["security-sensitive-change"] == ("Why was security-relevant code in Kernel/System/Auth.pm changed (auth)? "
                                               "Who reviewed the change, and which security test shows it is safe?")
    vendor = invoke("audit", SAMPLES / "sampledesk-7.0.3-vendor", "-b", SAMPLEDESK, "-f", "json").json()
    texts = [q["question"] for q in vendor["risk"]["compliance"]["questions"]]
    assert not [t for t in texts if "?)" in t or "(not set)" in t], texts
    assert ("Why is AuthModule::DB::CryptType set to md5 (the official release does not set it)? Who decided it "
            "and is it documented?") in texts
    allow = next(t for t in texts if t.startswith("Why is Security::AdminIPAllowList"))
    assert allow.startswith('Why is Security::AdminIPAllowList not set (official default ["127.0.0.1/32"')
    messages = [f["message"] for f in vendor["findings"]]
    assert not [m for m in messages if "'(not set)'" in m]
    assert any("(the official release does not set it)" in m for m in messages)


def test_gate_off_and_a_reinstall_are_said_so():
    text = invoke("audit", SAMPLES / "sampledesk-7.0.3-vendor", "-b", SAMPLEDESK, "--fail-on", "never").stdout
    assert "Result              PASS  (gate off (--fail-on never); " in text
    assert "at or above never" not in text
    assert "Migration risk" in text and "(reinstall of 7.0.3 (no newer baseline to upgrade to))" in text
    html = invoke("audit", SAMPLES / "sampledesk-7.0.3-vendor", "-b", SAMPLEDESK, "-f", "html").stdout
    assert "7.0.3 → 7.0.3" not in html and "Reinstall of 7.0.3" in html


def test_baseline_import_message_reads_an_archive_list(tmp_path):
    archive = SAMPLES / "sampledesk-7.0.3-genuine" / "ARCHIVE"
    run = invoke("baseline", "import", archive, "--kind", "archive", "-p", "sampledesk", "-V", "7.0.3",
                 "-o", tmp_path / "b.yaml")
    assert run.code == 0, run
    assert "files from an archive list (md5)" in run.stderr


# --- the command line -----------------------------------------------------------------------------

def test_shell_completion_is_clicks_own():
    env = dict(os.environ, _AUDITOR_COMPLETE="bash_source")
    src = subprocess.run([sys.executable, "-m", "auditor"], env=env, capture_output=True, text=True)
    assert src.returncode == 0 and "_auditor_completion()" in src.stdout and "complete " in src.stdout
    env = dict(os.environ, _AUDITOR_COMPLETE="bash_complete", COMP_WORDS="auditor audit x -f ", COMP_CWORD="4")
    got = subprocess.run([sys.executable, "-m", "auditor"], env=env, capture_output=True, text=True)
    assert got.returncode == 0
    from auditor.report.base import names
    assert sorted(x.split(",", 1)[1] for x in got.stdout.split()) == names()


def test_quiet_drops_notes_and_progress_keeps_errors(tmp_path):
    out = tmp_path / "b" / "7.0.3.yaml"
    loud = invoke("baseline", "build", SAMPLES / "sampledesk-7.0.3-genuine", "-p", "sampledesk", "-V", "7.0.3",
                  "-o", out)
    assert loud.code == 0 and loud.stderr.startswith(f"wrote {out}")
    quiet = invoke("baseline", "build", SAMPLES / "sampledesk-7.0.3-genuine", "-p", "sampledesk", "-V", "7.0.3",
                   "-o", out, "-q")
    assert quiet.code == 0 and quiet.stderr == ""
    quiet = invoke("-q", "audit", SAMPLES / "sampledesk-7.0.3-genuine", "-b", SAMPLEDESK, "--progress")
    assert quiet.code == 0 and quiet.stderr == ""
    bad = invoke("audit", tmp_path / "nope", "-b", SAMPLEDESK, "--quiet")
    assert bad.code == 2 and bad.stderr.startswith("auditor: error: ")


def test_baselines_carry_their_content_pack_by_default(tmp_path):
    run = invoke("baseline", "build", SAMPLES / "sampledesk-7.0.3-genuine", "-p", "sampledesk", "-V", "7.0.3",
                 "-o", tmp_path / "a" / "7.0.3.yaml")
    assert run.code == 0 and (tmp_path / "a" / "content.zip").is_file()
    assert "content_pack: content.zip" in (tmp_path / "a" / "7.0.3.yaml").read_text()
    run = invoke("baseline", "build", SAMPLES / "sampledesk-7.0.3-genuine", "-p", "sampledesk", "-V", "7.0.3",
                 "-o", tmp_path / "b" / "7.0.3.yaml", "--no-content")
    assert run.code == 0 and not (tmp_path / "b" / "content.zip").exists()
    assert (ROOT / "baselines" / "sampledesk" / "content.zip").is_file()     # the shipped ones have theirs


# --- the fleet ------------------------------------------------------------------------------------

def test_fleet_root_reaches_a_product_below_opt_in_an_image(tmp_path):
    import io
    import tarfile
    from hostile import make
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.add(SAMPLES / "sampledesk-7.0.3-genuine", arcname="opt/sampledesk")
    image = make.docker_image(tmp_path / "desk.tar", [buf.getvalue()])
    run = invoke("fleet", image, "-b", SAMPLEDESK, "--shard", "1/1", "--root", "opt/sampledesk", "-f", "json",
                 "--no-progress")
    merged = run.json()
    assert run.code == 0, run
    assert [(t["status"], t["identified_version"]) for t in merged["targets"]] == [("ok", "7.0.3")]
    without = invoke("fleet", image, "-b", SAMPLEDESK, "--shard", "1/1", "-f", "json", "--no-progress").json()
    assert without["targets"][0]["identified_version"] is None


def test_fleet_makes_local_paths_absolute_and_names_a_missing_target(tmp_path):
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        run = invoke("fleet", "sample_installs/sampledesk-7.0.3-genuine", "sample_installs/nope", "-b", SAMPLEDESK,
                     "--shard", "1/1", "-f", "json", "--no-progress")
    finally:
        os.chdir(here)
    targets = run.json()["targets"]
    assert [t["path"] for t in targets] == [str(SAMPLES / "sampledesk-7.0.3-genuine"), str(SAMPLES / "nope")]
    assert targets[0]["status"] == "ok"
    assert (targets[1]["status"], targets[1]["error"]) == (
        "error", f"{SAMPLES / 'nope'}: no such file or directory (checked before submission)")
