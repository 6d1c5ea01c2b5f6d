"""The monthly bulletin (月通报), and the quarter's and year's, as a PDF for the city's
leaders: the headline, the trend, the districts ranked with arrows, the standards that lost
most, points recovered and newly lost, the units ranked with their overdue cases, who is
praised and criticised by the city's rule, the problems that came back, and what it was
built from. A4, the CJK font embedded, the city and period on every page."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from .. import output
from ..bulletin.build import Bulletin
from ..bulletin.rankings import DistrictRow
from . import charts
from .pdfkit import ReportDoc, para, section, table

DASH = "—"
def title(b: Bulletin) -> str:
    """示范市…2026年11月通报 (月通报), …2026年第四季度评比通报, …2026年度考核通报."""
    p = b.period
    named = {"month": f"{p.label}通报", "quarter": f"{p.label}评比通报",
             "year": f"{p.year}年度考核通报"}[p.kind]
    return f"{b.city}创建全国文明城市实地考察{named}"


def _d(value: Decimal | None, suffix: str = "") -> str:
    return DASH if value is None else f"{value}{suffix}"


def _signed(value: Decimal | None) -> str:
    if value is None:
        return DASH
    return f"+{value}" if value > 0 else str(value)


def arrow(row: DistrictRow) -> str:
    """较上期: ↑2 up two places, ↓1 down one, — the same, 新 not ranked before."""
    if row.rank is None:
        return DASH
    if row.previous_rank is None:
        return "新"
    moved = row.previous_rank - row.rank
    return f"↑{moved}" if moved > 0 else (f"↓{-moved}" if moved < 0 else "—")


def headline(b: Bulletin, width: float) -> list[Flowable]:
    out: list[Flowable] = [section(title(b), "title", title="概况")]
    field = b.field_score
    out.append(para(f"实地考察 {_d(field)} / 40", "big"))
    change = [f"较上期 {_signed(field - b.field_before)}" if field is not None
              and b.field_before is not None else "上期无测评"]
    for base in b.baselines:
        if field is not None:
            change.append(f"较{base.label}（{base.value}）{_signed(field - base.value)}")
    out.append(para(" · ".join(change), "center"))
    out.append(Spacer(1, 3 * mm))
    rows: list[list[Any]] = [["组成", "分值", "得分", "失分"]]
    for p in b.parts:
        rows.append([p.name, str(p.points), _d(p.score), _d(p.lost)])
    rows.append(["估算总分", "100", _d(b.total), _d(Decimal(100) - b.total
                                                   if b.total is not None else None)])
    out.append(table(rows, [50 * mm, 25 * mm, 25 * mm, 25 * mm], right=(1, 2, 3),
                     total_row=True))
    notes = []
    if b.target is not None:
        notes.append(f"目标 {b.target} 分，" + (
            f"尚差 {b.gap} 分" if b.gap is not None and b.gap > 0
            else "已达到" if b.gap is not None else "总分待档案资料、问卷调查得分录入后估算"))
    fastest = b.fastest
    if fastest is not None and fastest.lost:
        worst = b.categories[0] if b.categories else None  # most points lost first
        where = f"，其中{worst.name}失 {worst.lost} 分" if worst and fastest.name == \
            "实地考察" and worst.lost else ""
        notes.append(f"失分最多、补齐最快的是{fastest.name}（失 {fastest.lost} 分{where}）")
    if notes:
        out.append(Spacer(1, 2 * mm))
        out.append(para("；".join(notes) + "。"))
    return out


def trend(b: Bulletin, width: float) -> list[Flowable]:
    if len(b.history) < 2:
        return []
    base = b.baselines[0].value if b.baselines else None
    return [section("实地考察得分走势"),
            charts.trend([f"{int(r.month[5:])}月" for r in b.history],
                         [r.field for r in b.history], width, base)]


def site_types(b: Bulletin) -> list[Flowable]:
    """Per site type: its rate and points lost this period and the previous one."""
    if not b.categories:
        return []
    rows: list[list[Any]] = [["点位类型", "本期得分率", "上期得分率", "本期失分", "上期失分",
                              "挽回(+)/新失(−)"]]
    rows += [[t.name, _d(t.rate, "%"), _d(t.rate_before, "%"), _d(t.lost), _d(t.lost_before),
              _signed(t.change)] for t in b.categories]
    return [CondPageBreak(60 * mm), section("各类点位得分率与失分"),
            table(rows, [56 * mm, 24 * mm, 24 * mm, 22 * mm, 22 * mm, 28 * mm],
                  right=(1, 2, 3, 4, 5))]


def district_trend(b: Bulletin) -> list[Flowable]:
    """Each district's field score rate round by round (the trend's months)."""
    if len(b.history) < 2 or not b.district_trend:
        return []
    months = [f"{int(r.month[5:])}月" for r in b.history]
    rows: list[list[Any]] = [["县（市、区）", *months]]
    rows += [[name, *(DASH if v is None else f"{v}" for v in values)]
             for name, values in b.district_trend]
    first = 22 * mm
    rest = (180 * mm - first) / len(months)
    return [section("县（市、区）得分率走势（%）", "h2", 1),
            table(rows, [first, *([rest] * len(months))],
                  right=tuple(range(1, len(months) + 1)))]


def districts(b: Bulletin, width: float) -> list[Flowable]:
    if not b.districts:
        return []
    rows: list[list[Any]] = [["名次", "县（市、区）", "得分率", "结案率", "按期结案率",
                              "超期（超期率）", "返工", "综合得分", "较上期", "通报"]]
    for d in b.districts:
        rows.append([_d(Decimal(d.rank)) if d.rank else DASH, d.district,
                     _d(d.field_rate, "%"), _d(d.closure_rate, "%"),
                     _d(d.on_time_rate, "%"), f"{d.overdue}（{d.overdue_rate}%）", str(d.reworks),
                     _d(d.composite), arrow(d),
                     "表扬" if d.praised else ("批评" if d.criticised else "")])
    w = rules_text(b)
    ranked = [d for d in b.districts if d.field_rate is not None]
    ranked.sort(key=lambda d: d.field_rank or 0)
    return [CondPageBreak(90 * mm), section("县（市、区）排名"),
            table(rows, [11 * mm, 26 * mm, 17 * mm, 17 * mm, 20 * mm, 24 * mm, 11 * mm,
                         18 * mm, 14 * mm, 12 * mm], right=(0, 2, 3, 4, 5, 6, 7)),
            para(w, "small"), Spacer(1, 2 * mm),
            charts.district_rates([d.district for d in ranked],
                                  [d.field_rate for d in ranked], width)]


def rules_text(b: Bulletin) -> str:
    r = b.rules
    weights = "，".join(f"{name} {r.weights[k]}" for k, name in (
        ("field_rate", "得分率"), ("closure_rate", "结案率"), ("on_time_rate", "按期结案率"))
        if r.weights[k])
    off = "，".join(f"{name}每 1% 扣 {r.deductions[k]} 分" for k, name in (
        ("overdue", "超期率"), ("rework", "返工率")) if r.deductions[k])
    praise = [f"前 {r.praise_top} 名"] if r.praise_top else []
    praise += [f"综合得分 {r.praise_above} 分以上"] if r.praise_above is not None else []
    blame = [f"后 {r.criticism_bottom} 名"] if r.criticism_bottom else []
    blame += [f"超期率超过 {r.criticism_overdue_rate_above}%"] \
        if r.criticism_overdue_rate_above is not None else []
    return (f"综合得分按权重（{weights}）计算" + (f"，{off}" if off else "") +
            f"；通报表扬：{'或'.join(praise) or '无'}；通报批评：{'或'.join(blame) or '无'}。"
            f"各期按其测评轮次平均，结案情况按首次交办时间计入，统计至期末。规则：{r.source}")


def losses(b: Bulletin) -> list[Flowable]:
    out: list[Flowable] = []
    if b.top_losses:
        rows: list[list[Any]] = [["测评标准", "内容", "点位类型", "失分"]]
        rows += [[x.key, x.name, x.category, str(x.lost)] for x in b.top_losses]
        out += [CondPageBreak(60 * mm), section("本期失分最多的十项测评标准"),
                table(rows, [18 * mm, 100 * mm, 40 * mm, 18 * mm], right=(3,))]
    for caption, changes in (("较上期挽回失分", b.recovered[:10]),
                             ("较上期新增失分", b.newly_lost[:10])):
        if not changes:
            continue
        rows = [["测评标准", "内容", "点位类型", "上期", "本期", "变化"]]
        rows += [[c.loss.key, c.loss.name, c.loss.category, str(c.before), str(c.now),
                  _signed(c.delta)] for c in changes]
        out += [section(caption, "h2", 1),
                table(rows, [18 * mm, 84 * mm, 34 * mm, 14 * mm, 14 * mm, 16 * mm],
                      right=(3, 4, 5))]
    return out


def units(b: Bulletin) -> list[Flowable]:
    if not b.units:
        return [section("成员单位整改排名"), para("本期没有交办的整改任务。")]
    rows: list[list[Any]] = [["名次", "责任单位", "交办", "结案", "结案率", "按期结案率", "超期",
                              "返工", "平均天数"]]
    for u in b.units:
        f = u.figures
        rows.append([str(u.rank), f.group, str(f.dispatched), str(f.closed),
                     _d(f.closure_rate, "%"), _d(f.on_time_rate, "%"), str(f.overdue_now),
                     str(f.reworks), _d(f.days_to_close)])
    return [CondPageBreak(60 * mm), section("成员单位整改排名"),
            table(rows, [12 * mm, 56 * mm, 12 * mm, 12 * mm, 17 * mm, 20 * mm, 12 * mm,
                         12 * mm, 17 * mm], right=(0, 2, 3, 4, 5, 6, 7, 8)),
            para(f"按按期结案率、结案率、超期件数排序；共 {b.cases} 件本期交办的整改任务。",
                 "small")]


def verdicts(b: Bulletin) -> list[Flowable]:
    lines = [f"通报表扬：{'、'.join(b.praised) or '无'}。",
             f"通报批评：{'、'.join(b.criticised) or '无'}。"]
    overdue = [(u.figures.group, u.figures.overdue_now) for u in b.units
               if u.figures.overdue_now]
    if overdue:
        overdue.sort(key=lambda x: (-x[1], x[0]))
        lines.append("超期未整改的单位：" + "、".join(f"{g}（{n} 件）" for g, n in overdue[:15])
                     + ("等" if len(overdue) > 15 else "") + "。")
    return [KeepTogether([section("表扬与批评"), *(para(t) for t in lines)])]


def repeated(b: Bulletin) -> list[Flowable]:
    if not b.repeated:
        return []
    rows: list[list[Any]] = [["点位", "县（市、区）", "测评标准", "连续轮次"]]
    rows += [[r.site, r.district or "未指定", f"{r.item_id} {r.item_text}",
              f"{len(r.rounds)} 轮"] for r in b.repeated]
    return [CondPageBreak(50 * mm), section("反复出现的问题（连续两轮及以上）"),
            table(rows, [44 * mm, 24 * mm, 92 * mm, 18 * mm], right=(3,))]


def sources(b: Bulletin) -> list[Flowable]:
    rows: list[list[Any]] = [["测评轮次", "月份", "实地考察", "档案资料", "问卷调查", "来源"]]
    for r in b.rounds:
        rows.append([r.name, r.month, _d(r.field), _d(r.archive), _d(r.survey),
                     str(r.row.get("scores_source") or "")])
    return [CondPageBreak(40 * mm), section("数据来源"),
            table(rows, [44 * mm, 18 * mm, 20 * mm, 20 * mm, 20 * mm, 56 * mm],
                  right=(2, 3, 4)),
            para(f"本期 {len(b.rounds)} 轮测评、{b.cases} 件整改任务；得分由各轮测评数据按其测评表"
                 "版本重新计算。", "small")]


def write(b: Bulletin, out: Path) -> Path:
    with output.writing(out) as part:
        doc = ReportDoc(str(part), f"{b.city} · {b.period.label} · 实地考察通报", b.generated,
                        title=title(b))
        story: Sequence[Flowable] = [
            *headline(b, doc.width), *trend(b, doc.width), *district_trend(b),
            *districts(b, doc.width), *site_types(b), *losses(b), *units(b), *verdicts(b),
            *repeated(b), *sources(b)]
        doc.render(story)
    return out
