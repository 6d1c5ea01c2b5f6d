"""Rounds (测评轮次): which checklist they use, the sampled sites and who inspects each —
drawn from a seed so anyone can redo the draw — and a replacement for a site that could
not be inspected."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import interchange, sampling
from ..domain import Form, LoadedForm
from ..errors import UserError
from ..forms import load_form, shipped_forms, shipped_forms_dir
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store, draws, sampled
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
BAD_COUNT = QT_TRANSLATE_NOOP("rounds.bad_count",
    "the sample count of {category} must be 0 or more, not {count}")
NOT_DRAWN = QT_TRANSLATE_NOOP("rounds.not_drawn",
    "'{site}' is not in the draw: every drawn site goes to an inspector, and no other")
NOT_ASSIGNED = QT_TRANSLATE_NOOP("rounds.not_assigned",
    "'{site}' is not assigned to {inspector} in round '{round}'")
ALREADY_ASSIGNED = QT_TRANSLATE_NOOP("rounds.already_assigned",
    "'{site}' is already assigned to {inspector} in round '{round}'")
BAD_DEAL = QT_TRANSLATE_NOOP("rounds.bad_deal",
    "sites are dealt 'in-turn' or 'by-district', not '{deal}'")

DEALS = ("in-turn", "by-district")  # how drawn sites go out to inspectors
Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The draw was stopped before it was recorded: nothing of it was kept."""


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


def sample_counts(form: Form, per_type: int | None = None) -> dict[str, int]:
    """How many sites of each type the form samples (or `per_type` of each)."""
    if per_type is not None and per_type < 1:
        raise UserError(BAD_PER_TYPE(per_type=per_type))
    return {c.id: per_type or c.sample_count for c in form.categories}


def draw(store: Store, form: Form, seed: str, counts: Mapping[str, int]) -> SampleResult:
    """The draw `sample` records for this form, seed and counts, recording nothing: what
    a supervisor previews, and draws again with another seed until content."""
    for category_id, count in counts.items():
        if count < 0:
            raise UserError(BAD_COUNT(category=category_id, count=count))
    candidates: dict[str, list[str]] = {}
    for site_id, (_name, category_id, _district) in sampled.site_facts(store).items():
        candidates.setdefault(category_id, []).append(site_id)
    if not candidates:
        raise UserError(EMPTY_REGISTRY())
    ordered = {c.id: counts.get(c.id, c.sample_count) for c in form.categories}
    drawn = sampling.draw(candidates, ordered, seed)
    short = {cid: (ordered[cid], len(ids)) for cid, ids in drawn.items()
             if len(ids) < ordered[cid]}
    return SampleResult(drawn, short)


def deal(store: Store, drawn: Mapping[str, Sequence[str]], inspectors: Sequence[str],
         how: str = "in-turn") -> dict[str, str]:
    """site id → inspector: in turn in draw order, or whole districts to each inspector."""
    inspectors = _named(inspectors)
    order = [sid for ids in drawn.values() for sid in ids]
    if how == "in-turn":
        return sampling.assign(order, inspectors)
    if how != "by-district":
        raise UserError(BAD_DEAL(deal=how))
    facts = sampled.site_facts(store)
    return sampling.assign_by_district(order, {s: facts[s][2] if s in facts else ""
                                               for s in order}, inspectors)


def _named(inspectors: Sequence[str]) -> list[str]:
    named = list(dict.fromkeys(i.strip() for i in inspectors if i.strip()))
    if not named:
        raise UserError(NAME_AN_INSPECTOR())
    return named


