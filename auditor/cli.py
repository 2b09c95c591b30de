"""Command line: ``auditor audit|identify|baseline|profile|checks``.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage or input
error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from auditor import __version__
from auditor.errors import AuditorError
from auditor.model._fields import SEVERITIES

FAIL_ON = click.Choice(list(SEVERITIES) + ["never"])
#: the report formats (auditor.report.base.MODULES; tests/test_formats.py keeps the two lists equal)
FORMATS = click.Choice(["text", "json", "html", "sarif", "junit", "markdown", "cyclonedx"])


def _err(message: str) -> None:
    """One line on stderr; what it quotes from the input is shown, never interpreted by a terminal."""
    from auditor.report.base import printable
    from auditor.safeio import encode
    line = printable(message.replace("\n", " ")) + "\n"
    try:
        sys.stderr.flush()
        sys.stderr.buffer.write(encode(line))
        sys.stderr.flush()
    except (AttributeError, ValueError):   # a stream without a buffer (tests capturing stderr)
        click.echo(line, err=True, nl=False)
    except BrokenPipeError:
        pass


#: -q/--quiet: no progress and no notes on stderr (warnings and errors still); set per run by the option
_QUIET = False


def _note(message: str) -> None:
    """An informational line on stderr (what was written, signed ...); none with --quiet."""
    if not _QUIET:
        _err(message)


def _set_quiet(ctx, param, value) -> bool:
    global _QUIET
    if value:
        _QUIET = True
    return value


def _quiet_option() -> click.Option:
    return click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, is_eager=True, callback=_set_quiet,
                        help="No progress and no notes on stderr (warnings and errors are still printed).")


def _one_line(text: str) -> str:
    """Error texts from libraries can span lines; the user gets one."""
    out = ""
    for part in (p.strip() for p in str(text).splitlines()):
        if part.startswith("- "):
            part = part[2:]
        if part:
            out += ("" if not out else " " if out.endswith(":") else "; ") + part
    return out


def _write(text: str, output: str | None) -> None:
    if output in (None, "-"):
        from auditor.safeio import encode
        data = encode(text)
        try:
            out = sys.stdout.buffer
        except AttributeError:   # a text-only stream (tests capturing output)
            click.echo(data.decode("utf-8"), nl=False)
            return
        try:
            sys.stdout.flush()
            out.write(data)
            out.flush()
        except BrokenPipeError:
            # the reader stopped (| head): the report is not needed, the exit code still is
            _silence_stdout()
        return
    from auditor.safeio import write_output
    write_output(output, text)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _guard(outputs: dict[str, str | None], trees: dict[str, str]) -> None:
    """Refuse, before any work, an output that would land in or on the evidence or the baselines."""
    from auditor.safeio import OutputGuard
    guard = OutputGuard()
    for label, path in trees.items():
        if path:
            guard.protect_tree(path, label)
    seen: dict[str, str] = {}
    for option, path in outputs.items():
        guard.check(path, option)
        from auditor.safeio import is_device, stream_fd
        if path not in (None, "-") and stream_fd(path) is None and not is_device(path):
            real = os.path.realpath(path)
            if real in seen:
                raise AuditorError(f"{option} {path}: the same file as {seen[real]} (one output per file)")
            seen[real] = option


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="auditor")
def cli() -> None:
    """Is this installed product what it claims to be? Compare a tree against official releases."""


# ---------------------------------------------------------------------------
# audit / identify
# ---------------------------------------------------------------------------

def _common_target_options(func):
    options = [
        click.argument("target"),
        click.option("--baselines", "-b", required=True, metavar="DIR",
                     help="Directory of baselines (baselines/<product>/<version>.yaml)."),
        click.option("--product", "-p", help="Product name (default: the baselines' only product)."),
        click.option("--profile", "profile_file", metavar="FILE", help="Your own product profile (YAML)."),
        click.option("--root", metavar="SUBDIR", help="The product's root inside the target (archive or image)."),
        click.option("--kind", type=click.Choice(["directory", "archive", "image"]),
                     help="Target kind (default: detected)."),
        click.option("--ignore", multiple=True, metavar="PATTERN",
                     help="Extra gitignore-style pattern of paths to ignore (repeatable)."),
        click.option("--progress/--no-progress", default=None,
                     help="Progress bar on stderr (default: when stderr is a terminal)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _options(target, baselines, product, profile_file, root, kind, ignore, progress, **more):
    from auditor.model.options import AuditOptions
    if _QUIET:
        progress = False
    return AuditOptions(target=target, baselines=baselines, product=product, profile_file=profile_file, root=root,
                        kind=kind, ignore=list(ignore), progress=progress, **more)


@cli.command()
@_common_target_options
@click.option("--format", "-f", "fmt", default="text", show_default=True, type=FORMATS,
              help="Output format for --output / stdout.")
@click.option("--output", "-o", metavar="FILE", help="Write the report here (default: stdout).")
@click.option("--fail-on", type=FAIL_ON, default="high", show_default=True,
              help="Exit 1 when a finding at or above this severity is not waived.")
@click.option("--timestamps", is_flag=True, help="Add run time and generation time to the report.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST",
              help="Outbound host that is expected (glob such as *.corp.example, or CIDR); repeatable.")
@click.option("--allowlist", metavar="FILE", help="File of expected outbound hosts (one per line, or a YAML list).")
@click.option("--webservices", multiple=True, metavar="DIR",
              help="Directory of web service YAML exported from the database (Admin::WebService::Dump); repeatable.")
@click.option("--advisories", multiple=True, metavar="FILE|DIR",
              help="Extra advisory feed(s) in addition to the built-in ones; repeatable.")
@click.option("--output-text", metavar="FILE", help="Also write the text report here.")
@click.option("--output-json", metavar="FILE", help="Also write the JSON report here.")
@click.option("--output-html", metavar="FILE", help="Also write the HTML report here.")
@click.option("--output-sarif", metavar="FILE", help="Also write SARIF 2.1.0 here.")
@click.option("--output-junit", metavar="FILE", help="Also write JUnit XML here.")
@click.option("--output-markdown", metavar="FILE", help="Also write Markdown here.")
@click.option("--output-cyclonedx", metavar="FILE", help="Also write a CycloneDX 1.5 SBOM (pedigree and VEX) here.")
@click.option("--sarif-prefix", default="", metavar="PATH/",
              help="Prefix for SARIF paths: where the audited tree lives in the uploading repository.")
@click.option("--target-version", metavar="VERSION",
              help="Release the migration forecast upgrades to (default: the newest baseline of the product).")
@click.option("--hardening", is_flag=True,
              help="Also report unsafe official defaults that a production install should harden (HTTPS, 2FA ...).")
@click.option("--waivers", metavar="FILE", help="YAML file of accepted findings with justification and expiry.")
@click.option("--as-of", metavar="DATE", help="Judge waiver expiry as of this date (YYYY-MM-DD; default: today).")
@click.option("--require-signed", is_flag=True,
              help="Refuse to run unless every file of the baselines directory is signed by a --trusted-keys key.")
@click.option("--trusted-keys", metavar="FILE", help="Public keys (minisign format, one per line) whose signatures count.")
@click.option("--sign-report", "sign_key", metavar="KEY",
              help="Sign the JSON report (--output-json, or --format json --output) with this secret key: "
                   "writes REPORT.json.minisig; the HTML report shows the JSON's sha256.")
@click.option("--since", metavar="REPORT.json",
              help="Drift mode: list what changed since this earlier JSON report of the target, and re-read only "
                   "files whose size, mtime, ctime or inode changed since the last audit (directory targets).")
def audit(fmt, output, fail_on, timestamps, allow_hosts, allowlist, webservices, advisories, target_version,
          waivers, as_of, sarif_prefix, hardening, since, require_signed, trusted_keys, sign_key, **kw):
    """Audit TARGET (directory, archive or image) against official release baselines.

    One run can write several formats: --format/--output for the main one and
    --output-FORMAT FILE for each further one. Progress and logs go to stderr.
    """
    from auditor.pipeline import render_options, run
    from auditor.report import write_all
    outputs = {name: kw.pop(f"output_{name}") for name in ("text", "json", "html", "sarif", "junit", "markdown",
                                                             "cyclonedx")}
    inputs = {"the audited target": kw["target"], "the baselines directory": kw["baselines"],
              "the profile": kw.get("profile_file"), "the waiver file": waivers, "the allowlist": allowlist}
    inputs.update({f"the advisory feed {a}": a for a in advisories})
    inputs.update({f"the web service directory {w}": w for w in webservices})
    inputs["the earlier report (--since)"] = since
    inputs["the trusted keys"] = trusted_keys
    inputs["the signing key"] = sign_key
    json_out = outputs["json"] or (output if fmt == "json" else None)
    if sign_key and not json_out:
        raise click.UsageError("--sign-report signs the JSON report: give --output-json FILE (or --format json -o FILE)")
    if require_signed and not trusted_keys:
        raise click.UsageError("--require-signed needs --trusted-keys FILE")
    sig_out = json_out + ".minisig" if sign_key else None
    _guard({"--output": output, **{f"--output-{k}": v for k, v in outputs.items()}, "the report signature": sig_out},
           inputs)
    key = None
    if sign_key:
        from auditor.trust.signing import read_secret
        key = read_secret(sign_key)      # a wrong key or password fails before the scan
    # the inputs beside the tree (hosts, exports, feeds, waivers) are read and validated by the pipeline,
    # once, before the scan starts (auditor.pipeline.load_inputs)
    opts = _options(fail_on=fail_on, timestamps=timestamps, since=since, require_signed=require_signed,
                    trusted_keys=trusted_keys, allow_hosts=list(allow_hosts), allowlist=allowlist,
                    webservices=list(webservices), advisories=list(advisories), target_version=target_version,
                    hardening=hardening, waivers=waivers, as_of=as_of, **kw)
    result = run(opts)
    wanted: dict[str, list[str | None]] = {fmt: [None if output in (None, "-") else output]}
    for name, path in outputs.items():
        if path is not None:
            wanted.setdefault(name, []).append(None if path == "-" else path)
    json_text = write_all(result.report, wanted,
                          render_options(color=output is None and sys.stdout.isatty(), report_signed=key is not None,
                                         sarif_prefix=sarif_prefix), _write)
    if key is not None:
        from auditor.safeio import encode, write_output
        from auditor.trust.signing import sign
        import hashlib
        json_digest = hashlib.sha256(encode(json_text)).hexdigest()
        comment = f"auditor report sha256:{json_digest} target:{Path(result.report.target.path).name}"
        write_output(sig_out, sign(encode(json_text), key, comment[:400]))
        _note(f"signed {json_out} with key {key.id_hex}: {sig_out}")
    sys.exit(0 if result.report.passed else 1)


@cli.command()
@click.argument("targets", nargs=-1)
@click.option("--baselines", "-b", required=True, metavar="DIR", help="Directory of baselines.")
@click.option("--from-file", metavar="LIST", help="File of targets, one per line ('#' comments).")
@click.option("--output-dir", "-d", metavar="DIR",
              help="Write fleet.json, fleet.html, fleet.md and each target's report (targets/<name>.json|html).")
@click.option("--format", "-f", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="What goes to stdout.")
@click.option("--scheduler", metavar="tcp://HOST:8786", help="Run on an existing Dask cluster.")
@click.option("--workers", type=click.IntRange(1, 4096), help="Local worker processes (default: one per core).")
@click.option("--shard", metavar="I/N", help="Audit slice I of N in this process, without any engine.")
@click.option("--fail-on", type=FAIL_ON, default="high", show_default=True,
              help="Exit 1 when a target has a finding at or above this severity, or could not be audited.")
@click.option("--product", "-p", help="Product name (default: from the baselines).")
@click.option("--profile", "profile_file", metavar="FILE")
@click.option("--root", metavar="SUBDIR", help="The product's root inside every target (archive or image).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST")
@click.option("--advisories", multiple=True, metavar="FILE|DIR")
@click.option("--require-signed", is_flag=True, help="Every worker verifies the baselines' signatures first.")
@click.option("--trusted-keys", metavar="FILE")
@click.option("--progress/--no-progress", default=True, help="Targets done / total and failures on stderr.")
@click.option("--timeout", type=click.FloatRange(0, 604800), default=3600, show_default=True, metavar="SECONDS",
              help="Time one target may take; a target that takes longer is its error entry (0: no limit).")
def fleet(targets, baselines, from_file, output_dir, fmt, scheduler, workers, shard, fail_on, product, profile_file,
          root, allow_hosts, advisories, require_signed, trusted_keys, progress, timeout):
    """Audit many TARGETS (directories, archives, packages, images) in one run, on Dask, into one merged report
    with vendor fingerprints: the same unofficial change found in several installs."""
    import os
    from auditor.fleet import engine, report as fleet_report
    from auditor.knowledge.endpoints import check_host_pattern
    from auditor.fleet.targets import collect, is_local, output_names, parse_shard, shard as take_shard
    from auditor.safeio import write_output
    which = parse_shard(shard)
    if which and (scheduler or workers):
        raise click.UsageError("--shard runs in this process: it takes no --scheduler or --workers")
    if require_signed and not trusted_keys:
        raise click.UsageError("--require-signed needs --trusted-keys FILE")
    all_targets = collect(list(targets), from_file)
    inputs = {f"the target {t.path}": t.path for t in all_targets if is_local(t.path)}
    inputs.update({"the baselines directory": baselines, "the target list": from_file, "the profile": profile_file,
                   "the trusted keys": trusted_keys})
    inputs.update({f"the advisory feed {a}": a for a in advisories})
    chosen = take_shard(all_targets, which)
    if output_dir:
        # every file the run writes, the targets' own reports included, is held against the evidence
        outputs = {"--output-dir": os.path.join(output_dir, "fleet.json")}
        outputs.update({f"--output-dir {name}": os.path.join(output_dir, name) for name in ("fleet.html", "fleet.md")})
        for t in chosen:
            for rel in output_names(t):
                outputs[f"--output-dir ({rel})"] = os.path.join(output_dir, rel)
        _guard(outputs, inputs)
    else:
        _guard({}, inputs)
    # what every worker audits with (AuditOptions fields; paths absolute: a worker runs elsewhere)
    options = {"baselines": os.path.abspath(baselines), "product": product, "root": root,
               "profile_file": os.path.abspath(profile_file) if profile_file else None, "fail_on": fail_on,
               "require_signed": require_signed, "trusted_keys": os.path.abspath(trusted_keys) if trusted_keys else None,
               "allow_hosts": [check_host_pattern(h, "--allow-host") for h in allow_hosts],
               "advisories": [os.path.abspath(a) for a in advisories]}
    settings = {"options": options, "timeout": timeout or None, "fail_on": fail_on,
                "baselines": options["baselines"], "output_dir": os.path.abspath(output_dir) if output_dir else None}
    if require_signed:       # once here too: a bad signature is one line before any task starts
        from auditor.baseline.signed import verify_dir
        from auditor.trust.signing import read_trusted
        verify_dir(baselines, read_trusted(trusted_keys))
    results = engine.run(chosen, settings, scheduler=scheduler, workers=workers, in_process=which is not None,
                         progress=progress and not _QUIET)
    merged = fleet_report.build(results, settings, shard)
    if output_dir:
        write_output(os.path.join(output_dir, "fleet.json"), fleet_report.to_json(merged))
        write_output(os.path.join(output_dir, "fleet.html"), fleet_report.to_html(merged))
        write_output(os.path.join(output_dir, "fleet.md"), fleet_report.to_markdown(merged))
    _write(fleet_report.to_json(merged) if fmt == "json" else fleet_report.to_markdown(merged), None)
    sys.exit(fleet_report.exit_code(merged))


@cli.command("verify-report")
@click.argument("report")
@click.argument("signature", required=False)
@click.option("--trusted-keys", required=True, metavar="FILE", help="Public keys whose signatures count.")
def verify_report(report, signature, trusted_keys):
    """Check REPORT's detached signature (default REPORT.minisig) against trusted keys; exit 0 when it verifies,
    1 when it does not."""
    from auditor.safeio import read_input
    from auditor.trust.signing import SignatureError, read_trusted, verify
    keys = read_trusted(trusted_keys)
    data = read_input(report, "report")
    sig = read_input(signature or report + ".minisig", "signature", limit=1 << 16).decode("utf-8", "replace")
    try:
        got = verify(data, sig, keys, report)
    except SignatureError as exc:
        _err(str(exc))
        sys.exit(1)
    click.echo(f"{report}: signature by key {got.key_id} verifies; trusted comment: {got.trusted_comment}")


@cli.command("render")
@click.argument("report_json")
@click.option("--format", "-f", "fmt", default="text", show_default=True, type=FORMATS)
@click.option("--output", "-o", metavar="FILE")
@click.option("--fail-on", type=FAIL_ON, help="Re-judge the gate with another threshold.")
def render(report_json, fmt, output, fail_on):
    """Render a saved JSON report in another format (the exit code follows its gate)."""
    import hashlib

    from auditor import report as formats
    from auditor.model.report import read_report
    from auditor.pipeline import render_options
    from auditor.safeio import read_input
    _guard({"--output": output}, {"the report being rendered": report_json})
    rep = read_report(report_json)
    if fail_on:
        rep.fail_on = fail_on
    options = render_options(color=output is None and sys.stdout.isatty(),   # the saved JSON's own digest
                             json_sha256=hashlib.sha256(read_input(report_json, "JSON report")).hexdigest())
    _write(formats.get(fmt, options).render(rep), output)
    sys.exit(0 if rep.passed else 1)


@cli.command()
@_common_target_options
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def identify(fmt, **kw):
    """Name the official release TARGET's content matches, whatever its version files say."""
    import json
    from auditor.pipeline import run
    result = run(_options(**kw), only_identify=True)
    r = result.report
    if fmt == "json":
        click.echo(json.dumps({"product": r.product, "claimed_version": r.claimed_version,
                               "identified_version": r.identified_version,
                               "identification": r.identification.to_dict()}, indent=2, ensure_ascii=False))
        return
    ident = r.identification
    click.echo(f"claimed:    {r.claimed_version or 'none stated'}")
    click.echo(f"identified: {r.product} {r.identified_version or '(no match)'}  "
               f"confidence {ident.confidence:.2f}{'  MIXED' if ident.mixed else ''}")
    for c in ident.candidates:
        click.echo(f"  {c.product} {c.version:<14} score {c.score:.4f}  matched {c.matched}")
    for m in ident.mixed_with:
        click.echo(f"  files of {m['version']}: {m['files']} (e.g. {', '.join(m['paths'][:3])})")


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
@click.option("--progress/--no-progress", default=None)
def baseline_build(source, product, version, root, ref, out, profile_file, content, expect_sha256, progress):
    """Record an official release from a directory, archive (.tar*, .zip, .deb) or git ref."""
    from auditor import profile as profile_mod
    from auditor.baseline.builder import AUTO, build_from_source, log_warning
    from auditor.baseline.store import save
    prof = profile_mod.load_file(profile_file) if profile_file else \
        (None if product == AUTO else profile_mod.for_product(product))
    _guard({"--out": out}, {"the source of the baseline": source})

    def where(prod: str, ver: str) -> Path:
        return Path(out).parent if out else Path("baselines") / prod
    b = build_from_source(source, product, version, root=root, ref=ref, profile=prof,
                          progress=False if _QUIET else progress,
                          warn=log_warning, content_dir=where if content else None, expect_sha256=expect_sha256)
    path = save(b, out or Path("baselines") / b.product / f"{b.version}.yaml")
    files = sum(1 for e in b.entries if e.type == "file")
    _note(f"wrote {path}: {b.product} {b.version}, {files} files, {len(b.entries)} entries, "
         f"{len(b.markers)} version markers")


