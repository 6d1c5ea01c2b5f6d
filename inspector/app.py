"""Starting the desktop app: check for a display before Qt can abort the process, and
set the locale Qt's own dialogs write in before Qt reads it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import MutableMapping, Sequence
from pathlib import Path

from . import paths
from .errors import UserError
from .store.settings import Language, language_of, peek

# The categories of the locale Qt's file dialog takes dates (LC_TIME) and the words of
# its sizes, 字节 (LC_MESSAGES), from on Linux and the BSDs: inspector/ui/language.py.
QT_SYSTEM_LOCALE = ("LC_TIME", "LC_MESSAGES")


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


def system_locale_for(data_dir: Path, environ: MutableMapping[str, str] = os.environ,
                      platform: str = sys.platform) -> None:
    """In Chinese (the data directory's `language`, Chinese when it has none yet), the
    system locale in Chinese for Qt's file dialog: 2026/12/2 16:35 and 2 字节, not the
    2 12 2026 and 2 bytes of a C or POSIX session. Before any Qt call: Qt reads it once.

    Only where Qt reads it from the environment (not on Windows or macOS, which keep it
    in their own settings), only the categories not Chinese already, and never under
    LC_ALL, which sets every category of every program on purpose. English keeps the
    session's locale.
    """
    if language_of(peek(data_dir / paths.DB_NAME, "language")) is Language.EN:
        return
    if platform.startswith(("win", "darwin")) or environ.get("LC_ALL"):
        return
    for name in QT_SYSTEM_LOCALE:
        if not (environ.get(name) or environ.get("LANG") or "").startswith("zh"):
            environ[name] = "zh_CN.UTF-8"


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
    system_locale_for(data_dir)
    from .ui.main_window import run

    return run(data_dir)
