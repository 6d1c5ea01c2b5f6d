"""From a site list to the inspectors' laptops without the app: counts per site type, the
draw previewed then recorded, sites dealt in turn or by district and moved, and one
package per inspector that brings exactly that inspector's sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from synckit import held_fingerprint, ok, opened, run

from inspector import sampling
from inspector.actions import rounds
from inspector.errors import UserError
from inspector.sync import handout

HEADER = "点位名称,点位类型,县市区\n"


def city(tmp_path: Path) -> Path:
    """A supervisor with 12 markets and 12 main roads over three districts, and a round."""
    sup = tmp_path / "sup"
    rows = [f"市场{i:02d},market,{'东西南'[i % 3]}区" for i in range(12)]
    rows += [f"路{i:02d},main_road,{'东西南'[i % 3]}区" for i in range(12)]
    csv = tmp_path / "sites.csv"
    csv.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    ok(sup, "config", "set", "role", "supervisor")
    ok(sup, "config", "set", "inspector", "赵组长")
    ok(sup, "sites", "import", str(csv))
    ok(sup, "round", "new", "第1轮", "--form", "civilized-city-field")
    return sup


def test_the_preview_is_the_draw_recorded(tmp_path: Path) -> None:
    sup = city(tmp_path)
    with opened(sup) as store:
        form = store.round_form(store.round())
        counts = rounds.sample_counts(form)
        counts.update(market=5, main_road=2)
        preview = rounds.draw(store, form, "7", counts)
        assert preview == rounds.draw(store, form, "7", counts)  # the same seed, the same
        assert preview != rounds.draw(store, form, "8", counts)
        assert [len(preview.drawn[c]) for c in ("market", "main_road")] == [5, 2]
        assert preview.short["township"] == (counts["township"], 0)
        recorded = rounds.sample(store, None, "7", ["张三", "李四"], counts=counts)
        assert recorded.drawn == preview.drawn
        sampled = {s.id for s in store.round_sites(store.round()["id"])}
        assert sampled == {sid for ids in preview.drawn.values() for sid in ids}
        with pytest.raises(UserError, match="must be 0 or more"):
            rounds.draw(store, form, "7", {"market": -1})


def test_by_district_gives_whole_districts() -> None:
    sites = [f"s{i}" for i in range(9)]
    districts = {s: "东西南"[i % 3] + "区" for i, s in enumerate(sites)}
    districts["s0"] = districts["s3"] = "北区"  # 北区 2 sites, 东区 1, 西区 3, 南区 3
    dealt = sampling.assign_by_district(sites, districts, ["张三", "李四"])
    for district in set(districts.values()):
        assert len({dealt[s] for s in sites if districts[s] == district}) == 1, district
    load = [sum(1 for s in sites if dealt[s] == who) for who in ("张三", "李四")]
    assert sorted(load) == [4, 5]
    assert list(dealt) == sites  # in draw order


def test_moves_and_the_packages_bring_each_inspector_their_sites(tmp_path: Path) -> None:
    sup = city(tmp_path)
    with opened(sup) as store:
        counts = {"market": 6, "main_road": 3}
        result = rounds.sample(store, None, "1", ["张三", "李四"], counts=counts,
                               how="by-district")
        dealt = dict(rounds.assignments(store, None))
        moved = next(s for s, who in dealt.items() if who == "张三")
        moved_name = store.find_site(moved).name
        rounds.move_site(store, None, moved_name, "张三", "李四")
        with pytest.raises(UserError, match="not assigned to 张三"):
            rounds.move_site(store, None, moved_name, "张三", "李四")
        mine = {who: {store.find_site(s).name for s, w in rounds.assignments(store, None)
                      if w == who} for who in ("张三", "李四")}
        assert sum(map(len, mine.values())) == sum(map(len, result.drawn.values()))
        assert moved_name in mine["李四"]
        out = tmp_path / "usb"
        out.mkdir()
        handed = handout.hand_out(store, None, out)
    assert sorted(p.name for p in out.iterdir()) == ["第1轮-发给张三.pkg", "第1轮-发给李四.pkg"]
    assert {h.inspector: h.sites for h in handed} == {w: len(s) for w, s in mine.items()}
    # The watermark is the supervisor's own: its next export still sends everything.
    assert "records" in ok(sup, "sync", "export", "--out", str(tmp_path / "all.pkg")).out

    laptop = tmp_path / "li"
    ok(laptop, "config", "set", "inspector", "李四")
    held = run(laptop, "sync", "import", str(out / "第1轮-发给李四.pkg"))
    assert held.code == 3 and "held" in held.out
    fingerprint = held_fingerprint(held)
    ok(laptop, "devices", "trust", fingerprint, "--role", "supervisor")
    with opened(laptop) as store:
        rnd = store.round()
        assert rnd["name"] == "第1轮"
        assert {s.name for s in store.round_sites(rnd["id"])} == mine["李四"]
        assert {store.find_site(s).name for s in store.assigned_site_ids(rnd["id"], "李四")} \
            == mine["李四"]
        assert len(store.rows("sites")) == len(mine["李四"])  # nobody else's sites


def test_handout_refusals(tmp_path: Path) -> None:
    sup = city(tmp_path)
    assert "no assigned sites yet" in run(sup, "round", "handout", "--out",
                                          str(tmp_path)).err
    assert "is not a folder" in run(sup, "round", "handout", "--out",
                                    str(tmp_path / "nowhere")).err
    laptop = tmp_path / "li"
    ok(laptop, "config", "set", "inspector", "李四")
    res = run(laptop, "round", "handout", "--out", str(tmp_path))
    assert res.code != 0 and "only a supervisor hands out work" in res.err
    ok(sup, "sample", "--seed", "1", "--inspectors", "张三", "--deal", "by-district")
    res = run(sup, "round", "handout", "--out", str(tmp_path))
    assert res.code == 0 and "张三, 7 sites" in res.out, res  # 3 markets, 4 roads


def test_a_cancelled_new_round_leaves_no_round(tmp_path: Path) -> None:
    sup = city(tmp_path)
    with opened(sup) as store:
        form = store.round_form(store.round())
        counts = {"market": 12, "main_road": 12}
        drawn = rounds.draw(store, form, "3", counts).drawn
        plan = rounds.deal(store, drawn, ["张三"])
        seen: list[tuple[str, int, int]] = []
        with pytest.raises(rounds.Cancelled):
            rounds.new_round(store, "第2轮", None, "3", ["张三"], counts, plan,
                             progress=lambda *a: seen.append(a), cancel=lambda: True)
        assert not store.rows("rounds", "name = ?", ["第2轮"])
        assert store.db.execute("SELECT count(*) FROM samples").fetchone()[0] == 0
        result = rounds.new_round(store, "第2轮", None, "3", ["张三"], counts, plan,
                                  progress=lambda *a: seen.append(a))
        assert result.drawn == drawn
        assert seen[-1] == ("recording", 24, 24)
        with pytest.raises(UserError, match="not in the draw"):
            rounds.new_round(store, "第3轮", None, "3", ["张三"], counts,
                             {**plan, "no-such-site": "张三"})
        assert not store.rows("rounds", "name = ?", ["第3轮"])


def test_a_handout_names_a_laptop_that_has_no_name_and_tells_one_that_has(
        tmp_path: Path) -> None:
    sup = city(tmp_path)
    ok(sup, "sample", "--seed", "1", "--inspectors", "张三,李四")
    out = tmp_path / "usb"
    out.mkdir()
    ok(sup, "round", "handout", "--out", str(out))
    package = out / "第1轮-发给李四.pkg"
    fresh = tmp_path / "fresh"
    fingerprint = held_fingerprint(run(fresh, "sync", "import", str(package)))
    trusted = ok(fresh, "devices", "trust", fingerprint, "--role", "supervisor")
    assert "this laptop is now 李四's" in trusted.out
    with opened(fresh) as store:
        assert store.setting("inspector") == "李四"
    other = tmp_path / "other"
    ok(other, "config", "set", "inspector", "王五")
    fingerprint = held_fingerprint(run(other, "sync", "import", str(package)))
    said = ok(other, "devices", "trust", fingerprint, "--role", "supervisor").out
    assert "handed out to 李四, and this laptop is 王五's" in said
    with opened(other) as store:
        assert store.setting("inspector") == "王五"  # never renamed behind its back
