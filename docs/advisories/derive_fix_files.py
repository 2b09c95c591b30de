#!/usr/bin/env python3
"""How the ``fix_files`` of otrs.yaml were derived from the real releases (a one-off, kept to be re-run).

An advisory's fix files are the files its fix release changed *for that fix*:
auditor recognises a backport when a tree that the advisory affects has the
fixed content (the content of a release the advisory does not affect) in
every one of them. The derivation, per advisory and per product whose fix
release F and the release P before it (same product) are official trees:

1. Evidence for the fix, from public sources only:
   * patch commits named by the CVE record (the research notes quote them,
     e.g. ``Patch commit 4514f95f``);
   * the CHANGES.md lines of F that name one of the advisory's ids or CVEs
     (Znuny LTS writes them), or that EVIDENCE below names (the bug number or
     the exact line OTRS AG wrote for a quiet security fix, e.g.
     "Improved parameter appending." for OSA-2017-10, CVE-2017-17476).
2. Files of that evidence:
   * OTRS AG's own commits, from the full history of OTRS 6.0 that
     Centuran/OTRS-Community-Edition keeps (branch rel-6_0): the commits whose
     subject holds the bug number or the CHANGES text (or the commit subject
     EVIDENCE names), dated up to F's release, and the files they changed;
   * module and file names written in the CHANGES line or in the advisory's
     ``component`` (Kernel::System::HTMLUtils, AgentAppointmentList ...),
     matched against the files' names.
3. Kept: files that really differ between P and F in the official release
   trees (the fix shipped with F; when no tree of F was imported, as for
   OTRS 6.0.13, the next release of the line stands in for it), code or
   templates (.pm .pl .tt .js), not tests, translations, documentation or
   bundled CPAN libraries (dependencies a fix may add, not the fix).

An advisory without such evidence keeps no fix files (its backport cannot be
recognised; docs/advisories.md lists how many).

    python docs/advisories/derive_fix_files.py VENDOR_IMPORT_REPO [CE_REPO] < auditor/advisories/otrs.yaml > new.yaml
    python docs/advisories/derive_fix_files.py --products znuny,znuny-lts VENDOR_IMPORT_REPO < ... > new.yaml

``--products`` derives the fix files of those products only and keeps the others' as they are (the
Znuny ones need no CE_REPO).

VENDOR_IMPORT_REPO: chrullrich/otrs-local (every official tarball committed as
"Imported vendor <version>"); CE_REPO: Centuran/OTRS-Community-Edition.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import yaml

#: Evidence that is not written next to the advisory itself: bug numbers and CHANGES lines of the
#: fix release (OTRS AG described security fixes quietly). Sources: the CHANGES.md of the release
#: named by the advisory's fixed version, matched by the advisory's title and component.
EVIDENCE = {
    "OSA-2017-08": ["bug#[13347]"],
    "OSA-2017-09": ["bug#[13357]"],
    "OSA-2017-10": ["Improved parameter appending."],
    "OSA-2018-01": ["bug#[13801]"],
    "OSA-2018-05": ["Added improvements to HTML filter.", "Improved HTML filter."],
    "OSA-2018-07": ["Improved upload cache module."],
    "OSA-2018-10": ["bug#[13978]"],
    "OSA-2019-01": ["bug#[14305]"],
    "OSA-2019-10": ["Improved session ID handling in templates."],
    "OSA-2020-02": ["Improved handling of the uploaded inline images."],
    "OSA-2020-03": ["Improved the draft feature in the agent frontend."],
    "OSA-2020-06": ["Added a new SysConfig setting 'DisableLoginAutocomplete'"],
    "OSA-2020-07": ["Mask user credentials in the SupportBundle."],
    "OSA-2020-09": ["Improved token handling in the LostPassword requests."],
    "OSA-2020-10": ["Improved random number generator."],
    "OSA-2020-11": ["Improved download of the private and public keys and certificates"],
    "OSA-2020-13": ["Improved session handling."],
    "OSA-2021-11": ["Added HTML filter to output of localized date/time data"],
    "ZSA-2021-06": ["Added HTML filter to output of localized date/time data"],
    "ZSA-2021-03": ["Limited evaluation of ticket column data as date/time"],
    "CVE-2023-38060": ["Added security relevant check for content type of article and attachments"],
    "CVE-2021-36094": ["Added safety checks for form/URL parameters to AdminAppointmentCalendarManage"],
}
IMPORT = re.compile(r"^Imported vendor (?:\(release\) )?(\d+(?:\.\d+)+)\.?(?: \(.*\))?$")
CODE = re.compile(r"\.(pm|pl|tt|js)$")
SKIP = re.compile(r"^(scripts/test/|Kernel/Language/|i18n/|doc/|Kernel/cpan-lib/)")
PRODUCT_NAMES = {"OTRS": "otrs", "Znuny LTS": "znuny-lts", "Znuny": "znuny", "((OTRS)) Community Edition": "otrs-ce"}


def git(repo: str, *args: str) -> str:
    env = dict(os.environ, GIT_DIR=repo, GIT_CONFIG_NOSYSTEM="1")
    return subprocess.run(["git", *args], env=env, capture_output=True, text=True, check=True).stdout


def releases(repo: str) -> dict[tuple[str, str], str]:
    """(product, version) -> commit of every imported official release."""
    out: dict[tuple[str, str], str] = {}
    for line in git(repo, "log", "--all", "--reverse", "--format=%H %s").splitlines():
        commit, _, subject = line.partition(" ")
        if not IMPORT.match(subject.strip()):
            continue
        text = git(repo, "show", f"{commit}:RELEASE")
        found = dict(re.findall(r"(?im)^(PRODUCT|VERSION)\s*=\s*(.+?)\s*$", text))
        name, version = found.get("PRODUCT"), found.get("VERSION")
        product = PRODUCT_NAMES.get(name)
        if product == "otrs" and version and version.startswith("6.0.") and int(version.split(".")[2]) > 30:
            product = "znuny-lts"   # Znuny LTS 6.0.31-6.0.33 kept PRODUCT = OTRS
        if product and version:
            out.setdefault((product, version), commit)
    return out


def vkey(v: str):
    return tuple(int(x) for x in v.split("."))


def changed(repo: str, a: str, b: str) -> set[str]:
    return {p for p in git(repo, "diff", "--name-only", a, b).splitlines() if CODE.search(p) and not SKIP.match(p)}


def changes_lines(repo: str, commit: str, version: str) -> list[str]:
    text = git(repo, "show", f"{commit}:CHANGES.md")
    out, inside = [], False
    for line in text.splitlines():
        m = re.match(r"^#\s*(\d+(?:\.\d+)+)\s", line)
        if m:
            inside = m.group(1) == version
            continue
        if inside and line.strip().startswith("- "):
            out.append(line.strip())
    return out


def release_date(line_version: str, repo: str, commit: str) -> str | None:
    m = re.search(rf"(?m)^#\s*{re.escape(line_version)}\s+(\d{{4}}-\d{{2}}-\d{{2}})", git(repo, "show", f"{commit}:CHANGES.md"))
    return m.group(1) if m else None


def names_in(text: str) -> set[str]:
    """Module and file names written in a text: Kernel::System::HTMLUtils, AgentAppointmentList, X.pm."""
    out = set()
    for m in re.findall(r"[A-Za-z][\w/]*(?:::\w+)+|[\w./-]+\.(?:pm|pl|tt|js)\b|\b[A-Z][a-z]+(?:[A-Z][a-z0-9]+){2,}\b", text):
        out.add(m.replace("::", "/"))
    return out


def files_for_names(names: set[str], candidates: set[str]) -> set[str]:
    found = set()
    for n in names:
        base = n.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        # a name written with its extension (Kernel/Config.pm) matches only files with that extension
        ext = n.rsplit(".", 1)[1] if re.search(r"\.(pm|pl|tt|js)$", n) else None
        for c in candidates:
            cb = c.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            if c.endswith(n) or ("/" in n and c.endswith(n + ".pm")) or (
                    cb == base and (ext is None or c.endswith("." + ext))):
                found.add(c)
    return found


def ce_files(ce: str | None, patterns: list[str], since: str | None, until: str | None) -> set[str]:
    if not ce:
        return set()
    out = set()
    for pat in patterns:
        if pat.startswith("commit:"):
            try:
                out |= set(git(ce, "show", "--name-only", "--format=", pat[7:]).split())
            except subprocess.CalledProcessError:
                pass
            continue
        args = ["log", "rel-6_0", "--format=%H", "--fixed-strings", f"--grep={pat.replace('[', '').replace(']', '')}"]
        if since:
            args.append(f"--since={since}")
        if until:
            args.append(f"--until={until} 23:59:59")
        for commit in git(ce, *args).split():
            out |= set(git(ce, "show", "--name-only", "--format=", commit).split())
    return out


def derive(adv: dict, rels: dict, repo: str, ce: str | None) -> dict[str, list[str]]:
    ids = {adv["id"], *adv.get("aliases", [])}
    curated = EVIDENCE.get(adv["id"], []) + [p for a in adv.get("aliases", []) for p in EVIDENCE.get(a, [])]
    commits = re.findall(r"[Pp]atch commits? ([0-9a-f]{8,})|[Ff]ix commit ([0-9a-f]{8,})", adv.get("notes", ""))
    commit_refs = [f"commit:{c}" for pair in commits for c in pair if c]
    component = (adv.get("notes", "").split(" | ")[0] if adv.get("notes", "").startswith("component:") else "")
    out: dict[str, list[str]] = {}
    for aff in adv["affected"]:
        product = aff["product"]
        for rng in aff["ranges"]:
            fixed = rng.get("fixed")
            if not fixed:
                continue
            # the fix release, or (when no tree of it was imported, e.g. OTRS 6.0.13) the next one
            after = sorted((v for (p, v) in rels if p == product and vkey(v) >= vkey(fixed)
                            and v.split(".")[:2] == fixed.split(".")[:2]), key=vkey)
            before = sorted((v for (p, v) in rels if p == product and vkey(v) < vkey(fixed)), key=vkey)
            if not after or not before:
                continue
            shipped = after[0]
            p_commit, f_commit = rels[(product, before[-1])], rels[(product, shipped)]
            candidates = changed(repo, p_commit, f_commit)
            lines = [ln for ln in changes_lines(repo, f_commit, fixed)
                     if any(i in ln for i in ids) or any(c in ln for c in curated)]
            files = set()
            if product == "otrs":
                until = release_date(shipped, repo, f_commit)
                texts = [c for c in curated] + [re.sub(r"^- \d{4}-\d{2}-\d{2} ", "", ln) for ln in lines]
                files |= ce_files(ce, commit_refs + texts, None, until)
            for ln in lines:
                files |= files_for_names(names_in(ln), candidates)
            if component and (lines or commit_refs or curated):
                files |= files_for_names(names_in(component), candidates)
            files &= candidates
            if files:
                out.setdefault(product, [])
                out[product] = sorted(set(out[product]) | files)
    return out


def main(argv: list[str]) -> None:
    only: set[str] | None = None
    if len(argv) > 2 and argv[1] == "--products":
        only = set(argv[2].split(","))
        argv = [argv[0], *argv[3:]]
    repo = argv[1]
    ce = argv[2] if len(argv) > 2 else None
    text = sys.stdin.read()
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    doc = yaml.safe_load(text)
    rels = releases(repo)
    derived = 0
    for adv in doc["advisories"]:
        files = derive(adv, rels, repo, ce)
        for aff in adv["affected"]:
            if only is not None and aff["product"] not in only:
                continue
            aff.pop("fix_files", None)
            if aff["product"] in files:
                aff["fix_files"] = files[aff["product"]]
        if files:
            derived += 1
    print(f"fix files derived for {derived} of {len(doc['advisories'])} advisories", file=sys.stderr)
    if "# fix_files:" not in header:
        header += ("# fix_files: derived from the official release trees and OTRS AG's commit history by\n"
                   "# derive_fix_files.py (how: see its docstring and docs/advisories.md).\n")
    sys.stdout.write(header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120))


if __name__ == "__main__":
    main(sys.argv)
