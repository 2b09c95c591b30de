"""One product model across baselines, feeds and identification; git sources as snapshots deliver them;
mode risk that no profile can mask."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from auditor import profile as profile_mod
from conftest import audit_json, copy_sample, run_auditor


def test_otrs_profile_maps_release_names_to_product_ids():
    otrs = profile_mod.builtin("otrs")
    assert otrs.product_ids == ["otrs", "otrs-ce", "znuny-lts", "znuny"]
    assert otrs.product_id("Znuny LTS") == otrs.product_id("znuny-lts") == "znuny-lts"
    assert otrs.product_id("((OTRS)) Community Edition") == "otrs-ce"
    # Znuny LTS 6.0.31-6.0.33 still said PRODUCT = OTRS; OTRS AG's 6.0 line ended with 6.0.30
    assert otrs.product_for_claim("OTRS", "6.0.30") == "otrs"
    assert otrs.product_for_claim("OTRS", "6.0.32") == "znuny-lts"
    assert otrs.product_for_claim("OTRS", "7.0.3") == "otrs"
    assert otrs.product_for_claim("Znuny", "7.0.9") == "znuny"
    assert profile_mod.canonical_product("Znuny LTS") == "znuny-lts"


def _release(dest, product_line: str, version: str, body: str) -> None:
    """A small OTRS-like release tree: RELEASE plus a few modules whose content depends on the release."""
    (dest / "Kernel/System").mkdir(parents=True)
    (dest / "RELEASE").write_text(f"PRODUCT = {product_line}\nVERSION = {version}\n")
    for name in ("Ticket", "User", "Queue", "Email"):
        (dest / f"Kernel/System/{name}.pm").write_text(f"package Kernel::System::{name};\n# {body} {name}\n1;\n")
    (dest / "Kernel/System/Common.pm").write_text("package Kernel::System::Common;\n1;\n")
    # what every release of its line has (the profile's release_lines)
    (dest / "bin/cgi-bin").mkdir(parents=True)
    (dest / "bin/cgi-bin/customer.pl").write_text("#!/usr/bin/perl\n1;\n")
    (dest / "scripts").mkdir()
    major, minor = version.split(".")[:2]
    step = "DBUpdate-to-6.pl" if version.startswith("6.0.") else f"MigrateToZnuny{major}_{minor}.pl"
    (dest / "scripts" / step).write_text("#!/usr/bin/perl\n1;\n")
    for script in (dest / "bin/cgi-bin/customer.pl", dest / "scripts" / step):
        os.chmod(script, 0o755)


def test_the_products_read_from_a_profile_s_document_are_those_of_the_built_profile():
    """for_product answers from each built-in profile's declared products (no profile built); they are the
    built profile's products, its parent the one it extends, and the choice the one the built profiles make."""
    from auditor.profile import registry
    built = profile_mod.all_builtin()
    for prof in built:
        products, parent = registry.declared(prof.name)
        assert products == prof.products and parent == prof.extends, prof.name
    names = {n for p in built for prod in p.products for n in prod.names()} | {"nothing-known", "OTRS ce", " Znuny "}
    for name in sorted(names):
        matches = sorted((p for p in built if p.name != "generic" and p.matches_product(name)),
                         key=lambda p: (p.extends is None, p.name))
        assert profile_mod.for_product(name).name == (matches[0].name if matches else "generic"), name


