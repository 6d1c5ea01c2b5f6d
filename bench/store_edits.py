"""Edits per second through Store.save (versioned, audited, synchronous=FULL, WAL), beside
bare sqlite3 inserts with the same durability, one transaction per edit, in the same run.

Usage: .venv/bin/python bench/store_edits.py [N]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from inspector.store import Store


def store_edits(directory: Path, n: int) -> float:
    store = Store.open(directory)
    t0 = time.perf_counter()
    for i in range(n):
        store.save("baselines", {"id": f"b{i % 50}", "label": f"测评{i}", "value": str(i)})
    elapsed = time.perf_counter() - t0
    store.close()
    return n / elapsed


def bare_edits(path: Path, n: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, label TEXT, value TEXT)")
    t0 = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN")
        row = (f"b{i % 50}", f"测评{i}", str(i))
        conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?, ?)", row)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return n / elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        a = store_edits(Path(tmp) / "store", n)
        b = bare_edits(Path(tmp) / "bare.sqlite3", n)
    print(f"{n} edits, one transaction each")
    print(f"(a) Store.save (version stamp + audit row, hash chain): {a:8.0f} edits/s")
    print(f"(b) bare sqlite3 INSERT OR REPLACE, same pragmas:       {b:8.0f} edits/s")
    print(f"ratio a/b: {a / b:.2f}")


if __name__ == "__main__":
    main()
