"""SARIF 2.1.0, as GitHub code scanning reads it.

* one rule per check (``AUD101`` ...) with its documentation as help text,
  a default level, ``security-severity`` and tags;
* one result per finding: ``ruleId``, ``level`` (critical/high: error,
  medium: warning, low/info: note), the message, a location (the finding's
  path, with the line when the evidence has one; findings about the whole
  tree point at the tree's version file), ``partialFingerprints`` from the
  stable finding id, and ``properties`` with category, severity and evidence;
* waived findings carry an accepted external suppression with the
  justification (GitHub shows them as dismissed);
* the gate threshold is recorded in ``run.properties``.

Paths are relative to the audited root; ``sarif_prefix`` (``--sarif-prefix``)
puts them where the tree lives in the repository that uploads the file.
"""

from __future__ import annotations

from urllib.parse import quote

from auditor import paths
from auditor.model.report import Report
from auditor.report.base import Formatter, formatter
from auditor.report.json_format import dumps

LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}


def _uri(path: str, prefix: str) -> str:
    return quote(prefix + paths.to_text(path), safe="/@:+-._~!$&'()*,;=")


@formatter
class SarifFormatter(Formatter):
    name = "sarif"
    extension = ".sarif"
    description = "SARIF 2.1.0 for GitHub code scanning and other SARIF viewers"

    def render(self, r: Report) -> str:
        used = sorted({f.check for f in r.findings})
        rules = []
        for cid in used:
            info = self.options.rules.get(cid)
            doc = info.doc if info else cid
            summary = info.summary if info else cid
            sev = info.severity if info else "medium"
            rules.append({
                "id": cid,
                "name": (info.name if info else cid).title().replace("-", ""),
                "shortDescription": {"text": summary},
                "fullDescription": {"text": doc.replace("\n", " ")},
                "help": {"text": doc, "markdown": f"**{cid} `{info.name if info else cid}`**\n\n{doc}"},
                "defaultConfiguration": {"level": LEVEL[sev]},
                "properties": {"security-severity": SECURITY_SEVERITY[sev],
                               "tags": ["security", "integrity"] + list(info.categories if info else []),
                               "precision": "high"},
            })
        index = {cid: i for i, cid in enumerate(used)}
        anchor = next((m["path"] for m in r.identification.markers if m.get("counted", True)), None)
        results = []
        for f in r.findings:
            location_path = f.path
            if location_path is None and isinstance(f.evidence.get("file"), str) and not f.evidence.get("export"):
                location_path = f.evidence["file"]
            if location_path is None:
                location_path = anchor
            res = {
                "ruleId": f.check,
                "ruleIndex": index[f.check],
                "level": LEVEL[f.severity],
                "message": {"text": f.message},
                "partialFingerprints": {"auditorFindingId/v1": f.id},
                "properties": {"category": f.category, "severity": f.severity,
                               "security-severity": SECURITY_SEVERITY[f.severity], "evidence": f.evidence},
            }
            if location_path is not None:
                phys = {"artifactLocation": {"uri": _uri(location_path, self.options.sarif_prefix)}}
                line = f.evidence.get("line")
                if isinstance(line, int) and line > 0:
                    phys["region"] = {"startLine": line}
                res["locations"] = [{"physicalLocation": phys}]
            if f.waiver is not None:
                res["suppressions"] = [{"kind": "external", "status": "accepted",
                                        "justification": f"{f.waiver.justification} (until {f.waiver.expires})"}]
            results.append(res)
        run = {
            "tool": {"driver": {"name": r.tool.name, "version": r.tool.version, "semanticVersion": r.tool.version,
                                "rules": rules}},
            "automationDetails": {"id": f"auditor/{r.product or 'unknown'}/"},
            "results": results,
            "properties": {"target": r.target.to_dict(), "product": r.product,
                           "claimed_version": r.claimed_version, "identified_version": r.identified_version,
                           "fail_on": r.fail_on, "result": "pass" if r.passed else "fail"},
        }
        doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
        return dumps(doc)
