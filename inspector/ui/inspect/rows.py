"""One standard (测评标准) on the inspect page, and a problem under it.

A row is built once per site and then updated in place: an answer re-marks its buttons;
the problems, the warning and the note are rebuilt only when they differ, so a key press
repaints what it changed and little else.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import state
from ...domain import Item, Kind
from ...scoring import percent1
from ...store.store import Row
from .keys import CHECKED, FAIL, NA, PASS

if TYPE_CHECKING:
    from .page import InspectPage


class Drops:
    """Files dropped on a widget: `dropped(paths)` is called with them."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.dropped([Path(u.toLocalFile()) for u in event.mimeData().urls()])

    def dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError


class ProblemEditor(Drops, QFrame):
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
            lambda: self._commit(self.description, description=self.description.text()))
        self.location.editingFinished.connect(
            lambda: self._commit(self.location, location=self.location.text()))
        self.unit.editingFinished.connect(
            lambda: self._commit(self.unit, responsible_unit=self.unit.text().strip()))
        self.count.editingFinished.connect(
            lambda: self._commit(self.count, count=self.count.value()))
        remove.clicked.connect(lambda: page.remove_problem(self.problem_id))
        for field in (self.description, self.location, self.unit, self.count):
            field.installEventFilter(self)
        self.setAcceptDrops(True)
        # A long description shows its beginning, not its end.
        self.description.setCursorPosition(0)

    def _commit(self, field: QWidget, **changes: Any) -> None:
        line = field.findChild(QLineEdit) if isinstance(field, QSpinBox) else field
        if isinstance(line, QLineEdit):
            line.setModified(False)  # committed: Ctrl+Z now undoes the stored step
        self.page.change_problem(self.problem_id, **changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z / Ctrl+Shift+Z in a problem field: typing not yet committed is the
        field's to undo; once committed (Enter, Tab), the page's steps are — else the line
        edit would undo its text on screen while the stored description stayed."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            line = watched.findChild(QLineEdit) if isinstance(watched, QSpinBox) else watched
            if isinstance(line, QLineEdit) and not line.isModified() and (
                    event.matches(QKeySequence.StandardKey.Undo)
                    or event.matches(QKeySequence.StandardKey.Redo)):
                return True  # not accepted: the window's Undo / Redo shortcut runs
        return super().eventFilter(watched, event)

    def dropped(self, paths: list[Path]) -> None:
        self.page.photos.import_paths(paths, self.problem_id)


def chosen_style(answer: Any, item: Item) -> str:
    """UI.md: 符合 green, 不符合 red, 不适用 grey; a grade between best and worst orange."""
    names = [lv.name for lv in item.levels] if item.kind is Kind.GRADE else []
    if answer == NA:
        colour = "#616161"
    elif answer == FAIL or (names and answer == names[-1]):
        colour = "#c62828"
    elif names and answer != names[0]:
        colour = "#e65100"
    else:
        colour = "#2e7d32"
    return f"QPushButton {{ background: {colour}; color: white; font-weight: bold; }}"


SELECTED = "ItemRow { border: 2px solid #1565c0; background: #eef4fb; }"


class ItemRow(Drops, QFrame):
    """One standard with the controls its kind needs; `show` updates it in place."""

    def __init__(self, page: InspectPage, position: int, item: Item) -> None:
        super().__init__()
        self.page, self.position, self.item = page, position, item
        self.value: Any = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        top = QHBoxLayout()
        label = QLabel(f"<b>{item.id}</b> {item.text}")
        label.setWordWrap(True)
        top.addWidget(label, 1)
        self.buttons: list[QPushButton] = []
        self._answers: list[tuple[str, Any]] = []
        for text, answer, key in self._choices():
            b = QPushButton(text)
            b.setCheckable(True)
            # A click answers and leaves the keyboard on the page (arrows, 1/2/3, N).
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolTip(self.tr("Key {key}").format(key=key))
            b.clicked.connect(lambda _=False, a=answer, b=b: self._clicked(b, a))
            self.buttons.append(b)
            self._answers.append((text, answer))
            top.addWidget(b)
        self.found: QSpinBox | None = None
        if item.kind is Kind.QUOTA:
            found = self.found = QSpinBox()
            found.setRange(0, 999)
            found.setPrefix(self.tr("found "))
            found.setSuffix(f" / {item.required}")
            found.setToolTip(self.tr("+ / − to change"))
            found.editingFinished.connect(lambda: page.answer(item, found.value()))
            top.insertWidget(1, found)
        layout.addLayout(top)
        # What shows under the buttons, each part made once and updated: the deduct
        # count, the problems (rebuilt only when they change), the warning, the note.
        self.count_label = QLabel()
        self.problems = QWidget()
        self.problems_layout = QVBoxLayout(self.problems)
        self.problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems.hide()
        self.warn = QLabel(self.tr("⚠ Failed: record the problem (N) with a photo (P)"))
        self.warn.setStyleSheet("color: #c62828")
        self.warn.hide()
        self.note = QLabel()
        self.note.hide()
        for part in (self.count_label, self.problems, self.warn, self.note):
            layout.addWidget(part)
        # Only once in the row: a parentless widget shown would be a window of its own.
        self.count_label.setVisible(item.kind is Kind.DEDUCT)
        self._problems_key: object = None
        self.has_problems = False  # as last shown
        self.setAcceptDrops(True)

    def show_state(self, value: Any, note: str, problems: list[Row], photos: dict[str, int],
                   needs_problem: bool) -> None:
        """Show the stored answer, problems and note; only what differs is redone."""
        first = self._problems_key is None
        if value != self.value or first:
            self._show_answer(value, first)
        key = (tuple(tuple(sorted(p.items())) for p in problems),
               tuple(photos.get(p["id"], 0) for p in problems))
        self.has_problems = bool(problems)
        if key != self._problems_key:
            self._problems_key = key
            self._show_problems(problems, photos)
        if self.warn.isVisibleTo(self) != needs_problem:  # failed, a photo required, and
            self.warn.setVisible(needs_problem)          # no problem to carry it yet
        note_text = self.tr("Note: {note}").format(note=note) if note else ""
        if self.note.text() != note_text:
            self.note.setText(note_text)
            self.note.setVisible(bool(note))

    def _show_answer(self, value: Any, first: bool) -> None:
        for button, (text, answer) in zip(self.buttons, self._answers, strict=True):
            was, now = self.value == answer, value == answer
            if was == now and not first:
                continue
            button.setChecked(now)
            button.setText("✓ " + text if now else text)  # a tick too, not colour alone
            if now or not first:
                button.setStyleSheet(chosen_style(answer, self.item) if now else "")
        if self.found is not None and not self.found.hasFocus():
            self.found.setValue(value if isinstance(value, int) else 0)
        self.value = value

    def _show_problems(self, problems: list[Row], photos: dict[str, int]) -> None:
        item = self.item
        if item.kind is Kind.DEDUCT:
            text = self.tr("Problems: {n} (N adds one)").format(
                n=sum(p["count"] for p in problems))
            if item.per_problem:  # what one more costs, from the form (r = 1 − n × per)
                text += " · " + self.tr("each costs {pct}% of this standard").format(
                    pct=percent1(item.per_problem))
            self.count_label.setText(text)
        layout = self.problems_layout
        while layout.count():
            taken = layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:  # out of the row now (findChildren), deleted when idle
                old.hide()
                old.setParent(None)
                old.deleteLater()
        for p in problems:
            editor = ProblemEditor(self.page, p, photos.get(p["id"], 0),
                                   state.lacks_photo(item, p["id"], photos), item.unit_hint)
            layout.addWidget(editor)
            editor.show()  # now, not from the event loop: the focus may go into it at once
        self.problems.setVisible(bool(problems))

    def _choices(self) -> list[tuple[str, str, str]]:
        """The answer buttons: (label, answer, its key)."""
        na = (self.tr("N/A"), NA, "3" if self.item.kind is Kind.CHECK else "0")
        if self.item.kind is Kind.CHECK:
            return [(self.tr("Pass"), PASS, "1"), (self.tr("Fail"), FAIL, "2"), na]
        if self.item.kind is Kind.GRADE:
            return [(lv.name, lv.name, str(i)) for i, lv in enumerate(self.item.levels, 1)] + [na]
        if self.item.kind is Kind.DEDUCT:
            return [(self.tr("Checked"), CHECKED, "1"), na]
        return [na]

    def _clicked(self, button: QPushButton, answer: Any) -> None:
        # Qt has toggled the button already; it shows what is stored until the page has
        # recorded the answer (which may be declined, e.g. 符合 on an item with problems).
        button.setChecked(self.value == answer)
        self.page.answer(self.item, answer)

    def set_selected(self, on: bool) -> None:
        self.setStyleSheet(SELECTED if on else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.page.select(self.position)
        self.page.setFocus()  # ↑/↓ and the answer keys work after a click on the card
        super().mousePressEvent(event)

    def dropped(self, paths: list[Path]) -> None:
        """Photos dropped on a standard go where P would put them: its last problem."""
        self.page.select(self.position)
        self.page.photos.import_paths(paths, self.page.selected_problem())
