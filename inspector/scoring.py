"""Scores for a round of field inspections (实地考察), as ARCHITECTURE.md §3 lays them down.

Every score is an exact `Fraction`. `Decimal`s appear only as the rounded figures a user
sees, made half up by `shown2` and `percent1`; totals are sums of those shown figures so
that a printed table adds up. Pure functions over `inspector.domain`; stdlib only.

Where §3 leaves room, this module chooses:
- A response that is neither na nor carries its value (a check without `passed`, a grade
  without `level`, a quota without `found`) is unanswered. A deduct item is answered by a
  non-na response of its own; problems recorded on it do not answer it by themselves.
- An inspection marked FINISHED that is not complete is treated as in progress.
- Inspections of sites outside the round's sample are ignored and listed in
  `Scorecard.unsampled`, so a caller can warn instead of the scorecard failing.
- With `count_unapproved=False` an unapproved 无法测评 report does not mark its site
  either: only inspections that count say anything about a site.
- Disagreements compare item ratios where inspections rated the item; na against a
  rating is not one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from inspector.domain import (
    DEFAULT_LEVELS,
    Category,
    CategoryScore,
    DistrictScore,
    Form,
    Inspection,
    InspectionScore,
    Item,
    ItemLoss,
    Kind,
    Outcome,
    Problem,
    Response,
    ReviewState,
    Scorecard,
    Site,
    SiteScore,
    SiteStatus,
)

__all__ = [
    "inspection_score",
    "is_complete",
    "item_ratio",
    "percent1",
    "score_round",
    "shown2",
    "to_decimal_points",
]

_ZERO = Fraction(0)
_ONE = Fraction(1)
_NO_POINTS = Decimal("0.00")


# ---- display ------------------------------------------------------------------------


def _half_up(x: Fraction, places: int) -> Decimal:
    # Truncating to one digit more than shown keeps the value on the same side of a
    # ...5 tie (the tie itself is exact at that length), so the quantize below rounds as
    # the exact value would; Decimal(x.numerator) / x.denominator could round twice.
    digits = int(x * 10 ** (places + 1))  # int() truncates toward zero
    unit = Decimal(1).scaleb(-places)
    return Decimal(digits).scaleb(-(places + 1)).quantize(unit, rounding=ROUND_HALF_UP)


def shown2(x: Fraction) -> Decimal:
    """A score as shown: 2 decimals, half up."""
    return _half_up(x, 2)


def percent1(x: Fraction) -> Decimal:
    """A ratio as a shown percentage: x × 100 with 1 decimal, half up."""
    return _half_up(x * 100, 1)


def to_decimal_points(x: Fraction) -> Decimal:
    """Points as shown, e.g. 6/5 → Decimal('1.20'). Raises if x has more than 2 decimals."""
    cents = x * 100
    if cents.denominator != 1:
        raise ValueError(f"points must have at most 2 decimals, got {x}")
    return Decimal(cents.numerator).scaleb(-2)


def _mean(values: Sequence[Fraction]) -> Fraction:
    return sum(values, _ZERO) / len(values)


# ---- items and inspections ----------------------------------------------------------


def item_ratio(item: Item, response: Response, problems: Sequence[Problem]) -> Fraction | None:
    """Achievement r in [0, 1] of one item; None when it is na or not answered yet.

    `problems` may be all of the inspection's problems; only those on this item are used.
    Raises ValueError (naming the item) when the answer or the item cannot be scored.
    """
    if response.item_id != item.id:
        raise ValueError(f"item {item.id}: given the response to item {response.item_id}")
    if response.na:
        return None
    if item.kind is Kind.CHECK:
        return None if response.passed is None else Fraction(int(response.passed))
    if item.kind is Kind.DEDUCT:
        return _deduct_ratio(item, problems)
    if item.kind is Kind.GRADE:
        return _grade_ratio(item, response.level)
    return _quota_ratio(item, response.found)


def _deduct_ratio(item: Item, problems: Sequence[Problem]) -> Fraction:
    if item.per_problem is None:
        raise ValueError(f"item {item.id}: a deduct item needs per_problem")
    counts = [p.count for p in problems if p.item_id == item.id]
    if any(n < 0 for n in counts):
        raise ValueError(f"item {item.id}: a problem has a negative count")
    return max(_ZERO, 1 - sum(counts) * item.per_problem)


def _grade_ratio(item: Item, level: str | None) -> Fraction | None:
    if level is None:
        return None
    chosen = next((lv for lv in item.levels or DEFAULT_LEVELS if lv.name == level), None)
    if chosen is None:
        raise ValueError(f"item {item.id}: unknown level {level!r}")
    return chosen.value


def _quota_ratio(item: Item, found: int | None) -> Fraction | None:
    if found is None:
        return None
    if item.required is None or item.required < 1:
        raise ValueError(f"item {item.id}: a quota item needs required ≥ 1")
    if found < 0:
        raise ValueError(f"item {item.id}: found {found} is negative")
    return min(_ONE, Fraction(found, item.required))


def _answered(item: Item, response: Response | None) -> bool:
    # A deduct item with no problems scores 1, so "has a ratio" covers every kind.
    return response is not None and (response.na or item_ratio(item, response, ()) is not None)


def is_complete(category: Category, inspection: Inspection) -> bool:
    """Whether every item of the category is answered (na counts as answered)."""
    return all(_answered(it, inspection.responses.get(it.id)) for it in category.items)


def inspection_score(category: Category, inspection: Inspection) -> InspectionScore | None:
    """The inspection's ratio s over its applicable, answered items; None if there are none.

    Works on an unfinished inspection too, as a live score of what has been answered.
    """
    ratios: dict[str, Fraction] = {}
    for it in category.items:
        response = inspection.responses.get(it.id)
        r = None if response is None else item_ratio(it, response, inspection.problems)
        if r is not None:
            ratios[it.id] = r
    if not ratios:
        return None
    return InspectionScore(inspection.id, inspection.site_id, _combine(category, ratios), ratios)


def _combine(category: Category, ratios: Mapping[str, Fraction]) -> Fraction:
    if category.strict:
        # 一票否决: one item short of full marks fails the whole inspection.
        return _ONE if all(r == 1 for r in ratios.values()) else _ZERO
    weights = {it.id: it.weight for it in category.items if it.id in ratios}
    weighted = sum((w * ratios[item_id] for item_id, w in weights.items()), _ZERO)
    return weighted / sum(weights.values(), _ZERO)


# ---- which inspections count --------------------------------------------------------


@dataclass
class _Tally:
    counted: defaultdict[str, list[InspectionScore]] = field(
        default_factory=lambda: defaultdict(list)
    )
    not_inspectable: dict[str, list[str]] = field(default_factory=dict)  # site → reasons
    in_progress: int = 0
    rejected: int = 0
    counted_unapproved: int = 0
    all_na: list[str] = field(default_factory=list)
    unsampled: list[str] = field(default_factory=list)


def _tally(
    category_of: Mapping[str, Category],
    inspections: Iterable[Inspection],
    count_unapproved: bool,
) -> _Tally:
    tally = _Tally()
    for insp in inspections:
        category = category_of.get(insp.site_id)
        accepted = insp.review is ReviewState.APPROVED or count_unapproved
        if category is None:
            tally.unsampled.append(insp.id)
        elif insp.review is ReviewState.REJECTED:
            tally.rejected += 1
        elif insp.outcome is Outcome.IN_PROGRESS:
            tally.in_progress += 1
        elif not accepted:
            pass  # awaiting review, and the setting counts approved inspections only
        elif insp.outcome is Outcome.NOT_INSPECTABLE:
            tally.not_inspectable.setdefault(insp.site_id, []).append(insp.reason)
        elif not is_complete(category, insp):
            tally.in_progress += 1  # 完成测评 means every item answered or na
        else:
            _count_finished(tally, category, insp)
    return tally


def _count_finished(tally: _Tally, category: Category, insp: Inspection) -> None:
    score = inspection_score(category, insp)
    if score is None:
        tally.all_na.append(insp.id)
        return
    tally.counted[insp.site_id].append(score)
    if insp.review is not ReviewState.APPROVED:
        tally.counted_unapproved += 1


# ---- sites and categories -----------------------------------------------------------


def _site_score(site: Site, category: Category, tally: _Tally) -> SiteScore:
    scores = tuple(tally.counted.get(site.id, ()))
    ratio: Fraction | None
    reason = ""
    if scores:
        status, ratio = SiteStatus.INSPECTED, _mean([s.ratio for s in scores])
    elif site.id in tally.not_inspectable:
        status, ratio = SiteStatus.NOT_INSPECTABLE, None
        reason = "；".join(dict.fromkeys(r for r in tally.not_inspectable[site.id] if r))
    else:
        status, ratio = SiteStatus.NOT_INSPECTED, None
    return SiteScore(
        site_id=site.id,
        name=site.name,
        category_id=site.category_id,
        district=site.district,
        status=status,
        ratio=ratio,
        rate=None if ratio is None else percent1(ratio),
        inspections=scores,
        disagreements=_disagreements(category, scores),
        reason=reason,
    )


def _disagreements(category: Category, scores: Sequence[InspectionScore]) -> tuple[str, ...]:
    return tuple(
        it.id
        for it in category.items
        if len({s.item_ratios[it.id] for s in scores if it.id in s.item_ratios}) > 1
    )


def _category_score(category: Category, sites: Sequence[SiteScore]) -> CategoryScore:
    points = to_decimal_points(category.points)
    inspected = [s for s in sites if s.status is SiteStatus.INSPECTED]
    site_ratios = [s.ratio for s in inspected if s.ratio is not None]
    ratio: Fraction | None = None
    exact: Fraction | None = None
    score: Decimal | None = None
    rate: Decimal | None = None
    lost: Decimal | None = None
    losses: tuple[ItemLoss, ...] = ()
    if site_ratios:
        ratio = _mean(site_ratios)
        exact = category.points * ratio
        score = shown2(exact)
        rate = percent1(Fraction(score) / category.points)  # from the shown score
        lost = points - score
        losses = _item_losses(category, inspected, lost)
    return CategoryScore(
        category_id=category.id,
        name=category.name,
        points=points,
        sites_sampled=len(sites),
        sites_inspected=len(site_ratios),
        ratio=ratio,
        exact=exact,
        score=score,
        rate=rate,
        lost=lost,
        item_losses=losses,
        sites=tuple(sites),
    )


# ---- lost points per item -----------------------------------------------------------


def _item_losses(
    category: Category, inspected: Sequence[SiteScore], lost: Decimal
) -> tuple[ItemLoss, ...]:
    exact = _exact_item_losses(category, inspected)
    shown = _largest_remainder(exact, lost)
    texts = {it.id: it.text for it in category.items}
    rows = [
        ItemLoss(item_id, category.id, texts[item_id], exact[item_id], shown[item_id])
        for item_id in exact
    ]
    return tuple(sorted(rows, key=lambda row: (-row.shown, row.item_id)))


def _exact_item_losses(category: Category, inspected: Sequence[SiteScore]) -> dict[str, Fraction]:
    losses: defaultdict[str, Fraction] = defaultdict(Fraction)
    for site in inspected:
        share = category.points / len(inspected) / len(site.inspections)
        for score in site.inspections:
            _split_loss(category, score, (1 - score.ratio) * share, losses)
    return dict(losses)


def _split_loss(
    category: Category, score: InspectionScore, loss: Fraction, into: defaultdict[str, Fraction]
) -> None:
    """Share one inspection's loss among its items in proportion to w·(1 − r)."""
    if loss == 0:
        return
    shortfalls = {
        it.id: it.weight * (1 - score.item_ratios[it.id])
        for it in category.items
        if it.id in score.item_ratios
    }
    # s < 1 (strict or not) needs some item with r < 1, so the sum is positive here.
    total = sum(shortfalls.values(), _ZERO)
    for item_id, shortfall in shortfalls.items():
        if shortfall:
            into[item_id] += loss * shortfall / total


