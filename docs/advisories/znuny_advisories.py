#!/usr/bin/env python3
"""How Znuny's own advisories came into otrs.yaml (a one-off after convert_research.py, kept to be re-run).

The research notes knew Znuny LTS 6.0.3x only. Two public sources add the rest:

* the CHANGES.md that every official Znuny release ships: the lines of the release that fixed an issue
  name its CVE (``Fixed SQL injection in TicketSearch.pm (CVE-2022-4427).``); the heading the line stands
  under is the fixed version, per release line (Znuny LTS 6.0.x, Znuny 6.1-6.5, Znuny 7.0). Read from
  the official release trees of a vendor-import repository (chrullrich/otrs-local), newest release of
  each line, by ``fixed_versions()`` below;
* Debian's LTS advisory DLA-3551-1 (otrs2 6.0.16-2+deb10u1, 2023-08-31), which names for each CVE its
  OSA and ZSA ids (``This vulnerability is also known as OSA-2021-10 or ZSA-2021-08.``) and shows which
  issues the OTRS 6.0 code has (Debian patched them into OTRS 6.0.16): ``DLA_3551`` below.

What it does to the feed (stdin -> stdout):

1. ZSA ids become aliases of the entry of the same issue, and an entry that held only a ZSA id whose
   issue has its own entry is merged into it (ZSA-2021-06 into OSA-2021-11, ZSA-2021-08 into
   OSA-2021-10): one issue, one advisory, so a tree never gets two missing-patch findings for one fix.
2. Ranges for ``znuny-lts`` and ``znuny`` from the fixed versions the CHANGES lines give. A Znuny line
   that ended before the fix (6.1, 6.2, 6.3 for a fix of 6.4.5) is inside the range of the next fixed
   release (OSV semantics: introduced <= v < fixed); ``introduced`` is the first release of the product
   unless a source says otherwise, and the notes say it is inferred.
3. Issues the feed lacked get an entry: CVE-2022-0475, CVE-2023-38060, CVE-2021-21252.

Then ``derive_fix_files.py --products znuny,znuny-lts`` derives the fix files of the new ranges from
the same release trees.

    python docs/advisories/znuny_advisories.py VENDOR_IMPORT_REPO < auditor/advisories/otrs.yaml > new.yaml
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import yaml

#: DLA-3551-1: CVE -> the OSA / ZSA ids Debian names for it (only those that name a ZSA id)
DLA_3551 = {
    "CVE-2021-21439": ["OSA-2021-09", "ZSA-2021-03"],
    "CVE-2021-21440": ["OSA-2021-10", "ZSA-2021-08"],
    "CVE-2021-21441": ["OSA-2021-11", "ZSA-2021-06"],
    "CVE-2021-21443": ["OSA-2021-13", "ZSA-2021-09"],
    "CVE-2021-36091": ["OSA-2021-14", "ZSA-2021-10"],
    "CVE-2021-36100": ["OSA-2022-03", "ZSA-2022-02"],
    "CVE-2022-4427": ["ZSA-2022-07"],
}
DLA = "Debian DLA-3551-1 (otrs2 6.0.16-2+deb10u1, 2023-08-31; text seen through the code search)"

#: entries the feed lacked: id -> (summary, severity, component); ranges come from the CHANGES lines
NEW = {
    "CVE-2022-0475": ("XSS in the package manager GUI", "medium", "Kernel/Modules/AdminPackageManager.pm"),
    "CVE-2023-38060": ("ContentType of attachments not validated in the web service operations TicketCreate "
                       "and TicketUpdate", "medium",
                       "Kernel::GenericInterface::Operation::Ticket::TicketCreate; "
                       "Kernel::GenericInterface::Operation::Ticket::TicketUpdate"),
    "CVE-2021-21252": ("ReDoS in the embedded jQuery-validate 1.16.0", "medium", "jquery-validate"),
}
#: the OTRS 6.0 code has these issues too: Debian fixed them in its OTRS 6.0.16 (DLA-3551-1); OTRS AG
#: shipped no 6.0 fix (OTRS 6 ended 2020-12)
#: CHANGES lines that describe a fix without naming its CVE, matched to the CVE whose record
#: describes the same fix (DLA-3551-1's text for CVE-2023-38060: "Improper Input Validation ... in the
#: ContentType parameter for attachments on TicketCreate or TicketUpdate operations")
QUIET = {"CVE-2023-38060": "Added security relevant check for content type of article and attachments"}
IN_OTRS_60 = {"CVE-2022-4427", "CVE-2023-38060", "CVE-2021-21252"}
FIRST = {"znuny-lts": "6.0.0", "znuny": "6.1.0"}
#: the first release of each product: a fix listed under it (6.1.1 carried the LTS fixes of 6.0.36)
#: was never missing from any release of the product
FIRST_RELEASE = {"znuny-lts": "6.0.31", "znuny": "6.1.1"}
IMPORT = re.compile(r"^Imported vendor (?:\(release\) )?(\d+(?:\.\d+)+)\.?(?: \(.*\))?$")


def git(repo: str, *args: str) -> str:
    env = dict(os.environ, GIT_DIR=repo, GIT_CONFIG_NOSYSTEM="1")
    return subprocess.run(["git", *args], env=env, capture_output=True, text=True, check=True).stdout


def vkey(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def fixed_versions(repo: str) -> dict[str, dict[str, str]]:
    """CVE -> {"<product> <line>": first fixed version} from the CHANGES.md of every imported release
    since Znuny LTS 6.0.34 (each release's file repeats the lines of the releases before it)."""
    out: dict[str, dict[str, str]] = {}
    for line in git(repo, "log", "--all", "--format=%H %s").splitlines():
        commit, _, subject = line.partition(" ")
        m = IMPORT.match(subject.strip())
        if not m or vkey(m.group(1)) < (6, 0, 34):
            continue
        version = None
        for text in git(repo, "show", f"{commit}:CHANGES.md").splitlines():
            if (h := re.match(r"^#\s*(\d+(?:\.\d+)+)\s", text)):
                version = h.group(1)
                continue
            if not version or not text.strip().startswith("- ") or vkey(version) < (6, 0, 34):
                continue
            cves = set(re.findall(r"CVE-\d{4}-\d+", text)) | {c for c, t in QUIET.items() if t in text}
            product = "znuny-lts" if version.startswith("6.0.") else "znuny"
            for cve in cves:
                got = out.setdefault(cve, {})
                key = f"{product} {'.'.join(version.split('.')[:2])}"
                if key not in got or vkey(version) < vkey(got[key]):
                    got[key] = version
    return out


def ranges_for(fixes: dict[str, str], product: str) -> list[dict]:
    """OSV ranges of one product from its first fixed version per line: the first range starts at the
    product's first release, each next one at the start of its own line (a line that ended before the
    fix lies inside the range of the next fixed release)."""
    versions = sorted((v for k, v in fixes.items() if k.startswith(product + " ")
                       and vkey(v) > vkey(FIRST_RELEASE[product])), key=vkey)
    return [{"introduced": FIRST[product] if i == 0 else ".".join(v.split(".")[:2]) + ".0", "fixed": v}
            for i, v in enumerate(versions)]


def main(argv: list[str]) -> None:
    repo = argv[1]
    text = sys.stdin.read()
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    if "znuny_advisories.py" not in header:
        header += ("# Znuny's own advisories (ZSA ids, Znuny 6.1-7.0 and LTS ranges) added by znuny_advisories.py\n"
                   "# from the official Znuny releases' CHANGES.md and Debian's DLA-3551-1.\n")
    doc = yaml.safe_load(text)
    advisories = doc["advisories"]
    by_name = {}
    for adv in advisories:
        for name in (adv["id"], *adv["aliases"]):
            by_name[name] = adv
    fixes = fixed_versions(repo)
    # 1. ZSA ids as aliases; an entry holding only a ZSA id of an issue with its own entry is merged
    for cve, ids in DLA_3551.items():
        entries = [by_name[n] for n in (cve, *ids) if n in by_name]
        main_entry = next((e for e in entries if not e["id"].startswith("ZSA-")), entries[0] if entries else None)
        if main_entry is None:
            continue
        for other in entries:
            if other is main_entry or other not in advisories:
                continue
            for aff in other["affected"]:
                if aff["product"] not in {a["product"] for a in main_entry["affected"]}:
                    main_entry["affected"].append(aff)
            advisories.remove(other)
            main_entry["notes"] += f" | merged: the entry {other['id']} (the same issue, {DLA.split(' (')[0]})"
        for name in (cve, *ids):
            if name != main_entry["id"] and name not in main_entry["aliases"]:
                main_entry["aliases"].append(name)
        main_entry["notes"] += f" | ids: {DLA}"
        for name in (cve, *ids):
            by_name[name] = main_entry
    # 3. new entries
    for cve, (summary, severity, component) in NEW.items():
        if cve in by_name:
            continue
        year = cve.split("-")[1]
        entry = {"id": cve, "aliases": [], "summary": summary, "severity": severity, "published": year,
                 "affected": [], "references": [], "uncertain": True,
                 "notes": f"component: {component} | severity inferred from the title (the vendor's rating was "
                          f"not recorded)"}
        advisories.append(entry)
        by_name[cve] = entry
    # 2. ranges from the releases' own CHANGES lines
    for cve, got in sorted(fixes.items()):
        entry = by_name.get(cve)
        if entry is None:
            continue
        changed = []
        for product in ("znuny-lts", "znuny"):
            rngs = ranges_for(got, product)
            if not rngs:
                continue
            aff = next((a for a in entry["affected"] if a["product"] == product), None)
            if aff is None:
                entry["affected"].append({"product": product, "ranges": rngs})
            elif [r.get("fixed") for r in aff["ranges"]] != [r["fixed"] for r in rngs]:
                aff["ranges"] = rngs
            else:
                continue
            changed.append(f"{product} fixed in {', '.join(r['fixed'] for r in rngs)}")
        for product, first in (("otrs", "6.0.1"), ("znuny-lts", "6.0.0")):
            if cve in IN_OTRS_60 and not any(a["product"] == product for a in entry["affected"]):
                entry["affected"].append({"product": product, "ranges": [{"introduced": first, "limit": "6.1"}]})
                changed.append(f"{product} 6.0 affected without a fix release (its OTRS 6.0 code has it: "
                               f"DLA-3551-1 patched it into Debian's 6.0.16)")
        if changed:
            entry["notes"] += (" | " + "; ".join(changed) + f" (from the CHANGES.md lines naming {cve} in the "
                               f"official Znuny releases; the start of each range is the product's first release "
                               f"or the next line, inferred (I))")
    sys.stdout.write(header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120))


if __name__ == "__main__":
    main(sys.argv)
