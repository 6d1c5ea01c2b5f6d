"""Settings, declared once: name, type, default and what each one is for."""

from __future__ import annotations

from dataclasses import dataclass

from .. import clock
from ..errors import UserError


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    description: str
    choices: tuple[str, ...] = ()


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("city", "", "city name printed on scorecards (城市)"),
    Setting("inspector", "", "name of the person using this device (测评员)"),
    Setting("language", "zh", "language of the app", ("zh", "en")),
    Setting("count_unapproved", "true",
            "count finished inspections not yet approved by a supervisor", ("true", "false")),
    Setting("current_round", "", "round shown by default (测评轮次)"),
    Setting("font", "", "the app's font family; empty: a Chinese font found on this computer "
            "(字体)"),
    Setting("role", "inspector", "what this device is for: an inspector's laptop or a "
            "supervisor's computer (reviews, corrections, relaying)",
            ("inspector", "supervisor")),
    Setting("timezone", clock.DEFAULT_ZONE, "the city's time zone, an IANA name: every time "
            "is shown, printed and exported in it, whatever this computer's zone (时区)"),
)}


def check(key: str, value: str) -> str:
    spec = SETTINGS.get(key)
    if spec is None:
        raise UserError(f"unknown setting '{key}' (known: {', '.join(SETTINGS)})")
    value = value.strip()
    if spec.choices and value not in spec.choices:
        raise UserError(f"setting '{key}' must be one of {', '.join(spec.choices)}, "
                        f"not '{value}'")
    if key == "timezone":
        try:
            value = clock.zone_info(value).key
        except ValueError as exc:
            raise UserError(f"setting 'timezone': {exc}") from None
    return value
