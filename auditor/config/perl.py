"""A safe reader for Perl configuration files: a tokenizer and a parser for data literals.

Nothing is executed. The reader finds the statements that configure a product:

* ``$Self->{'Key'} = VALUE;`` and nested ``$Self->{'A'}->{'B'}{'C'} = VALUE;``
  (OTRS ``Kernel/Config.pm``, ``Kernel/Config/Files/*.pm``, ``Defaults.pm``);
* ``delete $Self->{'Key'};`` (an invalidated setting in ZZZAAuto.pm);
* ``Set($Name, VALUE);`` / ``Set(@Name, LIST);`` / ``Set(%Name, PAIRS);`` (Request Tracker).

VALUE may be a number (with ``_`` separators and simple arithmetic such as
``16 * 60 * 60``), a quoted string (``'..'``, ``".."``, ``q()``, ``qq{}``),
``qw()``, ``undef``, an array ``[...]``, a hash ``{k => v}``, a list ``(...)``
and nestings of these; ``Translatable('x')`` reads as ``'x'``. Anything else
(a reference to another setting, a function call, string concatenation with a
variable) is kept as its source text: ``{"$expr": "..."}``.

Statements the reader does not recognise are passed over. Assignments inside
conditional blocks are taken as if they ran (noted in the docs). A file that
is not even lexically valid (an unterminated string, unbalanced brackets)
raises :class:`ConfigSyntaxError` with the file and line.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from auditor.errors import AuditorError


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


@dataclass
class Statement:
    """A configuration statement: ``set`` or ``delete`` of a key path."""

    op: str
    path: tuple[str, ...]
    value: Any
    line: int


_OPS = ["=>", "->", "==", "!=", "<=", ">=", "=~", "||", "&&", "//", "**", "..", "::",
        "=", ",", ";", "{", "}", "[", "]", "(", ")", ".", "*", "+", "-", "/", "?", ":", "\\", "!", "<", ">",
        "%", "@", "$", "&", "|", "~", "^", "x"]
_OP_RE = re.compile("|".join(re.escape(op) for op in _OPS))   # _OPS lists longer operators first
_NUM = re.compile(r"(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)")
_WORD = re.compile(r"[A-Za-z_]\w*(?:::\w+)*")
_VAR = re.compile(r"[$@%](?:\{\^?\w+(?:::\w+)*\}|\^?\w+(?:::\w+)*|::\w+(?:::\w+)*)")
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_POD_START = re.compile(r"=[A-Za-z]")
_POD_END = re.compile(r"^=cut\b.*$", re.M)
_HEREDOC = re.compile(r"<<(~?)(?:\"(\w+)\"|'(\w+)'|([A-Za-z_]\w*))")
_ARRAY_LAST = re.compile(r"\$#(?:\w+|\$\w+)?")
_QUOTE_OP = re.compile(r"(qq|qw|qr|qx|q|m|s|tr|y)\s*([^\w\s,;=)}\]>])")
_FAT_COMMA = re.compile(r"\s*=>")
_FLAGS = re.compile(r"[a-z]*")
#: Bounds of what the reader computes (a configuration never needs more; beyond them a value is kept
#: as its source text): digits of a number, nesting of brackets, keys in a $Self->{..}{..} chain.
MAX_DIGITS = 40
MAX_DEPTH = 64
MAX_KEYS = 32
_MAX_BITS = int(MAX_DIGITS * 3.33)
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
                self.tokens.append(Tok("num", _number(m.group(0)), line, start, m.end()))
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


def _number(raw: str):
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


def _bounded(v):
    """An arithmetic result, or _Expr when it leaves what a configuration value needs."""
    if isinstance(v, int) and v.bit_length() > _MAX_BITS:
        raise _Expr()
    if isinstance(v, float) and not math.isfinite(v):
        raise _Expr()
    return v


class _Expr(Exception):
    """Raised inside the value parser when a value is not plain data."""


_IDENTITY_FUNCS = {"Translatable"}


class Parser:
    def __init__(self, text: str, source: str):
        lexer = Lexer(text, source)
        self.toks = lexer.tokenize()
        self.text = lexer.text  # token offsets refer to it
        self.source = source
        self.i = 0
        self.depth = 0

    # -- helpers ---------------------------------------------------------------
    def peek(self, k: int = 0) -> Tok | None:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else None

    def is_op(self, value: str, k: int = 0) -> bool:
        t = self.peek(k)
        return t is not None and t.kind == "op" and t.value == value

    def _skip_expression(self) -> int:
        """Move past one expression (to the next ',' ';' or closing bracket at depth 0)."""
        depth = 0
        start = self.i
        while self.i < len(self.toks):
            t = self.toks[self.i]
            if t.kind == "op":
                if t.value in "([{":
                    depth += 1
                elif t.value in ")]}":
                    if depth == 0:
                        break
                    depth -= 1
                elif t.value in (",", ";", "=>") and depth == 0:
                    break
            self.i += 1
        return start

    # -- statements ------------------------------------------------------------
    def statements(self) -> list[Statement]:
        out: list[Statement] = []
        while self.i < len(self.toks):
            t = self.toks[self.i]
            if t.kind == "var" and t.value == "$Self" and self.is_op("->", 1) and self.is_op("{", 2):
                st = self._self_statement(delete=False)
                if st:
                    out.append(st)
                continue
            if t.kind == "word" and t.value == "delete" and self.peek(1) is not None \
                    and self.peek(1).kind == "var" and self.peek(1).value == "$Self":
                self.i += 1
                st = self._self_statement(delete=True)
                if st:
                    out.append(st)
                continue
            if t.kind == "word" and t.value == "Set" and self.is_op("(", 1):
                st = self._rt_set()
                if st:
                    out.append(st)
                continue
            self.i += 1
        return out

    def _keys(self) -> tuple[str, ...] | None:
        keys = []
        while True:
            if self.is_op("->") and self.is_op("{", 1):
                self.i += 1
            if not self.is_op("{"):
                break
            self.i += 1
            t = self.peek()
            if t is None:
                return None
            if t.kind in ("str", "word", "num") and self.is_op("}", 1):
                keys.append(str(t.value))
                self.i += 2
                if len(keys) > MAX_KEYS:
                    raise ConfigSyntaxError(self.source, t.line, f"a chain of more than {MAX_KEYS} keys")
            else:
                return None  # a computed key: not a plain setting
        return tuple(keys) if keys else None

    def _self_statement(self, delete: bool) -> Statement | None:
        line = self.peek().line
        self.i += 1  # $Self
        keys = self._keys()
        if keys is None:
            return None
        if delete:
            return Statement("delete", keys, None, line)
        if not self.is_op("="):
            return None
        self.i += 1
        value = self.value()
        return Statement("set", keys, value, line)

    def _rt_set(self) -> Statement | None:
        line = self.peek().line
        self.i += 2  # Set (
        var = self.peek()
        if var is None or var.kind != "var":
            return None
        self.i += 1
        sigil, name = var.value[0], var.value[1:]
        items = []
        while self.is_op(",") or self.is_op("=>"):
            self.i += 1
            if self.is_op(")"):
                break
            items.append(self.value(list_context=True))
        if not self.is_op(")"):
            return None
        self.i += 1
        flat: list = []
        for item in items:
            flat.extend(item.items) if isinstance(item, _List) else flat.append(item)
        if sigil == "$":
            value = flat[0] if len(flat) == 1 else (None if not flat else flat)
        elif sigil == "@":
            value = flat
        else:
            value = _pairs(flat)
        return Statement("set", (name,), value, line)

    # -- values ------------------------------------------------------------------
    def value(self, list_context: bool = False):
        start = self.i
        try:
            v = self._sum()
            t = self.peek()
            if t is not None and not (t.kind == "op" and t.value in (",", ";", ")", "]", "}", "=>")):
                raise _Expr()
            return v
        except _Expr:
            self.i = start
            self._skip_expression()
            end_tok = self.toks[self.i - 1] if self.i > start else self.toks[start]
            return {"$expr": self.text[self.toks[start].start:end_tok.end].strip()}

    def _sum(self):
        v = self._product()
        while self.is_op("+") or self.is_op("-") or self.is_op("."):
            op = self.peek().value
            self.i += 1
            w = self._product()
            if op == ".":
                if isinstance(v, (str, int, float)) and isinstance(w, (str, int, float)) and not isinstance(v, bool):
                    v = f"{_num_text(v)}{_num_text(w)}"
                else:
                    raise _Expr()
            elif _is_num(v) and _is_num(w):
                v = _bounded(v + w if op == "+" else v - w)
            else:
                raise _Expr()
        return v

    def _product(self):
        v = self._unary()
        while self.is_op("*") or self.is_op("/") or self.is_op("**"):
            op = self.peek().value
            self.i += 1
            w = self._unary()
            if not (_is_num(v) and _is_num(w)):
                raise _Expr()
            if op == "*":
                v = _bounded(v * w)
            elif op == "**":
                v = _power(v, w)
            else:
                if w == 0:
                    raise _Expr()
                v = v / w
                if v == int(v):
                    v = int(v)
        return v

    def _unary(self):
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise _Expr()   # deeper than any configuration: kept as its source text
            return self._unary_inner()
        finally:
            self.depth -= 1

    def _unary_inner(self):
        if self.is_op("-"):
            self.i += 1
            v = self._unary()
            if not _is_num(v):
                raise _Expr()
            return -v
        if self.is_op("\\"):
            self.i += 1
            return self._unary()
        return self._term()

    def _term(self):
        t = self.peek()
        if t is None:
            raise _Expr()
        if t.kind == "str":
            self.i += 1
            return normalise(t.value)
        if t.kind == "num":
            self.i += 1
            return t.value
        if t.kind == "qw":
            self.i += 1
            return _List([normalise(w) for w in t.value])
        if t.kind == "word":
            if t.value == "undef":
                self.i += 1
                if self.is_op("(") and self.is_op(")", 1):
                    self.i += 2
                return None
            if t.value in _IDENTITY_FUNCS and self.is_op("(", 1):
                self.i += 2
                v = self._sum()
                if not self.is_op(")"):
                    raise _Expr()
                self.i += 1
                return v
            if self.is_op("=>", 1):  # a bareword hash key
                self.i += 1
                return t.value
            raise _Expr()
        if t.kind == "op" and t.value == "[":
            self.i += 1
            items = self._items("]")
            return [x for item in items for x in (item.items if isinstance(item, _List) else [item])]
        if t.kind == "op" and t.value == "{":
            self.i += 1
            items = self._items("}")
            flat = [x for item in items for x in (item.items if isinstance(item, _List) else [item])]
            return _pairs(flat)
        if t.kind == "op" and t.value == "(":
            self.i += 1
            items = self._items(")")
            return _List([x for item in items for x in (item.items if isinstance(item, _List) else [item])])
        raise _Expr()

    def _items(self, closer: str) -> list:
        items = []
        while not self.is_op(closer):
            if self.peek() is None:
                raise _Expr()
            items.append(self._sum())
            if self.is_op(",") or self.is_op("=>"):
                self.i += 1
            elif not self.is_op(closer):
                raise _Expr()
        self.i += 1
        return items


class _List:
    """A Perl list (flattens into its surroundings)."""

    def __init__(self, items):
        self.items = list(items)


def _power(v, w):
    """v ** w, computed only when the result stays within the bounds (checked before, not after)."""
    if isinstance(v, int) and isinstance(w, int) and w >= 0:
        if abs(v) > 1 and v.bit_length() * w > _MAX_BITS + v.bit_length():
            raise _Expr()
        return _bounded(v ** w)
    try:
        result = math.pow(v, w)
    except (OverflowError, ValueError):
        raise _Expr() from None
    return _bounded(int(result) if result == int(result) and abs(result) < 2 ** 53 else result)


def _is_num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _num_text(v) -> str:
    return str(v)


def normalise(v):
    """Perl does not tell '1' from 1: integer-looking strings become integers."""
    if isinstance(v, str) and re.fullmatch(r"-?(?:0|[1-9]\d{0,17})", v):
        return int(v)
    return v


def _pairs(flat: list) -> dict:
    out = {}
    for k, v in zip(flat[0::2], flat[1::2]):
        out[str(k)] = v
    if len(flat) % 2:
        out[str(flat[-1])] = None
    return out


def parse(text: str, source: str = "<config>") -> list[Statement]:
    """Configuration statements of a Perl file, in file order."""
    value = Parser(text, source).statements()
    for st in value:
        st.value = _plain(st.value)
    return value


def _plain(v):
    if isinstance(v, _List):
        return [_plain(x) for x in v.items]
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v