def test_a_baselines_directory_of_several_products_identifies_the_product(tmp_path):
    """OTRS 6.0.30, Znuny LTS 6.0.32 (which says PRODUCT = OTRS) and Znuny 6.1.1 side by side."""
    releases = {("otrs", "6.0.30"): ("OTRS", "otrs-30"), ("znuny-lts", "6.0.32"): ("OTRS", "lts-32"),
                ("znuny", "6.1.1"): ("Znuny", "znuny-611")}
    for (pid, version), (line, body) in releases.items():
        tree = tmp_path / f"src-{pid}"
        _release(tree, line, version, body)
        proc = run_auditor("baseline", "build", tree, "--product", "auto", "--version", "auto",
                           "--out", tmp_path / "b" / pid / f"{version}.yaml")
        assert proc.returncode == 0, proc.stderr
        assert f"{pid} {version}" in proc.stderr
    # a baseline may name its product by display name: it is the same product
    lts = tmp_path / "b/znuny-lts/6.0.32.yaml"
    lts.write_text(lts.read_text().replace("product: znuny-lts", "product: Znuny LTS"))
    for (pid, version), (line, body) in releases.items():
        report, proc = audit_json(tmp_path / f"src-{pid}", "--fail-on", "never", baselines=tmp_path / "b")
        assert (report["product"], report["identified_version"]) == (pid, version)
        assert (report["claimed_product"], report["claimed_version"]) == (pid, version)
        assert not [f for f in report["findings"] if f["category"] in ("version-mismatch", "modified-file")]
    # a Znuny LTS tree relabelled as OTRS 6.0.30 claims another release: a mismatch by product
    fake = tmp_path / "fake"
    shutil.copytree(tmp_path / "src-znuny-lts", fake)
    (fake / "RELEASE").write_text("PRODUCT = OTRS\nVERSION = 6.0.30\n")
    report, _ = audit_json(fake, "--fail-on", "never", baselines=tmp_path / "b")
    mismatch = [f for f in report["findings"] if f["category"] == "version-mismatch"]
    assert report["product"] == "znuny-lts" and report["claimed_product"] == "otrs"
    assert len(mismatch) == 1 and "claims release OTRS 6.0.30" in mismatch[0]["message"]
    assert "Znuny LTS 6.0.32" in mismatch[0]["message"]


def _git(repo, *args):
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", HOME=str(repo), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@x",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@x")
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env=env).stdout.strip()


@pytest.fixture
def vendor_import_repo(tmp_path):
    """A repository that keeps releases as 'Imported vendor X' commits, snapshotted as a bare git
    directory without a config file, one blob removed (as public snapshots leave out large files)."""
    work = tmp_path / "work"
    work.mkdir()
    _git(work, "init", "-q", "-b", "vendor")
    for version, body in (("6.0.29", "a"), ("6.0.30", "b")):
        for p in list(work.iterdir()):
            if p.name != ".git":
                shutil.rmtree(p) if p.is_dir() else p.unlink()
        _release(work, "OTRS", version, body)
        (work / "Kernel/System/Big.dat").write_bytes(b"\x00large-binary" * 1000)
        _git(work, "add", "-A")
        _git(work, "commit", "-q", "-m", f"Imported vendor {version}.")
    bare = tmp_path / "snapshot"
    shutil.copytree(work / ".git", bare)
    (bare / "config").unlink()
    blob = _git(work, "rev-parse", "HEAD:Kernel/System/Big.dat")
    loose = bare / "objects" / blob[:2] / blob[2:]
    assert loose.is_file()
    loose.unlink()
    return bare, blob, work


def test_from_git_on_a_snapshot_without_config_and_with_a_missing_blob(vendor_import_repo, tmp_path):
    bare, blob, work = vendor_import_repo
    out = tmp_path / "baselines"
    proc = run_auditor("baseline", "from-git", bare, "--product", "auto",
                       "--commits", r"^Imported vendor ([0-9.]+)\.?$", "--out-dir", out)
    assert proc.returncode == 0, proc.stderr
    assert "recorded by their git blob id (SHA-1) only" in proc.stderr
    text = (out / "otrs/6.0.30.yaml").read_text()
    assert f"- {{path: Kernel/System/Big.dat, type: file, mode: '0644', gitsha1: {blob}}}" in text
    # a short commit id resolves in a git directory without config (it used to say "no such ref")
    short = _git(work, "rev-parse", "--short", "HEAD")
    proc = run_auditor("baseline", "build", bare, "--ref", short, "--product", "auto", "--version", "auto",
                       "--out", tmp_path / "one.yaml")
    assert proc.returncode == 0, proc.stderr
    # the file is compared by its git blob id: intact is silent, edited is a modified file
    tree = tmp_path / "tree"
    _git(work, "worktree", "add", "-q", str(tree), "HEAD")
    (tree / ".git").unlink()
    report, _ = audit_json(tree, baselines=out)
    assert report["identified_version"] == "6.0.30"
    assert {f["category"] for f in report["findings"]} == {"missing-patch"}   # OTRS 6.0.30's advisories
    (tree / "Kernel/System/Big.dat").write_bytes(b"\x00other" * 1000)
    report, _ = audit_json(tree, baselines=out)
    f = [x for x in report["findings"] if x["category"] == "modified-file"]
    assert [x["path"] for x in f] == ["Kernel/System/Big.dat"]
    assert f[0]["evidence"]["expected"]["gitsha1"] == blob and f[0]["evidence"]["expected"]["weaker_digest"] == "gitsha1"


