"""A consistent copy of the database while the app may be writing to it (for backups)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .store import Store


def copy_to(store: Store, target: Path) -> list[tuple[str, str]]:
    """Copy the database to `target` with SQLite's backup API (a consistent snapshot,
    even while another connection writes); returns the (sha256, ext) of the photos whose
    original that copy says is stored."""
    copy = sqlite3.connect(target)
    try:
        store.db.conn.backup(copy)
    finally:
        copy.close()
    con = sqlite3.connect(target)
    try:
        return [(str(sha), str(ext)) for sha, ext in con.execute(
            "SELECT sha256, ext FROM photos WHERE original_present = 1").fetchall()]
    finally:
        con.close()
