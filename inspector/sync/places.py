"""Where a record is, in the words a supervisor knows it by: the site and standard of an
answer or a problem, the name of a site or a round — never its hash. What conflicts and
refusals show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store import Store


@dataclass(frozen=True)
class Place:
    table: str  # what kind of record (the caller words it: 答案, 扣分问题, …)
    site: str = ""  # the site's name, for a record of one site
    item: str = ""  # the standard's id (JM05), for an answer, a problem or its photo
    name: str = ""  # a round's, form's or baseline's own name; an inspection's inspector

    def parts(self) -> list[str]:
        """What names it, most general first; empty parts left out."""
        return [p for p in (self.site, self.item, self.name) if p]


def place_of(store: Store, table: str, record_id: str,
             data: dict[str, Any] | None = None) -> Place:
    """The record as it stands here, else as `data` (a version of it) says."""
    row = store.get(table, record_id) or data or {}

    def site(site_id: object) -> str:
        found = store.get("sites", str(site_id)) if site_id else None
        return str(found["name"]) if found else ""

    def inspection(inspection_id: object) -> dict[str, Any]:
        return (store.get("inspections", str(inspection_id)) if inspection_id else None) or {}

    if table == "sites":
        return Place(table, site=str(row.get("name") or ""))
    if table in ("inspections", "assignments"):
        return Place(table, site=site(row.get("site_id")), name=str(row.get("inspector") or ""))
    if table == "samples":
        return Place(table, site=site(row.get("site_id")))
    if table in ("responses", "problems"):
        return Place(table, site=site(inspection(row.get("inspection_id")).get("site_id")),
                     item=str(row.get("item_id") or ""))
    if table == "photo_links":
        problem = store.get("problems", str(row.get("problem_id"))) \
            if row.get("problem_id") else None
        return Place(table, site=site(inspection(row.get("inspection_id")).get("site_id")),
                     item=str((problem or {}).get("item_id") or ""))
    name = row.get("name") or row.get("label") or ""
    return Place(table, name=str(name) or record_id[:8])
