"""The ``auditor`` command (console script) and ``python -m auditor``.

An audit of a local directory begins hashing it before anything else is imported: the command's modules
(click, the stages, the model) take a tenth of a second to import, time in which a forked process
(auditor.scan.early) hashes the tree on another core. The command line is only glanced at here, and
conservatively: ``audit`` (or ``identify``) first, every option one this table knows, exactly one
positional argument, a local directory, none of the options that change what is read (``--root``,
``--kind``, ``--since``).
Anything else starts nothing, and the command runs as it always does. What is glanced at decides nothing:
the audit takes the early hashes only for the very directory its target opened (auditor.scan.early).
"""

from __future__ import annotations

import os
import sys

#: options of ``auditor audit`` that take a value, and its flags (tests/hostile/test_prestart.py holds both to
#: the click command, so an option added there must be added here)
AUDIT_VALUES = frozenset({
    "--baselines", "-b", "--product", "-p", "--profile", "--ignore", "--identity", "-i", "--registry-user",
    "--platform", "--format", "-f", "--output", "-o", "--fail-on", "--allow-host", "--allowlist", "--webservices",
    "--advisories", "--database", "--output-text", "--output-json", "--output-html", "--output-sarif",
    "--output-junit", "--output-markdown", "--output-cyclonedx", "--sarif-prefix", "--target-version",
    "--waivers", "--as-of", "--trusted-keys", "--sign-report", "--root", "--kind", "--since",
})
AUDIT_FLAGS = frozenset({
    "--insecure-registry", "--accept-new-host-key", "--progress", "--no-progress", "--timestamps", "--hardening",
    "--require-signed", "--quiet", "-q", "--help", "-h",
})
#: with these, nothing is started: another root or kind, drift mode (reads only what changed), help
AUDIT_REFUSED = frozenset({"--root", "--kind", "--since", "--help", "-h"})


def audited_directory(argv: list[str]) -> str | None:
    """The target of an ``auditor audit`` command line when it is plainly a local directory, else None."""
    if not argv or argv[0] not in ("audit", "identify"):
        return None
    positional: list[str] = []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            positional.extend(argv[i + 1:])
            break
        if arg.startswith("-") and arg != "-":
            name, eq, _ = arg.partition("=")
            if name in AUDIT_REFUSED:
                return None
            if name in AUDIT_VALUES:
                i += 1 if eq else 2
            elif name in AUDIT_FLAGS and not eq:
                i += 1
            else:
                return None             # unknown, or short options run together: not guessed at
            continue
        positional.append(arg)
        i += 1
    if len(positional) != 1 or "://" in positional[0]:
        return None
    return positional[0] if os.path.isdir(positional[0]) else None


def main() -> None:
    argv = sys.argv[1:]
    path = audited_directory(argv)
    if path is None:
        _dataclass_code(argv, None)
        from auditor.cli import main as cli_main
        cli_main()
        return
    from auditor.scan import early
    early.prestart(path)
    try:
        _dataclass_code(argv, path)
        from auditor.cli import main as cli_main
        cli_main()
    finally:
        early.discard()


def _dataclass_code(argv: list[str], audited: str | None) -> None:
    """The methods of the model's dataclasses from the cache (auditor.dccache), before they are imported;
    not for a signed run, which takes nothing from a cache."""
    if "--require-signed" in argv:
        return
    from auditor import dccache
    dccache.install(audited)


if __name__ == "__main__":
    main()
