"""The rectification ledger from the command line, on the demo city: cases opened from
the round's problems, dispatched, fixed, re-inspected by someone else with an after photo,
closed, and counted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image
from synckit import ok, run

DEMO_CACHE: list[Path] = []


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DEMO_CACHE:
        built = tmp_path_factory.mktemp("cases-demo") / "demo"
        ok(built, "demo")
        DEMO_CACHE.append(built)
    d = tmp_path / "sup"
    shutil.copytree(DEMO_CACHE[0], d)
    ok(d, "config", "set", "role", "supervisor")
    ok(d, "config", "set", "inspector", "赵组长")
    return d


def test_open_dispatch_fix_reinspect_close_and_count(demo: Path, tmp_path: Path) -> None:
    opened = ok(demo, "cases", "open").out
    n = int(opened.split()[0])
    assert n > 10 and f"({n} in the ledger)" in opened
    assert ok(demo, "cases", "open").out.startswith("0 cases opened")  # idempotent
    listed = ok(demo, "cases", "list").out.splitlines()
    assert len(listed) == n + 2 and all("待交办" in line for line in listed[2:])
    first, second = (line.split()[0] for line in listed[2:4])
    out = ok(demo, "cases", "dispatch", first, second, "--unit", "湖滨区住建局").out
    assert out.count("已交办 · 湖滨区住建局 · due ") == 2
    ok(demo, "cases", "fix", first, "--measures", "疏通排水沟", "--person", "王工")
    same = run(demo, "cases", "reinspect", first, "--pass")
    assert same.code == 1 and "赵组长 entered the fix report" in same.err
    early = run(demo, "cases", "reinspect", second, "--pass")
    assert early.code == 1 and f"case {second} is 已交办; to close it after a " \
        "re-inspection (销号) it must be 已整改待复查" in early.err
    ok(demo, "config", "set", "inspector", "李四")  # another person, on site
    no_photo = run(demo, "cases", "reinspect", first, "--pass")
    assert no_photo.code == 1 and "without an after photo" in no_photo.err
    after = tmp_path / "after.jpg"
    Image.new("RGB", (640, 480), (90, 160, 90)).save(after)
    closed = ok(demo, "cases", "reinspect", first, "--pass", "--photo", str(after)).out
    assert "销号" in closed
    shown = ok(demo, "cases", "show", first).out
    assert "dispatch" in shown and "1 photos" in shown and "疏通排水沟" in shown
    stats = json.loads(ok(demo, "cases", "stats", "--json").out)
    assert stats == [{"unit": "湖滨区住建局", "dispatched": 2, "closed": 1,
                      "closed_on_time": 1, "closure_rate": "50.0", "on_time_rate": "50.0",
                      "overdue_now": 0, "reworks": 0, "days_to_close": "0.0"}]
    table = ok(demo, "cases", "stats").out
    assert "湖滨区住建局" in table and "50.0%" in table


def test_refusals_are_one_line(demo: Path) -> None:
    ok(demo, "cases", "open")
    missing = run(demo, "cases", "dispatch", "NOPE-1", "--unit", "x")
    assert missing.code == 1 and "no case numbered 'NOPE-1'" in missing.err
    number = ok(demo, "cases", "list").out.splitlines()[2].split()[0]
    ok(demo, "config", "set", "role", "inspector")
    inspector = run(demo, "cases", "dispatch", number, "--unit", "x")
    assert inspector.code == 1 and "only a supervisor can dispatch it" in inspector.err
    ok(demo, "config", "set", "role", "supervisor")
    bad = run(demo, "cases", "extend", number, "--until", "soon", "--reason", "r")
    assert bad.code == 1 and "--until soon: not a date" in bad.err
    neither = run(demo, "cases", "reinspect", number)
    assert neither.code == 1 and "--pass or --fail" in neither.err
    limit = run(demo, "config", "set", "case_time_limit", "3 days")
    assert limit.code == 1 and "time limit '3 days'" in limit.err
    assert ok(demo, "config", "set", "office_hours", "9:00-12:00,13:30-17:30").out.strip() \
        == "office_hours = 09:00-12:00, 13:30-17:30"
