"""Deadlines in working time, against a table made by hand from the State Council's 2026
holiday notice (中秋 9月25–27日, 国庆 10月1–7日, 调休上班 9月20日周日、10月10日周六) and the
default office hours 8:30–12:00, 14:30–18:00."""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

import pytest

from inspector.errors import UserError
from inspector.worktime import (
    Limit,
    OfficeHours,
    WorkCalendar,
    parse_limit,
    read_calendar_file,
)

# (dispatched, limit, due): worked out on paper, day by day.
TABLE = [
    # Friday: 5.5 h that day; Saturday off; Sunday 9-20 a make-up workday 7 h; Monday 7 h;
    # Tuesday 1.5 h from 8:30.
    ("2026-09-18 10:00", "3 工作日", "2026-09-22 10:00"),
    # 2 h on the eve of National Day, the holiday week, then 2 h on Thursday 10-08.
    ("2026-09-30 16:00", "4 工作时", "2026-10-08 10:30"),
    # Friday 1 h; Saturday 10-10 is a make-up workday: 3.5 h before noon, 2.5 h after.
    ("2026-10-09 17:00", "1 工作日", "2026-10-10 17:00"),
    # After hours on the make-up Saturday; Sunday off; from Monday's opening.
    ("2026-10-10 20:00", "2 工作时", "2026-10-12 10:30"),
    # 4.5 h on Thursday; 中秋 Friday to Sunday; Monday 7 h; Tuesday 2.5 h.
    ("2026-09-24 11:00", "2 工作日", "2026-09-29 11:00"),
    # Dispatched at lunch: the clock starts at 14:30.
    ("2026-09-14 12:30", "1 工作时", "2026-09-14 15:30"),
    # An ordinary weekend: Friday 17:30 + 1 h → Monday 9:00.
    ("2026-11-20 17:30", "1 工作时", "2026-11-23 09:00"),
    # Exactly at closing time: due at 18:00 the same day, not the next morning.
    ("2026-11-24 14:30", "3 工作时", "2026-11-24 17:30"),
    ("2026-11-24 08:30", "1 工作日", "2026-11-24 18:00"),
]


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("start", "limit", "due"), TABLE)
def test_the_hand_made_table(start: str, limit: str, due: str) -> None:
    assert WorkCalendar().due(at(start), parse_limit(limit)) == at(due)


def test_working_seconds_and_the_warning_fraction() -> None:
    cal = WorkCalendar()
    start, due = at("2026-09-30 16:00"), at("2026-10-08 10:30")
    assert cal.working_seconds(start, due) == 4 * 3600
    assert cal.working_seconds(start, at("2026-10-05 09:00")) == 2 * 3600  # the holiday
    assert cal.used(start, due, at("2026-10-08 09:42")) == Fraction(4, 5)  # 预警 from here
    assert cal.used(start, due, at("2026-10-09 09:00")) > 1
    assert cal.working_seconds(due, start) == 0


def test_a_year_the_library_does_not_know_needs_the_city_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="2027 are not known"):
        WorkCalendar().due(at("2026-12-31 17:00"), Limit(2, days=False))
    path = tmp_path / "calendar.txt"
    path.write_text("# 2027 元旦\n2027-01-01 休\n2027-02-07 班  # 春节调休\n",
                    encoding="utf-8")
    cal = WorkCalendar(read_calendar_file(path))
    # 1 h on New Year's Eve; 1-1 off by the file; the weekend; Monday 9:30.
    assert cal.due(at("2026-12-31 17:00"), Limit(2, days=False)) == at("2027-01-04 09:30")
    assert cal.is_workday(date(2027, 2, 7))  # a Sunday made a workday
    # The file corrects the library too: a local day off.
    local = WorkCalendar({date(2026, 11, 23): False})
    assert local.due(at("2026-11-20 17:30"), Limit(1, days=False)) == at("2026-11-24 09:00")


def test_bad_input_is_named() -> None:
    for text in ("4 小时", "0 工作日", "工作日", "3.5 工作时"):
        with pytest.raises(UserError, match="time limit"):
            parse_limit(text)
    assert str(parse_limit("15工作日")) == "15 工作日"
    assert OfficeHours.parse("9:00-12:00, 13:30-17:30").seconds_a_day() == 7 * 3600
    for text in ("9:00-8:00", "8:30-12:00, 11:00-18:00", "nine to five"):
        with pytest.raises(UserError, match="office hours"):
            OfficeHours.parse(text)
    cal = WorkCalendar(hours=OfficeHours.parse("9:00-12:00, 13:30-17:30"))
    assert cal.due(at("2026-11-24 16:30"), Limit(2, days=False)) == at("2026-11-25 10:00")


def test_a_bad_calendar_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "calendar.txt"
    path.write_text("2027-01-01 休\n2027-02-30 班\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"calendar.txt, line 2: .*'2027-02-30 班'"):
        read_calendar_file(path)
    assert read_calendar_file(tmp_path / "none.txt") == {}
