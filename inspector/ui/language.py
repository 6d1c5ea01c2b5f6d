"""The app's language for Qt itself: the translators (ours and Qt's) and the locale Qt's
own widgets — the file dialogs above all — write names, dates and sizes in.

Where Qt's file dialog went wrong in Chinese (issue 13), with `qtbase_zh_CN.qm` loaded:

- Qt's Chinese catalogue lags behind Qt 6.12. The dialog now asks for "&Look in:" and
  "Files of &type:" (with their shortcut letters); the catalogue only has the older "Look
  in:" and "Files of type:", so both labels stayed English. The type of a folder ("Folder")
  comes from QAbstractFileIconProvider, a context it does not have at all. And it words
  QFileSystemModel's "Size" as 体积 (a volume), where Chinese file managers say 大小.
  (qt_zh_CN.qm adds nothing: it is a stub that only names qtbase_zh_CN and
  qtmultimedia_zh_CN.)
- Qt's file-system model writes dates and sizes in QLocale::system(), never in QLocale()
  — QLocale.setDefault does not reach it. On Linux and the BSDs Qt reads the system locale
  from LC_ALL / LC_TIME / LC_MESSAGES / LANG, once, at the first call that needs it (a
  signal sent is one: importing inspector.ui sends some); in a C or POSIX session it
  writes "2 12 2026 16:35" and "2 bytes". So the app's start-up, before it imports any
  of the UI, sets that environment in Chinese (inspector.app.system_locale_for); this
  module comes too late for it.

The widget-based dialog is Qt's own; the app's QFileDialog.get…() calls use it wherever
the platform has no native dialog (Linux without a desktop's platform theme, as here),
and the native one elsewhere (Windows, macOS, a Linux desktop whose platform theme Qt
loads), which speaks the system's language. Both are left as they are: a native dialog is
the one its users know, and the tests open Qt's own with DontUseNativeDialog.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths
from ..store import Language

CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
# Corrections to Qt's own Chinese catalogue (the list above), in resources/i18n/ as a .ts
# compiled with pyside6-lrelease. A catalogue of its own rather than entries in
# inspector_zh_CN.ts: that file is rewritten from our sources by `pyside6-lupdate
# -no-obsolete` (tools/fill_translations.py), which drops every entry in a context our
# code does not have, such as QFileDialog. Installed after qtbase_zh_CN, it is asked first
# (Qt asks the translator installed last first) and overrides only what it holds.
QT_FIXES = "qtbase_fixes"
# What install_translators put in, for the next call to replace. Not found among the app's
# children: PySide6 would wrap each of those (its style with all its enums), 10 ms of start-up.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    # Found through paths, not inspector.forms, which brings PyYAML: not for start-up.
    resources = paths.shipped_dir("resources")
    if resources is None:  # a broken installation: as before, the forms module says so
        from ..forms import shipped_forms_dir

        return shipped_forms_dir().parent / "resources" / "i18n"
    return resources / "i18n"


def install_translators(app: QCoreApplication, language: str) -> None:
    """The translators and the default locale of `language`, replacing those installed
    before: in English none (Qt speaks English) and the system's locale; in Chinese Qt's
    own catalogue, our corrections to it and the app's texts, and the Chinese locale."""
    for old in _installed:
        if shiboken6.isValid(old):  # not deleted with an app before this one
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
    _installed.clear()
    if language == Language.EN:
        QLocale.setDefault(QLocale.system())
        return
    QLocale.setDefault(CHINESE)
    ours = str(translations_dir())
    for name, folder in (
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (QT_FIXES, ours), ("inspector", ours)):
        translator = QTranslator(app)
        _installed.append(translator)
        if translator.load(CHINESE, name, "_", folder):
            QCoreApplication.installTranslator(translator)
