"""auditor.lazyre: a module-level pattern compiled at its first use, then the compiled pattern's own methods."""

from __future__ import annotations

import ast
import re

from auditor.lazyre import LazyPattern, lazy
from conftest import ROOT


def test_a_lazy_pattern_is_compiled_at_first_use_and_answers_as_the_compiled_one():
    source, flags = r"(?i)\b(pass)(word)?\b", re.M
    pat, real = lazy(source, flags), re.compile(source, flags)
    assert "compiled" not in vars(pat)                     # nothing compiled at import
    text = "Password: x\npass y\nbypass\n"
    assert [m.span() for m in pat.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert vars(pat)["compiled"] is real                    # re's own cache: the very same pattern
    assert pat.sub("*", text) == real.sub("*", text) and pat.findall(text) == real.findall(text)
    assert pat.search("no") is None and pat.match("pass").group(1) == "pass"
    assert (pat.pattern, pat.flags, pat.groups) == (real.pattern, real.flags, real.groups)
    assert pat.fullmatch("PASSWORD").group(2) == "WORD"
    assert repr(pat) == f"lazy({source!r}, {flags!r})"


def test_the_compiled_pattern_is_there_to_pass_on_even_before_any_other_use():
    """``.compiled`` (what to pass where a ``re.Pattern`` is needed) may be the first attribute read."""
    pat = lazy(r"x(y)", re.I)
    assert pat.compiled is re.compile(r"x(y)", re.I)
    assert pat.compiled.sub("-", "aXYb") == "a-b"


def test_a_bad_pattern_fails_where_it_is_used_with_re_s_error():
    pat = lazy("(unclosed")
    try:
        pat.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern compiled")


def test_no_module_level_pattern_of_auditor_is_compiled_at_import():
    """Every module-level ``NAME = re.compile(...)`` of auditor/ is written ``lazy(...)`` (a new one costs
    every audit its compile at start-up)."""
    eager = []
    for path in (ROOT / "auditor").rglob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                f = node.value.func
                if isinstance(f, ast.Attribute) and f.attr == "compile" and getattr(f.value, "id", "") == "re":
                    eager.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not eager, eager
    assert isinstance(__import__("auditor.compare.changes", fromlist=["x"]).SECURITY_CODE, LazyPattern)
