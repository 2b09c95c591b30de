"""Markdown for tickets and pull requests: the summary, then the findings as tables."""

from __future__ import annotations

import re
from itertools import groupby

from auditor import paths
from auditor.model._fields import SEVERITIES
from auditor.model.report import Report
from auditor.report.base import Formatter, formatter, terminal_safe

MAX_ROWS = 100
#: Diffs shown below the tables (the worst findings first), and lines per diff.
MAX_DIFFS = 10
DIFF_LINES = 40
ICON = {"critical": "🟥", "high": "🟧", "medium": "🟨", "low": "🟦", "info": "⬜"}


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def cell(text) -> str:
    """Text as inert Markdown: HTML characters as entities, Markdown punctuation escaped (no link,
    image, code span or raw HTML can come from a file name or a value), one line."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\r", " ").replace("\n", " ")


def code(text) -> str:
    """A path or id in monospace, as HTML (entities work inside <code>, backticks cannot close it)."""
    return "<code>" + str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        "|", "&#124;").replace("\n", " ") + "</code>"


def fence_for(lines: list[str]) -> str:
    """A code fence longer than any backtick run in the lines (so none of them can close it)."""
    longest = max((len(m) for line in lines for m in re.findall(r"`+", line)), default=0)
    return "`" * max(3, longest + 1)


@formatter
class MarkdownFormatter(Formatter):
    name = "markdown"
    extension = ".md"
    description = "Markdown for tickets and pull requests"

    def render(self, r: Report) -> str:
        r = terminal_safe(r)
        s = r.summary()
        ident = r.identification
        out = [f"## auditor: {r.target.path} — {'PASS' if r.passed else 'FAIL'}", ""]
        out += ["| | |", "|---|---|",
                f"| Product | {cell(r.product or 'unknown')} (profile {r.profile}) |",
                f"| Claimed version | {cell(r.claimed_version or 'none stated')} |",
                f"| Identified release | **{cell(r.identified_version or 'not identified')}** "
                f"(confidence {ident.confidence:.2f}{', mixed' if ident.mixed else ''}) |"]
        risk = r.sections.get("risk", {})
        if "migration" in risk:
            m = risk["migration"]
            out.append(f"| Migration risk ({m['from']} → {m['to']}) | {m['score']}/100 {m['level']}; "
                       f"{m['lost_files']} of {m['customised_files']} customised files lost |")
        if "compliance" in risk:
            c = risk["compliance"]
            out.append(f"| Compliance risk | {c['score']}/100 {c['level']}; "
                       f"{', '.join(f['framework'] for f in c['frameworks']) or 'none'} |")
        p = r.sections.get("patches")
        if p:
            oldest = f", oldest {p['oldest']['id']} ({p['oldest']['published']})" if p["oldest"] else ""
            out.append(f"| Missing advisories | {p['missing']}{oldest}"
                       f"{'; fixed by ' + p['fixed_by'] if p['fixed_by'] else ''} |")
        out.append(f"| Gate | {s['failing']} finding(s) at or above `{r.fail_on}`; {s['waived']} waived |")
        out += ["", "| severity | " + " | ".join(SEVERITIES) + " |", "|---|" + "---:|" * len(SEVERITIES),
                "| findings | " + " | ".join(str(s["by_severity"][x]) for x in SEVERITIES) + " |", ""]
        ordered = sorted(r.findings, key=lambda f: (f.category, -f.rank, f.path or "", f.id))
        for category, group in groupby(ordered, key=lambda f: f.category):
            items = list(group)
            out += [f"### {category} ({len(items)})", "", "| | severity | path | finding | id |", "|---|---|---|---|---|"]
            for f in items[:MAX_ROWS]:
                waived = f" *(waived until {f.waiver.expires}: {cell(f.waiver.justification)})*" if f.waiver else ""
                out.append(f"| {ICON[f.severity]} | {f.severity} | {code(paths.to_text(f.path)) if f.path else '—'} | "
                           f"{cell(f.message)}{waived} | {code(f.id)} |")
            if len(items) > MAX_ROWS:
                out.append(f"| | | | … {len(items) - MAX_ROWS} more in the JSON report | |")
            out.append("")
        with_diff = [f for f in sorted(r.findings, key=lambda f: f.sort_key())
                     if isinstance(f.evidence, dict) and (f.evidence.get("diff") or {}).get("hunks")]
        if with_diff:
            out += ["### Diffs against the official files", ""]
            for f in with_diff[:MAX_DIFFS]:
                d = f.evidence["diff"]
                lines = []
                for h in d["hunks"]:
                    lines.append(f"@@ -{h['old_start']},{h['old_lines']} +{h['new_start']},{h['new_lines']} @@")
                    lines += h["lines"]
                cut = len(lines) > DIFF_LINES or d.get("truncated")
                fence = fence_for(lines)
                out += [f"<details><summary>{code(paths.to_text(f.path))} — {d['class']} change, "
                        f"{f.severity}</summary>", "", f"{fence}diff", *lines[:DIFF_LINES],
                        *(["… (shortened; the JSON report has the whole diff)"] if cut else []), fence, "", "</details>", ""]
        questions = risk.get("compliance", {}).get("questions", [])
        if questions:
            out += ["### Questions for the vendor", ""]
            out += [f"{i}. {cell(q['question'])}" for i, q in enumerate(questions, 1)]
            out.append("")
        return "\n".join(out)
