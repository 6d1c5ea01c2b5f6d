"""Shared fixtures: a fresh data directory per test, the CLI run in-process, and for the
GUI tests (marked `gui` here) the app, its main window and its pages, torn down in order."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pytest

# Qt aborts the process (exit 134) without a display: set this before any QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The CLI speaks the language of `config language` (Chinese by default); the suite reads
# its English, and the tests of the Chinese set the language themselves.
os.environ.setdefault("INSPECTOR_LANGUAGE", "en")

from inspector.cli import main as cli_main
from inspector.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from inspector.ui.bus import Bus
    from inspector.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent
# Where GUI tests save screenshots for a reviewer: the run names the folder with
# INSPECTOR_SCREENSHOTS=DIR, else test-artifacts/ui in the checkout.
SCREENSHOTS = Path(os.environ.get("INSPECTOR_SCREENSHOTS") or REPO / "test-artifacts" / "ui")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store.open(data_dir)
    yield s
    s.close()


def record(store: Store, table: str, record_id: str) -> dict[str, Any]:
    """The record `store.get` finds: the test fails here if there is none."""
    row = store.get(table, record_id)
    assert row is not None, f"no {table} record {record_id}"
    return row


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


# What the GUI fixtures give: `window_for(store, show=True)`, `page_for(cls, store, bus=None,
# show=True)`, `open_store(data_dir)`.
WindowFor = Callable[..., "MainWindow"]
OpenStore = Callable[[Path], Store]
P = TypeVar("P", bound="QWidget")


class PageFor(Protocol):
    def __call__(self, cls: Callable[[Store, Bus], P], store: Store, bus: Bus | None = None,
                 *, show: bool = True) -> P: ...


# How long a GUI test waits for the background jobs it started (an import, a report).
JOB_TIMEOUT_MS = 120_000
# Fixtures that make a QApplication: a test that uses one (itself or through another
# fixture) is a `gui` test, so `pytest -m "not gui"` runs the core without Qt's widgets.
GUI_FIXTURES = ("qapp", "qtbot", "qtmodeltester")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(name in GUI_FIXTURES for name in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def finish_jobs() -> None:
    """What `inspector` does on quit: every background job ends and what it reported
    reaches the pages, while they and their stores are still there."""
    from PySide6.QtCore import QThreadPool

    from inspector.ui.workers import finish_all

    finish_all(JOB_TIMEOUT_MS)
    assert QThreadPool.globalInstance().activeThreadCount() == 0, "a job is still running"


def thread_stacks() -> str:
    """Every thread's Python stack, and what Qt's pool and the jobs list hold: what a
    test that timed out waiting for a job needs to say why (read before teardown moves on)."""
    import threading
    import traceback

    names = {t.ident: t.name for t in threading.enumerate()}
    lines = []
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        from inspector.ui.workers import _running

        pool = QThreadPool.globalInstance()
        lines.append(f"Qt pool: {pool.activeThreadCount()} active of "
                     f"{pool.maxThreadCount()}; jobs waiting to report: {len(_running)}")
    for ident, frame in sys._current_frames().items():
        lines.append(f"--- thread {names.get(ident, '?')} ({ident})")
        lines.extend(line.rstrip() for line in traceback.format_stack(frame))
    return "\n".join(lines)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test that timed out waiting (pytest-qt's waitUntil) reports every thread's stack
    as it stood then, while the job it waited for is still where it got stuck."""
    report = yield
    if call.when == "call" and call.excinfo is not None \
            and call.excinfo.typename == "TimeoutError":
        report.sections.append(("thread stacks at the timeout", thread_stacks()))
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    """After a gui test, once pytest-qt has closed its widgets and the fixtures are torn
    down: no job of it still runs, what was closed is deleted now (not when some later
    test next runs an event loop, nor by Python's exit), and nothing was left open."""
    result = yield
    if item.get_closest_marker("gui") is not None:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        finish_jobs()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = [type(w).__name__ for w in QApplication.topLevelWidgets()]
        assert not left, f"{item.nodeid} left these windows behind: {left}"
    return result


@pytest.fixture
def app(qapp: Any) -> Iterator[Any]:
    """The QApplication as `inspector` sets it up: in Chinese (its own texts and Qt's) with
    the CJK font. When the test ends, every background job it started has finished."""
    from inspector.ui.main_window import make_app

    application = make_app([], "zh")
    yield application
    finish_jobs()


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
        finish_jobs()
    for store in stores:
        store.close()


