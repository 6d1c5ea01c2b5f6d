"""Other devices' audit chains as their packages vouched for them (seq → hash).

A device's package carries its chain's hash at the head and at every earlier package it
made. Kept here per device, they let a later package be checked: made from the same
history, extended — or from a history rewritten since (rules.check_history).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .store import Store, now_iso


class Seen(NamedTuple):
    hash: str
    file_name: str  # the package that vouched for it
    at: str  # when that package was imported


def seen(store: Store, device_id: str) -> dict[int, Seen]:
    return {int(seq): Seen(str(h), str(f), str(a)) for seq, h, f, a in store.db.execute(
        "SELECT seq, hash, file_name, at FROM device_heads WHERE device_id = ?", [device_id])}


def record(store: Store, device_id: str, checkpoints: Mapping[int, str], package: str,
           file_name: str) -> None:
    """Inside the caller's transaction (the package's)."""
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO device_heads (device_id, seq, hash, package, file_name, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(device_id, seq, h, package, file_name, now_iso()) for seq, h in checkpoints.items()])


def forget(store: Store, device_id: str) -> int:
    """A supervisor accepts that a device's history started again (a restored laptop)."""
    cursor = store.db.execute("DELETE FROM device_heads WHERE device_id = ?", [device_id])
    return int(cursor.rowcount)
