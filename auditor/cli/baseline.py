"""``auditor baseline``: build, import, sign, verify, list and show official release baselines."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.errors import AuditorError

from auditor.cli.app import (FAIL_ON, FORMATS, audit_options, cli, err, guard, note, state, target_options,  # noqa: F401
                             write)


# ---------------------------------------------------------------------------
# baselines
# ---------------------------------------------------------------------------

@cli.group()
def baseline():
    """Build, list and show official release baselines."""


@baseline.command("build")
@click.argument("source")
@click.option("--product", "-p", required=True,
              help="Product id (or 'auto': the release's own product marker, e.g. RELEASE's PRODUCT line).")
@click.option("--version", "-V", "version", required=True, help="Release version (or 'auto': its version marker).")
@click.option("--root", metavar="SUBDIR", help="The product's own root inside the source.")
@click.option("--ref", metavar="TAG|COMMIT", help="Read SOURCE as a git repository at this ref.")
@click.option("--out", "-o", metavar="FILE", help="Default: baselines/<product>/<version>.yaml")
@click.option("--profile", "profile_file", metavar="FILE")
@click.option("--content/--no-content", default=True, show_default=True,
              help="Store the release's text files in the content pack beside the baseline (content.zip), "
                   "so reports show the diff of every modified text file and judge security-sensitive changes.")
@click.option("--expect-sha256", metavar="HEX",
              help="Refuse to build unless the source archive has this sha256 (the vendor's published digest); "
                   "the pin is recorded in the baseline's trust.")
@click.option("--insecure-registry", is_flag=True, help="SOURCE registry://...: plain HTTP.")
@click.option("--platform", metavar="OS/ARCH", help="SOURCE registry://...: the image of a multi-platform index.")
@click.option("--progress/--no-progress", default=None)
def baseline_build(source, product, version, root, ref, out, profile_file, content, expect_sha256, insecure_registry,
                   platform, progress):
    """Record an official release from a directory, archive (.tar*, .zip, .deb), image, registry:// image or
    git ref."""
    from auditor import profile as profile_mod
    from auditor.baseline.builder import AUTO, build_from_source, log_warning
    from auditor.baseline.store import save
    prof = profile_mod.load_file(profile_file) if profile_file else \
        (None if product == AUTO else profile_mod.for_product(product))
    guard({"--out": out}, {"the source of the baseline": source})

    def where(prod: str, ver: str) -> Path:
        return Path(out).parent if out else Path("baselines") / prod
    registry = None
    if source.startswith("registry://"):
        from auditor.target.registry import RegistryOptions
        registry = RegistryOptions(insecure_registry, None, platform)
    b = build_from_source(source, product, version, root=root, ref=ref, profile=prof,
                          progress=False if state.quiet else progress, warn=log_warning,
                          content_dir=where if content else None, expect_sha256=expect_sha256, registry=registry)
    path = save(b, out or Path("baselines") / b.product / f"{b.version}.yaml")
    files = sum(1 for e in b.entries if e.type == "file")
    note(f"wrote {path}: {b.product} {b.version}, {files} files, {len(b.entries)} entries, "
         f"{len(b.markers)} version markers")


@baseline.command("from-git")
@click.argument("repo")
@click.option("--product", "-p", required=True,
              help="Product id, or 'auto': each release names its product (baselines go to OUT_DIR/<product>/).")
@click.option("--tags", "tag_glob", default="*", show_default=True, help="Glob of the release tags.")
@click.option("--version-regex", help="Regex taking the version out of a tag (group 1). Default: v?(\\d+([._]\\d+)+.*), underscores read as dots.")
@click.option("--commits", "commit_regex", metavar="REGEX",
              help="Take releases from commits instead of tags: every commit on any branch whose subject matches "
                   "REGEX (group 1: the version), e.g. 'Imported vendor ([0-9.]+)'.")
@click.option("--root", metavar="SUBDIR")
@click.option("--out-dir", required=True, metavar="DIR")
@click.option("--profile", "profile_file", metavar="FILE")
@click.option("--content/--no-content", default=True, show_default=True,
              help="Store the text files in the content pack beside the baselines (diffs and security-sensitive "
                   "changes in reports).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), metavar="N",
              help="Worker processes building releases side by side (default: the cores this process may use, "
                   "at most 4; one for fewer than 12 refs). The output is the same for any number.")
def baseline_from_git(repo, product, tag_glob, version_regex, commit_regex, root, out_dir, profile_file, content,
                      jobs):
    """Build one baseline per release (tag or matching commit) of a git repository."""
    from auditor import profile as profile_mod
    from auditor.baseline.builder import AUTO, log_warning
    from auditor.baseline.fromgit import from_git
    from auditor.target.gitrepo import git_dir
    gd = git_dir(repo)
    guard({"--out-dir": str(Path(out_dir) / "x")}, {"the git directory": str(gd) if gd else None})
    prof = profile_mod.load_file(profile_file) if profile_file else \
        (None if product == AUTO else profile_mod.for_product(product))
    for b, path in from_git(repo, product, out_dir, tag_glob, version_regex, root, prof, progress=False,
                            warn=log_warning, commits=commit_regex, content=content, jobs=jobs):
        note(f"wrote {path}: {b.tag[:12]} -> {b.baseline.product} {b.version}, {len(b.baseline.entries)} entries")


@baseline.command("import")
@click.argument("file")
@click.option("--kind", "-k", type=click.Choice(["archive", "md5sums", "record", "wp-checksums", "npm-lock", "opm"]),
              help="The list's format (see docs/trust.md); opm: an OTRS/Znuny add-on package (docs/addons.md). "
                   "Default: opm for a .opm file, else required.")
@click.option("--product", "-p", help="Product id (required but for --kind opm: the package names itself).")
@click.option("--version", "-V", "version", help="Release version (required but for --kind opm).")
@click.option("--origin", type=click.Choice(["vendor", "install"]),
              help="Where the list came from: the vendor (its artefact or published list) or an installed system "
                   "(never evidence by itself). Default: vendor when FILE is the artefact, install otherwise.")
@click.option("--strip", metavar="DIR", help="Leading directory to remove from every listed path.")
@click.option("--tarballs", metavar="DIR", help="npm-lock: directory of the registry tarballs (name-version.tgz).")
@click.option("--fetch", is_flag=True, help="npm-lock: download missing tarballs from their 'resolved' URL.")
@click.option("--out", "-o", metavar="FILE", help="Default: baselines/<product>/<version>.yaml")
@click.option("--profile", "profile_file", metavar="FILE")
def baseline_import(file, kind, product, version, origin, strip, tarballs, fetch, out, profile_file):
    """Record a release from a vendor's checksum list: an OTRS/Znuny ARCHIVE, a .deb's md5sums, a wheel's
    RECORD, WordPress core checksums or an npm package-lock.json (FILE: the list or the artefact shipping it)."""
    from auditor import profile as profile_mod
    from auditor.baseline.store import save
    if kind is None and file.lower().endswith(".opm"):
        kind = "opm"
    if kind is None:
        raise click.UsageError("--kind is required (the list's format)")
    if kind == "opm":
        return _import_opm(file, product, version, strip, tarballs, fetch, out, profile_file)
    if not product or not version:
        raise click.UsageError(f"--kind {kind} needs --product and --version")
    prof = profile_mod.load_file(profile_file) if profile_file else profile_mod.for_product(product)
    guard({"--out": out}, {"the checksum list": file, "the tarball directory": tarballs})
    if kind == "npm-lock":
        from auditor.baseline.npm import import_lock
        b = import_lock(file, product, version, tarballs, fetch, origin)
    else:
        if tarballs or fetch:
            raise click.UsageError("--tarballs and --fetch are for --kind npm-lock")
        from auditor.baseline.importer import import_list
        b = import_list(file, kind, product, version, origin, prof, strip)
    path = save(b, out or Path("baselines") / b.product / f"{b.version}.yaml")
    files = sum(1 for e in b.entries if e.type == "file")
    trust = b.trust_info
    article = "an" if kind[:1] in "aeiou" else "a"
    note(f"wrote {path}: {b.product} {b.version}, {files} files from {article} {kind} list "
         f"({', '.join(trust.digests)}), trust {trust.level}")
    for line in trust.notes:
        note(f"  note: {line}")


def _import_opm(file, product, version, strip, tarballs, fetch, out, profile_file):
    """An add-on release from its built package: the files it installs, its content pack beside it. The
    package is read once and checked before anything is written; both outputs go through the guard."""
    from auditor import profile as profile_mod
    from auditor.baseline.addon import build_from_opm, read_opm
    from auditor.baseline.builder import log_warning
    from auditor.baseline.content import PACK_NAME
    from auditor.baseline.store import save
    if strip or tarballs or fetch:
        raise click.UsageError("--strip, --tarballs and --fetch are not for --kind opm")
    guard({"--out": out}, {"the package file": file})
    pkg, digest = read_opm(file)
    if product and product != pkg.id or version and version != pkg.version:
        raise AuditorError(f"{file}: the package is {pkg.name} {pkg.version} (id {pkg.id}), not "
                           f"{product or pkg.id} {version or pkg.version}")
    path = Path(out) if out else Path("baselines") / pkg.id / f"{pkg.version}.yaml"
    guard({"--out": str(path), "the content pack": str(path.parent / PACK_NAME)}, {"the package file": file})
    prof = profile_mod.load_file(profile_file) if profile_file else None
    b = build_from_opm(file, pkg, digest, prof, log_warning, lambda _p, _v: path.parent)
    save(b, path)
    files = sum(1 for e in b.entries if e.type == "file")
    note(f"wrote {path}: add-on {b.addon.package} {b.version} ({b.product}), {files} files from the package, "
         f"trust {b.trust_info.level}")


@baseline.command("sign")
@click.argument("directory")
@click.option("--key", "-k", "key_file", required=True, metavar="KEY", help="Secret key (auditor key generate, or minisign's).")
def baseline_sign(directory, key_file):
    """Sign every file of a baselines DIRECTORY (FILE.minisig beside each, SIGNED.sha256 + its signature)."""
    from auditor.baseline.signed import sign_dir
    from auditor.trust.signing import read_secret
    key = read_secret(key_file)
    written = sign_dir(directory, key)
    note(f"signed {len(written) - 2} files in {directory} with key {key.id_hex}")


@baseline.command("verify")
@click.argument("directory")
@click.option("--trusted-keys", required=True, metavar="FILE", help="Public keys whose signatures count.")
def baseline_verify(directory, trusted_keys):
    """Check that every file of a baselines DIRECTORY is signed by a trusted key and unchanged (exit 1 if not)."""
    from auditor.baseline.signed import verify_dir
    from auditor.trust.signing import SignatureError, read_trusted
    keys = read_trusted(trusted_keys)
    try:
        got = verify_dir(directory, keys)
    except SignatureError as exc:
        err(str(exc))
        sys.exit(1)
    click.echo(f"{directory}: {len(got.files)} files signed by key {got.key_id}, all unchanged")


@baseline.command("list")
@click.argument("directory", default="baselines")
def baseline_list(directory):
    """List the baselines under DIRECTORY."""
    from auditor.baseline.store import discover
    from auditor.identify import Catalog
    catalog = Catalog(discover(directory))
    for f in catalog.files:
        click.echo(f"{f.product:<20} {f.version:<24} {f.path}")


@baseline.command("show")
@click.argument("file")
@click.option("--entries", is_flag=True, help="Also list every entry.")
def baseline_show(file, entries):
    """Show a baseline file's header (and entries)."""
    from auditor import paths
    from auditor.baseline.store import load
    b = load(file)
    kinds = {}
    for e in b.entries:
        kinds[e.type] = kinds.get(e.type, 0) + 1
    click.echo(f"product:     {b.product}\nversion:     {b.version}")
    prov = b.provenance
    click.echo(f"provenance:  {prov.kind} {prov.source}" + (f" @{prov.ref}" if prov.ref else "")
               + (f" commit {prov.commit}" if prov.commit else "") + (f" sha256 {prov.sha256}" if prov.sha256 else "")
               + (f" root {prov.root}" if prov.root else ""))
    click.echo(f"tool:        {b.tool.name} {b.tool.version} (format {b.format_version}, modes {b.mode_precision})")
    t = b.trust_info
    click.echo(f"trust:       {t.level} ({t.origin}: {', '.join(t.digests)}"
               + (f", {t.list_kind} list" if t.list_kind else "")
               + (f", pinned sha256 {t.pinned_sha256}" if t.pinned_sha256 else "") + ")"
               + (" — weak digests" if t.weak else ""))
    for line in t.notes:
        click.echo(f"             {line}")
    click.echo(f"entries:     {len(b.entries)} ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}), "
               f"{sum(e.size or 0 for e in b.entries)} bytes")
    click.echo("markers:")
    for m in b.markers:
        click.echo(f"  {m.origin:<10} {m.kind:<8} {paths.to_text(m.path)}  /{m.pattern}/")
    if b.settings:
        click.echo(f"settings:    {len(b.settings)} official defaults recorded")
    if b.endpoints:
        click.echo(f"endpoints:   {', '.join(b.endpoints)}")
    if entries:
        for e in b.entries:
            d = e.to_dict()
            click.echo("  " + "  ".join(str(d.get(k, "")) for k in ("type", "mode", "size", "sha256", "target", "path")
                                        if k in d))
