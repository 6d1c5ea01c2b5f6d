"""The core's messages in the user's language.

The core (CLI and library) speaks English and stays free of Qt; the app shows the core's
errors to people who read Chinese. The messages a user meets in the app — finishing a site,
refused photos, refused sync packages — are matched here and translated through Qt
Linguist like every other string (context "CoreText"). A message with a "FILE: " prefix
keeps its prefix; one not listed here is shown as the core wrote it."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (the core's message as a pattern, its text with the pattern's groups as {fields})
MESSAGES: tuple[tuple[str, object], ...] = (
    # inspector/editing.py — an inspector's edits
    (r"this site has not been started",
     QT_TRANSLATE_NOOP("CoreText", "This site has not been started")),
    (r"items (?P<items>.+) have no answer yet \(answer them or mark them 不适用\)",
     QT_TRANSLATE_NOOP("CoreText", "Standards {items} have no answer yet (answer them or "
                       "mark them N/A)")),
    (r"items (?P<items>.+) failed: record the problem \(N\) with a photo first",
     QT_TRANSLATE_NOOP("CoreText", "Standards {items} failed: record the problem (N) with a "
                       "photo first")),
    (r"(?P<n>\d+) problems on items that require a photo have none yet \(P to add photos\)",
     QT_TRANSLATE_NOOP("CoreText", "{n} problems on standards that require a photo have none "
                       "yet (P to add photos)")),
    (r"say why the site could not be inspected",
     QT_TRANSLATE_NOOP("CoreText", "Say why the site could not be inspected")),
    (r"a problem counts at least 1",
     QT_TRANSLATE_NOOP("CoreText", "A problem counts at least 1")),
    # inspector/photos — refused photo files
    (r"empty file \(0 bytes\)", QT_TRANSLATE_NOOP("CoreText", "empty file (0 bytes)")),
    (r"not an image \(or an image format inspector does not read\)",
     QT_TRANSLATE_NOOP("CoreText", "not an image (or an image format inspector does not "
                       "read)")),
    (r"HEIC not supported on this computer, convert it to JPEG first",
     QT_TRANSLATE_NOOP("CoreText", "HEIC is not supported on this computer: convert it to "
                       "JPEG first")),
    (r"truncated or damaged image data \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "truncated or damaged image data ({detail})")),
    (r"damaged image file \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("CoreText", "damaged image file ({detail})")),
    (r"changed while being imported, try again",
     QT_TRANSLATE_NOOP("CoreText", "changed while being imported, try again")),
    (r"another photo import is running in this data directory",
     QT_TRANSLATE_NOOP("CoreText", "another photo import is running in this data "
                       "directory")),
    # inspector/sync — refused packages
    (r"the signature does not match — the file was changed or damaged after it was made",
     QT_TRANSLATE_NOOP("CoreText", "the signature does not match — the file was changed or "
                       "damaged after it was made")),
    (r"the end of the file is missing — it was cut off while copying; copy it again",
     QT_TRANSLATE_NOOP("CoreText", "the end of the file is missing — it was cut off while "
                       "copying; copy it again")),
    (r"the package has no signature — the file is incomplete \(cut off while copying\) or "
     r"was not made by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the package has no signature — the file is incomplete "
                       "(cut off while copying) or was not made by inspector")),
    (r"the package cannot be read \((?P<detail>.*)\) — the file is damaged or was not made "
     r"by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the package cannot be read ({detail}) — the file is "
                       "damaged or was not made by inspector")),
    (r"the file is too short to be a sync package \((?P<size>\d+) bytes\) — it was cut off "
     r"while copying, or is not a package",
     QT_TRANSLATE_NOOP("CoreText", "the file is too short to be a sync package ({size} bytes) "
                       "— it was cut off while copying, or is not a package")),
    (r"the package was made by a newer version of inspector \((?:signature )?format "
     r"(?P<fmt>[^)]*)\) — update inspector to read it",
     QT_TRANSLATE_NOOP("CoreText", "the package was made by a newer version of inspector "
                       "(format {fmt}) — update inspector to read it")),
    (r"the package has no manifest \(manifest.json\) — the file is damaged or was not made "
     r"by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the package has no manifest (manifest.json) — the file "
                       "is damaged or was not made by inspector")),
    (r"the manifest is not valid JSON — the file is damaged or was not made by inspector",
     QT_TRANSLATE_NOOP("CoreText", "the manifest is not valid JSON — the file is damaged or "
                       "was not made by inspector")),
    (r"entry (?P<name>.+) is a symbolic link — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} is a symbolic link — refused")),
    (r"entry (?P<name>.+) appears more than once in the package — refused",
     QT_TRANSLATE_NOOP("CoreText", "entry {name} appears more than once in the package — "
                       "refused")),
    (r"the file changed while it was being checked — try again",
     QT_TRANSLATE_NOOP("CoreText", "the file changed while it was being checked — try "
                       "again")),
    (r"this is not an inspector sync package",
     QT_TRANSLATE_NOOP("CoreText", "this is not an inspector sync package")),
    (r"this package was made on this computer",
     QT_TRANSLATE_NOOP("CoreText", "this package was made on this computer")),
    (r"(?P<n>\d+) records are stamped more than 24 hours ahead of this computer's clock — "
     r"check the sending laptop's clock \(date, time and time zone\), then export again",
     QT_TRANSLATE_NOOP("CoreText", "{n} records are stamped more than 24 hours ahead of this "
                       "computer's clock — check the sending laptop's clock (date, time and "
                       "time zone), then export again")),
)
_COMPILED = tuple((re.compile(f"(?:^|: )(?:{pattern})$"), text) for pattern, text in MESSAGES)


def translated(message: str) -> str:
    """`message` in the app's language when it is one of MESSAGES, else unchanged."""
    for pattern, text in _COMPILED:
        found = pattern.search(message)
        if found is not None:
            start = found.start() + (2 if message[found.start():].startswith(": ") else 0)
            return message[:start] + QCoreApplication.translate("CoreText", str(text)).format(
                **found.groupdict())
    return message
