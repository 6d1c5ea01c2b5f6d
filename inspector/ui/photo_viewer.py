"""The photo viewer: one photo of an item or problem at a time, zoomed and panned, with
circles, arrows and text drawn on a copy (inspector/photos/annotate.py does the drawing
and storing; the preview is that same drawing on the display copy).

Keys: ← / → previous / next photo · wheel or + / − zoom · Ctrl+0 fit · 1 actual size ·
V move · C circle · A arrow · T text · Ctrl+Z undo the last mark · Ctrl+S save · Esc close.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..clock import local
from ..errors import UserError
from ..photos.annotate import Shape, annotate, draw, from_json, upright_size
from ..photos.files import display_image
from ..photos.tree import PhotoTree
from ..store import Store, photo_rows
from ..store.store import Row
from .progress import run_job
from .texts import shown
from .workers import Cancelled, Job, Progress, start

MIN_SCALE, MAX_SCALE = 0.02, 16.0
STEP = 1.25
TOOLS = ("pan", "circle", "arrow", "text")


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    # copy(): the QImage must own its pixels, not borrow the bytes object's buffer.
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width,
                  QImage.Format.Format_RGB888).copy()


@dataclass(frozen=True)
class Loaded:
    """A photo's display copy, decoded off the UI thread (or why it could not be)."""

    sha: str
    image: QImage | None = None
    pil: Image.Image | None = None
    error: str = ""


def load_display(data_dir: Path, sha: str, ext: str) -> Job:
    """Decode a photo's display copy off the UI thread (rebuilt from the original first
    if it is missing, which for a 12-MP original takes a while)."""
    def task(_progress: Progress, _cancelled: Cancelled) -> Loaded:
        try:
            image = display_image(PhotoTree(data_dir), sha, ext).convert("RGB")
        except (UserError, OSError) as exc:
            return Loaded(sha, error=shown(exc))
        return Loaded(sha, to_qimage(image), image)
    return Job(task)


