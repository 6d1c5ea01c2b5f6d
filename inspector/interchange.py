"""The results interchange format (JSON): inspections, their responses and problems.

Documented in README ("Results JSON"). Parsing validates everything against the
round's form before anything is stored, naming the inspection and item at fault.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .domain import Category, Form, Item, Kind, Outcome, Response, ReviewState, Site
from .errors import UserError
from .messages import QT_TRANSLATE_NOOP, Msg

WHERE_INSPECTION = QT_TRANSLATE_NOOP("interchange.where_inspection", "{file}: inspection #{n}")
WHERE_INSPECTION_AT = QT_TRANSLATE_NOOP("interchange.where_inspection_at",
                                        "{file}: inspection #{n} ({site})")
WHERE_PROBLEM = QT_TRANSLATE_NOOP("interchange.where_problem", "{where} problem #{n}")
MUST_BE_TEXT = QT_TRANSLATE_NOOP("interchange.must_be_text", "{where}: '{key}' must be text")
NOT_RESULTS = QT_TRANSLATE_NOOP(
    "interchange.not_results",
    "{source}: not an inspector results file (expected \"format\": \"{format}\")")
INSPECTIONS_NOT_LIST = QT_TRANSLATE_NOOP(
    "interchange.inspections_not_list",
    "{source}: 'inspections' must be a list")
RESPONSES_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "interchange.responses_not_object",
    "{where}: 'responses' must be an object of item id → answer")
NOTES_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "interchange.notes_not_object",
    "{where}: 'notes' must be an object of item id → text")
REASON_NEEDED = QT_TRANSLATE_NOOP(
    "interchange.reason_needed",
    "{where}: 'could not inspect' needs a 'reason'")
MUST_BE_LIST = QT_TRANSLATE_NOOP("interchange.must_be_list", "{where}: '{key}' must be a list")
MUST_BE_OBJECT = QT_TRANSLATE_NOOP("interchange.must_be_object", "{where}: must be an object")
NOT_A_STANDARD_QUOTED = QT_TRANSLATE_NOOP(
    "interchange.not_a_standard_quoted",
    "{where}: item '{item}' is not a standard of {category}")
BAD_COUNT = QT_TRANSLATE_NOOP(
    "interchange.bad_count",
    "{where}: 'count' must be a whole number of at least 1, not {count}")
SITE_MISSING = QT_TRANSLATE_NOOP(
    "interchange.site_missing",
    "{where}: 'site' (a site name or id) is missing")
TYPE_NOT_IN_FORM = QT_TRANSLATE_NOOP(
    "interchange.type_not_in_form",
    "{where}: site type '{category}' is not in form {form}")
ID_TWICE = QT_TRANSLATE_NOOP("interchange.id_twice", "{where}: id {id} appears twice in the file")
NOT_ONE_OF = QT_TRANSLATE_NOOP(
    "interchange.not_one_of",
    "{where}: '{key}' is '{value}', expected one of {allowed}")
NOT_A_STANDARD = QT_TRANSLATE_NOOP(
    "interchange.not_a_standard",
    "{where}: item {item} is not a standard of {category}")
FINISHED_UNANSWERED = QT_TRANSLATE_NOOP(
    "interchange.finished_unanswered",
    "{where}: marked finished but items {items} have no answer (answer them or mark them \"na\")")
IN = QT_TRANSLATE_NOOP("interchange.in", "{where}: {detail}")
BAD_VALUE = QT_TRANSLATE_NOOP(
    "interchange.bad_value",
    "{where}: item {item}: {detail}, not {value}")
QUOTA_TAKES = QT_TRANSLATE_NOOP(
    "interchange.quota_takes",
    "a quota item takes the number found (0 or more) or \"na\"")
CHECK_TAKES = QT_TRANSLATE_NOOP(
    "interchange.check_takes",
    "a check item takes \"pass\", \"fail\" or \"na\"")
DEDUCT_TAKES = QT_TRANSLATE_NOOP(
    "interchange.deduct_takes",
    "a deduct item takes \"{answered}\" or \"na\" (its deduction comes from the counts of its "
    "problems)")
GRADE_TAKES = QT_TRANSLATE_NOOP(
    "interchange.grade_takes",
    "a grade item takes one of {levels} or \"na\"")

FORMAT = "inspector-results/1"
# The namespace of derived ids, as text: importing uuid (it brings platform) cost 3 ms of
# start-up, and derived_id needs only its bytes.
RECORD_NAMESPACE = "0b6c5f7e-2d41-5a8e-8f0a-6e3b1d9c4a27"
DEDUCT_ANSWERED = "checked"


def derived_id(*parts: str) -> str:
    """A stable id for a record that has one natural key (e.g. a response per item): the
    name-based UUID (version 5) of the parts, as `uuid.uuid5` makes it, without building
    a UUID object — the site list derives one per site, thousands at a time."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + "/".join(parts).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_NAMESPACE_BYTES = bytes.fromhex(RECORD_NAMESPACE.replace("-", ""))


