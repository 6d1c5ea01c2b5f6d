"""Start-up: process start → the main window shown with the demo city loaded, beside a
bare PySide6 QMainWindow started the same way (separate processes, median of RUNS each).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 5]
Target (issue 6): the app ≤ 2× the bare window. bench/ui.py prints this figure too.
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

APP = """
import sys, time
t0 = float(sys.argv[1])
from inspector.store import Store
from inspector.ui.main_window import MainWindow, make_app
from pathlib import Path
store = Store.open(Path(sys.argv[2]))
app = make_app([], "zh")
w = MainWindow(store); w.show(); app.processEvents()
print(time.time() - t0, flush=True)
w.deleteLater(); app.processEvents(); del w
"""
BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
print(time.time() - t0)
"""


def startup(data_dir: Path, runs: int = 3, bytecode: bool = True) -> tuple[float, float]:
    """Median seconds to a shown window: (app, bare). With `bytecode`, modules load from
    their cached .pyc as in an installed app (a first, discarded run writes them); without,
    every start compiles the sources (PYTHONDONTWRITEBYTECODE=1, as in some sandboxes)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"

    def run(code: str) -> float:
        times = []
        for i in range(runs + 1):
            started = time.time()
            if not bytecode:
                env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp()  # no .pyc to be found
            out = subprocess.run([sys.executable, "-c", code, str(started), str(data_dir)],
                                 capture_output=True, text=True, check=True, env=env).stdout
            if i:  # the first run writes the bytecode cache
                times.append(float(out.strip().splitlines()[-1]))
        return statistics.median(times)

    return run(APP), run(BARE)


def demo_dir(root: Path) -> Path:
    from inspector.cli import main as cli

    d = root / "demo"
    cli(["--data-dir", str(d), "demo"])
    cli(["--data-dir", str(d), "config", "set", "inspector", "张三"])
    return d


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = demo_dir(Path(tmp))
        app_s, bare_s = startup(data, args.runs)
        cold_app, cold_bare = startup(data, args.runs, bytecode=False)
    print(f"start-up to a shown window: app with demo city {app_s:.2f} s, bare QMainWindow "
          f"{bare_s:.2f} s, ratio {app_s / bare_s:.2f}× (target ≤ 2×)")
    print(f"  compiling every module at each start (no .pyc): app {cold_app:.2f} s, bare "
          f"{cold_bare:.2f} s, ratio {cold_app / cold_bare:.2f}×")


if __name__ == "__main__":
    main()
