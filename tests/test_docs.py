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
