"""What changed inside modified text files: unified diffs, a class per change, the security subjects they touch.

With a content pack beside the identified release's baseline
(``baseline build --content``), every modified text file is compared with
its official text:

* the **diff**: unified hunks (3 lines of context), bounded in the report
  (``MAX_HUNKS`` hunks, ``MAX_LINES`` lines, each line cut at ``MAX_WIDTH``
  characters; ``truncated`` says so);
* the **class** of the change: ``line-endings`` (CRLF/LF only),
  ``whitespace`` (only blanks differ), ``comments`` (only comment, docstring
  or documentation lines changed), ``version`` (changed lines differ only in
  version numbers), ``data`` (a text file that is not code: a checksum or
  file list such as ``ARCHIVE``, a table, a log, a document), else ``code``.
  Cosmetic classes are low;
* **security-sensitive**: a code change to security-relevant code, judged
  generically — the path (authentication, sessions, CSRF, crypto, hashing,
  sandboxing, permissions, TLS, update or telemetry channels) or the changed
  code lines (the same subjects, and eval/exec/shell calls). Such a file is a
  ``security-sensitive-change`` (high) instead of a ``modified-file``. Only
  code is judged so: a list that names ``AuthSession.pm`` is not
  authentication code.

Without a pack the findings are as before and the report's ``changes``
section says that diffs are unavailable and why.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from auditor import codetext
from auditor.baseline import content as content_mod
from auditor.knowledge.manifests import manifests_of
from auditor.lazyre import lazy

MAX_HUNKS = 20
MAX_LINES = 300
MAX_WIDTH = 400
COSMETIC = ("line-endings", "whitespace", "comments", "version")

SECURITY_PATH = lazy(
    r"(?i)(?:^|[/_.-])(auth\w*|login|logout|passw\w*|session\w*|csrf|xsrf|crypt\w*|cipher|hash\w*|hmac|"
    r"security|secur\w*|sandbox\w*|permission\w*|privileg\w*|acl|token\w*|oauth\w*|saml|ssl|tls|cert\w*|"
    r"sign\w*|verif\w*|sanitiz\w*|escap\w*|firewall|updat\w*|telemetry|tracking|middleware)(?=$|[/_.-])")
SECURITY_CODE = lazy(
    r"(?i)(passw(or)?d|credential|session|cookie|csrf|xsrf|nonce|\btoken|secret|private_?key|crypt|"
    r"\bhash|hmac|pbkdf|bcrypt|scrypt|argon|\bsha(1|224|256|384|512)?\b|\bmd5\b|cipher|encrypt|decrypt|"
    r"\brandom|\bsalt|iteration|sandbox|\bescape|sanitiz|permission|privilege|is_?(admin|superuser|staff)|"
    r"authoriz|authentic|\blogin|\bverif|ssl|\btls\b|certificate|\beval\b|\bexec\b|\bsystem\s*\(|shell_exec|"
    r"subprocess|popen|\bspawn|unserialize|pickle|yaml\.load|deserializ|telemetry|phone.?home|update.?(url|server|"
    r"channel)|allowed_hosts|\bcors\b|x-frame-options|content-security-policy|safe_attribute|is_safe|autoescape)")
_VERSION_TOKEN = lazy(r"\bv?\d+(?:[.-]\d+)+(?:[-+.]?[A-Za-z]+\d*)?\b")


@dataclass
class FileChange:
    path: str
    available: bool
    reason: str | None = None
    kind: str | None = None
    hunks: list[dict] = field(default_factory=list)
    truncated: bool = False
    added: int = 0
    removed: int = 0
    #: the changed lines that make it security-sensitive: [{side, line, text, match}] and/or the path
    security: list[dict] = field(default_factory=list)
    #: new-side line numbers of added lines (endpoints count only there)
    added_lines: set[int] = field(default_factory=set)

    @property
    def security_sensitive(self) -> bool:
        return bool(self.security)

    def evidence(self) -> dict:
        if not self.available:
            return {"available": False, "reason": self.reason}
        d = {"available": True, "class": self.kind, "added": self.added, "removed": self.removed,
             "hunks": self.hunks, "truncated": self.truncated}
        if self.security:
            d["security"] = self.security
        return d


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", "replace").splitlines(keepends=False)


def _classify(path: str, old: bytes, new: bytes, removed: list[tuple[int, str]], added: list[tuple[int, str]]) -> str:
    if old.replace(b"\r\n", b"\n") == new.replace(b"\r\n", b"\n"):
        return "line-endings"
    if re.sub(rb"\s+", b"", old) == re.sub(rb"\s+", b"", new):
        return "whitespace"
    norm_removed = [_VERSION_TOKEN.sub("<v>", t) for _, t in removed]
    norm_added = [_VERSION_TOKEN.sub("<v>", t) for _, t in added]
    if norm_removed == norm_added and any("<v>" in t for t in norm_added):
        return "version"
    old_text, new_text = old.decode("utf-8", "replace"), new.decode("utf-8", "replace")
    old_comments = codetext.comment_lines(path, old_text)
    new_comments = codetext.comment_lines(path, new_text)
    if all(n in old_comments for n, _ in removed) and all(n in new_comments for n, _ in added):
        return "comments"
    return "code"


def _security(path: str, old: bytes, new: bytes, removed, added) -> list[dict]:
    reasons: list[dict] = []
    m = SECURITY_PATH.search(path)
    if m:
        reasons.append({"path": path, "match": m.group(1)})
    for side, text, lines in (("-", old, removed), ("+", new, added)):
        comments = codetext.comment_lines(path, text.decode("utf-8", "replace"))
        for n, line in lines:
            if n in comments:
                continue
            hit = SECURITY_CODE.search(line)
            if hit:
                reasons.append({"side": side, "line": n, "text": line.strip()[:MAX_WIDTH], "match": hit.group(0)})
            if len(reasons) >= 12:
                return reasons
    return reasons


def compare(path: str, old: bytes, new: bytes, code: bool = True) -> FileChange:
    """The diff of one modified text file; ``code``: whether the file is code (else its change is
    ``data``, never security-sensitive)."""
    a, b = _lines(old), _lines(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    removed: list[tuple[int, str]] = []
    added: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed += [(i + 1, a[i]) for i in range(i1, i2)]
        if tag in ("replace", "insert"):
            added += [(j + 1, b[j]) for j in range(j1, j2)]
    fc = FileChange(path, True, added=len(added), removed=len(removed), added_lines={n for n, _ in added})
    shown = 0
    for group in matcher.get_grouped_opcodes(3):
        if len(fc.hunks) >= MAX_HUNKS or shown >= MAX_LINES:
            fc.truncated = True
            break
        i1, i2, j1, j2 = group[0][1], group[-1][2], group[0][3], group[-1][4]
        lines = []
        for tag, a1, a2, b1, b2 in group:
            if tag == "equal":
                lines += [" " + x for x in a[a1:a2]]
                continue
            lines += ["-" + x for x in a[a1:a2]]
            lines += ["+" + x for x in b[b1:b2]]
        if shown + len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES - shown]
            fc.truncated = True
        shown += len(lines)
        fc.hunks.append({"old_start": i1 + 1, "old_lines": i2 - i1, "new_start": j1 + 1, "new_lines": j2 - j1,
                         "lines": [x if len(x) <= MAX_WIDTH else x[:MAX_WIDTH] + "…" for x in lines]})
    fc.kind = _classify(path, old, new, removed, added)
    if fc.kind == "code" and not code:
        fc.kind = "data"
    if fc.kind == "code":
        fc.security = _security(path, old, new, removed, added)
    return fc


def of(diff, baseline, pack, snapshot, profile) -> dict[str, "FileChange"]:
    """path -> FileChange of every modified regular file: its diff against the official text in the
    content pack, or why there is none."""
    out: dict[str, FileChange] = {}
    if diff is None:
        return out
    pairs = [(b, t) for b, t in diff.modified if b.type == "file" and t.type == "file"]
    if pack is None:
        reason = (f"no content pack for {baseline.product} {baseline.version} "
                  f"(build its baseline with --content)")
        for b, t in pairs:
            out[b.path] = FileChange(b.path, False, reason)
        return out
    wanted = [(b, t) for b, t in pairs if b.sha256 and (t.size or 0) <= content_mod.TEXT_LIMIT]
    tree = snapshot.read([t.path for _, t in wanted], content_mod.TEXT_LIMIT)
    for b, t in pairs:
        official = pack.get(b.sha256, b.size) if b.sha256 else None
        now = tree.get(t.path)
        if official is None:
            out[b.path] = FileChange(b.path, False, "the official file is not text, or not in the content pack")
        elif not isinstance(now, bytes) or not content_mod.is_text(now):
            out[b.path] = FileChange(b.path, False, "the tree's file is not text, larger than 1 MiB, or unreadable")
        else:
            out[b.path] = compare(b.path, official, now, is_code(profile, t.path, t.mode, now))
    return out


def is_code(profile, path: str, mode: int | None, data: bytes | None) -> bool:
    """Code by the profile (its code extensions, an executable bit) or by the file's own type; never a
    checksum list the profile names (``manifests:``)."""
    if any(m.spec.match(path) for m in manifests_of(profile)):
        return False
    return profile.is_code(path, mode) or codetext.is_code(path, data)


