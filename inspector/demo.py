"""A believable, fictional demo city (示范市) so a newcomer sees a real scorecard at once.

Everything is deterministic — ids (uuid5), version stamps, the draw and the answers —
so two demo data directories hold identical records and can later be merged. The
township and small-square results reproduce the real city's figures from the speech
(0.40 of 1.2 and 0.33 of 1.0: one clean site out of three in a strict category).
"""

from __future__ import annotations

import functools
import hashlib
import random
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from .actions import results, rounds
from .actions.sites import site_row
from .domain import Category, CoordSystem, Form, Kind, Outcome, Response, ReviewState, Site
from .errors import UserError
from .geo import to_wgs84
from .interchange import InspectionIn, ProblemIn, derived_id
from .messages import QT_TRANSLATE_NOOP
from .registry import site_id
from .state import inspection_id as derive_inspection_id
from .store import Store, photo_rows, problem_rows
from .store import versions as vs

NO_SUCH_DEMO_INSPECTOR = QT_TRANSLATE_NOOP(
    "demo.no_such_demo_inspector",
    "the demo city's inspectors are {inspectors}, not '{inspector}'")

CITY = "示范市"
ROUND_NAME = "2026年第3轮模拟测评"
SEED = "2026-3"
INSPECTORS = ("张三", "李四", "王五")
DEMO_VERSION = "0000000000001.00000.demo"
DEMO_NAMESPACE = uuid.UUID("2a8d3c4e-91b7-5f06-a3d2-7c1e0b9f5d68")
DISTRICTS = ("湖滨区", "东城区", "西城区", "高新区", "青山县")
PLACES = ("东风", "人民", "解放", "建设", "新华", "青年", "文化", "花园", "和平", "胜利",
          "光明", "长江", "朝阳", "团结")
TOWNS = ("青山镇", "河口镇", "柳林镇", "白沙镇", "石桥镇")
# How the demo names a site of each type, from a place name.
NAMES: dict[str, str] = {
    "market": "{p}路农贸市场", "main_road": "{p}路", "back_street": "{p}巷",
    "intersection": "{p}路与{q}路交叉口", "bus": "{p}路公交站", "mall": "{p}购物中心",
    "residential": "{p}小区", "community": "{p}社区", "park": "{p}公园",
    "small_square": "{p}小游园", "township": "{t}", "urban_village": "{p}村",
    "hospital": "市{p}医院", "school": "{p}路小学", "service_hall": "{p}区政务服务中心",
    "window_unit": "{p}路营业厅", "civilization_practice": "{p}街道新时代文明实践所",
    "culture_venue": "{p}图书馆", "patriotic_base": "{p}烈士陵园", "hotel": "{p}大酒店",
    "station": "{p}汽车站", "construction_site": "{p}路地块项目工地",
    "entertainment": "{p}网吧", "scenic_area": "{p}湖景区", "public_toilet": "{p}路公厕",
    "minor_venue": "{p}少年宫", "simulation": "12345热线({p}片区)",
}
LOCATIONS = ("东侧入口", "西北角", "主通道中段", "南门外30米", "公厕旁", "停车区", "北侧人行道")
# Roads and markets scored 50–60 % in the real city; strict types fail on one violation.
FAIL_RATE = {"main_road": 0.5, "market": 0.5, "township": 0.45, "small_square": 0.45}
FAULTS = ("发现1处", "现场可见", "巡查发现", "抽查发现")


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(parts)))


