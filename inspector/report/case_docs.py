"""What the case documents (交办单, 督办单, 整改前后对比) share: the standards' texts, the
round's name, a case's photos as thumbnails, and a photo's time and place as printed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import clock
from ..cases.ledger import LedgerCase
from ..errors import UserError
from ..photos.files import thumb_path
from ..photos.tree import PhotoTree
from ..store import Store


def standards(store: Store) -> dict[str, str]:
    """item id → its standard's text, from the current round's form ({} without a round)."""
    try:
        form = store.round_form(store.round())
    except UserError:
        return {}
    return {it.id: it.text for cat in form.categories for it in cat.items}


def standard(case: LedgerCase, texts: Mapping[str, str]) -> str:
    item = str(case.row["item_id"])
    return f"{item} {texts.get(item, '')}".strip()


def round_name(store: Store, cases: Sequence[LedgerCase] | None = None) -> str:
    """The round a document's cases come from, to name in its title: the one round they
    all come from, else none (cases of several rounds, or entered by hand); without
    `cases`, the current round."""
    if cases is None:
        try:
            return str(store.round()["name"])
        except UserError:
            return ""
    ids = {c.row["round_id"] for c in cases}
    if len(ids) != 1 or None in ids:
        return ""
    found = store.get("rounds", str(next(iter(ids))))
    return str(found["name"]) if found else ""


def local(when: datetime | None, zone: clock.Zone) -> datetime | None:
    return None if when is None else clock.to_zone(when, zone)


def when_text(when: datetime | None) -> str:
    return "" if when is None else f"{when:%Y-%m-%d %H:%M}"


def thumbs(tree: PhotoTree, rows: Iterable[Mapping[str, Any]]) -> list[Path]:
    """The thumbnails of the photos `rows` (sha256, ext), made again when missing; a photo
    whose original is gone is left out (the document says 缺照片 when none is left)."""
    out = []
    for p in rows:
        try:
            out.append(thumb_path(tree, p["sha256"], p["ext"]))
        except Exception:
            continue
    return out


def place(row: Mapping[str, Any], fallback: str) -> str:
    """Where a photo was taken: its GPS position when it has one, else the case's
    location text."""
    lat, lon = row.get("lat"), row.get("lon")
    try:
        return f"GPS {float(lat):.5f}, {float(lon):.5f}" if lat and lon else fallback
    except (TypeError, ValueError):
        return fallback
