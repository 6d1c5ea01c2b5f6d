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
        raise UserError(f"{ENV_VAR}={override}: no such font file")
    for path, index in CANDIDATES:
        if Path(path).is_file():
            return Path(path), index
    found = _fc_match()
    if found is not None:
        return found, 0
    raise UserError("no Chinese TrueType font found; install fonts-wqy-microhei "
                    f"(./bootstrap.sh does) or set {ENV_VAR} to a .ttf/.ttc file")


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
