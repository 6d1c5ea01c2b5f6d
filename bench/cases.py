"""A city's ledger (issue 14): 20,000 cases across 40 units, each with a few events.

Usage: .venv/bin/python bench/cases.py [--cases 20000] [--units 40]

Times, in one run:
  (a) the ledger read and folded (`cases.ledger.ledger`: every case with its state), what
      the 整改 page and `cases list` start from;
  (b) `cases stats`' figures per unit over the folded ledger (`figures.figures`);
  (c) filtering the folded ledger by state and unit, as the page's filters do;
  (d) the baseline: reading the same rows with one plain SELECT each and json-decoding the
      events' data, the least any ledger must do.
Targets: (a)+(b) ≤ 1 s for `cases stats`; (c) ≤ 100 ms.
The dispatch documents (2,000 cases, 4,000 photos, beside bare ReportLab) are timed by
bench/dispatch.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector import clock
from inspector.cases import figures, ledger
from inspector.cases.machine import State
from inspector.store import Store
from inspector.store.store import now_iso


def build(store: Store, cases: int, units: int) -> None:
    """Cases in every state: a fifth waiting, the rest dispatched, most fixed, half closed."""
    zone = store.zone()
    start = clock.now(zone) - timedelta(days=30)
    store.db.execute("INSERT INTO sites (id, origin, version, name, category_id) "
                     "VALUES ('s1', 'bench', '0000000000001.00000.bench', '点位', 'market')")
    rows, events = [], []
    for n in range(cases):
        cid = str(uuid.uuid4())
        rows.append((cid, f"JM05-{n:06d}", "s1"))
        if n % 5 == 0:
            continue
        at = start + timedelta(minutes=n)
        kinds = [("dispatch", {"unit": f"单位{n % units:02d}"})]
        if n % 5 >= 2:
            kinds.append(("fix", {"measures": "已整改"}))
        if n % 5 >= 3:
            kinds.append(("pass", {}))
        for k, (kind, data) in enumerate(kinds):
            events.append((str(uuid.uuid4()), cid, kind,
                           (at + timedelta(hours=k)).isoformat(), "李四" if kind == "pass"
                           else "赵组长", "supervisor", json.dumps(data, ensure_ascii=False),
                           f"{1_800_000_000_000 + n * 10 + k:013d}.00000.bench"))
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO cases (id, origin, version, number, site_id, created_at) "
            "VALUES (?, 'bench', '0000000000001.00000.bench', ?, ?, ?)",
            [(*r, now_iso()) for r in rows])
        store.db.conn.executemany(
            "INSERT INTO case_events (id, origin, version, case_id, kind, at, actor, role, "
            "data) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?, ?)",
            [(e[0], e[7], e[1], e[2], e[3], e[4], e[5], e[6]) for e in events])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--units", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "d")
        build(store, args.cases, args.units)
        # The same photo rule needs no photos here: pass events carry none, and the fold
        # keeps them as conflicts — as costly to fold as applied ones.
        started = time.perf_counter()
        folded = ledger.ledger(store)
        t_ledger = time.perf_counter() - started
        now, cal = clock.now(store.zone()), ledger.work_calendar(store)
        started = time.perf_counter()
        rows = figures.figures([(c.state.unit or "未交办", c.state) for c in folded], now,
                               cal)
        t_stats = time.perf_counter() - started
        started = time.perf_counter()
        shown = [c for c in folded if c.state.state is State.DISPATCHED
                 and c.state.unit == "单位01"]
        t_filter = time.perf_counter() - started
        started = time.perf_counter()
        plain = store.db.execute("SELECT * FROM cases").fetchall()
        decoded = [json.loads(r[0]) for r in store.db.execute(
            "SELECT data FROM case_events")]
        t_floor = time.perf_counter() - started
        store.close()
    print(f"{len(folded)} cases, {len(decoded)} events, {len(rows)} units; "
          f"{len(shown)} shown by the filter; {len(plain)} rows read by the floor")
    print(f"(a) ledger read and folded  {t_ledger:7.3f} s")
    print(f"(b) figures per unit        {t_stats:7.3f} s   (a)+(b) = "
          f"{t_ledger + t_stats:.3f} s (target ≤ 1 s)")
    print(f"(c) filter state + unit     {t_filter * 1000:7.1f} ms  (target ≤ 100 ms)")
    print(f"(d) floor: plain reads      {t_floor:7.3f} s   a/d = {t_ledger / t_floor:.1f}×")


if __name__ == "__main__":
    main()