def test_unknown_ref_and_not_a_repository_are_one_line_each(vendor_import_repo, tmp_path):
    bare, _, _ = vendor_import_repo
    proc = run_auditor("baseline", "build", bare, "--ref", "v9.9.9", "--product", "otrs", "--version", "1")
    assert proc.returncode == 2 and proc.stderr.strip() == f"auditor: error: {bare}: no such ref or commit 'v9.9.9'"
    proc = run_auditor("baseline", "from-git", tmp_path, "--product", "otrs", "--out-dir", tmp_path / "o")
    assert proc.returncode == 2 and proc.stderr.strip() == f"auditor: error: {tmp_path}: not a git repository"


@pytest.mark.parametrize("path,mode", [("Kernel/System/Ticket.pm", 0o666), ("bin/sampledesk.Console.pl", 0o4755),
                                       ("bin/cgi-bin/index.pl", 0o2775)])
def test_world_writable_and_set_id_files_are_never_masked_by_the_profile(tmp_path, path, mode):
    """The OTRS-family profile compares only the executable bit; mode risk is reported anyway."""
    tree = copy_sample("sampledesk-6.0.3-genuine", tmp_path)
    os.chmod(tree / path, mode)
    report, proc = audit_json(tree, expect_rc=1)
    f = [x for x in report["findings"] if x["category"] == "changed-permissions"]
    assert [(x["path"], x["severity"], x["evidence"]["risky"]) for x in f] == [(path, "high", True)]
    assert f[0]["evidence"]["actual"]["mode"] == f"0{mode:03o}"


def test_an_added_set_uid_file_is_high_wherever_it_is(tmp_path):
    tree = copy_sample("sampledesk-7.0.3-genuine", tmp_path)
    helper = tree / "var/httpd/htdocs/helper.txt"
    helper.write_text("not code\n")
    os.chmod(helper, 0o4755)
    report, _ = audit_json(tree, expect_rc=1)
    f = [x for x in report["findings"] if x["path"] == "var/httpd/htdocs/helper.txt"]
    assert [(x["category"], x["severity"], x["evidence"]["risky_mode"]) for x in f] == [("added-file", "high", True)]


def test_an_installer_executable_without_the_tarball_bit_is_not_a_finding(tmp_path):
    """SetPermissions makes every *.pl executable, whatever mode the release shipped it with
    (Znuny ships bin/cgi-bin/get-oauth2-token-by-authorization-code.pl as 0644)."""
    src = tmp_path / "src"
    _release(src, "Znuny", "6.3.2", "z")
    (src / "bin/cgi-bin/get-token.pl").write_text("#!/usr/bin/perl\n1;\n")
    (src / "bin/Cron.sh").write_text("#!/bin/sh\n")
    os.chmod(src / "bin/cgi-bin/get-token.pl", 0o644)
    os.chmod(src / "bin/Cron.sh", 0o755)
    proc = run_auditor("baseline", "build", src, "--product", "auto", "--version", "auto",
                       "--out", tmp_path / "b/znuny/6.3.2.yaml")
    assert proc.returncode == 0, proc.stderr
    tree = tmp_path / "installed"
    shutil.copytree(src, tree)
    os.chmod(tree / "bin/cgi-bin/get-token.pl", 0o770)   # what SetPermissions sets
    os.chmod(tree / "bin/Cron.sh", 0o660)                # a vendor took the bit away
    report, _ = audit_json(tree, "--fail-on", "never", baselines=tmp_path / "b")
    assert [x["path"] for x in report["findings"] if x["category"] == "changed-permissions"] == ["bin/Cron.sh"]
