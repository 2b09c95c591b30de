"""Install an official OTRS / Znuny release tree the way a running helpdesk has it.

What the official installation does to the unpacked tarball (INSTALL.md,
the web installer, bin/otrs.SetPermissions.pl), and what a running system adds:

* ``Kernel/Config.pm`` copied from ``Kernel/Config.pm.dist``;
* ``Kernel/Config/Files/ZZZAAuto.pm`` written by the release's *own* SysConfig
  deployment code (tests/real/deploy_sysconfig.pl calls the release's
  Kernel::System::SysConfig), with what the installer sets when it
  finishes (SecureMode = 1) and any changes a test asks for (an
  administrator's or a vendor's, deployed in place as the GUI does);
* the cron files from ``var/cron/*.dist``, logs, sessions, caches (the
  deployment run itself fills var/tmp);
* the modes bin/otrs.SetPermissions.pl sets: files 0660, ``*.pl`` ``*.psgi``
  ``*.sh`` 0770, directories 02775, the root 0755, .procmailrc/.fetchmailrc 0640.

Running the release's code needs perl with the modules an OTRS install
needs (Debian: libdatetime-perl, libmoo-perl, libxml-libxml-simple-perl,
libyaml-libyaml-perl, libtemplate-perl, libdbi-perl ...); :func:`perl_ready`
says whether they are there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEPLOY = HERE / "deploy_sysconfig.pl"
EXECUTABLE = re.compile(r"\.(?:pl|psgi|sh)$")
PROTECTED = {".fetchmailrc", ".procmailrc"}
PERL_MODULES = ["DateTime", "Moo", "XML::LibXML::Simple", "YAML::XS", "Template", "DBI", "JSON::PP"]
DEBIAN_PACKAGES = ["perl", "libdatetime-perl", "libmoo-perl", "libxml-libxml-perl", "libxml-libxml-simple-perl",
                   "libyaml-libyaml-perl", "libtemplate-perl", "libdbi-perl"]


def perl_ready() -> str | None:
    """None when perl can run a release's SysConfig code; else what is missing."""
    if shutil.which("perl") is None:
        return "perl is not installed"
    missing = [m for m in PERL_MODULES
               if subprocess.run(["perl", f"-M{m}", "-e1"], capture_output=True).returncode != 0]
    return f"perl modules missing: {', '.join(missing)} (Debian: {' '.join(DEBIAN_PACKAGES)})" if missing else None


def deploy(home: Path, overrides: dict | None = None) -> str:
    """ZZZAAuto.pm text as the release at ``home`` deploys it (its own code; Home pointed at ``home``)."""
    config = home / "Kernel/Config.pm"
    dist = (home / "Kernel/Config.pm.dist").read_text(encoding="utf-8")
    config.write_text(re.sub(r"\$Self->\{Home\} = '[^']*';", f"$Self->{{Home}} = '{home}';", dist), encoding="utf-8")
    args = ["perl", str(DEPLOY), str(home)]
    if overrides:
        ovr = home / "var/tmp/deploy-overrides.json"
        ovr.parent.mkdir(parents=True, exist_ok=True)
        ovr.write_text(json.dumps(overrides), encoding="utf-8")
        args.append(str(ovr))
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600, cwd=home)
    if proc.returncode != 0:
        raise RuntimeError(f"deployment failed in {home}: {proc.stderr.strip()[-2000:]}")
    return proc.stdout


def set_permissions(root: Path) -> None:
    for dirpath, dirnames, filenames in os.walk(root):
        d = Path(dirpath)
        os.chmod(d, 0o755 if d == root else 0o2775)
        for name in filenames:
            f = d / name
            if f.is_symlink():
                continue
            rel = "/" + str(f.relative_to(root))
            mode = 0o770 if EXECUTABLE.search(rel) else 0o660
            if rel.lstrip("/") in PROTECTED:
                mode = 0o640
            os.chmod(f, mode)


def package_files(repo: Path, ref: str) -> tuple[str, str, list[str]]:
    """(name, version, Filelist locations) of the add-on's .sopm at ``ref``, read with the standard
    library's parser (independently of auditor's)."""
    import xml.etree.ElementTree as ET
    names = subprocess.run(["git", f"--git-dir={repo}", "ls-tree", "--name-only", ref], capture_output=True,
                           text=True, check=True).stdout.split()
    sopm = [n for n in names if n.endswith(".sopm")][0]
    root = ET.fromstring(subprocess.run(["git", f"--git-dir={repo}", "show", f"{ref}:{sopm}"],
                                        capture_output=True, check=True).stdout)
    files = list(dict.fromkeys(f.get("Location") for f in root.iter("File")))
    return root.findtext("Name"), root.findtext("Version"), files


def install_package(repo: Path, ref: str, dest: Path) -> list[str]:
    """What the package manager writes: the Filelist's files of the add-on at ``ref`` into ``dest``."""
    import io
    import tarfile
    _name, _version, files = package_files(repo, ref)
    raw = subprocess.run(["git", f"--git-dir={repo}", "archive", "--format=tar", ref, "--", *files],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(dest, filter="data")
    return files


def install(release_tree: Path, dest: Path, overrides: dict | None = None, config_pm_extra: str = "",
            secure_mode: bool = True, addons: list[tuple[Path, str]] = ()) -> Path:
    """An installed copy of ``release_tree`` at ``dest``; ``overrides`` are SysConfig changes
    ({setting: value, or {"$delete": 1} to invalidate}), ``config_pm_extra`` Perl lines added to
    Kernel/Config.pm's Load(); ``addons``: (repository, release tag) of official add-ons installed
    before the deployment (their settings are deployed with the framework's)."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(release_tree, dest, symlinks=True)
    for repo, ref in addons:
        install_package(repo, ref, dest)
    changes = {"SecureMode": "1"} if secure_mode else {}
    changes.update(overrides or {})
    text = deploy(dest, changes)
    (dest / "Kernel/Config/Files/ZZZAAuto.pm").write_text(text, encoding="utf-8")
    config = (dest / "Kernel/Config.pm.dist").read_text(encoding="utf-8")
    if config_pm_extra:
        config = config.replace("    return 1;\n}", config_pm_extra.rstrip("\n") + "\n    return 1;\n}", 1)
    (dest / "Kernel/Config.pm").write_text(config, encoding="utf-8")
    (dest / "var/tmp/deploy-overrides.json").unlink(missing_ok=True)
    for dist in (dest / "var/cron").glob("*.dist"):
        shutil.copyfile(dist, dist.with_suffix(""))
    for d in ("var/log", "var/sessions", "var/article", "var/spool", "var/run"):
        (dest / d).mkdir(parents=True, exist_ok=True)
    (dest / "var/log/otrs.log").write_text("[Mon Nov 23 10:00:00 2026][Notice][Kernel::System::Daemon] started\n")
    (dest / "var/sessions/0123456789abcdef").write_text("UserLogin=root@localhost\n")
    (dest / "var/httpd/htdocs/js/js-cache").mkdir(parents=True, exist_ok=True)
    (dest / "var/httpd/htdocs/js/js-cache/CommonJS_1a2b3c.js").write_text("/* loader cache */\n")
    set_permissions(dest)
    return dest


def release_files(tree: Path) -> list[str]:
    """Every file and link of a release tree, relative to it."""
    out = []
    for dirpath, _dirnames, filenames in os.walk(tree):
        out += [str((Path(dirpath) / n).relative_to(tree)) for n in filenames]
    return out
