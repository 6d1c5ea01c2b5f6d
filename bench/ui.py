"""The app's speed where a user feels it, each figure beside a baseline from the same run.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui.py [--responses N] [--sites N]

1. Start-up: process start → main window shown with the demo city, vs a bare PySide6
   QMainWindow in the same way (separate processes; median of 3).
2. Recording a response: key press → committed row (synchronous=FULL), median and p99
   over N answers, vs a bare durable sqlite3 insert.
3. A site list of 5,000 sites: building the tree model and showing it in a tree view with
   every group open, then filtering it by name (median of 5).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import demo_dir, startup  # bench/startup.py, beside this file


def responses(data_dir: Path, n: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from inspector.store import Store
    from inspector.ui.main_window import MainWindow, make_app

    store = Store.open(data_dir)
    make_app([], "zh")
    window = MainWindow(store)
    window.show()
    page = window.inspect
    sites = [s for cat in page.model.rows for s in cat.sites]
    times: list[float] = []
    keys = [Qt.Key.Key_1, Qt.Key.Key_2]
    audited = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    i = -1
    while len(times) < n:  # n presses on pass/fail standards, skipping the other kinds
        i += 1
        if i % 10 == 0:
            page.open_site(sites[(i // 10) % len(sites)].site_id)
        row = page.rows[i % len(page.rows)]
        page.select(i % len(page.rows))
        if row.item.kind.value != "check":
            continue
        # Always a change (the demo city's answers are there already): pass ↔ fail.
        key = keys[1] if row.buttons[0].isChecked() else keys[0]
        t0 = time.perf_counter()
        QTest.keyClick(page, key)  # returns once the row is committed and repainted
        times.append((time.perf_counter() - t0) * 1000)
    edits = store.db.execute("SELECT count(*) FROM audit").fetchone()[0] - audited
    assert edits >= len(times), f"only {edits} of {len(times)} key presses stored an edit"
    store.close()
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "b.sqlite3", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE r (id TEXT PRIMARY KEY, v INTEGER)")
        for i in range(len(times)):
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT OR REPLACE INTO r VALUES (?, ?)", (str(i % 50), i % 2))
            conn.execute("COMMIT")
            bare.append((time.perf_counter() - t0) * 1000)
        conn.close()
    return times, bare


def site_list(n: int, runs: int = 5) -> tuple[float, float, float]:
    """Median ms over `runs` of (building the model; building it and showing it in a tree
    view with every group open; filtering it by name as the search box does)."""
    from PySide6.QtWidgets import QTreeView

    from inspector import operations
    from inspector.cli import main
    from inspector.store import Store
    from inspector.ui.main_window import make_app
    from inspector.ui.site_model import SiteTreeModel, load_rows

    make_app([], "zh")
    built: list[float] = []  # the model alone, without the view
    opened, filtered = [], []
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "data"
        rows = ["点位名称,点位类型,县市区"] + [f"测试路{i:05d},主次干道,区{i % 9}"
                                         for i in range(n)]
        (Path(tmp) / "s.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        for args in (["sites", "import", str(Path(tmp) / "s.csv")],
                     ["round", "new", "R", "--form", "civilized-city-field"],
                     ["sample", "--seed", "1", "--inspectors", "张三", "--per-type", str(n)]):
            main(["--data-dir", str(d), *args])
        store = Store.open(d)
        rnd = store.round()
        form = operations.current_form(store, rnd)
        for _ in range(runs):
            t0 = time.perf_counter()
            model = SiteTreeModel()
            model.set_rows(load_rows(store, rnd, form, "张三"))
            built.append((time.perf_counter() - t0) * 1000)
            view = QTreeView()  # what the page shows it in, every group open
            view.setModel(model)
            view.setUniformRowHeights(True)
            view.expandAll()
            opened.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            model.set_filter("测试路0421")  # as the search box does, then the groups reopen
            view.expandAll()
            filtered.append((time.perf_counter() - t0) * 1000)
            assert model.rowCount(model.index(0, 0)) == 10
        store.close()
    return statistics.median(built), statistics.median(opened), statistics.median(filtered)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=1000)
    parser.add_argument("--sites", type=int, default=5000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        d = demo_dir(Path(tmp))
        app_s, bare_s = startup(d)
        times, bare = responses(d, args.responses)
    built, opened, filtered = site_list(args.sites)
    q = statistics.quantiles
    print(f"start-up to a shown window: app with demo city {app_s:.2f} s, bare QMainWindow "
          f"{bare_s:.2f} s, ratio {app_s / bare_s:.2f}× (target ≤ 2×)")
    print(f"recording a response ({len(times)} key presses): median "
          f"{statistics.median(times):.1f} ms, p99 {q(times, n=100)[98]:.1f} ms (target ≤ 30); "
          f"bare durable insert median {statistics.median(bare):.1f} ms, "
          f"p99 {q(bare, n=100)[98]:.1f} ms")
    print(f"site list of {args.sites} sites (median of 5): open {opened:.0f} ms (the model "
          f"alone {built:.0f} ms), filter by name {filtered:.0f} ms (target ≤ 100 each)")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip the interpreter's final collection of Qt wrappers, which PySide6 6.12 can crash
    # after a run of many windows and key presses (the app's own exit tears down in order).
    os._exit(0)
