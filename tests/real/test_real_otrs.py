"""Real official OTRS 6.0.x, Znuny LTS 6.0.x and Znuny 6.x/7.x releases, installed and audited.

Every expectation is derived from the input: the release a tree was made
from, the changes a test made to it, and the advisory feed; nothing is
copied from auditor's output. See conftest.py for how to run it.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import time

import pytest
import yaml

from .conftest import run

from auditor import feeds, profile as profile_mod

#: Findings a genuine install may have: the advisories its release misses.
ADVISORY_CATEGORIES = {"missing-patch", "patched-by-backport"}


def _cats(report) -> set[str]:
    return {f["category"] for f in report["findings"]}


def test_every_genuine_install_is_identified_and_clean(real):
    """Each official release, installed as a running helpdesk has it, against every baseline at once."""
    failures, per_product, started = [], {}, time.perf_counter()
    for rel in real.releases:
        tree = real.install(rel, f"genuine-{rel.key}")
        report, rc = real.audit(tree)
        problems = []
        if (report["product"], report["identified_version"]) != (rel.product, rel.version):
            problems.append(f"identified as {report['product']} {report['identified_version']}")
        if report["claimed_version"] != rel.version or report["claimed_product"] != rel.product:
            problems.append(f"claims {report['claimed_product']} {report['claimed_version']}")
        other = [f for f in report["findings"] if f["category"] not in ADVISORY_CATEGORIES]
        if other:
            problems.append("findings: " + "; ".join(f"{f['category']} {f['path']} {f['message'][:80]}"
                                                     for f in other[:5]))
        changed = {c["setting"] for c in report["settings"]["changed"]}
        if changed != {"SecureMode"}:     # what the installer sets when it finishes
            problems.append(f"changed settings {sorted(changed)[:8]}")
        if report["endpoints"]["unexpected"]:
            problems.append(f"{report['endpoints']['unexpected']} unexpected endpoints")
        failing_patches = [f for f in report["findings"] if f["category"] == "missing-patch"
                           and f["severity"] in ("critical", "high")]
        if rc != (1 if failing_patches else 0):
            problems.append(f"exit {rc}")
        if problems:
            failures.append(f"{rel.key}: {' | '.join(problems)}")
        p = per_product.setdefault(rel.product, {"installs": 0, "clean": 0, "missing_advisories": 0})
        p["installs"] += 1
        p["clean"] += not problems
        p["missing_advisories"] += sum(1 for f in report["findings"] if f["category"] == "missing-patch")
    real.figures["genuine"] = per_product
    real.figures["genuine_seconds"] = round(time.perf_counter() - started, 1)
    assert not failures, "\n".join(failures)


def _install_claiming(real, rel, name, claimed_version, product_line=None):
    """A grey-market forgery: RELEASE, the newest CHANGES heading and the browser title say another
    release, and ARCHIVE is regenerated so the product's own CheckSum.pl finds nothing."""
    tree = real.install(rel, name, overrides={"ProductName": f"{product_line or 'OTRS'} "
                                                             f"{claimed_version.split('.')[0]}"})
    release = (tree / "RELEASE").read_text()
    (tree / "RELEASE").write_text(re.sub(r"(?m)^VERSION = .*$", f"VERSION = {claimed_version}", release)
                                  .replace(f"PRODUCT = {rel.display}", f"PRODUCT = {product_line or rel.display}"))
    changes = (tree / "CHANGES.md").read_text()
    top = re.compile(rf"(?m)^(#\s*){re.escape(rel.version)}(\s)")
    assert top.search(changes), "the newest CHANGES heading names the release"
    (tree / "CHANGES.md").write_text(top.sub(rf"\g<1>{claimed_version}\g<2>", changes, count=1))
    lines = []
    for f in sorted(p for p in tree.rglob("*") if p.is_file() and not p.is_symlink()):
        rel_path = f.relative_to(tree).as_posix()
        if rel_path == "ARCHIVE" or rel_path.startswith(("var/tmp/", "var/log/", "var/sessions/")):
            continue
        lines.append(f"{hashlib.md5(f.read_bytes()).hexdigest()}::{rel_path}\n")
    (tree / "ARCHIVE").write_text("".join(lines))
    return tree


