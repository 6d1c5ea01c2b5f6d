"""The supervisor's Review screen: received inspections with their problems and photos
(Approve / Flag / Reject), conflicts side by side (Confirm / Reverse), and the sites where
two inspectors disagree. Every decision is the core's (`sync.review`); nothing is computed
here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import state
from ..actions import recorded, reviews
from ..clock import Zone, local
from ..errors import UserError
from ..hlc import Stamp
from ..store import Role, Store, inspection_rows, photo_rows
from ..store import device as devices
from ..store import versions as vs
from .bus import Bus, follow
from .texts import shown
from .thumbnails import Thumbnails
from .widgets import heading

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
HIDDEN_FIELDS = ("version", "origin", "base")


class RowsModel(QAbstractTableModel):
    """A read-only table of text rows, each with a key (an id) under KEY_ROLE.

    Small lists (a round's inspections, devices, conflicts) are read whole from the
    database on refresh; the view never holds a widget per row."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right)
        self._rows: list[list[str]] = []
        self._keys: list[str] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[str] | None = None,
                 tips: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [""] * len(self._rows)
        self._tips = list(tips) if tips is not None else [""] * len(self._rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self._headers):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._rows[row]
            return values[col] if col < len(values) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col in self._right else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or None
        if role == KEY_ROLE:
            return self._keys[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def table_view(model: RowsModel, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    row = max(0, min(row, model.rowCount() - 1))
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def short(text: object, limit: int = 60) -> str:
    value = "" if text is None else str(text)
    return value if len(value) <= limit else value[:limit - 1] + "…"


class ReviewPage(QWidget):
    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self._round_id: str | None = None
        self._conflicts: list[vs.Conflict] = []
        self.thumbs = Thumbnails(self, QSize(96, 72), self._thumbs_ready)
        self._advance = False  # after a review, select the row now in its place

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("reviewNote")
        self.summary = QLabel()

        # ---- left: the queue, then the selected inspection's problems and photos ----
        self.queue_model = RowsModel([
            self.tr("Site"), self.tr("Inspector"), self.tr("Outcome"), self.tr("Review"),
            self.tr("Problems"), self.tr("Comment")], right=[4], parent=self)
        self.queue = table_view(self.queue_model)
        self.queue.selectionModel().currentRowChanged.connect(self._inspection_selected)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.approve_button.setToolTip(self.tr("Approve the selected inspection (Ctrl+Enter)"))
        self.flag_button = QPushButton(self.tr("Flag…"))
        self.flag_button.setShortcut(QKeySequence("Ctrl+G"))
        self.flag_button.setToolTip(self.tr("Mark it as having issues, with a comment "
                                            "(Ctrl+G)"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setShortcut(QKeySequence("Ctrl+R"))
        self.reject_button.setToolTip(self.tr("Send it back: it no longer counts, with a "
                                              "comment (Ctrl+R)"))
        self.approve_button.clicked.connect(self.approve)
        self.flag_button.clicked.connect(lambda: self._with_comment("flag"))
        self.reject_button.clicked.connect(lambda: self._with_comment("reject"))
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        for b in (self.approve_button, self.flag_button, self.reject_button):
            actions.addWidget(b)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.problem_model = RowsModel([
            self.tr("Standard"), self.tr("Problem"), self.tr("Count"), self.tr("Location"),
            self.tr("Responsible unit"), self.tr("Photos")], right=[2, 5], parent=self)
        self.problems = table_view(self.problem_model, stretch=1)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.setIconSize(QSize(96, 72))
        self.photos.setGridSize(QSize(108, 96))  # cells sized for the picture, not the caption
        self.photos.setToolTip(self.tr("Double-click or Enter: view the photo (zoom)"))
        self.photos.itemActivated.connect(self._view_photo)
        self.photos.setFixedHeight(118)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)

        queue_box = QWidget()
        ql = QVBoxLayout(queue_box)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(heading(self.tr("Received inspections")))
        ql.addWidget(self.queue)
        ql.addLayout(actions)
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail)
        dl.addWidget(self.problems)
        dl.addWidget(self.photos)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(queue_box)
        left.addWidget(detail_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        # ---- right: conflicts side by side, then disagreements ----
        self.conflict_model = RowsModel([
            self.tr("Record"), self.tr("Fields"), self.tr("Versions"), self.tr("Decision")],
            right=[2], parent=self)
        self.conflict_view = table_view(self.conflict_model, stretch=1)
        self.conflict_view.selectionModel().currentRowChanged.connect(self._conflict_selected)
        self.versions_model = RowsModel([self.tr("Field")], parent=self)
        self.versions_view = table_view(self.versions_model)
        self.versions_view.setWordWrap(True)
        self.versions_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.versions_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("Keep the current version (the newest)"))
        self.reverse_button = QPushButton(self.tr("Reverse"))
        self.reverse_button.setToolTip(self.tr(
            "Make the other version current again; both stay in the history"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirm"))
        self.reverse_button.clicked.connect(lambda: self.decide("reverse"))
        conflict_actions = QHBoxLayout()
        self.conflict_hint = QLabel()
        self.conflict_hint.setWordWrap(True)
        conflict_actions.addWidget(self.conflict_hint, 1)
        conflict_actions.addWidget(self.confirm_button)
        conflict_actions.addWidget(self.reverse_button)

        self.disagree_model = RowsModel([
            self.tr("Site"), self.tr("Site type"), self.tr("Standards where they disagree")],
            parent=self)
        self.disagree_view = table_view(self.disagree_model)

        conflicts_box = QWidget()
        cl = QVBoxLayout(conflicts_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(heading(self.tr("Conflicts (one record changed on two devices)")))
        cl.addWidget(self.conflict_view, 2)
        cl.addWidget(self.versions_view, 3)
        cl.addLayout(conflict_actions)
        disagree_box = QWidget()
        gl = QVBoxLayout(disagree_box)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(heading(self.tr("Sites where two inspectors disagree")))
        gl.addWidget(self.disagree_view)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(conflicts_box)
        right.addWidget(disagree_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)

        follow(self, bus, self.refresh)
        self.refresh()

    # ---- words ----

    def field_text(self, name: str) -> str:
        words = {
            "name": self.tr("Name"), "responsible_unit": self.tr("Responsible unit"),
            "district": self.tr("District"), "street": self.tr("Street"),
            "address": self.tr("Address"), "category_id": self.tr("Site type"),
            "lat": self.tr("Latitude"), "lon": self.tr("Longitude"),
            "coord_system": self.tr("Coordinate system"), "description": self.tr("Problem"),
            "count": self.tr("Count"), "location": self.tr("Location"),
            "note": self.tr("Note"), "passed": self.tr("Pass"), "na": self.tr("N/A"),
            "level": self.tr("Grade"), "found": self.tr("Found"),
            "outcome": self.tr("Outcome"), "reason": self.tr("Reason"),
            "review": self.tr("Review"), "review_comment": self.tr("Review comment"),
            "inspector": self.tr("Inspector"), "deleted": self.tr("Deleted"),
            "started_at": self.tr("Started"), "finished_at": self.tr("Finished at"),
            "item_id": self.tr("Standard"), "site_id": self.tr("Site"),
        }
        return words.get(name, name)

    def outcome_text(self, outcome: str) -> str:
        return {"in_progress": self.tr("In progress"), "finished": self.tr("Finished"),
                "not_inspectable": self.tr("Could not inspect")}.get(outcome, outcome)

    def review_text(self, state: str) -> str:
        return {"received": self.tr("Received"), "approved": self.tr("Approved"),
                "flagged": self.tr("Has issues"), "rejected": self.tr("Rejected"),
                "edited": self.tr("Edited")}.get(state, state)

    @property
    def supervisor(self) -> bool:
        return self.store.role is Role.SUPERVISOR

    # ---- loading ----

    def refresh(self) -> None:
        current = self.current_inspection()
        row = selected_row(self.queue)
        conflict_row = selected_row(self.conflict_view)
        if self.supervisor:
            self.note.hide()
        else:
            self.note.setText(self.tr(
                "This computer is set up for an inspector: reviews are read-only here. "
                "Reviewing is done on the supervisor's computer."))
            self.note.show()
        try:
            rnd = self.store.round()
        except UserError:
            self._round_id = None
            self.queue_model.set_rows([])
            self.summary.setText(self.tr("No round yet: import the inspectors' sync "
                                         "packages on the Sync page."))
        else:
            self._round_id = str(rnd["id"])
            self._load_queue(current, row)
        self._load_conflicts(conflict_row)
        self._load_disagreements()
        self._update_buttons()

    def _load_queue(self, current: str | None, row: int) -> None:
        assert self._round_id is not None
        rows = inspection_rows.review_queue(self.store, self._round_id)
        self.queue_model.set_rows(
            [[r.site or "?", r.inspector, self.outcome_text(r.outcome),
              self.review_text(r.review), str(r.problems), short(r.comment)] for r in rows],
            keys=[r.inspection_id for r in rows],
            tips=[r.comment for r in rows])
        waiting = sum(1 for r in rows if r.review == "received")
        self.summary.setText(self.tr("{waiting} of {total} waiting for review").format(
            waiting=waiting, total=len(rows)))
        self.queue.resizeColumnsToContents()
        if not rows:
            self._show_inspection(None)
            return
        found = self.queue_model.row_of(current) if current else -1
        # After a review, the row now in its place: the queue lists those waiting first,
        # so that is the next one to review. Otherwise the same inspection as before.
        advance, self._advance = self._advance, False
        select_row(self.queue, row if advance and row >= 0 else max(found, 0))

    def current_inspection(self) -> str | None:
        row = selected_row(self.queue)
        return self.queue_model.key(row) if row >= 0 else None

    def _inspection_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_inspection(self.queue_model.key(current.row()) if current.isValid()
                              else None)
        self._update_buttons()

    def _show_inspection(self, inspection_id: str | None) -> None:
        self.thumbs.forget()
        self.photos.clear()
        if inspection_id is None:
            self.detail.setText(self.tr("Select an inspection to see its problems."))
            self.problem_model.set_rows([])
            return
        insp = self.store.get("inspections", inspection_id)
        if insp is None:
            self.problem_model.set_rows([])
            return
        site = self.store.get("sites", str(insp["site_id"]))
        name = site["name"] if site else "?"
        text = self.tr("{site} · {inspector} · {outcome} · started {start} · finished "
                       "{end}").format(site=name, inspector=insp["inspector"],
                                       outcome=self.outcome_text(str(insp["outcome"])),
                                       start=_when(insp["started_at"], self.store.zone()),
                                       end=_when(insp["finished_at"], self.store.zone()))
        if insp["reason"]:
            text += " · " + self.tr("reason: {reason}").format(reason=insp["reason"])
        if insp["review_comment"]:
            text += "\n" + self.tr("Review comment: {comment}").format(
                comment=insp["review_comment"])
        self.detail.setText(text)
        counts = photo_rows.photo_counts(self.store, inspection_id)
        rows = self.store.rows("problems", "inspection_id = ? AND deleted = 0",
                               [inspection_id], order_by="item_id, rowid")
        self.problem_model.set_rows(
            [[r["item_id"], r["description"], str(r["count"]), r["location"],
              r["responsible_unit"], str(counts.get(r["id"], 0))] for r in rows],
            keys=[r["id"] for r in rows], tips=[r["description"] for r in rows])
        self.problems.resizeColumnToContents(0)
        self._load_thumbs(inspection_id)

    def _load_thumbs(self, inspection_id: str) -> None:
        """Each photo's caption at once; its thumbnail when decoded off the UI thread."""
        links = photo_rows.inspection_photos(self.store, inspection_id)
        for link in links:
            entry = QListWidgetItem(link.item_id or self.tr("Site"))
            entry.setData(Qt.ItemDataRole.UserRole, (link.problem_id, link.sha256))
            self.photos.addItem(entry)
        self.thumbs.load(self.store.data_dir, [(link.sha256, link.ext or "jpg")
                                               for link in links])

    def _view_photo(self, entry: QListWidgetItem) -> None:
        """The inspect page's viewer, on this inspection's photos of the same problem."""
        inspection_id = self.current_inspection()
        data = entry.data(Qt.ItemDataRole.UserRole)
        if inspection_id is None or not data:
            return
        from .photo_viewer import PhotoViewer  # with Pillow, on first use

        problem_id, sha = data
        self.viewer = PhotoViewer(self.store, inspection_id, problem_id, sha,
                                  lambda: self._show_inspection(inspection_id), self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not self.supervisor:  # only a supervisor corrects someone's evidence
            self.viewer.view_only()
        self.viewer.open()

    def _thumbs_ready(self, images: list[QImage | None]) -> None:
        for row, image in enumerate(images[:self.photos.count()]):
            entry = self.photos.item(row)
            if image is not None:
                entry.setIcon(QIcon(QPixmap.fromImage(image)))
            else:
                entry.setText(self.tr("{item} (missing)").format(item=entry.text()))

    # ---- review actions ----

    def _update_buttons(self) -> None:
        sup = self.supervisor
        has = self.current_inspection() is not None
        for b in (self.approve_button, self.flag_button, self.reject_button):
            b.setEnabled(sup and has)
        open_conflict = self.current_conflict()
        for b in (self.confirm_button, self.reverse_button):
            b.setEnabled(sup and open_conflict is not None)

    def approve(self) -> None:
        self._review("approve", "")

    def _with_comment(self, action: str) -> None:
        if self.current_inspection() is None:
            return
        if action == "flag":
            title, label = self.tr("Flag"), self.tr("What is wrong with this inspection?")
        else:
            title, label = self.tr("Reject"), self.tr(
                "Why is this inspection sent back? (It will no longer count.)")
        text, ok = QInputDialog.getText(self, title, label)
        if not ok:
            return
        if not text.strip():
            QMessageBox.warning(self, title, self.tr(
                "A comment is needed to flag or reject an inspection: say what to fix."))
            return
        self._review(action, text.strip())

    def _review(self, action: str, comment: str) -> None:
        inspection_id = self.current_inspection()
        if inspection_id is None or not self.supervisor:
            return
        try:
            _, changes = recorded(self.store, reviews.review, inspection_id, action, comment)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Review"), shown(exc))
            return
        self._advance = True
        self.refresh()
        self.bus.announce(changes, self)
        self.bus.saved.emit()

    # ---- conflicts ----

    def _author(self, version: str) -> str:
        try:
            device = Stamp.parse(version).device
        except ValueError:
            return "?"
        known = devices.find(self.store.db, device)
        if known is None:
            return device[:8]
        if known["this_device"]:
            return self.tr("this computer")
        return str(known["inspector"] or device[:8])

    def _record_name(self, table: str, record_id: str) -> str:
        row = self.store.get(table, record_id)
        what = {"sites": self.tr("Site"), "inspections": self.tr("Inspection"),
                "problems": self.tr("Problem"), "responses": self.tr("Answer"),
                "rounds": self.tr("Round")}.get(table, table)
        name = ""
        if row is not None:
            name = str(row.get("name") or row.get("description") or row.get("item_id") or "")
        return f"{what} · {name or record_id[:8]}"

    def _load_conflicts(self, row: int) -> None:
        self._conflicts = vs.conflicts(self.store)
        rows, tips = [], []
        for c in self._conflicts:
            datas = [vs.version_data(self.store, c.table, c.record_id, v) or {}
                     for v in c.versions]
            fields = _differing(datas)
            decision = {None: self.tr("Open"), "confirm": self.tr("Confirmed"),
                        "reverse": self.tr("Reversed")}.get(c.decision, str(c.decision))
            rows.append([self._record_name(c.table, c.record_id),
                         ", ".join(self.field_text(f) for f in fields),
                         str(len(c.versions)), decision])
            tips.append(" / ".join(self._author(v) for v in c.versions))
        self.conflict_model.set_rows(rows, keys=[c.id for c in self._conflicts], tips=tips)
        self.conflict_view.resizeColumnToContents(0)
        if self._conflicts:
            select_row(self.conflict_view, row if row >= 0 else 0)
        else:
            self._show_conflict(None)
        open_ = sum(1 for c in self._conflicts if c.decision is None)
        self.conflict_hint.setText(self.tr("{open} open of {total}").format(
            open=open_, total=len(self._conflicts)) if self._conflicts
            else self.tr("No conflicts."))

    def current_conflict(self) -> vs.Conflict | None:
        row = selected_row(self.conflict_view)
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _conflict_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self._show_conflict(self._conflicts[row] if 0 <= row < len(self._conflicts) else None)
        self._update_buttons()

    def _show_conflict(self, conflict: vs.Conflict | None) -> None:
        if conflict is None:
            self.versions_model.set_headers([self.tr("Field")])
            self.versions_model.set_rows([])
            return
        datas = [vs.version_data(self.store, conflict.table, conflict.record_id, v) or {}
                 for v in conflict.versions]
        current = self.store.get(conflict.table, conflict.record_id)
        headers = [self.tr("Field")]
        for n, (version, data) in enumerate(zip(conflict.versions, datas, strict=True)):
            who = self._author(version)
            if current is not None and _same(current, data):
                label = self.tr("Current · {who}").format(who=who)
            elif n == 0:
                label = self.tr("Newest · {who}").format(who=who)
            else:
                label = self.tr("Other · {who}").format(who=who)
            headers.append(label)
        self.versions_model.set_headers(headers)
        self.versions_model.set_rows(
            [[self.field_text(name), *(_value(d.get(name)) for d in datas)]
             for name in _differing(datas)], keys=_differing(datas))
        self.versions_view.resizeRowsToContents()

    def decide(self, decision: str) -> None:
        conflict = self.current_conflict()
        if conflict is None or not self.supervisor:
            return
        try:
            _, changes = recorded(self.store, reviews.decide, conflict.id, decision)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Conflicts"), shown(exc))
            return
        self.refresh()
        self.bus.announce(changes, self)
        self.bus.saved.emit()

    # ---- disagreements ----

    def _load_disagreements(self) -> None:
        try:
            _, form, card = state.scorecard(self.store)
        except UserError:
            self.disagree_model.set_rows([])
            return
        rows = []
        for cat in card.categories:
            for site in cat.sites:
                if not site.disagreements:
                    continue
                items = []
                for item_id in site.disagreements:
                    found = form.item(item_id)
                    items.append(f"{item_id} {short(found[1].text, 24)}" if found else item_id)
                rows.append([site.name, cat.name, "；".join(items)])
        self.disagree_model.set_rows(rows, tips=[r[2] for r in rows])
        self.disagree_view.resizeColumnToContents(0)


def _when(iso: object, zone: Zone) -> str:
    """A stored time in the city's time zone: 11-20 16:05."""
    return local(iso, "%m-%d %H:%M", zone=zone) or "—"


def _value(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def _differing(datas: list[dict[str, Any]]) -> list[str]:
    names = sorted({k for d in datas for k in d if k not in HIDDEN_FIELDS})
    return [k for k in names if any(d.get(k) != datas[0].get(k) for d in datas)]


def _same(current: dict[str, Any], data: dict[str, Any]) -> bool:
    keys = {k for k in data if k not in HIDDEN_FIELDS}
    return all(current.get(k) == data.get(k) for k in keys)
