"""yamlio.dumps writes with libyaml's emitter only what PyYAML's own would write byte for byte."""

import random

import pytest
import yaml

from auditor import yamlio
from auditor.yamlio import engine

pytestmark = pytest.mark.skipif(engine.CDumper is None, reason="PyYAML without libyaml")

# pieces of text that make emitters choose styles: indicators, quotes, YAML 1.1 keywords, numbers,
# line breaks and tabs at the edges, long runs (a key turns complex past some length)
PIECES = ["a", "b", " ", "\n", "\t", "\t ", " \n", "\n ", ":", "#", "-", "?", "'", '"', "\\", "{", "}", "[", "]",
          ",", "&", "*", "!", "|", ">", "%", "@", "`", "0", "1", ".", "e", "~", "null", "true", "yes", "0x1",
          "1e3", ".inf", "x" * 43]
#: and in values, the rest of the Basic Multilingual Plane (letters, spaces, separators, the BOM)
WIDE = PIECES + ["\u00e9", "\u00fc", "\u20ac", "\u2028", "\u2029", "\ufeff", "\ufffd", "\u00a0", "\u4e2d\u6587",
                 "\ud7ff", "\ue000", "\u00df", "\u3000", "\u200b"]


def _text(rng, most, pieces=PIECES):
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def _doc(rng, depth=0):
    r = rng.random()
    if depth < 3 and r < 0.2:
        return {(_text(rng, 40) or "k")[:100]: _doc(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    if depth < 3 and r < 0.35:
        return [_doc(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if r < 0.45:
        return rng.choice([None, True, False, rng.randint(-10 ** 20, 10 ** 20), 1.5, -0.0])
    return _text(rng, 40, WIDE)


def _python(data):
    return yaml.dump(data, Dumper=engine.Dumper, sort_keys=False, allow_unicode=True, width=1 << 16,
                     default_flow_style=False)


def test_libyaml_path_is_byte_identical_on_random_plain_documents():
    rng = random.Random(20261206)
    for _ in range(2000):
        doc = {"settings": _doc(rng), "entries": [yamlio.flow({"path": _text(rng, 10) or "p", "size": 1})]}
        assert yamlio._plain(doc)
        assert yamlio.dumps(doc) == _python(doc)


@pytest.mark.parametrize("doc", [
    {"k": "\x85"}, {"caf\u00e9": 1}, {"k": "\x01"}, {"k": "\U0001d54f"}, {"k": "\r"}, {"k": "\x7f"},
    {"": "empty key"}, {"x" * 101: 1}, {1: "int key"}, {"k": b"bytes"},
])
def test_what_the_emitters_write_differently_goes_to_pyyaml(doc):
    assert not yamlio._plain(doc)
    assert yamlio.dumps(doc) == _python(doc)


def test_the_emitters_do_differ_where_the_gate_says():
    """The gate is not idle: libyaml writes these otherwise (if it ever writes them alike, the gate may widen)."""
    c = [yaml.dump(d, Dumper=engine.CDumper, sort_keys=False, allow_unicode=True, width=1 << 16,
                   default_flow_style=False) for d in ({"k": "\x85,"}, {"a": {"": "v"}})]
    assert c != [_python({"k": "\x85,"}), _python({"a": {"": "v"}})]


class _Stock(yaml.SafeDumper):
    """PyYAML's own SafeDumper with yamlio's representers for its own types, none of its short cuts."""


_Stock.add_representer(yamlio.nodes.FlowMap, engine._represent_flow)


@pytest.mark.parametrize("dumper", ["Dumper", "CDumper"])
def test_the_quick_representer_and_resolver_write_what_pyyaml_writes(dumper):
    """engine._Quick (scalars made without PyYAML's lookups, resolutions remembered by value): the same text
    as the stock SafeDumper on random documents, also where one list or mapping stands twice (an alias),
    where the same value is resolved as a key and as a value, and with a bool among ints."""
    rng = random.Random(27)
    shared = {"x": [1, True, None]}
    aliased = 0
    for i in range(600):
        doc = {"settings": _doc(rng), "again": shared if i % 3 == 0 else _doc(rng), "also": shared,
               "flags": [True, 1, False, 0, None, "true", "1", "~", ""], "entries": [yamlio.flow({"path": "p"})]}
        kwargs = dict(sort_keys=False, allow_unicode=True, width=1 << 16, default_flow_style=False)
        mine = yaml.dump(doc, Dumper=getattr(engine, dumper), **kwargs)
        assert mine == yaml.dump(doc, Dumper=_Stock, **kwargs)
        aliased += "again: &id001" in mine and "also: *id001" in mine
    assert aliased == 200         # the shared mapping written once, then as an alias