@baseline.command("from-git")
@click.argument("repo")
@click.option("--product", "-p", required=True,
              help="Product id, or 'auto': each release names its product (baselines go to OUT_DIR/<product>/).")
@click.option("--tags", "tag_glob", default="*", show_default=True, help="Glob of the release tags.")
@click.option("--version-regex", help="Regex taking the version out of a tag (group 1). Default: v?(\\d+(\\.\\d+)+.*)")
@click.option("--commits", "commit_regex", metavar="REGEX",
              help="Take releases from commits instead of tags: every commit on any branch whose subject matches "
                   "REGEX (group 1: the version), e.g. 'Imported vendor ([0-9.]+)'.")
@click.option("--root", metavar="SUBDIR")
@click.option("--out-dir", required=True, metavar="DIR")
@click.option("--profile", "profile_file", metavar="FILE")
@click.option("--content/--no-content", default=True, show_default=True,
              help="Store the text files in the content pack beside the baselines (diffs and security-sensitive "
                   "changes in reports).")
def baseline_from_git(repo, product, tag_glob, version_regex, commit_regex, root, out_dir, profile_file, content):
    """Build one baseline per release (tag or matching commit) of a git repository."""
    from auditor import profile as profile_mod
    from auditor.baseline.builder import AUTO, from_git, log_warning
    from auditor.target.gitrepo import git_dir
    gd = git_dir(repo)
    _guard({"--out-dir": str(Path(out_dir) / "x")}, {"the git directory": str(gd) if gd else None})
    prof = profile_mod.load_file(profile_file) if profile_file else \
        (None if product == AUTO else profile_mod.for_product(product))
    for b, path in from_git(repo, product, out_dir, tag_glob, version_regex, root, prof, progress=False,
                            warn=log_warning, commits=commit_regex, content=content):
        _note(f"wrote {path}: {b.tag[:12]} -> {b.baseline.product} {b.version}, {len(b.baseline.entries)} entries")


