"""The demo city's year (`inspector demo --year`): eleven monthly rounds before the demo's
November one, scores improving unevenly month by month, each round's problems opened as
cases, dispatched to their units, fixed (some late), re-inspected by another person with
an after photo and closed — fewer of them the nearer the month is to now — so the
monthly bulletin, the quarter and the year have something true to show.

Deterministic like the demo: the same draws, answers and case histories every time."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from . import clock, demo
from .actions import round_period, rounds
from .cases import ledger
from .interchange import derived_id
from .store import Store
from .worktime import parse_limit

# (month, fail-rate scale): worse early in the year, better later, not every month.
MONTHS = (("2025-12", 1.55), ("2026-01", 1.5), ("2026-02", 1.52), ("2026-03", 1.4),
          ("2026-04", 1.3), ("2026-05", 1.34), ("2026-06", 1.2), ("2026-07", 1.12),
          ("2026-08", 1.16), ("2026-09", 1.06), ("2026-10", 1.03))
NOVEMBER = "2026-11"
# 档案资料 (of 40) and 问卷调查 (of 20) as the province reported them, month by month.
ARCHIVE = ("31.5", "31.5", "32", "32.5", "33", "33", "34", "34.5", "34.5", "35", "35.5", "36")
SURVEY = ("14.2", "14.5", "14.4", "15", "15.3", "15.1", "15.8", "16.2", "16", "16.6", "16.9",
          "17.2")
SUPERVISOR = "赵组长"
SOURCE = "省文明办月度反馈（示例）"


def round_name(month: str) -> str:
    year, m = month.split("-")
    return f"{year}年{int(m)}月模拟测评"


def load_year(store: Store, progress: Callable[[str, int, int], None] | None = None) -> str:
    """The demo city (loaded first when it is not) and its year of rounds and cases."""
    if not store.rows("rounds", "name = ?", [demo.ROUND_NAME]):
        demo.load_demo(store, progress=progress)
    if store.rows("rounds", "name = ?", [round_name(MONTHS[0][0])]):
        return f"the demo city's year is already loaded (round '{round_name(MONTHS[0][0])}')"
    current = store.setting("current_round")
    form = rounds.resolve_form(store, None)[0].form
    cases = 0
    for n, (month, scale) in enumerate(MONTHS):
        if progress is not None:
            progress("data", n, len(MONTHS))
        name = round_name(month)
        with store.transaction():
            rnd = rounds.create_round(store, name, None, round_id=demo._uuid("round", month),
                                      created_at=f"{month}-15T09:00:00+08:00")
            store.save("rounds", {"id": rnd["id"], "period": month})
            rounds.sample(store, name, f"year-{month}", demo.INSPECTORS)
            demo._inspect(store, form, rnd["id"], None, f"/{month}", None, month, scale)
            round_period.set_scores(store, name, ARCHIVE[n], SURVEY[n], SOURCE)
        cases += _cases(store, name, month, n)
    cases += _cases(store, demo.ROUND_NAME, NOVEMBER, len(MONTHS))
    with store.transaction():
        round_period.set_period(store, demo.ROUND_NAME, NOVEMBER)
        round_period.set_scores(store, demo.ROUND_NAME, ARCHIVE[-1], SURVEY[-1], SOURCE)
        store.set_setting("current_round", current or demo.ROUND_NAME)
        if not store.setting("target"):
            store.set_setting("target", "85")
    return (f"demo city {demo.CITY}: a year of {len(MONTHS) + 1} monthly rounds "
            f"({MONTHS[0][0]} to {NOVEMBER}) with {cases} cases — try "
            f"'inspector report bulletin --period 2026-Q4 --out 通报.pdf'")


def _cases(store: Store, name: str, month: str, n: int) -> int:
    """The round's problems as cases, each with a history that ends where a real one
    would by now: older months mostly closed, the last ones still with their units —
    every event within the month (dispatched on the 10th, closed by its end)."""
    made = ledger.open_from_round(store, name)
    photo = _after_photo(store, month)
    zone = store.zone()
    calendar = ledger.work_calendar(store)
    limit = parse_limit(store.setting("case_time_limit"))
    done_share = 0.5 + 0.4 * (len(MONTHS) - n) / len(MONTHS)  # older: more closed
    dispatched_at = clock.in_zone(f"{month}-10T10:00:00+08:00", zone)
    assert dispatched_at is not None
    with store.transaction():
        for k, case in enumerate(made):
            rng = random.Random(f"case/{case['id']}")
            unit = case["lead_unit"] or f"{_district_of(store, case)}城市管理局"
            at = dispatched_at + timedelta(minutes=k)
            _event(store, case, "dispatch", at, SUPERVISOR, "supervisor", {"unit": unit})
            if rng.random() > 0.9:
                continue  # still with the unit
            due = calendar.due(at, limit)
            late = rng.random() < 0.15 + 0.02 * (len(MONTHS) - n)
            fixed = due + timedelta(days=rng.randint(1, 6)) if late else \
                at + (due - at) * rng.uniform(0.2, 0.9)
            _event(store, case, "fix", fixed, unit, "supervisor",
                   {"measures": "已按要求整改到位", "person": "王工", "from": "交办单"})
            if rng.random() > done_share:
                continue  # waiting for the re-inspection
            checked = fixed + timedelta(days=rng.randint(1, 3))
            if rng.random() < 0.1:  # found not fixed: back to the unit, fixed again
                _event(store, case, "fail", checked, "李四", "inspector",
                       {"comment": "整改不到位"}, photo)
                fixed = checked + timedelta(days=2)
                _event(store, case, "fix", fixed, unit, "supervisor",
                       {"measures": "返工后整改到位", "person": "王工", "from": "交办单"})
                checked = fixed + timedelta(days=1)
            _event(store, case, "pass", checked, "李四", "inspector", {}, photo)
    return len(made)


def _district_of(store: Store, case: dict[str, object]) -> str:
    site = store.get("sites", str(case["site_id"]))
    return str(site["district"]) if site and site["district"] else demo.CITY


def _event(store: Store, case: dict[str, object], kind: str, at: datetime, actor: str,
           role: str, data: dict[str, str], photo: str | None = None) -> None:
    event_id = derived_id("demo_event", str(case["id"]), kind, at.isoformat())
    store.save("case_events", {
        "id": event_id, "case_id": case["id"], "kind": kind,
        "at": at.isoformat(timespec="seconds"), "actor": actor, "role": role,
        "data": json.dumps(data, ensure_ascii=False)})
    if photo is not None:
        store.save("case_photos", {"id": derived_id("case_photo", event_id, photo),
                                   "event_id": event_id, "photo_sha256": photo})


def _after_photo(store: Store, month: str) -> str | None:
    """One after photo for the month's re-inspections, taken late in the month (after
    its dispatches, on the 10th); None without a photo folder (a store in memory)."""
    if store.data_dir is None:
        return None
    from .photos.importer import import_batch
    from .photos.synthetic import synthetic_jpeg

    year, m = (int(p) for p in month.split("-"))
    taken = datetime(year, m, 28, 16, 0, tzinfo=clock.zone_info("Asia/Shanghai"))
    folder = store.data_dir / "demo-after"
    folder.mkdir(exist_ok=True)
    path = Path(folder) / f"复查-{month}.jpg"
    path.write_bytes(synthetic_jpeg(640, 480, f"after/{month}", taken_at=taken,
                                    lat=Decimal("30.60"), lon=Decimal("114.30"),
                                    label=f"复查 {month}"))
    report = import_batch(store, [(path, "", None)], link=False)
    path.unlink()
    return report.imported[0].sha256 if report.imported else None
