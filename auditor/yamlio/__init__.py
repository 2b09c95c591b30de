"""YAML in and out: clear errors with file and line, line numbers on mappings, stable output. PyYAML itself
is behind :mod:`auditor.yamlio.engine`, imported when a text is parsed or written."""

from __future__ import annotations

import contextvars
import functools
import hashlib
from pathlib import Path
from typing import Any

from auditor.errors import ValidationError
from auditor.yamlio.nodes import MAX_DEPTH, MAX_EXPANDED, MAX_NUMBER, FlowMap, LineDict, LineList  # noqa: F401
from auditor.lazyre import lazy


def loads(text: str | bytes, source: str, lines: bool = False, bounded: bool = True) -> Any:
    """Parse YAML text; ``lines=True`` keeps line numbers on mappings (slower). Documents are checked
    against the bounds above first (``bounded=False`` only for auditor's own large baseline files,
    which are read by a line parser and checked there)."""
    from auditor.yamlio import engine
    if bounded:
        engine.check_bounds(text, source)
    return engine.load(text, source, lines)


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


# -- auditor's own knowledge (built-in profiles, feeds, catalogues): the parse kept in the cache ------------

#: whether documents of auditor's own knowledge may be taken from the cache directory (not in a
#: ``--require-signed`` run, which takes nothing from a cache)
DOC_CACHE: contextvars.ContextVar[bool] = contextvars.ContextVar("auditor_doc_cache", default=True)
DOC_FORMAT = 1
_PLAIN_TYPES = (str, int, float, bool, type(None))


def _plain_doc(node: Any, depth: int = 0) -> Any:
    """The document as plain dicts and lists (no line numbers); TypeError for anything else."""
    if depth > MAX_DEPTH + 1:
        raise TypeError("too deep")
    if isinstance(node, dict):
        if not all(type(k) in _PLAIN_TYPES for k in node):
            raise TypeError("a key that is not a scalar")
        return {k: _plain_doc(v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain_doc(v, depth + 1) for v in node]
    if type(node) in _PLAIN_TYPES:
        return node
    raise TypeError(f"a {type(node).__name__}")


@functools.lru_cache(maxsize=1)
def _loader_digest() -> str:
    """The digest of the reader's own source (this package): a record made by another reader is not used."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for name in ("__init__.py", "engine.py", "nodes.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:16]


def _doc_slot(data: bytes) -> Path | None:
    if not DOC_CACHE.get():
        return None
    from auditor.cache import cache_dir
    base = cache_dir()
    if base is None:
        return None
    h = hashlib.sha256(f"auditor-doc {DOC_FORMAT} {_loader_digest()}\0".encode())
    h.update(data)
    return base / f"doc-{h.hexdigest()[:40]}.bin"


def _read_doc(slot: Path) -> Any:
    import marshal

    from auditor.cache import read_record
    blob = read_record(slot)
    if blob is None:
        return None
    try:
        got = marshal.loads(blob)
        if not isinstance(got, tuple) or len(got) != 2 or got[0] != DOC_FORMAT:
            return None
        return _plain_doc(got[1])       # data of the expected kinds only, nothing else
    except (ValueError, EOFError, TypeError, RecursionError):
        return None


def load_known(path: str | Path, build):
    """Load and ``build`` a document of auditor's own knowledge (a built-in profile or feed, a catalogue),
    strictly, as :func:`load_validated` does. Its parse is kept in the cache directory (auditor.cache),
    keyed by the sha256 of its text and of this module's source, as plain data (marshal: dicts, lists
    and scalars, nothing that runs); a later run builds from that record and skips the YAML parse
    (about 50 ms of every audit). The build validates it again; a build that fails on the record is
    done again from the text, so that its error names the line. Not used for the user's files, whose
    line numbers a report may quote (waivers)."""
    import marshal

    from auditor.safeio import read_input
    data = read_input(path, "file")
    slot = _doc_slot(data)
    if slot is not None:
        doc = _read_doc(slot)
        if doc is not None:
            try:
                return build(doc)
            except ValidationError:
                pass
    doc = loads(data, str(path), lines=True)
    try:
        plain = _plain_doc(doc) if slot is not None else None
    except TypeError:
        plain = None
    out = build(doc)
    if plain is not None:
        from auditor.cache import write_cache
        write_cache(slot, marshal.dumps((DOC_FORMAT, plain)))
    return out


def flow(mapping: dict) -> dict:
    return FlowMap(mapping)


def dumps(data: Any) -> str:
    """Deterministic YAML: insertion order kept, UTF-8, no line folding.

    Written by libyaml's emitter (about five times faster: a baseline's header with its thousands of
    settings) when every string is one both emitters write alike, else by PyYAML's own: the two
    differ on some non-ASCII characters, on control characters, on an empty key and on the length
    at which a key turns complex (``? key``). tests/test_yamlio.py holds them equal on random
    documents of the kind ``_plain`` lets through."""
    from auditor.yamlio import engine
    return engine.dump(data, _plain(data))


#: characters both emitters write alike in a value: tab, newline, printable ASCII and the rest of
#: the Basic Multilingual Plane from U+00A0 on (not NEL U+0085, the C0/C1 controls, surrogates,
#: U+FFFE/U+FFFF nor characters beyond U+FFFF)
_PLAIN_TEXT = lazy("[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]*")
#: a key: printable ASCII, tab and newline, 1 to 100 characters (libyaml measures the length at which
#: a key turns complex otherwise than PyYAML)
_PLAIN_KEY = lazy("[\t\n\x20-\x7e]{1,100}")


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
