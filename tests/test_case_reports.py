"""The 督办单 and the 整改前后对比 from the demo city: cases dispatched with a due time in the
past are overdue, one section per unit on pages of its own with how late each case is
in working time; a case fixed and re-inspected with after photos shows them beside its
before photos, with times and places; the fonts are inside the PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import pdf_fonts
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from synckit import demo_supervisor, ok, opened, run

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
FOOTER = re.compile(r"(\S+) · 第 (\d+) 页 共 (\d+) 页")


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())
    ok(data, "config", "set", "city", "示范市")
    ok(data, "cases", "open")
    return data


def numbers(data: Path) -> list[str]:
    return [line.split()[0] for line in ok(data, "cases", "list").out.splitlines()[2:]]


def photo(path: Path, colour: tuple[int, int, int]) -> Path:
    image = Image.new("RGB", (800, 600), colour)
    ImageDraw.Draw(image).rectangle((200, 150, 600, 450), fill=(240, 240, 240))
    image.save(path, quality=85)
    return path


def pages_text(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def assert_fonts_embedded(pdf: Path) -> None:
    """Every font a page uses is the CJK font, subset and embedded (/FontFile2)."""
    fonts = pdf_fonts(pdf)
    assert fonts and all("WenQuanYi" in n or "Hei" in n for n in fonts), fonts.keys()
    for name, font in fonts.items():
        assert name.lstrip("/")[6] == "+"  # subset prefix like AAAAAA+
        descriptor = font["/FontDescriptor"].get_object()
        assert isinstance(descriptor, DictionaryObject)
        assert "/FontFile2" in descriptor


def render(pdf: Path, name: str) -> None:
    """The pages as PNGs in test-artifacts/, to look at."""
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(exist_ok=True)
        for old in ARTIFACTS.glob(f"{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(ARTIFACTS / name)],
                       check=True)
        assert list(ARTIFACTS.glob(f"{name}-*.png"))


def test_the_overdue_report_chases_each_unit_on_pages_of_its_own(
        demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "督办单.pdf"
    none = run(demo, "report", "overdue", "--out", str(out))
    assert none.code == 1 and none.err.count("\n") == 1
    assert "is overdue (超期) or marked for supervision (督办): no 督办单 written" in none.err
    assert not out.exists() and list(tmp_path.iterdir()) == [tmp_path / "sup"]

    n = numbers(demo)
    past = (datetime.now() - timedelta(days=10)).strftime("%Y-%m-%dT10:00")
    ok(demo, "cases", "dispatch", *n[:14], "--unit", "湖滨区住建局", "--due", past)
    ok(demo, "cases", "dispatch", *n[14:16], "--unit", "城管局", "--due", past)
    ok(demo, "cases", "dispatch", *n[16:19], "--unit", "园林局")  # not due yet
    ok(demo, "cases", "supervise", n[18])  # … but marked 督办 by a supervisor
    ok(demo, "cases", "fix", n[0], "--measures", "已清理")  # fixed: its clock stopped

    other = run(demo, "report", "overdue", "--out", str(out), "--unit", "无")
    assert other.code == 1 and "no case of 无 is overdue" in other.err and not out.exists()
    said = ok(demo, "report", "overdue", "--out", str(out)).out
    assert said.splitlines() == [str(out), "16 cases in 3 unit(s): 园林局 1, 城管局 2, "
                                 "湖滨区住建局 13"]
    assert_fonts_embedded(out)
    reader = PdfReader(out)
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)  # landscape
    texts = pages_text(out)
    footers = [FOOTER.search(t).groups() for t in texts]  # type: ignore[union-attr]
    units = [f[0] for f in footers]
    assert units == sorted(units, key=["园林局", "城管局", "湖滨区住建局"].index)
    # Each unit starts on a new page, its pages numbered on their own.
    for unit in ("园林局", "城管局", "湖滨区住建局"):
        own = [(int(f[1]), int(f[2])) for f in footers if f[0] == unit]
        assert own == [(i, len(own)) for i in range(1, len(own) + 1)]
        first = texts[units.index(unit)]
        assert "示范市 问题整改督办单" in first and f"责任单位：{unit}" in first
        assert "督办人（签字）" in "".join(t for t, u in zip(texts, units, strict=True)
                                     if u == unit)
    assert units.count("湖滨区住建局") >= 2  # 13 cases do not fit one page
    whole = "".join(texts)
    for number in [*n[1:16], n[18]]:
        assert number in whole
    assert n[0] not in whole and n[16] not in whole  # fixed; not due and not supervised
    assert len(re.findall(r"超期\s+\d+ 工作日", whole)) == 15 and "督办" in texts[0]
    assert "未超期" in texts[0] and "0 次" in whole
    assert re.search(r"请于 \d{4}年\d{2}月\d{2}日 前完成", texts[0])
    render(out, "overdue")


def test_overdue_figures_are_in_working_time_and_warnings_are_asked_for(
        demo: Path, tmp_path: Path) -> None:
    from inspector import clock
    from inspector.cases import ledger
    from inspector.report import overdue_pdf

    n = numbers(demo)
    ok(demo, "cases", "dispatch", n[0], "--unit", "城管局", "--due", "2026-11-23T10:00")
    ok(demo, "cases", "dispatch", n[1], "--unit", "城管局")
    with opened(demo) as store:
        zone = store.zone()
        # Mon 10:00 → Wed 15:30: 5.5 h + 7 h + 4.5 h = 17 office hours = 2 days 3 hours.
        now = clock.to_zone(datetime(2026, 11, 25, 15, 30), zone)
        groups = overdue_pdf.chased(store, now=now)
        assert [(c.case.number, c.late) for c in groups["城管局"]] == [
            (n[0], "超期 2 工作日 3 工作时")]
        due = ledger.find(store, n[1]).state.due_at
        assert due is not None
        near = due - timedelta(minutes=30)  # 30 office minutes left of 5 工作日
        assert n[1] not in {c.case.number for c in overdue_pdf.chased(store, now=near)
                            ["城管局"]}
        warned = {c.case.number: c.late for c in overdue_pdf.chased(
            store, warning=True, now=near)["城管局"]}
        assert warned[n[1]] == "预警 剩 不足 1 工作时"
        out = tmp_path / "warn.pdf"
        assert overdue_pdf.write(store, out, warning=True, now=near) == {"城管局": 2}
        text = re.sub(r"\s", "", "".join(pages_text(out)))
        assert "预警剩不足1工作时" in text and n[1] in text
        assert "需督办的共2个（超过整改期限1个，临近整改期限（预警）1个）" in text
    nothing = run(demo, "report", "overdue", "--out", str(tmp_path / "x.pdf"), "--unit",
                  "园林局", "--warning")
    assert nothing.code == 1 and "near its due time (预警)" in nothing.err


def test_before_and_after_photos_side_by_side_with_time_and_place(
        demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "对比.pdf"
    n = numbers(demo)
    ok(demo, "cases", "dispatch", *n[:3], "--unit", "湖滨区住建局")
    none = run(demo, "report", "before-after", "--out", str(out))
    assert none.code == 1 and none.err.count("\n") == 1 and not out.exists()
    assert "has after photos yet" in none.err
    ok(demo, "cases", "fix", n[0], "--measures", "已清理", "--photo",
       str(photo(tmp_path / "fix.jpg", (90, 160, 90))))
    ok(demo, "cases", "fix", n[1], "--measures", "已修复", "--photo",
       str(photo(tmp_path / "fix2.jpg", (200, 120, 60))))
    ok(demo, "config", "set", "inspector", "李四")
    ok(demo, "cases", "reinspect", n[0], "--pass", "--photo",
       str(photo(tmp_path / "pass.jpg", (60, 120, 200))))
    said = ok(demo, "report", "before-after", "--out", str(out)).out
    assert said.splitlines() == [str(out), "2 cases with before and after photos"]
    assert_fonts_embedded(out)
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # portrait
    text = "".join(pages_text(out))
    assert n[0] in text and n[1] in text and n[2] not in text  # n[2]: no after photo
    assert "销号" in text and "已整改待复查" in text and "湖滨区住建局" in text
    assert "整改前" in text and "整改后" in text and "整改反馈 " in text and "复查 " in text
    assert "GPS " in text  # the demo's before photos carry their position
    with opened(demo) as store:
        location = str(store.rows("cases", "number = ?", [n[0]])[0]["location"])
    assert location and location in text  # the after photos have none: the case's place
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 3 + 2  # 3 after photos and each case's before photo(s)
    other = run(demo, "report", "before-after", "--out", str(out), "--unit", "城管局")
    assert other.code == 1 and "no case of 城管局 has after photos" in other.err
    render(out, "before-after")
