"""The tokenizer of the safe Perl configuration reader (auditor.config.perl): strings, numbers,
variables, words, operators, heredocs, quote-like operators and POD, with every bracket matched."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from auditor.errors import AuditorError
from auditor.lazyre import lazy


class ConfigSyntaxError(AuditorError):
    def __init__(self, source: str, line: int, message: str):
        self.source, self.line, self.message = source, line, message
        super().__init__(f"{source}:{line}: {message}")


@dataclass(frozen=True)
class Tok:
    kind: str   # str, num, var, word, op, qw
    value: Any
    line: int
    start: int
    end: int



_OPS = ["=>", "->", "==", "!=", "<=", ">=", "=~", "||", "&&", "//", "**", "..", "::",
        "=", ",", ";", "{", "}", "[", "]", "(", ")", ".", "*", "+", "-", "/", "?", ":", "\\", "!", "<", ">",
        "%", "@", "$", "&", "|", "~", "^", "x"]
_OP_RE = lazy("|".join(re.escape(op) for op in _OPS))   # _OPS lists longer operators first
_NUM = lazy(r"(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)")
_WORD = lazy(r"[A-Za-z_]\w*(?:::\w+)*")
_VAR = lazy(r"[$@%](?:\{\^?\w+(?:::\w+)*\}|\^?\w+(?:::\w+)*|::\w+(?:::\w+)*)")
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_POD_START = lazy(r"=[A-Za-z]")
_POD_END = lazy(r"^=cut\b.*$", re.M)
_HEREDOC = lazy(r"<<(~?)(?:\"(\w+)\"|'(\w+)'|([A-Za-z_]\w*))")
_ARRAY_LAST = lazy(r"\$#(?:\w+|\$\w+)?")
_QUOTE_OP = lazy(r"(qq|qw|qr|qx|q|m|s|tr|y)\s*([^\w\s,;=)}\]>])")
_FAT_COMMA = lazy(r"\s*=>")
_FLAGS = lazy(r"[a-z]*")
#: Bounds of what the reader computes (a configuration never needs more; beyond them a value is kept
#: as its source text): digits of a number, nesting of brackets, keys in a $Self->{..}{..} chain.
MAX_DIGITS = 40
_DQ_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "e": "\x1b", "a": "\x07"}


def _unescape_single(text: str, close: str) -> str:
    return re.sub(r"\\([\\" + re.escape(close) + r"])", r"\1", text)


def _unescape_double(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _DQ_ESCAPES.get(m.group(1), m.group(1)), text)


class Lexer:
    def __init__(self, text: str, source: str):
        self.text = text
        self.source = source
        self.pos = 0
        self.line = 1
        self.tokens: list[Tok] = []
        #: here-document bodies to skip: body start -> end of its terminator line
        self.skip: dict[int, int] = {}

    def error(self, message: str, line: int | None = None) -> ConfigSyntaxError:
        return ConfigSyntaxError(self.source, line or self.line, message)

    def _advance(self, end: int) -> None:
        self.line += self.text.count("\n", self.pos, end)
        self.pos = end

    def _delimited(self, open_pos: int) -> tuple[str, int]:
        """Text between the delimiter at open_pos and its closing partner (nesting brackets)."""
        opener = self.text[open_pos]
        closer = _PAIRS.get(opener, opener)
        depth, i = 1, open_pos + 1
        text = self.text
        while i < len(text):
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if c == closer and opener != closer:
                depth -= 1
                if depth == 0:
                    return text[open_pos + 1:i], i + 1
            elif c == opener and opener != closer:
                depth += 1
            elif c == closer:
                return text[open_pos + 1:i], i + 1
            i += 1
        raise self.error(f"unterminated quoted string starting with {opener!r}")

    def tokenize(self) -> list[Tok]:
        text = self.text
        n = len(text)
        at_line_start = True
        while self.pos < n:
            c = text[self.pos]
            if c == "\n":
                self._advance(self.pos + 1)
                while self.pos in self.skip:   # here-document bodies start on the next line
                    self._advance(self.skip[self.pos])
                at_line_start = True
                continue
            if c in " \t\r\f":
                self.pos += 1
                continue
            if at_line_start and c == "=" and _POD_START.match(text, self.pos):
                m = _POD_END.search(text, self.pos)
                self._advance(m.end() if m else n)
                continue
            at_line_start = False
            if c == "#":
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else end
                continue
            start, line = self.pos, self.line
            if text.startswith(("__END__", "__DATA__"), self.pos):
                break
            if c == "`":  # a shell command: recorded as text, never run
                _, end = self._delimited(self.pos)
                self.tokens.append(Tok("regex", text[start:end], line, start, end))
                self._advance(end)
                continue
            if c in "'\"":
                body, end = self._delimited(self.pos)
                value = _unescape_single(body, "'") if c == "'" else _unescape_double(body)
                self.tokens.append(Tok("str", value, line, start, end))
                self._advance(end)
                continue
            prev = self.tokens[-1] if self.tokens else None
            if c == "<" and text.startswith("<<", self.pos) and (prev is None or prev.kind == "op" or prev.kind == "word"):
                hm = _HEREDOC.match(text, self.pos)
                if hm:
                    tag = hm.group(2) or hm.group(3) or hm.group(4)
                    eol = text.find("\n", self.pos)
                    body_start = eol + 1 if eol >= 0 else n
                    while body_start in self.skip:   # a second here-document on the same line
                        body_start = self.skip[body_start]
                    body_end = re.compile(r"^[ \t]*" + re.escape(tag) + r"[ \t]*$", re.M).search(text, body_start)
                    if body_end is None:
                        raise self.error(f"here-document <<{tag} is never closed")
                    body = text[body_start:body_end.start()]
                    self.tokens.append(Tok("str", body, line, start, hm.end()))
                    # the rest of the line stays to be read; the body is skipped when the line ends
                    nl = text.find("\n", body_end.end())
                    self.skip[body_start] = n if nl < 0 else nl
                    self.pos = hm.end()
                    continue
            if c == "$" and self.pos + 1 < n and (text[self.pos + 1] in "#-+'\"@!/\\;,.&|?<>0"
                                                  or text.startswith("$()", self.pos)):
                length = 2
                if text[self.pos + 1] == "#":  # $#array, $#{expr}, $#$ref
                    length = _ARRAY_LAST.match(text, self.pos).end() - self.pos
                self.tokens.append(Tok("var", text[self.pos:self.pos + length], line, start, self.pos + length))
                self.pos += length
                continue
            m = _QUOTE_OP.match(text[self.pos:self.pos + 8])
            if m and (self.pos == 0 or not (text[self.pos - 1].isalnum() or text[self.pos - 1] in "_$@%-"
                                            or text[self.pos - 2:self.pos] == "->")) \
                    and not _FAT_COMMA.match(text, self.pos + len(m.group(1)), self.pos + len(m.group(1)) + 4):
                body, end = self._delimited(self.pos + m.end() - 1)
                kind = m.group(1)
                if kind in ("s", "tr", "y"):  # two parts: s/a/b/ or s{a}{b}
                    second = end - 1 if m.group(2) not in _PAIRS else end
                    while second < n and text[second].isspace() and m.group(2) in _PAIRS:
                        second += 1
                    _, end = self._delimited(second)
                if kind in ("qr", "qx", "m", "s", "tr", "y"):
                    end = _FLAGS.match(text, end).end()  # flags
                    self.tokens.append(Tok("regex", text[start:end], line, start, end))
                elif kind == "qw":
                    self.tokens.append(Tok("qw", body.split(), line, start, end))
                else:
                    close = _PAIRS.get(m.group(2), m.group(2))
                    value = _unescape_double(body) if kind == "qq" else _unescape_single(body, close)
                    self.tokens.append(Tok("str", value, line, start, end))
                self._advance(end)
                continue
            if c == "/" and (prev is None or (prev.kind == "op" and prev.value not in (")", "]", "}"))
                             or (prev.kind == "word" and prev.value in ("split", "grep", "and", "or", "not", "if", "unless"))):
                body, end = self._delimited(self.pos)
                end = _FLAGS.match(text, end).end()
                self.tokens.append(Tok("regex", text[start:end], line, start, end))
                self._advance(end)
                continue
            if c.isdigit():
                m = _NUM.match(text, self.pos)
                self.tokens.append(Tok("num", number(m.group(0)), line, start, m.end()))
                self.pos = m.end()
                continue
            if c in "$@%":
                m = _VAR.match(text, self.pos)
                if m:
                    self.tokens.append(Tok("var", m.group(0).replace("{", "").replace("}", ""), line, start, m.end()))
                    self.pos = m.end()
                    continue
            if c.isalpha() or c == "_":
                m = _WORD.match(text, self.pos)
                self.tokens.append(Tok("word", m.group(0), line, start, m.end()))
                self.pos = m.end()
                continue
            om = _OP_RE.match(text, self.pos)
            if om:
                op = om.group(0)
                self.tokens.append(Tok("op", op, line, start, self.pos + len(op)))
                self.pos += len(op)
            else:
                self.pos += 1  # any other character: not part of configuration data
        self._check_brackets()
        return self.tokens

    def _check_brackets(self) -> None:
        stack: list[Tok] = []
        for t in self.tokens:
            if t.kind != "op":
                continue
            if t.value in "([{":
                stack.append(t)
            elif t.value in ")]}":
                if not stack:
                    raise self.error(f"unmatched {t.value!r}", t.line)
                opener = stack.pop()
                if _PAIRS[opener.value] != t.value:
                    raise self.error(f"{t.value!r} closes {opener.value!r} opened on line {opener.line}", t.line)
        if stack:
            raise self.error(f"{stack[-1].value!r} is never closed", stack[-1].line)


def number(raw: str):
    """The value of a number literal; beyond MAX_DIGITS digits, or not finite, its source text."""
    digits = raw.replace("_", "")
    if len(digits) > MAX_DIGITS:
        return raw
    if digits[:2].lower() == "0x":
        return int(digits, 16)
    if any(x in digits for x in ".eE"):
        value = float(digits)
        return value if math.isfinite(value) else raw
    return int(digits)