@baseline.command("import")
@click.argument("file")
@click.option("--kind", "-k", required=True, type=click.Choice(["archive", "md5sums", "record", "wp-checksums",
                                                                 "npm-lock"]),
              help="The list's format (see docs/trust.md).")
@click.option("--product", "-p", required=True, help="Product id.")
@click.option("--version", "-V", "version", required=True, help="Release version.")
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
    prof = profile_mod.load_file(profile_file) if profile_file else profile_mod.for_product(product)
    _guard({"--out": out}, {"the checksum list": file, "the tarball directory": tarballs})
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
    _note(f"wrote {path}: {b.product} {b.version}, {files} files from {article} {kind} list "
         f"({', '.join(trust.digests)}), trust {trust.level}")
    for note in trust.notes:
        _note(f"  note: {note}")


@baseline.command("sign")
@click.argument("directory")
@click.option("--key", "-k", "key_file", required=True, metavar="KEY", help="Secret key (auditor key generate, or minisign's).")
def baseline_sign(directory, key_file):
    """Sign every file of a baselines DIRECTORY (FILE.minisig beside each, SIGNED.sha256 + its signature)."""
    from auditor.baseline.signed import sign_dir
    from auditor.trust.signing import read_secret
    key = read_secret(key_file)
    written = sign_dir(directory, key)
    _note(f"signed {len(written) - 2} files in {directory} with key {key.id_hex}")


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
        _err(str(exc))
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
    for note in t.notes:
        click.echo(f"             {note}")
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