def demo_sites(form: Form) -> list[Site]:
    sites: list[Site] = []
    for ci, cat in enumerate(form.categories):
        pattern = NAMES.get(cat.id, "{p}" + cat.name.split("/")[0])
        for k in range(cat.sample_count + 2):  # spares, for replacements
            p = PLACES[(ci * 3 + k) % len(PLACES)]
            q = PLACES[(ci * 3 + k + 5) % len(PLACES)]
            name = pattern.format(p=p, q=q, t=TOWNS[k % len(TOWNS)])
            district = DISTRICTS[(ci + k) % len(DISTRICTS)]
            if cat.id == "township":
                district = "青山县" if k % 2 == 0 else "高新区"
            lat = 30.55 + ((ci * 7 + k * 13) % 40) / 400
            lon = 114.25 + ((ci * 11 + k * 5) % 40) / 400
            # A third of the registry comes "from Amap" (GCJ-02), as real registries do.
            system = CoordSystem.GCJ02 if k % 3 == 1 else CoordSystem.WGS84
            wlat, wlon = to_wgs84(lat, lon, system)
            sites.append(Site(
                id=site_id(cat.id, district, name), name=name, category_id=cat.id,
                district=district, street=f"{p}街道", address=f"{CITY}{district}{p}路{k + 1}号",
                responsible_unit=f"{district}{p}街道办事处", lat=Decimal(f"{lat:.6f}"),
                lon=Decimal(f"{lon:.6f}"), coord_system=system,
                wgs_lat=Decimal(f"{wlat:.7f}"), wgs_lon=Decimal(f"{wlon:.7f}"),
            ))
    return sites


def _answers(cat: Category, site: Site, rng: random.Random, clean: bool,
             fail_rate: float) -> tuple[dict[str, Response], list[tuple[str, int, str]]]:
    """Responses and problems (item id, count, description) for one inspection."""
    responses: dict[str, Response] = {}
    problems: list[tuple[str, int, str]] = []
    for item in cat.items:
        bad = not clean and rng.random() < fail_rate
        what = f"{rng.choice(FAULTS)}：{item.text.split('，')[0][:24]}不到位"
        if rng.random() < 0.05 and not clean:
            responses[item.id] = Response(item.id, na=True)
        elif item.kind is Kind.CHECK:
            responses[item.id] = Response(item.id, passed=not bad)
            if bad:
                problems.append((item.id, 1, what))
        elif item.kind is Kind.DEDUCT:
            responses[item.id] = Response(item.id)
            if bad:
                problems.append((item.id, rng.choice((1, 1, 2, 3)), what))
        elif item.kind is Kind.GRADE:
            level = item.levels[rng.randrange(1, len(item.levels)) if bad else 0]
            responses[item.id] = Response(item.id, level=level.name)
            if bad:
                problems.append((item.id, 1, what))
        else:
            required = item.required or 1
            found = rng.randint(0, required - 1) if bad else required
            responses[item.id] = Response(item.id, found=found)
            if bad:
                problems.append((item.id, 1, f"仅找到{found}处，要求{required}处"))
    return responses, problems


def load_demo(store: Store, inspector: str | None = None, seed: int | None = None, *,
              progress: Callable[[str, int, int], None] | None = None,
              cancel: Callable[[], bool] | None = None) -> str:
    """The demo city. With `inspector`, this laptop is that inspector's: the city, round
    and assignments are the shared deterministic records, the inspections are this
    device's own work (varied by `seed`) — ready to be exported and merged.

    `progress(stage, done, total)`: "data" while the records are written, then
    "photos" (most of the time: each photo is drawn, then imported). `cancel` stops
    between photos; the records are in by then, the rest of the photos left out."""
    if inspector is not None and inspector not in INSPECTORS:
        raise UserError(NO_SUCH_DEMO_INSPECTOR(
            inspectors=', '.join(INSPECTORS), inspector=inspector))
    if store.rows("rounds", "name = ?", [ROUND_NAME]):
        return f"the demo city is already loaded (round '{ROUND_NAME}')"
    loaded, _ = rounds.resolve_form(store, None)
    form = loaded.form
    sites = demo_sites(form)
    if progress is not None:
        progress("data", 0, 0)
    with store.transaction():
        if not store.setting("city"):
            store.set_setting("city", CITY)
        if inspector is not None:
            store.set_setting("inspector", inspector)
        for site in sites:
            store.save("sites", site_row(site), version=DEMO_VERSION)
        rnd = rounds.create_round(store, ROUND_NAME, None, round_id=_uuid("round"),
                                      version=DEMO_VERSION,
                                      created_at="2026-11-18T09:00:00+08:00")
        rounds.sample(store, ROUND_NAME, SEED, INSPECTORS, version=DEMO_VERSION)
        _overlap(store, rnd["id"])
        if inspector is None:
            count = _inspect(store, form, rnd["id"], None, "", DEMO_VERSION)
        else:
            count = _inspect(store, form, rnd["id"], inspector, f"/{seed or 0}", None)
            _field_correction(store, inspector)
    version = DEMO_VERSION if inspector is None else None
    photos = (_photos(store, rnd["id"], version, progress, cancel)
              if store.data_dir is not None else 0)
    who = f" for {inspector} (seed {seed or 0})" if inspector else ""
    return (f"demo city {CITY}{who}: {len(sites)} sites in {len(form.categories)} site "
            f"types, round '{ROUND_NAME}' with {count} inspections and {photos} problem "
            "photos — try 'inspector score'")


