"""The catalogue of regulations and controls (risk/controls.yaml)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from auditor import yamlio


@functools.lru_cache(maxsize=1)
def catalogue() -> dict:
    path = Path(str(resources.files("auditor") / "risk" / "controls.yaml"))
    return yamlio.load_file(path)


def known(control_id: str) -> bool:
    return control_id in catalogue()["controls"]


def describe(control_id: str) -> dict:
    c = catalogue()["controls"][control_id]
    fw = catalogue()["frameworks"][c["framework"]]
    return {"id": control_id, "framework": c["framework"], "ref": c["ref"], "title": c["title"],
            "framework_title": fw["title"], "penalty": fw["penalty"]}
