"""The baselines a scorecard is compared with (e.g. the official evaluation's 29.47 of
40): added, removed by label and read."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ..domain import Baseline
from ..errors import UserError
from ..interchange import derived_id
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store

BASELINE_NEEDS_LABEL = QT_TRANSLATE_NOOP(
    "baselines.needs_label",
    "a baseline needs a label, e.g. \"2025年度国家测评\"")
BASELINE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "baselines.out_of_range",
    "baseline '{label}': {value} is not a score out of 40")
NO_SUCH_BASELINE = QT_TRANSLATE_NOOP("baselines.no_such", "no baseline labelled '{label}'")
BASELINE_NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "baselines.not_a_number",
    "baseline '{label}': '{value}' is not a number (e.g. 29.47)")


def add(store: Store, label: str, value: str) -> Baseline:
    """Add a baseline, or give an existing label its new score."""
    label = label.strip()
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        raise UserError(BASELINE_NOT_A_NUMBER(label=label, value=value)) from None
    if not label:
        raise UserError(BASELINE_NEEDS_LABEL())
    if not number.is_finite() or not 0 <= number <= 100:
        raise UserError(BASELINE_OUT_OF_RANGE(label=label, value=value))
    store.save("baselines", {"id": derived_id("baseline", label), "label": label,
                             "value": str(number), "deleted": 0})
    return Baseline(label, number)


def remove(store: Store, label: str) -> None:
    found = store.rows("baselines", "label = ?", [label])
    if not found:
        raise UserError(NO_SUCH_BASELINE(label=label))
    with store.transaction():
        for r in found:
            store.delete("baselines", r["id"])


def listed(store: Store) -> list[Baseline]:
    """The baselines, in the order they were added (a malformed value left out)."""
    out = []
    for r in store.rows("baselines", order_by="rowid"):
        try:
            out.append(Baseline(r["label"], Decimal(r["value"])))
        except InvalidOperation:
            continue
    return out