def test_otrs_6_dressed_up_as_otrs_7_is_caught(real):
    """The field case: an OTRS 6.0.x sold as OTRS 7 (no OTRS 7 baseline exists: it is proprietary)."""
    rel = real.by_key.get("otrs-6.0.3") or real.oldest("otrs", "6.0.")
    if rel is None:
        pytest.skip("no OTRS 6.0.x release in the source")
    tree = _install_claiming(real, rel, "fake-otrs7", "7.0.3")
    report, rc = real.audit(tree)
    assert rc == 1
    assert (report["product"], report["identified_version"]) == ("otrs", rel.version)
    assert (report["claimed_product"], report["claimed_version"]) == ("otrs", "7.0.3")
    mismatch = [f for f in report["findings"] if f["category"] == "version-mismatch"]
    assert len(mismatch) == 1 and mismatch[0]["severity"] == "critical"
    assert mismatch[0]["evidence"]["identified"] == rel.version
    structure = [f for f in report["findings"] if f["category"] == "release-structure"]
    assert len(structure) == 1
    assert set(structure[0]["evidence"]["missing"]) == {"Kernel/WebApp", "scripts/DBUpdate-to-7.pl"}
    assert set(structure[0]["evidence"]["unexpected"]) == {"bin/cgi-bin/customer.pl", "scripts/DBUpdate-to-6.pl"}
    modified = {f["path"] for f in report["findings"] if f["category"] == "modified-file"}
    assert modified == {"RELEASE", "CHANGES.md", "ARCHIVE"}
    # the regenerated ARCHIVE vouches for the forged files: the list is never trusted by itself
    added = {f["path"] for f in report["findings"] if f["category"] == "added-file"}
    forged = [f for f in report["findings"] if f["category"] == "forged-manifest"]
    assert [(f["path"], f["severity"]) for f in forged] == [("ARCHIVE", "critical")]
    vouched = {v["path"] for v in forged[0]["evidence"]["files"]}
    assert {"RELEASE", "CHANGES.md"} <= vouched <= (modified | added) - {"ARCHIVE"}
    real.figures["dressed_up"] = {"release": rel.key, "claimed": "OTRS 7.0.3",
                                  "confidence": report["identification"]["confidence"],
                                  "forged_archive_vouches": len(vouched)}


def test_official_archive_lists_agree_with_the_release_content(real, tmp_path):
    """Every release's own ARCHIVE imported as a baseline (md5 per file) agrees with the content: each
    listed md5 is the md5 of that file of the release; what ARCHIVE does not list is counted."""
    from auditor.baseline.store import load
    rows = agree = unlisted = 0
    for rel in real.releases:
        out = tmp_path / rel.product / f"{rel.version}.yaml"
        proc = run("baseline", "import", rel.tree / "ARCHIVE", "--kind", "archive", "--origin", "vendor",
                   "-p", rel.product, "-V", rel.version, "-o", out)
        assert proc.returncode == 0, proc.stderr[-2000:]
        imported = {e.path: e.digest for e in load(out).entries if e.type == "file" and e.digest}
        for path, digest in imported.items():
            f = rel.tree / path
            if path in rel.missing_blobs or not f.is_file():
                continue
            rows += 1
            agree += digest == "md5:" + hashlib.md5(f.read_bytes()).hexdigest()
        listed = set(imported) | {"ARCHIVE"}
        unlisted += sum(1 for p in rel.tree.rglob("*") if p.is_file() and not p.is_symlink()
                        and p.relative_to(rel.tree).as_posix() not in listed)
    assert rows and agree == rows, f"{rows - agree} of {rows} listed md5s differ from the release content"
    real.figures["archive_lists"] = {"releases": len(real.releases), "rows": rows, "agree": agree,
                                     "unlisted_files": unlisted}