class BadAnswer(ValueError):
    """An answer a standard does not take; `msg` says what it takes."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(str(msg))
        self.msg = msg


@dataclass(frozen=True)
class ProblemIn:
    id: str
    item_id: str
    count: int
    description: str
    location: str
    responsible_unit: str


@dataclass(frozen=True)
class InspectionIn:
    id: str
    site_id: str
    inspector: str
    outcome: Outcome
    review: ReviewState
    reason: str
    started_at: str | None
    finished_at: str | None
    responses: dict[str, Response]
    notes: dict[str, str]
    problems: list[ProblemIn] = field(default_factory=list)
    where: Msg | str = ""  # how an error names it: "FILE: inspection #N (SITE)"
    id_given: bool = True  # False: derived from (round, site, inspector), as the app does


def response_value(item: Item, response: Response) -> str | int:
    """How a response is written in the JSON: see README."""
    if response.na:
        return "na"
    if item.kind is Kind.CHECK:
        return "pass" if response.passed else "fail"
    if item.kind is Kind.GRADE:
        return response.level or ""
    if item.kind is Kind.QUOTA:
        return response.found if response.found is not None else 0
    return DEDUCT_ANSWERED


def answer_given(item: Item, response: Response | None) -> str | int | None:
    """The response's answer as the keys and the results file give it; None when it holds
    none — no response, or a note alone (a deduct item's response is its answer)."""
    if response is None:
        return None
    if not response.na and (
            (item.kind is Kind.CHECK and response.passed is None)
            or (item.kind is Kind.GRADE and not response.level)
            or (item.kind is Kind.QUOTA and response.found is None)):
        return None
    return response_value(item, response)


def parse_response(item: Item, value: Any) -> Response:
    """The inverse of `response_value`; raises BadAnswer saying what is accepted."""
    if value == "na":
        return Response(item.id, na=True)
    if item.kind is Kind.CHECK:
        if value in ("pass", "fail"):
            return Response(item.id, passed=value == "pass")
        raise BadAnswer(CHECK_TAKES())
    if item.kind is Kind.DEDUCT:
        if value == DEDUCT_ANSWERED:
            return Response(item.id)
        raise BadAnswer(DEDUCT_TAKES(answered=DEDUCT_ANSWERED))
    if item.kind is Kind.GRADE:
        if isinstance(value, str) and item.level(value) is not None:
            return Response(item.id, level=value)
        names = ", ".join(f'"{lv.name}"' for lv in item.levels)
        raise BadAnswer(GRADE_TAKES(levels=names))
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return Response(item.id, found=value)
    raise BadAnswer(QUOTA_TAKES())


def _text(raw: Mapping[str, Any], key: str, where: Msg, default: str = "") -> str:
    value = raw.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise UserError(MUST_BE_TEXT(where=where, key=key))
    return value.strip()


def parse_results(data: Any, form: Form, find_site: Callable[[str], Site],
                  round_id: str, source: str) -> list[InspectionIn]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(NOT_RESULTS(source=source, format=FORMAT))
    raw_list = data.get("inspections")
    if not isinstance(raw_list, list):
        raise UserError(INSPECTIONS_NOT_LIST(source=source))
    parsed: list[InspectionIn] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_list, start=1):
        where = WHERE_INSPECTION(file=source, n=n)
        if not isinstance(raw, dict):
            raise UserError(MUST_BE_OBJECT(where=where))
        site_ref = _text(raw, "site", where)
        if not site_ref:
            raise UserError(SITE_MISSING(where=where))
        try:
            site = find_site(site_ref)
        except UserError as exc:
            raise UserError(IN(where=where, detail=exc)) from None
        where = WHERE_INSPECTION_AT(file=source, n=n, site=site.name)
        category = form.category(site.category_id)
        if category is None:
            raise UserError(TYPE_NOT_IN_FORM(
                where=where, category=site.category_id, form=form.id))
        insp = _inspection(raw, category, site, round_id, where)
        if insp.id in seen:
            raise UserError(ID_TWICE(where=where, id=insp.id))
        seen.add(insp.id)
        parsed.append(insp)
    return parsed


