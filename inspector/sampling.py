"""The random draw of sites for a round: reproducible from its seed alone.

Sites are drawn from the registry sorted by id, with a generator seeded by the round's
seed and the category, so the same registry and seed always give the same sample,
whatever order the sites were imported in.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence


def draw(candidates: Mapping[str, Sequence[str]], counts: Mapping[str, int],
         seed: str) -> dict[str, list[str]]:
    """category id → drawn site ids (all of them when there are fewer than asked)."""
    drawn: dict[str, list[str]] = {}
    for category_id, wanted in counts.items():
        pool = sorted(candidates.get(category_id, ()))
        rng = random.Random(f"{seed}/{category_id}")
        drawn[category_id] = rng.sample(pool, min(wanted, len(pool)))
    return drawn


def draw_replacement(candidates: Sequence[str], seed: str, replaced: str) -> str | None:
    pool = sorted(candidates)
    if not pool:
        return None
    return random.Random(f"{seed}/replace/{replaced}").choice(pool)


def assign(site_ids: Sequence[str], inspectors: Sequence[str]) -> dict[str, str]:
    """Deal the drawn sites out to inspectors in turn, in draw order."""
    return {sid: inspectors[i % len(inspectors)] for i, sid in enumerate(site_ids)}


def assign_by_district(site_ids: Sequence[str], districts: Mapping[str, str],
                       inspectors: Sequence[str]) -> dict[str, str]:
    """Whole districts to each inspector (fewer trips across the city): the largest
    district first, each to whoever has the fewest sites so far (the first named on a
    tie). A district larger than a fair share is still one inspector's."""
    by_district: dict[str, list[str]] = {}
    for sid in site_ids:
        by_district.setdefault(districts.get(sid, ""), []).append(sid)
    load = dict.fromkeys(inspectors, 0)
    out: dict[str, str] = {}
    for district in sorted(by_district, key=lambda d: (-len(by_district[d]), d)):
        who = min(inspectors, key=lambda i: load[i])
        for sid in by_district[district]:
            out[sid] = who
        load[who] += len(by_district[district])
    return {sid: out[sid] for sid in site_ids}
