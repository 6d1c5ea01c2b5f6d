"""The case ledger (整改台账) on this computer: cases opened from a round's problems or by
hand, their states folded from their events, and each action a new event — checked first
against the case as it stands, with the photos it brings stored as evidence."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import clock
from ..errors import UserError
from ..interchange import derived_id
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store, case_rows, problem_rows
from ..store.store import Row, now_iso
from ..worktime import CALENDAR_FILE, Limit, OfficeHours, WorkCalendar, parse_limit
from . import machine
from .machine import CaseState, Event, Kind

NO_SUCH_CASE = QT_TRANSLATE_NOOP(
    "cases.no_such_case", "no case numbered '{number}' (inspector cases list shows them)")
PHOTOS_REFUSED = QT_TRANSLATE_NOOP(
    "cases.photos_refused", "case {case}: no photo could be stored ({why}); nothing recorded")
BAD_SOURCE = QT_TRANSLATE_NOOP(
    "cases.bad_source", "a case's source is one of {sources}, not '{source}'")

BAD_PRIORITY = QT_TRANSLATE_NOOP(
    "cases.bad_priority", "a case's priority is one of {priorities}, not '{priority}'")

SOURCES = ("round", "patrol", "hotline", "leader")  # 测评, 巡查, 12345 热线, 领导交办
PRIORITIES = ("一般", "紧急", "特急")  # none given: no priority, as SafetyCulture's default


@dataclass(frozen=True)
class LedgerCase:
    row: Row  # the cases record
    site: str
    district: str
    category_id: str
    state: CaseState

    @property
    def number(self) -> str:
        return str(self.row["number"])


def work_calendar(store: Store) -> WorkCalendar:
    """The city's working days (chinese-calendar and DATA_DIR/calendar.txt) and hours."""
    from ..worktime import read_calendar_file

    overrides = read_calendar_file(store.data_dir / CALENDAR_FILE) if store.data_dir else {}
    return WorkCalendar(overrides, OfficeHours.parse(store.setting("office_hours")),
                        source=str(store.data_dir / CALENDAR_FILE) if store.data_dir
                        else CALENDAR_FILE)


def limit_of(store: Store, row: Row, default: Limit | None = None) -> Limit:
    if row["time_limit"]:
        return parse_limit(row["time_limit"])
    return default or parse_limit(store.setting("case_time_limit"))


def open_from_round(store: Store, round_name: str | None = None) -> list[Row]:
    """A case for every problem the round's problem list shows that has none yet (again
    and again: the same problem never gets two). Numbered as the problem list numbers
    them; the unit the inspector named is its lead unit; the time limit is the standard's
    (or its site type's, or the form's; else the city's setting)."""
    rnd = store.round(round_name)
    form = store.round_form(rnd)
    have = case_rows.problem_ids_with_cases(store)
    made = []
    with store.transaction():
        for p in problem_rows.reported(store, rnd["id"]):
            if p.id in have:
                continue
            made.append(store.save("cases", {
                "id": derived_id("case", p.id), "number": case_rows.problem_number(p.item_id, p.id),
                "source": "round", "round_id": rnd["id"], "problem_id": p.id,
                "site_id": p.site_id, "item_id": p.item_id, "description": p.description,
                "location": p.location, "lead_unit": p.responsible_unit, "co_units": "[]",
                "priority": "", "time_limit": form.limit_for(p.item_id),
                "created_at": now_iso(), "deleted": 0}))  # opened again after an undo
    return made


def new_case(store: Store, *, site_ref: str, item_id: str, description: str,
             source: str = "patrol", unit: str = "", location: str = "",
             time_limit: str = "", co_units: Sequence[str] = (), priority: str = "") -> Row:
    """A problem found outside a round (巡查, 12345 热线, 领导交办), made a case by hand."""
    if source not in SOURCES:
        raise UserError(BAD_SOURCE(sources=", ".join(SOURCES), source=source))
    check_priority(priority)
    site = store.find_site(site_ref)
    if time_limit:
        time_limit = str(parse_limit(time_limit))
    case_id = str(uuid.uuid4())
    return store.save("cases", {
        "id": case_id, "number": case_rows.problem_number(item_id or "XX", case_id),
        "source": source, "round_id": None, "problem_id": None, "site_id": site.id,
        "item_id": item_id, "description": description, "location": location,
        "lead_unit": unit, "co_units": _units_json(co_units), "priority": priority,
        "time_limit": time_limit, "created_at": now_iso()})


def check_priority(priority: str) -> None:
    if priority and priority not in PRIORITIES:
        raise UserError(BAD_PRIORITY(priorities=", ".join(PRIORITIES), priority=priority))


def set_details(store: Store, number: str, *, co_units: Sequence[str] | None = None,
                priority: str | None = None) -> None:
    """The case's co-units (配合单位) and priority, as the supervisor sets them when
    dispatching: a new version of its record."""
    if priority is not None:
        check_priority(priority)
    changes: dict[str, Any] = {}
    if co_units is not None:
        changes["co_units"] = _units_json(co_units)
    if priority is not None:
        changes["priority"] = priority
    if changes:
        store.save("cases", {"id": find(store, number).row["id"], **changes})


def co_units(row: Row) -> list[str]:
    try:
        units = json.loads(row["co_units"] or "[]")
    except ValueError:
        return []
    return [str(u) for u in units] if isinstance(units, list) else []


def _units_json(units: Sequence[str]) -> str:
    return json.dumps([u.strip() for u in units if u.strip()], ensure_ascii=False)


