"""A round's place in the city's year: the month it counts for in the bulletin, and the
other two parts of the 100-point evaluation entered for it (档案资料 of 40, 问卷调查 of 20)
with where they came from."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .. import clock, periods
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from ..store.store import Row

ARCHIVE_POINTS = Decimal(40)  # 档案资料
SURVEY_POINTS = Decimal(20)  # 问卷调查
FIELD_POINTS = Decimal(40)  # 实地考察

BAD_SCORE = QT_TRANSLATE_NOOP(
    "rounds.bad_score", "{part} is a score from 0 to {points}, not '{value}'")
PART_NAMES = {"archive": "档案资料 (--archive)", "survey": "问卷调查 (--survey)"}


def period_of(row: Row, zone: clock.Zone) -> str:
    """The round's month: as set, else the month (in the city's zone) it was created in."""
    if row.get("period"):
        return str(row["period"])
    created = clock.in_zone(row["created_at"], zone)
    return periods.month_of(created.date()) if created is not None else ""


def set_period(store: Store, round_name: str | None, month: str) -> Row:
    rnd = store.round(round_name)
    return store.save("rounds", {"id": rnd["id"], "period": periods.month(month)})


def scores(row: Row) -> tuple[Decimal | None, Decimal | None]:
    """The archive and survey scores entered for the round (None: not entered)."""
    return _decimal(row.get("archive_score")), _decimal(row.get("survey_score"))


def set_scores(store: Store, round_name: str | None, archive: str | None,
               survey: str | None, source: str = "") -> Row:
    """Either score or both; given as the city has it (e.g. 35.5), checked against its
    points."""
    rnd = store.round(round_name)
    changes: dict[str, str] = {}
    for key, text, points in (("archive", archive, ARCHIVE_POINTS),
                              ("survey", survey, SURVEY_POINTS)):
        if text is None:
            continue
        value = _decimal(text)
        if value is None or not Decimal(0) <= value <= points:
            raise UserError(BAD_SCORE(part=PART_NAMES[key], points=points, value=text))
        changes[f"{key}_score"] = str(value)
    if source:
        changes["scores_source"] = source.strip()
    if not changes:
        return rnd
    return store.save("rounds", {"id": rnd["id"], **changes})


def _decimal(text: object) -> Decimal | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
