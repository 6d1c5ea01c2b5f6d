"""The Sync page and the trust dialog with what a package says of itself (issue 13): the
claimed role is proposed (never pressed), a supervisor's package trusted as an
inspector's asks to change the trust, a package that would flood the round with conflicts
asks before it applies, held packages show their file names, conflicts their site and
standard. The questions are answered by the test (QMessageBox.question patched)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import JOB_TIMEOUT_MS, OpenStore, PageFor
from synckit import (
    Demo,
    build_demo,
    claims_world,
    copy_dir,
    fingerprint,
    ok,
    run,
    supervisor,
)

from inspector.store import Store

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytest.importorskip("PySide6")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("ui-claims"))


@pytest.fixture(scope="module")
def world(demo: Demo) -> dict[str, Any]:
    return claims_world(demo)


def note(store: Store, response_id: str) -> str:
    row = store.get("responses", response_id)
    assert row is not None
    return str(row["note"])


def answer_questions(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_trust_dialog_proposes_the_claimed_role_without_pressing_it(
        page_for: PageFor, tmp_path: Path, open_store: OpenStore) -> None:
    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    page = page_for(SyncPage, open_store(tmp_path / "d"))  # the app and its language
    says = TrustDialog("1315ccbc", "", "SHA256:x", ["督导-1120.pkg"], page,
                       claimed_role="supervisor")
    assert not says.claim.isHidden() and says.claim.text() == says.tr(
        "The packages say they come from a supervisor's device: trust it as a "
        "supervisor's only if you know this laptop is your supervisor's — an inspector's "
        "device may not send corrections, reviews or rounds.")
    assert says.supervisor_button.font().bold() and not says.inspector_button.font().bold()
    assert says.later_button.isDefault()  # Enter still trusts nothing
    silent = TrustDialog("1315ccbc", "张三", "SHA256:x", ["张三-1.pkg"], page)
    assert silent.claim.isHidden() and silent.inspector_button.font().bold()


def test_a_supervisors_package_trusted_as_an_inspectors_asks_to_change_the_trust(
        page_for: PageFor, qtbot: QtBot, demo: Demo, world: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore) -> None:
    from inspector.ui.sync import SyncPage

    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    fp = fingerprint(world["sup"])
    assert run(laptop, "sync", "import", str(world["correction"])).code == 3
    ok(laptop, "devices", "trust", fp, "--role", "inspector")  # the mistake
    store = open_store(laptop)
    page = page_for(SyncPage, store)
    response = world["response"]["id"]

    asked = answer_questions(monkeypatch, yes=False)
    page.import_packages([world["correction"]])
    qtbot.waitUntil(lambda: len(page.outcomes) == 1 and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)
    assert page.outcomes == [("supervisor.pkg", "refused")]
    [question] = asked
    assert "supervisor.pkg" in question and fp in question
    log = page.log.toPlainText()
    assert "Traceback" not in log and "--role" not in log  # the app's words, not the CLI's
    assert note(store, response) != "督导更正"

    asked = answer_questions(monkeypatch, yes=True)
    page.import_packages([world["correction"]])
    qtbot.waitUntil(lambda: ("supervisor.pkg", "applied") in page.outcomes
                    and not page.busy(), timeout=JOB_TIMEOUT_MS)
    assert len(asked) == 1
    [role] = store.db.execute("SELECT role FROM devices WHERE fingerprint = ?", [fp]).fetchone()
    assert role == "supervisor" and note(store, response) == "督导更正"


def test_another_demo_city_asks_before_it_applies(
        page_for: PageFor, qtbot: QtBot, demo: Demo, world: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore) -> None:
    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    store = open_store(laptop)
    page = page_for(SyncPage, store)
    proposed: list[str] = []

    def trust_as_proposed(dialog: TrustDialog) -> int:
        proposed.append(dialog.proposed)
        (dialog.supervisor_button if dialog.proposed == "supervisor"
         else dialog.inspector_button).click()
        return int(dialog.result())

    monkeypatch.setattr(TrustDialog, "exec", trust_as_proposed)
    versions = store.db.execute("SELECT count(*) FROM versions").fetchone()[0]
    asked = answer_questions(monkeypatch, yes=False)
    page.import_packages([world["other_demo"]])
    qtbot.waitUntil(lambda: ("demo-city.pkg", "refused") in page.outcomes
                    and not page.busy(), timeout=JOB_TIMEOUT_MS)
    assert proposed == ["supervisor"]
    [question] = asked
    assert "demo-city.pkg" in question
    assert store.db.execute("SELECT count(*) FROM versions").fetchone()[0] == versions

    # Yes: applied, its conflicts waiting on the Review page, named by site and standard.
    asked = answer_questions(monkeypatch, yes=True)
    page.import_packages([world["other_demo"]])
    qtbot.waitUntil(lambda: ("demo-city.pkg", "applied") in page.outcomes
                    and not page.busy(), timeout=JOB_TIMEOUT_MS)
    assert len(asked) == 1
    from inspector.ui.review.conflicts import ConflictsPanel

    panel = ConflictsPanel(store, lambda _changes: None)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.model.rowCount() > 20
    names = [str(panel.model.text(r, 0)) for r in range(panel.model.rowCount())]
    answer = panel.tr("Answer")
    assert any(n.count(" · ") == 2 and n.endswith(f" · {answer}") for n in names)
    assert not any(len(n.split(" · ")[0]) == 8 and n.split(" · ")[0].isalnum()
                   and n.split(" · ")[0].isascii() for n in names)  # no record hashes


def test_held_packages_show_their_file_names(
        page_for: PageFor, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore) -> None:
    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    sup = supervisor(tmp_path / "sup")
    store = open_store(sup)
    page = page_for(SyncPage, store)
    monkeypatch.setattr(TrustDialog, "exec",
                        lambda dialog: (dialog.later_button.click(), int(dialog.result()))[1])
    page.import_packages([demo.packages["李四"]])
    qtbot.waitUntil(lambda: len(page.outcomes) == 2 and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)
    rows = [[str(page.devices_model.text(r, c)) for c in range(5)]
            for r in range(page.devices_model.rowCount())]
    [held] = [r for r in rows if r[4] == fingerprint(demo.dirs["李四"])]
    assert held[0] == page.tr("? (says {role})").format(role=page.role_text("inspector"))
    assert "李四-1.pkg" in held[1] and held[3] == "李四"