def ledger(store: Store, numbers: Sequence[str] | None = None,
           calendar: WorkCalendar | None = None,
           as_of: datetime | None = None,
           dispatched: tuple[datetime, datetime] | None = None) -> list[LedgerCase]:
    """Every case (or those numbered), with its state folded from its events (on
    `calendar`, when the caller has read the city's already); with `as_of`, as the case
    stood then: only the events that happened before it (a past month's bulletin reads
    the same whenever it is printed). With `dispatched` (start, end): only the cases first
    dispatched in it — a period's figures, without folding the rest of the year."""
    rows = case_rows.cases(store)
    if numbers is not None:
        wanted = set(numbers)
        rows = [r for r in rows if r["number"] in wanted or r["id"] in wanted]
    events = case_rows.events(store, [r["id"] for r in rows] if numbers is not None else None)
    sites = {s.id: s for s in store.sites()}
    cal, zone = calendar or work_calendar(store), store.zone()
    default = parse_limit(store.setting("case_time_limit"))  # read once, not per case
    out = []
    for row in rows:
        happened = [e for e in (event_of(e, zone) for e in events.get(row["id"], []))
                    if as_of is None or e.at < as_of]
        if dispatched is not None and not _dispatched_in(happened, *dispatched):
            continue
        folded = machine.fold(row["number"], happened, cal, limit_of(store, row, default))
        site = sites.get(row["site_id"])
        out.append(LedgerCase(row, site.name if site else "?",
                              site.district if site else "", site.category_id if site else "",
                              folded))
    return out


def _dispatched_in(events: Sequence[Event], start: datetime, end: datetime) -> bool:
    """Whether any dispatch of the case falls in [start, end): every case whose first
    dispatch (as the fold finds it, `figures.first_dispatch`) is in the period, and a few
    more, which the figures' own window leaves out."""
    return any(start <= e.at < end for e in events if e.kind in (Kind.DISPATCH, Kind.REASSIGN))


def event_of(row: Row, zone: clock.Zone) -> Event:
    at = clock.in_zone(row["at"], zone)
    assert at is not None  # written by `act`, always a time
    photos = {sha: when for sha, taken in row["photos"].items()
              if (when := clock.in_zone(taken, zone)) is not None}
    return Event(row["id"], row["case_id"], Kind(row["kind"]), row["version"], at,
                 row["actor"], row["role"], row["data"], photos)


def find(store: Store, number: str) -> LedgerCase:
    found = ledger(store, [number])
    if not found:
        raise UserError(NO_SUCH_CASE(number=number))
    return found[0]


def act(store: Store, number: str, kind: Kind, data: Mapping[str, Any] | None = None,
        photos: Sequence[Path] = (), at: datetime | None = None,
        stored: Mapping[str, datetime] | None = None) -> LedgerCase:
    """One action on a case, as this computer's person and role; refused in the case's
    words when the case as it stands does not allow it, with nothing written. The photos
    are files to store, or `stored` ones already (sha256 → when taken)."""
    case = find(store, number)
    shas = dict(stored or {})
    if photos:
        # Every rule but the photos' own first, so that a refused action stores no photo.
        unseen = trial_event(store, case, kind, data, {"~": clock.now(store.zone())}, at)
        if (why := machine.refusal(case.state, unseen)) is not None:
            raise UserError(why)
        shas.update(store_photos(store, case.number, photos))
    trial = trial_event(store, case, kind, data, shas, at)
    why = machine.refusal(case.state, trial)
    if why is not None:
        raise UserError(why)
    event_id = str(uuid.uuid4())
    with store.transaction():
        store.save("case_events", {
            "id": event_id, "case_id": case.row["id"], "kind": kind.value,
            "at": trial.at.isoformat(timespec="seconds"), "actor": trial.actor,
            "role": trial.role, "data": json.dumps(dict(trial.data), ensure_ascii=False,
                                                   default=str)})
        for sha in sorted(shas):
            store.save("case_photos", {"id": derived_id("case_photo", event_id, sha),
                                       "event_id": event_id, "photo_sha256": sha})
    return find(store, number)


def trial_event(store: Store, case: LedgerCase, kind: Kind,
                data: Mapping[str, Any] | None = None,
                photos: Mapping[str, datetime] | None = None,
                at: datetime | None = None) -> Event:
    """The event this computer's person would add: check it with `machine.refusal`
    before anything is written."""
    zone = store.zone()
    when = clock.to_zone(at, zone) if at is not None else clock.now(zone)
    fields = {k: v for k, v in (data or {}).items() if v not in (None, "")}
    return Event("~", str(case.row["id"]), kind, "~", when, store.setting("inspector"),
                 store.role.value, fields, dict(photos or {}))


def store_photos(store: Store, number: str, files: Sequence[Path]) -> dict[str, datetime]:
    """The photos stored (not linked to any inspection), sha256 → when taken (or, without
    a time in the file, when stored)."""
    from ..photos.importer import import_batch
    from ..store import photo_rows

    report = import_batch(store, [(f, "", None) for f in files], link=False)
    if not report.imported:
        why = report.refused[0][1] if report.refused else "?"
        raise UserError(PHOTOS_REFUSED(case=number, why=why))
    out = {}
    for imported in report.imported:
        row = photo_rows.photo(store, imported.sha256)
        when = clock.in_zone((row or {}).get("taken_at") or now_iso(), store.zone())
        if when is not None:
            out[imported.sha256] = when
    return out
