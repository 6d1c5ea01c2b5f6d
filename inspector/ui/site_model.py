"""The inspector's sites as a tree by site type: a real item model, no widget per row,
so a registry of thousands stays smooth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain import Form
from ..state import DONE, InspectionState, Status, received_work, site_states
from ..store import Store
from ..store.store import Row

SITE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
GLYPH = {Status.NOT_STARTED: "○", Status.IN_PROGRESS: "◐", Status.FINISHED: "✔",
         Status.MISSING_PHOTOS: "⚠", Status.NOT_INSPECTABLE: "✖"}
Index = QModelIndex | QPersistentModelIndex


@dataclass
class SiteRow:
    site_id: str
    name: str
    district: str
    status: str
    detail: str  # "78.0%" when finished, "5/11" in progress
    parent: CategoryRow | None = None
    inspector: str = ""  # whose inspection the row shows, in a supervisor's received work


@dataclass
class CategoryRow:
    category_id: str
    name: str
    sites: list[SiteRow] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for s in self.sites if s.status in DONE)


def detail(state: InspectionState) -> str:
    """The figure beside a site: its live rate once finished ("78.0%"), how many items
    are answered while in progress ("5/11"), either while a photo is missing."""
    if state.status is Status.NOT_STARTED or state.status is Status.NOT_INSPECTABLE:
        return ""
    rate = "" if state.rate is None else f"{state.rate}%"
    if state.status is Status.MISSING_PHOTOS:
        return rate or f"{state.answered}/{state.total}"
    if state.status is Status.FINISHED:
        return rate
    return f"{state.answered}/{state.total}"  # in progress


def load_rows(store: Store, round_row: Row, form: Form, inspector: str,
              by: str = "type") -> list[CategoryRow]:
    """The round's sites (this inspector's assignments, or all for a supervisor), grouped
    by site type (`by="type"`, in the form's order) or by district (`by="district"`); or
    a supervisor's received work, each inspector's sites with that inspector's
    inspection (`by="inspector"`).

    The states are the core's (`state.site_states`); this only groups and words them."""
    if by == "inspector":
        return _by_inspector(store, round_row, form)
    rows = {cat.id: CategoryRow(cat.id, cat.name) for cat in form.categories}
    for site_id, name, category_id, district, state in site_states(store, round_row, form,
                                                                  inspector):
        group = rows[category_id]
        if by == "district":
            group = rows.setdefault(f"district:{district}",
                                    CategoryRow(district, district or "—"))
        group.sites.append(SiteRow(site_id, name, district, state.status, detail(state)))
    out = [r for r in rows.values() if r.sites]
    if by == "district":
        out.sort(key=lambda r: (r.category_id == "", r.category_id))
    for r in out:
        r.sites.sort(key=lambda s: s.name)
        for site_row in r.sites:
            site_row.parent = r
    return out


def _by_inspector(store: Store, round_row: Row, form: Form) -> list[CategoryRow]:
    groups: dict[str, CategoryRow] = {}
    for who, (site_id, name, _cat, district, state) in received_work(store, round_row, form):
        group = groups.setdefault(who, CategoryRow(f"inspector:{who}", who))
        group.sites.append(SiteRow(site_id, name, district, state.status, detail(state),
                                   group, who))
    for group in groups.values():
        group.sites.sort(key=lambda s: s.name)
    return list(groups.values())


class SiteTreeModel(QAbstractItemModel):
    """The tree, filtered by name itself: a proxy model would call back into Python for
    every row of every group on each key typed in the search box."""

    COLUMNS = 2  # site, progress / rate

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CategoryRow] = []  # every group and site
        self.text = ""  # the filter
        self._shown: list[tuple[CategoryRow, list[SiteRow]]] = []  # the rows on screen
        self._shown_row: dict[int, int] = {}  # id(group) → its row on screen

    def set_rows(self, rows: list[CategoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show the sites whose name has `text` (any case), and every site of a group
        whose name has it; "" shows all."""
        text = text.strip().casefold()
        if text == self.text:
            return
        self.beginResetModel()
        self.text = text
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        text = self.text
        shown = []
        for group in self.rows:
            if not text or text in group.name.casefold():
                sites = group.sites
            else:
                sites = [s for s in group.sites if text in s.name.casefold()]
            if sites:
                shown.append((group, sites))
        self._shown = shown
        self._shown_row = {id(group): r for r, (group, _) in enumerate(shown)}

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # Bounds checked here, not with hasIndex (two more calls back into Python): views
        # ask for thousands of indexes while laying out the tree.
        if row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._shown):
                return QModelIndex()
            return self.createIndex(row, column, self._shown[row][0])
        group = parent.internalPointer()
        if parent.column() != 0 or not isinstance(group, CategoryRow):
            return QModelIndex()
        sites = self._shown[parent.row()][1]
        if row >= len(sites):
            return QModelIndex()
        return self.createIndex(row, column, sites[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        node = child.internalPointer()
        if isinstance(node, SiteRow) and node.parent is not None:
            return self.createIndex(self._shown_row[id(node.parent)], 0, node.parent)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._shown)
        if parent.column() != 0 or not isinstance(parent.internalPointer(), CategoryRow):
            return 0
        return len(self._shown[parent.row()][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(node, CategoryRow):
                return (f"{node.name} ({len(node.sites)})" if index.column() == 0
                        else f"{node.done}/{len(node.sites)}")
            if index.column() == 0:
                return f"{GLYPH[node.status]} {node.name}"
            return node.detail
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SITE_ID_ROLE and isinstance(node, SiteRow):
            return node.site_id
        if role == STATUS_ROLE and isinstance(node, SiteRow):
            return node.status
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node, SiteRow):
            return f"{node.name} · {node.district or '未指定'}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Site"), self.tr("Progress")][section]
        return None

    def update_site(self, site_id: str, status: str, detail: str) -> None:
        """One site's status changed: repaint its row (and its type's count), nothing else.
        A site the filter hides changes too, and shows so when the filter is cleared."""
        node = self.site(site_id)
        if node is None or (node.status, node.detail) == (status, detail):
            return
        done = node.parent.done if node.parent is not None else 0
        node.status, node.detail = status, detail
        index = self.find(site_id)
        if index.isValid():
            self.dataChanged.emit(index, self.index(index.row(), 1, index.parent()))
        # Its group counts every site, hidden ones too.
        group_row = self._shown_row.get(id(node.parent)) if node.parent is not None else None
        if node.parent is not None and node.parent.done != done and group_row is not None:
            self.dataChanged.emit(self.index(group_row, 0), self.index(group_row, 1))

    def site(self, site_id: str) -> SiteRow | None:
        """The site's row, shown or hidden by the filter."""
        return next((site for group in self.rows for site in group.sites
                     if site.site_id == site_id), None)

    def find(self, site_id: str) -> QModelIndex:
        """The site's index on screen; invalid when the filter hides it."""
        for r, (_, sites) in enumerate(self._shown):
            for s, site in enumerate(sites):
                if site.site_id == site_id:
                    return self.index(s, 0, self.index(r, 0))
        return QModelIndex()
