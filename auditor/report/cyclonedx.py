"""CycloneDX 1.5 JSON: the audited install as an SBOM component with pedigree and VEX.

Built with cyclonedx-python-lib (the CycloneDX project's own model and serialiser), so the output
follows the official schema (tests validate it with the library's bundled official JSON schema):

* ``metadata.component``: the audited install (what it claims to be, ``bom-ref: install``), with
  auditor's verdict as properties (``auditor:identified-version``, ``auditor:confidence``, ...);
* its ``pedigree.ancestors``: the official release it was identified as (purl
  ``pkg:generic/<product>@<version>``), with the baseline's provenance as an external reference;
* ``pedigree.patches``: one ``unofficial`` patch per modified file (the unified diff as its text
  when a content pack gave one), one ``backport`` patch per advisory fixed by backported files
  (``resolves`` names the advisory); ``pedigree.notes`` counts what was added, removed and moved;
* ``components``: the identified release itself (``bom-ref: release-content``, its purl), so a
  scanner that matches purls looks up the release the install really runs, not the one it claims;
* ``vulnerabilities``: every advisory the release misses (``analysis.state: exploitable``: the
  vulnerable files are in the install) and every advisory patched by backport (``resolved``, the
  evidence in ``analysis.detail``), each ``affects`` the install.

The serial number is derived from the report's content (uuid5), and the timestamp is the report's
``generated_at`` (absent without --timestamps), so the same audit gives the same bytes.
"""

from __future__ import annotations

import datetime as _dt
import json
import uuid

from cyclonedx.model import AttachedText, ExternalReference, ExternalReferenceType, Property, XsUri
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType, Diff, Patch, PatchClassification, Pedigree
from cyclonedx.model.impact_analysis import ImpactAnalysisState
from cyclonedx.model.issue import IssueClassification, IssueType
from cyclonedx.model.vulnerability import (BomTarget, Vulnerability, VulnerabilityAnalysis, VulnerabilityRating,
                                           VulnerabilityReference, VulnerabilitySeverity, VulnerabilitySource)
from packageurl import PackageURL

from auditor.model.report import Report
from auditor.report.base import Formatter, formatter

SPEC = "1.5"
_NS = uuid.UUID("5c0b3d3e-8a57-4b39-9c0e-2f0c9b3f7a11")
MAX_PATCHES = 500
_SEVERITY = {"critical": "critical", "high": "high", "medium": "medium", "low": "low", "info": "info"}


def _diff_text(hunks: list[dict], path: str) -> str:
    out = [f"--- a/{path}", f"+++ b/{path}"]
    for h in hunks:
        out.append(f"@@ -{h['old_start']},{h['old_lines']} +{h['new_start']},{h['new_lines']} @@")
        out.extend(h["lines"])
    return "\n".join(out) + "\n"


def _when(text: str | None):
    if not text:
        return None
    try:
        d = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=_dt.timezone.utc)


def build_bom(r: Report) -> Bom:
    product = r.product or "unknown"
    patches, by_cat = _patches(r)
    vulns = []
    pat = r.sections.get("patches") or {}
    for adv in pat.get("advisories", []):
        if adv.get("status") in ("missing", "patched-by-backport"):
            vulns.append(_vulnerability(adv, pat, product))
            if adv.get("status") == "patched-by-backport":
                patches.append(Patch(type=PatchClassification.BACKPORT, resolves=[IssueType(
                    type=IssueClassification.SECURITY, id=adv["id"], name=adv.get("summary") or adv["id"])]))
    install = _install(r, product, _ancestors(r, product), patches, by_cat)
    serial = uuid.uuid5(_NS, json.dumps(r.to_dict(), sort_keys=True, default=str))
    meta = BomMetaData(component=install, timestamp=_when(r.generated_at) or _dt.datetime(1970, 1, 1,
                                                                                        tzinfo=_dt.timezone.utc))
    components = []
    if r.identified_version:
        # what the install runs, by content: the identified release (a scanner matching purls sees the
        # real release, not the claimed one)
        components.append(Component(
            type=ComponentType.APPLICATION, name=product, version=r.identified_version, bom_ref="release-content",
            purl=PackageURL("generic", None, product, r.identified_version),
            description="the official release whose code the install runs (identified by content, not by its claim)"))
    bom = Bom(serial_number=serial, metadata=meta, vulnerabilities=vulns, components=components)
    bom.register_dependency(install, components)      # the install runs the identified release's code
    return bom


def _ancestors(r: Report, product: str) -> list[Component]:
    """The official release the install was identified as (or the nearest one), with its provenance."""
    base = r.sections.get("baseline") or {}
    release_version = r.identified_version or base.get("version")
    if not release_version:
        return []
    refs = []
    prov = base.get("provenance") or {}
    if prov.get("kind") == "git" and prov.get("commit"):
        refs.append(ExternalReference(type=ExternalReferenceType.VCS,
                                      url=XsUri(f"git+{prov.get('source')}@{prov['commit']}"),
                                      comment="the commit the baseline was built from"))
    return [Component(
        type=ComponentType.APPLICATION, name=product, version=release_version, bom_ref="official-release",
        purl=PackageURL("generic", None, product, release_version),
        description="the official release the install was identified as"
        + ("" if r.identified_version else " (nearest release; the install is not identified)"),
        external_references=refs,
        properties=[Property(name=f"auditor:baseline-{k}", value=str(v)) for k, v in (
            ("file", base.get("file")), ("trust", (base.get("trust") or {}).get("level")),
            ("signed-by", base.get("signed_by"))) if v])]


