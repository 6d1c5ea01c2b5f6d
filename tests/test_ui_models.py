"""The item models not covered elsewhere pass pytest-qt's model tester (`qtmodeltester`,
as every model test does) while they are filled, filtered, updated and reset: the site
tree and the review/sync tables."""

from __future__ import annotations

import pytest
from conftest import ModelTesters

from inspector.store import Store

pytest.importorskip("PySide6")


def test_site_tree_model(app: object, qtmodeltester: ModelTesters, store: Store) -> None:
    from PySide6.QtCore import Qt

    from inspector.demo import load_demo
    from inspector.ui.site_model import SITE_ID_ROLE, STATUS_ROLE, SiteTreeModel, load_rows

    load_demo(store)
    round_row = store.round()
    form = store.round_form(round_row)
    model = SiteTreeModel()
    qtmodeltester.check(model)
    rows = load_rows(store, round_row, form, "")
    model.set_rows(rows)
    sites = sum(len(c.sites) for c in rows)
    assert model.rowCount() == len(rows) and sites == len(store.round_sites(round_row["id"]))
    first = model.index(0, 0, model.index(0, 0))
    site_id = first.data(SITE_ID_ROLE)
    name = rows[0].sites[0].name
    assert first.data().endswith(name)
    # one site changes: its row shows the new glyph and figure, the type row its count
    model.update_site(site_id, "in_progress", "3/11")
    assert first.data() == f"◐ {name}" and model.index(0, 1, model.index(0, 0)).data() == "3/11"
    assert first.data(STATUS_ROLE) == "in_progress"
    # the search: sites by name (any case), a whole group by its name
    model.set_filter(name)
    shown = [model.index(s, 0, model.index(g, 0)).data(Qt.ItemDataRole.DisplayRole)
             for g in range(model.rowCount()) for s in range(model.rowCount(model.index(g, 0)))]
    assert shown and all(name in text for text in shown)
    assert len(shown) == sum(name in s.name for c in rows for s in c.sites)
    assert model.find(site_id).data(SITE_ID_ROLE) == site_id
    other = next(s for c in rows[1:] for s in c.sites if name not in s.name)
    assert not model.find(other.site_id).isValid()
    model.update_site(other.site_id, "finished", "88.0%")  # hidden, yet it changes
    assert (other.status, other.detail) == ("finished", "88.0%")
    # A hidden site of a group on screen: the group's count (over all its sites) repaints.
    group = next(c for c in rows if len(c.sites) > 1
                 and all(c.sites[0].name not in s.name for s in c.sites[1:]))
    model.set_filter(group.sites[0].name)
    hidden = group.sites[1]
    assert not model.find(hidden.site_id).isValid()
    changed: list[str] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.data()))
    was_done = hidden.status in ("finished", "not_inspectable")
    group_row = next(model.index(r, 0) for r in range(model.rowCount())
                     if model.index(r, 0).internalPointer() is group)
    done = group.done
    model.update_site(hidden.site_id, "in_progress" if was_done else "not_inspectable", "")
    assert group.done == done + (-1 if was_done else 1)  # the count flips either way
    assert changed == [group_row.data()]
    assert group_row.sibling(group_row.row(), 1).data() == f"{group.done}/{len(group.sites)}"
    model.set_filter(rows[1].name)
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == len(rows[1].sites)
    model.set_filter("没有这个点位")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == len(rows)
    # by district: every site once, under its district, districts in name order
    by_district = load_rows(store, round_row, form, "", "district")
    model.set_rows(by_district)
    assert [g.name for g in by_district] == sorted({s.district for s in
                                                    store.round_sites(round_row["id"])})
    assert all(s.district == g.name for g in by_district for s in g.sites)
    assert sum(len(g.sites) for g in by_district) == sites
    model.set_rows([])
    assert model.rowCount() == 0 and not model.find(site_id).isValid()


def test_rows_model(app: object, qtmodeltester: ModelTesters) -> None:
    from PySide6.QtCore import Qt

    from inspector.ui.tables import KEY_ROLE, RowsModel

    model = RowsModel(["点位", "得分"], right=[1])
    qtmodeltester.check(model)
    model.set_rows([["东风路", "0.91"], ["建设路", "0.75"]], keys=["a", "b"])
    assert model.rowCount() == 2 and model.index(1, 1).data() == "0.75"
    assert model.index(1, 0).data(KEY_ROLE) == "b" and model.row_of("b") == 1
    assert int(model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)) & int(
        Qt.AlignmentFlag.AlignRight)
    model.set_headers(["点位", "得分", "得分率"])
    assert model.columnCount() == 3 and model.index(0, 2).data() == ""
    model.set_rows([])
    assert model.rowCount() == 0 and model.key(0) == ""
