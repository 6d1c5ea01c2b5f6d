"""A round's problems with what reports and lists show beside them: their inspection
and their site."""

from __future__ import annotations

from dataclasses import dataclass

from .store import Store


@dataclass(frozen=True)
class ReportedProblem:
    """A problem as the problem list prints it: with who found it, where and when."""

    id: str
    inspection_id: str
    item_id: str
    count: int
    description: str
    location: str
    responsible_unit: str
    site_id: str
    inspector: str
    started_at: str | None


def reported(store: Store, round_id: str) -> list[ReportedProblem]:
    """The round's problems a report lists: not deleted, of inspections neither deleted
    nor rejected."""
    return [ReportedProblem(*row) for row in store.db.execute(
        "SELECT p.id, p.inspection_id, p.item_id, p.count, p.description, p.location, "
        "p.responsible_unit, i.site_id, i.inspector, i.started_at FROM problems p JOIN "
        "inspections i ON i.id = p.inspection_id WHERE i.round_id = ? AND p.deleted = 0 "
        "AND i.deleted = 0 AND i.review != 'rejected'", [round_id])]


@dataclass(frozen=True)
class SiteProblem:
    id: str
    inspection_id: str
    site_name: str
    item_id: str
    description: str


def at_sites(store: Store, round_id: str) -> list[SiteProblem]:
    """The round's problems (not deleted, of inspections not deleted) with their site's
    name, by site name and item."""
    return [SiteProblem(*row) for row in store.db.execute(
        "SELECT p.id, p.inspection_id, s.name, p.item_id, p.description FROM problems p "
        "JOIN inspections i ON i.id = p.inspection_id JOIN sites s ON s.id = i.site_id "
        "WHERE i.round_id = ? AND p.deleted = 0 AND i.deleted = 0 "
        "ORDER BY s.name, p.item_id", [round_id])]


@dataclass(frozen=True)
class ProblemPlace:
    """A problem with when its inspection began and where its site is (WGS-84)."""

    id: str
    inspection_id: str
    description: str
    started_at: str | None
    site_name: str
    wgs_lat: str | None
    wgs_lon: str | None


def places(store: Store, round_id: str) -> list[ProblemPlace]:
    """Every problem row of the round (deleted ones too), by id: what the demo city's
    photos are made from."""
    return [ProblemPlace(*row) for row in store.db.execute(
        "SELECT p.id, p.inspection_id, p.description, i.started_at, s.name, s.wgs_lat, "
        "s.wgs_lon FROM problems p JOIN inspections i ON i.id = p.inspection_id "
        "JOIN sites s ON s.id = i.site_id WHERE i.round_id = ? ORDER BY p.id", [round_id])]
