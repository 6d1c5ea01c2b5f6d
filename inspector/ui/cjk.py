"""The Chinese font every widget uses: the configured family, else one found here."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

CJK_FAMILIES = ("Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei",
                "SimSun", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC")


def chinese_families() -> list[str]:
    """Installed font families that can write simplified Chinese."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def cjk_font(configured: str = "") -> QFont | None:
    """The configured family when it is installed and writes Chinese, else the first known
    Chinese family found on this computer (YaHei on Windows, WenQuanYi on Linux …)."""
    families = set(chinese_families())
    for name in (configured, *CJK_FAMILIES):
        if name and name in families:
            return QFont(name, 10)
    return None
