"""First start on a data directory: asked once — the city, this person's name, whether
this computer is an inspector's laptop or a supervisor's, and whether to load the demo."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from ..store import Role, Store


def asked_key(store: Store) -> str:
    return f"first_start/{store.data_dir}"


def wanted(store: Store) -> bool:
    """Not asked yet here, and nothing set up: no name, no city and no round."""
    if store.data_dir is None or QSettings().value(asked_key(store)):
        return False
    if store.setting("inspector") or store.setting("city"):
        return False
    return not store.rows("rounds")


class FirstStartDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Welcome to inspector"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("e.g. 示范市"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 张三"))
        self.inspector = QRadioButton(self.tr("Inspector: I score sites in the field"))
        self.supervisor = QRadioButton(self.tr(
            "Supervisor: I create rounds, assign sites and merge the results"))
        self.inspector.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.inspector)
        group.addButton(self.supervisor)
        roles = QHBoxLayout()
        roles.addWidget(self.inspector)
        roles.addWidget(self.supervisor)
        self.demo = QCheckBox(self.tr("Load the demo city to try the app (示范市, three "
                                      "inspectors' work)"))
        intro = QLabel(self.tr("These go on every scorecard and package; Settings changes "
                               "them later."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("This computer"), roles)
        form.addRow(self.demo)
        form.addRow(self.buttons)
        self.finished.connect(self._asked)

    def save(self) -> None:
        role = Role.SUPERVISOR if self.supervisor.isChecked() else Role.INSPECTOR
        with self.store.transaction():
            self.store.set_setting("city", self.city.text().strip())
            self.store.set_setting("inspector", self.name.text().strip())
            self.store.set_setting("role", role.value)
        self.accept()

    def _asked(self, _result: int) -> None:
        """Once, whatever the answer: Cancel leaves it to Settings."""
        settings = QSettings()
        settings.setValue(asked_key(self.store), True)
        settings.sync()
