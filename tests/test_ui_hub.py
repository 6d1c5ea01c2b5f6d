"""The Sync page with a city hub (issue 16): an inspector's laptop pushes with 推送, the
supervisor pulls with 拉取 and trusts the new device through the real dialog, the page
says what happened; a hub that cannot be reached is one plain line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import JOB_TIMEOUT_MS, SCREENSHOTS, OpenStore, WindowFor
from hubkit import join, running, stop
from pgcluster import Cluster
from pytestqt.qtbot import QtBot
from synckit import Demo, build_demo, copy_dir, ok, supervisor

from inspector.hub import db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("ui-hub-demo"))


def sync_page(window_for: WindowFor, open_store: OpenStore, laptop: Path):  # type: ignore[no-untyped-def]
    from inspector.ui.sync import SyncPage

    window = window_for(open_store(laptop))
    window.go_to([window.tabs.tabText(i) for i in range(window.tabs.count())].index("同步"))
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    return page


def test_push_and_pull_on_the_sync_page(postgres: Cluster, demo: Demo, tmp_path: Path,
                                        window_for: WindowFor, open_store: OpenStore,
                                        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from inspector.ui.trust_dialog import TrustDialog

    laptop = copy_dir(demo.dirs["张三"], tmp_path / "zhang")
    with running(postgres, tmp_path) as hub:
        join(hub, laptop, "inspector")
        page = sync_page(window_for, open_store, laptop)
        assert page.hub.widget.isVisibleTo(page) and hub.url in page.hub.label.text()
        monkeypatch.setenv("INSPECTOR_HUB_CHUNK", str(512 << 10))  # 13 chunks
        page.hub.push_button.click()
        assert page.job is not None
        shown: list[tuple[str, int, int]] = []
        page.job.signals.progress.connect(lambda *report: shown.append(report))
        qtbot.waitUntil(lambda: not page.busy(), timeout=JOB_TIMEOUT_MS)
        log = page.log.toPlainText()
        assert "推送：已发送" in log and "条为新数据" in log, log
        # the progress dialog was told the KB the hub held, chunk by chunk, up to all
        sending = [(done, total) for stage, done, total in shown
                   if stage == "正在发送到市级平台（KB）"]
        assert len({done for done, _ in sending}) >= 10, shown
        assert sending[-1][0] == sending[-1][1] > 6000 and sending[0][0] == 0
        with db.connect(hub.db) as conn:
            assert db.counts(conn)["packages"] == 1  # on the hub, applied
        sup = supervisor(tmp_path / "sup")
        join(hub, sup, "supervisor")
        page = sync_page(window_for, open_store, sup)
        trusted: list[str] = []

        def answer(dialog: TrustDialog) -> int:
            trusted.append(dialog.inspector_label.text())
            dialog.inspector_button.click()  # the real button: trust as inspector
            return int(dialog.result())

        monkeypatch.setattr(TrustDialog, "exec", answer)
        page.hub.pull_button.click()
        qtbot.waitUntil(lambda: ("applied" in [o for _f, o in page.outcomes]) and
                        not page.busy(), timeout=JOB_TIMEOUT_MS)
        assert trusted and "张三" in trusted[0]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert page.window().grab().save(str(SCREENSHOTS / "sync-hub.png"))
        assert ok(sup, "score", "--json").out == ok(
            _imported_by_file(demo, tmp_path), "score", "--json").out
        # The hub gone: one plain line in the log, no traceback.
        stop(hub)
        page.hub.push_button.click()
        qtbot.waitUntil(lambda: not page.busy(), timeout=JOB_TIMEOUT_MS)
        last = page.log.toPlainText().splitlines()[-1]
        assert last.startswith("✖") and "Traceback" not in page.log.toPlainText(), last


def _imported_by_file(demo: Demo, tmp_path: Path) -> Path:
    usb = supervisor(tmp_path / "usb")
    ok(usb, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    return usb
