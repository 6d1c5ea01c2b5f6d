"""Results JSON in and out, and the scorecard the CLI prints from it."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import Cli

from inspector.cli import main
from inspector.store import Store

SITES = "点位名称,点位类型,县市区\n青山镇,乡镇,青山县\n河口镇,乡镇,青山县\n柳林镇,乡镇,高新区\n" \
        "团结小游园,小游园,湖滨区\n"


@pytest.fixture
def township_round(cli: Cli, tmp_path: Path) -> Cli:
    path = tmp_path / "sites.csv"
    path.write_text(SITES, encoding="utf-8")
    assert cli("sites", "import", str(path)).code == 0
    assert cli("round", "new", "第1轮", "--form", "civilized-city-field").code == 0
    assert cli("sample", "--seed", "1", "--inspectors", "张三", "--per-type", "3").code == 0
    return cli


def township_answers(clean: bool) -> dict[str, object]:
    answers: dict[str, object] = {f"XZ{i:02d}": "pass" for i in (1, 6, 7, 9, 10)}
    answers.update({f"XZ{i:02d}": "checked" for i in (2, 3, 4, 5)})
    answers["XZ08"] = "好"
    if not clean:
        answers["XZ01"] = "fail"
    return answers


def results(*inspections: dict[str, object]) -> dict[str, object]:
    return {"format": "inspector-results/1", "round": "第1轮", "inspections": list(inspections)}


def write(tmp_path: Path, data: object, name: str = "r.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_speech_figures_through_the_cli(township_round: Cli, tmp_path: Path) -> None:
    """3 township sites in the strict 1.2-point category, one clean → 0.40 (the speech)."""
    data = results(
        {"site": "青山镇", "inspector": "张三", "outcome": "finished",
         "responses": township_answers(clean=True)},
        {"site": "河口镇", "inspector": "张三", "outcome": "finished",
         "responses": township_answers(clean=False),
         "problems": [{"item": "XZ01", "description": "宣传栏破旧", "location": "镇政府门口"}]},
        {"site": "柳林镇", "inspector": "张三", "outcome": "finished",
         "responses": {**township_answers(clean=True), "XZ02": "checked"},
         "problems": [{"item": "XZ02", "count": 2, "description": "垃圾堆放"}]},
    )
    res = township_round("results", "import", str(write(tmp_path, data)))
    assert res.code == 0, res.err
    assert "3 inspections imported" in res.out
    score = json.loads(township_round("score", "--json").out)
    township = next(c for c in score["categories"] if c["id"] == "township")
    assert (township["score"], township["rate"], township["lost"]) == ("0.40", "33.3", "0.80")
    assert score["total"] == "0.40" and score["points_inspected"] == "1.20"
    assert score["projected"] == "13.33"
    assert sum(Decimal(c["score"]) for c in score["categories"] if c["score"]) == \
        Decimal(score["total"])
    assert sum(Decimal(i["lost"]) for i in township["item_losses"]) == Decimal("0.80")
    ranked = [(d["district"], d["rank"]) for d in score["districts"]]
    assert ranked == [("青山县", 1), ("高新区", 2), ("湖滨区", None)]  # 湖滨区: nothing inspected
    table = township_round("score").out
    assert "乡镇" in table and "0.40" in table and "33.3%" in table and "未测评" in table
    assert "折算满分40分: 13.33" in table


def test_import_is_idempotent_and_export_round_trips(township_round: Cli, tmp_path: Path) -> None:
    data = results({"site": "青山镇", "inspector": "张三", "outcome": "finished",
                    "responses": township_answers(clean=False),
                    "notes": {"XZ01": "东侧宣传栏褪色"},
                    "problems": [{"item": "XZ01", "description": "宣传栏褪色"}]})
    path = write(tmp_path, data)
    assert township_round("results", "import", str(path)).code == 0
    first = township_round("score", "--json").out
    assert township_round("results", "import", str(path)).code == 0
    assert township_round("score", "--json").out == first
    out = tmp_path / "export.json"
    assert township_round("results", "export", "--out", str(out)).code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    [insp] = exported["inspections"]
    assert insp["responses"]["XZ01"] == "fail" and insp["responses"]["XZ08"] == "好"
    assert insp["notes"] == {"XZ01": "东侧宣传栏褪色"}
    assert insp["problems"][0]["description"] == "宣传栏褪色"
    assert exported["form"]["id"] == "civilized-city-field"


def test_errors_name_the_inspection_and_item(township_round: Cli, store: Store,
                                             tmp_path: Path) -> None:
    def err(*inspections: dict[str, object]) -> str:
        res = township_round("results", "import", str(write(tmp_path, results(*inspections))))
        assert res.code == 1
        assert "Traceback" not in res.err and res.err.count("\n") == 1
        return res.err

    ok: dict[str, object] = {"site": "青山镇", "inspector": "张三", "outcome": "finished",
                             "responses": township_answers(clean=True)}
    assert "inspection #2 (河口镇): item XZ01: a check item takes \"pass\", \"fail\" or " \
           "\"na\", not 'yes'" in err(ok, {**ok, "site": "河口镇",
                                          "responses": {**township_answers(True), "XZ01": "yes"}})
    assert "marked finished but items XZ10 have no answer" in err(
        {**ok, "responses": {k: v for k, v in township_answers(True).items() if k != "XZ10"}})
    assert "item JM01 is not a standard of 乡镇" in err(
        {**ok, "responses": {"JM01": 3}})
    assert "a grade item takes one of \"好\", \"较好\", \"一般\", \"差\"" in err(
        {**ok, "responses": {**township_answers(True), "XZ08": "优"}})
    assert "problem #1: 'count' must be a whole number of at least 1, not 0" in err(
        {**ok, "problems": [{"item": "XZ02", "count": 0}]})
    assert "no site named '无名镇'" in err({**ok, "site": "无名镇"})
    assert "'团结小游园' is not sampled" not in err({**ok, "outcome": "done"})
    assert "'could not inspect' needs a 'reason'" in err(
        {**ok, "outcome": "not_inspectable", "responses": {}})
    # nothing of a refused file is stored
    assert store.rows("inspections") == []
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    res = township_round("results", "import", str(bad))
    assert res.code == 1 and "not valid JSON" in res.err
    res = township_round("results", "import", str(write(tmp_path, {"format": "other"})))
    assert res.code == 1 and "not an inspector results file" in res.err


def test_demo_prints_a_40_point_scorecard_that_adds_up(cli: Cli) -> None:
    res = cli("demo")
    assert res.code == 0 and "示范市" in res.out
    score = json.loads(cli("score", "--json").out)
    assert score["city"] == "示范市" and score["total_points"] == "40.00"
    cats = score["categories"]
    assert len(cats) == 27
    assert sum(Decimal(c["points"]) for c in cats) == Decimal(40)
    total = sum(Decimal(c["score"]) for c in cats if c["score"] is not None)
    assert total == Decimal(score["total"])
    assert Decimal(score["lost"]) == Decimal(score["points_inspected"]) - total
    by_id = {c["id"]: c for c in cats}
    assert by_id["township"]["score"] == "0.40"  # the real city's figures, by design
    assert by_id["small_square"]["score"] == "0.33"
    for c in cats:
        if c["lost"] is not None:
            assert sum(Decimal(i["lost"]) for i in c["item_losses"]) == Decimal(c["lost"])
    table = cli("score").out
    assert "合计                 40.00" in table and score["total"] in table
    assert "县（市、区）排名" in table
    again = cli("demo")
    assert again.code == 0 and "already loaded" in again.out
    assert json.loads(cli("score", "--json").out) == score


def test_two_demo_directories_hold_identical_records(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    rows = []
    for n in range(2):
        d = tmp_path / f"demo{n}"
        assert main(["--data-dir", str(d), "demo"]) == 0
        store = Store.open(d)
        rows.append({t: store.rows(t, order_by="id") for t in ("sites", "rounds", "samples",
                                                                "inspections", "problems")})
        store.close()
    assert rows[0] == rows[1]
    assert len(rows[0]["inspections"]) > 60


def test_config_and_errors_without_data(cli: Cli) -> None:
    res = cli("score")
    assert res.code == 1 and "there is no round yet" in res.err and "inspector demo" in res.err
    assert cli("config", "set", "city", "示范市").code == 0
    assert "示范市" in cli("config").out
    res = cli("config", "set", "colour", "red")
    assert res.code == 1 and "unknown setting 'colour'" in res.err
    res = cli("config", "set", "language", "fr")
    assert res.code == 1 and "must be one of zh, en" in res.err


def test_problem_unit_is_its_own_else_the_sites_else_the_items(cli: Cli, store: Store,
                                                              tmp_path: Path) -> None:
    sites = tmp_path / "s.csv"
    sites.write_text("点位名称,点位类型,责任单位\n甲镇,乡镇,甲镇人民政府\n乙镇,乡镇,\n",
                     encoding="utf-8")
    cli("sites", "import", str(sites))
    cli("round", "new", "R", "--form", "civilized-city-field")
    cli("sample", "--seed", "1", "--inspectors", "张三")
    data = {"format": "inspector-results/1", "inspections": [
        {"site": "甲镇", "problems": [{"item": "XZ02"},
                                      {"item": "XZ02", "responsible_unit": "区城管局"}]},
        {"site": "乙镇", "problems": [{"item": "XZ02"}]},
    ]}
    assert cli("results", "import", str(write(tmp_path, data))).code == 0
    units = sorted(p["responsible_unit"] for p in store.rows("problems"))
    hint = next(i.unit_hint for c in store.form(store.round()["form_key"]).form.categories
                for i in c.items if i.id == "XZ02")
    assert hint
    assert units == sorted(["甲镇人民政府", "区城管局", hint])
