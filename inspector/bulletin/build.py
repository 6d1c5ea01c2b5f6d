"""Everything a bulletin for a period shows, gathered once: the headline (field score of
40, its change since the previous period and since the baselines, the estimated total of
100 and the gap to the city's target), the trend over the rounds, the districts and units
ranked, the standards that lost most, points recovered and newly lost, the problems that
came back, and the rounds and cases it was built from.

A quarter and a year aggregate their months by the same rules: every round in the period
weighs the same. Cases count in the period they were first dispatched in, as they stood
at the period's end (so a past month's bulletin reads the same whenever it is printed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from decimal import Decimal

from .. import clock
from ..actions.baselines import listed
from ..actions.round_period import ARCHIVE_POINTS, FIELD_POINTS, SURVEY_POINTS
from ..cases import figures, ledger
from ..cases.figures import Figures
from ..domain import Baseline
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..periods import Period
from ..store import Store
from . import rankings, rounds
from .rounds import Change, Loss, Repeated, RoundView
from .rules import Rules, in_effect

NO_ROUNDS = QT_TRANSLATE_NOOP(
    "bulletin.no_rounds",
    "no round counts for {period}: set a round's month with inspector round set-period R "
    "{example} (inspector round list shows them)")


@dataclass(frozen=True)
class Part:
    name: str  # 实地考察, 档案资料, 问卷调查
    points: Decimal
    score: Decimal | None

    @property
    def lost(self) -> Decimal | None:
        return None if self.score is None else self.points - self.score


@dataclass(frozen=True)
class TypeRow:
    name: str
    rate: Decimal | None  # percent, the period's mean
    rate_before: Decimal | None
    lost: Decimal | None  # points, the period's mean
    lost_before: Decimal | None

    @property
    def change(self) -> Decimal | None:
        """Points recovered (+) or newly lost (−) since the previous period."""
        if self.lost is None or self.lost_before is None:
            return None
        return self.lost_before - self.lost


@dataclass
class Bulletin:
    city: str
    period: Period
    rules: Rules
    rounds: list[RoundView]
    previous: list[RoundView]
    history: list[RoundView]  # every round up to the period's end: the trend
    field_score: Decimal | None  # of 40, the mean of the rounds'
    field_before: Decimal | None
    baselines: list[Baseline]
    parts: list[Part]
    target: Decimal | None
    categories: list[TypeRow]  # per site type, worst first
    district_trend: list[tuple[str, list[Decimal | None]]]  # per district, rate per history
    districts: list[rankings.DistrictRow]
    units: list[rankings.UnitRow]
    top_losses: list[Loss]
    recovered: list[Change]
    newly_lost: list[Change]
    repeated: list[Repeated]
    cases: int  # cases first dispatched in the period
    generated: datetime = field(default_factory=datetime.now)

    @property
    def total(self) -> Decimal | None:
        """The estimated total of 100, when all three parts are known."""
        if any(p.score is None for p in self.parts):
            return None
        return sum((p.score or Decimal(0) for p in self.parts), Decimal(0))

    @property
    def gap(self) -> Decimal | None:
        total = self.total
        return None if total is None or self.target is None else self.target - total

    @property
    def fastest(self) -> Part | None:
        """The part with the most points still lost: where the gap closes fastest."""
        known = [p for p in self.parts if p.lost is not None]
        return max(known, key=lambda p: (p.lost or 0, -len(p.name)), default=None)

    @property
    def praised(self) -> list[str]:
        return [d.district for d in self.districts if d.praised]

    @property
    def criticised(self) -> list[str]:
        return [d.district for d in self.districts if d.criticised]


def build(store: Store, period: Period, *, now: datetime | None = None) -> Bulletin:
    zone = store.zone()
    every = rounds.all_rounds(store)
    these = rounds.in_period(every, period)
    if not these:
        raise UserError(NO_ROUNDS(period=str(period), example=period.month_list()[-1]))
    before = rounds.in_period(every, period.previous())
    rules = in_effect(store.data_dir, store.setting("ranking_rules"))
    calendar = ledger.work_calendar(store)
    now = now or clock.now(zone)

    def case_figures(p: Period) -> tuple[list[Figures], list[Figures], int]:
        start = datetime.combine(p.start(), time(), zone)
        end = datetime.combine(p.end(), time(), zone)
        as_of = min(end, now)
        cases = ledger.ledger(store, calendar=calendar, as_of=as_of, dispatched=(start, end))
        by_district = figures.figures([(c.district or "未指定", c.state) for c in cases],
                                      as_of, calendar, since=start, until=end)
        by_unit = figures.figures([(c.state.unit or "未交办", c.state) for c in cases],
                                  as_of, calendar, since=start, until=end)
        return by_district, by_unit, sum(f.dispatched for f in by_unit)

    by_district, by_unit, count = case_figures(period)
    districts = rankings.districts(these, by_district, rules)
    if before:
        districts = rankings.with_previous(
            districts, rankings.districts(before, case_figures(period.previous())[0], rules))
    field_now = rounds.mean([r.field for r in these])
    parts = [Part("实地考察", FIELD_POINTS, field_now),
             Part("档案资料", ARCHIVE_POINTS, rounds.mean([r.archive for r in these])),
             Part("问卷调查", SURVEY_POINTS, rounds.mean([r.survey for r in these]))]
    target = store.setting("target").strip()
    losses = rounds.item_losses(these)
    recovered, newly_lost = rounds.changes(losses, rounds.item_losses(before)) if before \
        else ([], [])
    rate_now, rate_before = _category_rates(these), _category_rates(before)
    lost_now, lost_before = rounds.category_losses(these), rounds.category_losses(before)
    names = {loss.name: key for key, loss in {**lost_before, **lost_now}.items()}
    types = [TypeRow(name, rate, rate_before.get(name),
                     lost_now[names[name]].lost if names.get(name) in lost_now else None,
                     lost_before[names[name]].lost if names.get(name) in lost_before
                     else None) for name, rate in rate_now.items()]
    types.sort(key=lambda t: (-(t.lost or 0), t.name))
    history = rounds.until(every, period)[-12:]
    return Bulletin(
        city=store.setting("city"), period=period, rules=rules, rounds=these,
        previous=before, history=history, field_score=field_now,
        field_before=rounds.mean([r.field for r in before]) if before else None,
        baselines=listed(store), parts=parts,
        target=Decimal(target) if target else None,
        categories=types, district_trend=_district_trend(history),
        districts=districts, units=rankings.units(by_unit),
        top_losses=sorted(losses.values(), key=lambda loss: (-loss.lost, loss.key))[:10],
        recovered=recovered, newly_lost=newly_lost,
        repeated=rounds.repeated(store, rounds.until(every, period)),
        cases=count, generated=now.replace(tzinfo=None))


def _category_rates(these: list[RoundView]) -> dict[str, Decimal | None]:
    rates: dict[str, list[Decimal | None]] = {}
    for r in these:
        for c in r.card.categories:
            rates.setdefault(c.name, []).append(c.rate)
    return {name: rounds.mean(values, rounds.ONE) for name, values in rates.items()}


def _district_trend(history: list[RoundView]) -> list[tuple[str, list[Decimal | None]]]:
    names = sorted({d.district for r in history for d in r.card.districts if d.district})
    return [(name, [next((d.rate for d in r.card.districts if d.district == name), None)
                    for r in history]) for name in names]
