"""The catalogue of regulations and controls (knowledge/controls.yaml) and the questions for the vendor
(knowledge/questions.yaml): product-independent knowledge the risk stage applies."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from auditor import yamlio


def catalogue() -> dict:
    return _known("controls.yaml", yamlio.DOC_CACHE.get())


def questions() -> dict:
    """Category -> {one, many}: the question templates for the vendor."""
    return _known("questions.yaml", yamlio.DOC_CACHE.get())["questions"]


@functools.lru_cache(maxsize=4)
def _known(name: str, from_cache: bool) -> dict:
    """One of the two catalogues, read once a process (for each answer of yamlio.DOC_CACHE: a signed run
    takes nothing that came from the cache)."""
    return yamlio.load_known(Path(str(resources.files("auditor") / "knowledge" / name)), lambda data: data)


def known(control_id: str) -> bool:
    return control_id in catalogue()["controls"]


def describe(control_id: str) -> dict:
    c = catalogue()["controls"][control_id]
    fw = catalogue()["frameworks"][c["framework"]]
    return {"id": control_id, "framework": c["framework"], "ref": c["ref"], "title": c["title"],
            "framework_title": fw["title"], "penalty": fw["penalty"]}