def _patches(r: Report) -> tuple[list[Patch], dict[str, int]]:
    """One unofficial patch per modified file (its diff when a content pack gave one); findings by category."""
    patches = []
    by_cat: dict[str, int] = {}
    for f in r.active_findings:
        by_cat[f.category] = by_cat.get(f.category, 0) + 1
        if f.category in ("modified-file", "security-sensitive-change") and len(patches) < MAX_PATCHES:
            diff = (f.evidence or {}).get("diff") or {}
            text = _diff_text(diff["hunks"], f.path) if diff.get("available") and diff.get("hunks") else None
            patches.append(Patch(type=PatchClassification.UNOFFICIAL,
                                 diff=Diff(text=AttachedText(content=text or f"{f.path}: {f.message}",
                                                             content_type="text/x-diff" if text else "text/plain"))))
    return patches, by_cat


def _vulnerability(adv: dict, pat: dict, product: str) -> Vulnerability:
    """An advisory the release misses (exploitable) or that backported files patch (resolved)."""
    files = ", ".join(ff["path"] for ff in adv.get("fix_files", []))
    refs = [VulnerabilityReference(id=a, source=VulnerabilitySource(
        name="NVD" if a.startswith("CVE-") else "alias",
        url=XsUri(f"https://nvd.nist.gov/vuln/detail/{a}") if a.startswith("CVE-") else None))
        for a in adv.get("aliases", [])]
    if adv.get("status") == "missing":
        analysis = VulnerabilityAnalysis(
            state=ImpactAnalysisState.EXPLOITABLE,
            detail=f"the install runs release {pat.get('version')}, affected; fixed in "
                   f"{', '.join(adv.get('fixed_in', [])) or 'no release'}; vulnerable files: {files}")
    else:
        fixed = [ff["path"] for ff in adv.get("fix_files", []) if ff.get("state") == "fixed"]
        analysis = VulnerabilityAnalysis(
            state=ImpactAnalysisState.RESOLVED,
            detail=f"patched by backport: the fix files have the content of the fixed release "
                   f"({', '.join(adv.get('fixed_in', []))}): {', '.join(fixed) or files}")
    sev = adv.get("severity")
    return Vulnerability(
        bom_ref=f"vuln-{adv['id']}", id=adv["id"], description=adv.get("summary") or None,
        source=VulnerabilitySource(name=f"{product} security advisories",
                                   url=XsUri(adv["references"][0]) if adv.get("references") else None),
        references=refs, published=_when(adv.get("published")),
        ratings=[VulnerabilityRating(severity=VulnerabilitySeverity(_SEVERITY.get(sev, "unknown")),
                                     method=None)] if sev else [],
        analysis=analysis, affects=[BomTarget(ref="install")])


def _install(r: Report, product: str, ancestors: list, patches: list, by_cat: dict[str, int]) -> Component:
    """The audited install: what it claims to be, its pedigree and auditor's verdict as properties."""
    notes = (f"auditor {r.tool.version}: claims {r.claimed_version or 'no version'}, identified as "
             f"{r.identified_version or 'no official release'}; "
             + ", ".join(f"{n} {c}" for c, n in sorted(by_cat.items()) if c in (
                 "modified-file", "security-sensitive-change", "added-file", "missing-file", "missing-directory",
                 "moved-file", "forged-manifest", "version-mismatch")) or "no change to the official files")
    return Component(
        type=ComponentType.APPLICATION, name=product, version=r.claimed_version or "unknown", bom_ref="install",
        description=f"installed tree audited by auditor: {r.target.path}",
        pedigree=Pedigree(ancestors=ancestors, patches=patches, notes=notes),
        properties=[Property(name=n, value=str(v)) for n, v in (
            ("auditor:identified-version", r.identified_version or "none"),
            ("auditor:confidence", f"{r.identification.confidence:.4f}"),
            ("auditor:result", r.summary()["result"]),
            ("auditor:findings", str(len(r.active_findings))),
            ("auditor:claimed-product", r.claimed_product or ""),
        ) if v != ""])


@formatter
class CycloneDxFormatter(Formatter):
    name = "cyclonedx"
    extension = ".cdx.json"
    description = "CycloneDX 1.5 SBOM: the install, its official ancestor (pedigree) and VEX for its advisories"

    def render(self, report: Report) -> str:
        from cyclonedx.output.json import JsonV1Dot5
        bom = build_bom(report)
        text = JsonV1Dot5(bom).output_as_string(indent=2)
        data = json.loads(text)
        if not report.generated_at:
            data["metadata"].pop("timestamp", None)    # no run time unless --timestamps (byte-identical output)
        data["metadata"]["tools"] = {"components": [{"type": "application", "name": report.tool.name,
                                                     "version": report.tool.version}]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