def test_znuny_6_5_dressed_up_as_znuny_7_is_caught(real):
    rel, newer = real.newest("znuny", "6."), real.newest("znuny", "7.")
    if rel is None or newer is None:
        pytest.skip("needs a Znuny 6.x and a Znuny 7.x release")
    tree = _install_claiming(real, rel, "fake-znuny7", newer.version, "Znuny")
    report, rc = real.audit(tree)
    assert rc == 1
    assert (report["product"], report["identified_version"]) == ("znuny", rel.version)
    mismatch = [f for f in report["findings"] if f["category"] == "version-mismatch"]
    assert len(mismatch) == 1 and mismatch[0]["severity"] == "critical"
    assert mismatch[0]["evidence"]["claimed_baseline_loaded"] is True
    structure = [f for f in report["findings"] if f["category"] == "release-structure"]
    major, minor = newer.version.split(".")[:2]
    assert structure and f"scripts/MigrateToZnuny{major}_{minor}.pl" in structure[0]["evidence"]["missing"]


#: A vendor's SysConfig changes (deployed as the product does) and Kernel/Config.pm lines, per rule.
VENDOR_SYSCONFIG = {
    "OTRS-SESSION-001": ("SessionCheckRemoteIP", "0"),
    "OTRS-SESSION-008": ("SessionDeleteIfTimeToOld", "0"),
    "OTRS-SESSION-006": ("SessionCSRFProtection", "0"),
    "OTRS-AUTH-002": ("Customer::AuthModule::DB::CryptType", "md5"),
    "OTRS-ADMIN-001": ("AdminSelectBox::AllowDatabaseModification", "1"),
    "OTRS-PKG-002": ("Package::AllowLocalModifications", "1"),
    "OTRS-NET-001": ("WebUserAgent::DisableSSLVerification", "1"),
}
VENDOR_CONFIG_PM = {"OTRS-AUTH-001": ("AuthModule::DB::CryptType", "plain")}


@pytest.mark.parametrize("line", [("otrs", "6.0."), ("znuny-lts", "6.0."), ("znuny", "7.")])
def test_weakened_settings_are_reported_with_default_value_file_and_line(real, line):
    rel = real.newest(*line)
    if rel is None:
        pytest.skip(f"no {line[0]} {line[1]}x release in the source")
    defaults = _official_defaults(real, rel)
    rules = {r["id"]: r for r in profile_mod.builtin("otrs").rules}
    # the rules whose setting this release defines (Package::AllowLocalModifications ships invalid: set it valid)
    wanted = {rid: v for rid, v in VENDOR_SYSCONFIG.items() if v[0] in defaults or rid == "OTRS-PKG-002"}
    config_pm = "".join(f"    $Self->{{'{s}'}} = '{v}';\n" for s, v in VENDOR_CONFIG_PM.values())
    tree = real.install(rel, f"vendor-{rel.key}", overrides={s: v for s, v in wanted.values()},
                        config_pm_extra=config_pm)
    report, rc = real.audit(tree)
    weakened = {f["evidence"]["rule"]: f for f in report["findings"] if f["category"] == "weakened-setting"}
    assert set(weakened) == set(wanted) | set(VENDOR_CONFIG_PM)
    zzz = (tree / "Kernel/Config/Files/ZZZAAuto.pm").read_text().splitlines()
    cfg = (tree / "Kernel/Config.pm").read_text().splitlines()
    for rid, (setting, value) in {**wanted, **VENDOR_CONFIG_PM}.items():
        ev = weakened[rid]["evidence"]
        assert ev["setting"] == setting == rules[rid]["setting"]
        assert str(ev["effective"]) == value
        assert str(ev["default"]) == str(defaults.get(setting, "(not set)")), rid
        source = cfg if rid in VENDOR_CONFIG_PM else zzz
        assert ev["file"] == ("Kernel/Config.pm" if rid in VENDOR_CONFIG_PM else "Kernel/Config/Files/ZZZAAuto.pm")
        assert setting.split("###")[0] in source[ev["line"] - 1], (rid, source[ev["line"] - 1])
    assert rc == 1


