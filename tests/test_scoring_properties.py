"""inspector.scoring: properties over small random forms, sites and inspections."""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from inspector.domain import (
    DEFAULT_LEVELS,
    Category,
    Form,
    Inspection,
    Item,
    Kind,
    Level,
    Outcome,
    Problem,
    Response,
    ReviewState,
    Site,
)
from inspector.scoring import (
    inspection_score,
    item_ratio,
    percent1,
    score_round,
    shown2,
)

F = Fraction

fast = settings(max_examples=200, deadline=None)

WEIGHTS = [F("0.5"), F(1), F(2), F(3)]
PER_PROBLEM = [F("0.1"), F("0.2"), F("0.25"), F("0.5"), F(1)]
LEVEL_VALUES = [F(0), F("0.2"), F("0.5"), F("0.6"), F("0.8"), F(1)]
DISTRICTS = ["", "甲", "乙", "丙"]


# ---- strategies ---------------------------------------------------------------------


@st.composite
def items(draw: st.DrawFn, item_id: str) -> Item:
    kind = draw(st.sampled_from(Kind))
    weight = draw(st.sampled_from(WEIGHTS))
    if kind is Kind.DEDUCT:
        return Item(item_id, item_id, weight, kind, per_problem=draw(st.sampled_from(PER_PROBLEM)))
    if kind is Kind.GRADE:
        values = draw(st.lists(st.sampled_from(LEVEL_VALUES), max_size=4, unique=True))
        levels = tuple(Level(f"L{v}", v) for v in sorted(values, reverse=True))
        return Item(item_id, item_id, weight, kind, levels=levels)  # () → the default levels
    if kind is Kind.QUOTA:
        return Item(item_id, item_id, weight, kind, required=draw(st.integers(1, 5)))
    return Item(item_id, item_id, weight, kind)


@st.composite
def categories(draw: st.DrawFn, cid: str = "C", min_items: int = 1) -> Category:
    n = draw(st.integers(min_items, 5))
    its = tuple(draw(items(f"{cid}.{k}")) for k in range(n))
    points = F(draw(st.integers(1, 1000)), 100)  # at most 2 decimals, as forms validate
    return Category(cid, cid, points, 3, draw(st.booleans()), its)


def levels_of(item: Item) -> tuple[Level, ...]:
    return item.levels or DEFAULT_LEVELS


@st.composite
def answers(
    draw: st.DrawFn, item: Item, tag: str, na: bool = True
) -> tuple[Response, list[Problem]]:
    if na and draw(st.integers(0, 4)) == 0:
        return Response(item.id, na=True), []
    if item.kind is Kind.CHECK:
        return Response(item.id, passed=draw(st.booleans())), []
    if item.kind is Kind.DEDUCT:
        counts = draw(st.lists(st.integers(0, 3), max_size=3))
        return Response(item.id), [
            Problem(f"{tag}.{item.id}.{k}", item.id, n) for k, n in enumerate(counts)
        ]
    if item.kind is Kind.GRADE:
        return Response(item.id, level=draw(st.sampled_from(levels_of(item))).name), []
    return Response(item.id, found=draw(st.integers(0, 7))), []


@st.composite
def inspections(
    draw: st.DrawFn, category: Category, insp_id: str, site_id: str, mixed: bool = False
) -> Inspection:
    responses: dict[str, Response] = {}
    problems: list[Problem] = []
    for it in category.items:
        response, found = draw(answers(it, insp_id))
        responses[it.id] = response
        problems.extend(found)
    outcome, review = Outcome.FINISHED, ReviewState.APPROVED
    if mixed:  # mostly ones that count, so that most categories get scored
        outcome = draw(st.sampled_from([*[Outcome.FINISHED] * 3, *Outcome]))
        review = draw(st.sampled_from([*[ReviewState.APPROVED] * 3, *ReviewState]))
    return Inspection(insp_id, site_id, "", outcome, review, responses, tuple(problems))


@st.composite
def rounds(draw: st.DrawFn, mixed: bool = False) -> tuple[Form, list[Site], list[Inspection]]:
    cats = [draw(categories(f"C{k}")) for k in range(draw(st.integers(1, 3)))]
    total = sum((c.points for c in cats), F(0)) + draw(st.sampled_from([F(0), F(10)]))
    form = Form("f", "1", "t", total, tuple(cats), "0" * 64)
    sites: list[Site] = []
    visits: list[Inspection] = []
    for cat in cats:
        for k in range(draw(st.integers(1, 3))):
            site = Site(f"{cat.id}.s{k}", "", cat.id, draw(st.sampled_from(DISTRICTS)))
            sites.append(site)
            for v in range(draw(st.integers(0, 3))):
                visits.append(draw(inspections(cat, f"{site.id}.v{v}", site.id, mixed)))
    return form, sites, visits


