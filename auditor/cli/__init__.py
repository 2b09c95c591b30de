"""Command line: ``auditor audit|identify|fleet|render|verify-report|baseline|advisories|key|profile|checks``.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage or input
error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys

import click

from auditor.cli import audit, baseline, fleet, misc  # noqa: F401  (each registers its commands)
from auditor.cli.app import add_quiet, cli, err, one_line, silence_stdout, state
from auditor.errors import AuditorError

add_quiet(cli)


def main(argv=None) -> None:
    """Entry point: turns every input or usage error into one line and exit code 2."""
    state.quiet = False
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
        err(f"auditor: error: {one_line(exc.format_message())}")
        sys.exit(2)
    except click.exceptions.Abort:
        err("auditor: aborted")
        sys.exit(130)
    except AuditorError as exc:
        err(f"auditor: error: {one_line(exc)}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err("auditor: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        silence_stdout()
        sys.exit(0)
    except Exception as exc:  # a bug: still one line; the traceback only when asked for
        if os.environ.get("AUDITOR_DEBUG"):
            raise
        err(f"auditor: internal error: {type(exc).__name__}: {one_line(exc)} (set AUDITOR_DEBUG=1 for a traceback)")
        sys.exit(3)
    sys.exit(0)
