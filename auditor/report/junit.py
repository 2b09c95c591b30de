"""JUnit XML for CI: one failing test case per finding at or above --fail-on.

Every finding is a test case (class name = its check, name = category and
path): failing when it is at or above the threshold, skipped when waived, and
passing otherwise; a tree without findings still yields one passing case.

Written with junitparser's ``xunit2`` flavour: the Jenkins xunit plugin's
JUnit schema (junit-10.xsd), which Jenkins, GitLab, Azure DevOps and pytest
itself read (no ``skipped`` on ``<testsuites>``, a ``time`` on every case).
A finding is not timed: every case says ``time="0.000"``; the suite's time is
the run's time when the report has one (``--timestamps``).
"""

from __future__ import annotations

import json

from junitparser import Failure, Skipped, SystemOut
from junitparser.xunit2 import JUnitXml, TestCase, TestSuite

from auditor import paths
from auditor.model._fields import SEVERITY_RANK
from auditor.model.report import Report
from auditor.report.base import Formatter, formatter, json_safe, terminal_safe


def _case(name: str, classname: str) -> TestCase:
    case = TestCase(name, classname)
    case.time = 0.0
    return case


@formatter
class JUnitFormatter(Formatter):
    name = "junit"
    extension = ".xml"
    description = "JUnit XML (Jenkins xunit schema): a failing test case per finding at or above --fail-on"

    def render(self, r: Report) -> str:
        r = terminal_safe(r)   # XML 1.0 cannot hold control characters
        threshold = None if r.fail_on == "never" else SEVERITY_RANK[r.fail_on]
        suite = TestSuite(f"auditor {r.target.path}")
        for k, v in (("claimed_version", r.claimed_version), ("identified_version", r.identified_version),
                     ("product", r.product), ("fail_on", r.fail_on)):
            suite.add_property(k, str(v))
        for f in r.findings:
            case = _case(f"{f.category}: {paths.to_text(f.path) if f.path else '(tree)'}",
                         f"auditor.{f.check}.{f.category}")
            if f.waiver is not None:
                case.result = [Skipped(f"waived until {f.waiver.expires}: {f.waiver.justification}")]
            elif threshold is not None and f.rank >= threshold:
                fail = Failure(f"[{f.severity}] {f.message}", f.severity)
                fail.text = json.dumps(json_safe({"id": f.id, "evidence": f.evidence}), indent=2, ensure_ascii=False,
                                       default=str, allow_nan=False)
                case.result = [fail]
            else:
                case.append(SystemOut(f"[{f.severity}] {f.message} (below --fail-on {r.fail_on})"))
            suite.add_testcase(case)
        if not r.findings:
            suite.add_testcase(_case("no findings", "auditor"))
        suite.update_statistics()
        suite.time = r.stats.seconds or 0.0
        root = JUnitXml("auditor")
        root.add_testsuite(suite)
        root.update_statistics()
        _indent(root._elem)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + root.tostring().decode("utf-8") + "\n"


def _indent(elem) -> None:
    """Two-space indentation (one element per line), as before: a diff of two reports stays readable."""
    import xml.etree.ElementTree as ET
    if isinstance(elem, ET.Element):
        ET.indent(elem)
        return
    try:                      # junitparser built on lxml
        from lxml import etree
        etree.indent(elem, space="  ")
    except (ImportError, AttributeError):
        pass
