"""A sync import killed (SIGKILL) at any moment leaves the database as it was or with the
whole package applied, never part of it; the next import recovers and applies it cleanly."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector import paths
from inspector.cli import main as cli_main
from inspector.photos.tree import PhotoTree

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# Prints "ready" once imported and opened, then each progress stage; with a number N,
# dies by SIGKILL right after the N-th photo file moved into the photo tree (mid-apply).
IMPORTER = """
import os
import signal
import sys
from pathlib import Path

from inspector.store import Store
from inspector.sync import exchange

data_dir, package, die_after = sys.argv[1:4]
if die_after != "-":
    moved = []
    real_move = exchange.move_into_place

    def move_then_die(src, dst):
        real_move(src, dst)
        moved.append(dst)
        if len(moved) == int(die_after):
            os.kill(os.getpid(), signal.SIGKILL)

    exchange.move_into_place = move_then_die
store = Store.open(Path(data_dir))
print("ready", flush=True)
exchange.import_package(store, Path(package), trust_new=True,
                        progress=lambda stage, done, total: print(stage, flush=True))
print("finished", flush=True)
"""
# The data; photo_pending, the journal of files about to move, is checked apart.
TABLES = ("versions", "sites", "inspections", "responses", "problems", "photo_links",
          "photos", "packages", "devices", "audit")


def run(data_dir: Path, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli_main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue()


def counts(data_dir: Path) -> tuple[int, ...]:
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                     for t in TABLES)
    finally:
        con.close()


def pending(data_dir: Path) -> int:
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        return int(con.execute("SELECT count(*) FROM photo_pending").fetchone()[0])
    finally:
        con.close()


def originals_present(data_dir: Path) -> int:
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        return int(con.execute("SELECT count(*) FROM photos WHERE original_present = 1"
                               ).fetchone()[0])
    finally:
        con.close()


@dataclass(frozen=True)
class Setup:
    package: Path  # 李四's package, ~6 MB
    damaged: Path  # the same, truncated
    display: Path  # the same work with display copies instead of originals
    empty: Path  # a supervisor's data directory before the import
    with_display: Path  # one that holds 李四's photos as display copies only
    before: tuple[int, ...]
    after: tuple[int, ...]
    display_before: tuple[int, ...]
    display_after: tuple[int, ...]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    root = tmp_path_factory.mktemp("sync-kill")
    laptop = root / "laptop"
    assert run(laptop, "demo", "--inspector", "李四", "--seed", "2")[0] == 0
    package, display = root / "李四.pkg", root / "李四-display.pkg"
    assert run(laptop, "sync", "export", "--out", str(package))[0] == 0
    assert run(laptop, "sync", "export", "--full", "--photos", "display", "--out",
               str(display))[0] == 0
    damaged = root / "damaged.pkg"
    damaged.write_bytes(package.read_bytes()[:-1000])
    empty = root / "empty"
    assert run(empty, "config", "set", "role", "supervisor")[0] == 0
    reference = shutil.copytree(empty, root / "reference")
    assert run(reference, "sync", "import", str(package), "--trust-new")[0] == 0
    with_display = shutil.copytree(empty, root / "with-display")
    assert run(with_display, "sync", "import", str(display), "--trust-new")[0] == 0
    upgraded = shutil.copytree(with_display, root / "upgraded")
    assert run(upgraded, "sync", "import", str(package))[0] == 0
    return Setup(package, damaged, display, empty, with_display, counts(empty), counts(reference),
                 counts(with_display), counts(upgraded))


def start(tmp_path: Path, data_dir: Path, package: Path, die_after: str = "-"
          ) -> subprocess.Popen[str]:
    script = tmp_path / "import_package_script.py"
    script.write_text(IMPORTER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != paths.ENV_VAR}
    return subprocess.Popen([sys.executable, str(script), str(data_dir), str(package),
                             die_after], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=tmp_path)


def kill_after(proc: subprocess.Popen[str], marker: str, delay: float) -> list[str]:
    """Kill the importer `delay` seconds after it printed `marker`; what it printed."""
    seen = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            seen.append(line.strip())
            if line.strip() == marker:
                time.sleep(delay)
                break
        proc.kill()
    finally:
        _, err = proc.communicate(timeout=30)
    assert proc.returncode in (0, -signal.SIGKILL), err
    return seen


def check_and_finish(data_dir: Path, package: Path, damaged: Path,
                     before: tuple[int, ...], after: tuple[int, ...]) -> str:
    """Whole or nothing; rows never without files; then the same package imports cleanly.
    Returns where the kill landed: "before" or "after" the commit."""
    state = counts(data_dir)
    assert state in (before, after), "a killed import left part of a package"
    landed = "before" if state == before else "after"
    tree = PhotoTree(data_dir)
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        present = con.execute("SELECT sha256, ext FROM photos WHERE original_present = 1"
                              ).fetchall()
    finally:
        con.close()
    assert all(tree.original(sha, ext).is_file() for sha, ext in present)

    # Any import recovers first, even one that is then refused: no file without its row.
    code, out = run(data_dir, "sync", "import", str(damaged), "--trust-new")
    assert code == 1, out
    assert counts(data_dir) == state and pending(data_dir) == 0
    code, out = run(data_dir, "photos", "verify")
    assert code == 0 and "all intact" in out, out
    assert len(list(tree.originals())) == len(present)
    assert not tree.staging.exists() or not any(tree.staging.iterdir())

    code, out = run(data_dir, "sync", "import", str(package), "--trust-new")
    assert code == 0, out
    assert ("already imported" in out) == (landed == "after"), out
    assert counts(data_dir) == after and pending(data_dir) == 0
    code, out = run(data_dir, "photos", "verify")
    assert code == 0 and "all intact" in out, out
    code, out = run(data_dir, "sync", "import", str(package))
    assert code == 0 and "already imported" in out
    return landed


@pytest.mark.parametrize(("marker", "delay"), [
    ("ready", 0.05), ("ready", 0.2), ("checked", 0.0), ("checked", 0.05), ("checked", 0.15),
    ("checked", 0.5)])
def test_a_killed_import_is_all_or_nothing(setup: Setup, tmp_path: Path, marker: str,
                                           delay: float) -> None:
    data_dir = shutil.copytree(setup.empty, tmp_path / "sup")
    kill_after(start(tmp_path, data_dir, setup.package), marker, delay)
    check_and_finish(data_dir, setup.package, setup.damaged, setup.before, setup.after)


def test_a_kill_while_photos_move_into_place_is_recovered(setup: Setup,
                                                          tmp_path: Path) -> None:
    data_dir = shutil.copytree(setup.empty, tmp_path / "sup")
    proc = start(tmp_path, data_dir, setup.package, die_after="5")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    assert counts(data_dir) == setup.before
    # Five originals are in the tree without rows, journalled: the next import removes them.
    assert len(list(PhotoTree(data_dir).originals())) == 5
    landed = check_and_finish(data_dir, setup.package, setup.damaged, setup.before,
                              setup.after)
    assert landed == "before"


def test_a_kill_while_originals_replace_display_copies_is_recovered(setup: Setup,
                                                                     tmp_path: Path) -> None:
    data_dir = shutil.copytree(setup.with_display, tmp_path / "sup")
    assert originals_present(data_dir) == 0
    proc = start(tmp_path, data_dir, setup.package, die_after="5")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    assert counts(data_dir) == setup.display_before
    assert originals_present(data_dir) == 0
    assert check_and_finish(data_dir, setup.package, setup.damaged, setup.display_before,
                            setup.display_after) == "before"
    assert originals_present(data_dir) == setup.display_after[TABLES.index("photos")]
