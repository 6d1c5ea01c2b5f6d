"""A package signed by a key this computer does not trust: trust the key, refuse it, or
decide later.

Trust means something only when the supervisor compares the fingerprint shown here with
the one the inspector told them (by phone or in person), as with SSH host keys. A key
claiming a device that is trusted with another key, or claimed by another key too, is
said so in red: it may be an impostor's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..sync import trust


class TrustDialog(QDialog):
    """Shows device id, inspector and fingerprint. Once closed, `role` is "inspector" or
    "supervisor" (trusted), or None: `refused` (the key and its packages are dropped) or
    later (they stay held)."""

    def __init__(self, device_id: str, inspector: str, fingerprint: str,
                 packages: list[str], parent: QWidget | None = None, *, held: str = "",
                 trusted_fingerprint: str = "", claimed_role: str = "") -> None:
        super().__init__(parent)
        self.device_id = device_id
        self.fingerprint = fingerprint
        # The role the packages say their device has: proposed, never chosen for the person.
        self.proposed = claimed_role if claimed_role in ("inspector", "supervisor") \
            else "inspector"
        self.role: str | None = None
        self.refused = False
        self.setWindowTitle(self.tr("Unknown device"))
        intro = QLabel(self.tr(
            "These packages come from a device this computer has not seen before. Compare "
            "its fingerprint with the one the inspector told you (by phone or in person) "
            "before you trust it; until then nothing from it is applied."))
        intro.setWordWrap(True)
        warning = QLabel()
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b3261e; font-weight: bold")
        if held == trust.NEW_KEY:
            self.setWindowTitle(self.tr("A new key for a trusted device"))
            warning.setText(self.tr(
                "This device is trusted with another key ({trusted}). If nobody reinstalled "
                "that laptop, these packages are not from it: refuse them. Trusting this key "
                "replaces the old one.").format(trusted=trusted_fingerprint))
        elif held == trust.SEVERAL:
            warning.setText(self.tr(
                "Another key also claims this device. Only one of them is the laptop's: "
                "trust the one whose fingerprint the inspector reads to you, refuse the "
                "other."))
        if held in (trust.NEW_KEY, trust.SEVERAL):
            intro.setText(self.tr(
                "These packages are signed by a key this computer does not trust. Compare "
                "its fingerprint with the one the inspector told you (by phone or in person) "
                "before you trust it; until then nothing from it is applied."))
        warning.setVisible(bool(warning.text()))
        self.claim = QLabel(self.tr(
            "The packages say they come from a supervisor's device: trust it as a "
            "supervisor's only if you know this laptop is your supervisor's — an inspector's "
            "device may not send corrections, reviews or rounds.")
            if claimed_role == "supervisor" else self.tr(
            "The packages say they come from an inspector's device.")
            if claimed_role == "inspector" else "")
        self.claim.setWordWrap(True)
        self.claim.setVisible(bool(claimed_role))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint_label = QLabel(fingerprint)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_label = QLabel(device_id)
        self.device_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inspector_label = QLabel(inspector or self.tr("(no name given)"))
        files = QLabel("\n".join(packages))
        files.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Inspector:"), self.inspector_label)
        form.addRow(self.tr("Device:"), self.device_label)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Sync packages:"), files)

        self.inspector_button = QPushButton(self.tr("Trust as inspector"))
        self.inspector_button.setToolTip(self.tr(
            "Apply its packages; it may send its own inspections only"))
        self.supervisor_button = QPushButton(self.tr("Trust as supervisor"))
        self.supervisor_button.setToolTip(self.tr(
            "Apply its packages; it may also review and relay other devices' work"))
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.setToolTip(self.tr(
            "Apply nothing and drop this key with its held packages"))
        self.later_button = QPushButton(self.tr("Decide later"))
        self.later_button.setToolTip(self.tr(
            "Apply nothing now; the packages stay held until you decide (Esc)"))
        self.later_button.setDefault(True)  # Enter must not trust by accident
        proposed = self.supervisor_button if self.proposed == "supervisor" \
            else self.inspector_button
        bold = proposed.font()
        bold.setBold(True)  # the proposal is shown, not pressed: the person decides
        proposed.setFont(bold)
        self.inspector_button.clicked.connect(lambda: self._choose("inspector"))
        self.supervisor_button.clicked.connect(lambda: self._choose("supervisor"))
        self.refuse_button.clicked.connect(self._refuse)
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        first, second = (self.supervisor_button, self.inspector_button) \
            if self.proposed == "supervisor" else (self.inspector_button, self.supervisor_button)
        buttons.addWidget(first)
        buttons.addWidget(second)
        buttons.addStretch()
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.later_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addWidget(self.claim)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def _choose(self, role: str) -> None:
        self.role = role
        self.accept()

    def _refuse(self) -> None:
        self.refused = True
        self.reject()

    def reject(self) -> None:
        self.role = None
        super().reject()
