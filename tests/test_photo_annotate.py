"""Annotations drawn on a copy: pixels where the shapes say, the original untouched,
the copy stored, linked, printed instead of its original and carried by sync."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import Cli, make_townships
from PIL import Image

from inspector.actions import inspections as act
from inspector.errors import UserError
from inspector.photos.annotate import Shape, annotate, draw, from_json, upright_size
from inspector.photos.importer import import_photos
from inspector.photos.synthetic import synthetic_jpeg
from inspector.photos.tree import PhotoTree
from inspector.store import Store, photo_rows

WHITE = (255, 255, 255)


def is_red(pixel: float | tuple[int, ...] | None) -> bool:
    """`pixel` as Image.getpixel gives it: a tuple, from the RGB images drawn here."""
    assert isinstance(pixel, tuple), pixel
    r, g, b = pixel[:3]
    return r > 170 and g < 110 and b < 110  # JPEG blurs the pure colour a little


def test_circle_and_arrow_land_on_their_pixels() -> None:
    blank = Image.new("RGB", (600, 400), WHITE)
    out = draw(blank, [Shape("circle", 100, 100, 300, 300), Shape("arrow", 50, 350, 550, 350)])
    assert blank.getpixel((100, 200)) == WHITE  # drawn on a copy
    assert is_red(out.getpixel((101, 200)))  # the circle's left edge
    assert is_red(out.getpixel((200, 101)))  # its top
    assert out.getpixel((200, 200)) == WHITE  # a ring, not a disc
    assert out.getpixel((101, 101)) == WHITE  # outside the ring, inside its box
    assert is_red(out.getpixel((300, 350)))  # the arrow's shaft
    assert is_red(out.getpixel((540, 350)))  # its head
    assert out.getpixel((300, 330)) == WHITE


def test_text_is_drawn_where_it_starts() -> None:
    blank = Image.new("RGB", (600, 400), WHITE)
    out = draw(blank, [Shape("text", 300, 200, text="积水")])
    red = [(x, y) for x in range(0, 600, 2) for y in range(0, 400, 2)
           if is_red(out.getpixel((x, y)))]
    assert red
    assert min(x for x, _ in red) >= 300 and min(y for _, y in red) >= 200
    assert max(x for x, _ in red) < 300 + 3 * 40 and max(y for _, y in red) < 200 + 60


def test_shapes_are_scaled_onto_a_smaller_copy() -> None:
    half = draw(Image.new("RGB", (300, 200), WHITE), [Shape("circle", 100, 100, 300, 300)],
                scale=0.5)
    assert is_red(half.getpixel((51, 100))) and half.getpixel((100, 100)) == WHITE


def test_an_unknown_shape_is_refused() -> None:
    with pytest.raises(UserError):
        Shape("square", 0, 0, 1, 1)


@pytest.fixture
def inspected(data_dir: Path, tmp_path: Path) -> tuple[Store, str, str, Path]:
    """A started inspection with one problem and one sideways phone photo linked to it."""
    make_townships(data_dir)
    store = Store.open(data_dir)
    insp = act.start(store, store.round()["id"], store.sites()[0], "张三")["id"]
    pid = "p-1"
    found = store.round_form(store.round()).item("XZ01")
    assert found is not None
    act.add_problem(store, insp, found[1], problem_id=pid)
    path = tmp_path / "IMG_0001.jpg"
    # 600 × 400 as seen, stored 400 × 600 with orientation 6, as a phone held upright does.
    path.write_bytes(synthetic_jpeg(600, 400, "annotate", orientation=6,
                                    lat=Decimal("30.6"), lon=Decimal("114.2"),
                                    taken_at=datetime(2024, 5, 6, 9, 30,
                                                      tzinfo=timezone(timedelta(hours=8)))))
    report = import_photos(store, [path], insp, pid, workers=1)
    assert len(report.imported) == 1
    return store, insp, pid, path


def test_annotation_is_a_linked_derivative(inspected: tuple[Store, str, str, Path],
                                           data_dir: Path) -> None:
    store, insp, pid, source = inspected
    [original] = photo_rows.linked_photos(store, insp, pid)
    tree = PhotoTree(data_dir)
    original_file = tree.original(original["sha256"], original["ext"])
    before = original_file.read_bytes()
    assert upright_size(original) == (600, 400)
    shapes = [Shape("circle", 100, 100, 300, 300), Shape("text", 350, 50, text="积水")]
    sha = annotate(store, original["sha256"], shapes, insp, pid)
    assert original_file.read_bytes() == before
    assert hashlib.sha256(before).hexdigest() == original["sha256"] == \
        hashlib.sha256(source.read_bytes()).hexdigest()
    drawn = tree.original(sha, "jpg")
    data = drawn.read_bytes()
    assert hashlib.sha256(data).hexdigest() == sha != original["sha256"]
    assert tree.display(sha).exists() and tree.thumb(sha).exists()
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (600, 400)  # upright, full size
        assert is_red(image.getpixel((101, 200)))
    row = photo_rows.photo(store, sha)
    assert row is not None and row["derived_from"] == original["sha256"]
    assert from_json(row["annotation"]) == shapes
    assert row["taken_at"] == original["taken_at"] and row["lat"] == original["lat"]
    assert [r["sha256"] for r in photo_rows.linked_photos(store, insp, pid)] == \
        [original["sha256"], sha]
    assert store.db.execute("SELECT count(*) FROM photo_pending").fetchone()[0] == 0
    # Annotating the annotated copy draws again on the original, not on the drawing.
    again = annotate(store, sha, [Shape("arrow", 10, 10, 200, 200)], insp, pid)
    row = photo_rows.photo(store, again)
    assert row is not None and row["derived_from"] == original["sha256"]
    store.close()


def test_the_problem_list_prints_the_annotated_copy(inspected: tuple[Store, str, str, Path]
                                                    ) -> None:
    from inspector.report.data import problems

    store, insp, pid, _ = inspected
    [original] = photo_rows.linked_photos(store, insp, pid)
    sha = annotate(store, original["sha256"], [Shape("circle", 1, 1, 50, 50)], insp, pid)
    rnd = store.round()
    [row] = [p for p in problems(store, rnd["id"], store.round_form(rnd))
             if p.problem_id == pid]
    assert [ph.sha256 for ph in row.photos] == [sha]
    store.close()


def test_sync_carries_the_annotated_copy(inspected: tuple[Store, str, str, Path],
                                         cli: Cli, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from inspector.cli import main

    store, insp, pid, _ = inspected
    [original] = photo_rows.linked_photos(store, insp, pid)
    sha = annotate(store, original["sha256"], [Shape("arrow", 1, 1, 90, 90)], insp, pid)
    store.close()
    package = tmp_path / "out.pkg"
    assert cli("sync", "export", "--out", str(package)).code == 0
    sup = tmp_path / "sup"
    assert main(["--data-dir", str(sup), "config", "set", "role", "supervisor"]) == 0
    # This laptop made the round itself, as only a supervisor does: trusted as one.
    assert main(["--data-dir", str(sup), "sync", "import", str(package)]) == 3
    fingerprint = capsys.readouterr().out.split("trust it with 'inspector devices trust ")[1]
    assert main(["--data-dir", str(sup), "devices", "trust", fingerprint.split()[0], "--role",
                 "supervisor"]) == 0
    assert ": applied" in capsys.readouterr().out
    there = Store.open(sup)
    row = photo_rows.photo(there, sha)
    assert row is not None and row["derived_from"] == original["sha256"]
    assert from_json(row["annotation"]) == [Shape("arrow", 1, 1, 90, 90)]
    assert [r["sha256"] for r in photo_rows.linked_photos(there, insp, pid)] == \
        [original["sha256"], sha]
    tree = PhotoTree(sup)
    assert hashlib.sha256(tree.original(sha, "jpg").read_bytes()).hexdigest() == sha
    there.close()


def test_without_its_original_the_copy_is_drawn_on_the_display_copy(
        inspected: tuple[Store, str, str, Path], data_dir: Path) -> None:
    store, insp, pid, _ = inspected
    big = data_dir.parent / "IMG_big.jpg"
    big.write_bytes(synthetic_jpeg(3200, 2400, "big"))
    import_photos(store, [big], insp, pid, workers=1)
    row = next(r for r in photo_rows.linked_photos(store, insp, pid) if r["width"] == 3200)
    tree = PhotoTree(data_dir)
    tree.original(row["sha256"], "jpg").unlink()  # as if received by sync, display only
    store.db.execute("UPDATE photos SET original_present = 0 WHERE sha256 = ?",
                     [row["sha256"]])
    sha = annotate(store, row["sha256"], [Shape("circle", 400, 400, 1200, 1200)], insp, pid)
    with Image.open(tree.original(sha, "jpg")) as image:
        assert image.size == (1600, 1200)  # the display copy: half the original's pixels
        assert is_red(image.getpixel((201, 400))) and not is_red(image.getpixel((400, 400)))
    store.close()
