"""Commands that audit one target or read a report: ``audit``, ``identify``, ``render``, ``verify-report``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.cli.app import (FAIL_ON, FORMATS, audit_options, cli, err, guard, note, state, target_options,  # noqa: F401
                             write)


@cli.command()
@target_options
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
@click.option("--database", metavar="SOURCE",
              help="The product's database, read-only: postgresql://USER:PW@HOST:PORT/DB, mysql://... (MariaDB "
                   "too), 'auto' (the connection the install's Kernel/Config.pm names), or a dump file (pg_dump "
                   "plain SQL or mysqldump, optionally .gz/.zst). See docs/database.md.")
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
def audit(fmt, output, fail_on, timestamps, allow_hosts, allowlist, webservices, advisories, database, target_version,
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
    if database and "://" not in database and database != "auto":
        inputs["the database dump"] = database
    inputs["the earlier report (--since)"] = since
    inputs["the trusted keys"] = trusted_keys
    inputs["the signing key"] = sign_key
    json_out = outputs["json"] or (output if fmt == "json" else None)
    if sign_key and not json_out:
        raise click.UsageError("--sign-report signs the JSON report: give --output-json FILE (or --format json -o FILE)")
    if require_signed and not trusted_keys:
        raise click.UsageError("--require-signed needs --trusted-keys FILE")
    sig_out = json_out + ".minisig" if sign_key else None
    guard({"--output": output, **{f"--output-{k}": v for k, v in outputs.items()}, "the report signature": sig_out},
           inputs)
    key = None
    if sign_key:
        from auditor.trust.signing import read_secret
        key = read_secret(sign_key)      # a wrong key or password fails before the scan
    # the inputs beside the tree (hosts, exports, feeds, waivers) are read and validated by the pipeline,
    # once, before the scan starts (auditor.pipeline.load_inputs)
    opts = audit_options(fail_on=fail_on, timestamps=timestamps, since=since, require_signed=require_signed,
                    trusted_keys=trusted_keys, allow_hosts=list(allow_hosts), allowlist=allowlist,
                    webservices=list(webservices), advisories=list(advisories), database=database,
                    target_version=target_version,
                    hardening=hardening, waivers=waivers, as_of=as_of, **kw)
    result = run(opts)
    wanted: dict[str, list[str | None]] = {fmt: [None if output in (None, "-") else output]}
    for name, path in outputs.items():
        if path is not None:
            wanted.setdefault(name, []).append(None if path == "-" else path)
    json_text = write_all(result.report, wanted,
                          render_options(color=output is None and sys.stdout.isatty(), report_signed=key is not None,
                                         sarif_prefix=sarif_prefix), write)
    if key is not None:
        from auditor.safeio import encode, write_output
        from auditor.trust.signing import sign
        import hashlib
        json_digest = hashlib.sha256(encode(json_text)).hexdigest()
        comment = f"auditor report sha256:{json_digest} target:{Path(result.report.target.path).name}"
        write_output(sig_out, sign(encode(json_text), key, comment[:400]))
        note(f"signed {json_out} with key {key.id_hex}: {sig_out}")
    sys.exit(0 if result.report.passed else 1)



@cli.command()
@target_options
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def identify(fmt, **kw):
    """Name the official release TARGET's content matches, whatever its version files say."""
    import json
    from auditor.pipeline import run
    result = run(audit_options(**kw), only_identify=True)
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
    guard({"--output": output}, {"the report being rendered": report_json})
    rep = read_report(report_json)
    if fail_on:
        rep.fail_on = fail_on
    options = render_options(color=output is None and sys.stdout.isatty(),   # the saved JSON's own digest
                             json_sha256=hashlib.sha256(read_input(report_json, "JSON report")).hexdigest())
    write(formats.get(fmt, options).render(rep), output)
    sys.exit(0 if rep.passed else 1)



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
        err(str(exc))
        sys.exit(1)
    click.echo(f"{report}: signature by key {got.key_id} verifies; trusted comment: {got.trusted_comment}")