class PhotoView(QGraphicsView):
    """The picture, fit to the window or zoomed; drags pan, or draw with a marking tool."""

    navigate = Signal(int)  # −1 previous, +1 next
    drawn = Signal(str, QPointF, QPointF)  # tool, start, end (scene = display pixels)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap = QGraphicsPixmapItem()
        self.pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#202020")))
        self.fitted = True
        self.tool = "pan"
        self._start: QPointF | None = None
        self._rubber: QGraphicsEllipseItem | QGraphicsLineItem | None = None
        self.set_tool("pan")

    def set_image(self, image: QImage, keep_zoom: bool = False) -> None:
        self.pixmap.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(self.pixmap.boundingRect()))
        if not keep_zoom:
            self.fit()

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        if not self.pixmap.pixmap().isNull():
            self.fitInView(self.pixmap, Qt.AspectRatioMode.KeepAspectRatio)
        self.fitted = True

    def actual_size(self) -> None:
        self.resetTransform()  # one display-copy pixel per screen pixel
        self.fitted = False

    def zoom(self, factor: float) -> None:
        now = self.scale_factor()
        factor = max(MIN_SCALE / now, min(MAX_SCALE / now, factor))
        self.scale(factor, factor)
        self.fitted = False

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if tool == "pan"
                         else QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if tool == "pan"
                                  else Qt.CursorShape.CrossCursor)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(STEP ** steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrows change the photo here rather than scrolling it; dragging pans.
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.navigate.emit(-1)
        elif key == Qt.Key.Key_Right:
            self.navigate.emit(1)
        else:
            event.ignore()  # the dialog handles zoom and tool keys

    def _clamped(self, pos: QPointF) -> QPointF:
        rect = self.sceneRect()
        return QPointF(min(max(pos.x(), rect.left()), rect.right()),
                       min(max(pos.y(), rect.top()), rect.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.tool == "pan" or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._start = self._clamped(self.mapToScene(event.position().toPoint()))
        if self.tool == "text":
            self.drawn.emit("text", self._start, self._start)
            self._start = None
            return
        pen = QPen(QColor(230, 25, 25), max(2.0, 2 / self.scale_factor()))
        rubber: QGraphicsEllipseItem | QGraphicsLineItem
        if self.tool == "circle":
            rubber = QGraphicsEllipseItem(QRectF(self._start, self._start))
        else:
            rubber = QGraphicsLineItem(self._start.x(), self._start.y(), self._start.x(),
                                       self._start.y())
        rubber.setPen(pen)
        self.scene().addItem(rubber)
        self._rubber = rubber

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is None or self._rubber is None:
            return super().mouseMoveEvent(event)
        end = self._clamped(self.mapToScene(event.position().toPoint()))
        if isinstance(self._rubber, QGraphicsEllipseItem):
            self._rubber.setRect(QRectF(self._start, end).normalized())
        else:
            self._rubber.setLine(self._start.x(), self._start.y(), end.x(), end.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            return super().mouseReleaseEvent(event)
        end = self._clamped(self.mapToScene(event.position().toPoint()))
        start, self._start = self._start, None
        if self._rubber is not None:
            self.scene().removeItem(self._rubber)
            self._rubber = None
        if abs(end.x() - start.x()) + abs(end.y() - start.y()) >= 3:  # not a stray click
            self.drawn.emit(self.tool, start, end)


class PhotoViewer(QDialog):
    """Photos of one problem (or of the inspection itself), one at a time."""

    def __init__(self, store: Store, inspection_id: str, problem_id: str | None,
                 current: str | None = None, on_saved: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert store.data_dir is not None
        self.store, self.inspection_id, self.problem_id = store, inspection_id, problem_id
        self.on_saved = on_saved
        self.editable = True
        self.setWindowTitle(self.tr("Photo"))
        self.rows: list[Row] = []
        self.index = 0
        self.shapes: list[Shape] = []
        self.base: Row | None = None  # the photo being drawn on, while marks are made
        self.base_image: Image.Image | None = None
        self.job: Job | None = None
        self.shown: Image.Image | None = None  # PIL display image of the current photo
        self.view = PhotoView(self)
        self.view.navigate.connect(self.step)
        self.view.drawn.connect(self._drawn)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.tools = QButtonGroup(self)
        bar = QHBoxLayout()
        for tool, text, key in (("pan", self.tr("Move"), "V"), ("circle", self.tr("Circle"), "C"),
                                ("arrow", self.tr("Arrow"), "A"), ("text", self.tr("Text"), "T")):
            b = QPushButton(f"{text} ({key})")
            b.setCheckable(True)
            b.setChecked(tool == "pan")
            b.setProperty("tool", tool)
            b.setToolTip(self.tr("Key {key}").format(key=key))
            self.tools.addButton(b)
            bar.addWidget(b)
        self.tools.buttonClicked.connect(lambda b: self.set_tool(str(b.property("tool"))))
        self.undo_button = QPushButton(self.tr("Undo mark (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_shape)
        self.save_button = QPushButton(self.tr("Save annotated copy (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.save_button)
        bar.addStretch()
        for text, tip, slot in (("−", self.tr("Zoom out (−)"), lambda: self.view.zoom(1 / STEP)),
                                (self.tr("Fit"), self.tr("Fit to window (Ctrl+0)"), self.view.fit),
                                ("1:1", self.tr("Actual size (1)"), self.view.actual_size),
                                ("+", self.tr("Zoom in (+)"), lambda: self.view.zoom(STEP))):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            bar.addWidget(b)
        for seq, slot in ((QKeySequence.StandardKey.Undo, self.undo_shape),
                          (QKeySequence.StandardKey.Save, self.save),
                          ("Ctrl+0", self.view.fit)):
            QShortcut(QKeySequence(seq), self, slot)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self.resize(1100, 700)
        self.reload(current)

    # ---- which photo ----

    def reload(self, current: str | None = None) -> None:
        self.rows = photo_rows.linked_photos(self.store, self.inspection_id, self.problem_id)
        shas = [r["sha256"] for r in self.rows]
        self.index = shas.index(current) if current in shas else 0
        self._show()

    @property
    def current(self) -> Row | None:
        return self.rows[self.index] if self.rows else None

    def step(self, delta: int) -> None:
        if self.shapes:
            self.info.setText(self.tr("Save or undo the marks before changing photo."))
            return
        if self.rows:
            self.index = (self.index + delta) % len(self.rows)
            self._show()

    def _show(self) -> None:
        self.shapes, self.base, self.base_image, self.shown = [], None, None, None
        row = self.current
        self._describe()
        if row is None:
            return
        assert self.store.data_dir is not None
        self._load(row)

    def _load(self, row: Row) -> None:
        assert self.store.data_dir is not None
        job = load_display(self.store.data_dir, row["sha256"], row["ext"])
        job.signals.finished.connect(self._loaded)  # the viewer's method: none once closed
        start(job)

    @Slot(object)
    def _loaded(self, loaded: Loaded) -> None:
        sha = loaded.sha
        if loaded.pil is None or loaded.image is None:
            if self.current is not None and sha == self.current["sha256"]:
                self.info.setText(self.tr("Cannot show this photo: {m}").format(
                    m=loaded.error))
            return
        if self.base is not None and sha == self.base["sha256"]:
            self.base_image = loaded.pil  # the original behind an annotated copy
            self._render()
        elif self.current is not None and sha == self.current["sha256"]:
            self.shown = loaded.pil
            self.view.set_image(loaded.image)
        self._describe()

    def _describe(self) -> None:
        for button in (self.undo_button, self.save_button):
            button.setEnabled(bool(self.shapes) and self.job is None)
        row = self.current
        if row is None:
            self.info.setText(self.tr("No photos here yet."))
            return
        parts = [f"{self.index + 1}/{len(self.rows)}", row["file_name"],
                 local(row["taken_at"], "%Y-%m-%d %H:%M:%S", zone=self.store.zone())]
        if row["time_source"] == "modified":
            parts[-1] += " " + self.tr("(when the file was last saved, no capture time)")
        elif row["time_source"] != "exif":
            parts[-1] += " " + self.tr("(file time, no EXIF time)")
        if row["lat"] is not None and row["lon"] is not None:
            lat, lon = float(row["lat"]), float(row["lon"])
            parts.append(f"{abs(lat):.5f}°{'N' if lat >= 0 else 'S'} "
                         f"{abs(lon):.5f}°{'E' if lon >= 0 else 'W'}")
        else:
            parts.append(self.tr("no GPS position"))
        if not row["original_present"]:
            parts.append(self.tr("⚠ original not received (display copy only)"))
        if row["derived_from"]:
            parts.append(self.tr("✎ annotated copy; the original is kept unchanged"))
        if self.shapes:
            parts.append(self.tr("{n} marks, not saved").format(n=len(self.shapes)))
        self.info.setText(" · ".join(parts))

    # ---- marking ----

    def view_only(self) -> None:
        """Zoom and step only: someone else's evidence, on a computer that may not change
        it (an inspector's laptop), gets no marking tools."""
        self.editable = False
        for b in self.tools.buttons():
            b.setVisible(b.property("tool") == "pan")
        self.undo_button.hide()
        self.save_button.hide()

    def set_tool(self, tool: str) -> None:
        if not self.editable and tool != "pan":
            return
        for b in self.tools.buttons():
            b.setChecked(b.property("tool") == tool)
        self.view.set_tool(tool)
        if tool != "pan":
            self._begin_marking()

    def _begin_marking(self) -> None:
        """Marks go on the original photo: on an annotated copy, on the photo it was drawn
        on, starting from the marks it already has."""
        row = self.current
        if row is None or self.base is not None:
            return
        if not row["derived_from"]:
            self.base, self.base_image = row, self.shown
            return
        base = photo_rows.photo(self.store, row["derived_from"])
        if base is None:
            return
        self.base, self.shapes = base, from_json(row["annotation"])
        assert self.store.data_dir is not None
        self._load(base)

    def _scale(self) -> float:
        """Original pixels → display-copy pixels of the base photo."""
        assert self.base is not None and self.base_image is not None
        width = upright_size(self.base)[0]
        return self.base_image.width / width if width else 1.0

    def _drawn(self, tool: str, start: QPointF, end: QPointF) -> None:
        self._begin_marking()
        if self.base is None or self.base_image is None:
            return
        k = self._scale()
        text = ""
        if tool == "text":
            text, ok = QInputDialog.getText(self, self.tr("Text"), self.tr("Text to write:"))
            if not ok or not text.strip():
                return
        self.shapes.append(Shape(tool, start.x() / k, start.y() / k, end.x() / k, end.y() / k,
                                 text.strip()))
        self._render()

    def _render(self) -> None:
        """Preview: the core's own drawing, on the display copy."""
        if self.base_image is None:
            return
        image = draw(self.base_image, self.shapes, self._scale()) if self.shapes \
            else self.base_image
        self.view.set_image(to_qimage(image), keep_zoom=True)
        self._describe()

    def undo_shape(self) -> None:
        if self.shapes:
            self.shapes.pop()
            self._render()

    def save(self) -> None:
        if not self.editable or not self.shapes or self.base is None:
            return
        assert self.store.data_dir is not None
        sha, shapes = self.base["sha256"], list(self.shapes)
        iid, pid = self.inspection_id, self.problem_id

        def work(store: Store, _progress: Any, _cancelled: Any) -> str:
            return annotate(store, sha, shapes, iid, pid)

        def done(new: object) -> None:
            self.job = None
            self.shapes = []
            self.set_tool("pan")
            self.reload(str(new))
            if self.on_saved is not None:
                self.on_saved()

        def ended(*_: object) -> None:
            self.job = None
            self._describe()

        # Kept until it ends: its signals object must outlive the queued result.
        self.job = run_job(self, self.tr("Saving the annotated copy"), self.store.data_dir,
                           work, done)
        self._describe()
        for signal in (self.job.signals.finished, self.job.signals.failed,
                       self.job.signals.cancelled):
            signal.connect(ended)

    # ---- keys ----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().lower()
        tools = {"v": "pan", "c": "circle", "a": "arrow", "t": "text"}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom(STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.view.zoom(1 / STEP)
        elif key == Qt.Key.Key_1:
            self.view.actual_size()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step(-1 if key == Qt.Key.Key_Left else 1)
        elif text in tools and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_tool(tools[text])
        else:
            super().keyPressEvent(event)

    def _may_close(self) -> bool:
        if self.job is not None:  # saving: the result comes back to this dialog
            return False
        return not self.shapes or QMessageBox.question(
            self, self.tr("Photo"), self.tr("Close without saving the marks?")) \
            == QMessageBox.StandardButton.Yes

    def reject(self) -> None:  # Esc and the window's close button (QDialog.closeEvent)
        if self._may_close():
            super().reject()