def _overlap(store: Store, round_id: str) -> None:
    """The first sampled main road goes to a second inspector too: two inspections of one
    site, which the scorecard averages and review compares."""
    roads = [s for s in store.round_sites(round_id) if s.category_id == "main_road"]
    if not roads:
        return
    site = roads[0]
    taken = {a["inspector"] for a in store.rows("assignments", "site_id = ?", [site.id])}
    second = next(i for i in INSPECTORS if i not in taken)
    store.save("assignments", {
        "id": derived_id("assignment", round_id, site.id, second), "round_id": round_id,
        "site_id": site.id, "inspector": second}, version=DEMO_VERSION)


def _field_correction(store: Store, inspector: str) -> None:
    """Every inspector corrects the same registry entry on site, each in their own words:
    one record edited on several devices from one base, a conflict for the supervisor."""
    market = next((s for s in store.sites("category_id = 'market'")), None)
    if market is not None:
        unit = f"{market.district}市场监管局（{inspector}现场核实）"
        store.save("sites", {**site_row(market), "responsible_unit": unit})


def _photos(store: Store, round_id: str, version: str | None,
            progress: Callable[[str, int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> int:
    """A phone photo for each problem, taken during the visit, a few metres from the site.

    Every 20th problem is left without one, so the demo shows evidence still missing."""
    from .photos.importer import import_batch

    jobs: list[tuple[Path, str, str | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, data, inspection_id, problem_id in _photo_files(store, round_id):
            if cancel is not None and cancel():
                return 0
            if progress is not None:
                progress("drawing", len(jobs), 0)  # how many there will be is not known yet
            path = Path(tmp) / name
            path.write_bytes(data)
            jobs.append((path, inspection_id, problem_id))
        report = import_batch(
            store, jobs, version=version, cancel=cancel,
            progress=None if progress is None else lambda d, t, _n: progress("photos", d, t))
    return len(report.imported)


def _photo_files(store: Store, round_id: str) -> Iterator[tuple[str, bytes, str, str]]:
    """(file name, JPEG bytes, inspection id, problem id) of the demo's problem photos."""
    from .photos.synthetic import synthetic_jpeg

    for n, p in enumerate(problem_rows.places(store, round_id)):
        if n % 20 == 19 or not p.started_at:
            continue
        rng = random.Random(p.id)
        start = datetime.fromisoformat(p.started_at)
        lat = Decimal(str(p.wgs_lat)) + Decimal(rng.randint(-300, 300)) / 1_000_000
        lon = Decimal(str(p.wgs_lon)) + Decimal(rng.randint(-300, 300)) / 1_000_000
        data = synthetic_jpeg(
            640, 480, p.id, taken_at=start + timedelta(minutes=rng.randint(2, 30)),
            lat=lat, lon=lon, orientation=rng.choice((1, 1, 1, 6)),
            label=f"{p.site_name} {p.description[:10]}")
        yield f"IMG_{n:04d}.jpg", data, p.inspection_id, p.id


@functools.cache
def derived_versions(with_photos: bool = False) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record the demo city stamps as the demo's own, as `inspector demo` makes it
    here: (table, id) → the version's data. A package's demo-stamped version is taken
    only when it is exactly one of these. Made in a scratch database (under a second);
    the photo links also encode the demo's photos (two seconds more), so only when a
    package brings one."""
    scratch = Store.memory()
    try:
        load_demo(scratch)
        if with_photos:
            rnd = scratch.round(ROUND_NAME)
            for name, data, inspection_id, problem_id in _photo_files(scratch, rnd["id"]):
                sha = hashlib.sha256(data).hexdigest()
                if photo_rows.photo(scratch, sha) is None:  # the row, not the file
                    photo_rows.add(scratch, {"sha256": sha, "file_name": name,
                                             "size": len(data), "ext": "jpg"})
                photo_rows.link(scratch, sha, inspection_id, problem_id, DEMO_VERSION)
        return {(v.table, v.record_id): v.data for _, v in vs.select(scratch)
                if v.version == DEMO_VERSION}
    finally:
        scratch.close()


def _inspect(store: Store, form: Form, round_id: str, only: str | None, seed: str,
             version: str | None, month: str = "2026-11", scale: float = 1.0) -> int:
    """Inspections of the sampled sites (only `only`'s assignments, when given)."""
    sites = store.round_sites(round_id)
    assignments: dict[str, list[str]] = {}
    for a in store.rows("assignments", "round_id = ?", [round_id], order_by="rowid"):
        assignments.setdefault(a["site_id"], []).append(a["inspector"])
    seen: dict[str, int] = {}
    count = 0
    for site in sites:
        cat = form.category(site.category_id)
        if cat is None:
            continue
        k = seen[cat.id] = seen.get(cat.id, -1) + 1
        for turn, inspector in enumerate(assignments.get(site.id, [])):
            if only is not None and inspector != only:
                continue
            _inspect_site(store, form, round_id, site, cat, k, inspector,
                          f"demo/{site.id}{seed}" + (f"/{inspector}" if turn else ""),
                          version, count, month, scale)
            count += 1
    return count


def _inspect_site(store: Store, form: Form, round_id: str, site: Site, cat: Category, k: int,
                  inspector: str, seed: str, version: str | None, count: int,
                  month: str = "2026-11", scale: float = 1.0) -> None:
    """One inspection; `scale` multiplies the fail rates (a worse month: above 1)."""
    rng = random.Random(seed)
    outcome, reason = Outcome.FINISHED, ""
    if cat.id == "construction_site" and k == 1:
        outcome, reason = Outcome.NOT_INSPECTABLE, "工地停工封闭，无法进入"
    elif cat.id == "market" and k == 2:
        outcome = Outcome.IN_PROGRESS
    strict_case = cat.id in ("township", "small_square")
    clean = (k == 0 or (k == 1 and scale < 0.85)) if strict_case \
        else rng.random() < min(0.5, 0.1 / scale)
    responses, found = _answers(cat, site, rng, clean,
                                min(0.95, FAIL_RATE.get(cat.id, 0.3) * scale))
    if strict_case and not clean and not found:
        item = cat.items[0]
        responses[item.id] = Response(item.id, passed=False) \
            if item.kind is Kind.CHECK else responses[item.id]
        found.append((item.id, 1, "抽查发现：宣传内容破旧褪色"))
    if outcome is Outcome.IN_PROGRESS:
        responses = dict(list(responses.items())[: len(responses) // 2])
    if outcome is Outcome.NOT_INSPECTABLE:
        responses, found = {}, []
    insp_id = derive_inspection_id(round_id, site.id, inspector)  # as the app names it
    problems = [ProblemIn(
        id=_uuid("problem", insp_id, str(n)), item_id=item_id, count=count_,
        description=text, location=f"{site.name}{LOCATIONS[n % len(LOCATIONS)]}",
        responsible_unit="") for n, (item_id, count_, text) in enumerate(found)]
    day = 20 + (k % 5)
    hour = 9 + (count % 8)
    # Only a supervisor approves: an inspector's own laptop sends its work as received.
    approved = version == DEMO_VERSION and count % 3
    results.save_inspection(store, round_id, InspectionIn(
        id=insp_id, site_id=site.id, inspector=inspector, outcome=outcome,
        review=ReviewState.APPROVED if approved else ReviewState.RECEIVED,
        reason=reason, started_at=f"{month}-{day:02d}T{hour:02d}:05:00+08:00",
        finished_at=(f"{month}-{day:02d}T{hour:02d}:41:00+08:00"
                     if outcome is Outcome.FINISHED else None),
        responses=responses, notes={}, problems=problems,
    ), form, version=version)