def _enum(raw: Mapping[str, Any], key: str, kind: type[Outcome] | type[ReviewState],
          default: str, where: Msg) -> Any:
    value = _text(raw, key, where, default)
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(v.value for v in kind)
        raise UserError(NOT_ONE_OF(where=where, key=key, value=value, allowed=allowed)) from None


def _inspection(raw: Mapping[str, Any], category: Category, site: Site, round_id: str,
                where: Msg) -> InspectionIn:
    inspector = _text(raw, "inspector", where)
    given = _text(raw, "id", where)
    # Imported here: `state` reads through the store, which imports this module.
    from .state import inspection_id

    insp_id = given or inspection_id(round_id, site.id, inspector)
    outcome = _enum(raw, "outcome", Outcome, "in_progress", where)
    review = _enum(raw, "review", ReviewState, "received", where)
    responses: dict[str, Response] = {}
    raw_responses = raw.get("responses", {})
    if not isinstance(raw_responses, dict):
        raise UserError(RESPONSES_NOT_OBJECT(where=where))
    for item_id, value in raw_responses.items():
        item = category.item(item_id)
        if item is None:
            raise UserError(NOT_A_STANDARD(where=where, item=item_id, category=category.name))
        try:
            responses[item_id] = parse_response(item, value)
        except ValueError as exc:
            raise UserError(BAD_VALUE(
                where=where, item=item_id, detail=exc, value=repr(value))) from None
    if outcome is Outcome.FINISHED:
        missing = [it.id for it in category.items if it.id not in responses]
        if missing:
            raise UserError(FINISHED_UNANSWERED(where=where, items=', '.join(missing)))
    notes_raw = raw.get("notes", {})
    if not isinstance(notes_raw, dict):
        raise UserError(NOTES_NOT_OBJECT(where=where))
    notes = {str(k): str(v) for k, v in notes_raw.items()}
    problems = [_problem(p, category, insp_id, i, where)
                for i, p in enumerate(_list(raw, "problems", where), start=1)]
    reason = _text(raw, "reason", where)
    if outcome is Outcome.NOT_INSPECTABLE and not reason:
        raise UserError(REASON_NEEDED(where=where))
    return InspectionIn(
        id=insp_id, site_id=site.id, inspector=inspector, outcome=outcome, review=review,
        reason=reason, started_at=_text(raw, "started_at", where) or None,
        finished_at=_text(raw, "finished_at", where) or None, responses=responses,
        notes=notes, problems=problems, where=where, id_given=bool(given),
    )


def _list(raw: Mapping[str, Any], key: str, where: Msg) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise UserError(MUST_BE_LIST(where=where, key=key))
    return value


def _problem(raw: Any, category: Category, insp_id: str, n: int, where: Msg) -> ProblemIn:
    where = WHERE_PROBLEM(where=where, n=n)
    if not isinstance(raw, dict):
        raise UserError(MUST_BE_OBJECT(where=where))
    item_id = _text(raw, "item", where)
    if category.item(item_id) is None:
        raise UserError(NOT_A_STANDARD_QUOTED(where=where, item=item_id, category=category.name))
    count = raw.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise UserError(BAD_COUNT(where=where, count=repr(count)))
    return ProblemIn(
        id=_text(raw, "id", where) or derived_id("problem", insp_id, str(n)),
        item_id=item_id, count=count, description=_text(raw, "description", where),
        location=_text(raw, "location", where),
        responsible_unit=_text(raw, "responsible_unit", where),
    )
