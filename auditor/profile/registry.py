"""The built-in profiles (auditor/profiles/*.yaml), profile files and their inheritance, and which
profile fits a product or a tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from auditor import yamlio
from auditor.errors import AuditorError, ValidationError
from auditor.model._fields import list_of
from auditor.profile.model import Profile
from auditor.profile.parts import Product, product_id_among


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


#: each built-in profile's products and parent, read from its document without building the profile
_DECLARED: dict[tuple[str, bool], tuple[list[Product], str | None]] = {}


def declared(name: str) -> tuple[list[Product], str | None]:
    """A built-in profile's products (its own, else its parent's, else one named after it, as
    :meth:`Profile.from_dict` takes them) and the profile it extends, read from its document alone:
    which profile a product belongs to is answered without building and validating every profile (a
    tenth of an audit's start-up). tests/test_products_and_git.py holds this to the built profiles."""
    key = (name, yamlio.DOC_CACHE.get())     # a signed run takes nothing from a cache, here neither
    if key not in _DECLARED:
        def products(data: Any) -> tuple[list[Product], str | None]:
            f = data if isinstance(data, dict) else {}
            parent = f.get("extends") if isinstance(f.get("extends"), str) else None
            if isinstance(f.get("products"), list):
                own = list_of(f["products"], "products", Product.from_any)
            elif parent is not None:
                own = declared(parent)[0]
            else:
                own = [Product(str(f.get("name", name)), str(f.get("name", name)))]
            return own, parent
        _DECLARED[key] = yamlio.load_known(builtin_dir() / f"{name}.yaml", products)
    return _DECLARED[key]


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
        names = [n for n in builtin_names() if n != "generic" and product_id_among(declared(n)[0], product) is not None]
        if names:
            names.sort(key=lambda n: (declared(n)[1] is None, n))
            return builtin(names[0])
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