# ---- worsening an answer ------------------------------------------------------------


@st.composite
def worse(draw: st.DrawFn, item: Item, insp: Inspection) -> Inspection:
    """The same inspection with `item` answered no better than before."""
    old = insp.responses[item.id]
    problems = insp.problems
    if item.kind is Kind.CHECK:
        new = replace(old, passed=False)
    elif item.kind is Kind.DEDUCT:
        problems = (*problems, Problem("worse", item.id, draw(st.integers(1, 2))))
        new = old
    elif item.kind is Kind.GRADE:
        current = item_ratio(item, old, ())
        lower = [lv for lv in levels_of(item) if current is not None and lv.value <= current]
        new = replace(old, level=draw(st.sampled_from(lower)).name)
    else:
        new = replace(old, found=draw(st.integers(0, old.found or 0)))
    return replace(insp, responses={**insp.responses, item.id: new}, problems=problems)


# ---- properties ---------------------------------------------------------------------


@fast
@given(rounds(mixed=True))
def test_category_score_between_zero_and_points(
    case: tuple[Form, list[Site], list[Inspection]],
) -> None:
    form, sites, visits = case
    card = score_round(form, sites, visits)
    for c in card.categories:
        if c.inspected:
            assert c.exact is not None and c.score is not None and c.lost is not None
            cat = form.category(c.category_id)
            assert cat is not None
            assert 0 <= c.exact <= cat.points
            assert Decimal(0) <= c.score <= c.points
            assert c.lost >= 0


@fast
@given(st.data())
def test_worsening_an_answer_never_raises_a_score(data: st.DataObject) -> None:
    form, sites, visits = data.draw(rounds())
    assume(visits)
    i = data.draw(st.integers(0, len(visits) - 1))
    target = visits[i]
    cat = form.category(target.site_id.split(".")[0])
    assert cat is not None
    applicable = [it for it in cat.items if not target.responses[it.id].na]
    assume(applicable)
    item = data.draw(st.sampled_from(applicable))
    worsened = data.draw(worse(item, target))

    before, after = inspection_score(cat, target), inspection_score(cat, worsened)
    assert before is not None and after is not None
    assert after.ratio <= before.ratio
    assert after.item_ratios[item.id] <= before.item_ratios[item.id]

    card_before = score_round(form, sites, visits)
    card_after = score_round(form, sites, [*visits[:i], worsened, *visits[i + 1 :]])
    scores_before = {c.category_id: c.exact for c in card_before.categories}
    for c in card_after.categories:
        old = scores_before[c.category_id]
        assert (c.exact is None) == (old is None)  # the item stays applicable
        if c.exact is not None and old is not None:
            assert c.exact <= old
    assert card_after.total <= card_before.total


def achievable(item: Item) -> set[Fraction]:
    if item.kind is Kind.CHECK:
        return {F(0), F(1)}
    if item.kind is Kind.DEDUCT:
        assert item.per_problem is not None
        most = math.ceil(1 / item.per_problem)
        return {max(F(0), 1 - n * item.per_problem) for n in range(most + 1)}
    if item.kind is Kind.GRADE:
        return {lv.value for lv in levels_of(item)}
    assert item.required is not None
    return {F(f, item.required) for f in range(item.required + 1)}


def answer_with(item: Item, r: Fraction) -> tuple[Response, list[Problem]]:
    """A response (and problems) that gives `item` exactly the achievement r."""
    if item.kind is Kind.CHECK:
        return Response(item.id, passed=r == 1), []
    if item.kind is Kind.DEDUCT:
        assert item.per_problem is not None
        n = next(n for n in range(100) if max(F(0), 1 - n * item.per_problem) == r)
        return Response(item.id), [Problem(f"p.{item.id}", item.id, n)]
    if item.kind is Kind.GRADE:
        return Response(item.id, level=next(lv.name for lv in levels_of(item) if lv.value == r)), []
    assert item.required is not None
    return Response(item.id, found=int(r * item.required)), []


