"""How long the exact scorecard takes for a big round, beside a float baseline.

Usage: .venv/bin/python bench/scoring.py [SITES_PER_TYPE]

(a) `score_round` (exact Fractions, item losses, districts) over the shipped form;
(b) baseline: a bare float loop computing only the per-inspection weighted mean over the
same responses — the least any scorer must do. Prints both and the ratio a/b.
"""

from __future__ import annotations

import random
import sys
import time

from inspector.domain import Inspection, Kind, Outcome, Problem, Response, Site
from inspector.forms import default_form
from inspector.scoring import score_round


def build(per_type: int) -> tuple[list[Site], list[Inspection]]:
    form = default_form().form
    rng = random.Random(1)
    sites: list[Site] = []
    inspections: list[Inspection] = []
    for cat in form.categories:
        for k in range(per_type):
            site = Site(id=f"{cat.id}-{k}", name=f"{cat.name}{k}", category_id=cat.id,
                        district=f"区{k % 7}")
            sites.append(site)
            for n in range(2):
                responses: dict[str, Response] = {}
                problems: list[Problem] = []
                for item in cat.items:
                    bad = rng.random() < 0.25
                    if item.kind is Kind.CHECK:
                        responses[item.id] = Response(item.id, passed=not bad)
                    elif item.kind is Kind.DEDUCT:
                        responses[item.id] = Response(item.id)
                        if bad:
                            problems.append(Problem(f"p{len(problems)}", item.id, 2))
                    elif item.kind is Kind.GRADE:
                        responses[item.id] = Response(item.id, level=item.levels[bad * 2].name)
                    else:
                        responses[item.id] = Response(item.id, found=1 if bad else 99)
                inspections.append(Inspection(
                    id=f"{site.id}-{n}", site_id=site.id, outcome=Outcome.FINISHED,
                    responses=responses, problems=tuple(problems)))
    return sites, inspections


def baseline(items: dict[str, float], inspections: list[Inspection]) -> float:
    total = 0.0
    for insp in inspections:
        num = den = 0.0
        for item_id, resp in insp.responses.items():
            r = 1.0 if resp.passed or (resp.found or 0) > 3 or resp.level == "好" else 0.0
            num += items[item_id] * r
            den += items[item_id]
        total += num / den
    return total


def timed(fn, *args, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    per_type = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    form = default_form().form
    sites, inspections = build(per_type)
    responses = sum(len(i.responses) for i in inspections)
    a = timed(lambda: score_round(form, sites, inspections))
    weights = {i.id: float(i.weight) for c in form.categories for i in c.items}
    b = timed(baseline, weights, inspections)
    print(f"round: {len(sites)} sites, {len(inspections)} inspections, {responses} responses")
    print(f"(a) score_round, exact:      {a * 1000:8.1f} ms")
    print(f"(b) float weighted-mean loop: {b * 1000:8.1f} ms")
    print(f"ratio a/b: {a / b:.1f}×")


if __name__ == "__main__":
    main()
