"""The received inspections of the round, waiting ones first, and the selected one's
problems and photos; Approve / Flag / Reject record the core's review (`actions.reviews`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...actions import recorded, reviews
from ...clock import Zone, local
from ...errors import UserError
from ...store import Role, Store, inspection_rows, photo_rows
from ...store.changes import Changes
from ..tables import RowsModel, select_row, selected_row, short, table_view
from ..texts import shown
from ..thumbnails import Thumbnails
from ..widgets import heading

THUMB = QSize(96, 72)


class QueuePanel(QWidget):
    def __init__(self, store: Store, decided: Callable[[Changes], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.decided = decided
        self.thumbs = Thumbnails(self, THUMB, self._thumbs_ready)
        self._advance = False  # after a review, select the row now in its place
        self.summary = QLabel()

        self.model = RowsModel([
            self.tr("Site"), self.tr("Inspector"), self.tr("Outcome"), self.tr("Review"),
            self.tr("Problems"), self.tr("Comment")], right=[4], parent=self)
        self.view = table_view(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
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
        self.photos.setIconSize(THUMB)
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
        ql.addWidget(self.view)
        ql.addLayout(actions)
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail)
        dl.addWidget(self.problems)
        dl.addWidget(self.photos)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(queue_box)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

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
        current, row = self.current(), selected_row(self.view)
        try:
            round_id = str(self.store.round()["id"])
        except UserError:
            self.model.set_rows([])
            self.summary.setText(self.tr("No round yet: import the inspectors' sync "
                                         "packages on the Sync page."))
            self._show(None)
        else:
            self._load(round_id, current, row)
        self._update_buttons()

    def _load(self, round_id: str, current: str | None, row: int) -> None:
        rows = inspection_rows.review_queue(self.store, round_id)
        self.model.set_rows(
            [[r.site or "?", r.inspector, self.outcome_text(r.outcome),
              self.review_text(r.review), str(r.problems), short(r.comment)] for r in rows],
            keys=[r.inspection_id for r in rows],
            tips=[r.comment for r in rows])
        waiting = sum(1 for r in rows if r.review == "received")
        self.summary.setText(self.tr("{waiting} of {total} waiting for review").format(
            waiting=waiting, total=len(rows)))
        self.view.resizeColumnsToContents()
        if not rows:
            self._show(None)
            return
        found = self.model.row_of(current) if current else -1
        # After a review, the row now in its place: the queue lists those waiting first,
        # so that is the next one to review. Otherwise the same inspection as before.
        advance, self._advance = self._advance, False
        select_row(self.view, row if advance and row >= 0 else max(found, 0))

    def current(self) -> str | None:
        row = selected_row(self.view)
        return self.model.key(row) if row >= 0 else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.key(current.row()) if current.isValid() else None)
        self._update_buttons()

    def _show(self, inspection_id: str | None) -> None:
        self.thumbs.forget()
        self.photos.clear()
        insp = self.store.get("inspections", inspection_id) if inspection_id else None
        if inspection_id is None or insp is None:
            self.detail.setText(self.tr("Select an inspection to see its problems."))
            self.problem_model.set_rows([])
            return
        site = self.store.get("sites", str(insp["site_id"]))
        zone = self.store.zone()
        text = self.tr("{site} · {inspector} · {outcome} · started {start} · finished "
                       "{end}").format(site=site["name"] if site else "?",
                                       inspector=insp["inspector"],
                                       outcome=self.outcome_text(str(insp["outcome"])),
                                       start=_when(insp["started_at"], zone),
                                       end=_when(insp["finished_at"], zone))
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
        inspection_id = self.current()
        data = entry.data(Qt.ItemDataRole.UserRole)
        if inspection_id is None or not data:
            return
        from ..photo_viewer import PhotoViewer  # with Pillow, on first use

        problem_id, sha = data
        self.viewer = PhotoViewer(self.store, inspection_id, problem_id, sha,
                                  lambda: self._show(inspection_id), self)
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
        enabled = self.supervisor and self.current() is not None
        for b in (self.approve_button, self.flag_button, self.reject_button):
            b.setEnabled(enabled)

    def approve(self) -> None:
        self.review("approve", "")

    def _with_comment(self, action: str) -> None:
        if self.current() is None:
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
        self.review(action, text.strip())

    def review(self, action: str, comment: str) -> None:
        inspection_id = self.current()
        if inspection_id is None or not self.supervisor:
            return
        try:
            _, changes = recorded(self.store, reviews.review, inspection_id, action, comment)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Review"), shown(exc))
            return
        self._advance = True
        self.decided(changes)


def _when(iso: object, zone: Zone) -> str:
    """A stored time in the city's time zone: 11-20 16:05."""
    return local(iso, "%m-%d %H:%M", zone=zone) or "—"
