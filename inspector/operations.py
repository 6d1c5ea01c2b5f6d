"""What a user can do, as functions over a Store: shared by the CLI and the app.

Each operation validates first and then writes in one transaction, so a refused
operation leaves the database as it was.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import clock, interchange, registry, sampling
from .domain import Form, ReviewState, Scorecard
from .errors import UserError
from .forms import LoadedForm, load_form, shipped_forms, shipped_forms_dir
from .messages import QT_TRANSLATE_NOOP
from .scoring import score_round
from .store import Store
from .store.store import Row, now_iso, to_json
from .store.versions import SHIPPED_VERSION

NO_SUCH_FORM = QT_TRANSLATE_NOOP(
    "operations.no_such_form",
    "no form '{form}' (shipped forms: {shipped}; or give a .yaml path)")
ROUND_NEEDS_NAME = QT_TRANSLATE_NOOP(
    "operations.round_needs_name",
    "a round needs a name, e.g. \"2026年第3轮模拟测评\"")
ROUND_EXISTS = QT_TRANSLATE_NOOP("operations.round_exists", "a round named '{name}' already exists")
NAME_AN_INSPECTOR = QT_TRANSLATE_NOOP(
    "operations.name_an_inspector",
    "name at least one inspector: --inspectors 张三,李四")
BAD_PER_TYPE = QT_TRANSLATE_NOOP(
    "operations.bad_per_type",
    "--per-type must be at least 1, not {per_type}")
ALREADY_SAMPLED = QT_TRANSLATE_NOOP(
    "operations.already_sampled",
    "round '{name}' is already sampled; use --replace SITE to replace a site that could not be "
    "inspected")
EMPTY_REGISTRY = QT_TRANSLATE_NOOP(
    "operations.empty_registry",
    "the site registry is empty; import one with 'inspector sites import FILE.csv'")
NOT_SAMPLED = QT_TRANSLATE_NOOP(
    "operations.not_sampled",
    "'{site}' is not sampled in round '{round}'")
ALREADY_REPLACED = QT_TRANSLATE_NOOP(
    "operations.already_replaced",
    "'{site}' was already replaced in round '{round}'")
NONE_LEFT_TO_REPLACE = QT_TRANSLATE_NOOP(
    "operations.none_left_to_replace",
    "no unsampled {category} site is left in the registry to replace '{site}'")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("operations.no_such_file", "{path}: no such file")
NOT_JSON = QT_TRANSLATE_NOOP("operations.not_json", "{path}: not valid JSON ({detail})")
SITE_NOT_SAMPLED = QT_TRANSLATE_NOOP(
    "operations.site_not_sampled",
    "site '{site}' is not sampled in round '{round}'")
REVIEW_NEEDS_SUPERVISOR = QT_TRANSLATE_NOOP(
    "operations.review_needs_supervisor",
    "{where}: is marked '{review}' — review states are set on a supervisor's computer (inspector "
    "review approve|flag|reject there); remove \"review\" from the file to import it here")
SECOND_VISIT = QT_TRANSLATE_NOOP(
    "operations.second_visit",
    "{where}: {inspector} already has an inspection of this site in round '{round}' ({id}), which "
    "this one would replace — to change that inspection, give it its \"id\": \"{full_id}\" in the "
    "file (as 'inspector results export' writes it); to record another visit, give the new one an "
    "\"id\" of its own")


def resolve_form(store: Store, ref: str | None) -> tuple[LoadedForm, str]:
    """A form by file path, by shipped form id, or by a form already in the database."""
    if ref and (ref.endswith((".yaml", ".yml")) or "/" in ref):
        path = Path(ref)
        return load_form(path), path.read_text(encoding="utf-8")
    wanted = ref or "civilized-city-field"
    for loaded in shipped_forms():
        if loaded.form.id == wanted:
            path = Path(loaded.form.source)
            return loaded, path.read_text(encoding="utf-8")
    stored = store.rows("forms", "form_id = ? OR id = ?", [wanted, wanted],
                        order_by="rowid DESC")
    if stored:
        return store.form(stored[0]["id"]), stored[0]["source_text"]
    known = ", ".join(f.form.id for f in shipped_forms())
    raise UserError(NO_SUCH_FORM(form=wanted, shipped=known))


def shipped_form_version(loaded: LoadedForm) -> str | None:
    """Shipped forms get the same version stamp everywhere, so every device agrees."""
    source = Path(loaded.form.source).resolve()
    return SHIPPED_VERSION if source.parent == shipped_forms_dir() else None


def current_form(store: Store, round_row: Row) -> Form:
    return store.form(round_row["form_key"]).form


# ---- site registry ----

@dataclass(frozen=True)
class SitesImported:
    added: int
    updated: int


def import_sites(store: Store, path: Path, form_ref: str | None = None) -> SitesImported:
    loaded, _ = resolve_form(store, form_ref)
    lookup = registry.category_lookup(loaded.form, loaded.aliases)
    sites = registry.parse_sites(path, registry.read_rows(path), lookup)
    added = updated = 0
    with store.transaction():
        for site in sites:
            exists = store.get("sites", site.id) is not None
            store.save("sites", site_row(site))
            added += not exists
            updated += exists
    return SitesImported(added, updated)


def site_row(site: Any) -> Row:
    def text(value: Any) -> str | None:
        return None if value is None else str(value)

    return {
        "id": site.id, "name": site.name, "category_id": site.category_id,
        "district": site.district, "street": site.street, "address": site.address,
        "responsible_unit": site.responsible_unit, "lat": text(site.lat),
        "lon": text(site.lon), "coord_system": str(site.coord_system),
        "wgs_lat": text(site.wgs_lat), "wgs_lon": text(site.wgs_lon),
    }


# ---- rounds and sampling ----

def create_round(store: Store, name: str, form_ref: str | None,
                 round_id: str | None = None, version: str | None = None,
                 created_at: str | None = None) -> Row:
    name = name.strip()
    if not name:
        raise UserError(ROUND_NEEDS_NAME())
    if store.rows("rounds", "name = ?", [name]):
        raise UserError(ROUND_EXISTS(name=name))
    loaded, text = resolve_form(store, form_ref)
    with store.transaction():
        form_key = store.register_form(loaded, text, version=shipped_form_version(loaded))
        row = store.save("rounds", {
            "id": round_id or str(uuid.uuid4()), "name": name, "form_key": form_key,
            "created_at": created_at or now_iso(),
        }, version=version)
        store.set_setting("current_round", name)
    return row


@dataclass(frozen=True)
class SampleResult:
    drawn: dict[str, list[str]]  # category id -> site ids
    short: dict[str, tuple[int, int]]  # category id -> (wanted, available) when too few


def sample(store: Store, round_name: str | None, seed: str, inspectors: Sequence[str],
           per_type: int | None = None, version: str | None = None) -> SampleResult:
    rnd = store.round(round_name)
    inspectors = [i.strip() for i in inspectors if i.strip()]
    if not inspectors:
        raise UserError(NAME_AN_INSPECTOR())
    if per_type is not None and per_type < 1:
        raise UserError(BAD_PER_TYPE(per_type=per_type))
    if store.rows("samples", "round_id = ?", [rnd["id"]]):
        raise UserError(ALREADY_SAMPLED(name=rnd['name']))
    form = current_form(store, rnd)
    candidates: dict[str, list[str]] = {}
    for site in store.sites():
        candidates.setdefault(site.category_id, []).append(site.id)
    if not candidates:
        raise UserError(EMPTY_REGISTRY())
    counts = {c.id: per_type or c.sample_count for c in form.categories}
    drawn = sampling.draw(candidates, counts, seed)
    order = [sid for c in form.categories for sid in drawn[c.id]]
    assigned = sampling.assign(order, inspectors)
    with store.transaction():
        for position, sid in enumerate(order, start=1):
            store.save("samples", {
                "id": interchange.derived_id("sample", rnd["id"], sid), "round_id": rnd["id"],
                "site_id": sid, "position": position, "replaced_by": None, "replaces": None,
            }, version=version)
            store.save("assignments", {
                "id": interchange.derived_id("assignment", rnd["id"], sid, assigned[sid]),
                "round_id": rnd["id"], "site_id": sid, "inspector": assigned[sid],
            }, version=version)
        store.db.table("draws").insert({
            "round_id": rnd["id"], "kind": "sample", "seed": seed,
            "params": to_json({"per_type": per_type, "inspectors": inspectors}),
            "result": to_json(drawn), "at": now_iso(),
        })
    short = {cid: (counts[cid], len(ids)) for cid, ids in drawn.items() if len(ids) < counts[cid]}
    return SampleResult(drawn, short)


def replace_site(store: Store, round_name: str | None, site_ref: str) -> str:
    """Draw a replacement for a sampled site; returns the new site's id."""
    rnd = store.round(round_name)
    site = store.find_site(site_ref)
    rows = store.rows("samples", "round_id = ? AND site_id = ?", [rnd["id"], site.id])
    if not rows:
        raise UserError(NOT_SAMPLED(site=site.name, round=rnd['name']))
    if rows[0]["replaced_by"]:
        raise UserError(ALREADY_REPLACED(site=site.name, round=rnd['name']))
    draws = store.db.execute(
        "SELECT seed FROM draws WHERE round_id = ? AND kind = 'sample' ORDER BY seq",
        [rnd["id"]]).fetchone()
    seed = draws[0] if draws else rnd["id"]
    in_round = {r["site_id"] for r in store.rows("samples", "round_id = ?", [rnd["id"]])}
    pool = [s.id for s in store.sites("category_id = ?", [site.category_id])
            if s.id not in in_round]
    new_id = sampling.draw_replacement(pool, seed, site.id)
    if new_id is None:
        raise UserError(NONE_LEFT_TO_REPLACE(category=site.category_id, site=site.name))
    inspectors = [a["inspector"] for a in store.rows(
        "assignments", "round_id = ? AND site_id = ?", [rnd["id"], site.id])]
    with store.transaction():
        store.save("samples", {**rows[0], "replaced_by": new_id})
        position = max(r["position"] for r in store.rows("samples", "round_id = ?",
                                                         [rnd["id"]])) + 1
        store.save("samples", {
            "id": interchange.derived_id("sample", rnd["id"], new_id), "round_id": rnd["id"],
            "site_id": new_id, "position": position, "replaced_by": None, "replaces": site.id,
        })
        for inspector in inspectors:
            store.save("assignments", {
                "id": interchange.derived_id("assignment", rnd["id"], new_id, inspector),
                "round_id": rnd["id"], "site_id": new_id, "inspector": inspector,
            })
        store.db.table("draws").insert({
            "round_id": rnd["id"], "kind": "replace", "seed": seed,
            "params": to_json({"replaced": site.id}), "result": to_json([new_id]),
            "at": now_iso(),
        })
    return new_id


