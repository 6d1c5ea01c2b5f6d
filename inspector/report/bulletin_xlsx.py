"""The bulletin's figures as a workbook for the 考核 office: one sheet per view (概况, 走势,
县市区排名, 成员单位排名, 失分标准, 反复问题, 数据来源), scores, rates and counts as numbers
(rates as percentage cells), each sheet print-ready."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import output
from ..bulletin.build import Bulletin
from . import xlsx
from .bulletin_pdf import arrow, rules_text, title
from .xlsx import LINE_PT, Column, heading, print_ready, table_rows, wrapped_lines


def write(b: Bulletin, out: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    sheets: list[tuple[str, str, list[Column], list[list[Any]]]] = [
        ("概况", "组成与估算总分", [("组成", 14, "text"), ("分值", 8, "int"), ("得分", 10, "score"),
                            ("失分", 10, "score")],
         [[p.name, int(p.points), _n(p.score), _n(p.lost)] for p in b.parts]
         + [["估算总分", 100, _n(b.total), _n(Decimal(100) - b.total if b.total is not None
                                              else None)],
            ["目标（失分栏为尚差）", None, _n(b.target), _n(b.gap)]]),
        ("走势", "实地考察得分走势", [("测评轮次", 24, "wrap"), ("月份", 9, "text"),
                             ("实地考察", 10, "score"), ("得分率", 9, "pct"),
                             ("档案资料", 10, "score"), ("问卷调查", 10, "score")],
         [[r.name, r.month, _n(r.field), _rate(r.card.rate), _n(r.archive), _n(r.survey)]
          for r in b.history]),
        ("点位类型", "各类点位得分率与失分", [
            ("点位类型", 22, "wrap"), ("本期得分率", 11, "pct"), ("上期得分率", 11, "pct"),
            ("本期失分", 10, "score"), ("上期失分", 10, "score"), ("挽回/新失", 10, "score")],
         [[t.name, _rate(t.rate), _rate(t.rate_before), _n(t.lost), _n(t.lost_before),
           _n(t.change)] for t in b.categories]),
        ("县市区走势", "县（市、区）得分率走势", [("县（市、区）", 12, "text")] + [
            (f"{r.month}", 9, "pct") for r in b.history],
         [[name, *(_rate(v) for v in values)] for name, values in b.district_trend]),
        ("县市区排名", "县（市、区）排名", [
            ("名次", 6, "int"), ("县（市、区）", 14, "wrap"), ("得分率", 9, "pct"),
            ("结案率", 9, "pct"), ("按期结案率", 11, "pct"), ("超期", 7, "int"),
            ("返工", 7, "int"), ("综合得分", 10, "score"), ("较上期", 8, "text"),
            ("通报", 8, "text")],
         [[d.rank, d.district, _rate(d.field_rate), _rate(d.closure_rate),
           _rate(d.on_time_rate), d.overdue, d.reworks, _n(d.composite), arrow(d),
           "表扬" if d.praised else ("批评" if d.criticised else "")] for d in b.districts]),
        ("成员单位排名", "成员单位整改排名", [
            ("名次", 6, "int"), ("责任单位", 26, "wrap"), ("交办", 7, "int"), ("结案", 7, "int"),
            ("结案率", 9, "pct"), ("按期结案率", 11, "pct"), ("超期", 7, "int"),
            ("返工", 7, "int"), ("平均结案天数", 12, "dec")],
         [[u.rank, u.figures.group, u.figures.dispatched, u.figures.closed,
           _rate(u.figures.closure_rate), _rate(u.figures.on_time_rate),
           u.figures.overdue_now, u.figures.reworks, _n(u.figures.days_to_close)]
          for u in b.units]),
        ("失分标准", "本期失分最多的测评标准", [("测评标准", 9, "text"), ("内容", 50, "wrap"),
                                    ("点位类型", 16, "wrap"), ("失分", 8, "score")],
         [[x.key, x.name, x.category, _n(x.lost)] for x in b.top_losses]),
        ("反复问题", "反复出现的问题（连续两轮及以上）", [
            ("点位", 22, "wrap"), ("县（市、区）", 12, "text"), ("测评标准", 9, "text"),
            ("内容", 40, "wrap"), ("连续轮次", 9, "int")],
         [[r.site, r.district or "未指定", r.item_id, r.item_text, len(r.rounds)]
          for r in b.repeated]),
        ("数据来源", "数据来源", [("测评轮次", 24, "wrap"), ("月份", 9, "text"),
                            ("实地考察", 10, "score"), ("档案资料", 10, "score"),
                            ("问卷调查", 10, "score"), ("来源", 30, "wrap")],
         [[r.name, r.month, _n(r.field), _n(r.archive), _n(r.survey),
           str(r.row.get("scores_source") or "")] for r in b.rounds]),
    ]
    for n, (name, caption, columns, rows) in enumerate(sheets):
        sheet = first if n == 0 else book.create_sheet()
        note = rules_text(b) if name == "县市区排名" else f"{b.period.label} · 共 {len(rows)} 行"
        _fill(sheet, name, caption, f"{title(b)}。{note}", columns, rows, b.city,
              b.period.label)
    book.properties.title = title(b)
    with output.writing(out) as part:
        part.write_bytes(xlsx.workbook_bytes(book))
    return out


def _n(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _rate(percent: Decimal | None) -> float | None:
    """A percent figure (72.5) as the cell holds a rate (0.725, shown 72.5 %)."""
    return None if percent is None else float(percent / 100)


def _fill(sheet: Any, name: str, caption: str, note: str, columns: Sequence[Column],
          rows: list[list[Any]], city: str, period: str) -> None:
    sheet.title = name
    heading(sheet, caption, note, [c[0] for c in columns])
    sheet.row_dimensions[2].height = LINE_PT * max(1, wrapped_lines(
        note, sum(c[1] for c in columns)))
    table_rows(sheet, columns, rows)
    sheet.freeze_panes = "A4"
    print_ready(sheet, title_rows=3, left=city, right=f"{period} · {name}",
                landscape=sum(c[1] for c in columns) > 90)
