"""新建测评轮次: a round's name and form with its sample count per site type, the draw
previewed for a seed anyone can redo, and the drawn sites dealt to the inspectors.

The wizard decides; nothing is recorded until Finish, when `rounds.new_round` records the
round, its draw and its assignments in one step, off the UI thread (`actions.py`)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...actions import rounds
from ...domain import Form
from ...errors import UserError
from ...forms import shipped_forms
from ...store import Store, sampled
from ..texts import shown
from .assign_table import AssignTable, InspectorList

NAMES_SPLIT = re.compile(r"[,，、;；\s]+")


@dataclass(frozen=True)
class Plan:
    """What Finish records."""

    name: str
    form_ref: str
    seed: str
    counts: dict[str, int]
    inspectors: list[str]
    assigned: dict[str, str]


def default_round_name(store: Store, today: date) -> str:
    n = 1 + sampled.rounds_created_in(store, today.year)
    return f"{today.year}年第{n}轮模拟测评"


class RoundPage(QWizardPage):
    """The round: its name, its form and how many sites of each type it samples."""

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("New round"))
        self.setSubTitle(self.tr("Name the round, choose its checklist and how many sites of "
                                 "each type to draw from the site registry."))
        self.name = QLineEdit(default_round_name(wizard.store, date.today()))
        self.form = QComboBox()
        for loaded in shipped_forms():
            f = loaded.form
            self.form.addItem(f"{f.title} · v{f.version}", f.id)
        browse = QPushButton(self.tr("From a file…"))
        browse.clicked.connect(self.choose_file)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form, 1)
        form_row.addWidget(browse)
        self.counts = QTableWidget(0, 3)
        self.counts.setHorizontalHeaderLabels([self.tr("Site type"), self.tr("In the registry"),
                                               self.tr("To draw")])
        self.counts.verticalHeader().hide()
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Round name"), self.name)
        layout.addRow(self.tr("Checklist"), form_row)
        layout.addRow(self.counts)
        layout.addRow(self.error)
        self.form.currentIndexChanged.connect(lambda _i: self.show_counts())
        self.show_counts()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a checklist"), "",
                                              self.tr("Checklists (*.yaml *.yml)"))
        if path:
            self.form.addItem(Path(path).name, path)
            self.form.setCurrentIndex(self.form.count() - 1)

    def show_counts(self) -> None:
        self.error.clear()
        try:
            loaded, _ = rounds.resolve_form(self.wiz.store, str(self.form.currentData()))
        except UserError as exc:
            self.error.setText(shown(exc))
            self.wiz.form = None
            self.counts.setRowCount(0)
            return
        self.wiz.form = form = loaded.form
        have = sampled.category_counts(self.wiz.store)
        self.counts.setRowCount(len(form.categories))
        for r, cat in enumerate(form.categories):
            self.counts.setItem(r, 0, QTableWidgetItem(cat.name))
            self.counts.setItem(r, 1, QTableWidgetItem(str(have.get(cat.id, 0))))
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.setValue(cat.sample_count)
            spin.setObjectName(cat.id)
            self.counts.setCellWidget(r, 2, spin)
        self.counts.resizeColumnsToContents()
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def chosen_counts(self) -> dict[str, int]:
        out = {}
        for r in range(self.counts.rowCount()):
            spin = self.counts.cellWidget(r, 2)
            assert isinstance(spin, QSpinBox)
            out[spin.objectName()] = spin.value()
        return out

    def validatePage(self) -> bool:
        name = self.name.text().strip()
        if not name:
            self.error.setText(shown(UserError(rounds.ROUND_NEEDS_NAME())))
            return False
        if self.wiz.store.rows("rounds", "name = ?", [name]):
            self.error.setText(shown(UserError(rounds.ROUND_EXISTS(name=name))))
            return False
        if self.wiz.form is None:
            return False
        if not sampled.category_counts(self.wiz.store):
            self.error.setText(shown(UserError(rounds.EMPTY_REGISTRY())))
            return False
        self.wiz.counts = self.chosen_counts()
        return True


class SamplePage(QWizardPage):
    """抽样: the seed, and what it draws per site type, before anything is recorded."""

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Draw the sample"))
        self.setSubTitle(self.tr("The same seed always draws the same sites: keep it, and "
                                 "anyone can check the draw."))
        self.seed = QLineEdit(str(100000 + secrets.randbelow(900000)))
        # Drawn again once typing pauses, not on every key: a city's draw and its table
        # take ~0.1 s.
        self.redraw = QTimer(self)
        self.redraw.setSingleShot(True)
        self.redraw.setInterval(250)
        self.redraw.timeout.connect(self.show_draw)
        self.seed.textChanged.connect(lambda _t: self.redraw.start())
        again = QPushButton(self.tr("Another seed"))
        again.clicked.connect(
            lambda: self.seed.setText(str(100000 + secrets.randbelow(900000))))
        row = QHBoxLayout()
        row.addWidget(self.seed, 1)
        row.addWidget(again)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Site type"), self.tr("Drawn"),
                                              self.tr("Sites")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.total = QLabel()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Seed"), row)
        layout.addRow(self.table)
        layout.addRow(self.total)

    def initializePage(self) -> None:
        self.show_draw()

    def show_draw(self) -> None:
        form = self.wiz.form
        if form is None:
            return
        result = rounds.draw(self.wiz.store, form, self.seed.text().strip(), self.wiz.counts)
        self.wiz.drawn = result.drawn
        names = {i: f[0] for i, f in self.wiz.facts().items()}
        have = sampled.category_counts(self.wiz.store)
        wanted_ = [c for c in form.categories if self.wiz.counts.get(c.id, 0)]
        # Types the registry has none of: one line under the table, not a row each.
        shown_ = [c for c in wanted_ if have.get(c.id)]
        missing = [c.name for c in wanted_ if not have.get(c.id)]
        self.table.setRowCount(len(shown_))
        for r, cat in enumerate(shown_):
            ids = result.drawn.get(cat.id, [])
            wanted = self.wiz.counts[cat.id]
            got = f"{len(ids)}/{wanted}" + (
                "" if len(ids) >= wanted else " ⚠ " + self.tr("the registry has only {n}")
                .format(n=len(ids)))
            self.table.setItem(r, 0, QTableWidgetItem(cat.name))
            self.table.setItem(r, 1, QTableWidgetItem(got))
            listed = QTableWidgetItem("、".join(sorted(names[i] for i in ids)))
            listed.setToolTip("\n".join(sorted(names[i] for i in ids)))
            self.table.setItem(r, 2, listed)
        for column in (0, 1):  # not the names: measuring them all costs more than drawing
            self.table.resizeColumnToContents(column)
        total = self.tr("{n} sites drawn with seed {seed}").format(
            n=sum(len(v) for v in result.drawn.values()), seed=self.seed.text().strip())
        if missing:
            total += "\n" + self.tr("The registry has no sites of %n type(s): {types}", "",
                                     len(missing)).format(types="、".join(missing))
        self.total.setWordWrap(True)
        self.total.setText(total)

    def validatePage(self) -> bool:
        if self.redraw.isActive():  # Next pressed while the seed was being typed
            self.redraw.stop()
            self.show_draw()
        self.wiz.seed = self.seed.text().strip()
        return bool(self.wiz.seed) and any(self.wiz.drawn.values())


class NamesField(QLineEdit):
    """The inspectors' names: Enter deals the sites to them, and does not also press the
    wizard's Finish (a dialog takes an Enter its line edit lets through)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class AssignPage(QWizardPage):
    """分配: the inspectors, the deal, and moves by keys or drag."""

    def __init__(self, wizard: NewRoundWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Assign the sites"))
        self.setSubTitle(self.tr("Name the inspectors, deal the sites, then move any site: "
                                 "Ctrl+→ / Ctrl+← or drag it onto an inspector."))
        self.names = NamesField()
        self.names.setPlaceholderText(self.tr("e.g. 张三、李四、王五"))
        self.how = QComboBox()
        self.how.addItem(self.tr("In turn"), "in-turn")
        self.how.addItem(self.tr("Whole districts to each"), "by-district")
        deal = QPushButton(self.tr("Deal"))
        deal.clicked.connect(self.deal)
        self.names.returnPressed.connect(self.deal)
        self.how.currentIndexChanged.connect(lambda _i: self.deal())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Inspectors")))
        top.addWidget(self.names, 1)
        top.addWidget(self.how)
        top.addWidget(deal)
        self.table = AssignTable()
        self.people = InspectorList(self.table)
        self.people.setMaximumWidth(200)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.people)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)

    def inspectors(self) -> list[str]:
        return list(dict.fromkeys(n for n in NAMES_SPLIT.split(self.names.text()) if n))

    def deal(self) -> None:
        self.error.clear()
        people = self.inspectors()
        try:
            assigned = rounds.deal(self.wiz.store, self.wiz.drawn, people,
                                   str(self.how.currentData()))
        except UserError as exc:
            self.error.setText(shown(exc))
            return
        form = self.wiz.form
        assert form is not None
        types = {c.id: c.name for c in form.categories}
        facts = self.wiz.facts()
        rows = [(sid, facts[sid][0], types.get(facts[sid][1], facts[sid][1]), facts[sid][2])
                for ids in self.wiz.drawn.values() for sid in ids]
        self.table.show_sites(rows, assigned, people)
        self.people.count_sites()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        if self.inspectors():
            self.deal()

    def isComplete(self) -> bool:
        return self.table.rowCount() > 0 and all(self.table.assigned().values())

    def validatePage(self) -> bool:
        self.wiz.plan = Plan(self.wiz.page_round.name.text().strip(),
                             str(self.wiz.page_round.form.currentData()), self.wiz.seed,
                             dict(self.wiz.counts), self.inspectors(), self.table.assigned())
        return True


class NewRoundWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("New round"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.form: Form | None = None
        self.counts: dict[str, int] = {}
        self.drawn: dict[str, list[str]] = {}
        self.seed = ""
        self.plan: Plan | None = None
        self._facts: dict[str, tuple[str, str, str]] | None = None
        self.page_round = RoundPage(self)
        self.page_sample = SamplePage(self)
        self.page_assign = AssignPage(self)
        for page in (self.page_round, self.page_sample, self.page_assign):
            self.addPage(page)
        self.resize(900, 600)

    def facts(self) -> dict[str, tuple[str, str, str]]:
        """The registry's sites, read once for the wizard: (name, site type, district)."""
        if self._facts is None:
            self._facts = sampled.site_facts(self.store)
        return self._facts
