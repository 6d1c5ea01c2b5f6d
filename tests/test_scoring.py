"""inspector.scoring: hand-worked figures a user would see on the scorecard (§3)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import pytest

from inspector.domain import (
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
    Scorecard,
    Site,
    SiteStatus,
)
from inspector.scoring import (
    inspection_score,
    is_complete,
    item_ratio,
    percent1,
    score_round,
    shown2,
    to_decimal_points,
)

D = Decimal
F = Fraction
NA = object()  # answer marker: not applicable


# ---- builders -----------------------------------------------------------------------


def check(item_id: str, weight: str = "1") -> Item:
    return Item(item_id, f"标准{item_id}", F(weight), Kind.CHECK)


def deduct(item_id: str, per: str = "0.25", weight: str = "1") -> Item:
    return Item(item_id, f"标准{item_id}", F(weight), Kind.DEDUCT, per_problem=F(per))


def grade(item_id: str, levels: tuple[Level, ...] = (), weight: str = "1") -> Item:
    return Item(item_id, f"标准{item_id}", F(weight), Kind.GRADE, levels=levels)


def quota(item_id: str, required: int | None, weight: str = "1") -> Item:
    return Item(item_id, f"标准{item_id}", F(weight), Kind.QUOTA, required=required)


def category(cid: str, points: str, items: Sequence[Item], *, strict: bool = False) -> Category:
    return Category(cid, f"类型{cid}", F(points), 3, strict, tuple(items))


def form(*categories: Category, total: str = "40") -> Form:
    return Form("city", "2024", "实地考察", F(total), categories, "0" * 64)


def site(site_id: str, cid: str, district: str = "") -> Site:
    return Site(site_id, f"点位{site_id}", cid, district)


def answers(**given: object) -> dict[str, Response]:
    """True/False → check; NA; str → grade level; int → quota found; None → deduct."""
    out: dict[str, Response] = {}
    for item_id, value in given.items():
        if value is NA:
            out[item_id] = Response(item_id, na=True)
        elif isinstance(value, bool):
            out[item_id] = Response(item_id, passed=value)
        elif isinstance(value, str):
            out[item_id] = Response(item_id, level=value)
        elif isinstance(value, int):
            out[item_id] = Response(item_id, found=value)
        else:
            out[item_id] = Response(item_id)
    return out


def visit(
    insp_id: str,
    site_id: str,
    responses: dict[str, Response] | None = None,
    *,
    problems: Sequence[Problem] = (),
    outcome: Outcome = Outcome.FINISHED,
    review: ReviewState = ReviewState.APPROVED,
) -> Inspection:
    return Inspection(
        insp_id,
        site_id,
        inspector="张三",
        outcome=outcome,
        review=review,
        responses=responses or {},
        problems=tuple(problems),
    )


def two_checks(cid: str, points: str, *, strict: bool = False) -> Category:
    return category(cid, points, [check("a"), check("b")], strict=strict)


CLEAN = answers(a=True, b=True)
ONE_FAIL = answers(a=True, b=False)


# ---- the speech ---------------------------------------------------------------------


def three_sites_one_clean(points: str) -> Scorecard:
    cat = two_checks("T", points, strict=True)
    sites = [site("s1", "T"), site("s2", "T"), site("s3", "T")]
    visits = [visit("i1", "s1", CLEAN), visit("i2", "s2", ONE_FAIL), visit("i3", "s3", ONE_FAIL)]
    return score_round(form(cat), sites, visits)


def test_speech_township_three_sites_one_clean_scores_0_40_of_1_2() -> None:
    card = three_sites_one_clean("1.2")
    (township,) = card.categories
    assert township.score == D("0.40")
    assert township.rate == D("33.3")
    assert township.lost == D("0.80")
    assert township.points == D("1.20")
    assert (card.total, card.points_inspected, card.lost, card.rate) == (
        D("0.40"),
        D("1.20"),
        D("0.80"),
        D("33.3"),
    )
    assert card.projected == D("13.33")  # 0.40 × 40 / 1.20


def test_speech_small_square_three_sites_one_clean_scores_0_33_of_1_0() -> None:
    (square,) = three_sites_one_clean("1.0").categories
    assert (square.score, square.lost, square.rate) == (D("0.33"), D("0.67"), D("33.0"))


# ---- item_ratio, kind by kind -------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (Response("a", passed=True), F(1)),
        (Response("a", passed=False), F(0)),
        (Response("a"), None),  # not answered yet
        (Response("a", na=True, passed=False), None),
    ],
)
def test_check(response: Response, expected: Fraction | None) -> None:
    assert item_ratio(check("a"), response, ()) == expected


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((), F(1)),
        ((1,), F(3, 4)),
        ((1, 2), F(1, 4)),
        ((4,), F(0)),
        ((2, 3), F(0)),  # 1 − 5 × 0.25 is below zero: no further than 0
    ],
)
def test_deduct(counts: tuple[int, ...], expected: Fraction) -> None:
    problems = [Problem(f"p{i}", "a", count=n) for i, n in enumerate(counts)]
    problems.append(Problem("elsewhere", "b", count=3))  # another item's problem
    assert item_ratio(deduct("a", per="0.25"), Response("a"), problems) == expected


def test_deduct_na_ignores_its_problems() -> None:
    problem = Problem("p", "a")
    assert item_ratio(deduct("a"), Response("a", na=True), [problem]) is None


@pytest.mark.parametrize(
    ("level", "expected"),
    [("好", F(1)), ("较好", F(4, 5)), ("一般", F(3, 5)), ("差", F(0)), (None, None)],
)
def test_grade_default_levels(level: str | None, expected: Fraction | None) -> None:
    assert item_ratio(grade("a"), Response("a", level=level), ()) == expected


def test_grade_custom_levels() -> None:
    levels = (Level("优", F(1)), Level("良", F("0.9")), Level("中", F("0.5")))
    item = grade("a", levels)
    assert item_ratio(item, Response("a", level="良"), ()) == F(9, 10)
    with pytest.raises(ValueError, match=r"item a: unknown level '较好'"):
        item_ratio(item, Response("a", level="较好"), ())  # a default name, not this item's


def test_grade_unknown_level_names_the_item() -> None:
    with pytest.raises(ValueError, match="item g7"):
        item_ratio(grade("g7"), Response("g7", level="很好"), ())


@pytest.mark.parametrize(
    ("found", "expected"),
    [(0, F(0)), (3, F(3, 4)), (4, F(1)), (9, F(1)), (None, None)],  # 9 of 4: capped at 1
)
def test_quota(found: int | None, expected: Fraction | None) -> None:
    assert item_ratio(quota("a", 4), Response("a", found=found), ()) == expected


@pytest.mark.parametrize(
    ("item", "response", "problems", "message"),
    [
        (check("a"), Response("b", passed=True), (), "item a: given the response to item b"),
        (
            Item("a", "", F(1), Kind.DEDUCT),
            Response("a"),
            (),
            "item a: a deduct item needs per_problem",
        ),
        (deduct("a"), Response("a"), (Problem("p", "a", count=-1),), "negative count"),
        (quota("a", None), Response("a", found=1), (), "item a: a quota item needs required"),
        (quota("a", 0), Response("a", found=1), (), "needs required"),
        (quota("a", 2), Response("a", found=-1), (), "found -1 is negative"),
    ],
)
def test_unscorable_answers_raise(
    item: Item, response: Response, problems: tuple[Problem, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        item_ratio(item, response, problems)


# ---- one inspection -----------------------------------------------------------------


def test_na_rebases_the_weights() -> None:
    cat = category("C", "1", [check("a", "2"), check("b"), check("c")])
    with_na = inspection_score(cat, visit("i", "s", answers(a=True, b=False, c=NA)))
    all_answered = inspection_score(cat, visit("i", "s", answers(a=True, b=False, c=False)))
    assert with_na is not None and all_answered is not None
    assert with_na.ratio == F(2, 3)  # 2 / (2 + 1): c's weight left out
    assert all_answered.ratio == F(1, 2)
    assert dict(with_na.item_ratios) == {"a": F(1), "b": F(0)}


def test_mixed_kinds_weighted() -> None:
    cat = category("C", "1", [check("a", "3"), deduct("b", "0.5", "2"), grade("c"), quota("d", 5)])
    insp = visit("i", "s", answers(a=True, b=None, c="一般", d=2), problems=[Problem("p", "b")])
    score = inspection_score(cat, insp)
    assert score is not None
    # (3·1 + 2·0.5 + 1·0.6 + 1·0.4) / 7 = 5 / 7
    assert score.ratio == F(5, 7)
    assert (score.inspection_id, score.site_id) == ("i", "s")


def test_strict_one_shortfall_fails_the_inspection() -> None:
    cat = category("C", "1", [check("a"), grade("b"), check("c")], strict=True)
    good = inspection_score(cat, visit("i", "s", answers(a=True, b="好", c=NA)))
    short = inspection_score(cat, visit("i", "s", answers(a=True, b="较好", c=True)))
    assert good is not None and short is not None
    assert (good.ratio, short.ratio) == (F(1), F(0))


def test_live_score_of_an_unfinished_inspection() -> None:
    cat = category("C", "1", [check("a"), check("b"), check("c")])
    insp = visit("i", "s", {"a": Response("a", passed=True), "b": Response("b")})
    score = inspection_score(cat, insp)
    assert score is not None and score.ratio == F(1)  # only a is answered so far
    assert not is_complete(cat, insp)


def test_nothing_applicable_has_no_score() -> None:
    cat = two_checks("C", "1")
    assert inspection_score(cat, visit("i", "s", answers(a=NA, b=NA))) is None
    assert inspection_score(cat, visit("i", "s")) is None


@pytest.mark.parametrize(
    ("responses", "complete"),
    [
        (answers(a=True, b=NA, c=None), True),  # a deduct item is answered by its response
        (answers(a=True, c=None), False),  # b has no response
        ({**answers(b=NA, c=None), "a": Response("a")}, False),  # a has no value
        (answers(a=NA, b=NA, c=NA), True),
    ],
)
def test_is_complete(responses: dict[str, Response], complete: bool) -> None:
    cat = category("C", "1", [check("a"), grade("b"), deduct("c")])
    assert is_complete(cat, visit("i", "s", responses)) is complete


# ---- the round: which inspections count ---------------------------------------------


def test_two_inspections_of_one_site_are_averaged_and_disagreements_listed() -> None:
    cat = two_checks("C", "2")
    visits = [visit("i1", "s1", CLEAN), visit("i2", "s1", ONE_FAIL)]
    card = score_round(form(cat), [site("s1", "C")], visits)
    (c,) = card.categories
    (s1,) = c.sites
    assert s1.ratio == F(3, 4) and s1.rate == D("75.0")
    assert [i.inspection_id for i in s1.inspections] == ["i1", "i2"]
    assert s1.disagreements == ("b",)
    assert c.score == D("1.50")


def test_na_against_a_rating_is_not_a_disagreement() -> None:
    cat = two_checks("C", "1")
    visits = [visit("i1", "s1", CLEAN), visit("i2", "s1", answers(a=True, b=NA))]
    (c,) = score_round(form(cat), [site("s1", "C")], visits).categories
    assert c.sites[0].disagreements == ()


def test_uninspected_and_uninspectable_sites_are_left_out() -> None:
    cat = two_checks("C", "1")
    sites = [site("s1", "C"), site("s2", "C"), site("s3", "C")]
    visits = [
        visit("i1", "s1", ONE_FAIL),
        visit("i3", "s3", outcome=Outcome.NOT_INSPECTABLE),
    ]
    (c,) = score_round(form(cat), sites, visits).categories
    assert (c.sites_sampled, c.sites_inspected) == (3, 1)
    assert c.score == D("0.50")  # the one inspected site, not (0.5 + 0 + 0) / 3
    assert [s.status for s in c.sites] == [
        SiteStatus.INSPECTED,
        SiteStatus.NOT_INSPECTED,
        SiteStatus.NOT_INSPECTABLE,
    ]
    assert [s.rate for s in c.sites] == [D("50.0"), None, None]


def test_site_reported_uninspectable_but_also_inspected_counts_as_inspected() -> None:
    cat = two_checks("C", "1")
    visits = [visit("i1", "s1", outcome=Outcome.NOT_INSPECTABLE), visit("i2", "s1", CLEAN)]
    (c,) = score_round(form(cat), [site("s1", "C")], visits).categories
    assert c.sites[0].status is SiteStatus.INSPECTED


def test_uninspected_category_is_left_out_and_listed_last() -> None:
    a, b = two_checks("A", "20"), two_checks("B", "20")
    card = score_round(form(a, b), [site("s1", "A"), site("s2", "B")], [])
    assert all(not c.inspected for c in card.categories)
    card = score_round(form(a, b), [site("s1", "A"), site("s2", "B")], [visit("i", "s2", CLEAN)])
    first, last = card.categories
    assert (first.category_id, first.score, first.lost) == ("B", D("20.00"), D("0.00"))
    assert last.category_id == "A" and not last.inspected
    assert (last.score, last.rate, last.lost, last.ratio, last.exact) == (None,) * 5
    assert last.item_losses == ()
    assert (card.total, card.points_inspected, card.lost) == (D("20.00"), D("20.00"), D("0.00"))
    assert card.rate == D("100.0")
    assert card.projected == D("40.00")


def test_in_progress_rejected_and_unapproved() -> None:
    cat = two_checks("C", "1")
    sites = [site("s1", "C"), site("s2", "C")]
    visits = [
        visit("done", "s1", CLEAN),
        visit("going", "s1", {"a": Response("a", passed=False)}, outcome=Outcome.IN_PROGRESS),
        visit("bad", "s1", answers(a=False, b=False), review=ReviewState.REJECTED),
        visit("new", "s2", ONE_FAIL, review=ReviewState.RECEIVED),
        visit("odd", "s2", answers(a=False, b=False), review=ReviewState.FLAGGED),
    ]
    card = score_round(form(cat), sites, visits)
    (c,) = card.categories
    assert (card.in_progress, card.rejected, card.counted_unapproved) == (1, 1, 2)
    assert [len(s.inspections) for s in c.sites] == [1, 2]
    assert c.sites[1].ratio == F(1, 4)
    assert c.score == D("0.63")  # (1 + 1/4) / 2 = 0.625, half up

    approved_only = score_round(form(cat), sites, visits, count_unapproved=False)
    (c,) = approved_only.categories
    assert (approved_only.in_progress, approved_only.rejected) == (1, 1)
    assert approved_only.counted_unapproved == 0
    assert [s.status for s in c.sites] == [SiteStatus.INSPECTED, SiteStatus.NOT_INSPECTED]
    assert c.score == D("1.00")


def test_unapproved_not_inspectable_report_waits_for_review_when_only_approved_count() -> None:
    cat = two_checks("C", "1")
    visits = [visit("i", "s1", outcome=Outcome.NOT_INSPECTABLE, review=ReviewState.RECEIVED)]
    sites = [site("s1", "C")]
    counted = score_round(form(cat), sites, visits)
    approved_only = score_round(form(cat), sites, visits, count_unapproved=False)
    assert counted.categories[0].sites[0].status is SiteStatus.NOT_INSPECTABLE
    assert approved_only.categories[0].sites[0].status is SiteStatus.NOT_INSPECTED


def test_finished_but_incomplete_is_treated_as_in_progress() -> None:
    cat = two_checks("C", "1")
    card = score_round(form(cat), [site("s1", "C")], [visit("i", "s1", answers(a=True))])
    assert card.in_progress == 1
    assert not card.categories[0].inspected


def test_all_na_inspection_is_left_out_and_flagged() -> None:
    cat = two_checks("C", "1")
    visits = [visit("blank", "s1", answers(a=NA, b=NA)), visit("real", "s2", ONE_FAIL)]
    card = score_round(form(cat), [site("s1", "C"), site("s2", "C")], visits)
    assert card.all_na == ("blank",)
    (c,) = card.categories
    assert [s.status for s in c.sites] == [SiteStatus.NOT_INSPECTED, SiteStatus.INSPECTED]
    assert c.score == D("0.50")


def test_inspections_of_unsampled_sites_are_ignored_and_listed() -> None:
    cat = two_checks("C", "1")
    visits = [visit("stray", "elsewhere", answers(a=False, b=False)), visit("i", "s1", CLEAN)]
    card = score_round(form(cat), [site("s1", "C")], visits)
    assert card.unsampled == ("stray",)
    assert card.total == D("1.00")


def test_nothing_inspected() -> None:
    card = score_round(form(two_checks("C", "40")), [site("s1", "C")], [])
    assert (str(card.total), str(card.points_inspected), str(card.lost)) == (
        "0.00",
        "0.00",
        "0.00",
    )
    assert card.rate is None and card.projected is None
    assert str(card.total_points) == "40.00"
    assert (card.form_id, card.form_version) == ("city", "2024")


def test_projection_when_only_some_categories_are_inspected() -> None:
    a, b, c = two_checks("A", "1.2"), two_checks("B", "0.8"), two_checks("C", "38")
    sites = [site("sa", "A"), site("sb", "B"), site("sc", "C")]
    visits = [visit("ia", "sa", CLEAN), visit("ib", "sb", ONE_FAIL)]
    card = score_round(form(a, b, c), sites, visits)
    assert (card.total, card.points_inspected, card.lost) == (D("1.60"), D("2.00"), D("0.40"))
    assert card.rate == D("80.0")
    assert card.projected == D("32.00")  # 1.60 × 40 / 2.00

    everything = score_round(form(a, b, c), sites, [*visits, visit("ic", "sc", CLEAN)])
    assert everything.points_inspected == D("40.00") and everything.projected is None


def test_float_trap_0_3_points_at_95_percent_shows_0_29() -> None:
    cat = category("C", "0.3", [check("a", "19"), check("b", "1")])
    card = score_round(form(cat), [site("s", "C")], [visit("i", "s", ONE_FAIL)])
    (c,) = card.categories
    assert c.exact == F(57, 200)  # 0.285 exactly
    assert c.score == D("0.29")
    assert round(0.3 * 0.95, 2) == 0.28  # what float arithmetic would have printed
    assert c.rate == D("96.7")  # 0.29 / 0.30, from the shown score
    assert c.lost == D("0.01")


def test_total_is_the_sum_of_the_shown_category_scores() -> None:
    cats = [category(x, "1", [check("a"), check("b"), check("c")]) for x in "XYZ"]
    sites = [site(f"s{x}", x) for x in "XYZ"]
    visits = [visit(f"i{x}", f"s{x}", answers(a=True, b=False, c=False)) for x in "XYZ"]
    card = score_round(form(*cats), sites, visits)
    assert [c.score for c in card.categories] == [D("0.33")] * 3
    assert card.total == D("0.99")  # not 1.00, the rounded exact sum
    assert card.lost == D("2.01")
    assert card.rate == D("33.0")


def test_categories_sorted_by_lost_points_ties_in_form_order() -> None:
    cats = [two_checks("A", "1"), two_checks("B", "2"), two_checks("C", "1"), two_checks("D", "1")]
    sites = [site(f"s{c.id}", c.id) for c in cats[:3]]
    visits = [visit("ia", "sA", ONE_FAIL), visit("ib", "sB", ONE_FAIL), visit("ic", "sC", ONE_FAIL)]
    card = score_round(form(*cats), sites, visits)
    assert [c.category_id for c in card.categories] == ["B", "A", "C", "D"]


# ---- lost points per item -----------------------------------------------------------


def test_item_losses_across_sites_and_inspections() -> None:
    cat = two_checks("C", "1.2")
    sites = [site("s1", "C"), site("s2", "C")]
    visits = [
        visit("i1", "s1", CLEAN),  # share 0.3, loses nothing
        visit("i2", "s1", ONE_FAIL),  # share 0.3, loses 0.15, all on b
        visit("i3", "s2", answers(a=False, b=False)),  # share 0.6, 0.3 each
    ]
    (c,) = score_round(form(cat), sites, visits).categories
    assert c.score == D("0.45") and c.lost == D("0.75")
    assert [(x.item_id, x.exact, x.shown) for x in c.item_losses] == [
        ("b", F(9, 20), D("0.45")),
        ("a", F(3, 10), D("0.30")),
    ]
    assert (c.item_losses[0].category_id, c.item_losses[0].text) == ("C", "标准b")


def test_strict_loss_split_by_shortfall() -> None:
    cat = category("C", "1", [check("a"), grade("b"), check("c")], strict=True)
    visits = [visit("i", "s", answers(a=False, b="较好", c=True))]
    (c,) = score_round(form(cat), [site("s", "C")], visits).categories
    # s = 0 loses the whole point, shared 1 : 0.2 between a and b; c lost nothing
    assert [(x.item_id, x.exact, x.shown) for x in c.item_losses] == [
        ("a", F(5, 6), D("0.83")),
        ("b", F(1, 6), D("0.17")),
    ]


def test_largest_remainder_makes_thirds_add_up() -> None:
    cat = category("C", "1", [check("c"), check("a"), check("b")])
    visits = [visit("i", "s", answers(a=False, b=False, c=False))]
    (c,) = score_round(form(cat), [site("s", "C")], visits).categories
    # naive half up: 0.33 × 3 = 0.99 ≠ 1.00; the spare cent goes to the lowest id
    assert [(x.item_id, x.shown) for x in c.item_losses] == [
        ("a", D("0.34")),
        ("b", D("0.33")),
        ("c", D("0.33")),
    ]
    assert sum(x.shown for x in c.item_losses) == c.lost == D("1.00")


def test_largest_remainder_does_not_overshoot() -> None:
    items = [check(x) for x in "abcdefgh"]
    cat = category("C", "1", items)
    responses = answers(**{x: x not in "eb" for x in "abcdefgh"})
    (c,) = score_round(form(cat), [site("s", "C")], [visit("i", "s", responses)]).categories
    # 0.125 each: naive half up gives 0.13 + 0.13 = 0.26, but 0.25 was lost
    assert c.lost == D("0.25")
    assert [(x.item_id, x.shown) for x in c.item_losses] == [("b", D("0.13")), ("e", D("0.12"))]


def test_largest_remainder_prefers_the_largest_remainder() -> None:
    cat = category("C", "1", [check("a"), check("b"), grade("c")])
    visits = [visit("i", "s", answers(a=False, b=False, c="较好"))]
    (c,) = score_round(form(cat), [site("s", "C")], visits).categories
    # losses 0.3333…, 0.3333…, 0.0666…: floors make 0.72, the spare cent goes to c (.67)
    assert c.lost == D("0.73")
    assert [(x.item_id, x.shown) for x in c.item_losses] == [
        ("a", D("0.33")),
        ("b", D("0.33")),
        ("c", D("0.07")),
    ]


# ---- districts ----------------------------------------------------------------------


def test_district_ranking_shares_ranks_and_leaves_unnamed_unranked() -> None:
    a, b = two_checks("A", "2"), two_checks("B", "1")
    sites = [
        site("n1", "A", "南区"),
        site("e1", "A", "东区"),
        site("w1", "A", "西区"),
        site("x1", "A", "北区"),
        site("x2", "B", "北区"),
        site("u1", "A", ""),
        site("z1", "B", "中区"),  # sampled, never visited
    ]
    visits = [
        visit("1", "n1", ONE_FAIL),  # 0.5
        visit("2", "e1", ONE_FAIL),  # 0.5
        visit("3", "w1", answers(a=False, b=False)),  # 0
        visit("4", "x1", CLEAN),  # 北区: (2·1 + 1·0) / 3
        visit("5", "x2", answers(a=False, b=False)),
        visit("6", "u1", CLEAN),
    ]
    card = score_round(form(a, b), sites, visits)
    rows = [(d.district, d.ratio, d.rate, d.rank, d.sites_inspected) for d in card.districts]
    assert rows == [
        ("北区", F(2, 3), D("66.7"), 1, 2),
        ("东区", F(1, 2), D("50.0"), 2, 1),
        ("南区", F(1, 2), D("50.0"), 2, 1),
        ("西区", F(0), D("0.0"), 4, 1),
        ("", F(1), D("100.0"), None, 1),  # 未指定: shown, never ranked
        ("中区", None, None, None, 0),
    ]


def test_district_ties_compare_exact_ratios_not_shown_rates() -> None:
    cat = category("C", "1", [quota("q", 10000)])
    sites = [site("s1", "C", "甲"), site("s2", "C", "乙")]
    visits = [visit("1", "s1", answers(q=3331)), visit("2", "s2", answers(q=3334))]
    card = score_round(form(cat), sites, visits)
    assert [(d.district, d.rate, d.rank) for d in card.districts] == [
        ("乙", D("33.3"), 1),
        ("甲", D("33.3"), 2),
    ]


# ---- inputs the round refuses -------------------------------------------------------


def test_site_of_a_category_not_in_the_form() -> None:
    with pytest.raises(ValueError, match="site s1: category Q is not in the form"):
        score_round(form(two_checks("C", "1")), [site("s1", "Q")], [])


def test_site_sampled_twice() -> None:
    with pytest.raises(ValueError, match="site s1 is sampled twice"):
        score_round(form(two_checks("C", "1")), [site("s1", "C"), site("s1", "C")], [])


@pytest.mark.parametrize("points", ["0", "-1"])
def test_category_without_points(points: str) -> None:
    with pytest.raises(ValueError, match="category C: points must be positive"):
        score_round(form(two_checks("C", points)), [], [])


# ---- display helpers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "shown"),
    [
        (F(1, 8), "0.13"),  # a tie goes up
        (F(-1, 8), "-0.13"),  # … away from zero
        (F(1, 3), "0.33"),
        (F(2, 3), "0.67"),
        (F(0), "0.00"),
        (F(40), "40.00"),
        (F(1, 8) - F(1, 10**40), "0.12"),  # a 28-digit Decimal division would say 0.13
        (F(57, 200), "0.29"),
    ],
)
def test_shown2(x: Fraction, shown: str) -> None:
    assert str(shown2(x)) == shown


@pytest.mark.parametrize(
    ("x", "shown"),
    [(F(1, 3), "33.3"), (F(2, 3), "66.7"), (F(1), "100.0"), (F(0), "0.0"), (F(1, 2000), "0.1")],
)
def test_percent1(x: Fraction, shown: str) -> None:
    assert str(percent1(x)) == shown


@pytest.mark.parametrize(("x", "shown"), [("1.2", "1.20"), ("40", "40.00"), ("0.05", "0.05")])
def test_to_decimal_points(x: str, shown: str) -> None:
    assert str(to_decimal_points(F(x))) == shown


def test_to_decimal_points_refuses_a_third_decimal() -> None:
    with pytest.raises(ValueError, match="at most 2 decimals"):
        to_decimal_points(F("1.205"))
