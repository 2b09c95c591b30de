"""JUnit XML for CI: one failing test case per finding at or above --fail-on.

Every finding is a test case (class name = its check, name = category and
path): failing when it is at or above the threshold, skipped when waived, and
passing otherwise; a tree without findings still yields one passing case.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from auditor import paths
from auditor.model._fields import SEVERITY_RANK
from auditor.model.report import Report
from auditor.report.base import Formatter, formatter, json_safe, terminal_safe


@formatter
class JUnitFormatter(Formatter):
    name = "junit"
    extension = ".xml"
    description = "JUnit XML: a failing test case per finding at or above --fail-on"

    def render(self, r: Report) -> str:
        r = terminal_safe(r)   # XML 1.0 cannot hold control characters
        threshold = None if r.fail_on == "never" else SEVERITY_RANK[r.fail_on]
        suite = ET.Element("testsuite", name=f"auditor {r.target.path}")
        failures = skipped = 0
        cases = 0
        for f in r.findings:
            name = f"{f.category}: {paths.to_text(f.path) if f.path else '(tree)'}"
            case = ET.SubElement(suite, "testcase", classname=f"auditor.{f.check}.{f.category}", name=name)
            cases += 1
            detail = json.dumps(json_safe({"id": f.id, "evidence": f.evidence}), indent=2, ensure_ascii=False, default=str,
                                allow_nan=False)
            if f.waiver is not None:
                skipped += 1
                ET.SubElement(case, "skipped", message=f"waived until {f.waiver.expires}: {f.waiver.justification}")
            elif threshold is not None and f.rank >= threshold:
                failures += 1
                fail = ET.SubElement(case, "failure", message=f"[{f.severity}] {f.message}", type=f.severity)
                fail.text = detail
            else:
                out = ET.SubElement(case, "system-out")
                out.text = f"[{f.severity}] {f.message} (below --fail-on {r.fail_on})"
        if cases == 0:
            ET.SubElement(suite, "testcase", classname="auditor", name="no findings")
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", str(skipped))
        props = ET.SubElement(suite, "properties")
        for k, v in (("claimed_version", r.claimed_version), ("identified_version", r.identified_version),
                     ("product", r.product), ("fail_on", r.fail_on)):
            ET.SubElement(props, "property", name=k, value=str(v))
        suite.insert(0, suite[-1])
        del suite[-1]
        root = ET.Element("testsuites", name="auditor", tests=str(cases), failures=str(failures), errors="0",
                          skipped=str(skipped))
        root.append(suite)
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