def _official_defaults(real, rel) -> dict:
    data = yaml.safe_load((real.baselines / rel.product / f"{rel.version}.yaml").read_text().split("\nentries:")[0])
    return data.get("settings") or {}


@pytest.mark.parametrize("product,line", [("otrs", "6.0."), ("znuny", "6.")])
def test_backported_fixes_are_recognised(real, product, line):
    """The oldest release of a line with the fixed files of two later releases copied in: those advisories
    are patched (OTRS 6.0.x: OTRS AG's advisories; Znuny 6.x: Znuny's own, from its CHANGES)."""
    otrs = sorted((r for r in real.releases if r.product == product and r.version.startswith(line)),
                  key=lambda r: tuple(map(int, r.version.split("."))))
    if len(otrs) < 3:
        pytest.skip(f"needs several {product} {line}x releases")
    by_version = {r.version: r for r in otrs}
    base = otrs[0]
    picks = []
    for adv in feeds.load():
        hit = adv.affects(product, base.version, "dpkg")
        if hit is None or not hit[0].fix_files or hit[1].fixed not in by_version:
            continue
        fix_rel = by_version[hit[1].fixed]
        if any(f.path in {p for _, a, _ in picks for p in (x.path for x in a)} for f in hit[0].fix_files):
            continue
        if all((fix_rel.tree / f.path).is_file() for f in hit[0].fix_files):
            picks.append((adv, hit[0].fix_files, fix_rel))
        if len({p[2].version for p in picks}) >= 2 and len(picks) >= 2:
            break
    assert len(picks) >= 2, "the feed names fix files for at least two advisories of this release"
    tree = real.install(base, f"backported-{base.key}")
    for _, files, fix_rel in picks:
        for f in files:
            shutil.copyfile(fix_rel.tree / f.path, tree / f.path)
    report, _ = real.audit(tree)
    status = {a["id"]: a["status"] for a in report["patches"]["advisories"]}
    for adv, files, fix_rel in picks:
        assert status[adv.id] == "patched-by-backport", adv.id
    backported = {f["evidence"]["id"] for f in report["findings"] if f["category"] == "patched-by-backport"}
    assert {adv.id for adv, _, _ in picks} <= backported
    # the copied files are shown as what they are: files of the later releases
    mod = {f["path"]: f for f in report["findings"] if f["category"] == "modified-file"}
    for _, files, fix_rel in picks:
        for f in files:
            assert fix_rel.version in mod[f.path]["evidence"]["matches_releases"]
    real.figures.setdefault("backports", {})[base.key] = [a.id for a, _, _ in picks]


def test_znuny_7_lists_the_fix_of_7_0_6_as_missing_before_it(real):
    """CVE-2023-38060 (Znuny's CHANGES: fixed in 7.0.6): missing from the genuine 7.0.x releases before it,
    its fix files vulnerable there, and gone from 7.0.6 on."""
    sevens = sorted((r for r in real.releases if r.product == "znuny" and r.version.startswith("7.0.")),
                    key=lambda r: tuple(map(int, r.version.split("."))))
    before = [r for r in sevens if tuple(map(int, r.version.split("."))) < (7, 0, 6)]
    after = [r for r in sevens if tuple(map(int, r.version.split("."))) >= (7, 0, 6)]
    if not before or not after:
        pytest.skip("needs Znuny 7.0.x releases on both sides of 7.0.6")
    for rel, missing in ((before[-1], True), (after[0], False)):
        report, _ = real.audit(real.install(rel, f"genuine-{rel.key}"))
        found = [f for f in report["findings"] if f["category"] == "missing-patch"
                 and f["evidence"]["id"] == "CVE-2023-38060"]
        assert bool(found) == missing, rel.key
        if missing:
            states = {s["path"]: s["state"] for s in found[0]["evidence"]["fix_files"]}
            assert states == {"Kernel/GenericInterface/Operation/Ticket/TicketCreate.pm": "vulnerable",
                              "Kernel/GenericInterface/Operation/Ticket/TicketUpdate.pm": "vulnerable"}
    real.figures["znuny_7_0_6_fix"] = {"missing_in": before[-1].key, "not_in": after[0].key}