def sample(store: Store, round_name: str | None, seed: str, inspectors: Sequence[str],
           per_type: int | None = None, version: str | None = None, *,
           counts: Mapping[str, int] | None = None, how: str = "in-turn",
           assigned: Mapping[str, str] | None = None, progress: Progress | None = None,
           cancel: Cancel | None = None) -> SampleResult:
    """Draw the round's sample from `seed` and record it with who inspects each site:
    dealt `how`, or as `assigned` (site id → inspector; a supervisor's moves after the
    deal). All or nothing: a cancelled draw leaves no trace."""
    rnd = store.round(round_name)
    inspectors = _named(inspectors)
    form = store.round_form(rnd)
    if counts is None:
        counts = sample_counts(form, per_type)
    if store.rows("samples", "round_id = ?", [rnd["id"]]):
        raise UserError(ALREADY_SAMPLED(name=rnd['name']))
    result = draw(store, form, seed, counts)
    order = [sid for ids in result.drawn.values() for sid in ids]
    dealt = assigned is None
    if assigned is None:
        assigned = deal(store, result.drawn, inspectors, how)
    else:
        _check_assigned(store, order, assigned)
    with store.transaction():
        for position, sid in enumerate(order, start=1):
            if cancel is not None and position % 50 == 1 and cancel():
                raise Cancelled()
            store.save("samples", {
                "id": interchange.derived_id("sample", rnd["id"], sid), "round_id": rnd["id"],
                "site_id": sid, "position": position, "replaced_by": None, "replaces": None,
            }, version=version)
            store.save("assignments", {
                "id": interchange.derived_id("assignment", rnd["id"], sid, assigned[sid]),
                "round_id": rnd["id"], "site_id": sid, "inspector": assigned[sid],
            }, version=version)
            if progress is not None and (position % 50 == 0 or position == len(order)):
                progress("recording", position, len(order))
        draws.record(store, rnd["id"], "sample", seed,
                     {"per_type": per_type, "inspectors": inspectors, "counts": dict(counts),
                      "deal": how if dealt else "moved"}, result.drawn)
        if cancel is not None and cancel():  # Cancel after the last check: still nothing
            raise Cancelled()
    return result


def new_round(store: Store, name: str, form_ref: str | None, seed: str,
              inspectors: Sequence[str], counts: Mapping[str, int],
              assigned: Mapping[str, str], progress: Progress | None = None,
              cancel: Cancel | None = None) -> SampleResult:
    """A round created, drawn and assigned in one step, as the app's 新建测评轮次 does it:
    cancelled, there is no round either."""
    with store.transaction():
        create_round(store, name, form_ref)
        return sample(store, name, seed, inspectors, counts=counts, assigned=assigned,
                      progress=progress, cancel=cancel)


def _check_assigned(store: Store, order: Sequence[str], assigned: Mapping[str, str]) -> None:
    for sid in order:
        if not str(assigned.get(sid, "")).strip():
            raise UserError(NAME_AN_INSPECTOR())
    for sid in set(assigned) - set(order):
        site = store.get("sites", sid)
        raise UserError(NOT_DRAWN(site=site["name"] if site else sid))


def move_site(store: Store, round_name: str | None, site_ref: str, from_inspector: str,
              to_inspector: str) -> None:
    """A sampled site goes from one inspector to another (the next package tells both)."""
    rnd = store.round(round_name)
    site = store.find_site(site_ref)
    to_inspector = _named([to_inspector])[0]
    old = interchange.derived_id("assignment", rnd["id"], site.id, from_inspector)
    row = store.get("assignments", old)
    if row is None or row["deleted"]:
        raise UserError(NOT_ASSIGNED(site=site.name, inspector=from_inspector,
                                     round=rnd["name"]))
    new = interchange.derived_id("assignment", rnd["id"], site.id, to_inspector)
    taken = store.get("assignments", new)
    if taken is not None and not taken["deleted"]:
        raise UserError(ALREADY_ASSIGNED(site=site.name, inspector=to_inspector,
                                         round=rnd["name"]))
    with store.transaction():
        store.delete("assignments", old)
        store.save("assignments", {"id": new, "round_id": rnd["id"], "site_id": site.id,
                                   "inspector": to_inspector, "deleted": 0})


def assignments(store: Store, round_name: str | None) -> list[tuple[str, str]]:
    """(site id, inspector) of the round, in the sample's order."""
    return sampled.assignments(store, store.round(round_name)["id"])


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