def _largest_remainder(exact: Mapping[str, Fraction], lost: Decimal) -> dict[str, Decimal]:
    """Cents per item that add up to `lost`: floor each, then give the spare cents to the
    largest remainders (ties by item id)."""
    cents = {item_id: e * 100 for item_id, e in exact.items()}
    floors = {item_id: math.floor(c) for item_id, c in cents.items()}
    # `lost` is the exact loss rounded to a cent, so the spare cents number at least 0 and
    # at most the count of items with a remainder.
    spare = int(lost * 100) - sum(floors.values())
    assert 0 <= spare <= len(floors), (spare, lost)
    for item_id in sorted(cents, key=lambda i: (floors[i] - cents[i], i))[:spare]:
        floors[item_id] += 1
    return {item_id: Decimal(c).scaleb(-2) for item_id, c in floors.items()}


# ---- districts ----------------------------------------------------------------------


def _district_scores(form: Form, sites: Sequence[SiteScore]) -> tuple[DistrictScore, ...]:
    points = {c.id: c.points for c in form.categories}
    ratios: dict[str, defaultdict[str, list[Fraction]]] = {}
    for site in sites:
        by_category = ratios.setdefault(site.district, defaultdict(list))
        if site.ratio is not None:
            by_category[site.category_id].append(site.ratio)
    rows = [_district_row(d, by_cat, points) for d, by_cat in ratios.items()]
    ranked = sorted((r for r in rows if r.district and r.ratio is not None), key=_best_first)
    unnamed = [r for r in rows if not r.district]
    unscored = sorted((r for r in rows if r.district and r.ratio is None), key=_by_name)
    return (*_with_ranks(ranked), *unnamed, *unscored)


