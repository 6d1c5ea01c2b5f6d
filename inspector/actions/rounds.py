"""Rounds (测评轮次): which checklist they use, the sampled sites and who inspects each —
drawn from a seed so anyone can redo the draw — and a replacement for a site that could
not be inspected."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import interchange, sampling
from ..domain import LoadedForm
from ..errors import UserError
from ..forms import load_form, shipped_forms, shipped_forms_dir
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store, draws
from ..store.store import Row, now_iso
from ..store.versions import SHIPPED_VERSION

NO_SUCH_FORM = QT_TRANSLATE_NOOP("rounds.no_such_form",
    "no form '{form}' (shipped forms: {shipped}; or give a .yaml path)")
ROUND_NEEDS_NAME = QT_TRANSLATE_NOOP("rounds.round_needs_name",
    "a round needs a name, e.g. \"2026年第3轮模拟测评\"")
ROUND_EXISTS = QT_TRANSLATE_NOOP("rounds.round_exists", "a round named '{name}' already exists")
NAME_AN_INSPECTOR = QT_TRANSLATE_NOOP("rounds.name_an_inspector",
    "name at least one inspector: --inspectors 张三,李四")
BAD_PER_TYPE = QT_TRANSLATE_NOOP("rounds.bad_per_type",
    "--per-type must be at least 1, not {per_type}")
ALREADY_SAMPLED = QT_TRANSLATE_NOOP("rounds.already_sampled",
    "round '{name}' is already sampled; use --replace SITE to replace a site that could not be "
    "inspected")
EMPTY_REGISTRY = QT_TRANSLATE_NOOP("rounds.empty_registry",
    "the site registry is empty; import one with 'inspector sites import FILE.csv'")
NOT_SAMPLED = QT_TRANSLATE_NOOP("rounds.not_sampled",
    "'{site}' is not sampled in round '{round}'")
ALREADY_REPLACED = QT_TRANSLATE_NOOP("rounds.already_replaced",
    "'{site}' was already replaced in round '{round}'")
NONE_LEFT_TO_REPLACE = QT_TRANSLATE_NOOP("rounds.none_left_to_replace",
    "no unsampled {category} site is left in the registry to replace '{site}'")


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
    form = store.round_form(rnd)
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
        draws.record(store, rnd["id"], "sample", seed,
                     {"per_type": per_type, "inspectors": inspectors}, drawn)
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
    seed = draws.sample_seed(store, rnd["id"]) or rnd["id"]
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
        draws.record(store, rnd["id"], "replace", seed, {"replaced": site.id}, [new_id])
    return new_id