@pytest.fixture
def open_store(close_after_jobs: Callable[[Store], Store]) -> OpenStore:
    """`Store.open` for a GUI test: the store is closed after the test's jobs."""
    return lambda data_dir: close_after_jobs(Store.open(data_dir))


@pytest.fixture
def window_for(app: Any, qtbot: QtBot) -> WindowFor:
    """The app's main window on a store, in the store's language, at 1366×768 (whatever
    geometry an earlier window saved), shown and exposed unless `show=False`. pytest-qt
    closes it when the test ends; the store's owner closes the store."""
    from inspector.ui.main_window import MainWindow, make_app

    def make(store: Store, *, show: bool = True) -> MainWindow:
        make_app([], store.setting("language"))
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        if show:
            window.show()
            qtbot.waitExposed(window)
            # Active, as the window a user types into is: keys and shortcuts reach it.
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(township: Path, window_for: WindowFor, open_store: OpenStore) -> MainWindow:
    """The main window on `township` (one township site, 张三's), shown."""
    return window_for(open_store(township))


@pytest.fixture
def page_for(app: Any, qtbot: QtBot) -> Iterator[PageFor]:
    """A page of the window on its own (Scorecard, Sync, Review, Reports): `cls(store, bus)`
    in the store's language, at 1366×768, shown and exposed unless `show=False`. The bus
    (a new one unless given) lives as long as the test."""
    from inspector.ui.bus import Bus
    from inspector.ui.main_window import make_app

    buses: list[Bus] = []

    def make(cls: Callable[[Store, Bus], P], store: Store, bus: Bus | None = None, *,
             show: bool = True) -> P:
        make_app([], store.setting("language"))
        buses.append(bus if bus is not None else Bus())
        page = cls(store, buses[-1])
        qtbot.addWidget(page)
        page.resize(1366, 768)
        if show:
            page.show()
            qtbot.waitExposed(page)
        return page

    yield make
    buses.clear()


class ModelTesters:
    """pytest-qt's `qtmodeltester`, one tester per model checked: each `check(model)`
    watches its model until the test ends (pytest-qt's own fixture watches only the model
    it was given last). Qt's QAbstractItemModelTester reports a fault as a Qt warning,
    which fails the test (qt_log_level_fail); where pytest-qt does not capture Qt's
    messages (`-s`), pytest-qt's Python tester is used, which raises instead."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.testers: list[Any] = []

    def check(self, model: Any, force_py: bool = False) -> None:
        from pytestqt.modeltest import ModelTester

        tester = ModelTester(self.config)
        captured = self.config.pluginmanager.get_plugin("_qt_logging") is not None
        tester.check(model, force_py=force_py or not captured)
        self.testers.append(tester)

    def cleanup(self) -> None:
        for tester in self.testers:
            with contextlib.suppress(RuntimeError):  # the model went with its page
                tester._cleanup()
            tester._qt_tester = None  # Qt's tester goes now, before its model
        self.testers.clear()


@pytest.fixture
def qtmodeltester(request: pytest.FixtureRequest) -> Iterator[ModelTesters]:
    testers = ModelTesters(request.config)
    yield testers
    testers.cleanup()


@dataclass
class Result:
    code: int
    out: str
    err: str


# The `cli` fixture: `cli("sites", "list")` runs the command and returns its Result.
Cli = Callable[..., Result]


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run `inspector --data-dir D ARGS...` in this process and capture what it prints."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        code = cli_main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """A real PostgreSQL cluster for the whole run (tests/pgcluster.py), torn down after.
    Missing PostgreSQL skips the hub's tests loudly — or fails them where
    INSPECTOR_REQUIRE_POSTGRES=1 (CI)."""
    import pgcluster

    try:
        cluster = pgcluster.start_cluster()
    except FileNotFoundError:
        if os.environ.get(pgcluster.REQUIRE_ENV) == "1":
            pytest.fail(pgcluster.INSTALL)
        pytest.skip(pgcluster.INSTALL)
    try:
        yield cluster
    finally:
        pgcluster.remove(cluster)


def pdf_fonts(pdf: Path) -> dict[str, Any]:
    """Every font the PDF's pages use, by its /BaseFont name (the font dictionaries)."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    fonts: dict[str, Any] = {}
    for page in PdfReader(pdf).pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        page_fonts = resources["/Font"]
        assert isinstance(page_fonts, DictionaryObject)
        for font in page_fonts.values():
            font = font.get_object()
            assert isinstance(font, DictionaryObject)
            fonts[str(font["/BaseFont"])] = font
    return fonts
