#!/usr/bin/env python3
"""How otrs.yaml was made: a one-off conversion of the project's research notes.

Input: shared/domain/otrs-advisories.yaml (facts from public advisories, CVE
records and the CHANGES files of OTRS, ((OTRS)) CE and Znuny; see its
header). Output: the OSV-style feed auditor reads.

* ids, CVEs, titles, ranges and fixed versions are carried over as they are;
  an entry without an OSA/ZSA id takes its first CVE as id;
* "<product> <line>: <constraint>" becomes a range of that product;
  "(no OTRS AG fix)", "all" and "(range not read)" become ranges with a
  ``limit`` at the next line (no fix in the line), the last two marked
  ``uncertain``; products only named in "fixed" (Znuny LTS, ((OTRS)) CE)
  get a range from the start of the line to that fix, noted as inferred;
* ``published`` is the release date of the first OTRS 6.0.x release that
  fixed it (dates from the 6.0 CHANGES), else the year of the id;
* ``severity`` is not in the research notes: it is inferred from the title
  (command execution critical; privilege, session, password, key or SQL
  problems high; XSS, disclosure, spoofing, DoS medium; autocomplete low),
  and the notes of every entry say so.

    python docs/advisories/convert_research.py ../shared/domain/otrs-advisories.yaml > auditor/advisories/otrs.yaml
"""

from __future__ import annotations

import re
import sys

import yaml

DATES_60 = {
    "6.0.1": "2017-11-21", "6.0.2": "2017-12-05", "6.0.3": "2017-12-19", "6.0.4": "2018-01-16", "6.0.5": "2018-02-13",
    "6.0.6": "2018-03-13", "6.0.7": "2018-05-04", "6.0.8": "2018-06-12", "6.0.9": "2018-07-24", "6.0.10": "2018-07-31",
    "6.0.11": "2018-09-21", "6.0.12": "2018-10-05", "6.0.13": "2018-11-09", "6.0.14": "2018-11-14",
    "6.0.15": "2018-12-14", "6.0.16": "2019-01-18", "6.0.17": "2019-03-08", "6.0.18": "2019-04-26",
    "6.0.19": "2019-05-31", "6.0.20": "2019-07-12", "6.0.21": "2019-08-23", "6.0.22": "2019-08-30",
    "6.0.23": "2019-10-04", "6.0.24": "2019-11-15", "6.0.25": "2020-01-10", "6.0.26": "2020-02-07",
    "6.0.27": "2020-03-27", "6.0.28": "2020-04-20", "6.0.29": "2020-07-20", "6.0.30": "2020-10-12",
}
PRODUCTS = [("((OTRS)) CE", "otrs-ce"), ("Znuny LTS", "znuny-lts"), ("Znuny", "znuny"), ("OTRSAppointmentCalendar",
            "otrs-appointmentcalendar"), ("Survey", "otrs-survey"), ("OTRS", "otrs")]
SEVERITY = [
    ("critical", r"shell command|system command|runs any|code injection|command execution"),
    ("high", r"privilege|escalat|admin access|installer|session|password|private|key|token|sql injection|"
             r"deletes (arbitrary )?files|data loss|predictable|reads arbitrary"),
    ("low", r"autocomplete"),
    ("medium", r"."),
]


def product_of(text: str) -> tuple[str, str]:
    for name, pid in PRODUCTS:
        if text.startswith(name + " "):
            return pid, text[len(name) + 1:]
    raise ValueError(f"unknown product in {text!r}")


def next_line(line: str) -> str:
    major, minor = line.split(".")[:2]
    return f"{major}.{int(minor) + 1}"


def vt(v: str):
    return tuple(int(x) for x in re.findall(r"\d+", v))


