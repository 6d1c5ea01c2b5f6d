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
