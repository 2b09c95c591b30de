"""The layer rules of docs/architecture.md, held against the import graph (imports inside functions
included): no cycle, no import from a lower layer of a higher one, no private name used outside its module.

The graph is read from the source with ``ast`` (every ``import`` and ``from ... import`` statement,
wherever it stands), so it cannot be fooled by an import hidden in a function."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "auditor"

#: Lowest first. A module may import its own layer and the layers below it, never one above.
LAYERS = {
    "foundation": ["auditor", "auditor.errors", "auditor.paths", "auditor.safeio", "auditor.yamlio",
                   "auditor.regex", "auditor.lazyre", "auditor.dccache", "auditor.patterns", "auditor.versions", "auditor.codetext", "auditor.redact",
                   "auditor.cache", "auditor.deadline", "auditor.process", "auditor.model"],
    "knowledge": ["auditor.profile", "auditor.knowledge", "auditor.config", "auditor.feeds", "auditor.osv",
                  "auditor.trust", "auditor.baseline.layout", "auditor.baseline.rawlines", "auditor.baseline.store",
                  "auditor.baseline.content", "auditor.baseline.packzip", "auditor.baseline.signed"],
    "evidence": ["auditor.target", "auditor.scan", "auditor.identify", "auditor.compare", "auditor.database",
                 "auditor.baseline.builder",
                 "auditor.baseline.importer", "auditor.baseline"],
    "checks": ["auditor.checks"],
    "sections": ["auditor.sections"],
    "risk": ["auditor.risk"],
    "presentation": ["auditor.report"],
    "application": ["auditor.pipeline", "auditor.fleet", "auditor.cli", "auditor.__main__"],
}
ORDER = list(LAYERS)


def modules() -> dict[str, Path]:
    out = {}
    for p in PACKAGE.rglob("*.py"):
        parts = p.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = p
    return out


def layer_of(module: str) -> str:
    best, best_len = None, -1
    for layer, prefixes in LAYERS.items():
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = layer, len(prefix)
    assert best is not None, f"{module} belongs to no layer: add it to tests/test_architecture.py and docs"
    return best


def imports(mods: dict[str, Path]):
    """(importer, imported module, name taken or None, line, inside a function) for every internal import."""
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        tree = ast.parse(path.read_text(), str(path))
        nested: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, (ast.Import, ast.ImportFrom)):
                        nested.add(id(inner))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "auditor" or alias.name.startswith("auditor."):
                        yield name, _known(alias.name, mods), None, node.lineno, id(node) in nested
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = name.split(".") if is_pkg else name.split(".")[:-1]
                    base = base[:len(base) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                if not (module == "auditor" or module.startswith("auditor.")):
                    continue
                for alias in node.names:
                    full = f"{module}.{alias.name}"
                    if full in mods:
                        yield name, full, None, node.lineno, id(node) in nested
                    else:
                        yield name, _known(module, mods), alias.name, node.lineno, id(node) in nested


def _known(module: str, mods) -> str:
    while module not in mods and "." in module:
        module = module.rsplit(".", 1)[0]
    return module


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:       # Tarjan, iteratively deep enough for this graph
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


_GRAPH: dict = {}


def graph():
    """The module map and every internal import, read once per package directory."""
    if PACKAGE not in _GRAPH:
        mods = modules()
        _GRAPH[PACKAGE] = mods, [e for e in imports(mods) if e[1] != e[0]]
    return _GRAPH[PACKAGE]


def test_no_cycle_in_the_import_graph():
    _, found = graph()
    edges: dict[str, set[str]] = {}
    for a, b, _name, _line, _nested in found:
        edges.setdefault(a, set()).add(b)
    assert _cycles(edges) == []


def test_no_layer_imports_a_higher_one():
    mods, found = graph()
    upward = [f"{a} ({layer_of(a)}) imports {b} ({layer_of(b)}) at line {line}"
              + (" inside a function" if nested else "")
              for a, b, _name, line, nested in found if ORDER.index(layer_of(b)) > ORDER.index(layer_of(a))]
    assert upward == []


def test_no_private_name_is_used_outside_its_module():
    _, found = graph()
    private = [f"{a} takes {name} from {b} at line {line}" for a, b, name, line, _nested in found
               if name and name.startswith("_") and not name.startswith("__")]
    assert private == []


def test_every_module_belongs_to_a_layer():
    for name in modules():
        layer_of(name)


def test_the_rules_see_imports_inside_functions(tmp_path, monkeypatch):
    """The checker is not fooled by an import hidden in a function: a deliberately wrong one is caught."""
    fake = tmp_path / "auditor"
    (fake / "model").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "model" / "__init__.py").write_text("")
    (fake / "model" / "x.py").write_text("def f():\n    from auditor.checks import base\n    from auditor.y import _z\n")
    (fake / "checks").mkdir()
    (fake / "checks" / "__init__.py").write_text("")
    (fake / "checks" / "base.py").write_text("import auditor.model.x\n")
    (fake / "y.py").write_text("_z = 1\n")
    import test_architecture as me
    monkeypatch.setattr(me, "PACKAGE", fake)
    monkeypatch.setattr(me, "ROOT", tmp_path)
    monkeypatch.setitem(me.LAYERS, "foundation", me.LAYERS["foundation"] + ["auditor.y"])
    mods, found = me.graph()
    edges: dict[str, set[str]] = {}
    for a, b, _n, _l, _nested in found:
        edges.setdefault(a, set()).add(b)
    assert me._cycles(edges) == [["auditor.checks.base", "auditor.model.x"]]
    assert [(a, b, nested) for a, b, _n, _l, nested in found if a == "auditor.model.x"] == [
        ("auditor.model.x", "auditor.checks.base", True), ("auditor.model.x", "auditor.y", True)]
    assert [n for _a, _b, n, _l, _nested in found if n] == ["_z"]
