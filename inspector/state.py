"""Where a round stands, as the user sees it: each site's and each inspection's state
(status, live rate, answered/total, problems missing a photo), which answers count as
failed, which problems lack a photo, and the notes under the scorecard.

The rules live here once; the inspect page, the site list, the scorecard page, the CLI
and the PDFs only format what these return (glyphs, colours, words). Nothing here
imports Qt or writes SQL: what it reads comes through `store`.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import NamedTuple

from .domain import (
    DEFAULT_LEVELS,
    Category,
    Form,
    Inspection,
    Item,
    Kind,
    Outcome,
    Problem,
    Response,
    Scorecard,
)
from .interchange import answer_given, derived_id
from .messages import QT_TRANSLATE_NOOP, Msg
from .scoring import inspection_score, percent1, score_round, shown2
from .store import Store, photo_rows, sampled
from .store.store import Row


def inspection_id(round_id: str, site_id: str, inspector: str) -> str:
    """The id of an inspector's inspection of a site in a round: the same on every
    laptop, so the app, the demo city and a results file name one visit alike."""
    return derived_id("inspection", round_id, site_id, inspector)


# ---- items and problems ----


def failed(item: Item, response: Response | None, problems: Iterable[Problem]) -> bool:
    """Whether the answer counts as failed: a check failed, a deduct item with problems,
    a grade below the item's best level, a quota short of its required count. Not
    answered or 不适用 never fails. `problems` may be all of the inspection's."""
    if response is None or response.na:
        return False
    if item.kind is Kind.CHECK:
        return response.passed is False
    if item.kind is Kind.DEDUCT:
        return any(p.item_id == item.id for p in problems)
    if item.kind is Kind.GRADE:
        levels = item.levels or DEFAULT_LEVELS
        chosen = next((lv for lv in levels if lv.name == response.level), None)
        return chosen is not None and chosen.value < max(lv.value for lv in levels)
    return response.found is not None and response.found < (item.required or 1)


def contradicts(item: Item, response: Response | None, problems: Sequence[Problem]) -> bool:
    """An answer that does not fail the item (符合, 不适用, the best grade, a quota met)
    while problems are recorded on it: the two say opposite things, and the scorecard
    would count the item passed with its problems listed. Never accepted silently."""
    return (answer_given(item, response) is not None
            and any(p.item_id == item.id for p in problems)
            and not failed(item, response, problems))


def needs_problem(item: Item, response: Response | None, problems: Sequence[Problem]) -> bool:
    """A failed item that requires a photo and has no problem yet to carry one: the
    inspector must record the problem (N) before the site can be finished."""
    return (item.photo_required and failed(item, response, problems)
            and not any(p.item_id == item.id for p in problems))


def lacks_photo(item: Item | None, problem_id: str, with_photo: Container[str]) -> bool:
    """A problem on an item that requires a photo, and none is linked to it.
    `with_photo` holds the ids of the problems that have one (a set, or a mapping)."""
    return item is not None and item.photo_required and problem_id not in with_photo


# ---- one inspection ----


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"  # 完成测评
    MISSING_PHOTOS = "missing_photos"  # a problem still lacks its required photo
    NOT_INSPECTABLE = "not_inspectable"  # 无法测评


DONE = frozenset({Status.FINISHED, Status.NOT_INSPECTABLE})  # what a site's count of done counts


@dataclass(frozen=True)
class InspectionState:
    status: Status
    answered: int
    total: int  # the site type's items
    ratio: Fraction | None  # the live inspection ratio s, None before any answer
    category_points: Fraction  # the site type's points, exact
    missing_photos: tuple[str, ...] = ()  # problem ids on photo-required items

    @property
    def rate(self) -> Decimal | None:
        """The live score rate in percent as the scorecard shows one (78.0)."""
        return None if self.ratio is None else percent1(self.ratio)

    @property
    def lost(self) -> Decimal | None:
        """The site type's points that rate loses, as shown (0.66)."""
        return None if self.ratio is None else shown2(self.category_points * (1 - self.ratio))

    @property
    def points(self) -> Decimal:
        """The site type's points, as shown (3.00)."""
        return shown2(self.category_points)


