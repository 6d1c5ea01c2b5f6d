"""What the app reports as saved survives the process being killed (SIGKILL) mid-stream."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from inspector import paths
from inspector.hlc import Stamp
from inspector.store import Store, audit

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Saves one record per iteration and reports it only after save() has returned.
WRITER = """
import sys
from pathlib import Path
from inspector.store import Store

store = Store.open(Path(sys.argv[1]))
i = int(sys.argv[2])
while True:
    store.save("baselines", {"id": f"b{i}", "label": "durability", "value": str(i)})
    if i % 2:  # and every other iteration, two records that belong together
        with store.transaction():
            store.save("baselines", {"id": f"pair{i}a", "label": "pair", "value": str(i)})
            store.save("baselines", {"id": f"pair{i}b", "label": "pair", "value": str(i)})
    sys.stdout.write(f"saved {i}\\n")
    sys.stdout.flush()
    i += 1
"""

REPORTED_BEFORE_KILL = 200


def write_until_killed(data_dir: Path, start: int) -> list[int]:
    """Run the writer, SIGKILL it after enough saves; every index it reported as saved."""
    env = {k: v for k, v in os.environ.items() if k != paths.ENV_VAR}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(start)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=data_dir.parent)
    watchdog = threading.Timer(30, proc.kill)  # never hang the suite
    watchdog.start()
    reported: list[int] = []
    try:
        assert proc.stdout is not None and proc.stderr is not None
        while len(reported) < REPORTED_BEFORE_KILL:
            line = proc.stdout.readline()
            if not line:
                pytest.fail(f"writer stopped early: {proc.stderr.read()}")
            reported.append(int(line.removeprefix("saved ")))
        os.kill(proc.pid, signal.SIGKILL)
        # Lines written before the kill landed are claims too.
        reported += [int(line.removeprefix("saved ")) for line in proc.stdout]
        proc.wait(timeout=10)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL
    return reported


def check_after_kill(data_dir: Path, runs: list[list[int]]) -> None:
    conn = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(conn.execute(
            "SELECT id, value FROM baselines WHERE label = 'durability'").fetchall())
        pairs = [r[0] for r in conn.execute("SELECT id FROM baselines WHERE label = 'pair'")]
        logged = {r[0] for r in conn.execute(
            "SELECT record_id FROM audit WHERE table_name = 'baselines'")}
    finally:
        conn.close()
    reported = [i for run in runs for i in run]
    lost = [i for i in reported if stored.get(f"b{i}") != str(i)]
    assert lost == [], f"reported as saved but not on disk: {lost[:10]}"
    # Only the save in flight when a kill landed may be on disk unreported.
    in_flight = {f"b{max(run) + 1}" for run in runs}
    assert set(stored) - {f"b{i}" for i in reported} <= in_flight
    # A transaction is all or nothing: no pair is half there.
    halves = {p[:-1] for p in pairs}
    assert sorted(pairs) == sorted([h + "a" for h in halves] + [h + "b" for h in halves])
    assert {f"pair{i}a" for i in reported if i % 2} <= set(pairs)  # saved before reported
    # Every record on disk has its audit row, and there are no others.
    assert set(stored) | set(pairs) == logged

    store = Store.open(data_dir)
    try:
        count, broken = audit.verify(store.db)
        assert broken is None, f"audit row {broken.seq} {broken.reason}"
        assert count == len(stored) + len(pairs)
        rows = store.rows("baselines", "label = 'durability'",
                          order_by="CAST(substr(id, 2) AS INTEGER)")
        stamps = [Stamp.parse(r["version"]) for r in rows]
        assert stamps == sorted(stamps)  # later saves kept later versions across the kill
    finally:
        store.close()


def test_every_reported_save_survives_sigkill(tmp_path: Path) -> None:
    """Killed twice mid-stream: every save reported before the kill is on disk, intact."""
    data_dir = tmp_path / "data"
    first = write_until_killed(data_dir, 0)
    assert first[:REPORTED_BEFORE_KILL] == list(range(REPORTED_BEFORE_KILL))
    check_after_kill(data_dir, [first])

    # The killed database opens and keeps working; kill it again.
    second = write_until_killed(data_dir, max(first) + 2)
    check_after_kill(data_dir, [first, second])
