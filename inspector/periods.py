"""Periods a city reports on: a month (月通报, 2026-11), a quarter (季评比, 2026-Q4) or a year
(年底考核, 2026). A round belongs to the month it is held in; a quarter and a year are the
months they hold."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import UserError
from .messages import QT_TRANSLATE_NOOP

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "periods.bad_period",
    "'{text}' is not a period: write a month (2026-11), a quarter (2026-Q4) or a year (2026)")
BAD_MONTH = QT_TRANSLATE_NOOP(
    "periods.bad_month", "'{text}' is not a month: write it as 2026-11")

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
QUARTER_NAMES = ("第一季度", "第二季度", "第三季度", "第四季度")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    first: int  # its first month, 1–12
    months: int  # 1, 3 or 12

    @property
    def kind(self) -> str:
        return {1: "month", 3: "quarter", 12: "year"}[self.months]

    def __str__(self) -> str:
        if self.months == 1:
            return f"{self.year}-{self.first:02d}"
        if self.months == 3:
            return f"{self.year}-Q{(self.first - 1) // 3 + 1}"
        return str(self.year)

    @property
    def label(self) -> str:
        """As a bulletin names it: 2026年11月, 2026年第四季度, 2026年."""
        if self.months == 1:
            return f"{self.year}年{self.first}月"
        if self.months == 3:
            return f"{self.year}年{QUARTER_NAMES[(self.first - 1) // 3]}"
        return f"{self.year}年"

    def month_list(self) -> list[str]:
        """Its months as rounds name them: ["2026-10", "2026-11", "2026-12"]."""
        return [f"{self.year}-{m:02d}" for m in range(self.first, self.first + self.months)]

    def contains(self, month: str) -> bool:
        return month in self.month_list()

    def start(self) -> date:
        return date(self.year, self.first, 1)

    def end(self) -> date:
        """The first day after it."""
        last = self.first + self.months
        return date(self.year + (last - 1) // 12, (last - 1) % 12 + 1, 1)

    def previous(self) -> Period:
        first = self.first - self.months
        if first < 1:
            return Period(self.year - 1, first + 12, self.months)
        return Period(self.year, first, self.months)


def parse(text: str) -> Period:
    t = text.strip()
    if m := _MONTH.match(t):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return Period(year, month, 1)
    elif m := _QUARTER.match(t):
        return Period(int(m[1]), (int(m[2]) - 1) * 3 + 1, 3)
    elif m := _YEAR.match(t):
        return Period(int(m[1]), 1, 12)
    raise UserError(BAD_PERIOD(text=text))


def month(text: str) -> str:
    """A round's month, checked: "2026-11"."""
    try:
        period = parse(text)
    except UserError:
        period = None
    if period is None or period.months != 1:
        raise UserError(BAD_MONTH(text=text))
    return str(period)


def month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"
