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
from .scoring import score_round
from .store import Store
from .store.store import Row, now_iso, to_json
from .store.versions import SHIPPED_VERSION


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
    raise UserError(f"no form '{wanted}' (shipped forms: {known}; or give a .yaml path)")


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
        raise UserError("a round needs a name, e.g. \"2026年第3轮模拟测评\"")
    if store.rows("rounds", "name = ?", [name]):
        raise UserError(f"a round named '{name}' already exists")
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
        raise UserError("name at least one inspector: --inspectors 张三,李四")
    if per_type is not None and per_type < 1:
        raise UserError(f"--per-type must be at least 1, not {per_type}")
    if store.rows("samples", "round_id = ?", [rnd["id"]]):
        raise UserError(f"round '{rnd['name']}' is already sampled; use --replace SITE to "
                        "replace a site that could not be inspected")
    form = current_form(store, rnd)
    candidates: dict[str, list[str]] = {}
    for site in store.sites():
        candidates.setdefault(site.category_id, []).append(site.id)
    if not candidates:
        raise UserError("the site registry is empty; import one with "
                        "'inspector sites import FILE.csv'")
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
        raise UserError(f"'{site.name}' is not sampled in round '{rnd['name']}'")
    if rows[0]["replaced_by"]:
        raise UserError(f"'{site.name}' was already replaced in round '{rnd['name']}'")
    draws = store.db.execute(
        "SELECT seed FROM draws WHERE round_id = ? AND kind = 'sample' ORDER BY seq",
        [rnd["id"]]).fetchone()
    seed = draws[0] if draws else rnd["id"]
    in_round = {r["site_id"] for r in store.rows("samples", "round_id = ?", [rnd["id"]])}
    pool = [s.id for s in store.sites("category_id = ?", [site.category_id])
            if s.id not in in_round]
    new_id = sampling.draw_replacement(pool, seed, site.id)
    if new_id is None:
        raise UserError(f"no unsampled {site.category_id} site is left in the registry to "
                        f"replace '{site.name}'")
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
        raise UserError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{path}: not valid JSON ({exc})") from None
    rnd = store.round(round_name or (data.get("round") if isinstance(data, dict) else None))
    form = current_form(store, rnd)
    in_round = {s.id for s in store.round_sites(rnd["id"])}

    def find(ref: str) -> Any:
        site = store.find_site(ref)
        if site.id not in in_round:
            raise UserError(f"site '{site.name}' is not sampled in round '{rnd['name']}'")
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
                    f"{insp.where}: is marked '{insp.review}' — review states are set on a "
                    "supervisor's computer (inspector review approve|flag|reject there); "
                    "remove \"review\" from the file to import it here")
            before = _audit_head(store)
            save_inspection(store, rnd["id"], insp, form)
            if live and not insp.id_given and _audit_head(store) > before:
                raise UserError(
                    f"{insp.where}: {insp.inspector or 'this inspector'} already has an "
                    f"inspection of this site in round '{rnd['name']}' ({insp.id[:8]}), which "
                    "this one would replace — to change that inspection, give it its "
                    f"\"id\": \"{insp.id}\" in the file (as 'inspector results export' "
                    "writes it); to record another visit, give the new one an \"id\" of its "
                    "own")
    return len(parsed)


def responsible_unit(problem: interchange.ProblemIn, site_unit: str, form: Form) -> str:
    """The problem's own unit, else the site's, else the item's hint (the dispatch target)."""
    found = form.item(problem.item_id)
    return problem.responsible_unit or site_unit or (found[1].unit_hint if found else "")


def _audit_head(store: Store) -> int:
    return int(store.db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])


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
    store.save("inspections", {
        "id": insp.id, "round_id": round_id, "site_id": insp.site_id,
        "inspector": insp.inspector, "outcome": str(insp.outcome), "reason": insp.reason,
        "review": review, "started_at": insp.started_at,
        "finished_at": insp.finished_at,
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
