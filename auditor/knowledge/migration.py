"""The profile's ``migration`` section: the paths the upgrade and migration tools need (``required``) and
the data locations an upgrade carries over (``data``), each with why and the releases it applies to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from auditor.model._fields import Fields, list_of, non_empty


@dataclass
class Needed:
    path: str
    why: str
    versions: str = "*"

    @classmethod
    def from_dict(cls, data: Any, where: str) -> "Needed":
        f = Fields(data, where)
        out = cls(f.req("path", str, check=non_empty), f.req("why", str, check=non_empty), f.opt("versions", str, default="*"))
        f.done()
        return out


def needs_of(profile) -> tuple[list[Needed], list[Needed]]:
    """The profile's (required paths, data locations), parsed once."""
    def parse(p):
        f = Fields(p.migration or {}, "migration")
        out = (list_of(f.opt("required", list, default=[]), "migration.required", Needed.from_dict),
               list_of(f.opt("data", list, default=[]), "migration.data", Needed.from_dict))
        f.done()
        return out
    return profile.section("migration", parse)