def _best_first(row: DistrictScore) -> tuple[Fraction, str]:
    return -(row.ratio or _ZERO), row.district  # only rows with a ratio are ranked


def _by_name(row: DistrictScore) -> str:
    return row.district


def _district_row(
    district: str, by_category: Mapping[str, list[Fraction]], points: Mapping[str, Fraction]
) -> DistrictScore:
    if not by_category:
        return DistrictScore(district, None, None, None, 0)
    weighted = sum((points[c] * _mean(rs) for c, rs in by_category.items()), _ZERO)
    ratio = weighted / sum((points[c] for c in by_category), _ZERO)
    inspected = sum(len(rs) for rs in by_category.values())
    return DistrictScore(district, ratio, percent1(ratio), None, inspected)


def _with_ranks(ranked: Sequence[DistrictScore]) -> list[DistrictScore]:
    """Competition ranks on the exact ratios: equal ratios share a rank (1, 2, 2, 4)."""
    out: list[DistrictScore] = []
    for i, row in enumerate(ranked):
        tied = bool(out) and out[-1].ratio == row.ratio
        rank = out[-1].rank if tied else i + 1
        out.append(DistrictScore(row.district, row.ratio, row.rate, rank, row.sites_inspected))
    return out


# ---- the round ----------------------------------------------------------------------


