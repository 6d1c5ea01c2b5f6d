"""The first window: the current round's scorecard and its sites.

A placeholder for the full inspector/supervisor app (a later issue); it computes
nothing itself — every figure is the scoring engine's, through `operations`.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import operations
from ..domain import Scorecard, SiteStatus
from ..errors import UserError
from ..forms import shipped_forms_dir
from ..store import Store

CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei",
                "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC")
STATUS = {SiteStatus.INSPECTED: "✔", SiteStatus.NOT_INSPECTED: "○",
          SiteStatus.NOT_INSPECTABLE: "✖"}


def cjk_font() -> QFont | None:
    families = set(QFontDatabase.families())
    for name in CJK_FAMILIES:
        if name in families:
            return QFont(name, 10)
    return None


def _dec(value: Decimal | None, suffix: str = "") -> str:
    return "—" if value is None else f"{value}{suffix}"


def _cell(text: str, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.resize(1100, 700)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch()
        hint = QLabel(self.tr("No round yet. Load the demo city to see a scorecard, or import "
                              "a site list with 'inspector sites import'."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self.tr("Load the demo city"))
        self.demo_button.clicked.connect(self.load_demo)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.demo_button)
        row.addStretch()
        empty_layout.addWidget(hint)
        empty_layout.addLayout(row)
        empty_layout.addStretch()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        try:
            rnd, form, card = operations.scorecard(self.store)
        except UserError:
            self.setWindowTitle(self.tr("Inspector · Field inspection"))
            self.summary.hide()
            self.tree.hide()
            self.empty.show()
            return
        self.empty.hide()
        self.summary.show()
        self.tree.show()
        city = self.store.setting("city")
        self.setWindowTitle(self.tr("{city} {round} · Field inspection · form v{version}").format(
            city=city, round=rnd["name"], version=form.version).strip())
        self._fill(card)

    def _fill(self, card: Scorecard) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("Site type"), self.tr("Points"), self.tr("Sites sampled"),
            self.tr("Sites inspected"), self.tr("Score"), self.tr("Rate"), self.tr("Lost"),
        ])
        for cat in card.categories:
            row = [_cell(cat.name), _cell(str(cat.points), True),
                   _cell(str(cat.sites_sampled), True), _cell(str(cat.sites_inspected), True),
                   _cell(_dec(cat.score) if cat.inspected else self.tr("Not inspected"), True),
                   _cell(_dec(cat.rate, "%"), True), _cell(_dec(cat.lost), True)]
            for site in cat.sites:
                row[0].appendRow([
                    _cell(f"{STATUS[site.status]} {site.name} · {site.district or '未指定'}"),
                    _cell(""), _cell(""), _cell(""), _cell(""),
                    _cell(_dec(site.rate, "%"), True), _cell(""),
                ])
            self.model.appendRow(row)
        self.tree.setColumnWidth(0, 360)
        rate = _dec(card.rate, "%")
        text = self.tr("Score {total} of {inspected} points inspected · rate {rate} · "
                       "lost {lost}").format(total=card.total, inspected=card.points_inspected,
                                             rate=rate, lost=card.lost)
        if card.projected is not None:
            text += self.tr(" · projected to {points}: {projected}").format(
                points=f"{card.total_points.normalize():f}", projected=card.projected)
        self.summary.setText(text)

    def load_demo(self) -> None:
        from ..demo import load_demo

        try:
            load_demo(self.store)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.refresh()


def translations_dir() -> Path:
    return shipped_forms_dir().parent / "resources" / "i18n"


def make_app(argv: list[str], language: str) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    if language != "en":
        translator = QTranslator(app)
        if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China),
                           "inspector", "_", str(translations_dir())):
            QCoreApplication.installTranslator(translator)
    font = cjk_font()
    if font is not None:
        app.setFont(font)
    return app


def run(data_dir: Path) -> int:
    try:
        store = Store.open(data_dir)
    except UserError as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return 1
    app = make_app(sys.argv[:1], store.setting("language"))
    window = MainWindow(store)
    window.show()
    return int(app.exec())
