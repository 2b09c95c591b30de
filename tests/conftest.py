"""Shared fixtures: the repository's samples and baselines, a real CLI runner, schema validation."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_installs"
BASELINES = ROOT / "baselines"
SAMPLEDESK = BASELINES / "sampledesk"
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())

# The Python processes the tests start (the CLI as a subprocess, Dask workers, children under resource
# limits) read auditor's bytecode from one private cache instead of compiling every module from source
# each time, as they would where the environment sets PYTHONDONTWRITEBYTECODE (about 0.2 s of CPU per
# process). The cache is outside the package (.cache/ is ignored by git).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = str(ROOT / ".cache" / "pycache")
sys.dont_write_bytecode = False
sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]


def _ram_tmpdir() -> str | None:
    """Where the run's temporary files go: $AUDITOR_TEST_TMPDIR when set, else /dev/shm when it is a
    writable, executable RAM file system with room for the suite (6 GiB free), else None (the system's)."""
    if os.environ.get("AUDITOR_TEST_TMPDIR"):
        return os.environ["AUDITOR_TEST_TMPDIR"]
    try:
        st = os.statvfs("/dev/shm")
    except OSError:
        return None
    if st.f_flag & (os.ST_RDONLY | os.ST_NOEXEC) or st.f_bavail * st.f_frsize < 6 << 30 \
            or not os.access("/dev/shm", os.W_OK | os.X_OK):
        return None
    return "/dev/shm"


# The suite creates and removes tens of thousands of small files, trees, repositories and the servers'
# data directories; on a journaling disk that was about a tenth of its wall time. pytest's tmp_path, every
# tempfile of this process and the TMPDIR of every process it starts therefore live in RAM when there is
# room (pyproject keeps only the directories of failed tests). --basetemp still decides tmp_path.
if (_TMP := _ram_tmpdir()) is not None:
    import tempfile
    os.environ["TMPDIR"] = _TMP
    tempfile.tempdir = _TMP


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the index cache of the test run out of the user's home."""
    os.environ["AUDITOR_CACHE_DIR"] = str(tmp_path_factory.mktemp("auditor-cache"))
    yield


def load_generator():
    spec = importlib.util.spec_from_file_location("sample_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["sample_generate"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def generator():
    return load_generator()


@pytest.fixture(scope="session")
def sampledesk_repo(generator, tmp_path_factory):
    """The SampleDesk git repository, built from scratch with one tag per release."""
    return generator.build_repo(tmp_path_factory.mktemp("repo") / "sampledesk.git")


def run_auditor(*args, cwd=ROOT, env=None, prefix=(), timeout=None, process=False) -> subprocess.CompletedProcess:
    """The CLI on ``args`` as the user runs it: in-process (``invoke``) by default, in its own
    process where the process boundary is the point (``process=True``, a ``prefix`` such as
    ``setpriv``, or a wall-clock ``timeout``)."""
    if process or prefix or timeout is not None:
        full_env = dict(os.environ)
        full_env.update(env or {})
        return subprocess.run([*prefix, sys.executable, "-m", "auditor", *map(str, args)], cwd=cwd, env=full_env,
                              capture_output=True, text=True, timeout=timeout or 300)
    here = os.getcwd()
    os.chdir(cwd)
    try:
        run = invoke(*args, env=env)
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["auditor", *map(str, args)], run.code, run.stdout, run.stderr)


def validate_report(report: dict) -> None:
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(report)


def audit_json(target, *extra, baselines=SAMPLEDESK, expect_rc=None) -> tuple[dict, subprocess.CompletedProcess]:
    proc = run_auditor("audit", target, "--baselines", baselines, "--format", "json", *extra)
    assert proc.returncode in (0, 1), proc.stderr
    if expect_rc is not None:
        assert proc.returncode == expect_rc, proc.stdout[-2000:] + proc.stderr
    report = json.loads(proc.stdout)
    validate_report(report)
    return report, proc


def by_category(report: dict) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in report["findings"]:
        out.setdefault(f["category"], set()).add(f["path"])
    return out


def copy_sample(name: str, dest: Path) -> Path:
    import shutil
    target = dest / name
    shutil.copytree(SAMPLES / name, target, symlinks=True)
    return target


class Run:
    """What one in-process CLI run gave: exit code, stdout and stderr (text)."""

    def __init__(self, code: int, stdout: str, stderr: str):
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def __repr__(self) -> str:
        return f"Run(code={self.code}, stderr={self.stderr[-500:]!r}, stdout={self.stdout[-300:]!r})"

    def json(self) -> dict:
        return json.loads(self.stdout)


def invoke(*args, env=None) -> Run:
    """The CLI run in-process (auditor.cli.main, its exit-code mapping included) with click's runner
    isolation: faster than a subprocess, the same streams and exit code."""
    from click.testing import CliRunner

    from auditor.cli import main
    runner = CliRunner()
    with runner.isolation(env=env) as streams:
        out, err = streams[0], streams[1]
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        import sys as _sys
        _sys.stdout.flush()
        _sys.stderr.flush()
        return Run(code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))


def comparable(report: dict) -> dict:
    """The report without what names where the tree was read from (its path and kind): a remote tree's
    report against the same tree's read locally."""
    out = json.loads(json.dumps(report))
    out["target"].pop("path", None)
    out["target"].pop("kind", None)
    return out
