"""Settings, declared once: name, type, default and what each one is for."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .. import clock
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP

UNKNOWN_SETTING = QT_TRANSLATE_NOOP(
    "store.unknown_setting",
    "unknown setting '{key}' (known: {known})")
BAD_ZONE = QT_TRANSLATE_NOOP(
    "store.bad_zone",
    "setting 'timezone': unknown time zone '{zone}' (use an IANA name such as Asia/Shanghai or "
    "Asia/Urumqi)")
BAD_CHOICE = QT_TRANSLATE_NOOP(
    "store.bad_choice",
    "setting '{key}' must be one of {choices}, not '{value}'")

BAD_TARGET = QT_TRANSLATE_NOOP(
    "store.bad_target", "setting 'target' is a total out of 100, e.g. 85, not '{value}'")


class Role(StrEnum):
    """What this device is for (the `role` setting)."""

    INSPECTOR = "inspector"  # an inspector's laptop
    SUPERVISOR = "supervisor"  # a supervisor's computer: reviews, corrections, relaying


class Language(StrEnum):
    """The language of the app and the CLI (the `language` setting)."""

    ZH = "zh"
    EN = "en"


TRUE, FALSE = "true", "false"  # how a yes/no setting is stored


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    description: str
    choices: tuple[str, ...] = ()


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("city", "", "city name printed on scorecards (城市)"),
    Setting("inspector", "", "name of the person using this device (测评员)"),
    Setting("language", Language.ZH.value, "language of the app",
            tuple(v.value for v in Language)),
    Setting("count_unapproved", TRUE,
            "count finished inspections not yet approved by a supervisor", (TRUE, FALSE)),
    Setting("current_round", "", "round shown by default (测评轮次)"),
    Setting("font", "", "the app's font family; empty: a Chinese font found on this computer "
            "(字体)"),
    Setting("role", Role.INSPECTOR.value, "what this device is for: an inspector's laptop or a "
            "supervisor's computer (reviews, corrections, relaying)",
            tuple(r.value for r in Role)),
    Setting("timezone", clock.DEFAULT_ZONE, "the city's time zone, an IANA name: every time "
            "is shown, printed and exported in it, whatever this computer's zone (时区)"),
    Setting("office_hours", "8:30-12:00, 14:30-18:00", "the city's office hours, which "
            "rectification deadlines count in working time (办公时间)"),
    Setting("case_time_limit", "5 工作日", "a case's time limit when its standard names none, "
            "in 工作时 or 工作日 (默认整改时限)"),
    Setting("target", "", "the city's target for the estimated 100-point total, e.g. 85: the "
            "bulletin shows the gap to it (目标分)"),
    Setting("ranking_rules", "", "the file of the bulletin's ranking rules (composite weights, "
            "praise and criticism); empty: ranking.yaml in the data directory, else the "
            "built-in rules (排名规则)"),
)}


def check(key: str, value: str) -> str:
    spec = SETTINGS.get(key)
    if spec is None:
        raise UserError(UNKNOWN_SETTING(key=key, known=', '.join(SETTINGS)))
    value = value.strip()
    if spec.choices and value not in spec.choices:
        raise UserError(BAD_CHOICE(key=key, choices=', '.join(spec.choices), value=value))
    if key == "office_hours":
        from ..worktime import OfficeHours

        value = str(OfficeHours.parse(value))
    if key == "case_time_limit":
        from ..worktime import parse_limit

        value = str(parse_limit(value))
    if key == "target" and value.strip():
        from decimal import Decimal, InvalidOperation

        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            number = Decimal(-1)
        if not Decimal(0) < number <= Decimal(100):
            raise UserError(BAD_TARGET(value=value))
        value = str(number)
    if key == "timezone":
        try:
            value = clock.zone_info(value).key
        except ValueError:
            raise UserError(BAD_ZONE(zone=value)) from None
    return value


def role_of(value: str | None) -> Role:
    """The `role` setting's value as a Role; anything else (a database edited by hand) is
    the default, an inspector's laptop."""
    return Role(value) if value in tuple(Role) else Role(SETTINGS["role"].default)


def language_of(value: str | None) -> Language:
    """The `language` setting's value as a Language; anything else is the default."""
    return Language(value) if value in tuple(Language) else Language(SETTINGS["language"].default)


def is_true(value: str | None) -> bool:
    """A yes/no setting's value: "true" is yes, anything else no."""
    return value == TRUE


def peek(db_path: Path, key: str) -> str | None:
    """One setting read straight from a database file, without opening the store (which
    migrates and may fail): what an error message needs to know, e.g. its language."""
    if not db_path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return None if row is None else str(row[0])
