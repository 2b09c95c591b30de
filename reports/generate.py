#!/usr/bin/env python3
"""Regenerate the example reports of every sample: one script, every format.

    python reports/generate.py            # writes reports/<sample>.{txt,json,html,sarif,xml,md,cdx.json}
    python reports/generate.py --check    # regenerate into a temporary place and compare

The reports carry no timestamps (auditor's default), so the committed files
change only when the tool or a sample changes. Waivers are judged as of a
fixed date so that expiry does not change the examples over time.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_installs"
AS_OF = "2026-11-22"
FORMATS = {"text": ".txt", "json": ".json", "html": ".html", "sarif": ".sarif", "junit": ".xml", "markdown": ".md",
           "cyclonedx": ".cdx.json"}


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_dir() and p.name.startswith("sampledesk-"))


def run_cli(args: list[str]) -> tuple[int, str]:
    """auditor with ``args`` in its own process, from the repository root: (exit code, standard error)."""
    env = dict(os.environ, AUDITOR_NO_CACHE="1")
    proc = subprocess.run([sys.executable, "-m", "auditor", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    return proc.returncode, proc.stderr


def generate(dest: Path, run=run_cli) -> list[Path]:
    """Every sample's reports into ``dest``; ``run(args) -> (code, stderr)`` runs auditor (a test runs it
    in-process, from the repository root, with AUDITOR_NO_CACHE=1)."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in samples():
        base = dest / sample.name
        args = ["audit", f"sample_installs/{sample.name}",
                "--baselines", "baselines/sampledesk", "--as-of", AS_OF, "--no-progress",
                "--format", "text", "--output", str(base) + ".txt"]
        waivers = ROOT / "reports" / "waivers" / f"{sample.name}.yaml"
        if waivers.exists():
            args += ["--waivers", str(waivers.relative_to(ROOT))]
        for name, ext in FORMATS.items():
            if name != "text":
                args += [f"--output-{name}", str(base) + ext]
        code, stderr = run(args)
        if code not in (0, 1):
            raise SystemExit(f"{sample.name}: auditor failed: {stderr.strip()}")
        written += [Path(str(base) + ext) for ext in FORMATS.values()]
    return written


def check(run=run_cli) -> list[str]:
    """The committed reports that differ from freshly generated ones (or are missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = generate(Path(tmp), run)
        return [p.name for p in fresh if not (ROOT / "reports" / p.name).exists()
                or not filecmp.cmp(p, ROOT / "reports" / p.name, shallow=False)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        stale = check()
        print("up to date" if not stale else "stale: " + ", ".join(stale))
        return 1 if stale else 0
    for p in generate(ROOT / "reports"):
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
