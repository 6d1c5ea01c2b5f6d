"""The results interchange format (JSON): inspections, their responses and problems.

Documented in README ("Results JSON"). Parsing validates everything against the
round's form before anything is stored, naming the inspection and item at fault.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .domain import Category, Form, Item, Kind, Outcome, Response, ReviewState, Site
from .errors import UserError

FORMAT = "inspector-results/1"
RECORD_NAMESPACE = uuid.UUID("0b6c5f7e-2d41-5a8e-8f0a-6e3b1d9c4a27")
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


_NAMESPACE_BYTES = RECORD_NAMESPACE.bytes


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
    where: str = ""  # how an error names it: "FILE: inspection #N (SITE)"
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


def parse_response(item: Item, value: Any) -> Response:
    """The inverse of `response_value`; raises ValueError saying what is accepted."""
    if value == "na":
        return Response(item.id, na=True)
    if item.kind is Kind.CHECK:
        if value in ("pass", "fail"):
            return Response(item.id, passed=value == "pass")
        raise ValueError("a check item takes \"pass\", \"fail\" or \"na\"")
    if item.kind is Kind.DEDUCT:
        if value == DEDUCT_ANSWERED:
            return Response(item.id)
        raise ValueError(f"a deduct item takes \"{DEDUCT_ANSWERED}\" or \"na\" "
                         "(its deduction comes from the counts of its problems)")
    if item.kind is Kind.GRADE:
        if isinstance(value, str) and item.level(value) is not None:
            return Response(item.id, level=value)
        names = ", ".join(f'"{lv.name}"' for lv in item.levels)
        raise ValueError(f"a grade item takes one of {names} or \"na\"")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return Response(item.id, found=value)
    raise ValueError("a quota item takes the number found (0 or more) or \"na\"")


def _text(raw: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    value = raw.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise UserError(f"{where}: '{key}' must be text")
    return value.strip()


def parse_results(data: Any, form: Form, find_site: Callable[[str], Site],
                  round_id: str, source: str) -> list[InspectionIn]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"{source}: not an inspector results file "
                        f"(expected \"format\": \"{FORMAT}\")")
    raw_list = data.get("inspections")
    if not isinstance(raw_list, list):
        raise UserError(f"{source}: 'inspections' must be a list")
    parsed: list[InspectionIn] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_list, start=1):
        where = f"{source}: inspection #{n}"
        if not isinstance(raw, dict):
            raise UserError(f"{where}: must be an object")
        site_ref = _text(raw, "site", where)
        if not site_ref:
            raise UserError(f"{where}: 'site' (a site name or id) is missing")
        try:
            site = find_site(site_ref)
        except UserError as exc:
            raise UserError(f"{where}: {exc}") from None
        where = f"{source}: inspection #{n} ({site.name})"
        category = form.category(site.category_id)
        if category is None:
            raise UserError(f"{where}: site type '{site.category_id}' is not in form {form.id}")
        insp = _inspection(raw, category, site, round_id, where)
        if insp.id in seen:
            raise UserError(f"{where}: id {insp.id} appears twice in the file")
        seen.add(insp.id)
        parsed.append(insp)
    return parsed


def _enum(raw: Mapping[str, Any], key: str, kind: type[Outcome] | type[ReviewState],
          default: str, where: str) -> Any:
    value = _text(raw, key, where, default)
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(v.value for v in kind)
        raise UserError(f"{where}: '{key}' is '{value}', expected one of {allowed}") from None


def _inspection(raw: Mapping[str, Any], category: Category, site: Site, round_id: str,
                where: str) -> InspectionIn:
    inspector = _text(raw, "inspector", where)
    given = _text(raw, "id", where)
    insp_id = given or derived_id("inspection", round_id, site.id, inspector)
    outcome = _enum(raw, "outcome", Outcome, "in_progress", where)
    review = _enum(raw, "review", ReviewState, "received", where)
    responses: dict[str, Response] = {}
    raw_responses = raw.get("responses", {})
    if not isinstance(raw_responses, dict):
        raise UserError(f"{where}: 'responses' must be an object of item id → answer")
    for item_id, value in raw_responses.items():
        item = category.item(item_id)
        if item is None:
            raise UserError(f"{where}: item {item_id} is not a standard of {category.name}")
        try:
            responses[item_id] = parse_response(item, value)
        except ValueError as exc:
            raise UserError(f"{where}: item {item_id}: {exc}, not {value!r}") from None
    if outcome is Outcome.FINISHED:
        missing = [it.id for it in category.items if it.id not in responses]
        if missing:
            raise UserError(f"{where}: marked finished but items {', '.join(missing)} "
                            "have no answer (answer them or mark them \"na\")")
    notes_raw = raw.get("notes", {})
    if not isinstance(notes_raw, dict):
        raise UserError(f"{where}: 'notes' must be an object of item id → text")
    notes = {str(k): str(v) for k, v in notes_raw.items()}
    problems = [_problem(p, category, insp_id, i, where)
                for i, p in enumerate(_list(raw, "problems", where), start=1)]
    reason = _text(raw, "reason", where)
    if outcome is Outcome.NOT_INSPECTABLE and not reason:
        raise UserError(f"{where}: 'could not inspect' needs a 'reason'")
    return InspectionIn(
        id=insp_id, site_id=site.id, inspector=inspector, outcome=outcome, review=review,
        reason=reason, started_at=_text(raw, "started_at", where) or None,
        finished_at=_text(raw, "finished_at", where) or None, responses=responses,
        notes=notes, problems=problems, where=where, id_given=bool(given),
    )


def _list(raw: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise UserError(f"{where}: '{key}' must be a list")
    return value


def _problem(raw: Any, category: Category, insp_id: str, n: int, where: str) -> ProblemIn:
    where = f"{where} problem #{n}"
    if not isinstance(raw, dict):
        raise UserError(f"{where}: must be an object")
    item_id = _text(raw, "item", where)
    if category.item(item_id) is None:
        raise UserError(f"{where}: item '{item_id}' is not a standard of {category.name}")
    count = raw.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise UserError(f"{where}: 'count' must be a whole number of at least 1, not {count!r}")
    return ProblemIn(
        id=_text(raw, "id", where) or derived_id("problem", insp_id, str(n)),
        item_id=item_id, count=count, description=_text(raw, "description", where),
        location=_text(raw, "location", where),
        responsible_unit=_text(raw, "responsible_unit", where),
    )
