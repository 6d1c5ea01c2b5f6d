"""A round's month and its other two parts of the 100-point evaluation, from the CLI; the
periods a bulletin is asked for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from synckit import demo_supervisor, ok, run

from inspector import periods
from inspector.errors import UserError


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())


def test_month_scores_and_target(demo: Path) -> None:
    listed = ok(demo, "round", "list").out
    assert "2026-11" in listed  # created in November, city time: its month until set
    name = "2026年第3轮模拟测评"
    assert ok(demo, "round", "set-period", name, "2026-10").out.strip() == \
        f"round '{name}' counts for 2026-10"
    bad = run(demo, "round", "set-period", name, "2026-13")
    assert bad.code == 1 and "'2026-13' is not a month: write it as 2026-11" in bad.err
    out = ok(demo, "round", "set-scores", name, "--archive", "35.5", "--survey", "17",
             "--source", "省文明办反馈").out
    assert out.strip() == f"round '{name}': 档案资料 35.5 / 40, 问卷调查 17 / 20 (省文明办反馈)"
    too_much = run(demo, "round", "set-scores", name, "--survey", "21")
    assert too_much.code == 1 and "问卷调查 (--survey) is a score from 0 to 20, not '21'" in \
        too_much.err
    assert "35.5" in ok(demo, "round", "list").out
    assert ok(demo, "config", "set", "target", "85").out.strip() == "target = 85"
    wrong = run(demo, "config", "set", "target", "120")
    assert wrong.code == 1 and "a total out of 100" in wrong.err


def test_periods() -> None:
    nov, q4, year = periods.parse("2026-11"), periods.parse("2026-q4"), periods.parse("2026")
    assert (str(nov), nov.label, nov.previous().label) == ("2026-11", "2026年11月", "2026年10月")
    assert (str(q4), q4.label, q4.month_list()) == (
        "2026-Q4", "2026年第四季度", ["2026-10", "2026-11", "2026-12"])
    assert (q4.start(), q4.end(), str(q4.previous())) == (
        date(2026, 10, 1), date(2027, 1, 1), "2026-Q3")
    assert year.contains("2026-01") and not year.contains("2025-12")
    assert str(periods.parse("2026-01").previous()) == "2025-12"
    for wrong in ("2026-13", "Q4", "26-11", ""):
        with pytest.raises(UserError, match="is not a period"):
            periods.parse(wrong)
