"""A photo import killed (SIGKILL) mid-way leaves no row without its file and, after the
next import's recovery, no file without its row."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from inspector import paths
from inspector.actions import results, rounds
from inspector.actions.sites import import_sites
from inspector.photos.evidence import verify_store
from inspector.photos.importer import import_photos, recover, tree_of
from inspector.photos.synthetic import scene
from inspector.store import Store, photo_rows

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

PHOTOS = 40
ROWS_BEFORE_KILL = 3

IMPORTER = """
import os
import signal
import sys
from pathlib import Path

from inspector.photos import importer
from inspector.store import Store

if __name__ == "__main__":
    data_dir, folder, inspection, die_after = sys.argv[1:5]
    if die_after != "-":  # die right after the n-th original lands, before its row
        moved = []
        real_move = importer.move_into_place

        def move_then_die(src, dst):
            real_move(src, dst)
            if "originals" in dst.parts:
                moved.append(dst)
                if len(moved) == int(die_after):  # the process and its workers at once
                    os.killpg(os.getpgid(0), signal.SIGKILL)

        importer.move_into_place = move_then_die
    store = Store.open(Path(data_dir))
    importer.import_photos(store, [Path(folder)], inspection, workers=2)
    print("finished", flush=True)
"""


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, str, Path]:
    """A data directory with one inspection, and a folder of distinct 6.75-MP JPEGs."""
    (tmp_path / "sites.csv").write_text("点位名称,点位类型,县市区\n青山镇,乡镇,青山县\n",
                                        encoding="utf-8")
    answers = {"XZ01": "fail", **{f"XZ{i:02d}": "checked" for i in (2, 3, 4, 5)},
               **{f"XZ{i:02d}": "pass" for i in (6, 7, 9, 10)}, "XZ08": "好"}
    (tmp_path / "results.json").write_text(json.dumps({
        "format": "inspector-results/1", "round": "第1轮", "inspections": [
            {"site": "青山镇", "inspector": "张三", "outcome": "finished",
             "responses": answers, "problems": [{"item": "XZ01"}]}]}), encoding="utf-8")
    data_dir = tmp_path / "data"
    store = Store.open(data_dir)
    try:
        import_sites(store, tmp_path / "sites.csv")
        rounds.create_round(store, "第1轮", "civilized-city-field")
        rounds.sample(store, None, "1", ["张三"], per_type=1)
        results.import_results(store, tmp_path / "results.json")
        [inspection] = [r["id"] for r in store.rows("inspections")]
    finally:
        store.close()
    out = io.BytesIO()
    scene(3000, 2250, "kill").save(out, "JPEG", quality=85)
    jpeg = out.getvalue()
    folder = tmp_path / "card"
    folder.mkdir()
    for i in range(PHOTOS):  # the same picture with a different comment: different photos
        comment = f"photo {i}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        (folder / f"IMG_{i:04d}.jpg").write_bytes(jpeg[:2] + segment + jpeg[2:])
    return data_dir, inspection, folder


def start(tmp_path: Path, data_dir: Path, folder: Path, inspection: str,
          die_after: str = "-") -> subprocess.Popen[str]:
    script = tmp_path / "import_photos_script.py"
    script.write_text(IMPORTER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != paths.ENV_VAR}
    # Its own process group: the kill takes the worker processes with it, as a power cut would.
    return subprocess.Popen([sys.executable, str(script), str(data_dir), str(folder),
                             inspection, die_after], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
                            start_new_session=True)


def photo_count(data_dir: Path) -> int:
    uri = f"file:{data_dir / paths.DB_NAME}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM photos").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:  # busy, or not there yet
        return 0


def stop(proc: subprocess.Popen[str]) -> str:
    try:
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return err


def check_in_step(data_dir: Path) -> int:
    """Integrity, and files and rows in step; returns the number of photos stored."""
    conn = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    store = Store.open(data_dir)
    try:
        tree = tree_of(store)
        rows = photo_rows.all_photos(store)
        for row in rows:  # no row without its original (even before recovery)
            assert tree.original(row["sha256"], row["ext"]).is_file()
        recover(store, tree)
        report = verify_store(store)
        assert report.ok, (report.changed, report.missing, report.unknown)
        assert report.checked == len(rows)
        assert len(list(tree.originals())) == len(rows)  # no original without its row
        assert photo_rows.pending(store) == []
        assert not tree.staging.exists() or list(tree.staging.iterdir()) == []
        linked = {r["photo_sha256"] for r in store.rows("photo_links")}
        assert linked == {r["sha256"] for r in rows}  # every stored photo is linked
        for row in rows:  # and its copies are there or can be made again
            with Image.open(tree.display(row["sha256"])) as im:
                assert max(im.size) == 1600
        return len(rows)
    finally:
        store.close()


def finish_import(data_dir: Path, folder: Path, inspection: str) -> None:
    """The next import recovers first, then stores every photo of the folder once."""
    store = Store.open(data_dir)
    try:
        report = import_photos(store, [folder], inspection, workers=2)
        assert report.refused == [] and not report.cancelled
        assert len(report.imported) == PHOTOS
    finally:
        store.close()
    assert check_in_step(data_dir) == PHOTOS


def test_an_import_killed_mid_way_leaves_files_and_rows_in_step(
        tmp_path: Path, setup: tuple[Path, str, Path]) -> None:
    data_dir, inspection, folder = setup
    proc = start(tmp_path, data_dir, folder, inspection)
    deadline = time.monotonic() + 20
    stored = 0
    try:
        while (stored := photo_count(data_dir)) < ROWS_BEFORE_KILL:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"import ended before the kill: {proc.communicate()}")
            time.sleep(0.005)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        stop(proc)
    assert proc.returncode == -signal.SIGKILL
    after = check_in_step(data_dir)
    assert stored <= after < PHOTOS, "the kill must land mid-import"
    finish_import(data_dir, folder, inspection)


def test_a_kill_between_moving_an_original_and_its_row_is_recovered(
        tmp_path: Path, setup: tuple[Path, str, Path]) -> None:
    data_dir, inspection, folder = setup
    proc = start(tmp_path, data_dir, folder, inspection, die_after="2")
    err = stop(proc)
    assert proc.returncode == -signal.SIGKILL, err
    store = Store.open(data_dir)
    try:
        # the second original is in the tree, journaled, without its row
        assert len(photo_rows.all_photos(store)) == 1
        assert len(photo_rows.pending(store)) == 1
        assert len(list(tree_of(store).originals())) == 2
        assert not verify_store(store).ok
    finally:
        store.close()
    assert check_in_step(data_dir) == 1
    finish_import(data_dir, folder, inspection)


def test_a_kill_while_an_original_replaces_a_display_copy_is_recovered(
        setup: tuple[Path, str, Path]) -> None:
    """A photo known only as a display copy (from a sync package) whose original was being
    imported: the kill leaves the original in the tree, journalled, while the row still
    says "original not received". Recovery removes that file; importing again brings it."""
    import hashlib

    data_dir, inspection, folder = setup
    photo = sorted(folder.iterdir())[0]
    data = photo.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    store = Store.open(data_dir)
    try:
        tree = tree_of(store)
        photo_rows.add(store, {"sha256": sha, "file_name": photo.name, "size": len(data),
                               "ext": "jpg", "width": 3000, "height": 2250,
                               "time_source": "file", "original_present": 0})
        with store.transaction():
            photo_rows.begin(store, sha, "jpg")  # what _commit journals before the move
        target = tree.original(sha, "jpg")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        assert recover(store, tree) == 1
        assert not target.exists()
        assert photo_rows.pending(store) == []
        row = photo_rows.photo(store, sha)
        assert row is not None and row["original_present"] == 0
        report = import_photos(store, [photo], inspection, workers=1)
        assert report.refused == []
        assert target.read_bytes() == data
        row = photo_rows.photo(store, sha)
        assert row is not None and row["original_present"] == 1
    finally:
        store.close()
