"""Settings: this person's name, the city, the language, this device's role and the font;
the data directory, device id and key fingerprint shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..store import Language, Role, Store
from .cjk import chinese_families, cjk_font


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.inspector = QLineEdit(store.setting("inspector"))
        self.city = QLineEdit(store.setting("city"))
        self.language = QComboBox()
        self.language.addItem("中文", Language.ZH.value)
        self.language.addItem("English", Language.EN.value)
        self.language.setCurrentIndex(0 if store.language is Language.ZH else 1)
        self.role = QComboBox()
        self.role.addItem(self.tr("Inspector's laptop"), Role.INSPECTOR.value)
        self.role.addItem(self.tr("Supervisor's computer"), Role.SUPERVISOR.value)
        self.role.setCurrentIndex(0 if store.role is Role.INSPECTOR else 1)
        form.addRow(self.tr("Inspector"), self.inspector)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("This device"), self.role)
        form.addRow(self.tr("Data directory"), QLabel(str(store.data_dir)))
        form.addRow(self.tr("Device id"), QLabel(store.device_id))
        from ..sync.keys import own_fingerprint  # cryptography loads with this dialog

        fingerprint = QLabel(own_fingerprint(store.data_dir, store.device_id) or "—")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Key fingerprint"), fingerprint)
        self.font_family = QComboBox()
        automatic = cjk_font()
        self.font_family.addItem(self.tr("Automatic (%1)").replace(
            "%1", automatic.family() if automatic is not None else "—"), "")
        for family in chinese_families():
            self.font_family.addItem(family, family)
        chosen = self.font_family.findData(store.setting("font"))
        self.font_family.setCurrentIndex(max(chosen, 0))
        form.addRow(self.tr("Font"), self.font_family)
        note = QLabel(self.tr("A new language shows fully after the app is restarted."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        with self.store.transaction():
            self.store.set_setting("inspector", self.inspector.text().strip())
            self.store.set_setting("city", self.city.text().strip())
            self.store.set_setting("language", str(self.language.currentData()))
            self.store.set_setting("role", str(self.role.currentData()))
            self.store.set_setting("font", str(self.font_family.currentData()))
        self.accept()
