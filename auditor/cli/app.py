"""The command line's group, its shared options and its helpers (one line on stderr, outputs that never touch
the evidence); the commands are in auditor.cli.audit, .fleet, .baseline and .misc.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage or input
error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys

import click

from auditor import __version__
from auditor.errors import AuditorError
from auditor.model._fields import SEVERITIES

FAIL_ON = click.Choice(list(SEVERITIES) + ["never"])
#: the report formats (auditor.report.base.MODULES; tests/test_formats.py keeps the two lists equal)
FORMATS = click.Choice(["text", "json", "html", "sarif", "junit", "markdown", "cyclonedx"])


def err(message: str) -> None:
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


class _State:
    #: -q/--quiet: no progress and no notes on stderr (warnings and errors still); set per run by the option
    quiet = False


state = _State()


def note(message: str) -> None:
    """An informational line on stderr (what was written, signed ...); none with --quiet."""
    if not state.quiet:
        err(message)


def _set_quiet(ctx, param, value) -> bool:
    if value:
        state.quiet = True
    return value


def _quiet_option() -> click.Option:
    return click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, is_eager=True, callback=_set_quiet,
                        help="No progress and no notes on stderr (warnings and errors are still printed).")


def one_line(text: str) -> str:
    """Error texts from libraries can span lines; the user gets one."""
    out = ""
    for part in (p.strip() for p in str(text).splitlines()):
        if part.startswith("- "):
            part = part[2:]
        if part:
            out += ("" if not out else " " if out.endswith(":") else "; ") + part
    return out


def write(text: str, output: str | None) -> None:
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
            silence_stdout()
        return
    from auditor.safeio import write_output
    write_output(output, text)


def silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail on a closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def guard(outputs: dict[str, str | None], trees: dict[str, str]) -> None:
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

def target_options(func):
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
        click.option("--identity", "-i", metavar="FILE",
                     help="ssh:// targets: the private key to use (default: the SSH agent, then ~/.ssh)."),
        click.option("--insecure-registry", is_flag=True,
                     help="registry:// targets: plain HTTP (a local registry); TLS is verified otherwise."),
        click.option("--registry-user", metavar="USER",
                     help="registry:// targets: log in as USER, the password in AUDITOR_REGISTRY_PASSWORD "
                          "(default: ~/.docker/config.json)."),
        click.option("--platform", metavar="OS/ARCH",
                     help="registry:// targets: the image of a multi-platform index (default linux/amd64)."),
        click.option("--accept-new-host-key", is_flag=True,
                     help="ssh:// targets: record and accept the host key of a host known_hosts does not know "
                          "(a changed key is always refused)."),
        click.option("--progress/--no-progress", default=None,
                     help="Progress bar on stderr (default: when stderr is a terminal)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def audit_options(target, baselines, product, profile_file, root, kind, ignore, progress, **more):
    from auditor.model.options import AuditOptions
    if state.quiet:
        progress = False
    return AuditOptions(target=target, baselines=baselines, product=product, profile_file=profile_file, root=root,
                        kind=kind, ignore=list(ignore), progress=progress, **more)



def add_quiet(group: click.Group) -> None:
    """-q/--quiet on the group and on every command under it."""
    group.params.append(_quiet_option())
    for command in group.commands.values():
        if isinstance(command, click.Group):
            add_quiet(command)
        else:
            command.params.append(_quiet_option())
