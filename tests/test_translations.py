"""The Chinese UI is complete: every string the UI passes through tr() has a finished
translation in the shipped .ts, and each shipped .qm is compiled from its .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "inspector_zh_CN.ts"
BIN = Path(sys.executable).parent


def tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed with PySide6 here")
    return path


def test_every_ui_string_has_a_finished_translation(tmp_path: Path) -> None:
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    sources = sorted(str(p) for p in (ROOT / "inspector").rglob("*.py"))  # UI and messages
    subprocess.run([str(tool("pyside6-lupdate")), *sources, "-ts", str(ts), "-no-obsolete"],
                   check=True, capture_output=True, cwd=ROOT)
    text = ts.read_text(encoding="utf-8")
    lines = text.splitlines()
    unfinished = [line.strip() for line, nxt in pairwise(lines)
                  if "<source>" in line and 'type="unfinished"' in nxt]
    assert unfinished == [], ("strings without a Chinese translation (add them to "
                              f"tools/zh_CN.json and run tools/fill_translations.py): "
                              f"{unfinished[:10]}")
    assert 'type="unfinished"' not in text


# Ours, and our corrections to Qt's own catalogue (inspector/ui/language.py), which no
# lupdate writes: edited by hand and compiled with pyside6-lrelease.
@pytest.mark.parametrize(("ts", "how"), [
    (TS, "run tools/fill_translations.py"),
    (TS.with_name("qtbase_fixes_zh_CN.ts"), "run pyside6-lrelease on its .ts"),
], ids=["inspector", "qtbase_fixes"])
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path, ts: Path, how: str) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run([str(tool("pyside6-lrelease")), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        f"resources/i18n/{ts.stem}.qm is stale: {how}"