# ---- results ----

def import_results(store: Store, path: Path, round_name: str | None = None) -> int:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(NO_SUCH_FILE(path=path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(NOT_JSON(path=path, detail=exc)) from None
    rnd = store.round(round_name or (data.get("round") if isinstance(data, dict) else None))
    form = current_form(store, rnd)
    in_round = {s.id for s in store.round_sites(rnd["id"])}

    def find(ref: str) -> Any:
        site = store.find_site(ref)
        if site.id not in in_round:
            raise UserError(SITE_NOT_SAMPLED(site=site.name, round=rnd['name']))
        return site

    parsed = interchange.parse_results(data, form, find, rnd["id"], str(path))
    supervisor = store.setting("role") == "supervisor"
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
    return int(store.db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])


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
    supervisor = store.setting("role") == "supervisor"
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
    form = current_form(store, rnd)
    sites = {s.id: s for s in store.sites()}
    rows = {r["id"]: r for r in store.rows("inspections", "round_id = ?", [rnd["id"]])}
    notes = {(r["inspection_id"], r["item_id"]): r["note"] for r in store.db.query(
        "SELECT inspection_id, item_id, note FROM responses WHERE deleted = 0 AND note != ''")}
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


# ---- scores ----

def scorecard(store: Store, round_name: str | None = None) -> tuple[Row, Form, Scorecard]:
    rnd = store.round(round_name)
    form = current_form(store, rnd)
    card = score_round(form, store.round_sites(rnd["id"]), store.inspections(rnd["id"]),
                       count_unapproved=store.setting("count_unapproved") == "true")
    return rnd, form, card
