"""Qt's own dialogs in the app's language (issue 13): Qt's widget-based file dialog — the
one the app's QFileDialog.get…() calls show where the platform has no native one, as on
Linux without a desktop theme — with its labels, column titles and the type of a folder in
Chinese, 大小 for Size (not Qt's 体积), and from the app's start-up its dates in Chinese
order; and all of it English in English."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import SCREENSHOTS

from inspector.app import system_locale_for
from inspector.cli import main as cli_main
from inspector.store import Language

pytest.importorskip("PySide6")

MODIFIED = datetime(2026, 12, 2, 16, 35)  # local time, as the dialog shows it


def a_folder(tmp_path: Path) -> Path:
    """A folder to browse: a folder and a site list (2 bytes, modified at MODIFIED)."""
    folder = tmp_path / "点位库"
    (folder / "青山县").mkdir(parents=True)
    sites = folder / "点位.csv"
    sites.write_text("a\n", encoding="utf-8")
    os.utime(sites, (MODIFIED.timestamp(), MODIFIED.timestamp()))
    return folder


def open_file_dialog(folder: Path, wait: Callable[[Callable[[], bool]], object]) -> Any:
    """Qt's own file dialog on `folder`, shown without blocking, once it lists both rows."""
    from PySide6.QtWidgets import QFileDialog, QTreeView

    dialog = QFileDialog(None, "导入点位库", str(folder), "点位库 (*.csv *.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    wait(lambda: view.model().rowCount(view.rootIndex()) == 2)
    return dialog


def what_it_says(dialog: Any) -> dict[str, Any]:
    """The labels, the column titles and the rows (by name) of a file dialog."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QTreeView

    view = dialog.findChild(QTreeView, "treeView")
    model, root = view.model(), view.rootIndex()
    return {
        "labels": [label.text() for label in dialog.findChildren(QLabel)],
        "columns": [model.headerData(c, Qt.Orientation.Horizontal)
                    for c in range(model.columnCount(root))],
        "rows": {model.index(r, 0, root).data():
                 [model.index(r, c, root).data() for c in range(1, model.columnCount(root))]
                 for r in range(model.rowCount(root))},
    }


@pytest.fixture
def translators(app: Any) -> Iterator[Callable[[str], None]]:
    """The app's own `install_translators` (what make_app installs at start-up) for a
    language; conftest's Chinese translators and default locale are given back after."""
    from PySide6.QtCore import QLocale

    from inspector.ui.language import install_translators

    default = QLocale()
    yield lambda language: install_translators(app, language)
    install_translators(app, Language.ZH)
    QLocale.setDefault(default)


def test_qt_file_dialog_speaks_chinese_and_english(translators: Callable[[str], None],
                                                   qtbot: Any, tmp_path: Path) -> None:
    folder = a_folder(tmp_path)

    def said_in(language: Language) -> dict[str, Any]:
        translators(language)
        dialog = open_file_dialog(folder, qtbot.waitUntil)
        qtbot.addWidget(dialog)
        said = what_it_says(dialog)
        dialog.close()
        return said

    said = said_in(Language.ZH)
    # Qt's catalogue has "Look in:" and "Files of type:", but Qt 6.12 asks for "&Look in:"
    # and "Files of &type:": resources/i18n/qtbase_fixes_zh_CN.ts gives both.
    assert set(said["labels"]) == {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："}
    assert said["columns"] == ["名称", "大小", "类型", "修改日期"]  # Qt's own says 体积
    assert said["rows"]["青山县"][:2] == ["", "文件夹"]  # QAbstractFileIconProvider's
    assert "点位.csv" in said["rows"]
    # In English nothing of ours or Qt's Chinese is left.
    said = said_in(Language.EN)
    assert set(said["labels"]) == {"&Look in:", "File &name:", "Files of &type:"}
    assert said["columns"] == ["Name", "Size", "Type", "Date Modified"]
    assert said["rows"]["青山县"][:2] == ["", "Folder"]


# The app's start-up in a fresh process with a C locale, as on the computer of issue 13:
# system_locale_for as run_app calls it, before the UI is imported, then make_app.
START_UP = """
import json, sys, time
from pathlib import Path

from inspector.app import system_locale_for

data_dir, folder, screenshot = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
system_locale_for(data_dir)

from inspector.store import Store
from inspector.ui.main_window import make_app
from test_ui_qt_dialogs import open_file_dialog, what_it_says

store = Store.open(data_dir)
app = make_app([], store.language)


def wait(ready):
    deadline = time.monotonic() + 30
    while not ready():
        assert time.monotonic() < deadline, "the dialog lists nothing"
        app.processEvents()
        time.sleep(0.01)


dialog = open_file_dialog(folder, wait)
if screenshot:
    dialog.resize(760, 420)
    app.processEvents()
    assert dialog.grab().save(screenshot)
print(json.dumps(what_it_says(dialog)))
dialog.close()
store.close()
"""


def start_up(data_dir: Path, folder: Path, screenshot: str = "") -> dict[str, Any]:
    import json

    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_TIME", "LC_MESSAGES", "LANGUAGE")}
    tests = str(Path(__file__).resolve().parent)
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(p for p in (tests, env.get("PYTHONPATH")) if p))
    run = subprocess.run([sys.executable, "-c", START_UP, str(data_dir), str(folder),
                          screenshot], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    said: dict[str, Any] = json.loads(run.stdout.splitlines()[-1])
    return said


def test_from_start_up_qt_file_dialog_writes_dates_and_sizes_in_chinese(
        tmp_path: Path) -> None:
    folder = a_folder(tmp_path)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    said = start_up(tmp_path / "data", folder, str(SCREENSHOTS / "filedialog_zh.png"))
    assert "查找范围(&L)：" in said["labels"]
    # Qt's file-system model writes in the system locale, which QLocale.setDefault does
    # not reach: in the C locale it wrote "2 12 2026 16:35" and "2 bytes".
    assert said["rows"]["点位.csv"] == ["2 字节", "CSV 文档", "2026/12/2 16:35"]


def test_in_english_the_sessions_locale_is_kept(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    assert cli_main(["--data-dir", str(data_dir), "config", "set", "language", "en"]) == 0
    capsys.readouterr()
    said = start_up(data_dir, a_folder(tmp_path))
    assert "&Look in:" in said["labels"]
    assert said["rows"]["点位.csv"] == ["2 bytes", "CSV document", "2 12 2026 16:35"]


@pytest.mark.parametrize(("platform", "environ", "language", "set_to"), [
    ("linux", {"LANG": "C.UTF-8"}, "zh", {"LC_TIME": "zh_CN.UTF-8",
                                         "LC_MESSAGES": "zh_CN.UTF-8"}),
    ("linux", {"LANG": "en_US.UTF-8", "LC_TIME": "zh_TW.UTF-8"}, "zh",
     {"LC_MESSAGES": "zh_CN.UTF-8"}),  # a Chinese category is kept as it is
    ("linux", {"LANG": "zh_CN.UTF-8"}, "zh", {}),
    ("linux", {"LANG": "C.UTF-8", "LC_ALL": "C"}, "zh", {}),  # LC_ALL is the user's say
    ("linux", {"LANG": "C.UTF-8"}, "en", {}),
    ("win32", {}, "zh", {}),
    ("darwin", {"LANG": "C"}, "zh", {}),
])
def test_which_locale_categories_start_up_sets(tmp_path: Path, platform: str,
                                               environ: dict[str, str], language: str,
                                               set_to: dict[str, str]) -> None:
    data_dir = tmp_path / "data"
    if language == "en":
        assert cli_main(["--data-dir", str(data_dir), "config", "set", "language", "en"]) == 0
    after = dict(environ)
    system_locale_for(data_dir, after, platform)
    assert after == {**environ, **set_to}
