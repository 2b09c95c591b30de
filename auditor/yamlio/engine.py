"""PyYAML behind :mod:`auditor.yamlio`: the loaders (line numbers on mappings, dates left as strings),
the walk over a document's events that enforces the bounds, and the deterministic dumpers. Imported
only when a YAML text is parsed or written: an audit whose baselines, release index and built-in
knowledge all come from the cache never imports PyYAML (about 25 ms of its start-up)."""

from __future__ import annotations

from typing import Any

import yaml

from auditor.errors import ValidationError
from auditor.yamlio.nodes import MAX_DEPTH, MAX_EXPANDED, MAX_NUMBER, FlowMap, LineDict, LineList
from auditor.lazyre import lazy


def _without_timestamps(cls):
    """Dates stay strings (validated by the model, with a line number, instead of failing in the parser)."""
    cls.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
                                   for k, v in cls.yaml_implicit_resolvers.items()}
    return cls


@_without_timestamps
class Safe(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


@_without_timestamps
class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
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


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def yaml_error(source: str, exc: yaml.YAMLError) -> ValidationError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    line = mark.line + 1 if mark is not None else None
    if "maximum nesting depth" in problem:
        # libyaml 0.2.6 (PyYAML >= 6.0.4's C parser) stops at its own depth limit while scanning
        # ahead, before the event walk below reaches MAX_DEPTH: the same refusal
        return ValidationError("", f"nested deeper than {MAX_DEPTH} levels (refused)", source=source, line=line)
    return ValidationError("", f"not valid YAML: {problem}", source=source, line=line)


_LONG_NUMBER = lazy(r"^[-+]?[0-9_.eE]+$")


def check_bounds(text: str | bytes, source: str) -> None:
    """Walk the document's events (no objects built) and refuse alias bombs and deep nesting."""
    sizes: dict[str, int] = {}          # anchor -> nodes it stands for, expanded
    stack: list[list] = [[0, None]]     # [expanded nodes so far, anchor] per open collection
    try:
        for event in yaml.parse(text, Loader=Safe):
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
        raise yaml_error(source, exc) from None


def load(text: str | bytes, source: str, lines: bool) -> Any:
    try:
        return yaml.load(text, Loader=LineLoader if lines else Safe)
    except yaml.YAMLError as exc:
        raise yaml_error(source, exc) from None
    except RecursionError:
        raise ValidationError("", "nested too deeply (refused)", source=source) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError("", f"cannot be decoded: {exc}", source=source) from None


def _represent_flow(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


_TAG = "tag:yaml.org,2002:"
_ScalarNode = yaml.nodes.ScalarNode


class _Quick:
    """SafeDumper's representer and resolver, without their per-node lookups for what a document holds
    most: a str, int, bool or None becomes the node SafeRepresenter makes of it (never an alias), and the
    resolver's answer for a scalar is remembered by its value (its implicit resolvers depend on the value
    alone; no path resolvers). The same text (tests/test_yamlio.py; a baseline's header: 53 -> 30 ms)."""

    RESOLVED_MAX = 1 << 16

    def represent_data(self, data):
        cls = data.__class__
        if cls is str:
            return _ScalarNode(_TAG + "str", data, style=self.default_style)
        if cls is int:
            return _ScalarNode(_TAG + "int", str(data), style=self.default_style)
        if cls is bool:
            return _ScalarNode(_TAG + "bool", "true" if data else "false", style=self.default_style)
        if data is None:
            return _ScalarNode(_TAG + "null", "null", style=self.default_style)
        return super().represent_data(data)

    def resolve(self, kind, value, implicit):
        if kind is not _ScalarNode or self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        if not implicit[0]:
            return self.DEFAULT_SCALAR_TAG
        memo = self._resolved
        tag = memo.get(value)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(memo) < self.RESOLVED_MAX and len(value) <= 256:
                memo[value] = tag
        return tag


class Dumper(_Quick, yaml.SafeDumper):
    _resolved: dict = {}


Dumper.add_representer(FlowMap, _represent_flow)
Dumper.add_representer(LineDict, yaml.representer.SafeRepresenter.represent_dict)
Dumper.add_representer(LineList, yaml.representer.SafeRepresenter.represent_list)

if hasattr(yaml, "CSafeDumper"):
    class CDumper(_Quick, yaml.CSafeDumper):
        _resolved: dict = {}

    for _cls, _how in ((FlowMap, _represent_flow), (LineDict, yaml.representer.SafeRepresenter.represent_dict),
                       (LineList, yaml.representer.SafeRepresenter.represent_list)):
        CDumper.add_representer(_cls, _how)
else:       # PyYAML built without libyaml
    CDumper = None


def dump(data: Any, plain: bool) -> str:
    """``plain``: every string is one both emitters write alike (yamlio._plain), so libyaml's may write it."""
    dumper = CDumper if CDumper is not None and plain else Dumper
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1 << 16,
                     default_flow_style=False)


_RESOLVER = yaml.resolver.Resolver()


def plain_scalar_is_str(value: str) -> bool:
    """True when YAML reads ``value``, written as a plain scalar, as a string (not a number, bool or null)."""
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"
