"""The catalogue of regulations and controls (knowledge/controls.yaml) and the questions for the vendor
(knowledge/questions.yaml): product-independent knowledge the risk stage applies."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from auditor import yamlio


@functools.lru_cache(maxsize=1)
def catalogue() -> dict:
    path = Path(str(resources.files("auditor") / "knowledge" / "controls.yaml"))
    return yamlio.load_file(path)


@functools.lru_cache(maxsize=1)
def questions() -> dict:
    """Category -> {one, many}: the question templates for the vendor."""
    return yamlio.load_file(Path(str(resources.files("auditor") / "knowledge" / "questions.yaml")))["questions"]


def known(control_id: str) -> bool:
    return control_id in catalogue()["controls"]


def describe(control_id: str) -> dict:
    c = catalogue()["controls"][control_id]
    fw = catalogue()["frameworks"][c["framework"]]
    return {"id": control_id, "framework": c["framework"], "ref": c["ref"], "title": c["title"],
            "framework_title": fw["title"], "penalty": fw["penalty"]}
