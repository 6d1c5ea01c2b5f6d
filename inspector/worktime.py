"""Working time (工作时 / 工作日): the clock rectification deadlines run on.

Working days are Monday to Friday less China's public holidays, plus the make-up workdays
(调休) the State Council announces each year: the `chinese-calendar` library knows the
years it was released for, and a city's calendar file adds or corrects days (a year the
library does not know yet, a local holiday). Working hours are the city's office hours
(default 8:30–12:00 and 14:30–18:00).

A limit of N 工作时 is N hours of office time from the moment the case is dispatched (from
the next opening when dispatched after hours); N 工作日 is N whole office days of it — the
same office time N working days later (dispatched Friday 10:00 with 3 工作日: due the third
working day after, at 10:00).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from pathlib import Path

from .errors import UserError
from .messages import QT_TRANSLATE_NOOP

BAD_LIMIT = QT_TRANSLATE_NOOP(
    "worktime.bad_limit",
    "time limit '{text}': write a whole number and 工作时 or 工作日, e.g. '4 工作时' or "
    "'3 工作日'")
BAD_HOURS = QT_TRANSLATE_NOOP(
    "worktime.bad_hours",
    "office hours '{text}': write spans like '8:30-12:00, 14:30-18:00', each ending after "
    "it starts and after the one before")
BAD_CALENDAR_LINE = QT_TRANSLATE_NOOP(
    "worktime.bad_calendar_line",
    "{file}, line {line}: write a date and 休 (a day off) or 班 (a workday), e.g. "
    "'2027-01-01 休', not '{text}'")
UNKNOWN_YEAR = QT_TRANSLATE_NOOP(
    "worktime.unknown_year",
    "working days of {year} are not known: neither chinese-calendar nor the city calendar "
    "file lists its holidays; add them to {file} (one line a day: '{year}-01-01 休')")

HOUR = 3600
LIMIT = re.compile(r"^\s*(\d+)\s*(工作时|工作日|working hours?|working days?)\s*$")
SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–~至]\s*(\d{1,2}):(\d{2})\s*$")
CALENDAR_LINE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s+(休|班)\s*(?:#.*)?$")
CALENDAR_FILE = "calendar.txt"  # in the data directory


@dataclass(frozen=True)
class Limit:
    amount: int
    days: bool  # 工作日 (else 工作时)

    def __str__(self) -> str:
        return f"{self.amount} {'工作日' if self.days else '工作时'}"


def parse_limit(text: str) -> Limit:
    m = LIMIT.match(text)
    if m is None or int(m.group(1)) < 1:
        raise UserError(BAD_LIMIT(text=text))
    return Limit(int(m.group(1)), m.group(2).startswith(("工作日", "working day")))


@dataclass(frozen=True)
class OfficeHours:
    spans: tuple[tuple[time, time], ...] = ((time(8, 30), time(12)), (time(14, 30), time(18)))

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        spans = []
        for part in re.split(r"[,，;；]", text):
            m = SPAN.match(part)
            if m is None:
                raise UserError(BAD_HOURS(text=text))
            h1, m1, h2, m2 = (int(g) for g in m.groups())
            if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
                raise UserError(BAD_HOURS(text=text))
            end = time(23, 59, 59) if h2 == 24 else time(h2, m2)
            spans.append((time(h1, m1), end))
        for (s, e), before in zip(spans, [None, *spans[:-1]], strict=True):
            if e <= s or (before is not None and s < before[1]):
                raise UserError(BAD_HOURS(text=text))
        return cls(tuple(spans))

    def seconds_a_day(self) -> int:
        return sum(_seconds(e) - _seconds(s) for s, e in self.spans)

    def __str__(self) -> str:
        return ", ".join(f"{s:%H:%M}-{e:%H:%M}" for s, e in self.spans)


def _seconds(t: time) -> int:
    return t.hour * HOUR + t.minute * 60 + t.second


def read_calendar_file(path: Path) -> dict[date, bool]:
    """date → a workday? from a city's calendar file: one day a line, '2027-01-01 休' or
    '2027-02-07 班'; '#' starts a comment. A missing file is an empty calendar."""
    if not path.exists():
        return {}
    days: dict[date, bool] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = CALENDAR_LINE.match(line)
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        except ValueError:
            day = None
        if m is None or day is None:
            raise UserError(BAD_CALENDAR_LINE(file=path.name, line=n, text=line.strip()))
        days[day] = m.group(4) == "班"
    return days


@dataclass
class WorkCalendar:
    """Which days are workdays, and the office hours of each."""

    overrides: Mapping[date, bool] = field(default_factory=dict)  # the city's file
    hours: OfficeHours = field(default_factory=OfficeHours)
    source: str = CALENDAR_FILE  # named in messages

    def known(self, year: int) -> bool:
        """The year's holidays are known: the library has them, or the city's file
        names at least one day of that year."""
        return _library_knows(year) or any(d.year == year for d in self.overrides)

    def is_workday(self, day: date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if _library_knows(day.year):
            return _library_workday(day)
        if not self.known(day.year):
            raise UserError(UNKNOWN_YEAR(year=day.year, file=self.source))
        return day.weekday() < 5

    def workdays(self, start: date) -> Iterable[date]:
        day = start
        while True:
            if self.is_workday(day):
                yield day
            day += timedelta(days=1)

    def due(self, start: datetime, limit: Limit) -> datetime:
        """When a case dispatched at `start` with `limit` is due."""
        need = limit.amount * (self.hours.seconds_a_day() if limit.days else HOUR)
        for day, begin, end in self._spans_from(start):
            if need <= end - begin:
                return _at(day, begin + need, start)
            need -= end - begin
        raise AssertionError("workdays never end")

    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Office time between two moments (0 if `end` is not after `start`)."""
        if end <= start:
            return 0
        total = 0
        for day, begin, stop in self._spans_from(start):
            if _at(day, begin, start) >= end:
                break
            upto = min(stop, _seconds(end.time()) if day == end.date() else stop)
            total += max(0, upto - begin)
        return total

    def used(self, start: datetime, due: datetime, now: datetime) -> Fraction:
        """How much of the time between dispatch and due has passed, in office time (1
        and more once due): 预警 at 4/5."""
        allowed = self.working_seconds(start, due)
        if allowed == 0:
            return Fraction(1)
        return Fraction(self.working_seconds(start, now), allowed)

    def _spans_from(self, start: datetime) -> Iterable[tuple[date, int, int]]:
        """(day, start second, end second) of office time from `start` on."""
        after = _seconds(start.time())
        for day in self.workdays(start.date()):
            for s, e in self.hours.spans:
                begin, end = _seconds(s), _seconds(e)
                if day == start.date():
                    if end <= after:
                        continue
                    begin = max(begin, after)
                yield day, begin, end


def _at(day: date, second: int, like: datetime) -> datetime:
    return datetime.combine(day, time(second // HOUR, second % HOUR // 60, second % 60),
                            tzinfo=like.tzinfo)


@functools.cache
def _library_workday(day: date) -> bool:
    """chinese-calendar's answer, kept: each of its calls checks the date against the
    whole table (~20 µs), and a ledger's deadlines ask about the same days again and again."""
    import chinese_calendar  # loaded on first use: start-up does not pay for it

    return bool(chinese_calendar.is_workday(day))


@functools.cache
def _library_knows(year: int) -> bool:
    """The installed chinese-calendar release lists that year's holidays."""
    import chinese_calendar

    return any(d.year == year for d in chinese_calendar.holidays)
