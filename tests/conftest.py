"""Shared fixtures: a fresh data directory per test, and the CLI run in-process."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Qt aborts the process (exit 134) without a display: set this before any QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI speaks the language of `config language` (Chinese by default); the suite reads
# its English, and the tests of the Chinese set the language themselves.
os.environ.setdefault("INSPECTOR_LANGUAGE", "en")

from inspector.cli import main as cli_main
from inspector.store import Store

REPO = Path(__file__).resolve().parent.parent
# Where GUI tests save screenshots for a reviewer: the run names the folder with
# INSPECTOR_SCREENSHOTS=DIR, else test-artifacts/ui in the checkout.
SCREENSHOTS = Path(os.environ.get("INSPECTOR_SCREENSHOTS") or REPO / "test-artifacts" / "ui")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Store:
    s = Store.open(data_dir)
    yield s
    s.close()


def make_townships(data_dir: Path, towns: tuple[str, ...] = ("青山镇",),
                   city: str = "") -> Path:
    """A round over township sites (青山县), every one sampled and assigned to 张三, who
    uses this laptop."""
    sites = data_dir.parent / "townships.csv"
    sites.write_text("点位名称,点位类型,县市区,纬度,经度\n" + "".join(
        f"{name},乡镇,青山县,30.{6 + i},114.{2 + i}\n" for i, name in enumerate(towns)),
        encoding="utf-8")
    steps = [["sites", "import", str(sites)],
             ["round", "new", "第1轮", "--form", "civilized-city-field"],
             ["sample", "--seed", "1", "--inspectors", "张三"],
             ["config", "set", "inspector", "张三"]]
    if city:
        steps.append(["config", "set", "city", city])
    for args in steps:
        assert cli_main(["--data-dir", str(data_dir), *args]) == 0
    return data_dir


@pytest.fixture
def township(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """One township site, 青山镇, sampled and assigned to 张三, who uses this laptop."""
    d = make_townships(tmp_path / "data", city="示范市")
    capsys.readouterr()
    return d


def shown_window(qtbot: Any, store: Store) -> Any:
    """The app's main window on `store`, in Chinese, shown at its start-up size."""
    from inspector.ui.main_window import MainWindow, make_app

    make_app([], "zh")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def close_after_jobs() -> Iterator[Callable[[Store], Store]]:
    """Stores a GUI test's window uses, closed only once every background job has
    finished and what it reported has reached the pages (as `inspector` does on quit)."""
    stores: list[Store] = []

    def register(store: Store) -> Store:
        stores.append(store)
        return store

    yield register
    if "PySide6" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QThreadPool

        QThreadPool.globalInstance().waitForDone(60000)
        app = QCoreApplication.instance()
        if app is not None:
            app.processEvents()  # the jobs' outcomes
            app.processEvents()  # the jobs released after them
    for store in stores:
        store.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run `inspector --data-dir D ARGS...` in this process and capture what it prints."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = cli_main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's final collection of Qt objects, which can crash (exit 139)
    after every test has passed; the run's own exit status is kept."""

    sys.stdout.flush()
    sys.stderr.flush()
    status = getattr(config, "_inspector_status", None)
    if status is not None:
        os._exit(int(status))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config._inspector_status = exitstatus  # type: ignore[attr-defined]
