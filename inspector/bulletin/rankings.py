"""Districts and member units ranked for a period.

Districts by the field score rate (the mean of their rates over the period's rounds) and
by the city's composite (rules.py): the rates weighed, less points per percent of cases
overdue (超期率) and sent back (返工率). Units (成员单位) by their rectification figures:
按期结案率, then 结案率, then fewer overdue. Equal figures share a rank (1, 2, 2, 4), as
the scorecard's districts do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from ..cases.figures import Figures, percent
from .rounds import ONE, RoundView, mean
from .rules import Rules

TWO = Decimal("0.01")


@dataclass(frozen=True)
class DistrictRow:
    district: str
    field_rate: Decimal | None  # percent
    closure_rate: Decimal | None  # percent, of the cases dispatched in the period
    on_time_rate: Decimal | None
    dispatched: int
    overdue: int
    reworks: int
    composite: Decimal | None
    field_rank: int | None = None
    rank: int | None = None  # by composite
    previous_rank: int | None = None  # the previous period's, for the arrow
    praised: bool = False
    criticised: bool = False

    @property
    def overdue_rate(self) -> Decimal:
        """超期率: percent of the cases dispatched in the period overdue at its end."""
        return _share(self.overdue, self.dispatched)

    @property
    def rework_rate(self) -> Decimal:
        return _share(self.reworks, self.dispatched)


def _share(part: int, whole: int) -> Decimal:
    """A share of the cases dispatched, percent; none dispatched: none late."""
    return percent(part, whole) or Decimal(0)


def districts(rounds: Sequence[RoundView], cases: Sequence[Figures], rules: Rules
              ) -> list[DistrictRow]:
    """Every district the period's rounds scored (未指定 left out), ranked by composite."""
    rates: dict[str, list[Decimal | None]] = {}
    for r in rounds:
        for d in r.card.districts:
            if d.district:
                rates.setdefault(d.district, []).append(d.rate)
    by_case = {f.group: f for f in cases}
    rows = []
    for name in sorted(rates):
        field = mean(rates[name], ONE)
        f = by_case.get(name)
        row = DistrictRow(name, field, f.closure_rate if f else None,
                          f.on_time_rate if f else None, f.dispatched if f else 0,
                          f.overdue_now if f else 0, f.reworks if f else 0, None)
        rows.append(replace(row, composite=composite(row, rules)))
    rows = _ranked(rows, lambda r: r.field_rate, "field_rank")
    rows = _ranked(rows, lambda r: r.composite, "rank")
    rows.sort(key=lambda r: (r.rank is None, r.rank or 0, r.district))
    return _verdicts(rows, rules)


def composite(row: DistrictRow, rules: Rules) -> Decimal | None:
    parts = {"field_rate": row.field_rate, "closure_rate": row.closure_rate,
             "on_time_rate": row.on_time_rate}
    weighed = [(rules.weights[k], v) for k, v in parts.items()
               if v is not None and rules.weights[k] > 0]
    if not weighed or row.field_rate is None:
        return None
    score = sum((w * v for w, v in weighed), Decimal(0)) / sum(w for w, _ in weighed)
    score -= rules.deductions["overdue"] * row.overdue_rate \
        + rules.deductions["rework"] * row.rework_rate
    return score.quantize(TWO, ROUND_HALF_UP)


def _ranked(rows: list[DistrictRow], key: Callable[[DistrictRow], Decimal | None],
            field: str) -> list[DistrictRow]:
    ordered = sorted((r for r in rows if key(r) is not None), key=lambda r: -(key(r) or 0))
    ranks: dict[int, int] = {}
    for i, r in enumerate(ordered):
        tied = i > 0 and key(ordered[i - 1]) == key(r)
        ranks[id(r)] = ranks[id(ordered[i - 1])] if tied else i + 1
    if field == "rank":
        return [replace(r, rank=ranks.get(id(r))) for r in rows]
    return [replace(r, field_rank=ranks.get(id(r))) for r in rows]


def _verdicts(rows: list[DistrictRow], rules: Rules) -> list[DistrictRow]:
    """通报表扬 and 通报批评 by the city's rule; a district is never both (praise wins only
    where it is not also criticised for its overdue cases)."""
    ranked = [r for r in rows if r.rank is not None]
    last = max((r.rank or 0 for r in ranked), default=0)
    out = []
    for r in rows:
        criticised = r.rank is not None and (
            (rules.criticism_bottom > 0 and r.rank > last - rules.criticism_bottom
             and len(ranked) > rules.criticism_bottom)
            or (rules.criticism_overdue_rate_above is not None
                and r.overdue_rate > rules.criticism_overdue_rate_above))
        praised = not criticised and r.rank is not None and (
            r.rank <= rules.praise_top
            or (rules.praise_above is not None and r.composite is not None
                and r.composite >= rules.praise_above))
        out.append(replace(r, praised=praised, criticised=criticised))
    return out


def with_previous(rows: list[DistrictRow], before: Sequence[DistrictRow]) -> list[DistrictRow]:
    was = {r.district: r.rank for r in before}
    return [replace(r, previous_rank=was.get(r.district)) for r in rows]


@dataclass(frozen=True)
class UnitRow:
    rank: int | None
    figures: Figures


def units(figures: Sequence[Figures]) -> list[UnitRow]:
    """Member units with a case dispatched in the period ("未交办" left out), best first."""
    def key(f: Figures) -> tuple[Decimal, Decimal, int]:
        return (-(f.on_time_rate or Decimal(-1)), -(f.closure_rate or Decimal(-1)),
                f.overdue_now)

    ordered = sorted((f for f in figures if f.group != "未交办"), key=lambda f: (key(f), f.group))
    out: list[UnitRow] = []
    for i, f in enumerate(ordered):
        tied = i > 0 and key(ordered[i - 1]) == key(f)
        out.append(UnitRow(out[-1].rank if tied else i + 1, f))
    return out
