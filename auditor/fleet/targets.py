"""The fleet's targets: command-line arguments and ``--from-file`` lists, in a stable order, and shards."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from auditor.errors import AuditorError
from auditor.safeio import read_input
from auditor.lazyre import lazy

MAX_TARGETS = 1_000_000


@dataclass(frozen=True)
class Target:
    index: int          # position in the whole fleet (0-based), stable across shards
    path: str
    name: str           # unique, file-name safe: where its own reports go

    def to_dict(self) -> dict:
        return {"index": self.index, "path": self.path, "name": self.name}


def _slug(path: str) -> str:
    base = path.rstrip("/").rsplit("/", 1)[-1] or "target"
    return re.sub(r"[^A-Za-z0-9._+-]", "_", base)[:80].lstrip(".-") or "target"


_URL = lazy(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_local(path: str) -> bool:
    """A path on this machine's file system (not a URL such as ssh:// or registry://)."""
    return not _URL.match(path)


def collect(args: list[str], from_file: str | None) -> list[Target]:
    """The fleet's targets in the order given. Local paths are made absolute here, before any task
    is submitted: a worker started in another directory reads the same file."""
    paths = list(args)
    if from_file:
        text = read_input(from_file, "target list").decode("utf-8", "replace")
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                paths.append(line)
    if not paths:
        raise AuditorError("no targets: give paths or --from-file LIST")
    if len(paths) > MAX_TARGETS:
        raise AuditorError(f"more than {MAX_TARGETS} targets")
    # the index makes each name unique, whatever the paths' last components are
    for i, p in enumerate(paths):
        if "\x00" in p:
            raise AuditorError(f"target {i + 1}: a path with a NUL byte")
    paths = [os.path.abspath(p) if is_local(p) else p for p in paths]
    return [Target(i, p, f"{i:05d}-{_slug(p)}") for i, p in enumerate(paths)]


def output_names(target: Target) -> list[str]:
    """The target's own reports, relative to the fleet's output directory."""
    return [f"targets/{target.name}.json", f"targets/{target.name}.html"]


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    m = re.fullmatch(r"([0-9]{1,6})/([0-9]{1,6})", text.strip())
    if not m or not 1 <= int(m.group(1)) <= int(m.group(2)) or int(m.group(2)) > 100000:
        raise AuditorError(f"--shard {text!r}: expected I/N with 1 <= I <= N (e.g. 2/8)")
    return int(m.group(1)), int(m.group(2))


def shard(targets: list[Target], which: tuple[int, int] | None) -> list[Target]:
    """Slice I of N: every N-th target starting at I-1 (round robin keeps slices even in size and mix)."""
    if which is None:
        return targets
    i, n = which
    return [t for t in targets if t.index % n == i - 1]