def _category_of_sites(form: Form, sites: Sequence[Site]) -> dict[str, Category]:
    for c in form.categories:
        if c.points <= 0:
            raise ValueError(f"category {c.id}: points must be positive")
    category_of: dict[str, Category] = {}
    for site in sites:
        category = form.category(site.category_id)
        if category is None:
            raise ValueError(f"site {site.id}: category {site.category_id} is not in the form")
        if site.id in category_of:
            raise ValueError(f"site {site.id} is sampled twice")
        category_of[site.id] = category
    return category_of


def score_round(
    form: Form,
    sites: Sequence[Site],
    inspections: Sequence[Inspection],
    *,
    count_unapproved: bool = True,
) -> Scorecard:
    """The scorecard of a round: `sites` are its sampled sites, `inspections` its visits."""
    category_of = _category_of_sites(form, sites)
    tally = _tally(category_of, inspections, count_unapproved)
    site_scores = [_site_score(s, category_of[s.id], tally) for s in sites]
    categories = [
        _category_score(c, [s for s in site_scores if s.category_id == c.id])
        for c in form.categories
    ]
    scored = [(c.score, c.points) for c in categories if c.score is not None]
    total = sum((score for score, _ in scored), _NO_POINTS)
    points_inspected = sum((points for _, points in scored), _NO_POINTS)
    rate: Decimal | None = None
    projected: Decimal | None = None
    if scored:
        rate = percent1(Fraction(total) / Fraction(points_inspected))
        if Fraction(points_inspected) < form.total:
            projected = shown2(Fraction(total) * form.total / Fraction(points_inspected))
    return Scorecard(
        form_id=form.id,
        form_version=form.version,
        total_points=to_decimal_points(form.total),
        categories=_by_lost_points(categories),
        total=total,
        points_inspected=points_inspected,
        lost=points_inspected - total,
        rate=rate,
        projected=projected,
        districts=_district_scores(form, site_scores),
        counted_unapproved=tally.counted_unapproved,
        in_progress=tally.in_progress,
        rejected=tally.rejected,
        all_na=tuple(tally.all_na),
        unsampled=tuple(tally.unsampled),
    )


def _by_lost_points(categories: Sequence[CategoryScore]) -> tuple[CategoryScore, ...]:
    """Most lost points first, 未测评 last; ties keep the form's order (sorted is stable)."""
    return tuple(sorted(categories, key=lambda c: (c.lost is None, -(c.lost or _NO_POINTS))))
