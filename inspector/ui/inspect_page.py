"""Inspecting a site: the assigned sites, the checklist, problems and photos.

Keyboard first: ↑/↓ move between items; 1 符合 · 2 不符合 · 3 不适用 (grade items: 1…n
for the levels, 0 不适用); +/− change a count; N new problem; M note; P photos;
Ctrl+Enter finish the site. Every answer is committed (with its audit row) before the
status bar says 已保存, and every edit can be undone (Ctrl+Z / Ctrl+Shift+Z).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import editing, operations, state
from ..clock import local
from ..domain import Category, Form, Item, Kind
from ..errors import UserError
from ..scoring import percent1, shown2
from ..store import Store, photo_rows
from ..store.store import Row, problem_from_row, response_from_row
from .bus import Bus
from .photo_suggestions import SuggestionPanel
from .progress import run_job
from .site_model import SITE_ID_ROLE, SiteTreeModel, detail, load_rows
from .texts import shown
from .thumbnails import Thumbnails

PASS, FAIL, NA = "pass", "fail", "na"
SHA_ROLE, PROBLEM_ROLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class Edit(QUndoCommand):
    """One stored edit; undo stores the previous value as a new edit (audited too)."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                 after: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        self._done = True  # the edit was made (and checked) before it was pushed

    def redo(self) -> None:
        # Qt calls redo() on push; the edit is already stored then. An exception raised
        # in here would not reach the caller, so edits are made (and refused) before.
        if self._done:
            self._done = False
        else:
            self._do()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


def last_site_key(store: Store) -> str:
    """The QSettings key of the site last open on this data directory."""
    return f"last_site/{store.data_dir}"


class ProblemEditor(QFrame):
    """A problem inline: description, count, location, responsible unit (责任单位); edits
    commit when left."""

    FIELDS = ("description", "count", "location", "unit")  # in Tab order

    def __init__(self, page: InspectPage, problem: Row, photos: int, needs_photo: bool,
                 unit_hint: str = "") -> None:
        super().__init__()
        self.page, self.problem_id = page, problem["id"]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 0, 0, 0)
        self.description = QLineEdit(problem["description"])
        self.description.setPlaceholderText(self.tr("Problem description"))
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.setValue(problem["count"])
        self.count.setSuffix(self.tr(" ×"))
        self.location = QLineEdit(problem["location"])
        self.location.setPlaceholderText(self.tr("Location, e.g. east gate"))
        # The unit the problem list goes to; the form's hint fills it for a new problem.
        self.unit = QLineEdit(problem["responsible_unit"])
        self.unit.setPlaceholderText(unit_hint or self.tr("Responsible unit"))
        self.unit.setToolTip(self.tr("Responsible unit: the problem list is sent to it"))
        badge = QLabel(self.tr("%n photo(s)", "", photos) if photos else
                       (self.tr("⚠ photo required") if needs_photo else ""))
        remove = QPushButton("✕")
        remove.setToolTip(self.tr("Delete this problem"))
        remove.setFixedWidth(28)
        for w in (self.description, self.count, self.location, self.unit, badge, remove):
            layout.addWidget(w)
        layout.setStretch(0, 3)
        layout.setStretch(2, 2)
        layout.setStretch(3, 2)
        self.description.editingFinished.connect(
            lambda: page.change_problem(self.problem_id, description=self.description.text()))
        self.location.editingFinished.connect(
            lambda: page.change_problem(self.problem_id, location=self.location.text()))
        self.unit.editingFinished.connect(
            lambda: page.change_problem(self.problem_id,
                                        responsible_unit=self.unit.text().strip()))
        self.count.editingFinished.connect(
            lambda: page.change_problem(self.problem_id, count=self.count.value()))
        remove.clicked.connect(lambda: page.remove_problem(self.problem_id))
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.page.import_photo_paths([Path(u.toLocalFile()) for u in event.mimeData().urls()],
                                     self.problem_id)


