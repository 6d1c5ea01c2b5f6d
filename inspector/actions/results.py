"""Results files (the JSON of `inspector results export|import`): a round's inspections
with their answers, notes and problems, written in the city's time zone and read back
with every mistake named by file, inspection and item."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import clock, interchange
from ..domain import Form, ReviewState
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Role, Store, audit
from ..store.store import Row

NO_SUCH_FILE = QT_TRANSLATE_NOOP("results.no_such_file", "{path}: no such file")
NOT_JSON = QT_TRANSLATE_NOOP("results.not_json", "{path}: not valid JSON ({detail})")
SITE_NOT_SAMPLED = QT_TRANSLATE_NOOP("results.site_not_sampled",
    "site '{site}' is not sampled in round '{round}'")
REVIEW_NEEDS_SUPERVISOR = QT_TRANSLATE_NOOP("results.review_needs_supervisor",
    "{where}: is marked '{review}' — review states are set on a supervisor's computer (inspector "
    "review approve|flag|reject there); remove \"review\" from the file to import it here")
SECOND_VISIT = QT_TRANSLATE_NOOP("results.second_visit",
    "{where}: {inspector} already has an inspection of this site in round '{round}' ({id}), which "
    "this one would replace — to change that inspection, give it its \"id\": \"{full_id}\" in the "
    "file (as 'inspector results export' writes it); to record another visit, give the new one an "
    "\"id\" of its own")


def import_results(store: Store, path: Path, round_name: str | None = None) -> int:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(NO_SUCH_FILE(path=path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(NOT_JSON(path=path, detail=exc)) from None
    rnd = store.round(round_name or (data.get("round") if isinstance(data, dict) else None))
    form = store.round_form(rnd)
    in_round = {s.id for s in store.round_sites(rnd["id"])}

    def find(ref: str) -> Any:
        site = store.find_site(ref)
        if site.id not in in_round:
            raise UserError(SITE_NOT_SAMPLED(site=site.name, round=rnd['name']))
        return site

    parsed = interchange.parse_results(data, form, find, rnd["id"], str(path))
    supervisor = store.role is Role.SUPERVISOR
    with store.transaction():
        for insp in parsed:
            existing = store.get("inspections", insp.id)
            live = existing is not None and not existing["deleted"]
            review = str(existing["review"]) if live and existing else "received"
            if not supervisor and str(insp.review) not in ("received", review):
                raise UserError(
                    REVIEW_NEEDS_SUPERVISOR(where=insp.where, review=insp.review))
            before = _audit_head(store)
            save_inspection(store, rnd["id"], insp, form)
            if live and not insp.id_given and _audit_head(store) > before:
                raise UserError(
                    SECOND_VISIT(
                    where=insp.where, inspector=insp.inspector or 'this inspector',
                    round=rnd['name'], id=insp.id[:8], full_id=insp.id))
    return len(parsed)


def responsible_unit(problem: interchange.ProblemIn, site_unit: str, form: Form) -> str:
    """The problem's own unit, else the site's, else the item's hint (the dispatch target)."""
    found = form.item(problem.item_id)
    return problem.responsible_unit or site_unit or (found[1].unit_hint if found else "")


def _audit_head(store: Store) -> int:
    return audit.head(store.db)[0]


def _same_time(existing: Row | None, field: str, given: str | None,
               zone: clock.Zone) -> str | None:
    """`given`, or the stored text when both name the same instant."""
    stored = None if existing is None else existing.get(field)
    if stored and given and clock.in_zone(stored, zone) == clock.in_zone(given, zone):
        return str(stored)
    return given


def save_inspection(store: Store, round_id: str, insp: interchange.InspectionIn, form: Form,
                    version: str | None = None) -> None:
    """Save an inspection with its responses and problems.

    Only a supervisor's device sets the review state; when it changes the answers of an
    inspection made on another device, the inspection becomes "edited" (已修改)."""
    existing = store.get("inspections", insp.id)
    supervisor = store.role is Role.SUPERVISOR
    review = str(insp.review)
    if existing is not None and not supervisor:
        review = existing["review"]  # an inspector's re-import never touches the review
    zone = store.zone()
    store.save("inspections", {
        "id": insp.id, "round_id": round_id, "site_id": insp.site_id,
        "inspector": insp.inspector, "outcome": str(insp.outcome), "reason": insp.reason,
        "review": review,
        # The same instant written with another offset (a results export in the city's
        # zone of a time stored in UTC) is no change.
        "started_at": _same_time(existing, "started_at", insp.started_at, zone),
        "finished_at": _same_time(existing, "finished_at", insp.finished_at, zone),
    }, version=version)
    before = _audit_head(store)
    _save_answers(store, insp, form, version)
    if existing is None or not supervisor or existing["origin"] == store.device_id:
        return
    if _audit_head(store) > before and review == existing["review"]:
        store.save("inspections", {"id": insp.id, "review": str(ReviewState.EDITED)})


def _save_answers(store: Store, insp: interchange.InspectionIn, form: Form,
                  version: str | None) -> None:
    for item_id, resp in insp.responses.items():
        store.save("responses", {
            "id": interchange.derived_id("response", insp.id, item_id),
            "inspection_id": insp.id, "item_id": item_id, "na": int(resp.na),
            "passed": None if resp.passed is None else int(resp.passed), "level": resp.level,
            "found": resp.found, "note": insp.notes.get(item_id, ""),
        }, version=version)
    site = store.get("sites", insp.site_id)
    site_unit = site["responsible_unit"] if site else ""
    keep = {p.id for p in insp.problems}
    for old in store.rows("problems", "inspection_id = ?", [insp.id]):
        if old["id"] not in keep:
            store.delete("problems", old["id"])
    for p in insp.problems:
        store.save("problems", {
            "id": p.id, "inspection_id": insp.id, "item_id": p.item_id, "count": p.count,
            "description": p.description, "location": p.location,
            "responsible_unit": responsible_unit(p, site_unit, form),
        }, version=version)


def export_results(store: Store, round_name: str | None = None) -> dict[str, Any]:
    """The round's results as `inspector results import` reads them; times are ISO 8601
    with the city's offset (the `timezone` setting)."""
    rnd = store.round(round_name)
    zone = store.zone()
    form = store.round_form(rnd)
    sites = {s.id: s for s in store.sites()}
    rows = {r["id"]: r for r in store.rows("inspections", "round_id = ?", [rnd["id"]])}
    notes = store.item_notes(rnd["id"])
    out = []
    for insp in store.inspections(rnd["id"]):
        row = rows[insp.id]
        category = form.category(sites[insp.site_id].category_id)
        responses: dict[str, Any] = {}
        for item_id, resp in insp.responses.items():
            item = category.item(item_id) if category else None
            if item is not None:
                responses[item_id] = interchange.response_value(item, resp)
        out.append({
            "id": insp.id, "site": insp.site_id, "site_name": sites[insp.site_id].name,
            "inspector": insp.inspector, "outcome": str(insp.outcome),
            "review": str(insp.review), "reason": insp.reason,
            "started_at": clock.iso(row["started_at"], zone) or None,
            "finished_at": clock.iso(row["finished_at"], zone) or None,
            "responses": responses,
            "notes": {k[1]: v for k, v in notes.items() if k[0] == insp.id},
            "problems": [{
                "id": p.id, "item": p.item_id, "count": p.count, "description": p.description,
                "location": p.location, "responsible_unit": p.responsible_unit,
            } for p in insp.problems],
        })
    return {
        "format": interchange.FORMAT, "round": rnd["name"],
        "form": {"id": form.id, "version": form.version, "hash": form.content_hash},
        "inspections": out,
    }
