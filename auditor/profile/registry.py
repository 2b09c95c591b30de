"""The built-in profiles (auditor/profiles/*.yaml), profile files and their inheritance, and which
profile fits a product or a tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from auditor import yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.profile.model import Profile


def builtin_dir() -> Path:
    return Path(str(resources.files("auditor") / "profiles"))


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def load_file(path: str | Path, _chain: tuple = ()) -> Profile:
    path = Path(path)
    return yamlio.load_validated(path, lambda data: build(data, path, _chain))


def build(data: Any, path: Path, _chain: tuple) -> Profile:
    parent = None
    if isinstance(data, dict) and isinstance(data.get("extends"), str):
        parent_name = data["extends"]
        if parent_name in _chain:
            raise ValidationError("extends", f"profile inheritance loop: {' -> '.join(_chain + (parent_name,))}",
                                  source=str(path), line=getattr(data, "line", None))
        parent_path = builtin_dir() / f"{parent_name}.yaml"
        sibling = path.parent / f"{parent_name}.yaml"
        if sibling.is_file():
            parent_path = sibling
        if not parent_path.is_file():
            raise ValidationError("extends", f"unknown parent profile {parent_name!r}", source=str(path))
        if parent_path == builtin_dir() / f"{parent_name}.yaml" and parent_name not in _chain:
            parent = builtin(parent_name)       # a built-in parent is read once per process
        else:
            parent = load_file(parent_path, _chain + (data.get("name", path.stem),))
    return Profile.from_dict(data, str(path), parent)


#: the built-in profiles read in this process, by name and whether their parse could come from the cache
_CACHE: dict[tuple[str, bool], Profile] = {}


def builtin(name: str) -> Profile:
    key = (name, yamlio.DOC_CACHE.get())
    if key not in _CACHE:
        path = builtin_dir() / f"{name}.yaml"
        if not path.is_file():
            raise AuditorError(f"unknown profile {name!r} (built-in: {', '.join(builtin_names())})")
        _CACHE[key] = yamlio.load_known(path, lambda data: build(data, path, ()))
    return _CACHE[key]


def all_builtin() -> list[Profile]:
    return [builtin(n) for n in builtin_names()]


def canonical_product(product: str) -> str:
    """A product name as its id, when a built-in profile knows it (``Znuny LTS`` -> ``znuny-lts``)."""
    if product:
        for p in all_builtin():
            found = p.product_id(product)
            if found is not None and p.name != "generic":
                return found
    return product


def for_product(product: str | None) -> Profile:
    """The built-in profile whose product names include ``product``; ``generic`` otherwise.

    A more specific profile (one that extends another) wins over its parent.
    """
    if product:
        matches = [p for p in all_builtin() if p.name != "generic" and p.matches_product(product)]
        if matches:
            matches.sort(key=lambda p: (p.extends is None, p.name))
            return matches[0]
    return builtin("generic")


def detect(target, candidates: list[Profile]) -> Profile | None:
    """The first profile whose ``detect`` rule matches a file of the target (specific ones first)."""
    from auditor import regex as linear
    ordered = sorted((p for p in candidates if p.detect), key=lambda p: (p.extends is None, p.name))
    wanted = {d.path for p in ordered for d in p.detect}
    if not wanted:
        return None
    contents = target.read_paths(wanted, 256 * 1024)
    for prof in ordered:
        for d in prof.detect:
            data = contents.get(d.path)
            if isinstance(data, bytes) and linear.compile(d.pattern).search(data.decode("utf-8", "replace")):
                return prof
    return None
