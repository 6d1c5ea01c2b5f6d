"""What the app says to people, by key: one catalogue, in English here and Chinese in Qt
Linguist's file.

A message is defined once, next to the code that says it, with a key and its English:

    NO_SUCH_FILE = QT_TRANSLATE_NOOP("sync.no_such_file", "{file}: no such file ({path})")
    raise PackageError(NO_SUCH_FILE(file=path.name, path=path))

The function carries Qt's macro name so that Qt Linguist's `pyside6-lupdate` finds every
message of the core in the source, as it finds the UI's `tr()` — the key becomes the
message's context in `resources/i18n/inspector_zh_CN.ts` — while the core never imports
Qt. A raised message (`Msg`) keeps its key and fields: `str()` is the English (logs,
tests), the app renders it through Qt's translator, and the CLI in the language of
`config language`, reading the same translation file. A field may itself be a message (a
phrase inside a sentence, a refusal inside "not imported: …"), a list of them (one per
line), or a UserError that carries one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

CATALOGUE: dict[str, str] = {}  # key → English
_FIELD = re.compile(r"\{(\w+)\}")


class Text:
    """A message's key and English text; calling it with the fields gives the message."""

    __slots__ = ("english", "key")

    def __init__(self, key: str, english: str) -> None:
        known = CATALOGUE.get(key)
        if known is not None and known != english:
            raise ValueError(f"message key {key} is defined twice, with different texts")
        CATALOGUE[key] = english
        self.key, self.english = key, english

    def __call__(self, **fields: object) -> Msg:
        missing = set(fields_of(self.english)) - set(fields)
        if missing:
            raise TypeError(f"message {self.key} needs {', '.join(sorted(missing))}")
        return Msg(self.key, fields)

    def __repr__(self) -> str:
        return f"Text({self.key!r})"


def QT_TRANSLATE_NOOP(key: str, english: str) -> Text:
    """Define a message (the name is Qt's, for lupdate; nothing here is Qt)."""
    return Text(key, english)


def fields_of(template: str) -> list[str]:
    return _FIELD.findall(template)


Translate = Callable[[str, str], str]  # (key, English) → the text in some language


def _english(key: str, english: str) -> str:
    return english


class Msg:
    """A message to show: its key and fields, rendered in a language on demand."""

    __slots__ = ("fields", "key")

    def __init__(self, key: str, fields: Mapping[str, object]) -> None:
        self.key, self.fields = key, dict(fields)

    def render(self, translate: Translate = _english) -> str:
        template = translate(self.key, CATALOGUE[self.key])
        values = {k: _rendered(v, translate) for k, v in self.fields.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            return CATALOGUE[self.key].format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)


def _rendered(value: object, translate: Translate) -> str:
    if isinstance(value, Msg):
        return value.render(translate)
    carried = getattr(value, "msg", None)
    if isinstance(value, Exception) and isinstance(carried, Msg):
        return carried.render(translate)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Msg) for v in value):
        return "\n".join(v.render(translate) for v in value)
    return str(value)


def render(message: object, language: str, translations: Path | None = None) -> str:
    """A message (or a UserError carrying one) in `language` ("zh" or "en"), as the CLI
    prints it; anything else as str() gives it."""
    if language != "zh":
        return localized(message, _english)
    table = chinese(translations or default_translations())
    return localized(message, lambda key, english: table.get((key, english)) or english)


def localized(message: object, translate: Translate) -> str:
    """A message, or an error carrying one, through `translate` (the app passes Qt's);
    anything else as str() gives it."""
    msg = message if isinstance(message, Msg) else getattr(message, "msg", None)
    return msg.render(translate) if isinstance(msg, Msg) else str(message)


def default_translations() -> Path:
    """The shipped Chinese catalogue: inside the installed package, or the checkout's."""
    here = Path(__file__).resolve().parent
    for root in (here / "_shipped" / "resources", here.parent / "resources"):
        candidate = root / "i18n" / "inspector_zh_CN.ts"
        if candidate.is_file():
            return candidate
    return here.parent / "resources" / "i18n" / "inspector_zh_CN.ts"


@functools.cache
def chinese(ts: Path) -> dict[tuple[str, str], str]:
    """(context, English) → Chinese, for every finished entry of a Qt Linguist file."""
    import xml.etree.ElementTree as ET  # the commands' Chinese only: the app has Qt's

    try:
        root = ET.parse(ts).getroot()
    except (OSError, ET.ParseError):
        return {}
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            out[(name, message.findtext("source") or "")] = translation.text or ""
    return out


def carried(exc: BaseException) -> Msg | None:
    found: Any = getattr(exc, "msg", None)
    return found if isinstance(found, Msg) else None
