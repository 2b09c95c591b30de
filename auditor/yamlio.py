"""YAML in and out: clear errors with file and line, line numbers on mappings, stable output."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import ValidationError


def _without_timestamps(cls):
    """Dates stay strings (validated by the model, with a line number, instead of failing in the parser)."""
    cls.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
                                   for k, v in cls.yaml_implicit_resolvers.items()}
    return cls


@_without_timestamps
class _Safe(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


class LineDict(dict):
    """A mapping that remembers the 1-based line it started on."""

    line: int | None = None


class LineList(list):
    line: int | None = None


@_without_timestamps
class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(None, None, "unhashable mapping key", key_node.start_mark)
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
    return out


def _construct_sequence(loader, node):
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _yaml_error(source: str, exc: yaml.YAMLError) -> ValidationError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    line = mark.line + 1 if mark is not None else None
    if "maximum nesting depth" in problem:
        # libyaml 0.2.6 (PyYAML >= 6.0.4's C parser) stops at its own depth limit while scanning
        # ahead, before the event walk below reaches MAX_DEPTH: the same refusal
        return ValidationError("", f"nested deeper than {MAX_DEPTH} levels (refused)", source=source, line=line)
    return ValidationError("", f"not valid YAML: {problem}", source=source, line=line)


#: Bounds on any YAML document auditor reads: the size it has once its aliases are expanded (a
#: "billion laughs" of 1 KB expands to 10^9 nodes through them), and the nesting depth.
MAX_EXPANDED = 1_000_000
MAX_DEPTH = 100
#: plain (unquoted) numbers longer than this are refused: YAML would turn them into integers of any size
MAX_NUMBER = 1000
_LONG_NUMBER = re.compile(r"^[-+]?[0-9_.eE]+$")


def _check_bounds(text: str | bytes, source: str) -> None:
    """Walk the document's events (no objects built) and refuse alias bombs and deep nesting."""
    sizes: dict[str, int] = {}          # anchor -> nodes it stands for, expanded
    stack: list[list] = [[0, None]]     # [expanded nodes so far, anchor] per open collection
    try:
        for event in yaml.parse(text, Loader=_Safe):
            if isinstance(event, yaml.ScalarEvent):
                stack[-1][0] += 1
                if event.implicit[0] and len(event.value) > MAX_NUMBER and _LONG_NUMBER.match(event.value):
                    raise ValidationError("", f"a number of more than {MAX_NUMBER} digits (refused)", source=source,
                                          line=event.start_mark.line + 1)
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in sizes and any(a == event.anchor for _, a in stack):
                    raise ValidationError("", f"a recursive alias *{event.anchor} inside its own anchor (refused)",
                                          source=source, line=event.start_mark.line + 1)
                stack[-1][0] += sizes.get(event.anchor, 1)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                stack.append([1, event.anchor])
                if len(stack) > MAX_DEPTH + 1:
                    raise ValidationError("", f"nested deeper than {MAX_DEPTH} levels (refused)", source=source,
                                          line=event.start_mark.line + 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                count, anchor = stack.pop()
                stack[-1][0] += count
                if anchor:
                    sizes[anchor] = count
            else:
                continue
            if stack[-1][0] > MAX_EXPANDED:
                mark = getattr(event, "start_mark", None)
                raise ValidationError("", f"expands to more than {MAX_EXPANDED} nodes through its aliases "
                                          f"(refused: an alias bomb)", source=source,
                                      line=mark.line + 1 if mark else None)
    except yaml.YAMLError as exc:
        raise _yaml_error(source, exc) from None


def loads(text: str | bytes, source: str, lines: bool = False, bounded: bool = True) -> Any:
    """Parse YAML text; ``lines=True`` keeps line numbers on mappings (slower). Documents are checked
    against the bounds above first (``bounded=False`` only for auditor's own large baseline files,
    which are read by a line parser and checked there)."""
    if bounded:
        _check_bounds(text, source)
    try:
        return yaml.load(text, Loader=_LineLoader if lines else _Safe)
    except yaml.YAMLError as exc:
        raise _yaml_error(source, exc) from None
    except RecursionError:
        raise ValidationError("", "nested too deeply (refused)", source=source) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError("", f"cannot be decoded: {exc}", source=source) from None


def load_file(path: str | Path, lines: bool = False, what: str = "file") -> Any:
    """A YAML file, or a JSON file (by its .json name: JSON errors are reported as JSON errors)."""
    from auditor.safeio import read_input
    data = read_input(path, what)
    if str(path).lower().endswith(".json"):
        value = loads_json(data, str(path))
        if lines:   # JSON is YAML: read again for line numbers, when the YAML reader agrees
            try:
                return loads(data, str(path), lines=True)
            except ValidationError:
                pass
        return value
    return loads(data, str(path), lines=lines)


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON number")


_JSON_DIGITS = 100


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > _JSON_DIGITS:
        raise ValueError(f"a number of more than {_JSON_DIGITS} digits")
    return int(text)


def _json_object(pairs: list) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key[:80]!r} is given twice (which one counts would be a guess)")
        out[key] = value
    return out


