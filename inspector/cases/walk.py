"""The order an inspector walks the 复查 list in: site by site, each next site the nearest
one not yet visited (by the registry's GPS), starting from the first site of the first
district; sites without GPS last, by district and name. Within a site, cases by number."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..domain import Site
from ..geo import distance_m
from .ledger import LedgerCase


@dataclass(frozen=True)
class Stop:
    key: str  # the site's id
    district: str  # "" (未指定) sorts after every named district
    name: str
    lat: float | None = None  # WGS-84
    lon: float | None = None

    @property
    def place(self) -> tuple[bool, str, str, str]:
        """Its place in the registry's order: by district, then name."""
        return (not self.district, self.district, self.name, self.key)


def walk(stops: Iterable[Stop]) -> list[Stop]:
    """Nearest neighbour from the first placed site (of the first district); a tie goes
    to the site first in the registry's order. Then the sites without GPS."""
    placed = sorted((s for s in stops if s.lat is not None and s.lon is not None),
                    key=lambda s: s.place)
    unplaced = sorted((s for s in stops if s.lat is None or s.lon is None),
                      key=lambda s: s.place)
    if not placed:
        return unplaced
    route = [placed.pop(0)]
    while placed:
        here = route[-1]
        nearest = min(range(len(placed)), key=lambda i: _metres(here, placed[i]))
        route.append(placed.pop(nearest))
    return route + unplaced


def _metres(a: Stop, b: Stop) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return distance_m(a.lat, a.lon, b.lat, b.lon)


def stop_of(site: Site) -> Stop:
    lat, lon = site.wgs_lat, site.wgs_lon
    return Stop(site.id, site.district, site.name,
                float(lat) if lat is not None else None, float(lon) if lon is not None else None)


def by_walk(cases: Sequence[LedgerCase], sites: Mapping[str, Site]) -> list[LedgerCase]:
    """The cases in the walk's order of their sites, and by number within a site."""
    wanted = {str(c.row["site_id"]) for c in cases}
    stops = [stop_of(sites[s]) if s in sites else Stop(s, "", "?") for s in sorted(wanted)]
    rank = {stop.key: n for n, stop in enumerate(walk(stops))}
    return sorted(cases, key=lambda c: (rank[str(c.row["site_id"])], c.number))
