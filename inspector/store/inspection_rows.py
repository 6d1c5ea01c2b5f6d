"""A round's inspections with what lists show beside them: the site, how many problems
and photos each has (the review queue, `inspector inspections list`, photo matching)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .store import Store


@dataclass(frozen=True)
class ReviewRow:
    """One inspection in a supervisor's review queue."""

    inspection_id: str
    site: str
    inspector: str
    outcome: str
    review: str
    comment: str
    problems: int


def review_queue(store: Store, round_id: str) -> list[ReviewRow]:
    """The round's inspections, those waiting for review first, then by site name."""
    return [ReviewRow(*row) for row in store.db.execute(
        "SELECT i.id, s.name, i.inspector, i.outcome, i.review, i.review_comment, "
        "(SELECT count(*) FROM problems p WHERE p.inspection_id = i.id AND "
        "p.deleted = 0) AS problems FROM inspections i LEFT JOIN sites s ON "
        "s.id = i.site_id WHERE i.round_id = ? AND i.deleted = 0 "
        "ORDER BY i.review = 'received' DESC, s.name", [round_id])]


class Counts(NamedTuple):
    problems: int
    photos: int  # photo links: to the inspection itself and to its problems


def counts(store: Store, round_id: str) -> dict[str, Counts]:
    """Inspection id → its problems and photos, for every inspection row of the round."""
    return {str(row[0]): Counts(int(row[1]), int(row[2])) for row in store.db.execute(
        "SELECT i.id, (SELECT count(*) FROM problems p WHERE p.inspection_id = i.id "
        "AND p.deleted = 0), (SELECT count(*) FROM photo_links l WHERE l.inspection_id = i.id "
        "AND l.deleted = 0) FROM inspections i WHERE i.round_id = ?", [round_id])}


@dataclass(frozen=True)
class Visit:
    """An inspection as photo matching sees it: who was where, when."""

    inspection_id: str
    site_name: str
    inspector: str
    started_at: str | None
    finished_at: str | None
    wgs_lat: str | None  # the site's WGS-84 position, as stored (decimal text)
    wgs_lon: str | None


def visits(store: Store, round_id: str) -> list[Visit]:
    """The round's inspections with their site's name and position."""
    return [Visit(r[0], r[4], r[1], r[2], r[3], r[5], r[6]) for r in store.db.execute(
        "SELECT i.id, i.inspector, i.started_at, i.finished_at, s.name, s.wgs_lat, "
        "s.wgs_lon FROM inspections i JOIN sites s ON s.id = i.site_id "
        "WHERE i.round_id = ? AND i.deleted = 0", [round_id])]
