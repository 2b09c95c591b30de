"""Documentation that is generated stays current, and the README's commands stay true."""

from __future__ import annotations

import re

from conftest import ROOT, run_auditor


def test_checks_doc_is_generated_from_the_registry():
    proc = run_auditor("checks", "--markdown")
    assert proc.returncode == 0
    assert (ROOT / "docs" / "checks.md").read_text() == proc.stdout


def test_every_check_has_id_severity_and_doc():
    from auditor.checks import REGISTRY
    assert REGISTRY
    for cid, info in REGISTRY.items():
        assert re.fullmatch(r"AUD\d{3}", cid)
        assert info.severity in ("critical", "high", "medium", "low", "info")
        assert len(info.doc.splitlines()[0]) > 20


def test_readme_starts_with_the_two_commands():
    text = (ROOT / "README.md").read_text()
    blocks = re.findall(r"^    (\S.*)$", text, flags=re.M)
    assert blocks[0].startswith("python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && "
                                ".venv/bin/auditor audit sample_installs/")
    assert blocks[1] == ".venv/bin/python -m pytest -q"
    ci = (ROOT / ".ci" / "run").read_text()
    assert blocks[1] in ci
    # the sample the first command audits exists and the audit behaves as the README says
    target = blocks[0].split("auditor audit ", 1)[1].split()[0]
    proc = run_auditor("audit", target, "--baselines", "baselines/sampledesk")
    assert proc.returncode == 1
    assert "CRITICAL claims version 7.0.3 but its content is release 6.0.3" in proc.stdout


def test_readme_tour_is_the_real_output():
    """Every line of the README's tour is a line of the real report, in the same order ('...' marks
    where lines are left out); the tour cannot drift from what the tool prints."""
    text = (ROOT / "README.md").read_text()
    tour = text.split("## A short tour of the report\n\n```\n", 1)[1].split("```\n", 1)[0].splitlines()
    target = tour[0].split(" audit of ", 1)[1].split(" (", 1)[0]
    proc = run_auditor("audit", target, "--baselines", "baselines/sampledesk")
    assert proc.returncode == 1
    real = [x.rstrip() for x in proc.stdout.splitlines()]
    shown = [x.rstrip() for x in tour]
    assert sum(1 for x in shown if x != "...") >= 15
    pos = 0
    for line in shown:
        if line == "...":
            continue
        assert line in real[pos:], f"README tour line not in the real output (or out of order): {line!r}"
        pos = real.index(line, pos) + 1


def test_every_promise_of_the_security_doc_names_tests_that_exist():
    """docs/security.md names, for each promise, the tests that attack it: each must exist."""
    text = (ROOT / "docs" / "security.md").read_text()
    refs, last = [], None
    for m in re.finditer(r"((?:tests/)?[\w/]+\.py)?::(\w+|\*\w+\*)", text):
        last = m.group(1) or last      # "`a.py::x`, `::y`": y is in a.py too
        refs.append((last, m.group(2)))
    assert len(refs) >= 50
    for path, name in refs:
        p = ROOT / path if path.startswith("tests/") else ROOT / "tests" / "hostile" / path
        assert p.exists(), path
        source = p.read_text()
        if name.startswith("*"):
            assert re.search(rf"def test_\w*{re.escape(name.strip('*'))}\w*\(", source), (path, name)
        else:
            assert re.search(rf"def {name}\(", source), (path, name)
