"""The state rules, once, in the core (`inspector.state`): which answers fail, which
problems lack a photo, each site's state and the scorecard's notes; and what each screen
and file shows from them: a quota short of its count warns like a failed check, two
sites with one name keep their own problems, the PDF and `inspector score` note every
kind of note the Scorecard page does."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import PageFor, WindowFor, record
from pypdf import PdfReader

from inspector import state
from inspector.actions import inspections as act
from inspector.cli import main as cli_main
from inspector.domain import Category, Item, Kind, Level, Problem, Response, SiteStatus
from inspector.state import (
    NOTE_TEXTS,
    NoteKind,
    Status,
    failed,
    inspection_id,
    lacks_photo,
    needs_problem,
    scorecard_notes,
    site_states,
)
from inspector.store import Store

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

FIXED = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=8)))
INSPECTOR = "张三"


def make_roads(data_dir: Path, names: tuple[str, ...]) -> Store:
    """A round over main roads (主次干道) in 青山县, every one sampled and assigned to
    张三, who uses this laptop."""
    sites = data_dir.parent / "roads.csv"
    rows = "".join(f"{n},主次干道,青山县\n" for n in names)
    sites.write_text("点位名称,点位类型,县市区\n" + rows, encoding="utf-8")
    for args in (["sites", "import", str(sites)],
                 ["round", "new", "第1轮", "--form", "civilized-city-field"],
                 ["sample", "--seed", "1", "--inspectors", INSPECTOR, "--per-type",
                  str(len(names))],
                 ["config", "set", "inspector", INSPECTOR]):
        assert cli_main(["--data-dir", str(data_dir), *args]) == 0
    return Store.open(data_dir)


def road_category(store: Store) -> Category:
    cat = store.round_form(store.round()).category("main_road")
    assert cat is not None
    return cat


def item(cat: Category, item_id: str) -> Item:
    found = cat.item(item_id)
    assert found is not None
    return found


def answer_all(store: Store, iid: str, cat: Category, na: bool = False) -> None:
    """Every item answered clean (or 不适用)."""
    for it in cat.items:
        clean = {Kind.CHECK: "pass", Kind.DEDUCT: "checked", Kind.QUOTA: it.required,
                 Kind.GRADE: it.levels[0].name if it.levels else "好"}[it.kind]
        act.answer(store, iid, it, "na" if na else clean)


def start(store: Store, name: str) -> str:
    site = next(s for s in store.round_sites(store.round()["id"]) if s.name == name)
    return str(act.start(store, store.round()["id"], site, INSPECTOR)["id"])


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---- the rules ----


def test_failed_is_every_answer_that_costs_the_item_points() -> None:
    one = Fraction(1)
    check = Item("C1", "c", one, Kind.CHECK)
    assert failed(check, Response("C1", passed=False), ())
    assert not failed(check, Response("C1", passed=True), ())
    assert not failed(check, Response("C1", na=True), ()) and not failed(check, None, ())
    deduct = Item("D1", "d", one, Kind.DEDUCT, per_problem=Fraction(1, 4))
    assert not failed(deduct, Response("D1"), (Problem("p", "C1"),))  # another item's
    assert failed(deduct, Response("D1"), (Problem("p", "D1"),))
    grade = Item("G1", "g", one, Kind.GRADE)  # the default levels 好 较好 一般 差
    assert not failed(grade, Response("G1", level="好"), ())
    assert failed(grade, Response("G1", level="较好"), ())
    worst_first = Item("G2", "g", one, Kind.GRADE,
                       levels=(Level("差", Fraction(0)), Level("好", one)))
    assert not failed(worst_first, Response("G2", level="好"), ())  # the best, listed last
    assert failed(worst_first, Response("G2", level="差"), ())
    quota = Item("Q1", "q", one, Kind.QUOTA, required=3)
    assert failed(quota, Response("Q1", found=2), ())
    assert not failed(quota, Response("Q1", found=3), ())
    assert not failed(quota, Response("Q1", na=True), ())
    # A failure must be recorded as a problem (with a photo) before the site is finished.
    assert needs_problem(quota, Response("Q1", found=0), ())
    assert not needs_problem(quota, Response("Q1", found=0), (Problem("p", "Q1"),))
    no_photo = Item("Q2", "q", one, Kind.QUOTA, required=3, photo_required=False)
    assert not needs_problem(no_photo, Response("Q2", found=0), ())


def test_lacks_photo_is_a_required_photo_not_linked() -> None:
    required = Item("C1", "c", Fraction(1), Kind.CHECK)
    optional = Item("C2", "c", Fraction(1), Kind.CHECK, photo_required=False)
    assert lacks_photo(required, "p1", set()) and not lacks_photo(required, "p1", {"p1"})
    assert not lacks_photo(required, "p1", {"p1": 2})  # a count of photos by problem
    assert not lacks_photo(optional, "p1", set()) and not lacks_photo(None, "p1", set())


def test_the_inspection_id_is_the_one_the_app_and_a_results_file_use(tmp_path: Path) -> None:
    store = make_roads(tmp_path / "data", ("青山路",))
    rnd = store.round()
    site = store.round_sites(rnd["id"])[0]
    assert start(store, "青山路") == inspection_id(rnd["id"], site.id, INSPECTOR)
    assert inspection_id(rnd["id"], site.id, "李四") != inspection_id(rnd["id"], site.id,
                                                                     INSPECTOR)
    store.close()


def test_site_states_rate_as_the_scorecard_does(store: Store) -> None:
    from inspector.demo import load_demo

    load_demo(store, INSPECTOR)
    rnd, form, card = state.scorecard(store)
    states = {s.site_id: s for s in site_states(store, rnd, form, "")}
    assert len(states) == len(store.round_sites(rnd["id"]))
    mine = {s.site_id: s.state for s in site_states(store, rnd, form, INSPECTOR)}
    compared = 0
    for site in (s for c in card.categories for s in c.sites):
        if site.status is SiteStatus.NOT_INSPECTABLE and site.site_id in mine:
            assert mine[site.site_id].status is Status.NOT_INSPECTABLE
        if (site.site_id in mine and len(site.inspections) == 1 and
                site.inspections[0].inspection_id == inspection_id(rnd["id"], site.site_id,
                                                                   INSPECTOR)):
            assert mine[site.site_id].rate == site.rate  # the live rate is the card's
            assert mine[site.site_id].status in (Status.FINISHED, Status.MISSING_PHOTOS)
            compared += 1
    assert compared > 10
    statuses = {s.status for s in mine.values()}
    assert {Status.FINISHED, Status.IN_PROGRESS, Status.MISSING_PHOTOS} <= statuses


# ---- what the screens and files show ----


def test_a_quota_short_of_its_count_warns_as_a_failed_standard(
        tmp_path: Path, close_after_jobs: Callable[[Store], Store],
        window_for: WindowFor, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    store = close_after_jobs(make_roads(tmp_path / "data", ("青山路",)))
    page = window_for(store).inspect
    page.open_site(store.sites()[0].id)
    page.setFocus()
    warning = "⚠ 不符合：请记录扣分问题 (N) 并附照片 (P)"

    def shown() -> list[str]:
        row = next(r for r in page.rows if r.item.id == "ZC01")  # found ≥ 3 required
        return [label.text() for label in row.findChildren(QLabel) if label.isVisibleTo(row)]

    assert page.rows[0].item.id == "ZC01" and warning not in shown()
    page.select(0)
    qtbot.keyClicks(page, "+")  # found 1 of 3: the standard failed, and has no problem
    assert warning in shown()
    assert "◐" in page.model.index(0, 0, page.model.index(0, 0)).data()
    qtbot.keyClicks(page, "++")  # 3 of 3
    assert warning not in shown()
    qtbot.keyClicks(page, "-")
    assert warning in shown()
    qtbot.keyClicks(page, "n")  # the problem recorded: what is left is its photo
    assert warning not in shown() and "⚠ 须附照片" in shown()


def test_two_sites_of_one_name_each_show_only_their_own_problems(
        tmp_path: Path, close_after_jobs: Callable[[Store], Store],
        page_for: PageFor) -> None:
    from inspector.photos.importer import tree_of
    from inspector.report import data as report_data
    from inspector.report.scorecard import build_scorecard
    from inspector.ui.scorecard import SITE_ID_ROLE, ScorecardPage

    store = close_after_jobs(make_roads(tmp_path / "data", ("甲路", "乙路")))
    cat = road_category(store)
    found = {}
    for name, description in (("甲路", "东侧井盖缺失"), ("乙路", "西侧垃圾堆放")):
        iid = start(store, name)
        act.add_problem(store, iid, item(cat, "ZC02"), act.ProblemDraft(description=description))
        found[record(store, "inspections", iid)["site_id"]] = [f"ZC02 {description} (1)"]
    renamed = next(s for s in store.round_sites(store.round()["id"]) if s.name == "乙路")
    store.save("sites", {"id": renamed.id, "name": "甲路"})  # a typo corrected: one name now
    page = page_for(ScorecardPage, store)
    page.select_category(cat.id)
    m = page.detail_model
    assert m.site_names() == ["甲路", "甲路"]
    shown = {m.index(r, 0).data(SITE_ID_ROLE): [m.index(c, 0, m.index(r, 0)).data()
                                                for c in range(m.rowCount(m.index(r, 0)))]
             for r in range(m.rowCount())}
    assert shown == found
    # The scorecard PDF's table of the site type's sites, likewise.
    data = report_data.gather(store)
    out = build_scorecard(data, tmp_path / "s.pdf", tree_of(store).root.parent,
                          with_appendix=False, generated=FIXED)
    text = flat(" ".join(p.extract_text() or "" for p in PdfReader(out).pages))
    assert text.count("东侧井盖缺失") == 1 and text.count("西侧垃圾堆放") == 1


def test_the_pdf_and_the_cli_note_every_kind_the_page_notes(
        tmp_path: Path, close_after_jobs: Callable[[Store], Store],
        page_for: PageFor, capsys: pytest.CaptureFixture[str]) -> None:
    from inspector.photos.importer import tree_of
    from inspector.report import data as report_data
    from inspector.report.scorecard import build_scorecard
    from inspector.ui.scorecard import ScorecardPage

    d = tmp_path / "data"
    store = close_after_jobs(make_roads(d, ("一路", "二路", "三路", "四路")))
    cat = road_category(store)
    done: dict[str, Any] = {}
    for name, na in (("一路", False), ("三路", False), ("四路", True)):
        done[name] = start(store, name)
        answer_all(store, done[name], cat, na)
        act.finish(store, cat, done[name])  # 一路 counts, not yet approved
    store.save("inspections", {"id": done["三路"], "review": "rejected"})
    going = start(store, "二路")  # in progress, with a problem still lacking its photo
    act.add_problem(store, going, item(cat, "ZC05"), act.ProblemDraft(description="护栏破损"))
    _, _, card = state.scorecard(store)
    notes = scorecard_notes(card, 1)
    assert [n.kind for n in notes] == list(NoteKind) and all(n.count == 1 for n in notes)
    page = page_for(ScorecardPage, store)
    worded = ("注：1 份未审核的测评已计入；1 份测评进行中，未计入；1 份已退回，未计入；"
              "1 份全部不适用，未计入；1 个扣分问题缺少照片")
    assert page.notes.text() == worded
    data = report_data.gather(store)
    assert data.notes == notes
    out = build_scorecard(data, tmp_path / "s.pdf", tree_of(store).root.parent,
                          with_appendix=False, generated=FIXED)
    first = flat(PdfReader(out).pages[0].extract_text() or "")
    assert flat(f"（{worded}）") in first
    capsys.readouterr()
    assert cli_main(["--data-dir", str(d), "score"]) == 0
    assert worded in capsys.readouterr().out
    # Every kind is worded once, for every output, so a new kind cannot go missing from
    # one (and tests/test_messages.py fails when a text lacks its Chinese).
    assert set(NOTE_TEXTS) == set(NoteKind)
