"""The scorecard as text and as JSON; every figure comes from `scoring` as computed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from .. import messages
from ..domain import Form, Scorecard
from ..state import Note, notes_message
from .table import render

NONE = "—"


def _s(value: Decimal | None, suffix: str = "") -> str:
    return NONE if value is None else f"{value}{suffix}"


def score_json(rnd: Mapping[str, Any], form: Form, card: Scorecard, city: str) -> dict[str, Any]:
    def dec(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "city": city, "round": rnd["name"],
        "form": {"id": form.id, "version": form.version, "hash": form.content_hash},
        "total_points": dec(card.total_points), "total": dec(card.total),
        "points_inspected": dec(card.points_inspected), "lost": dec(card.lost),
        "rate": dec(card.rate), "projected": dec(card.projected),
        "counted_unapproved": card.counted_unapproved, "in_progress": card.in_progress,
        "rejected": card.rejected, "all_na": list(card.all_na),
        "categories": [{
            "id": c.category_id, "name": c.name, "points": dec(c.points),
            "sites_sampled": c.sites_sampled, "sites_inspected": c.sites_inspected,
            "score": dec(c.score), "rate": dec(c.rate), "lost": dec(c.lost),
            "item_losses": [{"item": i.item_id, "text": i.text, "lost": dec(i.shown)}
                            for i in c.item_losses],
            "sites": [{"id": s.site_id, "name": s.name, "district": s.district,
                       "status": str(s.status), "rate": dec(s.rate),
                       "inspections": len(s.inspections),
                       "disagreements": list(s.disagreements),
                       "reason": s.reason} for s in c.sites],
        } for c in card.categories],
        "districts": [{"district": d.district or "未指定", "rate": dec(d.rate), "rank": d.rank,
                       "sites_inspected": d.sites_inspected} for d in card.districts],
    }


def score_table(rnd: Mapping[str, Any], form: Form, card: Scorecard, city: str,
                notes: Sequence[Note] = ()) -> str:
    city_part = f"{city} " if city else ""
    head = f"{city_part}{rnd['name']} · 实地考察得分表 · {form.title} v{form.version}"
    rows = [[c.name, str(c.points), str(c.sites_sampled), str(c.sites_inspected),
             _s(c.score) if c.inspected else "未测评", _s(c.rate, "%"), _s(c.lost)]
            for c in card.categories]
    sampled = sum(c.sites_sampled for c in card.categories)
    inspected = sum(c.sites_inspected for c in card.categories)
    rows.append(["合计", str(card.points_inspected), str(sampled), str(inspected),
                 str(card.total), _s(card.rate, "%"), str(card.lost)])
    table = render(["点位类型", "分值", "抽样点位数", "已测评点位数", "得分", "得分率", "失分"],
                   rows, [False, True, True, True, True, True, True])
    lines = [head, "", table, ""]
    summary = f"得分 {card.total} / 已测评分值 {card.points_inspected}"
    if card.projected is not None:
        summary += f" · 折算满分{card.total_points.normalize():f}分: {card.projected}"
    summary += f" · 得分率 {_s(card.rate, '%')} · 失分 {card.lost}"
    lines.append(summary)
    if notes:
        lines.append(messages.render(notes_message(notes), "zh"))  # the table is Chinese
    losses = sorted((i for c in card.categories for i in c.item_losses),
                    key=lambda i: (-i.shown, i.item_id))[:10]
    if losses:
        lines += ["", "失分最多的测评标准"]
        lines.append(render(["标准", "内容", "失分"],
                            [[i.item_id, _clip(i.text, 36), str(i.shown)] for i in losses],
                            [False, False, True]))
    if card.districts:
        lines += ["", "县（市、区）排名"]
        lines.append(render(["名次", "县（市、区）", "得分率", "已测评点位数"],
                            [[str(d.rank) if d.rank else NONE, d.district or "未指定",
                              _s(d.rate, "%"), str(d.sites_inspected)] for d in card.districts],
                            [True, False, True, True]))
    return "\n".join(lines)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
