"""Text for a terminal: summary first (claimed vs real release, counts), then findings by category."""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor import paths
from auditor.model._fields import SEVERITIES
from auditor.model.report import Report
from auditor.report import views
from auditor.report.base import Formatter, formatter, terminal_safe

SEVERITY_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "cyan",
                  "info": "dim"}
MAX_PER_CATEGORY = 200
#: Diff lines shown under a finding (the JSON report has all hunks, the HTML report shows them).
DIFF_EXCERPT = 12
#: Findings whose diff excerpt is shown (the worst first).
DIFF_FINDINGS = 20


def human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


@formatter
class TextFormatter(Formatter):
    name = "text"
    extension = ".txt"
    description = "human-readable summary and findings (the default on a terminal)"

    def render(self, report: Report) -> str:
        # escapes from the tree are shown, never sent to the terminal; no value can begin a line of its own
        report = terminal_safe(report, lines=True)
        buf = io.StringIO()
        # no rich markup or emoji codes: '[red]' or ':x:' in a file name is text
        console = Console(file=buf, width=120, color_system="standard" if self.color else None,
                          force_terminal=self.color, highlight=False, soft_wrap=True, markup=False, emoji=False)
        self._summary(console, report)
        self._findings(console, report)
        self._details(console, report)
        return "\n".join(line.rstrip() for line in buf.getvalue().split("\n"))

    def _summary(self, c: Console, r: Report) -> None:
        ident = r.identification
        c.print(Text(f"{r.tool.name} {r.tool.version} audit of {r.target.path} ({r.target.kind})", style="bold"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        grid.add_row("Product", f"{r.product or 'unknown'} (profile {r.profile})")
        seen: dict[str, str] = {}
        for m in ident.markers:
            if m.get("counted", True):
                seen.setdefault(m["path"], m["value"])
        markers = ", ".join(f"{p}={v}" for p, v in seen.items())[:200]
        grid.add_row("Claimed version", f"{r.claimed_version or 'none stated'}" + (f"  [{markers}]" if markers else ""))
        identified = Text(r.identified_version or "not identified")
        if r.identified_version and r.claimed_version and r.claimed_version != r.identified_version:
            identified.stylize("bold red")
        identified.append(f"  confidence {ident.confidence:.2f}")
        if ident.mixed:
            identified.append("  MIXED: " + ", ".join(f"{m['version']} ({m['files']} files)" for m in ident.mixed_with[:4]),
                              style="yellow")
        grid.add_row("Identified release", identified)
        scores = views.scores(r)
        if scores:
            grid.add_row("Scores", scores)
        if views.addons(r):
            grid.add_row("Add-ons", views.addons(r))
        if views.database(r):
            grid.add_row("Database", views.database(r))
        files = f"{r.stats.files} files, {human_bytes(r.stats.bytes)}, {r.ignored} ignored paths"
        if r.stats.seconds is not None:
            files += f", {r.stats.seconds:.2f} s"
        grid.add_row("Scanned", files)
        result = Text("PASS" if r.passed else "FAIL", style="bold green" if r.passed else "bold red")
        result.append(f"  ({views.gate(r)})")
        grid.add_row("Result", result)
        for line in self._extra_summary(r):
            grid.add_row(*line)
        c.print(grid)
        c.print()
        if not r.active_findings:
            c.print("No findings.")
            return
        table = Table(title="Findings by category", title_justify="left", show_edge=False)
        table.add_column("category")
        for s in SEVERITIES:
            table.add_column(s, justify="right")
        table.add_column("total", justify="right")
        cats = sorted({f.category for f in r.active_findings})
        for cat in cats:
            row = [f for f in r.active_findings if f.category == cat]
            table.add_row(cat, *[str(sum(1 for f in row if f.severity == s) or "") for s in SEVERITIES], str(len(row)))
        c.print(table)
        c.print()

    def _extra_summary(self, r: Report):
        risk = r.sections.get("risk") or {}
        for name in ("migration", "compliance"):
            part = risk.get(name)
            if part:
                text = f"{part['score']}/100 {part['level']}"
                if name == "migration":
                    text += f" ({views.forecast(r).title.lower()})"
                yield (f"{name.capitalize()} risk", text)
        changes = r.sections.get("changes")
        if changes is not None and (changes["diffs"] or changes["unavailable"]):
            if changes.get("content_pack"):
                kinds = ", ".join(f"{n} {k}" for k, n in changes["classes"].items())
                yield ("Diffs", f"{changes['diffs']} modified text files ({kinds}); "
                                f"{changes['security_sensitive']} security-sensitive")
            else:
                yield ("Diffs", changes.get("note", "unavailable"))
        drift = r.sections.get("drift")
        if drift is not None:
            rel = drift["release"]
            change = {"same": "same release", "changed": f"release {rel['before']} -> {rel['now']}",
                      "official-upgrade": f"official upgrade {rel['before']} -> {rel['now']}",
                      "official-downgrade": f"official downgrade {rel['before']} -> {rel['now']}"}[rel["change"]]
            yield ("Since", f"{drift['since']['generated_at'] or 'earlier report'}: {change}; "
                            f"{len(drift['new'])} new, {len(drift['resolved'])} resolved, {len(drift['changed'])} "
                            f"changed, {drift['unchanged']} unchanged findings")
            cache = drift["cache"]
            reused = "; earlier result reused (tree and inputs unchanged)" if cache.get("result") == "reused" else ""
            yield ("Drift cache", f"{cache['trusted']} files trusted from the stat cache (unchanged size, mtime, "
                                  f"ctime, inode), {cache['hashed']} read{reused}" if cache["state"] == "used"
                   else f"no stat cache ({cache['state']}): every file read")
        patches = r.sections.get("patches")
        if patches and patches.get("missing") is not None:
            text = f"{patches['missing']} missing advisories"
            if patches.get("oldest"):
                text += f", oldest {patches['oldest']['id']} ({patches['oldest']['published']})"
            if patches.get("fixed_by"):
                text += f"; {patches['fixed_by']} fixes all"
            yield ("Patches", text)

    def _excerpt(self, c: Console, diff: dict) -> None:
        lines: list[str] = []
        for h in diff["hunks"]:
            lines.append(f"@@ -{h['old_start']},{h['old_lines']} +{h['new_start']},{h['new_lines']} @@")
            lines += h["lines"]
            if len(lines) >= DIFF_EXCERPT:
                break
        for line in lines[:DIFF_EXCERPT]:
            style = "green" if line.startswith("+") else "red" if line.startswith("-") else "dim"
            c.print(Text("             " + line[:150], style=style))
        rest = sum(len(h["lines"]) + 1 for h in diff["hunks"]) - DIFF_EXCERPT
        if rest > 0 or diff.get("truncated"):
            c.print(Text("             ... (the whole diff is in the JSON and HTML reports)", style="dim"))

    def _findings(self, c: Console, r: Report) -> None:
        shown_diffs = 0
        worst: dict[str, int] = {}
        for f in r.findings:
            worst[f.category] = max(worst.get(f.category, 0), 0 if f.waived else f.rank)
        ordered = sorted(r.findings, key=lambda f: (-worst[f.category], f.category, -f.rank, f.path or "", f.id))
        for category, group in groupby(ordered, key=lambda f: f.category):
            items = list(group)
            c.print(Text(f"{category} ({len(items)})", style="bold underline"))
            for f in items[:MAX_PER_CATEGORY]:
                line = Text("  ")
                line.append(f"{f.severity.upper():9}", style=SEVERITY_STYLE[f.severity])
                if f.path is not None:
                    line.append(paths.to_text(f.path) + "  ")
                line.append(f.message)
                if f.waiver:
                    line.append(f"  [waived until {f.waiver.expires or 'further notice'}: {f.waiver.justification}]",
                                style="dim")
                line.append(f"  ({f.id})", style="dim")
                c.print(line)
                diff = f.evidence.get("diff") if isinstance(f.evidence, dict) else None
                if diff and diff.get("available") and diff.get("hunks") and shown_diffs < DIFF_FINDINGS:
                    shown_diffs += 1
                    self._excerpt(c, diff)
            if len(items) > MAX_PER_CATEGORY:
                c.print(f"  ... and {len(items) - MAX_PER_CATEGORY} more (see the JSON report)")
            c.print()

    def _details(self, c: Console, r: Report) -> None:
        """What the HTML report shows besides the findings, compactly (the JSON report has all of it)."""
        def heading(text: str) -> None:
            c.print(Text(text, style="bold underline"))

        def more(rows: list, shown: int = views.MAX_ROWS) -> None:
            if len(rows) > shown:
                c.print(f"  ... and {len(rows) - shown} more (see the JSON or HTML report)")

        fc = views.forecast(r)
        if fc is not None and fc.items:
            heading(f"{fc.title} ({fc.summary})")
            width = max(len(i["kind"]) for i in fc.items)
            for i in fc.items[:views.MAX_ROWS]:
                line = Text(f"  {i['kind'].upper():<{width}}  ")
                if i["path"]:
                    line.append(i["path"] + "  ")
                line.append(i["why"])
                line.append(f"  (weight {i['weight']:g})", style="dim")
                c.print(line)
            more(fc.items)
            c.print()
        comp = views.compliance(r)
        if comp and comp["frameworks"]:
            heading(f"Compliance: regulations and controls touched (risk {comp['score']}/100 {comp['level']})")
            for fw in comp["frameworks"]:
                line = Text(f"  {fw['framework']:<10}")
                line.append(f"{fw['worst'].upper():9}", style=SEVERITY_STYLE[fw["worst"]])
                line.append(f"{fw['findings']} finding(s): ")
                line.append("; ".join(f"{x['ref']} {x['title']} ({x['findings']})" for x in fw["controls"]))
                c.print(line)
                c.print(Text(f"            exposure: {fw['penalty']}", style="dim"))
            c.print()
        qs = views.questions(r)
        if qs:
            heading("Questions for the vendor")
            for n, q in enumerate(qs, 1):
                c.print(f"  {n}. {q}")
            c.print()
        changed = views.settings_changed(r)
        if changed:
            heading(f"Settings changed from the official defaults ({len(changed)})")
            for ch in changed[:views.MAX_ROWS]:
                where = f"  {ch['file']}{':' + str(ch['line']) if ch['line'] else ''}" if ch["file"] else ""
                c.print(f"  {ch['setting']}: {views.show(ch['default'])} -> {views.show(ch['effective'])}{where}")
            more(changed)
            c.print()
        ep = views.endpoints(r)
        if ep:
            heading(f"Outbound endpoints ({len(ep['inventory'])}, {ep['unexpected']} unexpected)")
            for e in ep["inventory"][:views.MAX_ROWS]:
                status = "official" if e["official"] else "allowed" if e["allowed"] else "UNEXPECTED"
                where = f"{e['file']}{':' + str(e['line']) if e.get('line') else ''}" if e.get("file") else e["source"]
                c.print(f"  {status:<10}  {e['url']}  ({e['source']}, {where})")
            more(ep["inventory"])
            c.print()
        adv = views.advisories(r)
        if adv:
            heading(f"Advisories affecting {adv['product']} {adv['version']} ({len(adv['advisories'])})")
            for a in adv["advisories"][:views.MAX_ROWS]:
                line = Text(f"  {a['id']:<16}")
                line.append(f"{a['severity'].upper():9}", style=SEVERITY_STYLE.get(a["severity"], ""))
                line.append(f"{a['status']:<10} {a['published']}  {a['summary']}")
                if a["fixed_in"]:
                    line.append(f"; fixed in {', '.join(a['fixed_in'])}")
                c.print(line)
            more(adv["advisories"])
            c.print()
        w = views.waivers(r)
        if w:
            heading(f"Waivers ({w['applied']} applied as of {w['as_of']} from {w['file']}; {len(w['expired'])} expired, "
                    f"{len(w['unused'])} unused)")
            for e in w["expired"]:
                c.print(Text(f"  EXPIRED {e['expires']}  {e.get('path') or e.get('id') or '*'} "
                             f"{e.get('category') or ''}: {e['justification']}  (finding {e['finding']}, "
                             f"waivers[{e['index']}])", style="yellow"))
            for e in w["unused"]:
                c.print(f"  UNUSED  {e.get('path') or e.get('id') or '*'} {e.get('category') or ''}: "
                        f"{e['justification']}  (waivers[{e['index']}], expires {e['expires']})")
            c.print()
        trust = views.baseline_trust(r)
        if trust:
            c.print(Text(f"Baseline: {trust}", style="dim"))