def inspection_state(category: Category, inspection: Inspection | None,
                     with_photo: Container[str]) -> InspectionState:
    """The state of one inspection of a site of `category` (None: not started), its
    ratio as the scorecard computes an inspection's. `with_photo`: see `lacks_photo`."""
    if inspection is None:
        return InspectionState(Status.NOT_STARTED, 0, len(category.items), None,
                               category.points)
    answered = sum(1 for it in category.items if it.id in inspection.responses)
    score = inspection_score(category, inspection)
    missing = tuple(p.id for p in inspection.problems
                    if lacks_photo(category.item(p.item_id), p.id, with_photo))
    if inspection.outcome is Outcome.NOT_INSPECTABLE:
        status = Status.NOT_INSPECTABLE
    elif missing:
        status = Status.MISSING_PHOTOS
    elif inspection.outcome is Outcome.FINISHED:
        status = Status.FINISHED
    else:
        status = Status.IN_PROGRESS
    return InspectionState(status, answered, len(category.items),
                           None if score is None else score.ratio, category.points, missing)


def load_inspection(store: Store, inspection_id: str) -> Inspection | None:
    """One inspection with its answers and problems; None if there is none (or deleted)."""
    row = store.get("inspections", inspection_id)
    if row is None:
        return None
    found = store.inspections(row["round_id"], inspection_id)
    return found[0] if found else None


def state_of(store: Store, category: Category, inspection_id: str | None) -> InspectionState:
    """One inspection's state as stored now (the inspect page, after each edit)."""
    insp = None if inspection_id is None else load_inspection(store, inspection_id)
    with_photo = (photo_rows.inspection_problems_with_photos(store, insp.id)
                  if insp is not None else frozenset())
    return inspection_state(category, insp, with_photo)


# ---- every site of a round ----


class SiteState(NamedTuple):  # a tuple: thousands are made at once, a third the cost
    site_id: str
    name: str
    category_id: str
    district: str  # "" is 未指定
    state: InspectionState


def site_states(store: Store, round_row: Row, form: Form, inspector: str) -> list[SiteState]:
    """Each site's state in the round, in the sample's order: the sites assigned to
    `inspector` (all of them when none are, or for a supervisor's ""), each with that
    inspector's inspection. A few queries in all, not one per site: the site list stays
    quick with thousands of sites."""
    round_id = round_row["id"]
    sites = {site[0]: site for site in store.round_site_names(round_id)}
    if inspector:
        mine = store.assigned_site_ids(round_id, inspector)
        if mine:
            sites = {k: v for k, v in sites.items() if k in mine}
    return [st for _, st in _states(store, round_row, form, [(s, inspector) for s in sites],
                                    sites)]


def received_work(store: Store, round_row: Row, form: Form) -> list[tuple[str, SiteState]]:
    """(inspector, the state of their inspection of the site) for every assignment of the
    round, in the sample's order: what a supervisor has received from each inspector."""
    round_id = round_row["id"]
    sites = {site[0]: site for site in store.round_site_names(round_id)}
    pairs = [(site_id, who) for site_id, who in sampled.assignments(store, round_id)
             if site_id in sites]  # the sites replaced are not in round_site_names
    pairs.sort(key=lambda p: p[1])  # by inspector, each in the sample's order
    return _states(store, round_row, form, pairs, sites)