def _chosen_style(answer: Any, item: Item) -> str:
    names = [lv.name for lv in item.levels] if item.kind is Kind.GRADE else []
    if answer == NA:
        colour = "#616161"
    elif answer == FAIL or (names and answer == names[-1]):
        colour = "#c62828"
    elif names and answer != names[0]:
        colour = "#e65100"  # a grade between best and worst
    else:
        colour = "#2e7d32"
    return f"QPushButton {{ background: {colour}; color: white; font-weight: bold; }}"


class ItemRow(QFrame):
    """One standard (测评标准) with the controls its kind needs."""

    def __init__(self, page: InspectPage, item: Item, value: Any, note: str,
                 problems: list[Row], photos: dict[str, int], needs_problem: bool) -> None:
        super().__init__()
        self.page, self.item = page, item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        label = QLabel(f"<b>{item.id}</b> {item.text}")
        label.setWordWrap(True)
        top.addWidget(label, 1)
        self.buttons: list[QPushButton] = []
        for text, answer, key in self._choices():
            b = QPushButton(text)
            b.setCheckable(True)
            b.setChecked(value == answer)
            if value == answer:  # UI.md: 符合 green, 不符合 red, 不适用 grey, and a tick
                b.setText("✓ " + text)
                b.setStyleSheet(_chosen_style(answer, item))
            b.setToolTip(self.tr("Key {key}").format(key=key))
            b.clicked.connect(lambda _=False, a=answer: page.answer(item, a))
            self.buttons.append(b)
            top.addWidget(b)
        if item.kind is Kind.QUOTA:
            self.found = QSpinBox()
            self.found.setRange(0, 999)
            self.found.setValue(value if isinstance(value, int) else 0)
            self.found.setPrefix(self.tr("found "))
            self.found.setSuffix(f" / {item.required}")
            self.found.setToolTip(self.tr("+ / − to change"))
            self.found.editingFinished.connect(lambda: page.answer(item, self.found.value()))
            top.insertWidget(1, self.found)
        layout.addLayout(top)
        if item.kind is Kind.DEDUCT:
            n = sum(p["count"] for p in problems)
            text = self.tr("Problems: {n} (N adds one)").format(n=n)
            if item.per_problem:  # what one more costs, from the form (r = 1 − n × per)
                text += " · " + self.tr("each costs {pct}% of this standard").format(
                    pct=percent1(item.per_problem))
            layout.addWidget(QLabel(text))
        for p in problems:
            layout.addWidget(ProblemEditor(page, p, photos.get(p["id"], 0),
                                           state.lacks_photo(item, p["id"], photos),
                                           item.unit_hint))
        if needs_problem:  # failed, a photo required, and no problem to carry it yet
            warn = QLabel(self.tr("⚠ Failed: record the problem (N) with a photo (P)"))
            warn.setStyleSheet("color: #c62828")
            layout.addWidget(warn)
        if note:
            layout.addWidget(QLabel(self.tr("Note: {note}").format(note=note)))
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Photos dropped on a standard go where P would put them: its last problem."""
        if self not in self.page.rows:
            return
        self.page.select(self.page.rows.index(self))
        self.page.import_photo_paths([Path(u.toLocalFile()) for u in event.mimeData().urls()],
                                     self.page._selected_problem())

    def _choices(self) -> list[tuple[str, Any, str]]:
        na = (self.tr("N/A"), NA, "3" if self.item.kind is Kind.CHECK else "0")
        if self.item.kind is Kind.CHECK:
            return [(self.tr("Pass"), PASS, "1"), (self.tr("Fail"), FAIL, "2"), na]
        if self.item.kind is Kind.GRADE:
            return [(lv.name, lv.name, str(i)) for i, lv in enumerate(self.item.levels, 1)] + [na]
        if self.item.kind is Kind.DEDUCT:
            return [(self.tr("Checked"), "checked", "1"), na]
        return [na]

    def set_selected(self, on: bool) -> None:
        self.setStyleSheet("ItemRow { border: 2px solid #1565c0; background: #eef4fb; }"
                           if on else "")


class PhotoPanel(QListWidget):
    """Thumbnails of the selected problem's (or the site's) photos; drop files here."""

    def __init__(self, page: InspectPage) -> None:
        super().__init__()
        self.page = page
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QPixmap(120, 90).size())
        # A grid that reflows with the panel's width: many photos never overlap.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setGridSize(QPixmap(132, 118).size())
        self.setWordWrap(True)
        self.cache: dict[str, QIcon] = {}  # by SHA-256: a photo's bytes never change
        self.thumbs = Thumbnails(self, self.iconSize(), self._thumbs_ready)
        self.setAcceptDrops(True)
        self.setMinimumWidth(150)
        # Double-click or Enter opens the photo in the viewer (zoom, annotate).
        self.itemActivated.connect(
            lambda item: page.view_photos(item.data(PROBLEM_ROLE), item.data(SHA_ROLE)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view = QAction(self.tr("View and annotate") + "\tEnter", self)  # Enter: itemActivated
        view.triggered.connect(lambda: self._on_current(page.view_photos))
        remove = QAction(self.tr("Remove photo"), self)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(lambda: self._on_current(page.remove_photo))
        self.addActions([view, remove])
        self.setToolTip(self.tr("Enter: view and annotate · Delete: remove the photo "
                                "(Ctrl+Z puts it back)"))

    def _on_current(self, do: Callable[[str | None, str], object]) -> None:
        item = self.currentItem()
        if item is not None and item.isSelected():
            do(item.data(PROBLEM_ROLE), item.data(SHA_ROLE))

    def show_photos(self, store: Store, rows: list[tuple[Row, str | None]]) -> None:
        """Captions at once; pictures already seen from the cache, the others when the
        background loader has decoded them (the page repaints this list after edits)."""
        self.clear()
        self.thumbs.forget()
        wanted = []
        for r, problem_id in rows:
            mark = "✎ " if r["derived_from"] else ""  # an annotated copy, told apart
            item = QListWidgetItem(mark + local(r["taken_at"], "%H:%M", zone=store.zone()))
            item.setToolTip(r["file_name"] + ("\n" + self.tr("annotated copy")
                                              if r["derived_from"] else ""))
            item.setData(SHA_ROLE, r["sha256"])
            item.setData(PROBLEM_ROLE, problem_id)
            cached = self.cache.get(r["sha256"])
            if cached is not None:
                item.setIcon(cached)
            else:
                wanted.append((str(r["sha256"]), str(r["ext"] or "jpg")))
            self.addItem(item)
        self.thumbs.load(store.data_dir, wanted)

    def _thumbs_ready(self, images: list[QImage | None]) -> None:
        waiting = [self.item(i) for i in range(self.count())
                   if self.item(i).data(SHA_ROLE) not in self.cache]
        for item, image in zip(waiting, images, strict=False):
            if image is None:
                item.setText(self.tr("{time} (missing)").format(time=item.text()))
                continue
            icon = QIcon(QPixmap.fromImage(image))
            self.cache[item.data(SHA_ROLE)] = icon
            item.setIcon(icon)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        self.page.import_photo_paths([Path(u.toLocalFile()) for u in urls], None)


class InspectPage(QWidget):
    # The keys keyPressEvent handles, for the F1 help and the shortcut-clash test.
    KEYS = (
        (("1", "2", "3"), QT_TRANSLATE_NOOP("InspectPage", "Pass / Fail / N/A; grade standards: "
                                            "1…n for the levels, 0 for N/A")),
        (("Up", "Down"), QT_TRANSLATE_NOOP("InspectPage", "Previous / next standard")),
        (("+", "-"), QT_TRANSLATE_NOOP("InspectPage", "Change the count (problems, found)")),
        (("N",), QT_TRANSLATE_NOOP("InspectPage", "New problem on the standard")),
        (("M",), QT_TRANSLATE_NOOP("InspectPage", "Note on the standard")),
        (("P",), QT_TRANSLATE_NOOP("InspectPage", "Add photos (or drop files on the page)")),
        (("Shift+P",), QT_TRANSLATE_NOOP("InspectPage", "View the standard's photos: zoom, "
                                         "next / previous, annotate")),
        (("Ctrl+Return",), QT_TRANSLATE_NOOP("InspectPage", "Finish the site")),
        (("X",), QT_TRANSLATE_NOOP("InspectPage", "Could not inspect the site (with a reason)")),
    )

    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.undo = QUndoStack(self)
        self.round: Row | None = None
        self.form: Form | None = None
        self.category: Category | None = None
        self.site_id: str | None = None
        self.inspection_id: str | None = None
        self.selected = 0
        self.rows: list[ItemRow] = []
        self.model = SiteTreeModel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search sites…"))
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._site_chosen)
        # Enter on a site goes to its checklist, where 1/2/3 answer.
        self.tree.activated.connect(lambda _index: self.setFocus() if self.rows else None)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("By site type"), "type")
        self.group_by.addItem(self.tr("By district"), "district")
        self.group_by.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.group_by)
        lv.addLayout(top)
        lv.addWidget(self.search)
        lv.addWidget(self.tree)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.items_area = QScrollArea()
        self.items_area.setWidgetResizable(True)
        self.finish_button = QPushButton(self.tr("Finish site (Ctrl+Enter)"))
        self.finish_button.clicked.connect(self.finish)
        self.cannot_button = QPushButton(self.tr("Could not inspect… (X)"))
        self.cannot_button.clicked.connect(self.could_not_inspect)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cannot_button)
        buttons.addWidget(self.finish_button)
        centre = QWidget()
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.title)
        cv.addWidget(self.items_area, 1)
        cv.addLayout(buttons)
        self.photos = PhotoPanel(self)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Photos — drop files here or press P; Shift+P views")))
        rv.addWidget(self.photos, 1)
        self.suggested = SuggestionPanel(self)
        rv.addWidget(self.suggested)
        split = QSplitter()
        for w in (left, centre, right):
            split.addWidget(w)
        split.setSizes([300, 760, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bus.changed.connect(self._changed)
        self.refresh()

    # ---- loading ----

    def refresh(self) -> None:
        try:
            self.round = self.store.round()
        except UserError:
            self.round, self.form = None, None
            self.model.set_rows([])
            self.summary.clear()
            self.title.setText(self.tr("No round yet: load the demo city or import a site "
                                       "list."))
            return
        self.form = operations.current_form(self.store, self.round)
        self.model.set_rows(load_rows(self.store, self.round, self.form, self._inspector(),
                                      str(self.group_by.currentData())))
        self._show_summary()
        self._show_tree()
        self._show_site()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_tree()

    def _show_tree(self) -> None:
        """After the model is reset: groups open, the open site selected if it shows."""
        self.tree.expandAll()
        if self.site_id:
            index = self.model.find(self.site_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _show_summary(self) -> None:
        done = sum(c.done for c in self.model.rows)
        total = sum(len(c.sites) for c in self.model.rows)
        text = (self.tr("My sites: {done}/{total} done") if self._inspector()
                else self.tr("Sites: {done}/{total} done"))
        self.summary.setText(text.format(done=done, total=total))

    def _inspector(self) -> str:
        name = self.store.setting("inspector")
        return "" if self.store.setting("role") == "supervisor" and not name else name

    def _changed(self, what: str) -> None:
        if what in ("sync", "round", "settings", "review"):
            self.refresh()

    def _site_chosen(self, current: Any, _previous: Any = None) -> None:
        site_id = current.data(SITE_ID_ROLE) if current.isValid() else None
        if site_id and site_id != self.site_id:
            # Undo steps belong to the site they were made on: Ctrl+Z never changes a
            # site that is not on screen.
            self.undo.clear()
            # Remembered now, not on quit: after a crash or power cut the app reopens here.
            settings = QSettings()
            settings.setValue(last_site_key(self.store), site_id)
            settings.sync()
            self.site_id = site_id
            self.selected = 0
            self.inspection_id = None
            self._show_site()

    def open_site(self, site_id: str) -> None:
        index = self.model.find(site_id)
        if not index.isValid() and self.model.text and self.model.site(site_id):
            self.search.clear()  # hidden by the search: show all
            index = self.model.find(site_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _show_site(self) -> None:
        """Build the whole checklist of the current site (on opening it, or after a change
        that is not one item's)."""
        shown = bool(self.site_id and self.round and self.form)
        self.finish_button.setEnabled(shown)
        self.cannot_button.setEnabled(shown)
        if not shown:
            self.items_area.takeWidget()
            if self.round is not None:
                self.title.setText(self.tr("Choose a site in the list on the left."))
            return
        assert self.site_id and self.round and self.form
        site = self.store.find_site(self.site_id)
        self.category = self.form.category(site.category_id)
        if self.category is None:
            return
        iid = state.inspection_id(self.round["id"], site.id, self._inspector())
        row = self.store.get("inspections", iid)
        self.inspection_id = iid if row is not None else None
        self._show_title()
        problems: dict[str, list[Row]] = {}
        if row is not None:
            for p in self.store.rows("problems", "inspection_id = ?", [iid]):
                problems.setdefault(p["item_id"], []).append(p)
        photos = self._photo_counts()
        box = QWidget()
        box_layout = QVBoxLayout(box)
        self.rows = []
        for position, item in enumerate(self.category.items):
            r = self._item_row(position, item, problems.get(item.id, []), photos)
            self.rows.append(r)
            box_layout.addWidget(r)
        box_layout.addStretch()
        old = self.items_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.items_area.setWidget(box)
        self.select(min(self.selected, len(self.rows) - 1))
        self._show_photos()

    def _show_title(self, current: state.InspectionState | None = None) -> None:
        """Site, type, district, start time, state, live rate and the points it loses;
        `current`: the site's state, when the caller has it already."""
        assert self.site_id and self.form and self.category
        site = self.store.find_site(self.site_id)
        iid = self.inspection_id
        row = self.store.get("inspections", iid) if iid else None
        now = (current or self._site_state()) if iid and row is not None else None
        status = ""
        if row is not None:
            status = self.tr("started {t}").format(
                t=local(row["started_at"], "%H:%M", zone=self.store.zone()))
            if row["outcome"] == "finished":
                status += " · " + self.tr("finished")
            elif row["outcome"] == "not_inspectable":
                status += " · " + self.tr("could not inspect: {r}").format(r=row["reason"])
        rate = f"{now.rate}%" if now and now.rate is not None else "—"
        lost = self.tr("lost {lost}/{points}").format(
            lost=now.lost if now and now.lost is not None else "—",
            points=now.points if now else shown2(self.category.points))
        self.title.setText(f"<b>{site.name}</b> · {self.category.name} · "
                           f"{site.district or '未指定'}　{status}　"
                           + self.tr("rate {rate}").format(rate=rate) + " · " + lost)

    def _photo_counts(self) -> dict[str, int]:
        photos: dict[str, int] = {}
        if self.inspection_id is not None:
            for link in photo_rows.links(self.store, self.inspection_id):
                if link["problem_id"]:
                    photos[link["problem_id"]] = photos.get(link["problem_id"], 0) + 1
        return photos

    def _item_row(self, position: int, item: Item, problems: list[Row],
                  photos: dict[str, int]) -> ItemRow:
        iid = self.inspection_id
        value = editing.response_value(self.store, iid, item) if iid else None
        resp = editing.response_row(self.store, iid, item.id) if iid else None
        needs = state.needs_problem(item, response_from_row(resp) if resp else None,
                                    [problem_from_row(p) for p in problems])
        r = ItemRow(self, item, value, resp["note"] if resp else "", problems, photos, needs)
        r.mousePressEvent = (lambda _e, i=position: self.select(i))  # type: ignore
        return r

    def _show_item(self, item_id: str) -> None:
        """Rebuild one item's row in place: an edit repaints what it changed, not the
        whole checklist."""
        position = next((i for i, r in enumerate(self.rows) if r.item.id == item_id), None)
        box = self.items_area.widget()
        layout = box.layout() if box is not None else None
        if position is None or layout is None or self.inspection_id is None:
            self._show_site()
            return
        problems = self.store.rows("problems", "inspection_id = ? AND item_id = ?",
                                   [self.inspection_id, item_id])
        old = self.rows[position]
        new = self._item_row(position, old.item, problems, self._photo_counts())
        layout.replaceWidget(old, new)
        new.show()  # now, not from the event loop: the focus may go into it at once
        old.hide()
        old.deleteLater()
        self.rows[position] = new
        new.set_selected(position == self.selected)

    def _show_photos(self) -> None:
        self.suggested.refresh(self.inspection_id)
        if self.inspection_id is None:
            self.photos.clear()
            return
        targets = {link["problem_id"] for link in photo_rows.links(self.store,
                                                                   self.inspection_id)}
        rows = [(r, pid) for pid in sorted(targets, key=lambda p: p or "")
                for r in photo_rows.linked_photos(self.store, self.inspection_id, pid)]
        self.photos.show_photos(self.store, rows)

    def select(self, index: int) -> None:
        if not self.rows:
            return
        previous = self.selected
        self.selected = max(0, min(index, len(self.rows) - 1))
        if 0 <= previous < len(self.rows) and previous != self.selected:
            self.rows[previous].set_selected(False)
        self.rows[self.selected].set_selected(True)
        self.items_area.ensureWidgetVisible(self.rows[self.selected])

    # ---- edits (each one committed, audited and undoable) ----

    def _site_state(self) -> state.InspectionState:
        """The edited site's state, from its one inspection."""
        assert self.category is not None
        return state.state_of(self.store, self.category, self.inspection_id)

    def _ensure_started(self) -> str:
        if self.inspection_id is None:
            assert self.round is not None and self.site_id is not None
            site = self.store.find_site(self.site_id)
            self.inspection_id = editing.start(self.store, self.round["id"], site,
                                               self._inspector())["id"]
        return self.inspection_id

    def _after(self, item_id: str | None = None) -> None:
        """An edit is stored: say so, and repaint the site's row, the title and the item
        it changed (everything when it was not one item's)."""
        assert self.round is not None and self.form is not None
        field = self._problem_field()
        self.bus.saved.emit()
        self.bus.changed.emit("responses")
        current = None
        if self.site_id and self.inspection_id and self.category is not None:
            current = self._site_state()
            self.model.update_site(self.site_id, current.status, detail(current))
            self._show_summary()
        if item_id is None or not self.rows:
            self._show_site()
        else:
            self._show_title(current)
            self._show_item(item_id)
        # The rebuilt rows took the focus with them: it goes back to the problem field Tab
        # went to, or to the page, where the keys answer.
        target = self._field_widget(*field) if field else None
        (target or self).setFocus()

    def _problem_field(self) -> tuple[str, str] | None:
        """(problem id, field) of the problem field that has the focus, if one has: up
        from the focused widget, not through every editor (this runs on every edit)."""
        focused = self.window().focusWidget()
        editor: QWidget | None = focused
        while editor is not None and not isinstance(editor, ProblemEditor):
            editor = editor.parentWidget()
        if focused is None or editor is None:
            return None
        for name in ProblemEditor.FIELDS:
            widget = getattr(editor, name)
            if focused is widget or widget.isAncestorOf(focused):
                return editor.problem_id, name
        return None

    def _field_widget(self, problem_id: str, name: str) -> QWidget | None:
        for row in self.rows:
            for editor in row.findChildren(ProblemEditor):
                if editor.problem_id == problem_id:
                    return cast(QWidget, getattr(editor, name))
        return None

    def _run(self, text: str, do: Callable[[], object], undo: Callable[[], object],
             item_id: str | None = None) -> None:
        try:
            do()
        except UserError as exc:
            self.bus.error.emit(shown(exc))
            return
        self.undo.push(Edit(text, do, undo, lambda: self._after(item_id)))

    def answer(self, item: Item, value: Any) -> None:
        iid = self._ensure_started()
        before = editing.response_value(self.store, iid, item)
        if before != value:  # the same answer again stores nothing but still moves on
            self._run(self.tr("answer {item}").format(item=item.id),
                      lambda: editing.set_response(self.store, iid, item, value),
                      lambda: editing.set_response(self.store, iid, item, before), item.id)
        if self.selected < len(self.rows) - 1 and item.kind is not Kind.QUOTA:
            self.select(self.selected + 1)  # answering moves on to the next item

    def new_problem(self, focus: bool = True) -> None:
        """N: a problem on the selected standard, its description ready for typing; from
        + the keys stay on the page, so a second + counts it again."""
        if not self.rows:
            return
        item = self.rows[self.selected].item
        iid = self._ensure_started()
        import uuid

        pid = str(uuid.uuid4())
        draft = editing.ProblemDraft(item.id, responsible_unit=item.unit_hint)

        def do() -> None:
            if self.store.get("problems", pid) is None:
                editing.add_problem(self.store, iid, draft, pid)
            else:
                row = self.store.get("problems", pid)
                assert row is not None
                editing.restore_row(self.store, "problems", {**row, "deleted": 0})
            if item.kind is Kind.DEDUCT and editing.response_value(self.store, iid, item) is None:
                editing.set_response(self.store, iid, item, "checked")
            if item.kind is Kind.CHECK and editing.response_value(self.store, iid, item) != FAIL:
                editing.set_response(self.store, iid, item, FAIL)

        self._run(self.tr("new problem on {item}").format(item=item.id), do,
                  lambda: editing.delete_problem(self.store, pid), item.id)
        if focus:
            self._focus_problem(pid)

    def _focus_problem(self, pid: str) -> None:
        for editor in self.findChildren(ProblemEditor):
            if editor.problem_id == pid:
                editor.description.setFocus()

    def change_problem(self, pid: str, **changes: Any) -> None:
        row = self.store.get("problems", pid)
        if row is None or all(row.get(k) == v for k, v in changes.items()):
            return
        before = {k: row[k] for k in changes}
        self._run(self.tr("edit problem"),
                  lambda: editing.update_problem(self.store, pid, **changes),
                  lambda: editing.update_problem(self.store, pid, **before),
                  str(row["item_id"]))

    def remove_problem(self, pid: str) -> None:
        row = self.store.get("problems", pid)
        if row is None:
            return
        self._run(self.tr("delete problem"),
                  lambda: editing.delete_problem(self.store, pid),
                  lambda: editing.restore_row(self.store, "problems", {**row, "deleted": 0}),
                  str(row["item_id"]))

    def remove_photo(self, problem_id: str | None, sha: str) -> None:
        """Take a wrongly attached photo off its problem; Ctrl+Z attaches it again."""
        iid = self.inspection_id
        if iid is None:
            return
        removed: list[Row] = []

        def do() -> None:
            old = editing.unlink_photo(self.store, iid, sha, problem_id)
            if old is not None:
                removed[:] = [old]

        self._run(self.tr("remove photo"), do,
                  lambda: editing.restore_row(self.store, "photo_links",
                                              {**removed[0], "deleted": 0}))

    def change_count(self, delta: int) -> None:
        if not self.rows or (self.inspection_id is None and delta < 0):
            return
        item = self.rows[self.selected].item
        iid = self._ensure_started()
        if item.kind is Kind.QUOTA:
            now = editing.response_value(self.store, iid, item)
            found = max(0, (now if isinstance(now, int) else 0) + delta)
            self.answer(item, found)
            return
        problems = self.store.rows("problems", "inspection_id = ? AND item_id = ?",
                                   [iid, item.id])
        if problems:
            last = problems[-1]
            if last["count"] + delta >= 1:
                self.change_problem(last["id"], count=last["count"] + delta)
        elif delta > 0:
            self.new_problem(focus=False)

    def edit_note(self) -> None:
        if not self.rows:
            return
        item = self.rows[self.selected].item
        iid = self._ensure_started()
        row = editing.response_row(self.store, iid, item.id)
        text, ok = QInputDialog.getText(self, self.tr("Note"), f"{item.id} {item.text}",
                                        text=row["note"] if row else "")
        if ok:
            before = row["note"] if row else ""
            self._run(self.tr("note on {item}").format(item=item.id),
                      lambda: editing.set_note(self.store, iid, item, text),
                      lambda: editing.set_note(self.store, iid, item, before), item.id)

    def add_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (*.jpg *.jpeg *.png *.heic *.webp)"))
        if files:
            self.import_photo_paths([Path(f) for f in files], self._selected_problem())

    def view_photos(self, problem_id: str | None = None, sha: str | None = None) -> None:
        """Open the viewer on a problem's photos; without one, on the selected item's
        first problem that has photos, else the photos of the site itself."""
        if self.inspection_id is None:
            return
        iid = self.inspection_id
        if sha is None and problem_id is None and self.rows:
            item = self.rows[self.selected].item
            problem_id = next((p["id"] for p in self.store.rows(
                "problems", "inspection_id = ? AND item_id = ?", [iid, item.id])
                if photo_rows.linked_photos(self.store, iid, p["id"])), None)
        if not photo_rows.linked_photos(self.store, iid, problem_id):
            self.bus.error.emit(self.tr("No photos on this item yet: P adds some."))
            return
        from .photo_viewer import PhotoViewer  # with Pillow, on first use

        self.viewer = PhotoViewer(self.store, iid, problem_id, sha, self._after, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()  # window-modal, without a nested event loop

    def attach_suggested(self, path: Path) -> None:
        """A suggested photo, chosen by the inspector, goes where P would put it."""
        self.import_photo_paths([path], self._selected_problem())

    def _selected_problem(self) -> str | None:
        if not self.rows or self.inspection_id is None:
            return None
        item = self.rows[self.selected].item
        problems = self.store.rows("problems", "inspection_id = ? AND item_id = ?",
                                   [self.inspection_id, item.id])
        return problems[-1]["id"] if problems else None

    def import_photo_paths(self, paths: list[Path], problem_id: str | None) -> None:
        if not paths or self.store.data_dir is None:
            return
        iid = self._ensure_started()
        self.suggested.remember_import(paths)

        def work(store: Store, progress: Any, cancelled: Callable[[], bool]) -> Any:
            from ..photos.importer import import_photos

            return import_photos(store, paths, iid, problem_id,
                                 progress=lambda d, t, _n: progress("photos", d, t),
                                 cancel=cancelled)

        def done(report: Any) -> None:
            self._after()
            if report.refused:
                self.bus.error.emit("; ".join(f"{Path(n).name}: {shown(r)}" for n, r in
                                              report.refused[:3]))

        run_job(self, self.tr("Importing photos"), self.store.data_dir, work, done)

    def finish(self) -> None:
        if self.inspection_id is None or self.form is None or self.category is None:
            return
        iid = self.inspection_id
        row = self.store.get("inspections", iid)
        assert row is not None
        form, category = self.form, self.category
        self._run(self.tr("finish site"),
                  lambda: editing.finish(self.store, form, category, iid),
                  lambda: editing.reopen(self.store, iid))

    def could_not_inspect(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Could not inspect"),
                                          self.tr("Why could this site not be inspected?"))
        if ok and reason.strip():
            iid = self._ensure_started()
            self._run(self.tr("could not inspect"),
                      lambda: editing.could_not_inspect(self.store, iid, reason),
                      lambda: editing.reopen(self.store, iid))

    # ---- keyboard ----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if not self.rows:
            return super().keyPressEvent(event)
        item = self.rows[self.selected].item
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self.finish()
        elif key == Qt.Key.Key_Down:
            self.select(self.selected + 1)
        elif key == Qt.Key.Key_Up:
            self.select(self.selected - 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.change_count(+1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.change_count(-1)
        elif key == Qt.Key.Key_N:
            self.new_problem()
        elif key == Qt.Key.Key_M:
            self.edit_note()
        elif key == Qt.Key.Key_X:
            self.could_not_inspect()
        elif key == Qt.Key.Key_P and mods & Qt.KeyboardModifier.ShiftModifier:
            self.view_photos()
        elif key == Qt.Key.Key_P:
            self.add_photos()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digit(item, key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)

    def _digit(self, item: Item, n: int) -> None:
        if item.kind is Kind.CHECK:
            choice = {1: PASS, 2: FAIL, 3: NA}.get(n)
        elif item.kind is Kind.GRADE:
            choice = NA if n == 0 else (item.levels[n - 1].name if n <= len(item.levels)
                                        else None)
        elif item.kind is Kind.DEDUCT:
            choice = {1: "checked", 3: NA, 0: NA}.get(n)
        else:
            choice = NA if n in (0, 3) else None
        if choice is not None:
            self.answer(item, choice)