# ---------------------------------------------------------------------------
# profiles and checks
# ---------------------------------------------------------------------------

@cli.group()
def advisories():
    """Advisory feeds: export them as OSV."""


@advisories.command("export")
@click.argument("out_dir")
@click.option("--feed", "feeds", multiple=True, metavar="FILE|DIR",
              help="Feeds to export (YAML or OSV; repeatable). Default: the built-in feeds.")
@click.option("--ecosystem", "ecosystems", multiple=True, metavar="PRODUCT=ECOSYSTEM",
              help="OSV ecosystem of a product (e.g. django=PyPI), written as the record's package.")
def advisories_export(out_dir, feeds, ecosystems):
    """Write every advisory as OSV JSON (OUT_DIR/<ID>.json, schema 1.6.0)."""
    from auditor import feeds as feeds_mod
    from auditor.osv import to_osv
    from auditor.report.json_format import dumps
    from auditor.safeio import write_output
    _guard({"OUT_DIR": str(Path(out_dir) / "x")}, {f"the feed {f}": f for f in feeds})
    eco = {}
    for item in ecosystems:
        product, sep, name = item.partition("=")
        if not sep or not product or not name:
            raise click.UsageError(f"--ecosystem {item!r}: expected PRODUCT=ECOSYSTEM")
        eco[product] = name
    advs = []
    if feeds:
        for f in feeds:
            p = Path(f)
            files = sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")) + list(p.glob("*.json"))) if p.is_dir() \
                else [p]
            for x in files:
                advs.extend(feeds_mod.load_feed(x))
    else:
        advs = feeds_mod.load()
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    from auditor.baseline.builder import check_name
    for a in sorted({a.id: a for a in advs}.values(), key=lambda a: a.id):
        write_output(Path(out_dir) / f"{check_name('advisory id', a.id)}.json", dumps(to_osv(a, eco)))
    _note(f"wrote {len(advs)} OSV records to {out_dir}")


