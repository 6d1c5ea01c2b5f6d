"""What the Sync page asks after an import, about packages the core refused until the
person decides: one that would make many conflicts (apply it anyway?), and a supervisor's
package from a device trusted as an inspector's (trust it as a supervisor's?). The core
decides what needs asking (sync.preflight); nothing here trusts or applies by itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from .batch import Refusal, Trusted, reason

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@dataclass
class FollowUp:
    """The answers: devices to trust as supervisors (fingerprint, "张三 · 1315ccbc"), then
    the packages to import again — those in `confirmed` even with their conflicts."""
    retrust: list[tuple[str, str]] = field(default_factory=list)
    again: list[Path] = field(default_factory=list)
    confirmed: list[Path] = field(default_factory=list)

    def then(self, later: FollowUp) -> FollowUp:
        """These packages to import again, and `later`'s devices to trust and packages."""
        return FollowUp(later.retrust, [*self.again, *later.again],
                        [*self.confirmed, *later.confirmed])


def refused_once_trusted(trusted: list[Trusted], originals: dict[str, Path]) -> list[Refusal]:
    """The held packages refused once their device was trusted, each by the file the
    person imported (`originals`, by name): the held copy is gone by then."""
    return [Refusal.of(originals.get(r.path.name, r.path), r.refusal)
            for t in trusted for r in t.results if r.refusal is not None]


class ImportQuestions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent

    def ask(self, refusals: list[Refusal]) -> FollowUp:
        out = FollowUp()
        for r in refusals:
            if r.conflicts is not None and QMessageBox.question(
                    self.widget, self.tr("Many conflicts"),
                    self.tr("{file}: {reason}\n\nApply it anyway? Every conflict then waits "
                            "for a decision on the Review page.").format(
                        file=r.path.name, reason=reason(r.path, r.reason)),
                    YES | NO, NO) == YES:
                out.again.append(r.path)
                out.confirmed.append(r.path)
        asked: dict[str, bool] = {}  # one question per device, however many packages
        for r in refusals:
            wrong = r.retrust
            if wrong is None:
                continue
            if wrong.fingerprint not in asked:
                whom = f"{wrong.inspector or '?'} · {wrong.device_id[:8]}"
                asked[wrong.fingerprint] = QMessageBox.question(
                    self.widget, self.tr("A supervisor's package"),
                    self.tr("{file} says it comes from a supervisor's device, but this "
                            "computer trusts {who} ({fingerprint}) as an inspector's, so the "
                            "supervisor's corrections, reviews and rounds in it were refused."
                            "\n\nTrust this device as a supervisor's and import the package "
                            "again? Do so only if you know it is your supervisor's laptop.")
                    .format(file=r.path.name, who=whom, fingerprint=wrong.fingerprint),
                    YES | NO, NO) == YES
                if asked[wrong.fingerprint]:
                    out.retrust.append((wrong.fingerprint, whom))
            if asked[wrong.fingerprint]:
                out.again.append(r.path)
        return out
