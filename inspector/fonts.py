"""Finding a CJK TrueType font that Pillow and ReportLab can both use.

Noto CJK (CFF outlines) renders in Pillow but ReportLab cannot embed it, so TrueType
(glyf) fonts come first. See resources/fonts/README.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache
from pathlib import Path

from .errors import UserError
from .messages import QT_TRANSLATE_NOOP

NO_CHINESE_FONT = QT_TRANSLATE_NOOP(
    "fonts.no_chinese_font",
    "no Chinese TrueType font found; install fonts-wqy-microhei (./bootstrap.sh does) or set "
    "{variable} to a .ttf/.ttc file")
NO_SUCH_FONT_FILE = QT_TRANSLATE_NOOP(
    "fonts.no_such_font_file",
    "{variable}={override}: no such font file")

ENV_VAR = "INSPECTOR_FONT"
# (path, subfont index) in order of preference.
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)


@cache
def cjk_font_path() -> tuple[Path, int]:
    """The CJK TrueType font to draw Chinese with, or a UserError saying how to get one."""
    override = os.environ.get(ENV_VAR)
    if override:
        if Path(override).is_file():
            return Path(override), 0
        raise UserError(NO_SUCH_FONT_FILE(variable=ENV_VAR, override=override))
    for path, index in CANDIDATES:
        if Path(path).is_file():
            return Path(path), index
    found = _fc_match()
    if found is not None:
        return found, 0
    raise UserError(NO_CHINESE_FONT(variable=ENV_VAR))


def _fc_match() -> Path | None:
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh-cn:fontformat=TrueType"],
                             capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out.strip())
    return path if out.strip() and path.suffix.lower() in {".ttf", ".ttc"} else None
