"""Official add-ons on a real Znuny 7: github.com/znuny/FAQ, Survey ... (AUDITOR_REAL_ADDONS).

The add-ons' baselines are built by `baseline from-git --product auto` from their own repositories
(conftest.Real._addon_baselines), into the baselines directory every other real test uses: a genuine
install without add-ons must stay clean with them there (test_real_otrs), and one with them must be
clean too, the add-ons named.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from . import install as install_mod

FILE_CATEGORIES = ("added-file", "added-code", "modified-file", "missing-file", "missing-directory",
                   "permission-change", "security-sensitive-change", "type-change")
ADVISORY_CATEGORIES = ("missing-patch",)


def _newest_tag(repo, glob: str) -> str | None:
    tags = subprocess.run(["git", f"--git-dir={repo}", "tag", "--list", glob], capture_output=True, text=True,
                          check=True).stdout.split()
    return max(tags, key=lambda t: tuple(int(x) for x in t[4:].replace("_", ".").split("."))) if tags else None


@pytest.fixture(scope="module")
def znuny7_with_addons(real):
    if not real.addons:
        pytest.skip("AUDITOR_REAL_ADDONS is not set: no official add-on repositories (github.com/znuny/FAQ ...)")
    rel = real.newest("znuny", "7.0")
    if rel is None:
        pytest.skip("no Znuny 7.0 release among the real releases")
    chosen = []
    for repo in real.addons:
        tag = _newest_tag(repo, "rel-7.0.*")
        if tag is not None:
            name, version, files = install_mod.package_files(repo, tag)
            chosen.append((repo, tag, name, version, files))
    assert chosen, "no add-on repository has a 7.0 release tag"
    tree = real.install(rel, "znuny7-addons", addons=[(repo, tag) for repo, tag, *_ in chosen])
    return rel, tree, chosen


def test_a_genuine_install_with_official_addons_is_clean_and_names_them(real, znuny7_with_addons):
    rel, tree, chosen = znuny7_with_addons
    report, rc = real.audit(tree)
    assert (report["product"], report["identified_version"]) == (rel.product, rel.version)
    other = [f"{f['category']} {f['path']}" for f in report["findings"] if f["category"] not in ADVISORY_CATEGORIES]
    assert other == []
    assert rc == 0
    found = {a["package"]: a for a in report["identification"]["addons"]}
    assert sorted(found) == sorted(name for *_, name, _v, _f in chosen)
    for _repo, _tag, name, version, files in chosen:
        a = found[name]
        assert (a["version"], a["files"], a["present"], a["matching"]) == (version, len(files), len(files), len(files))
    changed = {c["setting"] for c in report["settings"]["changed"]}
    assert changed == {"SecureMode"}
    assert report["endpoints"]["unexpected"] == 0
    real.figures["addons"] = {name: {"version": version, "files": len(files)} for _r, _t, name, version, files in chosen}


def test_without_the_addon_baselines_their_files_are_added_files(real, znuny7_with_addons, tmp_path):
    """What made genuine installs fail the gate: the framework's baselines alone call every add-on file added."""
    rel, tree, chosen = znuny7_with_addons
    only = tmp_path / "baselines" / rel.product
    only.mkdir(parents=True)
    for f in (real.baselines / rel.product).iterdir():
        if f.name == f"{rel.version}.yaml" or f.name == "content.zip":
            shutil.copy(f, only / f.name)
    report, rc = real.audit(tree, "--baselines", tmp_path / "baselines")
    added = {f["path"] for f in report["findings"] if f["category"] in ("added-file", "added-code")}
    framework = set(install_mod.release_files(rel.tree))
    expected = {p for *_, files in chosen for p in files if p not in framework}
    assert added == expected
    assert rc == 1


def test_an_edited_addon_file_is_a_modified_file_of_that_addon(real, znuny7_with_addons, tmp_path):
    rel, tree, chosen = znuny7_with_addons
    _repo, _tag, name, version, files = chosen[0]
    edited = tmp_path / "edited"
    shutil.copytree(tree, edited, symlinks=True)
    target = next(p for p in files if p.endswith(".pm") and p.startswith("Kernel/Modules/"))
    path = edited / target
    path.write_text(path.read_text(encoding="utf-8") + "\n# vendor: send a copy home\n", encoding="utf-8")
    report, _rc = real.audit(edited)
    mods = [f for f in report["findings"] if f["category"] in ("modified-file", "security-sensitive-change")]
    assert [f["path"] for f in mods] == [target]
    assert f"{name} {version}" in mods[0]["message"]
