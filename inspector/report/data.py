"""Everything a report shows, gathered once: the scorecard (from `scoring`, never
recomputed here), the problems with their photos, baselines and earlier rounds."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .. import clock, state
from ..actions.baselines import listed
from ..domain import Baseline, Form, Scorecard
from ..photos.evidence import missing_photos, stamp_text
from ..photos.stamp import StampText
from ..state import Note, lacks_photo, scorecard_notes
from ..store import Store, photo_rows, problem_rows
from ..store.case_rows import problem_number
from ..store.store import Row, now_iso


@dataclass(frozen=True)
class PhotoRef:
    sha256: str
    ext: str
    original_present: bool
    text: StampText


@dataclass(frozen=True)
class ProblemRow:
    number: str  # stable: derived from the problem's id, the same in every report
    problem_id: str
    site_id: str  # what a problem is joined to its site by: two sites may share a name
    site: str
    district: str
    category: str
    item_id: str
    item_text: str
    description: str
    count: int
    location: str
    time: str  # the inspection's start as printed, in the city's zone: 2026-11-20 14:05
    started_at: str  # the same as ISO 8601 with the city's offset (CSV, JSON, XLSX)
    inspector: str
    unit: str
    photos: tuple[PhotoRef, ...]
    photo_required: bool
    lacks_photo: bool  # its item requires a photo and none is linked (`state.lacks_photo`)


@dataclass(frozen=True)
class EarlierRound:
    name: str
    total: Decimal
    points_inspected: Decimal
    rate: Decimal | None


@dataclass
class ReportData:
    city: str
    round: Row
    form: Form
    card: Scorecard
    problems: list[ProblemRow]
    notes: tuple[Note, ...] = ()  # what the scorecard's notes say (`state.scorecard_notes`)
    baselines: list[Baseline] = field(default_factory=list)
    earlier: list[EarlierRound] = field(default_factory=list)
    generated_at: str = ""
    zone: str = clock.DEFAULT_ZONE  # the city's time zone, every time is printed in


def problems(store: Store, round_id: str, form: Form) -> list[ProblemRow]:
    zone = store.zone()
    photos = photo_rows.problem_photos(store, round_id)
    for pid, group in photos.items():
        # An annotated copy shows the problem: it is printed instead of its original.
        drawn_on = {p["derived_from"] for p in group if p["derived_from"]}
        photos[pid] = [p for p in group if p["sha256"] not in drawn_on]
    sites = {s["id"]: s for s in store.rows("sites")}
    out = []
    for r in problem_rows.reported(store, round_id):
        site = sites.get(r.site_id)
        found = form.item(r.item_id)
        category = found[0].name if found else ""
        item_text = found[1].text if found else ""
        refs = tuple(PhotoRef(p["sha256"], p["ext"], bool(p["original_present"]),
                              stamp_text(p, site, r.inspector, zone))
                     for p in photos.get(r.id, []))
        out.append(ProblemRow(
            number=problem_number(r.item_id, r.id), problem_id=r.id,
            site_id=r.site_id, site=site["name"] if site else "?",
            district=(site["district"] if site else ""),
            category=category, item_id=r.item_id, item_text=item_text,
            description=r.description, count=r.count, location=r.location,
            time=clock.local(r.started_at, zone=zone),
            started_at=clock.iso(r.started_at, zone), inspector=r.inspector,
            unit=r.responsible_unit or "未指定", photos=refs,
            photo_required=bool(found and found[1].photo_required),
            lacks_photo=lacks_photo(found[1] if found else None, r.id, photos)))
    out.sort(key=lambda p: (p.category, p.site, p.item_id, p.number))
    return out


def gather(store: Store, round_name: str | None = None) -> ReportData:
    rnd, form, card = state.scorecard(store, round_name)
    earlier = []
    for other in store.rows("rounds", "id != ? AND created_at < ?",
                            [rnd["id"], rnd["created_at"]], order_by="created_at"):
        _, _, past = state.scorecard(store, other["name"])
        earlier.append(EarlierRound(other["name"], past.total, past.points_inspected,
                                    past.rate))
    notes = scorecard_notes(card, len(missing_photos(store, rnd["id"], form)))
    return ReportData(city=store.setting("city"), round=rnd, form=form, card=card,
                      problems=problems(store, rnd["id"], form), notes=notes,
                      baselines=listed(store),
                      earlier=earlier, generated_at=now_iso(), zone=store.zone().key)
