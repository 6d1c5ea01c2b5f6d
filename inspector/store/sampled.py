"""Queries of the registry and of a round's sample and assignments, as drawing, dealing
and handing out work need them: a few rows per site, without building every Site."""

from __future__ import annotations

from .store import Store


def category_counts(store: Store) -> dict[str, int]:
    """category id → sites of that type in the registry."""
    return {str(c): int(n) for c, n in store.db.execute(
        "SELECT category_id, count(*) FROM sites WHERE deleted = 0 GROUP BY category_id")}


def site_facts(store: Store) -> dict[str, tuple[str, str, str]]:
    """site id → (name, category id, district or "") of every site in the registry."""
    return {str(i): (str(n), str(c), str(d)) for i, n, c, d in store.db.execute(
        "SELECT id, name, category_id, coalesce(district, '') FROM sites WHERE deleted = 0")}


def assignments(store: Store, round_id: str, *, current: bool = False
                ) -> list[tuple[str, str]]:
    """(site id, inspector) of the round in the sample's order (`current`: less the sites
    replaced)."""
    replaced = " AND s.replaced_by IS NULL" if current else ""
    return [(str(s), str(i)) for s, i in store.db.execute(
        "SELECT a.site_id, a.inspector FROM assignments a JOIN samples s "
        "ON s.round_id = a.round_id AND s.site_id = a.site_id AND s.deleted = 0"
        f"{replaced} WHERE a.deleted = 0 AND a.round_id = ? ORDER BY s.position, a.inspector",
        [round_id])]


def rounds_created_in(store: Store, year: int) -> int:
    return int(store.db.execute(
        "SELECT count(*) FROM rounds WHERE deleted = 0 AND created_at LIKE ?",
        [f"{year}%"]).fetchone()[0])