def _states(store: Store, round_row: Row, form: Form, pairs: list[tuple[str, str]],
            sites: dict[str, tuple[str, str, str, str]]) -> list[tuple[str, SiteState]]:
    """(inspector, the state of their inspection) for each (site, inspector) of a site
    type the form has (each inspection found by the id derived for it: most sites of a
    large round have none yet)."""
    round_id = round_row["id"]
    visits = {i.id: i for i in store.inspections(round_id)}
    with_photo = photo_rows.problems_with_photos(store, round_id)
    categories = {cat.id: cat for cat in form.categories}
    not_started: dict[str, InspectionState] = {}  # one per site type: the state is frozen
    out = []
    for site_id, inspector in pairs:
        _, name, category_id, district = sites[site_id]
        cat = categories.get(category_id)
        if cat is None:
            continue
        insp = visits.get(inspection_id(round_id, site_id, inspector))
        if insp is not None:
            state = inspection_state(cat, insp, with_photo)
        elif cat.id in not_started:
            state = not_started[cat.id]
        else:
            state = not_started[cat.id] = inspection_state(cat, None, with_photo)
        out.append((inspector, SiteState(site_id, name, cat.id, district, state)))
    return out


# ---- the notes under the scorecard ----


class NoteKind(StrEnum):
    COUNTED_UNAPPROVED = "counted_unapproved"  # counted, not yet approved
    IN_PROGRESS = "in_progress"  # not counted
    REJECTED = "rejected"  # not counted
    ALL_NA = "all_na"  # every item 不适用: not counted
    MISSING_PHOTOS = "missing_photos"  # problems lacking a required photo


# Each note worded once, for every output (the page, `inspector score`, the PDF).
NOTE_TEXTS = {
    NoteKind.COUNTED_UNAPPROVED: QT_TRANSLATE_NOOP(
        "state.note.counted_unapproved", "inspections not yet approved, counted: {n}"),
    NoteKind.IN_PROGRESS: QT_TRANSLATE_NOOP(
        "state.note.in_progress", "inspections in progress, not counted: {n}"),
    NoteKind.REJECTED: QT_TRANSLATE_NOOP(
        "state.note.rejected", "rejected inspections, not counted: {n}"),
    NoteKind.ALL_NA: QT_TRANSLATE_NOOP(
        "state.note.all_na", "inspections with every standard N/A, not counted: {n}"),
    NoteKind.MISSING_PHOTOS: QT_TRANSLATE_NOOP(
        "state.note.missing_photos", "problems without a required photo: {n}"),
}
NOTES = QT_TRANSLATE_NOOP("state.notes", "Note: {notes}")
NOTE_JOIN = QT_TRANSLATE_NOOP("state.note_join", "{first}; {rest}")


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    count: int

    def message(self) -> Msg:
        return NOTE_TEXTS[self.kind](n=self.count)


def notes_message(notes: Sequence[Note]) -> Msg | None:
    """The notes in one line ("Note: …; …"), None when there are none."""
    if not notes:
        return None
    joined: Msg = notes[-1].message()
    for note in reversed(notes[:-1]):
        joined = NOTE_JOIN(first=note.message(), rest=joined)
    return NOTES(notes=joined)


def scorecard_notes(card: Scorecard, missing_photos: int) -> tuple[Note, ...]:
    """What a reader of the scorecard must know about what it counts, in this order;
    each output words every kind. `missing_photos`: the round's problems that lack a
    required photo (`photos.evidence.missing_photos`)."""
    counts = ((NoteKind.COUNTED_UNAPPROVED, card.counted_unapproved),
              (NoteKind.IN_PROGRESS, card.in_progress), (NoteKind.REJECTED, card.rejected),
              (NoteKind.ALL_NA, len(card.all_na)), (NoteKind.MISSING_PHOTOS, missing_photos))
    return tuple(Note(kind, n) for kind, n in counts if n)


# ---- the round's score ----


def scorecard(store: Store, round_name: str | None = None) -> tuple[Row, Form, Scorecard]:
    rnd = store.round(round_name)
    form = store.round_form(rnd)
    card = score_round(form, store.round_sites(rnd["id"]), store.inspections(rnd["id"]),
                       count_unapproved=store.count_unapproved)
    return rnd, form, card
