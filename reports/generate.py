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


def generate(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    env = dict(os.environ, AUDITOR_NO_CACHE="1")
    for sample in samples():
        base = dest / sample.name
        args = [sys.executable, "-m", "auditor", "audit", f"sample_installs/{sample.name}",
                "--baselines", "baselines/sampledesk", "--as-of", AS_OF, "--no-progress",
                "--format", "text", "--output", str(base) + ".txt"]
        waivers = ROOT / "reports" / "waivers" / f"{sample.name}.yaml"
        if waivers.exists():
            args += ["--waivers", str(waivers.relative_to(ROOT))]
        for name, ext in FORMATS.items():
            if name != "text":
                args += [f"--output-{name}", str(base) + ext]
        proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{sample.name}: auditor failed: {proc.stderr.strip()}")
        written += [Path(str(base) + ext) for ext in FORMATS.values()]
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = generate(Path(tmp))
            stale = [p.name for p in fresh if not (ROOT / "reports" / p.name).exists()
                     or not filecmp.cmp(p, ROOT / "reports" / p.name, shallow=False)]
        print("up to date" if not stale else "stale: " + ", ".join(stale))
        return 1 if stale else 0
    for p in generate(ROOT / "reports"):
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
