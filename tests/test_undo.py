"""Undo in the core: every operation an inspector makes on a site returns the Changes it
wrote, and undoing them (newest first) leaves every record as it was — answers,
problems, counts, notes, photo links, finish and 无法测评 — with the history and the
audit chain kept. Redo is the undo of the undo."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector import actions
from inspector.actions import inspections as act
from inspector.demo import load_demo
from inspector.domain import Category, Item, Kind
from inspector.errors import UserError
from inspector.state import contradicts
from inspector.store import Store, audit, photo_rows
from inspector.store.changes import Changes, content
from inspector.store.schema import RECORD_TABLES
from inspector.store.store import problem_from_row, response_from_row

SHAS = [f"{i:064x}" for i in range(1, 4)]  # photos in the store, to link and unlink


def snapshot(store: Store) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record's content, version columns aside; a tombstone of a record that was
    only created and then undone counts as no record (it stays so the undo syncs)."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for table in RECORD_TABLES:
        cursor = store.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            rows[(table, str(row["id"]))] = content(row)
    return rows


def same_records(before: dict[tuple[str, str], dict[str, Any]],
                 after: dict[tuple[str, str], dict[str, Any]]) -> None:
    created = {key for key in after if key not in before}
    assert all(after[key]["deleted"] == 1 for key in created), \
        [key for key in created if not after[key]["deleted"]]
    assert {k: v for k, v in after.items() if k not in created} == before


@pytest.fixture(scope="module")
def city() -> tuple[Store, Category, str]:
    """The demo city in memory with one site of 张三's started, and photos in the store."""
    store = Store.memory()
    load_demo(store)
    rnd = store.round()
    form = store.round_form(rnd)
    site = next(s for s in store.round_sites(rnd["id"]) if s.category_id == "main_road")
    category = form.category(site.category_id)
    assert category is not None
    iid = str(act.start(store, rnd["id"], site, "测试员")["id"])
    for sha in SHAS:
        photo_rows.add(store, {"sha256": sha, "file_name": f"{sha[-1]}.jpg", "size": 1,
                               "ext": "jpg", "original_present": 1})
    return store, category, iid


def answers(item: Item) -> list[Any]:
    if item.kind is Kind.CHECK:
        return ["pass", "fail", "na", None]
    if item.kind is Kind.GRADE:
        return [lv.name for lv in item.levels] + ["na", None]
    if item.kind is Kind.DEDUCT:
        return ["checked", "na", None]
    return [0, 1, item.required or 1, "na", None]


def operation(store: Store, category: Category, iid: str, kind: str, pick: int,
              text: str) -> Callable[[], Changes] | None:
    """One user action, chosen from what the site holds now (None: nothing to act on)."""
    items = category.items
    item = items[pick % len(items)]
    problems = store.rows("problems", "inspection_id = ?", [iid])
    links = photo_rows.links(store, iid)
    if kind == "answer":
        value = answers(item)[pick // len(items) % len(answers(item))]
        # Half of them say yes when the answer would pass an item with problems.
        return lambda: act.answer(store, iid, item, value, delete_problems=bool(pick % 2))
    if kind == "note":
        return lambda: act.set_note(store, iid, item, text)
    if kind == "problem":
        return lambda: act.add_problem(store, iid, item, act.ProblemDraft(description=text))
    if kind == "count" and problems:
        p = problems[pick % len(problems)]
        return lambda: act.update_problem(store, p["id"], count=1 + pick % 5)
    if kind == "describe" and problems:
        p = problems[pick % len(problems)]
        return lambda: act.update_problem(store, p["id"], description=text, location=text[:3])
    if kind == "delete" and problems:
        return lambda: act.delete_problem(store, problems[pick % len(problems)]["id"])
    if kind == "photo":
        target = problems[pick % len(problems)]["id"] if problems and pick % 3 else None
        return lambda: act.link_photo(store, iid, SHAS[pick % len(SHAS)], target)
    if kind == "unlink" and links:
        link = links[pick % len(links)]
        return lambda: act.unlink_photo(store, iid, link["photo_sha256"], link["problem_id"])
    if kind == "finish":
        return lambda: act.finish(store, category, iid)
    if kind == "cannot":
        return lambda: act.could_not_inspect(store, iid, text)
    if kind == "reopen":
        return lambda: act.reopen(store, iid)
    return None


KINDS = ["answer", "answer", "answer", "note", "problem", "count", "describe", "delete",
         "photo", "unlink", "finish", "cannot", "reopen"]
steps = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 10_000),
                           st.text("积水破损东门 ab", max_size=6)), max_size=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_undoing_every_operation_restores_the_database_row_for_row(
        city: tuple[Store, Category, str], sequence: list[tuple[str, int, str]]) -> None:
    store, category, iid = city
    start = snapshot(store)
    done: list[Changes] = []
    for kind, pick, text in sequence:
        op = operation(store, category, iid, kind, pick, text)
        if op is None:
            continue
        try:
            changes = op()
        except UserError:  # refused (finish with answers missing, a blank reason): nothing
            continue
        if changes:
            done.append(changes)
        assert not contradictions(store, category, iid), (kind, pick)
    end = snapshot(store)
    undone = [actions.undo(store, changes) for changes in reversed(done)]
    same_records(start, snapshot(store))
    redone = [actions.redo(store, changes) for changes in reversed(undone)]  # oldest first
    same_records(end, snapshot(store))
    for changes in reversed(redone):  # back to the start, for the next example
        actions.undo(store, changes)
    same_records(start, snapshot(store))
    _, broken = audit.verify(store.db)
    assert broken is None


