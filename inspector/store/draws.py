"""The sampling draws of a round, kept so anyone can redo them from the seed."""

from __future__ import annotations

from typing import Any

from .store import Store, now_iso, to_json


def record(store: Store, round_id: str, kind: str, seed: str, params: dict[str, Any],
           result: Any) -> None:
    """A draw ("sample" or "replace"): its seed, what it was asked and what it drew."""
    store.db.table("draws").insert({
        "round_id": round_id, "kind": kind, "seed": seed, "params": to_json(params),
        "result": to_json(result), "at": now_iso(),
    })


def sample_seed(store: Store, round_id: str) -> str | None:
    """The seed the round's sample was drawn with (replacements draw from it too)."""
    row = store.db.execute(
        "SELECT seed FROM draws WHERE round_id = ? AND kind = 'sample' ORDER BY seq",
        [round_id]).fetchone()
    return None if row is None else str(row[0])
