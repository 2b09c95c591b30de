"""Code and what is not code in a source file: comments, docstrings, POD, documentation.

Outbound endpoints count only where code could use them (string literals,
configuration values), never in a comment, a docstring or a documentation
file; hunk classification asks whether a change touched only comments.
:func:`code_only` returns the text with every comment and docstring blanked
(replaced by spaces, newlines kept, so line numbers stay true), or None for
a documentation file (nothing in it is code). The language comes from the
file name; the lexers know string literals well enough that a ``#`` or ``//``
inside a string does not start a comment. Unknown file types are taken as
code, whole.
"""

from __future__ import annotations

import re
from auditor.lazyre import lazy

HASH = {".py", ".pyw", ".pl", ".pm", ".t", ".cgi", ".fpl", ".psgi", ".sh", ".bash", ".zsh", ".rb", ".yaml",
        ".yml", ".conf", ".cfg", ".ini", ".toml", ".r", ".properties", ".tcl", ".mk", ".cmake", ".pod.dist"}
CLIKE = {".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".java", ".c", ".h", ".cc", ".cpp", ".hpp", ".cs", ".go",
         ".swift", ".kt", ".scala", ".rs", ".php", ".css", ".scss", ".less", ".json5", ".dart", ".groovy"}
MARKUP = {".html", ".htm", ".xml", ".xhtml", ".tt", ".tpl", ".twig", ".vue", ".svg", ".xsl", ".xslt", ".jsp",
          ".erb", ".ejs", ".hbs", ".mustache", ".j2", ".jinja", ".jinja2", ".dtl"}
DOCS = {".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".pod", ".1", ".3", ".man", ".po", ".pot",
        ".rdoc", ".textile", ".org", ".tex", ".html.md"}
DOC_NAMES = {"readme", "changes", "changelog", "history", "news", "license", "licence", "copying", "authors",
             "contributors", "notice", "install", "upgrading", "security", "contributing", "todo", "thanks"}
HASH_NAMES = {"makefile", "dockerfile", "gemfile", "rakefile", "vagrantfile", "procfile"}


#: text files that hold data, not code: checksum and file lists, tables, logs, source maps
DATA = {".csv", ".tsv", ".json", ".lst", ".list", ".md5", ".md5sums", ".sha1", ".sha256", ".sha512", ".sums",
        ".log", ".dat", ".map", ".txt"}
DATA_NAMES = {"archive", "record", "md5sums", "sha256sums", "sha1sums", "manifest", "files", "installed_files"}


def decode(data: bytes, errors: str = "replace") -> str:
    """Text as a program would read it: UTF-8 (a BOM dropped), or UTF-16 / UTF-32 by their BOM, or
    UTF-16 without one when every other byte of the start is NUL (what Windows tools write). With
    ``errors="strict"`` a byte that is not text raises UnicodeDecodeError."""
    import codecs
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors)
    head = data[:512]
    if len(head) >= 8 and b"\0" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) >= len(odd) * 0.9 and even.count(0) < len(even) * 0.1:
            return data.decode("utf-16-le", errors)
        if even.count(0) >= len(even) * 0.9 and odd.count(0) < len(odd) * 0.1:
            return data.decode("utf-16-be", errors)
    return data.decode("utf-8", errors)


def is_code(path: str, data: bytes | None = None) -> bool:
    """Whether a text file is code (or configuration a program reads) rather than data or
    documentation: a known source, script, markup or configuration extension, a dotfile, or a
    ``#!`` line. A list (checksums, files), a table, a log or a document is not, and neither is a
    file of an unknown type without a ``#!`` line (``ARCHIVE``, ``RELEASE``)."""
    name = path.rsplit("/", 1)[-1].lower()
    ext = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if data is not None and data.startswith(b"#!"):
        return True
    if ext in DATA or name in DATA_NAMES or name.split(".", 1)[0] in DATA_NAMES and ext in ("", ".txt"):
        return False
    return kind_of(path) not in ("docs", "code")


def kind_of(path: str) -> str:
    """``hash``, ``clike``, ``markup``, ``docs`` or ``code`` (unknown: all of it counts)."""
    name = path.rsplit("/", 1)[-1].lower()
    stem = name.split(".", 1)[0]
    ext = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if name.endswith(".dist"):
        inner = name[:-5]
        ext = "." + inner.rsplit(".", 1)[-1] if "." in inner else ""
    if ext in DOCS or (stem in DOC_NAMES and ext in ("", ".txt", ".md", ".rst")):
        return "docs"
    if ext in HASH or name in HASH_NAMES or name.startswith("."):
        return "hash"
    if ext in CLIKE:
        return "clike"
    if ext in MARKUP:
        return "markup"
    return "code"


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        out.append("".join("\n" if c == "\n" else " " for c in text[a:b]))
        pos = b
    out.append(text[pos:])
    return "".join(out)


#: the rest of a word: Python's \w is exactly str.isalnum() or '_' (sre's word class for str patterns)
_WORD_REST = lazy(r"\w*")
_CLIKE_WORD_REST = lazy(r"[\w$]*")
_BLANKS = lazy(r"[ \t\r\f]+")
_SPACES = lazy(r"\s+")
_PY_STRING = lazy(r"""(?P<prefix>[rRbBuUfF]{0,2})(?P<q>'''|\"\"\"|'|")""")


