"""Path patterns: the plain shapes run by Python's engine give exactly the answer of pathspec's expressions run
by RE2."""

from __future__ import annotations

import random

import pytest

from auditor.errors import AuditorError
from auditor.patterns import PathPatterns

NAMES = ["var", "tmp", "Kernel", "Config.pm", "x.pl", "x.pl~", "node_modules", "a b", "CVS", "XML", "f.xml",
         "Files", "ü.xml", "é", "\udcff.pl", ".pl", "foo", "foo.txt", "a#b", "x~", "t.tar.gz", ""]
SHAPES = ["{d}/", "{p}", "/{p}", "*{s}", "{n}", "{p}/*{s}", "{n}/", "{p}/**", "{p}/*", "**/{n}", "*{s}/",
          "{p}/**/{n}", "{n}?", "[xf]oo", "{p}/*/"]
SUFFIXES = [".pl", ".pl~", ".xml", ".tar.gz", "~", ".txt"]


def _pattern(rnd: random.Random) -> str:
    words = [w for w in NAMES if w and "\udcff" not in w]
    p = "/".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))
    neg = "!" if rnd.random() < 0.25 else ""
    return neg + rnd.choice(SHAPES).format(d=p, p=p, s=rnd.choice(SUFFIXES), n=rnd.choice(words))


def _path(rnd: random.Random) -> str:
    path = "/".join(rnd.choice(NAMES) for _ in range(rnd.randint(1, 5)))
    roll = rnd.random()
    if roll < 0.1:
        path += "/"                     # a directory, as match_entry asks
    elif roll < 0.13:
        path = "/" + path
    elif roll < 0.16:
        path = path.replace("/", "\n/", 1)
    elif roll < 0.19:
        path += "\n"                    # where Python's $ and RE2's differ
    return path


def _reference(patterns: list[str]) -> PathPatterns:
    ref = PathPatterns(patterns)
    ref._fast = ref._fast_ordered = None    # every path through RE2
    return ref


@pytest.fixture
def no_record():
    """Translations kept in this process only (the cache record is tested in tests/hostile/test_cache.py):
    thousands of random patterns would rewrite it again and again."""
    from auditor import yamlio
    token = yamlio.DOC_CACHE.set(False)
    yield
    yamlio.DOC_CACHE.reset(token)


def test_the_fast_path_answers_as_re2_on_random_patterns_and_paths(no_record):
    rnd = random.Random(20261206)
    fast_used = negated = 0
    for _ in range(400):
        patterns = [_pattern(rnd) for _ in range(rnd.randint(1, 5))]
        fast, ref = PathPatterns(patterns), _reference(patterns)
        fast_used += fast._fast is not None
        negated += fast._fast_ordered is not None
        for _ in range(60):
            path = _path(rnd)
            assert fast.match(path) == ref.match(path), (patterns, path)
            assert fast.match_entry(path, True) == ref.match_entry(path, True), (patterns, path)
    assert fast_used > 150          # the test exercises the fast path, not only the fallback
    assert negated > 30             # and its ordered form, with negated patterns


@pytest.mark.parametrize("pattern,path,expected", [
    ("var/tmp/", "var/tmp/x", True), ("var/tmp/", "var/tmp", False), ("var/tmp/", "a/var/tmp/x", False),
    ("Kernel/Config.pm", "Kernel/Config.pm", True), ("Kernel/Config.pm", "Kernel/Config.pmx", False),
    ("*.pl~", "a/b.pl~/c", True), ("*.pl~", "a/b.pl", False),
    ("Kernel/Config/Files/XML/*.xml", "Kernel/Config/Files/XML/A.xml", True),
    ("Kernel/Config/Files/XML/*.xml", "Kernel/Config/Files/XML/sub/A.xml", False),
    ("node_modules/", "a/node_modules/b", True), ("node_modules/", "a/node_modules", False),
    ("foo/*", "foo/", False), ("foo/*", "foo/x", True),
])
def test_plain_shapes(pattern, path, expected):
    pp = PathPatterns([pattern])
    assert pp._fast is not None and pp._rest is None
    assert pp.match(path) is expected


def test_negation_keeps_the_ordered_answer_and_a_bad_pattern_is_still_refused():
    pp = PathPatterns(["var/", "!var/keep"])
    assert pp._fast_ordered is not None and pp.match("var/x") and not pp.match("var/keep")
    mixed = PathPatterns(["var/", "!var/k[a-e]ep", "x"])
    assert mixed._fast is None and mixed.match("var/x") and not mixed.match("var/keep")
    with pytest.raises(AuditorError, match="can never match"):
        PathPatterns(["[unclosed"])


def test_an_empty_line_does_not_shift_the_patterns_after_it():
    """pathspec leaves an empty line out of what it returns: the pattern after it is still judged as itself
    (an unclosed '[' is refused, a plain name still matches)."""
    with pytest.raises(AuditorError, match="can never match"):
        PathPatterns(["", "[unclosed"])
    pp = PathPatterns(["", "# a comment", "", "var/tmp/", "*.swp"])
    assert pp.match("var/tmp/x") and pp.match("a/b.swp") and not pp.match("var/x")
