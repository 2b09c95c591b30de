"""OTRS / Znuny SysConfig XML (``Kernel/Config/Files/XML/*.xml``): setting defaults.

``<Setting Name="A###B" Valid="1">`` with a ``<Value>`` holding an ``<Item>``,
an ``<Array>`` of items or a ``<Hash>`` of keyed items (nested). Settings with
``Valid="0"`` are not in effect and are left out. Parsed with the standard
library's expat-based ElementTree: external entities are not resolved and
expat >= 2.4 bounds entity expansion.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from auditor.config.perl import ConfigSyntaxError, Statement, _normalise


def _value(node):
    if node is None:
        return None
    for child in node:
        tag = child.tag
        if tag == "Item":
            inner = list(child)
            if inner:
                return _value(child)
            return _normalise((child.text or "").strip())
        if tag == "Array":
            out = []
            for item in child.findall("Item"):
                out.append(_value(item) if list(item) else _normalise((item.text or "").strip()))
            return out
        if tag == "Hash":
            out = {}
            for item in child.findall("Item"):
                out[item.get("Key", "")] = _value(item) if list(item) else _normalise((item.text or "").strip())
            return out
    return _normalise((node.text or "").strip())


def parse(text: str, source: str = "<xml>") -> list[Statement]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 1
        raise ConfigSyntaxError(source, line, f"not well-formed XML: {exc}") from None
    out = []
    for setting in root.iter("Setting"):
        name = setting.get("Name")
        if not name or setting.get("Valid", "1") == "0":
            continue
        out.append(Statement("set", tuple(name.split("###")), _value(setting.find("Value")), 0))
    return out
