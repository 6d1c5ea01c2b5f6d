"""Rounds, the random draw (抽样) and replacements: reproducible from the seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Cli

from inspector.store import Store

HEADER = "点位名称,点位类型,县市区\n"


def registry_csv(tmp_path: Path, reverse: bool = False) -> Path:
    rows = [f"市场{i:02d},market,区{i % 3}" for i in range(8)]
    rows += [f"路{i:02d},main_road,区{i % 3}" for i in range(10)]
    rows += [f"镇{i:02d},township,区{i % 3}" for i in range(2)]
    if reverse:
        rows.reverse()
    path = tmp_path / ("rev.csv" if reverse else "sites.csv")
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def registry(cli: Cli, tmp_path: Path) -> Cli:
    assert cli("sites", "import", str(registry_csv(tmp_path))).code == 0
    assert cli("round", "new", "第1轮", "--form", "civilized-city-field").code == 0
    return cli


def sampled(store: Store, round_name: str = "第1轮") -> list[str]:
    return [s.name for s in store.round_sites(store.round(round_name)["id"])]


def test_draw_uses_form_counts_and_is_reproducible(registry: Cli, store: Store,
                                                   tmp_path: Path) -> None:
    res = registry("sample", "--round", "第1轮", "--seed", "42", "--inspectors", "张三,李四")
    assert res.code == 0, res.err
    names = sampled(store)
    # the shipped form samples 3 markets, 4 main roads, 3 townships (only 2 exist)
    assert sum(n.startswith("市场") for n in names) == 3
    assert sum(n.startswith("路") for n in names) == 4
    assert sum(n.startswith("镇") for n in names) == 2
    assert "township: wanted 3, the registry has only 2" in res.out
    inspectors = [a["inspector"] for a in store.rows("assignments", order_by="rowid")]
    assert inspectors[:4] == ["张三", "李四", "张三", "李四"]
    draw = store.db.execute("SELECT seed, params FROM draws").fetchone()
    assert draw[0] == "42" and "张三" in draw[1]

    # Another round, same seed: the same sites, whatever order the registry was imported in.
    assert registry("sites", "import", str(registry_csv(tmp_path, reverse=True))).code == 0
    assert registry("round", "new", "第2轮", "--form", "civilized-city-field").code == 0
    assert registry("sample", "--round", "第2轮", "--seed", "42", "--inspectors", "王五").code == 0
    assert sorted(sampled(store, "第2轮")) == sorted(names)
    assert registry("round", "new", "第3轮", "--form", "civilized-city-field").code == 0
    assert registry("sample", "--round", "第3轮", "--seed", "43", "--inspectors", "王五").code == 0
    assert sorted(sampled(store, "第3轮")) != sorted(names)


def test_per_type_override_and_resampling_refused(registry: Cli, store: Store) -> None:
    assert registry("sample", "--seed", "1", "--inspectors", "甲", "--per-type", "1").code == 0
    assert len(sampled(store)) == 3
    res = registry("sample", "--seed", "2", "--inspectors", "甲")
    assert res.code == 1 and "already sampled" in res.err


def test_replacement_is_reproducible_and_takes_the_slot(registry: Cli, store: Store) -> None:
    registry("sample", "--seed", "7", "--inspectors", "张三,李四")
    before = sampled(store)
    gone = next(n for n in before if n.startswith("市场"))
    owner = store.rows("assignments", "site_id = ?", [store.find_site(gone).id])[0]["inspector"]
    res = registry("sample", "--replace", gone)
    assert res.code == 0, res.err
    after = sampled(store)
    assert gone not in after and len(after) == len(before)
    new = next(n for n in after if n not in before)
    assert new.startswith("市场") and f"'{gone}' replaced by '{new}'" in res.out
    new_id = store.find_site(new).id
    assert store.rows("assignments", "site_id = ?", [new_id])[0]["inspector"] == owner
    again = registry("sample", "--replace", gone)
    assert again.code == 1 and "already replaced" in again.err


def test_replacement_is_the_same_on_another_computer(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from inspector.cli import main

    picks = []
    for n in range(2):
        d = tmp_path / f"d{n}"
        for args in (["sites", "import", str(registry_csv(tmp_path))],
                     ["round", "new", "R", "--form", "civilized-city-field"],
                     ["sample", "--seed", "9", "--inspectors", "甲"]):
            assert main(["--data-dir", str(d), *args]) == 0
        store = Store.open(d)
        road = next(n for n in sampled(store, "R") if n.startswith("路"))
        store.close()
        assert main(["--data-dir", str(d), "sample", "--replace", road]) == 0
        picks.append(capsys.readouterr().out.splitlines()[-1])
    assert picks[0] == picks[1] and "replaced by '路" in picks[0]


def test_round_errors(registry: Cli) -> None:
    res = registry("round", "new", "第1轮", "--form", "civilized-city-field")
    assert res.code == 1 and "already exists" in res.err
    res = registry("round", "new", "X", "--form", "no-such-form")
    assert res.code == 1 and "no form 'no-such-form'" in res.err
    res = registry("sample", "--round", "无此轮次", "--seed", "1", "--inspectors", "a")
    assert res.code == 1 and "no round named '无此轮次' (rounds: 第1轮)" in res.err
    res = registry("sample", "--seed", "1")
    assert res.code == 1 and "--inspectors" in res.err
    res = registry("sample", "--replace", "不存在")
    assert res.code == 1 and "no site named '不存在'" in res.err
    listed = registry("round", "list")
    assert "* 第1轮" in listed.out