@cli.group()
def key():
    """Ed25519 signing keys (minisign-compatible)."""


@key.command("generate")
@click.argument("path")
@click.option("--password-env", metavar="VAR",
              help="Encrypt the secret key with the password in this environment variable (scrypt, as minisign).")
def key_generate(path, password_env):
    """Write a new secret key to PATH (mode 0600) and its public key to PATH.pub."""
    import os
    from auditor.trust.signing import generate, write_new_key
    password = None
    if password_env:
        password = os.environ.get(password_env)
        if not password:
            raise click.UsageError(f"--password-env: {password_env} is not set")
    k = generate()
    secret, pub = write_new_key(path, k, password)
    _note(f"wrote {secret} (secret, keep it offline) and {pub} (public): key id {k.id_hex}")


@cli.group()
def profile():
    """Product profiles: product knowledge as data."""


@profile.command("list")
def profile_list():
    """List the built-in profiles."""
    from auditor import profile as profile_mod
    for p in profile_mod.all_builtin():
        click.echo(f"{p.name:<12} {p.title}  [products: {', '.join(p.products)}]")


@profile.command("show")
@click.argument("name")
def profile_show(name):
    """Print a built-in profile (or a profile FILE), validated."""
    from auditor import profile as profile_mod
    p = profile_mod.load_file(name) if os.path.isfile(name) else profile_mod.builtin(name)
    click.echo(Path(p.source).read_text(encoding="utf-8"), nl=False)


