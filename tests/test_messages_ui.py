"""The core's messages a user meets in the app are shown in Chinese: each one here is made
by the core itself (a site finished too early, refused photos, refused packages, a bad
site list) and rendered through Qt's translator, as the app shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.actions.sites import import_sites
from inspector.cli import main as cli_main
from inspector.errors import UserError
from inspector.store import Store

pytest.importorskip("PySide6")

Shown = Callable[[object], str]  # a message as the app shows it


@pytest.fixture
def zh(app: object) -> Shown:
    """How the app shows a message, in Chinese (conftest's `app`)."""
    from inspector.ui.texts import shown

    return shown


def message(call: Callable[[], object]) -> UserError:
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def test_finishing_too_early(zh: Shown, store: Store) -> None:
    from inspector.actions import inspections as act
    from inspector.demo import load_demo

    load_demo(store)
    rnd = store.round()
    form = store.round_form(rnd)
    site = store.round_sites(rnd["id"])[0]
    category = form.category(site.category_id)
    assert category is not None
    started = act.start(store, rnd["id"], site, "新人")
    text = message(lambda: act.finish(store, category, started["id"]))
    assert str(text).startswith("items ")
    shown = zh(text)
    assert shown.startswith("测评标准 ") and shown.endswith("还没有结论（请作答或标为不适用）")
    assert category.items[0].id in shown
    assert zh(message(lambda: act.could_not_inspect(store, started["id"], " "))) == \
        "请说明无法测评的原因"


def test_refused_photos(zh: Shown, store: Store, tmp_path: Path) -> None:
    from inspector.demo import load_demo
    from inspector.photos.importer import import_photos

    load_demo(store)
    inspection = store.rows("inspections")[0]["id"]
    (tmp_path / "empty.jpg").write_bytes(b"")
    (tmp_path / "notes.jpg").write_text("不是照片", encoding="utf-8")
    report = import_photos(store, [tmp_path / "empty.jpg", tmp_path / "notes.jpg"],
                           inspection, workers=1)
    shown = {Path(name).name: zh(reason) for name, reason in report.refused}
    assert shown == {"empty.jpg": "空文件（0 字节）",
                     "notes.jpg": "不是图片（或本程序不能读取的图片格式）"}


def test_refused_packages(zh: Shown, tmp_path: Path) -> None:
    from inspector.sync.package import verify_package

    laptop = tmp_path / "laptop"
    package = tmp_path / "张三.pkg"
    assert cli_main(["--data-dir", str(laptop), "demo", "--inspector", "张三", "--seed", "1"]) == 0
    assert cli_main(["--data-dir", str(laptop), "sync", "export", "--out", str(package)]) == 0
    data = package.read_bytes()
    cut = tmp_path / "cut.pkg"
    cut.write_bytes(data[:-30])
    changed = tmp_path / "changed.pkg"
    middle = len(data) // 2  # inside a photo, stored as it is: only the signature can tell
    changed.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:])
    other = tmp_path / "other.pkg"
    other.write_bytes(b"hello " * 100)
    assert zh(message(lambda: verify_package(cut))) == \
        "cut.pkg: 文件末尾缺失 — 复制时被截断，请重新复制"
    assert zh(message(lambda: verify_package(changed))) == \
        "changed.pkg: 签名不符 — 文件生成后被改动或已损坏"
    assert zh(message(lambda: verify_package(other))) == "other.pkg: 这不是本程序的同步包"
    # importing a package into the laptop that made it
    assert cli_main(["--data-dir", str(laptop), "sync", "import", str(package)]) == 1
    from inspector.sync.exchange import import_package

    store = Store.open(laptop)
    try:
        assert zh(message(lambda: import_package(store, package))) == \
            "张三.pkg: 这个同步包就是本机生成的"
    finally:
        store.close()


def test_a_plain_text_is_shown_as_it_is(zh: Shown) -> None:
    assert zh("x.pkg: something new") == "x.pkg: something new"


def test_a_refusal_inside_a_refusal_is_chinese_throughout(zh: Shown) -> None:
    """A phrase passed into a message (an entry name's problem inside a refusal) is
    translated too."""
    from inspector.sync.package import refusals
    from inspector.sync.package.format import entry_name_problem

    problem = entry_name_problem("../evil")
    assert problem is not None
    refusal = refusals.IN_FILE(file="x.pkg", problem=refusals.BAD_ENTRY_NAME(
        name="'../evil'", detail=problem))
    assert zh(refusal) == "x.pkg: 条目 '../evil' 指向同步包之外（..）——已拒绝"
    assert zh(refusals.IN_FILE(file="7", problem=refusals.INVALID_MANIFEST(
        what=refusals.EXTRA_NOT_OBJECT()))) == "7: 清单无效：“extra”不是对象"


def test_a_bad_site_list_is_explained_row_by_row(zh: Shown, store: Store, tmp_path: Path
                                                 ) -> None:
    """File → Import a site list: each bad row on its own line, in Chinese."""

    sites = tmp_path / "点位.csv"
    sites.write_text("点位名称,点位类型,县市区,纬度,经度\n"
                     "东风路,主次干道,青山区,30.6,114.3\n"
                     ",主次干道,青山区,,\n"
                     "光明广场,广场舞,青山区,,\n"
                     "解放路,主次干道,青山区,北纬30,114.3\n"
                     "和平路,主次干道,青山区,30.6,\n"
                     "东风路,主次干道,青山区,30.6,114.3\n", encoding="utf-8")
    text = message(lambda: import_sites(store, sites))
    assert zh(text).split("\n") == [
        f"{sites} 第 3 行：点位名称为空",
        f"{sites} 第 4 行：“光明广场”的点位类型“广场舞”无法识别",
        f"{sites} 第 5 行：纬度“北纬30”不是数字",
        f"{sites} 第 6 行：“和平路”只填了纬度和经度中的一个",
        f"{sites} 第 7 行：“东风路”与第 2 行重复",
        "未导入任何点位"]
    headless = tmp_path / "名单.csv"
    headless.write_text("名称,地址\n东风路,东风路1号\n", encoding="utf-8")
    assert zh(message(lambda: import_sites(store, headless))) == \
        f"{headless} 第 1 行：表头中没有“点位类型”列"
    headless.write_text("地址\n东风路1号\n", encoding="utf-8")
    assert zh(message(lambda: import_sites(store, headless))) == \
        f"{headless} 第 1 行：表头中没有“点位名称”和“点位类型”两列"
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert zh(message(lambda: import_sites(store, empty))) == f"{empty}: 文件是空的"
