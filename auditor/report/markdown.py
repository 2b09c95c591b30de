"""Markdown for tickets and pull requests: the summary, then the findings as tables."""

from __future__ import annotations

import re
from itertools import groupby

from auditor import paths
from auditor.model._fields import SEVERITIES
from auditor.model.report import Report
from auditor.report import views
from auditor.report.base import Formatter, formatter, terminal_safe
from auditor.lazyre import lazy

MAX_ROWS = 100
#: Diffs shown below the tables (the worst findings first), and lines per diff.
MAX_DIFFS = 10
DIFF_LINES = 40
ICON = {"critical": "🟥", "high": "🟧", "medium": "🟨", "low": "🟦", "info": "⬜"}


_MD_SPECIAL = lazy(r"([\\`*_\[\]|~])")


def cell(text) -> str:
    """Text as inert Markdown: HTML characters as entities, Markdown punctuation escaped (no link,
    image, code span or raw HTML can come from a file name or a value), one line."""
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\r", " ").replace("\n", " ")


def code(text) -> str:
    """A path, id or value as a Markdown code span: nothing inside one is read as Markdown or HTML (no
    link, image, emphasis or tag can come from a file name), its fence longer than any backtick run in
    the text; a '|' escaped so that a table row keeps its cells."""
    text = str(text).replace("\r", " ").replace("\n", " ").replace("|", "\\|")
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def html_code(text) -> str:
    """A path in monospace inside an HTML block (a <details> summary, where Markdown is not read)."""
    return "<code>" + str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        "\n", " ") + "</code>"


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
        out = [f"## auditor: {cell(r.target.path)} — {'PASS' if r.passed else 'FAIL'}", ""]
        out += ["| | |", "|---|---|",
                f"| Product | {cell(r.product or 'unknown')} (profile {r.profile}) |",
                f"| Claimed version | {cell(r.claimed_version or 'none stated')} |",
                f"| Identified release | **{cell(r.identified_version or 'not identified')}** "
                f"(confidence {ident.confidence:.2f}{', mixed' if ident.mixed else ''}) |"]
        scores = views.scores(r)
        if scores:
            out.append(f"| Scores | {cell(scores)} |")
        if views.addons(r):
            out.append(f"| Add-ons | {cell(views.addons(r))} |")
        if views.database(r):
            out.append(f"| Database | {cell(views.database(r))} |")
        risk = r.sections.get("risk") or {}
        fc = views.forecast(r)
        if fc is not None:
            out.append(f"| Migration risk | {cell(fc.summary[len('migration risk '):])} ({cell(fc.title.lower())}) |")
        if "compliance" in risk:
            c = risk["compliance"]
            out.append(f"| Compliance risk | {c['score']}/100 {c['level']}; "
                       f"{', '.join(f['framework'] for f in c['frameworks']) or 'none'} |")
        p = r.sections.get("patches")
        if p:
            oldest = f", oldest {p['oldest']['id']} ({p['oldest']['published']})" if p["oldest"] else ""
            out.append(f"| Missing advisories | {p['missing']}{oldest}"
                       f"{'; fixed by ' + p['fixed_by'] if p['fixed_by'] else ''} |")
        out.append(f"| Gate | {cell(views.gate(r))} |")
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
                out += [f"<details><summary>{html_code(paths.to_text(f.path))} — {d['class']} change, "
                        f"{f.severity}</summary>", "", f"{fence}diff", *lines[:DIFF_LINES],
                        *(["… (shortened; the JSON report has the whole diff)"] if cut else []), fence, "", "</details>", ""]
        out += self._details(r)
        return "\n".join(out)

    def _details(self, r: Report) -> list[str]:
        """What the HTML report shows besides the findings, as tables (the JSON report has all of it)."""
        out: list[str] = []

        def more(rows: list, columns: int) -> None:
            if len(rows) > views.MAX_ROWS:
                out.append("| " + " | ".join([f"… {len(rows) - views.MAX_ROWS} more in the JSON report"]
                                             + [""] * (columns - 1)) + " |")

        fc = views.forecast(r)
        if fc is not None and fc.items:
            out += [f"### {cell(fc.title)}", "", cell(fc.summary[0].upper() + fc.summary[1:]) + ".", "",
                    "| what | path | why | weight |", "|---|---|---|---:|"]
            for i in fc.items[:views.MAX_ROWS]:
                out.append(f"| {i['kind']} | {code(i['path']) if i['path'] else '—'} | {cell(i['why'])} | "
                           f"{i['weight']:g} |")
            more(fc.items, 4)
            out.append("")
        comp = views.compliance(r)
        if comp and comp["frameworks"]:
            out += [f"### Compliance: regulations and controls touched ({comp['score']}/100 {comp['level']})", "",
                    "| framework | findings | worst | controls | exposure |", "|---|---:|---|---|---|"]
            for fw in comp["frameworks"]:
                controls = "<br>".join(cell(f"{x['ref']} {x['title']} ({x['findings']})") for x in fw["controls"])
                out.append(f"| **{cell(fw['framework'])}** {cell(fw['title'])} | {fw['findings']} | {fw['worst']} | "
                           f"{controls} | {cell(fw['penalty'])} |")
            out.append("")
        qs = views.questions(r)
        if qs:
            out += ["### Questions for the vendor", ""]
            out += [f"{i}. {cell(q)}" for i, q in enumerate(qs, 1)]
            out.append("")
        changed = views.settings_changed(r)
        if changed:
            out += [f"### Settings changed from the official defaults ({len(changed)})", "",
                    "| setting | official default | effective | where |", "|---|---|---|---|"]
            for ch in changed[:views.MAX_ROWS]:
                where = code(f"{ch['file']}{':' + str(ch['line']) if ch['line'] else ''}") if ch["file"] else "—"
                out.append(f"| {code(ch['setting'])} | {code(views.show(ch['default']))} | "
                           f"{code(views.show(ch['effective']))} | {where} |")
            more(changed, 4)
            out.append("")
        ep = views.endpoints(r)
        if ep:
            out += [f"### Outbound endpoints ({len(ep['inventory'])}, {ep['unexpected']} unexpected)", "",
                    "| status | URL | source | where |", "|---|---|---|---|"]
            for e in ep["inventory"][:views.MAX_ROWS]:
                status = "official" if e["official"] else "allowed" if e["allowed"] else "**unexpected**"
                where = code(f"{e['file']}{':' + str(e['line']) if e.get('line') else ''}") if e.get("file") else "—"
                out.append(f"| {status} | {code(e['url'])} | {cell(e['source'])} | {where} |")
            more(ep["inventory"], 4)
            out.append("")
        adv = views.advisories(r)
        if adv:
            out += [f"### Advisories affecting {cell(adv['product'])} {cell(adv['version'])}", "",
                    "| advisory | severity | published | summary | fixed in | status |", "|---|---|---|---|---|---|"]
            for a in adv["advisories"][:views.MAX_ROWS]:
                out.append(f"| {code(a['id'])} | {a['severity']} | {cell(a['published'])} | {cell(a['summary'])} | "
                           f"{cell(', '.join(a['fixed_in']) or '—')} | {cell(a['status'])} |")
            more(adv["advisories"], 6)
            out.append("")
        w = views.waivers(r)
        if w:
            out += ["### Waivers", "", cell(f"{w['applied']} applied as of {w['as_of']} from {w['file']}; "
                                            f"{len(w['expired'])} expired, {len(w['unused'])} unused."), ""]
            if w["expired"] or w["unused"]:
                out += ["| state | waiver | justification | expires | finding |", "|---|---|---|---|---|"]
                for state, rows in (("**expired**", w["expired"]), ("unused", w["unused"])):
                    for e in rows:
                        what = f"{e.get('path') or e.get('id') or '*'} {e.get('category') or ''}".strip()
                        out.append(f"| {state} | {code(what)} (waivers[{e['index']}]) | {cell(e['justification'])} | "
                                   f"{cell(e['expires'])} | {code(e['finding']) if e.get('finding') else '—'} |")
                out.append("")
        trust = views.baseline_trust(r)
        if trust:
            out += [f"*Baseline: {cell(trust)}.*", ""]
        return out