@cli.command("checks")
@click.option("--markdown", is_flag=True, help="Print the check catalogue as Markdown (docs/checks.md).")
def checks_cmd(markdown):
    """List every registered check with its id, category, severity and documentation."""
    from auditor.checks import REGISTRY
    if markdown:
        click.echo("# Checks\n\nGenerated by `auditor checks --markdown` (tests/test_docs.py keeps this file current). "
                   "Each check is a registered unit in `auditor/checks/` with a stable id, a default severity and "
                   "this documentation. A product profile's path classes raise or lower severities per path "
                   "(docs/profiles.md).\n")
    for cid in sorted(REGISTRY):
        info = REGISTRY[cid]
        if markdown:
            click.echo(f"## {cid} `{info.name}`\n\nCategories: {', '.join(info.categories)}. "
                       f"Default severity: **{info.severity}**.\n\n{info.doc}\n")
        else:
            click.echo(f"{cid}  {info.severity:<8} {info.name:<28} {info.summary}")


def _add_quiet(group: click.Group) -> None:
    """-q/--quiet on the group and on every command under it."""
    group.params.append(_quiet_option())
    for command in group.commands.values():
        if isinstance(command, click.Group):
            _add_quiet(command)
        else:
            command.params.append(_quiet_option())


_add_quiet(cli)