def contradictions(store: Store, category: Category, iid: str) -> list[str]:
    """Items whose answer passes them while problems are recorded on them."""
    problems = [problem_from_row(r) for r in store.rows("problems", "inspection_id = ?",
                                                         [iid])]
    out = []
    for item in category.items:
        row = act.response_row(store, iid, item.id)
        response = None if row is None else response_from_row(row)
        if contradicts(item, response, problems):
            out.append(item.id)
    return out


def check_item(category: Category, store: Store | None = None, iid: str = "") -> Item:
    """A pass/fail standard; given the store, one with no problem recorded on it yet
    (the fixture's site is shared by the tests of this module)."""
    return next(it for it in category.items if it.kind is Kind.CHECK
                and (store is None or not act.problems_on(store, iid, it.id)))


def test_n_on_an_item_answered_pass_is_undone_to_pass_with_no_problem(
        city: tuple[Store, Category, str]) -> None:
    """The defect the UI's own undo had: N set 不符合, Ctrl+Z took the problem away and
    left 不符合."""
    store, category, iid = city
    item = check_item(category, store, iid)
    act.answer(store, iid, item, "pass")
    added = act.add_problem(store, iid, item, act.ProblemDraft(description="护栏破损"))
    assert act.answer_of(store, iid, item) == "fail"
    assert [p["description"] for p in act.problems_on(store, iid, item.id)] == ["护栏破损"]
    assert added.tables == {"problems", "responses"}
    redo = actions.undo(store, added)
    assert act.answer_of(store, iid, item) == "pass"
    assert act.problems_on(store, iid, item.id) == []
    actions.redo(store, redo)
    assert act.answer_of(store, iid, item) == "fail"
    assert [p["description"] for p in act.problems_on(store, iid, item.id)] == ["护栏破损"]


def test_undo_is_refused_when_a_record_changed_since_and_writes_nothing(
        city: tuple[Store, Category, str]) -> None:
    store, category, iid = city
    item = check_item(category, store, iid)
    first = act.answer(store, iid, item, "pass")
    act.answer(store, iid, item, "na")  # a later change, not undone first (a sync's)
    audited = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(UserError) as refused:
        actions.undo(store, first)
    assert str(refused.value) == ("this step can no longer be undone: an answer was changed "
                                  "since (by a sync or in another window)")
    assert store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audited
    assert act.answer_of(store, iid, item) == "na"


