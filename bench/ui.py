"""The app's speed where a user feels it, each figure beside a baseline from the same run.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui.py [--responses N] [--sites N]

1. Start-up: process start → main window shown with the demo city, vs a bare PySide6
   QMainWindow in the same way (separate processes; median of 3).
2. Recording a response: key press → committed row (synchronous=FULL) and repainted item,
   median and p99 over N presses on the form's largest site (11 standards), quiet and with
   one core kept busy, beside the same answers given to the store alone.
3. A site list of 5,000 sites: building the tree model and showing it in a tree view with
   every group open, then filtering it by name (median of 5).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import demo_dir, startup  # bench/startup.py, beside this file


def busy() -> subprocess.Popen[bytes]:
    """Load: one process spinning on one of the two cores, as a sync or a photo import does."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def responses(data_dir: Path, n: int) -> dict[str, list[float]]:
    """Key press → committed row and repainted item on the form's largest site type (11
    standards), quiet and under load; and the same answers given to the store alone."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from inspector.actions import inspections as act
    from inspector.store import Store
    from inspector.ui.main_window import MainWindow, make_app

    store = Store.open(data_dir)
    app = make_app([], "zh")
    window = MainWindow(store)
    window.resize(1366, 768)  # the inspectors' laptops
    window.show()
    page = window.inspect
    size = {c.id: len(c.items) for c in store.round_form(store.round()).categories}
    biggest = max(page.model.rows, key=lambda cat: size[cat.category_id])  # by site type
    page.open_site(biggest.sites[0].site_id)
    checks = [i for i, r in enumerate(page.rows) if r.item.kind.value == "check"]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2]
    times: dict[str, list[float]] = {"quiet": [], "load": [], "store": []}
    audited = store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    for label in ("warm-up", "quiet", "load"):
        spinner = busy() if label == "load" else None
        try:
            for i in range(n if label != "warm-up" else 50):
                position = checks[i % len(checks)]
                page.select(position)
                row = page.rows[position]
                # Always a change: pass ↔ fail.
                key = keys[1] if row.buttons[0].isChecked() else keys[0]
                t0 = time.perf_counter()
                QTest.keyClick(page, key)  # the row is committed when this returns
                app.processEvents()  # and the item repainted
                times.setdefault(label, []).append((time.perf_counter() - t0) * 1000)
        finally:
            if spinner is not None:
                spinner.kill()
    edits = store.db.execute("SELECT count(*) FROM audit").fetchone()[0] - audited
    assert edits >= 2 * n + 50, f"only {edits} of {2 * n + 50} key presses stored an edit"
    assert page.inspection_id is not None
    iid, items = page.inspection_id, [page.rows[p].item for p in checks]
    for i in range(n):  # the same answers, to the store alone: the floor under the UI
        item = items[i % len(items)]
        value = "fail" if act.answer_of(store, iid, item) == "pass" else "pass"
        t0 = time.perf_counter()
        act.answer(store, iid, item, value)
        times["store"].append((time.perf_counter() - t0) * 1000)
    window.close()
    QApplication.processEvents()
    store.close()
    return times


def site_list(n: int, runs: int = 5) -> tuple[float, float, float]:
    """Median ms over `runs` of (building the model; building it and showing it in a tree
    view with every group open; filtering it by name as the search box does)."""
    from PySide6.QtWidgets import QTreeView

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
        form = store.round_form(rnd)
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
        times = responses(d, args.responses)
    built, opened, filtered = site_list(args.sites)
    q = statistics.quantiles
    print(f"start-up to a shown window: app with demo city {app_s:.2f} s, bare QMainWindow "
          f"{bare_s:.2f} s, ratio {app_s / bare_s:.2f}× (target ≤ 2×)")
    for label, what in (("quiet", "quiet"), ("load", "one core busy")):
        t = times[label]
        print(f"recording a response, {what} ({len(t)} key presses on an 11-standard site): "
              f"median {statistics.median(t):.1f} ms, p99 {q(t, n=100)[98]:.1f} ms "
              f"(target median ≤ 10, p99 ≤ 30)")
    st = times["store"]
    print(f"  the same answers to the store alone: median {statistics.median(st):.1f} ms, "
          f"p99 {q(st, n=100)[98]:.1f} ms; the UI adds "
          f"{statistics.median(times['quiet']) - statistics.median(st):.1f} ms (median, quiet)")
    print(f"site list of {args.sites} sites (median of 5): open {opened:.0f} ms (the model "
          f"alone {built:.0f} ms), filter by name {filtered:.0f} ms (target ≤ 100 each)")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip the interpreter's final collection of Qt wrappers, which PySide6 6.12 can crash
    # after a run of many windows and key presses (the app's own exit tears down in order).
    os._exit(0)