def main(argv=None) -> None:
    """Entry point: turns every input or usage error into one line and exit code 2."""
    global _QUIET
    _QUIET = False
    instruction = os.environ.get("_AUDITOR_COMPLETE")
    if instruction:
        # shell completion (click's own): `eval "$(_AUDITOR_COMPLETE=bash_source auditor)"` in ~/.bashrc
        from click.shell_completion import shell_complete
        sys.exit(shell_complete(cli, {}, "auditor", "_AUDITOR_COMPLETE", instruction))
    try:
        # the command is run directly (not through click's main): an interrupt reaches the handler
        # below instead of click's, which prints an empty line and "Aborted!"
        args = list(sys.argv[1:] if argv is None else argv)
        with cli.make_context("auditor", args) as ctx:
            cli.invoke(ctx)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.NoArgsIsHelpError as exc:   # `auditor` alone (or a group alone): its help
        click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        _err(f"auditor: error: {_one_line(exc.format_message())}")
        sys.exit(2)
    except click.exceptions.Abort:
        _err("auditor: aborted")
        sys.exit(130)
    except AuditorError as exc:
        _err(f"auditor: error: {_one_line(exc)}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err("auditor: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except Exception as exc:  # a bug: still one line; the traceback only when asked for
        if os.environ.get("AUDITOR_DEBUG"):
            raise
        _err(f"auditor: internal error: {type(exc).__name__}: {_one_line(exc)} (set AUDITOR_DEBUG=1 for a traceback)")
        sys.exit(3)
    sys.exit(0)