def test_an_undo_is_a_new_audited_version_that_syncs(city: tuple[Store, Category, str]
                                                      ) -> None:
    """Undo does not rewrite history: it writes the old content as a new version, which
    an export sends like any edit, and the audit log says who did it."""
    store, category, iid = city
    item = check_item(category, store, iid)
    act.answer(store, iid, item, "pass")
    changes = act.set_note(store, iid, item, "东门")
    (touched,) = changes.records
    versions = store.db.execute("SELECT count(*) FROM versions WHERE record_id = ?",
                                [touched.record_id]).fetchone()[0]
    actions.undo(store, changes)
    row = store.get("responses", touched.record_id)
    assert row is not None and row["note"] == "" and row["version"] > touched.after["version"]
    assert store.db.execute("SELECT count(*) FROM versions WHERE record_id = ?",
                            [touched.record_id]).fetchone()[0] == versions + 1
    last = store.db.execute("SELECT action, new FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert last[0] == "update" and json.loads(last[1])["note"] == ""


def test_a_refused_operation_writes_nothing_and_returns_no_changes(
        city: tuple[Store, Category, str]) -> None:
    store, category, iid = city
    audited = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(UserError, match="say why the site could not be inspected"):
        act.could_not_inspect(store, iid, "  ")
    assert not act.answer(store, iid, check_item(category, store, iid), act.answer_of(
        store, iid, check_item(category, store, iid)))  # the same answer again: nothing to undo
    assert store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == audited


def test_photos_imported_in_one_step_are_taken_off_by_one_undo(tmp_path: Any) -> None:
    """P imports photo by photo (Cancel keeps what is done); the step covers every link,
    and undo takes them all off again while the files stay in the store."""
    from inspector.photos.synthetic import synthetic_jpeg

    store = Store.open(tmp_path / "data")
    load_demo(store)
    rnd = store.round()
    site = store.round_sites(rnd["id"])[0]
    iid = str(act.start(store, rnd["id"], site, "测试员")["id"])
    files = []
    for n in range(3):
        path = tmp_path / f"p{n}.jpg"
        path.write_bytes(synthetic_jpeg(320, 240, f"undo{n}"))
        files.append(path)
    report, changes = act.attach_photos(store, files, iid, None)
    assert len(report.imported) == 3 and len(photo_rows.links(store, iid)) == 3
    assert changes.tables == {"photo_links"} and len(changes.records) == 3
    actions.undo(store, changes)
    assert photo_rows.links(store, iid) == []
    assert len([p for p in photo_rows.all_photos(store) if p["file_name"].startswith("p")]) >= 3
    store.close()


def test_a_record_written_twice_in_one_operation_goes_back_to_how_it_was_first(
        city: tuple[Store, Category, str]) -> None:
    store, category, iid = city
    item = check_item(category, store, iid)
    act.set_note(store, iid, item, "原来")
    with store.recording() as recorder:  # one operation made of two (as a sync's step)
        act.set_note(store, iid, item, "一")
        act.set_note(store, iid, item, "二")
    changes = recorder.changes()
    assert len(changes.records) == 1
    actions.undo(store, changes)
    row = act.response_row(store, iid, item.id)
    assert row is not None and row["note"] == "原来"


def test_writes_rolled_back_inside_an_operation_are_not_in_its_changes(
        city: tuple[Store, Category, str]) -> None:
    """A photo import commits photo by photo; one that fails rolls back its own writes,
    which its step must then not claim (undo would refuse, or remove someone's link)."""
    store, category, iid = city
    items = [it for it in category.items if it.kind is Kind.CHECK
             and not act.problems_on(store, iid, it.id)][:2]
    other = "na" if act.answer_of(store, iid, items[0]) != "na" else "pass"
    with store.recording(one_transaction=False) as recorder:
        act.answer(store, iid, items[0], other)
        with pytest.raises(RuntimeError), store.transaction():
            act.answer(store, iid, items[1], "fail")
            raise RuntimeError("a photo that could not be stored")
    changes = recorder.changes()
    row = act.response_row(store, iid, items[0].id)
    assert row is not None
    assert [t.record_id for t in changes.records] == [row["id"]]


def test_pass_or_na_on_an_item_with_problems_is_refused_or_takes_them_in_one_step(
        city: tuple[Store, Category, str]) -> None:
    """符合 or 不适用 on an item with a problem: refused as it is (nothing written); with
    delete_problems the problems go in the same step, and one undo brings both back."""
    store, category, iid = city
    item = check_item(category, store, iid)
    act.add_problem(store, iid, item, act.ProblemDraft(description="井盖破损"))
    assert act.answer_of(store, iid, item) == "fail"
    before = snapshot(store)
    for value in ("pass", "na"):
        with pytest.raises(UserError) as refused:
            act.answer(store, iid, item, value)
        assert str(refused.value) == (
            f"problems recorded on {item.id}: 1 — that answer would pass it; delete them "
            "first, or keep 不符合")
        same_records(before, snapshot(store))
    assert [r["id"] for r in act.contradicted_problems(store, iid, item, "na")] == [
        r["id"] for r in act.problems_on(store, iid, item.id)]
    assert act.contradicted_problems(store, iid, item, "fail") == []
    changes = act.answer(store, iid, item, "na", delete_problems=True)
    assert act.answer_of(store, iid, item) == "na"
    assert act.problems_on(store, iid, item.id) == []
    actions.undo(store, changes)
    assert act.answer_of(store, iid, item) == "fail"
    assert [p["description"] for p in act.problems_on(store, iid, item.id)] == ["井盖破损"]


def test_n_on_an_item_whose_answer_passes_it_never_leaves_a_contradiction(
        city: tuple[Store, Category, str]) -> None:
    """N on a 不适用 deduct item marks it checked; on the best grade it clears the grade
    (which grade the problem means is the inspector's to say)."""
    store, category, iid = city
    for item in category.items:
        if item.kind is Kind.CHECK:
            continue
        best = {Kind.GRADE: item.levels[0].name if item.levels else None,
                Kind.DEDUCT: "na", Kind.QUOTA: item.required or 1}[item.kind]
        if best is None:
            continue
        act.answer(store, iid, item, best)
        act.add_problem(store, iid, item)
        expected = {Kind.DEDUCT: "checked"}.get(item.kind)
        assert act.answer_of(store, iid, item) == expected, item.id
    assert contradictions(store, category, iid) == []


def test_a_note_alone_is_no_answer(city: tuple[Store, Category, str]) -> None:
    """M on an unanswered standard writes a note, not an answer: the page showed such an
    item as 不符合 and N then kept it so."""
    store, category, iid = city
    item = next(it for it in category.items if it.kind is Kind.CHECK
                and act.answer_of(store, iid, it) is None
                and not act.problems_on(store, iid, it.id))
    act.set_note(store, iid, item, "东侧施工围挡")
    assert act.answer_of(store, iid, item) is None
    act.add_problem(store, iid, item)
    assert act.answer_of(store, iid, item) == "fail"
