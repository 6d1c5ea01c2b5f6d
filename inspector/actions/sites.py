"""The site registry (点位库): sites imported from the city's CSV/XLSX list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import registry
from ..store import Store
from ..store.store import Row
from .rounds import resolve_form


@dataclass(frozen=True)
class SitesImported:
    added: int
    updated: int


def import_sites(store: Store, path: Path, form_ref: str | None = None) -> SitesImported:
    loaded, _ = resolve_form(store, form_ref)
    lookup = registry.category_lookup(loaded.form, loaded.aliases)
    sites = registry.parse_sites(path, registry.read_rows(path), lookup)
    added = updated = 0
    with store.transaction():
        for site in sites:
            exists = store.get("sites", site.id) is not None
            store.save("sites", site_row(site))
            added += not exists
            updated += exists
    return SitesImported(added, updated)


def site_row(site: Any) -> Row:
    def text(value: Any) -> str | None:
        return None if value is None else str(value)

    return {
        "id": site.id, "name": site.name, "category_id": site.category_id,
        "district": site.district, "street": site.street, "address": site.address,
        "responsible_unit": site.responsible_unit, "lat": text(site.lat),
        "lon": text(site.lon), "coord_system": str(site.coord_system),
        "wgs_lat": text(site.wgs_lat), "wgs_lon": text(site.wgs_lon),
    }
