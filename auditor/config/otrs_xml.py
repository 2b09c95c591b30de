"""OTRS / Znuny SysConfig XML (``Kernel/Config/Files/XML/*.xml``): setting defaults, read as OTRS reads them.

The product does not parse a SysConfig file as one XML document. It
(``Kernel::System::SysConfig::ConfigurationXML2DB`` and
``Kernel::System::SysConfig::XML::SettingListParse``, OTRS 6 to Znuny 7):

1. takes the ``init`` attribute of ``<otrs_config>`` (Framework, Application,
   Config, Changes; anything else: the file is skipped) and requires
   ``version="2.0"``;
2. removes ``<!-- ... -->`` comments, then every line starting with ``#``,
   then comments again (so an unclosed comment stays in the text);
3. cuts out each ``<Setting ... Name="..." ...> ... </Setting>`` with a
   regular expression and parses each one on its own (XML::LibXML::Simple,
   ForceArray, ForceContent): a malformed file loses only the settings that
   do not parse;
4. computes the setting's value (``SysConfig::SettingEffectiveValueGet``):
   a top-level ``<Item>`` goes to its ValueType (default String: the text
   exactly as written, whitespace kept; Select: ``SelectedID``; Checkbox,
   Textarea, Entity, Date ...: the text; FrontendNavigation /
   FrontendRegistration: a hash with Group/GroupRo lists; WorkingHours,
   VacationDays, VacationDaysOneTime: nested hashes); ``<Hash>`` and
   ``<Array>`` recurse, ``DefaultItem`` attributes are inherited, and an item
   without any ValueType has a leading newline-plus-indentation and trailing
   newline-plus-indentation trimmed (``s{^\\n\\s*(.*?)\\n\\s*$}{$1}gsmx``).

Settings with ``Valid="0"`` are not deployed: they become ``delete``
statements (the deployment deletes a key the defaults may have set). Files
are read as data with defusedxml (no DTDs, no entity expansion, no network).

:func:`parse_file` returns the statements and the problems (settings or
whole files the product would skip), so one bad setting never hides the
rest; :func:`parse` raises for a file with no readable setting at all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from auditor import regex as linear

from auditor.config.perl import ConfigSyntaxError, Statement, normalise

INITS = ("Framework", "Application", "Config", "Changes")
# OTRS's own Perl expressions, run by RE2 (auditor.regex): linear in the file whatever it holds (an
# unclosed comment or a thousand "<Setting " without an end would make a backtracking engine quadratic)
_COMMENT = linear.compile(r"(?s)<!--.*?-->")
_HASH_LINE = linear.compile(r"(?m)^#.*?$")
_SETTING = linear.compile(r'(?s)<Setting[ ]+.*?Name="(.*?)".*?>.*?</Setting>')
_VERSION = linear.compile(r'(?s)otrs_config.*?version="(.*?)"')
_INIT = linear.compile(r'(?s)<otrs_config.*?init="(.*?)"')
_HOUR = linear.compile(r"(?m)^([0-9]|1[0-9]|2[0-3])$")
_TRIM = linear.compile(r"(?sm)^\n\s*(.*?)\n\s*$")
#: Value types whose EffectiveValueGet is not "the text of the item".
_GROUP_TYPES = ("FrontendNavigation", "FrontendRegistration")
#: SysConfig value types that name the attribute holding their value (ValueAttributeList).
_VALUE_ATTRIBUTES = ("Content", "SelectedID")
#: Value types not allowed inside another (ForbiddenValueTypesGet): Select allows only Option.
_FORBIDDEN = {"Select": ("Option",)}
MAX_DEPTH = 64


@dataclass
class ParsedFile:
    init: str | None
    statements: list[Statement] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)   # (line, message)


class _Positions:
    """Maps offsets of a text with spans cut out back to the original text's lines."""

    def __init__(self, original: str):
        self.original = original
        self.starts: list[int] = [0]       # offset in the current text where a segment starts
        self.shift: list[int] = [0]        # original offset - current offset within that segment
        self._newlines: list[int] | None = None

    def cut(self, text: str, pattern) -> str:
        out: list[str] = []
        starts, shifts = [], []
        pos = 0
        length = 0
        for m in pattern.finditer(text):
            if m.start() > pos or not starts:
                starts.append(length)
                shifts.append(self._orig(pos) - length)
            out.append(text[pos:m.start()])
            length += m.start() - pos
            pos = m.end()
        starts.append(length)
        shifts.append(self._orig(pos) - length)
        out.append(text[pos:])
        self.starts, self.shift = starts, shifts
        return "".join(out)

    def _orig(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return pos + self.shift[max(i, 0)]

    def line(self, pos: int) -> int:
        """1-based line of an offset (binary search over the line starts: linear overall)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.original)]
        return bisect.bisect_left(self._newlines, self._orig(pos)) + 1


def _simple(element, depth: int = 0) -> dict:
    """XML::LibXML::Simple's collapse with ForceArray and ForceContent (ContentKey 'Content')."""
    if depth > MAX_DEPTH:
        raise ValueError(f"elements nested deeper than {MAX_DEPTH}")
    data: dict[str, Any] = dict(element.attrib)
    children = list(element)
    for child in children:
        data.setdefault(child.tag, []).append(_simple(child, depth + 1))
    if not children and element.text is not None:
        data["Content"] = element.text
    return data


def _text(item: dict) -> str:
    value = item.get("Content")
    return "" if value is None else value


def _or_empty(value: Any) -> Any:
    """Perl's ``$x || ''``: undef, '' and '0' become ''."""
    return value if value not in (None, "", "0") else ""


def _item_value(items: list, depth: int) -> Any:
    """ValueType::<Type>->EffectiveValueGet for the items of a top-level <Item>."""
    if not items or not isinstance(items[0], dict):
        return ""
    if len(items) > 1:
        return ""  # "Value must be a single element!"
    first = items[0]
    vtype = first.get("ValueType") or "String"
    if vtype == "Select":
        return first.get("SelectedID", "")
    if vtype in _GROUP_TYPES:
        hashes = first.get("Hash")
        if not hashes or not hashes[0] or not hashes[0].get("Item"):
            return None
        out: dict[str, Any] = {}
        for item in hashes[0]["Item"]:
            key = item.get("Key")
            if key in ("Group", "GroupRo"):
                if item.get("Array"):
                    arr = item["Array"][0].get("Item") or []
                    out[key] = [_or_empty(a.get("Content")) for a in arr]
            else:
                out[key] = _or_empty(item.get("Content"))
        for group in ("Group", "GroupRo"):
            out.setdefault(group, [])
        return out
    if vtype in ("WorkingHours", "VacationDays", "VacationDaysOneTime"):
        subs = first.get("Item")
        if not isinstance(subs, list):
            return ""
        result: dict[str, Any] = {}
        for comp in subs:
            if vtype == "WorkingHours":
                if not comp.get("ValueName") or not comp.get("ValueType"):
                    continue
                hours = result[comp["ValueName"]] = []
                for hour in comp.get("Item") or []:
                    if _HOUR.search(_text(hour)):
                        hours.append(_text(hour))
            elif vtype == "VacationDays":
                if not comp.get("ValueMonth") or not comp.get("ValueDay"):
                    continue
                result.setdefault(comp["ValueMonth"], {})[comp["ValueDay"]] = comp.get("Content")
            else:
                if not comp.get("ValueYear") or not comp.get("ValueMonth") or not comp.get("ValueDay"):
                    continue
                result.setdefault(comp["ValueYear"], {}).setdefault(comp["ValueMonth"], {})[comp["ValueDay"]] = \
                    comp.get("Content")
        return result
    return _text(first)


def _default_attributes(container: dict, of_hash: bool) -> dict:
    """Attributes a Hash's or Array's DefaultItem passes on to items that lack them (a Hash's leaves out
    the value attributes and a value type its item type forbids; an Array's only the content)."""
    defaults = container.get("DefaultItem")
    if not (isinstance(defaults, list) and defaults and isinstance(defaults[0], dict)):
        return {}
    d = defaults[0]
    attrs: dict[str, Any] = {}
    for name in sorted(d):
        if name in ("Array", "Hash"):
            inner = d[name][0] if d[name] and isinstance(d[name][0], dict) else {}
            if inner.get("DefaultItem"):
                attrs["DefaultItem"] = inner["DefaultItem"]
            continue
        if name in (_VALUE_ATTRIBUTES if of_hash else ("Content", "SelectedID")):
            continue
        if of_hash and d.get("Item") and d.get("ValueType") in _FORBIDDEN:
            sub = d["Item"][0].get("ValueType") if isinstance(d["Item"][0], dict) else None
            if sub not in _FORBIDDEN[d["ValueType"]]:
                continue
        attrs[name] = d[name]
    return attrs


def effective_value(value: list, depth: int = 0) -> Any:
    """SettingEffectiveValueGet of a parsed ``<Value>`` (a list of one mapping)."""
    if depth > MAX_DEPTH:
        raise ValueError(f"values nested deeper than {MAX_DEPTH}")
    if not value or not isinstance(value[0], dict) or not value[0]:
        return None
    node = value[0]
    if "Item" in node:
        items = node["Item"]
        if not items or not isinstance(items[0], dict) or not items[0]:
            return None
        return _item_value([dict(i) for i in items], depth)
    for kind, empty in (("Hash", dict), ("Array", list)):
        if kind in node:
            containers = node[kind]
            if (not containers or not isinstance(containers[0], dict) or not containers[0]
                    or not containers[0].get("Item")):
                return empty()
            return _container_value(containers[0], kind == "Hash", depth)
    return None


def _container_value(container: dict, of_hash: bool, depth: int) -> dict | list:
    """A Hash's items by key, or an Array's in order, each with the DefaultItem's attributes it lacks."""
    attrs = _default_attributes(container, of_hash)
    result: dict[str, Any] = {}
    out: list[Any] = []
    for item in container["Item"]:
        if not isinstance(item, dict) or not item or (of_hash and item.get("Key") is None):
            continue
        value = _member_value(dict(item), attrs, depth, own_type=of_hash)
        if of_hash:
            result[item["Key"]] = value
        else:
            out.append(value)
    return result if of_hash else out


def _member_value(item: dict, attrs: dict, depth: int, own_type: bool) -> Any:
    """One item of a Hash or an Array: a nested container, a typed value, or its trimmed text. A Hash's
    item is typed by its own ValueType too (``own_type``), an Array's only by the DefaultItem's."""
    if item.get("Hash") or item.get("Array"):
        kind = "Hash" if item.get("Hash") else "Array"
        inner = dict(item[kind][0]) if item[kind] and isinstance(item[kind][0], dict) else {}
        for name in sorted(attrs):
            if item.get(name) is None:
                inner[name] = attrs[name]
        item[kind] = [inner] + list(item[kind][1:])
        return effective_value([item], depth + 1)
    if attrs.get("ValueType") or (own_type and item.get("ValueType")):
        clone = dict(item)
        for name in sorted(attrs):
            if clone.get(name) is None:
                clone[name] = attrs[name]
        return effective_value([{"Item": [clone]}], depth + 1)
    return _TRIM.sub(r"\1", _text(item))


def _plain(value: Any) -> Any:
    """Perl does not tell '1' from 1: integer-looking strings become integers, as in the Perl reader."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return normalise(value) if isinstance(value, str) else value


def parse_file(text: str, source: str = "<xml>") -> ParsedFile:
    """Settings of one SysConfig XML file, as the product would deploy them."""
    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException

    init_m = _INIT.search(text)
    init = init_m.group(1) if init_m else None
    result = ParsedFile(init)
    if init not in INITS:
        result.problems.append((1, f"otrs_config init {init!r} is not one of {', '.join(INITS)}: "
                                   f"the product skips this file"))
        return result
    pos = _Positions(text)
    clean = pos.cut(text, _COMMENT)
    clean = pos.cut(clean, _HASH_LINE)
    clean = pos.cut(clean, _COMMENT)
    version = _VERSION.search(clean)
    if version is None or version.group(1) != "2.0":
        result.problems.append((1, "not a SysConfig 2.0 file (otrs_config version must be 2.0): "
                                   "the product skips this file"))
        return result
    end = clean.rfind("</otrs_config>")
    if end < 0 or clean[end + len("</otrs_config>"):].strip():
        # the product reads the settings it finds before the cut; whatever the file held after it is gone
        result.problems.append((pos.line(len(clean)) if clean else 1,
                                "the file does not end with </otrs_config> (cut short?): the settings after the cut "
                                "are missing"))
    for m in _SETTING.finditer(clean):
        line = pos.line(m.start())
        raw = m.group(0)
        got = _READ.get(raw)
        if got is None:
            got = _read_setting(raw, m.group(1), SafeET, DefusedXmlException)
            if _READ_BYTES[0] + len(raw) > READ_LIMIT:
                _READ.clear()
                _READ_BYTES[0] = 0
            _READ[raw] = got
            _READ_BYTES[0] += len(raw)
        kind = got[0]
        if kind == "problem":
            result.problems.append((line, got[1]))
        elif kind is not None:
            result.statements.append(Statement(kind, got[1], got[2], line))
    return result


#: what one setting's XML reads as, by its text: the releases of a product share most of their settings
#: word for word (baseline from-git reads every release's SysConfig files, about 1.4 MB each). Bounded by
#: the texts' size; the values are plain data no reader changes (Statement values are never mutated)
_READ: dict[str, tuple] = {}
_READ_BYTES = [0]
READ_LIMIT = 32 << 20


def _read_setting(raw: str, name_attr: str, SafeET, DefusedXmlException) -> tuple:
    """("set", path, value), ("delete", path, None), ("problem", message) or (None,) (no name)."""
    try:
        root = SafeET.fromstring(raw)
        parsed = _simple(root)
    except (SafeET.ParseError, DefusedXmlException, ValueError, RecursionError) as exc:
        return ("problem", f"setting {name_attr!r} is not well-formed XML ({str(exc).splitlines()[0]}): "
                           f"the product skips it")
    name = parsed.get("Name")
    if not name:
        return (None,)
    path = tuple(name.split("###"))
    if str(parsed.get("Valid", "")) in ("", "0"):
        return ("delete", path, None)
    try:
        value = effective_value(parsed.get("Value") or [])
    except (ValueError, RecursionError) as exc:
        return ("problem", f"setting {name!r}: {exc}")
    return ("set", path, _plain("" if value is None else value))


def parse(text: str, source: str = "<xml>") -> list[Statement]:
    """Statements of one file; a file of which nothing could be read raises ConfigSyntaxError."""
    parsed = parse_file(text, source)
    if parsed.problems and not parsed.statements:
        line, message = parsed.problems[0]
        raise ConfigSyntaxError(source, line, message)
    return parsed.statements
