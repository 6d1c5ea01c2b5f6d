"""Rounds across the year: each round's scorecard (from `scoring`, through its own form
version, so it reads the same whenever it is computed) with its month and the other two
parts of the 100-point evaluation; the rounds a period holds; what a period's rounds lost
by item, and the standards a site failed in rounds in a row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .. import state
from ..actions.round_period import FIELD_POINTS, period_of, scores
from ..domain import Form, Scorecard
from ..periods import Period
from ..store import Store, problem_rows
from ..store.store import Row

TWO = Decimal("0.01")


@dataclass(frozen=True)
class RoundView:
    row: Row
    month: str  # "2026-11"
    form: Form
    card: Scorecard
    archive: Decimal | None  # 档案资料, of 40, as entered
    survey: Decimal | None  # 问卷调查, of 20

    @property
    def name(self) -> str:
        return str(self.row["name"])

    @property
    def field(self) -> Decimal | None:
        """The field score out of 40: projected to the form's total when some site types
        were not inspected, as the scorecard shows it."""
        if self.card.points_inspected == 0:
            return None
        value = self.card.projected if self.card.projected is not None else self.card.total
        return value * FIELD_POINTS / self.card.total_points \
            if self.card.total_points != FIELD_POINTS else value


def all_rounds(store: Store) -> list[RoundView]:
    """Every round with a scorecard, by month (then when it was made)."""
    zone = store.zone()
    out = []
    for row in store.rows("rounds", order_by="created_at"):
        _, form, card = state.scorecard(store, row["name"])
        archive, survey = scores(row)
        out.append(RoundView(row, period_of(row, zone), form, card, archive, survey))
    out.sort(key=lambda r: (r.month, str(r.row["created_at"])))
    return out


def in_period(rounds: Sequence[RoundView], period: Period) -> list[RoundView]:
    return [r for r in rounds if period.contains(r.month)]


def until(rounds: Sequence[RoundView], period: Period) -> list[RoundView]:
    """The rounds up to the period's end: a bulletin's trend and history."""
    last = period.month_list()[-1]
    return [r for r in rounds if r.month <= last]


ONE = Decimal("0.1")  # a rate's places: percent to one decimal, as the scorecard shows it


def mean(values: Sequence[Decimal | None], places: Decimal = TWO) -> Decimal | None:
    """Every round in a period weighs the same; rounds without the figure are left out.
    Scores to two decimals, rates (`places=ONE`) to one."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    return (sum(known, Decimal(0)) / len(known)).quantize(places, ROUND_HALF_UP)


@dataclass(frozen=True)
class Loss:
    key: str  # an item id, or a site type's id
    name: str
    category: str  # the site type's name
    lost: Decimal  # points, the mean over the period's rounds


def item_losses(rounds: Sequence[RoundView]) -> dict[str, Loss]:
    """Per standard, the points it lost in the period: the mean over its rounds."""
    totals: dict[str, Decimal] = {}
    names: dict[str, tuple[str, str]] = {}
    for r in rounds:
        for c in r.card.categories:
            for i in c.item_losses:
                totals[i.item_id] = totals.get(i.item_id, Decimal(0)) + i.shown
                names[i.item_id] = (i.text, c.name)
    n = len(rounds) or 1
    return {k: Loss(k, names[k][0], names[k][1], (v / n).quantize(TWO, ROUND_HALF_UP))
            for k, v in totals.items()}


def category_losses(rounds: Sequence[RoundView]) -> dict[str, Loss]:
    totals: dict[str, Decimal] = {}
    names: dict[str, str] = {}
    for r in rounds:
        for c in r.card.categories:
            if c.lost is not None:
                totals[c.category_id] = totals.get(c.category_id, Decimal(0)) + c.lost
                names[c.category_id] = c.name
    n = len(rounds) or 1
    return {k: Loss(k, names[k], names[k], (v / n).quantize(TWO, ROUND_HALF_UP))
            for k, v in totals.items()}


@dataclass(frozen=True)
class Change:
    loss: Loss
    before: Decimal
    now: Decimal

    @property
    def delta(self) -> Decimal:
        return self.now - self.before


def changes(now: dict[str, Loss], before: dict[str, Loss]) -> tuple[list[Change], list[Change]]:
    """(points recovered, points newly lost) from the previous period to this one, by
    key: most first."""
    recovered, lost = [], []
    for key in sorted(set(now) | set(before)):
        was = before[key].lost if key in before else Decimal(0)
        is_ = now[key].lost if key in now else Decimal(0)
        loss = now.get(key) or before[key]
        if is_ < was:
            recovered.append(Change(loss, was, is_))
        elif is_ > was:
            lost.append(Change(loss, was, is_))
    recovered.sort(key=lambda c: (c.delta, c.loss.key))
    lost.sort(key=lambda c: (-c.delta, c.loss.key))
    return recovered, lost


@dataclass(frozen=True)
class Repeated:
    site: str
    district: str
    item_id: str
    item_text: str
    rounds: tuple[str, ...]  # the rounds in a row it failed in, oldest first


def repeated(store: Store, rounds: Sequence[RoundView]) -> list[Repeated]:
    """Standards a site failed in two or more rounds in a row, ending with the last round:
    反复出现的问题, by site and standard."""
    if len(rounds) < 2:
        return []
    failed = [{(p.site_id, p.item_id) for p in problem_rows.reported(store, str(r.row["id"]))}
              for r in rounds]
    sites = {s.id: s for s in store.sites()}
    texts = {i.id: i.text for r in rounds for c in r.form.categories for i in c.items}
    out = []
    for site_id, item_id in sorted(failed[-1]):
        run = 1
        while run < len(rounds) and (site_id, item_id) in failed[-1 - run]:
            run += 1
        if run >= 2:
            site = sites.get(site_id)
            out.append(Repeated(site.name if site else "?", site.district if site else "",
                                item_id, texts.get(item_id, ""),
                                tuple(r.name for r in rounds[-run:])))
    out.sort(key=lambda r: (-len(r.rounds), r.district, r.site, r.item_id))
    return out
