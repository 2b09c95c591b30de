"""Which settings of the effective configuration differ from the official defaults: a walk of the two
trees (``changes``), and one deepdiff of the whole trees (``changes_deepdiff``, the reference the tests
hold the walk equal to)."""

from __future__ import annotations

from typing import Any

SEP = "###"


def join(path: tuple[str, ...]) -> str:
    return SEP.join(path)


def changes(defaults: dict, effective: dict) -> list[tuple[str, str, Any, Any]]:
    """Settings whose effective value differs from the official default.

    Returns (name, kind, default, effective) with kind ``changed``, ``added``
    (not in the defaults) or ``removed`` (deleted or absent), sorted by name.

    The two trees are walked together and only what differs is described: equal subtrees (nearly all
    of a real configuration) cost one comparison, and a differing leaf that is a list or an expression
    is settled by deepdiff (order of list items ignored, int against float ignored, as everywhere).
    A change inside a list or an expression belongs to the setting that holds it.
    ``changes_deepdiff`` is the same answer from one deepdiff of the whole trees (the tests hold the two
    equal).
    """
    if defaults == effective and _same_types(defaults, effective):
        return []        # the usual case of an untouched configuration
    names: dict[str, str] = {}
    _walk(defaults, effective, (), names)
    out = []
    for name in sorted(names):
        keys = name.split(SEP)
        out.append((name, names[name], _get(defaults, keys)[1], _get(effective, keys)[1]))
    return out


_MISSING = object()
_SCALARS = (str, int, float, type(None))


def _walk(a: Any, b: Any, path: tuple[str, ...], names: dict[str, str]) -> None:
    """Name the settings under ``path`` whose values differ (``a``: the defaults' node, ``b``: the
    effective one; either may be missing)."""
    if a is not _MISSING and b is not _MISSING and a == b and _same_types(a, b):
        return
    a_keys = isinstance(a, dict) and not _is_expr(a)
    b_keys = isinstance(b, dict) and not _is_expr(b)
    if isinstance(a, dict) and isinstance(b, dict) and (a_keys or b_keys):
        for k in sorted(set(a) | set(b)):
            if (a_keys and k in a) or (b_keys and k in b):
                _walk(a.get(k, _MISSING), b.get(k, _MISSING), path + (k,), names)
            elif path and (k not in a or k not in b or _differ(a[k], b[k])):
                names[join(path)] = _kind(a, b)
        return
    if a is _MISSING or b is _MISSING or _differ(a, b):
        if path:
            names[join(path)] = _kind(a, b)


def _kind(a: Any, b: Any) -> str:
    return "added" if a is _MISSING else ("removed" if b is _MISSING else "changed")


def _differ(a: Any, b: Any) -> bool:
    """Whether deepdiff (as ``changes_deepdiff`` calls it) sees a difference between two values."""
    if isinstance(a, _SCALARS) and isinstance(b, _SCALARS) and not isinstance(a, bool) and not isinstance(b, bool):
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return a != b
        return type(a) is not type(b) or a != b
    if a == b and _same_types(a, b):
        return False
    from deepdiff import DeepDiff
    return bool(DeepDiff(a, b, ignore_order=True, ignore_numeric_type_changes=True, threshold_to_diff_deeper=0))


def changes_deepdiff(defaults: dict, effective: dict) -> list[tuple[str, str, Any, Any]]:
    """``changes`` from one deepdiff of the whole trees: the reference the walk is tested against."""
    if defaults == effective and _same_types(defaults, effective):
        return []
    from deepdiff import DeepDiff
    # threshold_to_diff_deeper=0: never report a whole mapping as replaced when most of its keys
    # changed (deepdiff >= 8 does above a third by default), every setting is named
    diff = DeepDiff(defaults, effective, ignore_order=True, view="tree", ignore_numeric_type_changes=True,
                    threshold_to_diff_deeper=0)
    names: dict[str, str] = {}
    for items in diff.values():
        for item in items:
            path = [str(p) for p in item.path(output_format="list")]
            keys: list[str] = []
            node_d: Any = defaults
            node_e: Any = effective
            for p in path:
                if isinstance(node_d, dict) and p in node_d and not _is_expr(node_d) or \
                        isinstance(node_e, dict) and p in node_e and not _is_expr(node_e):
                    keys.append(p)
                    node_d = node_d.get(p) if isinstance(node_d, dict) else None
                    node_e = node_e.get(p) if isinstance(node_e, dict) else None
                else:
                    break
            name = join(tuple(keys))
            if not name:
                continue
            found_d, _ = _get(defaults, keys)
            found_e, _ = _get(effective, keys)
            names[name] = "added" if not found_d else ("removed" if not found_e else "changed")
    out = []
    for name in sorted(names):
        keys = name.split(SEP)
        out.append((name, names[name], _get(defaults, keys)[1], _get(effective, keys)[1]))
    return out


def _same_types(a: Any, b: Any) -> bool:
    """Equal values that deepdiff would still call different: 1 == 1.0 == True in Python, and a type change
    is a change to deepdiff (numbers aside: it ignores int against float)."""
    if isinstance(a, dict):
        return all(_same_types(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return all(_same_types(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b)
    return type(a) is type(b) or (isinstance(a, (int, float)) and isinstance(b, (int, float)))


def _is_expr(node: Any) -> bool:
    return isinstance(node, dict) and len(node) == 1 and "$expr" in node   # O(1): the root holds every setting


def _get(tree: Any, keys: list[str]) -> tuple[bool, Any]:
    node = tree
    for k in keys:
        if not isinstance(node, dict) or k not in node:
            return False, None
        node = node[k]
    return True, node
