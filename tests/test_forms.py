"""Checklist forms: the shipped form, exact numbers, and errors an admin can act on."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import Cli

from inspector.domain import DEFAULT_LEVELS, Kind
from inspector.forms import FormError, default_form, load_form, parse_form

GOOD = """\
id: t
version: "1"
title: 测试表
total: 2.2
categories:
  - id: township
    name: 乡镇
    points: 1.2
    sample_count: 3
    strict: true
    items:
      - id: XZ01
        text: 公益广告
        weight: 0.14
        kind: check
      - id: XZ02
        text: 主街道干净
        weight: 0.16
        kind: deduct
        per_problem: 0.25
  - id: square
    name: 小广场/小游园
    points: 1.0
    sample_count: 2
    items:
      - id: GC01
        text: 宣传
        weight: 1
        kind: grade
      - id: GC02
        text: 公益广告≥5处
        weight: 1
        kind: quota
        required: 5
        photo_required: false
        unit_hint: 区文明办
"""


def test_shipped_form_covers_27_site_types_adding_up_to_40() -> None:
    form = default_form().form
    assert len(form.categories) == 27
    assert sum(c.points for c in form.categories) == form.total == 40
    for cat in form.categories:
        assert 6 <= len(cat.items) <= 12, cat.id
    by_id = {c.id: c for c in form.categories}
    assert by_id["township"].points == Fraction(6, 5)
    assert by_id["small_square"].points == 1
    assert [i.id for i in by_id["market"].items][:3] == ["JM01", "JM02", "JM03"]
    kinds = {i.kind for c in form.categories for i in c.items}
    assert kinds == set(Kind)


def test_numbers_are_exact_decimals_never_floats() -> None:
    form = parse_form(GOOD).form
    township = form.category("township")
    assert township is not None
    assert township.points == Fraction(6, 5)  # Fraction(1.2) would be 5404319552844595/…
    assert township.items[0].weight == Fraction(7, 50)
    assert township.items[1].per_problem == Fraction(1, 4)
    assert form.total == Fraction(11, 5)
    square = form.category("square")
    assert square is not None and square.items[0].levels == DEFAULT_LEVELS
    assert square.items[1].required == 5 and not square.items[1].photo_required
    assert square.items[1].unit_hint == "区文明办"
    assert township.strict and not square.strict


def _error(text: str) -> str:
    with pytest.raises(FormError) as exc:
        parse_form(text, "city.yaml")
    return str(exc.value)


@pytest.mark.parametrize(("change", "expected"), [
    (("        kind: check", "        kind: check\n        colour: red"),
     "city.yaml:16: item XZ01: unknown key 'colour'"),
    (("id: XZ02", "id: XZ01"), "city.yaml:16: item XZ01: duplicate id (first used on line 12)"),
    (("points: 1.2", "points: 1.3"), "city.yaml:4: form: category points add up to 2.3, "
                                     "not the total 2.2"),
    (("weight: 0.14", "weight: -1"), "city.yaml:14: item XZ01: 'weight' must be greater than 0"),
    (("weight: 0.14", "weight: abc"), "city.yaml:14: item XZ01: 'weight' must be a number"),
    (("per_problem: 0.25", "per_problem: 1.5"),
     "city.yaml:20: item XZ02: 'per_problem' must be above 0 and at most 1"),
    (("required: 5", "required: 0"), "item GC02: 'required' must be at least 1"),
    (("        kind: grade", "        kind: grade\n        levels: {好: 1, 差: 2}"),
     "item GC01: level '差' must be between 0 and 1"),
    (("kind: check", "kind: tick"), "item XZ01: unknown kind 'tick'"),
    (("        per_problem: 0.25", "        required: 3"),
     "item XZ02: 'required' belongs to quota items, not deduct"),
    (("points: 1.0", "points: 1.005"), "category square: 'points' must be above 0 with at "
                                       "most 2 decimals"),
    (("  - id: square", "  - id: township"), "category township: duplicate id"),
    (("    strict: true", "    strict: maybe"), "'strict' must be true or false"),
])
def test_validation_errors_name_file_line_and_id(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in GOOD
    assert expected in _error(GOOD.replace(old, new, 1))


def test_every_error_is_reported_at_once() -> None:
    text = GOOD.replace("weight: 0.14", "weight: x").replace("kind: grade", "kind: nope")
    lines = _error(text).splitlines()
    assert len(lines) == 2
    assert all(line.startswith("city.yaml:") for line in lines)


def test_missing_keys_and_broken_yaml() -> None:
    assert "missing 'text'" in _error(GOOD.replace("        text: 公益广告\n", ""))
    assert _error("id: [unclosed").startswith("city.yaml:1: not valid YAML")
    assert _error("") == "city.yaml: the file is empty"


def test_content_hash_ignores_comments_but_not_content() -> None:
    base = parse_form(GOOD).form
    commented = parse_form("# a note\n" + GOOD.replace("weight: 1\n", "weight: 1  # x\n")).form
    changed = parse_form(GOOD.replace("text: 宣传", "text: 宣传栏")).form
    assert base.content_hash == commented.content_hash
    assert base.content_hash != changed.content_hash
    assert base.key != changed.key  # same id and version, different content: a new key


def test_load_form_reports_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(FormError, match="no such file"):
        load_form(tmp_path / "nope.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("标题".encode("gbk"))
    with pytest.raises(FormError, match="not UTF-8"):
        load_form(bad)


def test_cli_forms_validate(cli: Cli, tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("weight: 0.14", "weight: 0"), encoding="utf-8")
    ok = cli("forms", "validate", str(good))
    assert ok.code == 0 and "ok — t v1, 2 site types, 4 items" in ok.out
    res = cli("forms", "validate", str(good), str(bad))
    assert res.code == 1
    assert f"{bad}:14: item XZ01: 'weight' must be greater than 0" in res.err
    assert "Traceback" not in res.err
    listed = cli("forms", "list")
    assert "civilized-city-field" in listed.out and "shipped" in listed.out


def test_points_sum_is_exact() -> None:
    # 0.1 + 0.2 == 0.3 only in exact decimals
    text = GOOD.replace("total: 2.2", "total: 0.3").replace("points: 1.2", "points: 0.1") \
        .replace("points: 1.0", "points: 0.2")
    assert parse_form(text).form.total == Fraction(Decimal("0.3"))


def test_time_limits_from_standard_site_type_or_form() -> None:
    text = GOOD.replace("total: 2.2\n", "total: 2.2\ntime_limit: 5 工作日\n", 1)
    text = text.replace("    strict: true\n", "    strict: true\n    time_limit: 3工作日\n", 1)
    text = text.replace("        kind: check\n", "        kind: check\n"
                        "        time_limit: 4 工作时\n", 1)
    form = parse_form(text, "city.yaml").form
    assert form.limit_for("XZ01") == "4 工作时"  # the standard's own
    assert form.limit_for("XZ02") == "3 工作日"  # its site type's, written as read
    assert form.limit_for("GC01") == "5 工作日"  # the form's
    assert parse_form(GOOD, "city.yaml").form.limit_for("GC01") == ""  # the city's setting
    bad = _error(text.replace("time_limit: 4 工作时", "time_limit: 4 hours"))
    assert "item XZ01: time limit '4 hours': write a whole number and 工作时 or 工作日" in bad
