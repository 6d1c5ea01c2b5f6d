"""The bulletin over a city's year (issue 15): 12 monthly rounds × 300 sites, with their
problems made cases (about 20,000) and histories like the demo year's.

Usage: .venv/bin/python bench/bulletin.py [--sites 300] [--rounds 12]

Times, in one run:
  (a) the baseline: the 12 rounds' scorecards computed alone (`state.scorecard` each);
  (b) the bulletin for the last month: gathered (`bulletin.build`) and written as PDF;
  (c) the bulletin for the year: the same.
Targets: (b) ≤ 10 s, (c) ≤ 30 s on a 2-core machine; printed beside (a).
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector import demo, demo_year, periods, state
from inspector.actions import rounds
from inspector.actions.sites import site_row
from inspector.bulletin.build import build
from inspector.domain import Site
from inspector.registry import site_id
from inspector.report import bulletin_pdf
from inspector.store import Store


def city(store: Store, sites: int, months: list[str]) -> int:
    form = rounds.resolve_form(store, None)[0].form
    per_type = math.ceil(sites / len(form.categories))
    with store.transaction():
        store.set_setting("city", demo.CITY)
        for ci, cat in enumerate(form.categories):
            for k in range(per_type):
                district = demo.DISTRICTS[(ci + k) % len(demo.DISTRICTS)]
                name = f"{demo.PLACES[k % len(demo.PLACES)]}{cat.name.split('/')[0]}{k + 1}号"
                store.save("sites", site_row(Site(
                    id=site_id(cat.id, district, name), name=name, category_id=cat.id,
                    district=district, responsible_unit=f"{district}{k % 8 + 1}号街道办事处",
                    lat=Decimal(f"{30.5 + k / 1000:.6f}"),
                    lon=Decimal(f"{114.2 + ci / 1000:.6f}"))))
    cases = 0
    for n, month in enumerate(months):
        name = demo_year.round_name(month)
        scale = 1.5 - 0.5 * n / max(1, len(months) - 1)
        with store.transaction():
            rnd = rounds.create_round(store, name, None, created_at=f"{month}-15T09:00:00+08:00")
            store.save("rounds", {"id": rnd["id"], "period": month})
            rounds.sample(store, name, f"bench-{month}", demo.INSPECTORS, per_type)
            demo._inspect(store, form, rnd["id"], None, f"/{month}", None, month, scale)
        cases += demo_year._cases(store, name, month, min(n, len(demo_year.MONTHS)))
        print(f"  round {month}: {cases} cases so far", flush=True)
    return cases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    months = [f"{2025 + (m + 11) // 12}-{(m + 11) % 12 + 1:02d}" for m in range(args.rounds)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "d")
        started = time.perf_counter()
        cases = city(store, args.sites, months)
        print(f"built {args.rounds} rounds × {args.sites} sites, {cases} cases in "
              f"{time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        for r in store.rows("rounds"):
            state.scorecard(store, r["name"])
        alone = time.perf_counter() - started
        results = []
        for label in (months[-1], months[-1][:4]):
            period = periods.parse(label)
            started = time.perf_counter()
            bulletin = build(store, period)
            gathered = time.perf_counter() - started
            bulletin_pdf.write(bulletin, Path(tmp) / f"{label}.pdf")
            results.append((label, gathered, time.perf_counter() - started,
                            len(bulletin.rounds), bulletin.cases))
        print(f"(a) {args.rounds} scorecards alone: {alone:.2f} s")
        for label, gathered, total, n, c in results:
            target = 10 if len(label) > 4 else 30
            print(f"({'b' if len(label) > 4 else 'c'}) bulletin {label}: {total:.2f} s "
                  f"(gathered {gathered:.2f} s; {n} rounds, {c} cases) = "
                  f"{total / alone:.2f}× the scorecards alone; target ≤ {target} s")


if __name__ == "__main__":
    main()