def convert(entry: dict) -> dict:
    fixed: dict[str, list[str]] = {}
    for f in entry.get("fixed") or []:
        pid, ver = product_of(f)
        fixed.setdefault(pid, []).append(ver)
    affected: dict[str, list[dict]] = {}
    uncertain = False
    notes = []
    for a in entry.get("affected") or []:
        head, _, constraint = a.partition(":")
        pid, line = product_of(head.strip())
        constraint = constraint.strip()
        start = f"{line}.0"
        fix_in_line = sorted((v for v in fixed.get(pid, []) if v.startswith(line + ".")), key=vt)
        ranges = affected.setdefault(pid, [])
        m_exact = re.match(r"^(\d+\.\d+\.\d+) \(", constraint)
        m_low = re.search(r">=\s*([\d.]+)", constraint)
        m_lt = re.search(r"<(?!=)\s*([\d.]+)", constraint)
        m_le = re.search(r"<=\s*([\d.]+)", constraint)
        if m_exact:
            v = m_exact.group(1)
            ranges.append({"introduced": v, "fixed": fix_in_line[0]} if fix_in_line else {"introduced": v, "last_affected": v})
        elif "no OTRS AG fix" in constraint or constraint.startswith("all") or "range not read" in constraint:
            ranges.append({"introduced": m_low.group(1) if m_low else start, "limit": next_line(line)})
            if not m_low:
                uncertain = True
        elif m_lt:
            ranges.append({"introduced": m_low.group(1) if m_low else start, "fixed": m_lt.group(1)})
        elif m_le:
            bound = m_le.group(1)
            later = [v for v in fix_in_line if vt(v) > vt(bound)]
            rng = {"introduced": m_low.group(1) if m_low else start}
            rng.update({"fixed": later[0]} if later else {"last_affected": bound})
            ranges.append(rng)
        else:
            raise ValueError(f"{entry.get('id')}: cannot read constraint {a!r}")
    for pid, vers in fixed.items():
        if pid in affected:
            continue
        for v in sorted(vers, key=vt):
            line = ".".join(v.split(".")[:2])
            affected.setdefault(pid, []).append({"introduced": f"{line}.0", "fixed": v})
            notes.append(f"{pid} range inferred from its fixed version {v}")
    aid = entry.get("id") or entry["cve"][0]
    fixes_60 = [v for v in fixed.get("otrs", []) if v in DATES_60]
    published = DATES_60[min(fixes_60, key=vt)] if fixes_60 else re.search(r"(\d{4})", aid).group(1)
    title = entry["title"]
    severity = next(s for s, rx in SEVERITY if re.search(rx, title, re.I))
    notes.append("severity inferred from the title (the vendor's rating was not recorded)")
    if entry.get("notes"):
        notes.insert(0, entry["notes"].strip())
    if "(I" in (entry.get("notes") or "") or "not recovered" in title or "not read" in str(entry.get("affected")):
        uncertain = True
    refs = [s for s in (entry.get("source") or []) if isinstance(s, str) and s.startswith("http")]
    sources = [s for s in (entry.get("source") or []) if isinstance(s, str) and not s.startswith("http")]
    if sources:
        notes.append("sources: " + "; ".join(sources))
    out = {"id": aid, "aliases": [c for c in entry.get("cve") or [] if c != aid], "summary": title,
           "severity": severity, "published": published,
           "affected": [{"product": pid, "ranges": r} for pid, r in affected.items()]}
    if entry.get("component"):
        out["notes_component"] = entry["component"]
    out["references"] = refs
    out["uncertain"] = uncertain
    out["notes"] = " | ".join(notes)
    return out


def main(path: str) -> None:
    entries = yaml.safe_load(open(path, encoding="utf-8"))
    advisories = []
    for e in entries:
        a = convert(e)
        component = a.pop("notes_component", None)
        if component:
            a["notes"] = f"component: {component} | " + a["notes"]
        advisories.append(a)
    header = ("# OTRS / ((OTRS)) Community Edition / Znuny security advisories, OSV style.\n"
              "# Converted by convert_research.py from the project's research notes\n"
              "# (shared/domain/otrs-advisories.yaml); format: auditor/model/advisory.py, docs/advisories.md.\n"
              "# Product ids: otrs (OTRS AG, incl. the 7.0/8.0 lines), otrs-ce (Centuran's ((OTRS)) CE),\n"
              "# znuny-lts, znuny; add-on packages have their own ids. uncertain: true marks entries whose\n"
              "# facts are incomplete; they are kept, not dropped.\n")
    doc = {"format_version": 1, "title": "OTRS / ((OTRS)) CE / Znuny advisories (2017-2022)", "advisories": advisories}
    sys.stdout.write(header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120))


if __name__ == "__main__":
    main(sys.argv[1])
