"""The bulletin's ranking rules, a small YAML file the city edits: the weights of the
districts' composite score and who is praised (通报表扬) or criticised (通报批评). Read and
checked as forms are: every problem named by file and line, all of them at once."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..forms import Context, FormError, compose, decimal_of, mapping, read_text, scalar
from ..messages import QT_TRANSLATE_NOOP

RULES_FILE = "ranking.yaml"  # in the data directory: the city's own rules
RULES = QT_TRANSLATE_NOOP("rules.rules", "ranking rules")
SECTION = QT_TRANSLATE_NOOP("rules.section", "{section}")
PROBLEMS = QT_TRANSLATE_NOOP("rules.problems", "{lines}")
NEGATIVE = QT_TRANSLATE_NOOP("rules.negative", "'{key}' must be 0 or more, not {value}")
NOT_WHOLE = QT_TRANSLATE_NOOP("rules.not_whole", "'{key}' must be a whole number, not {value}")
ABOVE_100 = QT_TRANSLATE_NOOP("rules.above_100", "'{key}' is a score out of 100, not {value}")
NO_RATE_WEIGHT = QT_TRANSLATE_NOOP(
    "rules.no_rate_weight",
    "at least one of field_rate, closure_rate and on_time_rate must weigh more than 0")

RATES = ("field_rate", "closure_rate", "on_time_rate")  # weights of rates, in percent
COUNTS = ("overdue", "rework")  # points off per percent of the cases dispatched
SECTIONS = {"composite": (*RATES, *COUNTS), "praise": ("top", "above"),
            "criticism": ("bottom", "overdue_rate_above")}
WHOLE = {"top", "bottom"}
PERCENT = {"above", "overdue_rate_above"}

DEFAULT = """\
# 月通报排名规则 · the bulletin's ranking rules.
# Copy this file to ranking.yaml in the data directory (or name another file with
# `inspector config set ranking_rules FILE`), edit it, and check it with
# `inspector rules check FILE`. A key left out counts as 0 (not used).
#
# composite — each district's 综合得分: the rates weighed, out of 100,
#   Σ weight × rate ÷ Σ weight   over the rates the district has in the period
#   (a district no case was dispatched to is scored on its field rate alone),
# less `overdue` points per percent of its cases overdue at the period's end (超期率) and
# `rework` points per percent sent back (返工率) — shares, so a month and a year compare.
composite:
  field_rate: 60      # 实地考察得分率
  closure_rate: 20    # 结案率
  on_time_rate: 20    # 按期结案率
  overdue: 0.2        # 超期率每 1% 扣分
  rework: 0.1         # 返工率每 1% 扣分
# praise — 通报表扬: the first `top` districts by composite, and any scoring `above` or more.
praise:
  top: 1
  above: 90
# criticism — 通报批评: the last `bottom` districts, and any with more than
# `overdue_rate_above` percent of the period's cases overdue at its end.
criticism:
  bottom: 1
  overdue_rate_above: 10
"""


@dataclass(frozen=True)
class Rules:
    weights: dict[str, Decimal]  # field_rate, closure_rate, on_time_rate
    deductions: dict[str, Decimal]  # overdue, rework: points per case
    praise_top: int
    praise_above: Decimal | None
    criticism_bottom: int
    criticism_overdue_rate_above: Decimal | None  # percent of the cases dispatched
    source: str


def parse(text: str, path: str = "<rules>") -> Rules:
    ctx = Context(path, [])
    root = compose(text, path)
    top = mapping(ctx, root, RULES(), set(SECTIONS))
    values: dict[str, Decimal] = {}
    given: set[str] = set()
    for section, keys in SECTIONS.items():
        node = top.get(section)
        if node is None:
            continue
        where = SECTION(section=section)
        m = mapping(ctx, node, where, set(keys))
        for key in keys:
            text_, vnode = scalar(ctx, m, key, where, node, required=False)
            value = decimal_of(ctx, text_, vnode, where, key)
            if value is None:
                continue
            if value < 0:
                ctx.err(vnode, where, NEGATIVE(key=key, value=value))
            elif key in WHOLE and value != value.to_integral_value():
                ctx.err(vnode, where, NOT_WHOLE(key=key, value=value))
            elif key in PERCENT and value > 100:
                ctx.err(vnode, where, ABOVE_100(key=key, value=value))
            else:
                values[key] = value
                given.add(key)
    if not ctx.errors and not any(values.get(k, Decimal(0)) > 0 for k in RATES):
        ctx.err(top.get("composite") or root, SECTION(section="composite"), NO_RATE_WEIGHT())
    if ctx.errors:
        raise FormError(PROBLEMS(lines=ctx.errors))
    return Rules(
        weights={k: values.get(k, Decimal(0)) for k in RATES},
        deductions={k: values.get(k, Decimal(0)) for k in COUNTS},
        praise_top=int(values.get("top", 0)),
        praise_above=values.get("above") if "above" in given else None,
        criticism_bottom=int(values.get("bottom", 0)),
        criticism_overdue_rate_above=values.get("overdue_rate_above")
        if "overdue_rate_above" in given else None,
        source=path)


def load(path: Path) -> Rules:
    return parse(read_text(path), str(path))


def in_effect(data_dir: Path | None, setting: str = "") -> Rules:
    """The rules the city set (`ranking_rules`), else ranking.yaml in the data directory,
    else the built-in ones."""
    if setting.strip():
        return load(Path(setting.strip()))
    if data_dir is not None and (data_dir / RULES_FILE).is_file():
        return load(data_dir / RULES_FILE)
    return parse(DEFAULT, "built-in rules")

