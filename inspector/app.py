"""Starting the desktop app: check for a display before Qt can abort the process."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import paths
from .errors import UserError


def display_problem() -> str | None:
    """Why Qt could not open a window here, or None. Qt itself would abort with SIGABRT."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return ("no display: inspector's app needs a desktop session (DISPLAY or "
                "WAYLAND_DISPLAY); run it there, under 'xvfb-run -a inspector', or use a "
                "subcommand (inspector --help)")
    return None


def run_app(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="inspector")
    parser.add_argument("--data-dir")
    args = parser.parse_args(list(argv))
    problem = display_problem()
    if problem:
        print(f"inspector: {problem}", file=sys.stderr)
        return 2
    try:
        data_dir = paths.resolve_data_dir(args.data_dir)
        paths.prepare_data_dir(data_dir)
    except UserError as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return 1
    from .ui.main_window import run

    return run(data_dir)
