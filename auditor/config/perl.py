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

from auditor.config.perl_lexer import MAX_DIGITS, ConfigSyntaxError, Lexer, Tok

__all__ = ["MAX_DEPTH", "MAX_KEYS", "ConfigSyntaxError", "Statement", "normalise", "parse"]

MAX_DEPTH = 64
MAX_KEYS = 32
_MAX_BITS = int(MAX_DIGITS * 3.33)


@dataclass(frozen=True)
class Statement:
    """A configuration statement: ``set`` or ``delete`` of a key path."""

    op: str
    path: tuple[str, ...]
    value: Any
    line: int


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
    return [Statement(st.op, st.path, _plain(st.value), st.line) for st in Parser(text, source).statements()]


def _plain(v):
    if isinstance(v, _List):
        return [_plain(x) for x in v.items]
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v