def test_vendor_module_calling_home_is_one_finding_per_host(real):
    rel = real.newest("znuny", "7.")
    if rel is None:
        pytest.skip("no Znuny 7.x release")
    tree = real.install(rel, f"callhome-{rel.key}")
    mod = tree / "Kernel/GenericInterface/Invoker/Vendor/Sync.pm"
    mod.parent.mkdir(parents=True)
    mod.write_text("package Kernel::GenericInterface::Invoker::Vendor::Sync;\nuse strict;\n"
                   "# docs: https://docs.vendor-help.net/sync\n"
                   "my $Url  = 'http://198.51.100.77/push';\nmy $Alt = 'http://198.51.100.77/push/v2';\n"
                   "1;\n")
    report, _ = real.audit(tree)
    eps = [f for f in report["findings"] if f["category"] == "outbound-endpoint"]
    assert {(f["evidence"]["host"], f["path"]) for f in eps} >= {("198.51.100.77", mod.relative_to(tree).as_posix())}


def test_an_in_place_upgrade_leaves_stale_files_not_added_code(real):
    """The newest OTRS 6.0.x unpacked over an older one (as a careless in-place upgrade does): the files the
    newer release dropped stay behind. Each is a stale-file of the releases that shipped it, never added
    code; a third-party library left in the web root with known advisories is raised to their severity."""
    new = real.newest("otrs", "6.0.")
    old = next((r for r in sorted(real.releases, key=lambda r: tuple(map(int, r.version.split("."))))
                if r.product == "otrs" and r.version.startswith("6.0.")
                and any(p.name.startswith("jquery-3.2") for p in (r.tree / "var/httpd/htdocs/js/thirdparty").iterdir())),
               None)
    assert old is not None and new is not None and old.version != new.version
    tree = real.work / "installs" / f"inplace-{old.key}-{new.key}-unpacked"
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(old.tree, tree, symlinks=True)
    shutil.copytree(new.tree, tree, symlinks=True, dirs_exist_ok=True)
    from .install import install as do_install
    # the upgraded tree, installed as a running system has it
    installed = do_install(tree, real.work / "installs" / f"inplace-{old.key}-{new.key}")
    old_files = {str(p.relative_to(old.tree)) for p in old.tree.rglob("*") if p.is_file() and not p.is_symlink()}
    new_files = {str(p.relative_to(new.tree)) for p in new.tree.rglob("*") if p.is_file() and not p.is_symlink()}
    dropped = old_files - new_files
    report, rc = real.audit(installed)
    assert (report["product"], report["identified_version"]) == ("otrs", new.version)
    assert report["identification"]["mixed"] is False
    stale = {f["path"]: f for f in report["findings"] if f["category"] == "stale-file"}
    added = [f["path"] for f in report["findings"] if f["category"] == "added-file"]
    profile = profile_mod.builtin("otrs")
    expected = {p for p in dropped if not profile.ignore_spec.match(p) and not profile.local_spec.match(p)}
    assert set(stale) == expected, sorted(set(stale) ^ expected)[:10]
    assert not added, added[:10]
    jq = [f for p, f in stale.items() if "/thirdparty/jquery-3.2" in p]
    assert jq and all(f["severity"] == "medium" and f["evidence"]["library"]["name"] == "jQuery"
                      and "CVE-2020-11022" in [a["id"] for a in f["evidence"]["advisories"]] for f in jq)
    assert all(f["severity"] == "low" for f in stale.values() if "evidence" in f and "advisories" not in f["evidence"])
    real.figures["in_place_upgrade"] = {"from": old.version, "to": new.version, "stale": len(stale),
                                        "raised": len([f for f in stale.values() if f["severity"] != "low"])}