@fast
@given(st.data())
def test_na_on_an_item_changes_nothing_when_the_rest_are_equal(data: st.DataObject) -> None:
    cat = data.draw(categories(min_items=2))
    common = set.intersection(*(achievable(it) for it in cat.items))
    assume(common)
    r = data.draw(st.sampled_from(sorted(common)))
    na_ids = data.draw(st.sets(st.sampled_from([it.id for it in cat.items])))
    responses: dict[str, Response] = {}
    problems: list[Problem] = []
    for it in cat.items:
        response, found = answer_with(it, r)
        responses[it.id] = Response(it.id, na=True) if it.id in na_ids else response
        problems.extend(found)
    applicable = [it.id for it in cat.items if it.id not in na_ids]
    assume(len(applicable) >= 2)
    one_more = data.draw(st.sampled_from(applicable))

    insp = Inspection("i", "s", responses=responses, problems=tuple(problems))
    fewer = replace(insp, responses={**responses, one_more: Response(one_more, na=True)})
    before, after = inspection_score(cat, insp), inspection_score(cat, fewer)
    assert before is not None and after is not None
    assert before.ratio == after.ratio == (r if not cat.strict else F(r == 1))


@fast
@given(rounds(mixed=True))
def test_item_losses_add_up(case: tuple[Form, list[Site], list[Inspection]]) -> None:
    form, sites, visits = case
    card = score_round(form, sites, visits)
    for c in card.categories:
        if not c.inspected:
            assert c.item_losses == ()
            continue
        cat = form.category(c.category_id)
        assert cat is not None and c.exact is not None
        assert sum((x.exact for x in c.item_losses), F(0)) == cat.points - c.exact
        assert sum((x.shown for x in c.item_losses), Decimal("0.00")) == c.lost
        assert all(x.exact > 0 and x.shown >= 0 for x in c.item_losses)
        # each shown loss is its exact loss floored or raised by one cent
        assert all(abs(F(x.shown) - x.exact) < F(1, 100) for x in c.item_losses)
        keys = [(-x.shown, x.item_id) for x in c.item_losses]
        assert keys == sorted(keys)


@fast
@given(rounds(mixed=True), st.booleans())
def test_totals_add_up(case: tuple[Form, list[Site], list[Inspection]], unapproved: bool) -> None:
    form, sites, visits = case
    card = score_round(form, sites, visits, count_unapproved=unapproved)
    shown = [c for c in card.categories if c.score is not None]
    assert card.total == sum((c.score for c in shown if c.score is not None), Decimal(0))
    assert card.points_inspected == sum((c.points for c in shown), Decimal(0))
    assert card.lost == card.points_inspected - card.total
    if shown:
        assert card.rate == percent1(F(card.total) / F(card.points_inspected))
    else:
        assert card.rate is None and card.projected is None
    for c in shown:
        assert c.score is not None and c.lost == c.points - c.score
        assert c.rate == percent1(F(c.score) / F(c.points))
    inspected = [c.inspected for c in card.categories]
    assert inspected == sorted(inspected, reverse=True)  # 未测评 last


@fast
@given(st.data())
def test_order_of_inspections_does_not_matter(data: st.DataObject) -> None:
    form, sites, visits = data.draw(rounds(mixed=True))
    shuffled = data.draw(st.permutations(visits))
    a, b = score_round(form, sites, visits), score_round(form, sites, shuffled)
    assert [(c.category_id, c.exact, c.item_losses) for c in a.categories] == [
        (c.category_id, c.exact, c.item_losses) for c in b.categories
    ]
    assert (a.total, a.districts) == (b.total, b.districts)


@fast
@given(rounds())
def test_district_ranks(case: tuple[Form, list[Site], list[Inspection]]) -> None:
    form, sites, visits = case
    rows = score_round(form, sites, visits).districts
    ranked = [d for d in rows if d.rank is not None]
    assert all(d.district and d.ratio is not None for d in ranked)
    ratios = {d.district: d.ratio for d in ranked if d.ratio is not None}
    for d in ranked:
        assert d.rank == 1 + sum(1 for r in ratios.values() if r > ratios[d.district])
    assert [d.district for d in rows].count("") <= 1
    assert sorted(d.district for d in rows) == sorted({s.district for s in sites})


@fast
@given(st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6))
def test_shown2_is_half_up_of_the_exact_value(x: Fraction) -> None:
    shown = F(shown2(x))
    assert abs(shown - x) <= F(1, 200)
    if abs(shown - x) == F(1, 200):
        assert abs(shown) > abs(x)  # a tie goes away from zero


@fast
@given(st.integers(-(10**6), 10**6), st.integers(0, 6))
def test_shown2_matches_decimal_on_exact_decimals(n: int, places: int) -> None:
    x = Decimal(n).scaleb(-places)  # exactly representable: Decimal's own rounding is right
    assert shown2(F(x)) == x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
