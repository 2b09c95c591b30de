"""Real releases: Request Tracker 4.4.6 and 5.0.3 from Debian's official packages.

The packages are fetched with ``apt-get download`` into a cache (.cache/debs,
or $AUDITOR_TEST_CACHE); the tests skip, saying why, only when the registry
cannot be reached.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run_auditor, validate_report

PACKAGES = {"request-tracker4": "4.4.6", "request-tracker5": "5.0.3"}
CACHE = Path(os.environ.get("AUDITOR_TEST_CACHE", ROOT / ".cache")) / "debs"


def _fetch(package: str, upstream: str) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    have = sorted(CACHE.glob(f"{package}_{upstream}*.deb"))
    if have:
        return have[-1]
    if shutil.which("apt-get") is None:
        pytest.skip("apt-get is not available: cannot fetch the official Debian packages")
    proc = subprocess.run(["apt-get", "download", package], cwd=CACHE, capture_output=True, text=True, timeout=300)
    have = sorted(CACHE.glob(f"{package}_{upstream}*.deb"))
    if proc.returncode != 0 or not have:
        reason = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"Debian registry unreachable or package index missing (run apt-get update): {reason}")
    return have[-1]


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    base = tmp_path_factory.mktemp("rt")
    debs = {pkg: _fetch(pkg, v) for pkg, v in PACKAGES.items()}
    out = base / "baselines"
    for pkg, version in PACKAGES.items():
        proc = run_auditor("baseline", "build", debs[pkg], "--product", "rt", "--version", version,
                           "--root", f"usr/share/{pkg}", "--out", out / "rt" / f"{version}.yaml", "--no-content")
        assert proc.returncode == 0, proc.stderr
    # install trees: the package's root as it lands on disk (extracted here by the test, not by auditor)
    trees = {}
    for pkg, version in PACKAGES.items():
        dest = base / f"tree-{version}"
        from debian.debfile import DebFile
        with DebFile(str(debs[pkg])).data.tgz() as tar:
            # member by member as the stream passes (listing first would decompress the xz data twice)
            for m in tar:
                if m.name.startswith(f"./usr/share/{pkg}/"):
                    tar.extract(m, base / f"x-{version}", filter="tar")
        shutil.move(base / f"x-{version}" / "usr" / "share" / pkg, dest)
        trees[version] = dest
    return {"baselines": out, "trees": trees, "debs": debs}


def _audit(target, baselines, *extra):
    proc = run_auditor("audit", target, "--baselines", baselines, "--format", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    validate_report(report)
    return report, proc.returncode


def test_baselines_from_the_debs(rt):
    from auditor.baseline.store import load
    b5 = load(rt["baselines"] / "rt" / "5.0.3.yaml")
    assert b5.provenance.kind == "archive"
    assert b5.provenance.root == "usr/share/request-tracker5"
    assert b5.provenance.source == rt["debs"]["request-tracker5"].name
    assert b5.by_path["lib/RT.pm"].type == "file"
    assert b5.by_path["etc/RT_Config.pm"].size > 100_000
    # the package's font links point out of the root: recorded as links, never followed
    fonts = [e for e in b5.entries if e.path.startswith("fonts/") and e.type == "symlink"]
    assert fonts and all(e.target.startswith("../../") for e in fonts)
    assert ("profile", "lib/RT/Generated.pm") in {(m.origin, m.path) for m in b5.markers}


@pytest.mark.parametrize("version", ["4.4.6", "5.0.3"])
def test_identify_tells_rt4_and_rt5_apart(rt, version):
    report, rc = _audit(rt["trees"][version], rt["baselines"])
    assert rc == 0
    assert report["product"] == "rt" and report["profile"] == "rt"
    assert report["identified_version"] == version
    assert report["claimed_version"] == version
    assert report["identification"]["confidence"] == 1.0
    other = [c for c in report["identification"]["candidates"] if c["version"] != version][0]
    assert other["score"] < 0.1
    assert report["findings"] == []


def test_audit_reads_the_deb_itself(rt):
    report, rc = _audit(rt["debs"]["request-tracker5"], rt["baselines"], "--root", "usr/share/request-tracker5")
    assert report["target"]["kind"] == "archive"
    assert report["identified_version"] == "5.0.3" and report["findings"] == []


def test_rt4_dressed_up_as_rt5_is_caught(rt, tmp_path):
    fake = tmp_path / "rt-fake"
    shutil.copytree(rt["trees"]["4.4.6"], fake, symlinks=True)
    changed = []
    for p in sorted(fake.rglob("*")):
        if p.is_file() and not p.is_symlink():
            data = p.read_bytes()
            if b"4.4.6" in data and b"\0" not in data[:4096]:
                p.write_bytes(data.replace(b"4.4.6", b"5.0.3"))
                changed.append(p.relative_to(fake).as_posix())
    assert "lib/RT/Generated.pm" in changed
    report, rc = _audit(fake, rt["baselines"])
    assert rc == 1
    assert report["identified_version"] == "4.4.6"
    assert report["claimed_version"] == "5.0.3"
    f = {(x["category"], x["path"]) for x in report["findings"]}
    assert ("version-mismatch", None) in f
    assert {p for c, p in f if c == "modified-file"} == set(changed)
    mismatch = next(x for x in report["findings"] if x["category"] == "version-mismatch")
    assert mismatch["severity"] == "critical"
    # the upgrade directories were not renamed: the markers disagree, which is evidence too
    assert ("inconsistent-version-markers", None) in f
    assert re.match(r"^4\.4\.6", report["identification"]["candidates"][0]["version"])


WEAK_SITE_CONFIG = """use utf8;
Set($rtname, 'example.com');
Set($WebDomain, 'rt.example.com');
Set($WebBaseURL, 'https://rt.example.com');
Set($WebSecureCookies, 0);
Set($RestrictReferrer, 0);
Set($WebHttpOnlyCookies, 0);
Set(@ReferrerWhitelist, qw(portal.helpdesk-vendor.example:443));
Set($MinimumPasswordLength, 3);
Set(%ExternalSettings,
    'Vendor_LDAP' => {
        'type'   => 'ldap',
        'server' => 'ldap://203.0.113.9',
        'user'   => 'cn=rt,dc=vendor',
        'pass'   => 'ldap-secret-1',
    },
);
1;
"""

GOOD_SITE_CONFIG = """Set($rtname, 'example.com');
Set($WebDomain, 'rt.example.com');
Set($WebPort, 443);
Set($WebBaseURL, 'https://rt.example.com');
Set($WebSecureCookies, 1);
Set($MinimumPasswordLength, 12);
1;
"""


def _site(rt, tmp_path, text):
    tree = tmp_path / "rt"
    shutil.copytree(rt["trees"]["5.0.3"], tree, symlinks=True)
    (tree / "etc" / "RT_SiteConfig.pm").write_text(text)
    return tree


def test_rt_site_config_that_weakens_the_defaults(rt, tmp_path):
    """RT_Config.pm defaults from the real package, judged against a weakening RT_SiteConfig.pm."""
    report, rc = _audit(_site(rt, tmp_path, WEAK_SITE_CONFIG), rt["baselines"])
    assert rc == 1
    weakened = {f["evidence"]["rule"]: f["evidence"] for f in report["findings"] if f["category"] == "weakened-setting"}
    assert {r: (e["default"], e["effective"], e["line"]) for r, e in weakened.items()} == {
        "RT-SEC-001": (1, 0, 6),
        "RT-SEC-002": (1, 0, 7),
        "RT-SEC-004": (5, 3, 9),
        "RT-SEC-007": ([], ["portal.helpdesk-vendor.example:443"], 8),
    }
    insecure = [f for f in report["findings"] if f["category"] == "insecure-setting"]
    assert [f["evidence"]["rule"] for f in insecure] == ["RT-SEC-006"]   # WebSecureCookies off on an https site
    endpoint = [f for f in report["findings"] if f["category"] == "outbound-endpoint"]
    assert len(endpoint) == 1
    assert endpoint[0]["path"] == "etc/RT_SiteConfig.pm"
    assert endpoint[0]["evidence"]["url"] == "ldap://203.0.113.9" and endpoint[0]["severity"] == "critical"
    assert "ldap-secret-1" not in json.dumps(report)
    # the site config is an expected local file, not an "added" one
    assert "added-file" not in {f["category"] for f in report["findings"]}


def test_rt_site_config_that_hardens_is_silent(rt, tmp_path):
    report, rc = _audit(_site(rt, tmp_path, GOOD_SITE_CONFIG), rt["baselines"])
    assert rc == 0 and report["findings"] == []
    changed = {c["setting"] for c in report["settings"]["changed"]}
    assert {"WebBaseURL", "WebSecureCookies", "MinimumPasswordLength"} <= changed
