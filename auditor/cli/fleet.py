"""``auditor fleet``: many targets in one run, on Dask, into one merged report."""

from __future__ import annotations

import os
import sys

import click

from auditor.cli.app import (FAIL_ON, FORMATS, audit_options, cli, err, guard, note, state, target_options,  # noqa: F401
                             write)


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
@click.option("--database", metavar="SOURCE",
              help="Each target's database, read-only: 'auto' (the connection each install's Kernel/Config.pm "
                   "names), or one postgresql://, mysql:// or dump for every target (docs/database.md).")
@click.option("--require-signed", is_flag=True, help="Every worker verifies the baselines' signatures first.")
@click.option("--trusted-keys", metavar="FILE")
@click.option("--progress/--no-progress", default=True, help="Targets done / total and failures on stderr.")
@click.option("--identity", "-i", metavar="FILE", help="ssh:// targets: the private key every worker uses.")
@click.option("--insecure-registry", is_flag=True, help="registry:// targets: plain HTTP.")
@click.option("--registry-user", metavar="USER",
              help="registry:// targets: log in as USER (password in AUDITOR_REGISTRY_PASSWORD on the workers).")
@click.option("--platform", metavar="OS/ARCH", help="registry:// targets: the image of a multi-platform index.")
@click.option("--timeout", type=click.FloatRange(0, 604800), default=3600, show_default=True, metavar="SECONDS",
              help="Time one target may take; a target that takes longer is its error entry (0: no limit).")
def fleet(targets, baselines, from_file, output_dir, fmt, scheduler, workers, shard, fail_on, product, profile_file,
          root, allow_hosts, advisories, database, require_signed, trusted_keys, progress, identity, insecure_registry,
          registry_user, platform, timeout):
    """Audit many TARGETS (directories, archives, packages, images) in one run, on Dask, into one merged report
    with vendor fingerprints: the same unofficial change found in several installs."""
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
                   "the trusted keys": trusted_keys, "the identity file": identity})
    inputs.update({f"the advisory feed {a}": a for a in advisories})
    if database and "://" not in database and database != "auto":
        inputs["the database dump"] = database
    if database:
        from auditor.database import parse_source
        parse_source(database)          # a bad source is one line before any task starts
    chosen = take_shard(all_targets, which)
    if output_dir:
        # every file the run writes, the targets' own reports included, is held against the evidence
        outputs = {"--output-dir": os.path.join(output_dir, "fleet.json")}
        outputs.update({f"--output-dir {name}": os.path.join(output_dir, name) for name in ("fleet.html", "fleet.md")})
        for t in chosen:
            for rel in output_names(t):
                outputs[f"--output-dir ({rel})"] = os.path.join(output_dir, rel)
        guard(outputs, inputs)
    else:
        guard({}, inputs)
    # what every worker audits with (AuditOptions fields; paths absolute: a worker runs elsewhere)
    options = {"baselines": os.path.abspath(baselines), "product": product, "root": root,
               "profile_file": os.path.abspath(profile_file) if profile_file else None, "fail_on": fail_on,
               "require_signed": require_signed, "trusted_keys": os.path.abspath(trusted_keys) if trusted_keys else None,
               "allow_hosts": [check_host_pattern(h, "--allow-host") for h in allow_hosts],
               "advisories": [os.path.abspath(a) for a in advisories],
               "database": database if not database or "://" in database or database == "auto"
               else os.path.abspath(database),
               # remote targets are read by the workers themselves (ssh://, registry://)
               "identity": os.path.abspath(identity) if identity else None, "insecure_registry": insecure_registry,
               "registry_user": registry_user, "platform": platform}
    settings = {"options": options, "timeout": timeout or None, "fail_on": fail_on,
                "baselines": options["baselines"], "output_dir": os.path.abspath(output_dir) if output_dir else None}
    if require_signed:       # once here too: a bad signature is one line before any task starts
        from auditor.baseline.signed import verify_dir
        from auditor.trust.signing import read_trusted
        verify_dir(baselines, read_trusted(trusted_keys))
    results = engine.run(chosen, settings, scheduler=scheduler, workers=workers, in_process=which is not None,
                         progress=progress and not state.quiet)
    merged = fleet_report.build(results, settings, shard)
    if output_dir:
        write_output(os.path.join(output_dir, "fleet.json"), fleet_report.to_json(merged))
        write_output(os.path.join(output_dir, "fleet.html"), fleet_report.to_html(merged))
        write_output(os.path.join(output_dir, "fleet.md"), fleet_report.to_markdown(merged))
    write(fleet_report.to_json(merged) if fmt == "json" else fleet_report.to_markdown(merged), None)
    sys.exit(fleet_report.exit_code(merged))
