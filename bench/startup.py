"""Start-up: process start → the main window shown with the demo city loaded, beside a
bare PySide6 QMainWindow started the same way, in one run (separate processes).

The app is started through its real entry point (`python -m inspector --data-dir D`, what
the `inspector` console script runs) with INSPECTOR_STARTUP_PROBE=1: once its window is
first shown it prints the time and quits (inspector/ui/main_window.py). The bare window
does the same in a few lines. Runs alternate app, bare, app, bare … so that drift of the
machine (load, frequency, caches) falls on both alike; the medians are compared.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs 7] [--cold]
Target (issue 13): the app ≤ 2× the bare window. bench/ui.py prints this figure too.
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

PROBE = "INSPECTOR_STARTUP_PROBE"
ROOT = Path(__file__).resolve().parent.parent  # the checkout timed, not an installed copy
BARE = f"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show()
def shown():
    print("{PROBE}", f"{{time.time():.6f}}", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _shown_after(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching `command` to the probe line it prints."""
    started = time.time()
    # From the checkout: `python -m` puts the working directory first on sys.path.
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120,
                         cwd=ROOT)
    lines = [line for line in out.stdout.splitlines() if line.startswith(PROBE)]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{command[:3]} failed ({out.returncode}):\n{out.stdout}{out.stderr}")
    return float(lines[-1].split()[1]) - started


def startup(data_dir: Path, runs: int = 5, bytecode: bool = True) -> tuple[float, float]:
    """Median seconds to a shown window: (app, bare), runs alternating A B A B. With
    `bytecode`, modules load from their cached .pyc as in an installed app (a first,
    discarded pair writes them); without, every start compiles the sources
    (PYTHONDONTWRITEBYTECODE=1 and an empty cache, as in some sandboxes)."""
    env = dict(os.environ, **{PROBE: "1"})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    app_cmd = [sys.executable, "-m", "inspector", "--data-dir", str(data_dir)]
    bare_cmd = [sys.executable, "-c", BARE]
    app_times: list[float] = []
    bare_times: list[float] = []
    for i in range(runs + 1):
        if not bytecode:
            env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp()  # no .pyc to be found
        a = _shown_after(app_cmd, env)
        b = _shown_after(bare_cmd, env)
        if i:  # the first pair writes the bytecode cache
            app_times.append(a)
            bare_times.append(b)
    return statistics.median(app_times), statistics.median(bare_times)


def demo_dir(root: Path) -> Path:
    from inspector.cli import main as cli

    d = root / "demo"
    cli(["--data-dir", str(d), "demo"])
    cli(["--data-dir", str(d), "config", "set", "inspector", "张三"])
    return d


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true",
                        help="also time starts that compile every module (no .pyc)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = demo_dir(Path(tmp))
        app_s, bare_s = startup(data, args.runs)
        print(f"start-up to a shown window (median of {args.runs}, alternating): app with "
              f"demo city {app_s:.3f} s, bare QMainWindow {bare_s:.3f} s, ratio "
              f"{app_s / bare_s:.2f}× (target ≤ 2×)")
        print(f"  baseline: bare PySide6 QMainWindow {bare_s:.3f} s on this machine")
        if args.cold:
            cold_app, cold_bare = startup(data, args.runs, bytecode=False)
            print(f"  compiling every module at each start (no .pyc): app {cold_app:.3f} s, "
                  f"bare {cold_bare:.3f} s, ratio {cold_app / cold_bare:.2f}×")


if __name__ == "__main__":
    main()
