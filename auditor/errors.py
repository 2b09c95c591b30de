"""Errors that end a run with one clear line on stderr and exit code 2."""

from __future__ import annotations


class AuditorError(Exception):
    """Bad input or usage: reported as one line, exit code 2."""

    exit_code = 2


class ValidationError(AuditorError):
    """A document (baseline, profile, feed, waiver) failed strict validation.

    ``where`` names the field path (``entries[3].sha256``), ``source`` the file
    and, when known, ``line`` the 1-based line of the offending node.
    """

    def __init__(self, where: str, message: str, source: str | None = None, line: int | None = None):
        self.where = where
        self.message = message
        self.source = source
        self.line = line
        super().__init__(str(self))

    def with_source(self, source: str) -> "ValidationError":
        if self.source is None:
            self.source = source
        self.args = (str(self),)
        return self

    def __str__(self) -> str:
        loc = self.source or "<data>"
        if self.line is not None:
            loc += f":{self.line}"
        field = f" {self.where}:" if self.where else ""
        return f"{loc}:{field} {self.message}"