def _skip_string(text: str, i: int, quote: str, n: int) -> int:
    """Index after a string literal that starts with ``quote`` at ``i`` (escapes honoured; a one-char
    quote ends at the end of the line too, so a stray quote cannot swallow the file)."""
    if len(quote) == 3:
        close = text.find(quote, i + 3)
        return n if close < 0 else close + 3
    j = i + 1
    while j < n and text[j] != quote and text[j] != "\n":
        j += 2 if text[j] == "\\" else 1
    return min(j + 1, n)


def _hash_spans(text: str, path: str) -> list[tuple[int, int]]:
    """Comments (# to end of line), Perl POD, Python docstrings; strings are skipped over."""
    spans: list[tuple[int, int]] = []
    python = path.lower().endswith((".py", ".pyw"))
    perl = path.lower().endswith((".pl", ".pm", ".t", ".cgi", ".fpl", ".psgi"))
    n = len(text)
    i = 0
    line_start = True
    statement_start = True   # Python: a string here is a docstring (or a bare string statement)
    while i < n:
        c = text[i]
        if c == "\n":
            line_start = statement_start = True
            i += 1
            continue
        if line_start and perl and c == "=" and i + 1 < n and text[i + 1].isalpha():
            m = _POD_END.search(text, i)
            end = m.end() if m else n
            spans.append((i, end))
            i = end
            continue
        if c in " \t\r\f":
            i = _BLANKS.match(text, i).end()
            continue
        line_start = False
        if c == "#":
            end = text.find("\n", i)
            end = n if end < 0 else end
            spans.append((i, end))
            i = end
            continue
        if c.isalnum() or c == "_" or c == "$" or c == "@" or c == "%":
            j = _WORD_REST.match(text, i + 1).end()      # \w is isalnum() or '_'
            word = text[i:j]
            if python and j < n and text[j] in "'\"" and len(word) <= 2 and word.lower().strip("rbuf") == "":
                i = j   # a string prefix: the string follows
                continue
            i = j
            statement_start = False
            continue
        if c in "'\"":
            quote = text[i:i + 3] if python and text[i:i + 3] in ("\"\"\"", "\'\'\'") else c
            end = _skip_string(text, i, quote, n)
            if python and len(quote) == 3 and statement_start:
                nl = text.find("\n", end)
                rest = text[end:nl if nl >= 0 else n].strip()
                if not rest or rest.startswith("#"):
                    spans.append((i, end))   # a docstring
            i = end
            statement_start = False
            continue
        statement_start = c in ":;"
        i += 1
    return spans


_POD_END = lazy(r"^=cut\b.*$", re.M)
#: After these characters (or at the start), a "/" in JavaScript starts a regular expression literal.
_REGEX_AFTER = set("(,=:[!&|?{};+-*%<>~^") | {""}


def _clike_spans(text: str, path: str) -> list[tuple[int, int]]:
    """// and /* */ comments (PHP also #); strings, template literals and regex literals are skipped."""
    spans: list[tuple[int, int]] = []
    low = path.lower()
    php = low.endswith(".php")
    css = low.endswith((".css", ".scss", ".less"))
    js = low.endswith((".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx"))
    n = len(text)
    i = 0
    prev = ""      # the last significant character
    prev_word = ""
    while i < n:
        c = text[i]
        if c == "/" and i + 1 < n and text[i + 1] == "*":
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            spans.append((i, end))
            i = end
            continue
        if (c == "/" and i + 1 < n and text[i + 1] == "/" and not css) or (php and c == "#"):
            end = text.find("\n", i)
            end = n if end < 0 else end
            spans.append((i, end))
            i = end
            continue
        if c in "'\"`":
            i = _skip_string(text, i, c, n) if c != "`" else (text.find("`", i + 1) + 1 or n)
            prev, prev_word = c, ""
            continue
        if js and c == "/" and (prev in _REGEX_AFTER or prev_word in ("return", "typeof", "case", "in", "of")):
            j, in_class = i + 1, False
            while j < n and text[j] != "\n":
                if text[j] == "\\":
                    j += 2
                    continue
                if text[j] == "[":
                    in_class = True
                elif text[j] == "]":
                    in_class = False
                elif text[j] == "/" and not in_class:
                    break
                j += 1
            i = j + 1
            prev, prev_word = "/", ""
            continue
        if c.isalnum() or c == "_" or c == "$":
            j = _CLIKE_WORD_REST.match(text, i + 1).end()
            prev_word, prev = text[i:j], "a"
            i = j
            continue
        if c.isspace():
            i = _SPACES.match(text, i).end()        # \s is exactly str.isspace()
            continue
        prev, prev_word = c, ""
        i += 1
    return spans


_MARKUP_COMMENT = lazy(r"<!--.*?(?:-->|\Z)|\[%#.*?%\]|\{#.*?#\}", re.S)


def _markup_spans(text: str, path: str) -> list[tuple[int, int]]:
    return [m.span() for m in _MARKUP_COMMENT.finditer(text)]


def code_only(path: str, text: str) -> str | None:
    """The text with comments and docstrings blanked; None for a documentation file."""
    kind = kind_of(path)
    if kind == "docs":
        return None
    if kind == "hash":
        return _blank(text, _hash_spans(text, path))
    if kind == "clike":
        return _blank(text, _clike_spans(text, path))
    if kind == "markup":
        return _blank(text, _markup_spans(text, path))
    return text


def comment_lines(path: str, text: str) -> set[int]:
    """1-based numbers of the lines that hold no code (only comments, docstrings or blanks)."""
    code = code_only(path, text)
    if code is None:
        return set(range(1, text.count("\n") + 2))
    return {i for i, line in enumerate(code.split("\n"), 1) if not line.strip()}