def loads_json(data: str | bytes, source: str) -> Any:
    """Strict JSON (no NaN/Infinity, no key given twice, no number over 100 digits), within the same
    depth bound as YAML documents."""
    import json
    try:
        value = json.loads(data, parse_constant=_no_constant, parse_int=_json_int, object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        raise ValidationError("", f"not valid JSON: {exc.msg}", source=source, line=exc.lineno) from None
    except RecursionError:
        raise ValidationError("", "nested too deeply (refused)", source=source) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError("", f"not valid JSON: {exc}", source=source) from None
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ValidationError("", f"nested deeper than {MAX_DEPTH} levels (refused)", source=source)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return value


def load_validated(path: str | Path, build):
    """Load a document the user gives (profile, feed, waivers) with line numbers and duplicate-key
    checks (the C loader silently keeps the last of two equal keys), and ``build`` it."""
    return build(load_file(path, lines=True))


class _FlowMap(dict):
    """A mapping written in flow style on one line (baseline entries)."""


def _represent_flow(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_FlowMap, _represent_flow)
_Dumper.add_representer(LineDict, yaml.representer.SafeRepresenter.represent_dict)
_Dumper.add_representer(LineList, yaml.representer.SafeRepresenter.represent_list)

if hasattr(yaml, "CSafeDumper"):
    class _CDumper(yaml.CSafeDumper):
        pass

    for _cls, _how in ((_FlowMap, _represent_flow), (LineDict, yaml.representer.SafeRepresenter.represent_dict),
                       (LineList, yaml.representer.SafeRepresenter.represent_list)):
        _CDumper.add_representer(_cls, _how)
else:       # PyYAML built without libyaml
    _CDumper = None


def flow(mapping: dict) -> dict:
    return _FlowMap(mapping)


def dumps(data: Any) -> str:
    """Deterministic YAML: insertion order kept, UTF-8, no line folding.

    Written by libyaml's emitter (about five times faster: a baseline's header with its thousands of
    settings) when every string is one both emitters write alike, else by PyYAML's own: the two
    differ on some non-ASCII characters, on control characters, on an empty key and on the length
    at which a key turns complex (``? key``). tests/test_yamlio.py holds them equal on random
    documents of the kind ``_plain`` lets through."""
    dumper = _CDumper if _CDumper is not None and _plain(data) else _Dumper
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1 << 16,
                     default_flow_style=False)


#: characters both emitters write alike in a value: tab, newline, printable ASCII and the rest of
#: the Basic Multilingual Plane from U+00A0 on (not NEL U+0085, the C0/C1 controls, surrogates,
#: U+FFFE/U+FFFF nor characters beyond U+FFFF)
_PLAIN_TEXT = re.compile("[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]*")
#: a key: printable ASCII, tab and newline, 1 to 100 characters (libyaml measures the length at which
#: a key turns complex otherwise than PyYAML)
_PLAIN_KEY = re.compile("[\t\n\x20-\x7e]{1,100}")


def _plain(data: Any) -> bool:
    """Whether a document holds only what libyaml's emitter writes as PyYAML's does: strings of the
    characters of _PLAIN_TEXT, mapping keys of _PLAIN_KEY, numbers, booleans and nulls."""
    stack = [data]
    while stack:
        node = stack.pop()
        cls = node.__class__
        if cls is str:
            if not _PLAIN_TEXT.fullmatch(node):
                return False
        elif isinstance(node, dict):
            for key, value in node.items():
                if key.__class__ is not str or not _PLAIN_KEY.fullmatch(key):
                    return False
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
        elif not (node is None or cls is bool or cls is int or cls is float):
            return False
    return True
