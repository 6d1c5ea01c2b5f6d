"""Photo evidence (issue 3): import, EXIF, derivatives, odd and bad input, consistency,
linking, suggestions, stamps and verify — all with generated files."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pillow_heif
import pytest
from PIL import Image, ImageOps

from inspector.actions import results, rounds
from inspector.actions.sites import import_sites
from inspector.geo import distance_m, wgs84_to_gcj02
from inspector.photos import decode, evidence, files, stamp
from inspector.photos.decode import Refused, decode_file
from inspector.photos.importer import ImportReport, import_photos, recover
from inspector.photos.suggest import suggest
from inspector.photos.synthetic import exif_block, scene, synthetic_jpeg
from inspector.photos.tree import PhotoTree
from inspector.store import Store, photo_rows

CST = timezone(timedelta(hours=8))
TAKEN = datetime(2026, 11, 20, 9, 58, 12, tzinfo=CST)  # inside 青山镇's 09:30–10:30 window
QINGSHAN = (Decimal("30.2741"), Decimal("120.1551"))  # WGS-84 in the registry
NEAR_QINGSHAN = (Decimal("30.2744"), Decimal("120.1553"))  # ~40 m away
HEKOU_TRUE = (30.3000, 120.2000)  # where 河口镇 really is (WGS-84)
HEKOU_GCJ = wgs84_to_gcj02(*HEKOU_TRUE)  # what a Chinese map gives for it

SITES = ("点位名称,点位类型,县市区,纬度,经度,坐标系\n"
         f"青山镇,乡镇,青山县,{QINGSHAN[0]},{QINGSHAN[1]},WGS-84\n"
         f"河口镇,乡镇,青山县,{HEKOU_GCJ[0]:.7f},{HEKOU_GCJ[1]:.7f},GCJ-02\n")
ANSWERS = {"XZ01": "fail", **{f"XZ{i:02d}": "checked" for i in (2, 3, 4, 5)},
           **{f"XZ{i:02d}": "pass" for i in (6, 7, 9, 10)}, "XZ08": "好"}
RESULTS = {"format": "inspector-results/1", "round": "第1轮", "inspections": [
    {"site": "青山镇", "inspector": "张三", "outcome": "finished",
     "started_at": "2026-11-20T09:30:00+08:00", "finished_at": "2026-11-20T10:30:00+08:00",
     "responses": ANSWERS, "problems": [{"item": "XZ01", "description": "宣传栏破旧"}]},
    {"site": "河口镇", "inspector": "李四", "outcome": "finished",
     "started_at": "2026-11-20T14:00:00+08:00", "finished_at": "2026-11-20T15:00:00+08:00",
     "responses": ANSWERS, "problems": [{"item": "XZ01", "description": "标语褪色"}]},
]}


@dataclass(frozen=True)
class World:
    insp: str  # 青山镇, 张三, 09:30–10:30 +08:00
    problem: str  # its XZ01 problem (photo required)
    other_insp: str  # 河口镇 (GCJ-02 in the registry), 李四, 14:00–15:00 +08:00
    other_problem: str
    round_id: str


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """A data directory with two sampled township sites, each with a finished inspection
    and a problem — built once per module and copied for each test."""
    base = tmp_path_factory.mktemp("photos-template")
    (base / "sites.csv").write_text(SITES, encoding="utf-8")
    (base / "results.json").write_text(json.dumps(RESULTS, ensure_ascii=False), "utf-8")
    store = Store.open(base / "data")
    try:
        import_sites(store, base / "sites.csv")
        rnd = rounds.create_round(store, "第1轮", "civilized-city-field")
        rounds.sample(store, None, "1", ["张三", "李四"], per_type=2)
        assert results.import_results(store, base / "results.json") == 2
        insp = {r["inspector"]: r["id"] for r in store.rows("inspections")}
        prob = {r["inspection_id"]: r["id"] for r in store.rows("problems")}
        world = World(insp["张三"], prob[insp["张三"]], insp["李四"], prob[insp["李四"]],
                      rnd["id"])
    finally:
        store.close()
    return base / "data", world


@pytest.fixture(autouse=True)
def world(template: tuple[Path, World], data_dir: Path) -> World:
    """Autouse, so the data directory is in place before `store` or `cli` open it."""
    shutil.copytree(template[0], data_dir)
    return template[1]


@pytest.fixture
def tree(data_dir: Path) -> PhotoTree:
    return PhotoTree(data_dir)


# ---- making files ----

def encode(image: Image.Image, fmt: str, **params: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def photo_jpeg(seed: str = "p", size: tuple[int, int] = (640, 480), **kw: Any) -> bytes:
    return synthetic_jpeg(*size, seed, **kw)


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A few dozen bytes whose header declares width × height RGB pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(b"\0" * 64)) + png_chunk(b"IEND", b""))


def bomb_jpeg(width: int = 30000, height: int = 30000) -> bytes:
    """A small real JPEG whose SOF0 header is patched to declare width × height."""
    data = bytearray(encode(Image.new("RGB", (16, 16), (9, 9, 9)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def heic(image: Image.Image) -> bytes:
    out = io.BytesIO()
    pillow_heif.from_pillow(image).save(out, quality=50)
    return out.getvalue()


# ---- reading what was stored ----

def row_of(store: Store, digest: str) -> dict[str, Any]:
    row = photo_rows.photo(store, digest)
    assert row is not None, f"no photos row for {digest[:12]}"
    return dict(row)


def original_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "photos" / "originals").glob("*/*") if p.is_file())


def link_rows(store: Store, digest: str) -> list[dict[str, Any]]:
    return store.rows("photo_links", "photo_sha256 = ?", [digest])


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def pixel(path: Path, xy: tuple[int, int]) -> tuple[int, ...]:
    with Image.open(path) as image:
        value = image.convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return value


def near(colour: tuple[int, ...], want: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, want, strict=True))


def import_one(store: Store, world: World, path: Path, **kw: Any) -> ImportReport:
    report = import_photos(store, [path], world.insp, workers=1, **kw)
    assert report.refused == [], report.refused
    assert len(report.imported) == 1
    return report


def assert_consistent(store: Store, data_dir: Path) -> None:
    """Every row has its original, every original has a row, nothing is left staged."""
    report = evidence.verify_store(store)
    assert report.ok, (report.changed, report.missing, report.unknown)
    rows = photo_rows.all_photos(store)
    assert report.checked == len(rows) == len(original_files(data_dir))
    assert photo_rows.pending(store) == []
    staging = PhotoTree(data_dir).staging
    assert not staging.exists() or list(staging.iterdir()) == []


# ---- 1. import, dedupe, folders, EXIF ----

def test_import_keeps_the_original_byte_for_byte_and_reads_exif(
        cli: Callable[..., Any], store: Store, world: World, data_dir: Path,
        tmp_path: Path) -> None:
    data = photo_jpeg("exif", taken_at=TAKEN, lat=NEAR_QINGSHAN[0], lon=NEAR_QINGSHAN[1])
    source = put(tmp_path / "in" / "IMG_0001.JPG", data)
    res = cli("photos", "import", "--inspection", world.insp, str(source))
    assert res.code == 0, res.err
    assert "1 photos imported (1 new, 0 already stored, linked), 0 refused" in res.out
    digest = sha(data)
    stored = data_dir / "photos" / "originals" / digest[:2] / f"{digest}.jpg"
    assert stored.read_bytes() == source.read_bytes() == data
    assert original_files(data_dir) == [stored]
    row = row_of(store, digest)
    assert row["sha256"] == hashlib.sha256(stored.read_bytes()).hexdigest()
    assert (row["file_name"], row["size"], row["ext"]) == ("IMG_0001.JPG", len(data), "jpg")
    assert (row["width"], row["height"], row["orientation"]) == (640, 480, 1)
    assert row["taken_at"] == "2026-11-20T09:58:12+08:00"
    assert row["time_source"] == "exif"
    assert abs(Decimal(row["lat"]) - NEAR_QINGSHAN[0]) < Decimal("0.00001")
    assert abs(Decimal(row["lon"]) - NEAR_QINGSHAN[1]) < Decimal("0.00001")
    assert (row["make"], row["model"]) == ("Xiaomi", "Redmi Note 13")
    assert json.loads(row["flags"]) == []
    [link] = link_rows(store, digest)
    assert (link["inspection_id"], link["problem_id"]) == (world.insp, None)
    assert size_of(PhotoTree(data_dir).display(digest)) == (640, 480)
    assert_consistent(store, data_dir)


def test_the_same_photo_again_is_linked_not_copied(
        cli: Callable[..., Any], store: Store, world: World, data_dir: Path,
        tmp_path: Path) -> None:
    data = photo_jpeg("dup", taken_at=TAKEN)
    first = put(tmp_path / "a.jpg", data)
    again = put(tmp_path / "elsewhere" / "copy of a.jpeg", data)
    assert cli("photos", "import", "--inspection", world.insp, str(first)).code == 0
    res = cli("photos", "import", "--inspection", world.insp, str(first))
    assert res.code == 0 and "1 photos imported (0 new, 1 already stored, linked)" in res.out
    res = cli("photos", "import", "--inspection", world.insp, "--problem", world.problem,
              str(again))
    assert res.code == 0 and "(0 new, 1 already stored, linked)" in res.out
    res = cli("photos", "import", "--inspection", world.other_insp, str(again))
    assert res.code == 0 and "(0 new, 1 already stored, linked)" in res.out
    digest = sha(data)
    assert [p.name for p in original_files(data_dir)] == [f"{digest}.jpg"]
    assert len(photo_rows.all_photos(store)) == 1
    assert row_of(store, digest)["file_name"] == "a.jpg"  # the first name is kept
    links = {(r["inspection_id"], r["problem_id"]) for r in link_rows(store, digest)}
    assert links == {(world.insp, None), (world.insp, world.problem), (world.other_insp, None)}
    assert len(link_rows(store, digest)) == 3  # importing to the same target twice: one link
    # two copies within one batch: stored once too
    b = photo_jpeg("dup-batch")
    report = import_photos(store, [put(tmp_path / "b1.jpg", b), put(tmp_path / "b2.jpg", b)],
                           world.insp, workers=1)
    assert [i.new for i in report.imported] == [True, False]
    assert len(original_files(data_dir)) == 2
    assert_consistent(store, data_dir)


def test_a_folder_import_takes_image_files_from_nested_folders(
        store: Store, world: World, data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "card"
    wanted = [put(folder / "DCIM" / "100PHOTO" / "IMG_1.jpg", photo_jpeg("n1")),
              put(folder / "DCIM" / "101PHOTO" / "deeper" / "IMG_2.PNG",
                  encode(scene(120, 90, "n2"), "PNG")),
              put(folder / "top.jpeg", photo_jpeg("n3"))]
    put(folder / "notes.txt", b"not a photo")
    put(folder / "DCIM" / "clip.mp4", b"\x00\x00\x00\x18ftypmp42")
    put(folder / "DCIM" / "100PHOTO" / "IMG_1.xmp", b"<x:xmpmeta/>")
    put(folder / ".thumbnails" / "x.jpg", b"junk in a hidden folder")
    put(folder / ".DS_Store", b"\0\0\0\1Bud1")
    report = import_photos(store, [folder], world.insp, workers=1)
    assert report.refused == []
    assert sorted(i.source for i in report.imported) == sorted(str(p) for p in wanted)
    assert {row_of(store, sha(p.read_bytes()))["ext"] for p in wanted} == {"jpg", "png"}
    assert_consistent(store, data_dir)


def test_southern_and_western_gps_are_negative(store: Store, world: World,
                                               tmp_path: Path) -> None:
    data = photo_jpeg("sydney", taken_at=TAKEN, lat=Decimal("-33.8688"),
                      lon=Decimal("-151.2093"))
    import_one(store, world, put(tmp_path / "s.jpg", data))
    row = row_of(store, sha(data))
    assert abs(Decimal(row["lat"]) - Decimal("-33.8688")) < Decimal("0.00001")
    assert abs(Decimal(row["lon"]) - Decimal("-151.2093")) < Decimal("0.00001")


def test_a_photo_without_exif_imports_with_the_file_time(
        cli: Callable[..., Any], store: Store, world: World, data_dir: Path,
        tmp_path: Path) -> None:
    data = encode(scene(320, 240, "wechat"), "JPEG", quality=80)  # chat apps strip EXIF
    source = put(tmp_path / "mmexport1763600000000.jpg", data)
    mtime = datetime(2026, 11, 20, 2, 3, 4, tzinfo=UTC).timestamp()
    os.utime(source, (mtime, mtime))
    res = cli("photos", "import", "--inspection", world.insp, str(source))
    assert res.code == 0 and res.err == ""
    assert "1 photos imported (1 new, 0 already stored, linked), 0 refused" in res.out
    assert f"  {source}: no_exif" in res.out.splitlines()
    row = row_of(store, sha(data))
    assert row["taken_at"] == "2026-11-20T02:03:04+00:00"
    assert row["time_source"] == "file"
    assert json.loads(row["flags"]) == ["no_exif"]
    assert row["lat"] is None and row["lon"] is None
    assert (row["make"], row["model"], row["orientation"]) == ("", "", 1)
    assert_consistent(store, data_dir)


# ---- 2. derivatives ----

def sideways_12mp() -> tuple[bytes, Image.Image]:
    """A portrait 3000×4000 photo with a red top-left block, stored the way a phone held
    upright stores it: 4000×3000 landscape, EXIF orientation 6."""
    upright = Image.new("RGB", (3000, 4000), (30, 90, 200))
    upright.paste((230, 20, 20), (0, 0, 600, 600))  # red: top-left
    upright.paste((20, 200, 40), (2400, 3400, 3000, 4000))  # green: bottom-right
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    assert stored.size == (4000, 3000)
    data = encode(stored, "JPEG", quality=85,
                  exif=exif_block(TAKEN, *NEAR_QINGSHAN, orientation=6))
    return data, upright


def test_derivatives_are_small_upright_and_rebuilt_from_the_original(
        store: Store, world: World, data_dir: Path, tree: PhotoTree, tmp_path: Path) -> None:
    data, _ = sideways_12mp()
    source = put(tmp_path / "portrait.jpg", data)
    import_one(store, world, source)
    digest = sha(data)
    row = row_of(store, digest)
    assert (row["width"], row["height"], row["orientation"]) == (4000, 3000, 6)
    original = tree.original(digest, "jpg")
    # Pillow's own reading of the EXIF agrees on which way is up.
    with Image.open(original) as im:
        assert ImageOps.exif_transpose(im).size == (3000, 4000)
    display, thumb = tree.display(digest), tree.thumb(digest)
    assert size_of(display) == (1200, 1600)
    assert size_of(thumb) == (240, 320)
    for path in (display, thumb):
        w, h = size_of(path)
        assert near(pixel(path, (2, 2)), (230, 20, 20)), "top-left must be the red block"
        assert near(pixel(path, (w - 3, h - 3)), (20, 200, 40)), "bottom-right: green"
        assert near(pixel(path, (w - 3, 2)), (30, 90, 200))
        assert near(pixel(path, (2, h - 3)), (30, 90, 200))

    display.unlink()
    thumb.unlink()
    assert files.display_path(tree, digest, "jpg") == display
    assert size_of(display) == (1200, 1600) and size_of(thumb) == (240, 320)
    assert near(pixel(display, (2, 2)), (230, 20, 20))
    thumb.unlink()
    assert files.thumb_path(tree, digest, "jpg") == thumb and size_of(thumb) == (240, 320)
    assert original.read_bytes() == data  # never rewritten
    assert_consistent(store, data_dir)


def test_a_missing_original_cannot_be_rebuilt(store: Store, world: World, tree: PhotoTree,
                                              tmp_path: Path) -> None:
    data = photo_jpeg("lost")
    import_one(store, world, put(tmp_path / "lost.jpg", data))
    digest = sha(data)
    tree.display(digest).unlink()
    tree.original(digest, "jpg").unlink()
    with pytest.raises(Exception, match="original is missing"):
        files.display_path(tree, digest, "jpg")


# ---- 3. odd input that must import ----

def cmyk_jpeg() -> bytes:
    return encode(scene(400, 300, "cmyk").convert("CMYK"), "JPEG", quality=85)


def grey16_png() -> bytes:
    row = struct.pack("<150H", *[65535] * 150) + struct.pack("<150H", *[32768] * 150)
    image = Image.frombytes("I;16", (300, 200), row * 200)  # white left, mid grey right
    assert image.getpixel((290, 190)) == 32768
    return encode(image, "PNG")


def rgba_png() -> bytes:
    image = Image.new("RGBA", (400, 300), (200, 0, 0, 0))  # fully transparent red
    image.paste((0, 0, 200, 255), (200, 0, 400, 300))  # opaque blue right half
    return encode(image, "PNG")


def palette_png() -> bytes:
    image = Image.new("P", (400, 300), 1)
    image.putpalette([0, 0, 0, 200, 0, 0, 0, 160, 0] + [0] * (256 * 3 - 9))
    image.paste(2, (200, 0, 400, 300))  # green right half; index 1 (red) is transparent
    return encode(image, "PNG", transparency=1)


@dataclass(frozen=True)
class Odd:
    name: str
    make: Callable[[], bytes]
    ext: str
    display: tuple[int, int]
    flags: tuple[str, ...] = ("no_exif",)
    # (x, y) in the display image → expected colour
    colours: tuple[tuple[tuple[int, int], tuple[int, int, int]], ...] = ()


ODD = [
    Odd("cmyk.jpg", cmyk_jpeg, "jpg", (400, 300)),
    Odd("grey16.png", grey16_png, "png", (300, 200),
        colours=(((10, 10), (255, 255, 255)), ((290, 190), (128, 128, 128)))),
    Odd("alpha.png", rgba_png, "png", (400, 300),
        colours=(((10, 10), (255, 255, 255)), ((390, 290), (0, 0, 200)))),
    Odd("palette.png", palette_png, "png", (400, 300),
        colours=(((10, 10), (255, 255, 255)), ((390, 290), (0, 160, 0)))),
    Odd("png-named.jpg", lambda: encode(scene(200, 100, "named"), "PNG"), "png", (200, 100)),
    Odd("wide.jpg", lambda: encode(Image.new("RGB", (8000, 10), (0, 0, 255)), "JPEG"),
        "jpg", (1600, 2)),  # its thumbnail would be 320 × 0.4: at least 1 px
    Odd("tall.jpg", lambda: encode(Image.new("RGB", (10, 8000), (0, 0, 255)), "PNG"),
        "png", (2, 1600)),
    Odd("webp.webp", lambda: encode(scene(300, 200, "webp"), "WEBP"), "webp", (300, 200)),
    Odd("iphone.heic", lambda: heic(scene(800, 600, "heic")), "heic", (800, 600)),
    Odd("big-120mp.jpg",  # 12000×10000 declared and decoded: small and fast when one colour
        lambda: encode(Image.new("L", (12000, 10000), 90), "JPEG", quality=50),
        "jpg", (1600, 1333), colours=(((800, 600), (90, 90, 90)),)),
    Odd("orientation9.jpg",
        lambda: photo_jpeg("o9", size=(400, 300), taken_at=TAKEN, orientation=9), "jpg",
        (400, 300), flags=("bad_orientation",)),
    Odd("latitude95.jpg",
        lambda: photo_jpeg("lat95", size=(400, 300), taken_at=TAKEN, lat=Decimal(95),
                           lon=Decimal("120.1")), "jpg", (400, 300), flags=("bad_gps",)),
]


@pytest.mark.parametrize("odd", ODD, ids=[o.name for o in ODD])
def test_odd_input_imports(odd: Odd, store: Store, world: World, data_dir: Path,
                           tree: PhotoTree, tmp_path: Path) -> None:
    data = odd.make()
    source = put(tmp_path / odd.name, data)
    report = import_one(store, world, source)
    assert report.imported[0].flags == odd.flags
    digest = sha(data)
    row = row_of(store, digest)
    assert row["ext"] == odd.ext
    assert json.loads(row["flags"]) == list(odd.flags)
    assert tree.original(digest, odd.ext).read_bytes() == data
    display, thumb = tree.display(digest), tree.thumb(digest)
    assert size_of(display) == odd.display
    assert max(size_of(display)) <= 1600 and min(size_of(display)) >= 1
    assert max(size_of(thumb)) <= 320 and min(size_of(thumb)) >= 1
    with Image.open(display) as im:
        assert (im.format, im.mode) == ("JPEG", "RGB")
    for xy, colour in odd.colours:
        assert near(pixel(display, xy), colour, 12), (xy, pixel(display, xy))
    assert_consistent(store, data_dir)


def test_impossible_exif_fields_are_dropped_and_flagged(
        store: Store, world: World, tmp_path: Path) -> None:
    # orientation 9 → orientation 1 is used
    data = photo_jpeg("o9", size=(400, 300), taken_at=TAKEN, orientation=9)
    import_one(store, world, put(tmp_path / "o9.jpg", data))
    row = row_of(store, sha(data))
    assert row["orientation"] == 1 and row["taken_at"] == "2026-11-20T09:58:12+08:00"

    # latitude 95 → no position at all
    data = photo_jpeg("lat95", size=(400, 300), taken_at=TAKEN, lat=Decimal(95),
                      lon=Decimal("120.1"))
    import_one(store, world, put(tmp_path / "lat95.jpg", data))
    row = row_of(store, sha(data))
    assert row["lat"] is None and row["lon"] is None and row["time_source"] == "exif"

    # a DateTimeOriginal that is not a time → the file time, flagged
    exif = exif_block(TAKEN, *NEAR_QINGSHAN)
    exif.get_ifd(0x8769)[0x9003] = "2026:13:45 99:99:99"
    data = encode(scene(400, 300, "badtime"), "JPEG", exif=exif)
    source = put(tmp_path / "badtime.jpg", data)
    os.utime(source, (1_700_000_000, 1_700_000_000))
    report = import_one(store, world, source)
    assert "bad_time" in report.imported[0].flags
    row = row_of(store, sha(data))
    assert "bad_time" in json.loads(row["flags"])
    assert row["time_source"] == "file"
    assert row["taken_at"] == datetime.fromtimestamp(1_700_000_000, UTC).isoformat()
    assert row["lat"] is not None  # the good fields are kept

    # an offset no clock can have: the time is kept, without an offset
    exif = exif_block(TAKEN, None, None)
    exif.get_ifd(0x8769)[0x9011] = "+99:99"
    data = encode(scene(400, 300, "offset"), "JPEG", exif=exif)
    report = import_one(store, world, put(tmp_path / "offset.jpg", data))
    assert report.imported[0].flags == ("no_offset",)
    assert row_of(store, sha(data))["taken_at"] == "2026-11-20T09:58:12"

    # a GPS block without coordinates (location switched off) is no position, not a bad one
    exif = exif_block(TAKEN, None, None)
    exif.get_ifd(0x8825)[0] = b"\x02\x02\x00\x00"  # GPSVersionID only
    data = encode(scene(400, 300, "nogps"), "JPEG", exif=exif)
    report = import_one(store, world, put(tmp_path / "nogps.jpg", data))
    assert report.imported[0].flags == ()
    row = row_of(store, sha(data))
    assert row["lat"] is None and row["lon"] is None

    # an EXIF block that is itself garbage: still imports, flagged (Pillow's warning about
    # it becomes the flag, see test_photo_time.py)
    data = encode(scene(200, 150, "garbage"), "JPEG",
                  exif=b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff\x12\x01")
    report = import_one(store, world, put(tmp_path / "garbage-exif.jpg", data))
    assert report.imported[0].flags == ("bad_exif",)
    assert row_of(store, sha(data))["time_source"] == "file"


def test_heic_without_pillow_heif_is_refused_with_advice(
        store: Store, world: World, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "HEIF_SUPPORTED", False)
    source = put(tmp_path / "IMG_4001.HEIC", heic(scene(200, 150, "nope")))
    good = put(tmp_path / "fine.jpg", photo_jpeg("fine"))
    report = import_photos(store, [source, good], world.insp, workers=1)
    [(name, reason)] = report.refused
    assert name == str(source)
    assert "HEIC not supported" in str(reason) and "convert it to JPEG first" in str(reason)
    assert [i.source for i in report.imported] == [str(good)]
    assert_consistent(store, data_dir)


# ---- 4. refused input ----

def refusal_batch(folder: Path) -> tuple[list[Path], dict[Path, str]]:
    """Good files and bad ones, with (a regex for) the reason each bad one is refused."""
    real = photo_jpeg("real", size=(800, 600), taken_at=TAKEN)
    good = [put(folder / "good1.jpg", photo_jpeg("good1")),
            put(folder / "good2.png", encode(scene(160, 120, "good2"), "PNG"))]
    bad = {
        put(folder / "zero.jpg", b""): r"empty file \(0 bytes\)",
        put(folder / "text.jpg", "巡查记录：东门垃圾未清\n".encode() * 20):
            r"not an image",
        put(folder / "truncated.jpg", real[: len(real) // 2]): r"truncated",
        put(folder / "header-only.jpg", real[:600]): r"damaged|truncated",
        put(folder / "bomb.png", bomb_png()): r"250 MP limit",
        put(folder / "bomb.jpg", bomb_jpeg()): r"250 MP limit",
        put(folder / "bomb-400mp.jpg", bomb_jpeg(20000, 20000)): r"250 MP limit",
    }
    return good, bad


def test_bad_files_are_refused_by_name_and_the_rest_imports(
        cli: Callable[..., Any], store: Store, world: World, data_dir: Path,
        tmp_path: Path) -> None:
    good, bad = refusal_batch(tmp_path / "batch")
    paths = [good[0], *bad, good[1]]
    res = cli("photos", "import", "--inspection", world.insp, *map(str, paths))
    assert res.code == 1
    assert "Traceback" not in res.err and "Traceback" not in res.out
    assert f"2 photos imported (2 new, 0 already stored, linked), {len(bad)} refused" \
        in res.out
    lines = res.err.splitlines()
    assert len(lines) == len(bad), res.err
    for path, reason in bad.items():
        [line] = [line for line in lines if line.startswith(f"inspector: {path}: ")]
        assert re.search(reason, line), line
    for path in good:
        assert path.name not in res.err
        assert row_of(store, sha(path.read_bytes()))["file_name"] == path.name
    assert len(photo_rows.all_photos(store)) == 2
    assert len(original_files(data_dir)) == 2
    assert_consistent(store, data_dir)
    res = cli("photos", "verify")
    assert res.code == 0 and "2 originals checked: all intact" in res.out


def test_a_decompression_bomb_is_refused_before_decoding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_decoding(*args: object) -> None:
        raise AssertionError("a bomb must be refused before it is decoded")

    bombs = (("bomb.png", bomb_png()), ("bomb.jpg", bomb_jpeg()),
             ("bomb-400mp.jpg", bomb_jpeg(20000, 20000)))
    monkeypatch.setattr(decode, "derivatives", no_decoding)
    monkeypatch.setattr(Image.Image, "load", no_decoding)
    for name, data in bombs:
        source = put(tmp_path / name, data)
        started = time.perf_counter()
        with pytest.raises(Refused, match="250 MP limit"):
            decode_file(str(source), str(tmp_path / "staging"))
        assert time.perf_counter() - started < 1.0
    assert not (tmp_path / "staging").exists()


def test_symbolic_links_must_stay_inside_the_chosen_files(
        cli: Callable[..., Any], store: Store, world: World, data_dir: Path,
        tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    inside = put(folder / "sub" / "inside.jpg", photo_jpeg("inside"))
    secret = put(tmp_path / "private" / "secret.jpg", photo_jpeg("secret"))
    other = put(tmp_path / "picked" / "picked.jpg", photo_jpeg("picked"))
    (folder / "link-in.jpg").symlink_to(inside)
    (folder / "link-out.jpg").symlink_to(secret)
    (folder / "link-picked.jpg").symlink_to(other)
    res = cli("photos", "import", "--inspection", world.insp, str(folder))
    assert res.code == 1 and "Traceback" not in res.err
    assert res.err.splitlines() == [
        f"inspector: {folder / 'link-out.jpg'}: symbolic link leads outside the chosen files",
        f"inspector: {folder / 'link-picked.jpg'}: symbolic link leads outside the chosen "
        "files"]
    assert "2 photos imported (1 new, 1 already stored, linked), 2 refused" in res.out
    assert photo_rows.photo(store, sha(secret.read_bytes())) is None
    assert photo_rows.photo(store, sha(other.read_bytes())) is None
    # a link to a file that was chosen too is fine
    res = cli("photos", "import", "--inspection", world.insp, str(folder), str(other))
    assert res.code == 1
    assert "link-picked" not in res.err and "link-out.jpg" in res.err
    assert photo_rows.photo(store, sha(other.read_bytes())) is not None
    assert photo_rows.photo(store, sha(secret.read_bytes())) is None
    assert_consistent(store, data_dir)


# ---- 5. consistency: cancel, crash recovery ----

def test_cancel_stops_after_the_current_photo(store: Store, world: World, data_dir: Path,
                                              tmp_path: Path) -> None:
    sources = [put(tmp_path / f"c{i}.jpg", photo_jpeg(f"c{i}")) for i in range(4)]
    seen: list[tuple[int, int]] = []
    report = import_photos(store, sources, world.insp, cancel=lambda: True, workers=1,
                           progress=lambda done, total, name: seen.append((done, total)))
    assert report.cancelled
    assert [i.source for i in report.imported] == [str(sources[0])]
    assert seen == [(1, 4)]
    assert len(photo_rows.all_photos(store)) == 1
    assert_consistent(store, data_dir)
    # with worker processes too
    report = import_photos(store, sources, world.insp, cancel=lambda: True, workers=2)
    assert report.cancelled and len(report.imported) == 1
    assert_consistent(store, data_dir)


def test_a_crash_between_moving_and_committing_is_recovered(
        store: Store, world: World, data_dir: Path, tree: PhotoTree, tmp_path: Path) -> None:
    def crash(seed: str) -> list[Path]:
        data = photo_jpeg(seed)
        digest = sha(data)
        photo_rows.begin(store, digest, "jpg")
        stray = [tree.original(digest, "jpg"), tree.display(digest), tree.thumb(digest)]
        for path in stray:
            put(path, data)
        put(tree.staging / f"{digest[:16]}-1-deadbeef.jpg", data)
        return stray

    stray = crash("crash1")
    assert not evidence.verify_store(store).ok  # a file without a row
    assert recover(store, tree) == 1
    assert not any(p.exists() for p in stray)
    assert_consistent(store, data_dir)

    # the next import cleans up too, and imports what it was given
    stray = crash("crash2")
    good = put(tmp_path / "after.jpg", photo_jpeg("after"))
    import_one(store, world, good)
    assert not any(p.exists() for p in stray)
    assert len(photo_rows.all_photos(store)) == 1
    assert_consistent(store, data_dir)


def test_a_journal_entry_whose_row_was_committed_keeps_the_file(
        store: Store, world: World, data_dir: Path, tree: PhotoTree, tmp_path: Path) -> None:
    data = photo_jpeg("kept")
    import_one(store, world, put(tmp_path / "kept.jpg", data))
    photo_rows.begin(store, sha(data), "jpg")  # e.g. a retry that died before moving
    assert recover(store, tree) == 0
    assert tree.original(sha(data), "jpg").read_bytes() == data
    assert_consistent(store, data_dir)


# ---- 7. verify ----

def test_verify_finds_a_flipped_byte_and_a_missing_original(
        cli: Callable[..., Any], store: Store, world: World, tree: PhotoTree,
        tmp_path: Path) -> None:
    a, b = photo_jpeg("va"), photo_jpeg("vb")
    import_photos(store, [put(tmp_path / "a.jpg", a), put(tmp_path / "b.jpg", b)],
                  world.insp, workers=1)
    res = cli("photos", "verify")
    assert res.code == 0 and "2 originals checked: all intact" in res.out
    flipped = tree.original(sha(a), "jpg")
    raw = bytearray(flipped.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    flipped.write_bytes(bytes(raw))
    res = cli("photos", "verify")
    assert res.code == 1 and "Traceback" not in res.err
    assert res.err.splitlines() == [
        f"inspector: {flipped}: changed since it was imported (hash differs)"]
    assert "1 changed, 0 missing, 0 unknown files" in res.out

    gone = tree.original(sha(b), "jpg")
    gone.unlink()
    res = cli("photos", "verify")
    assert res.code == 1
    assert f"inspector: {gone}: missing" in res.err.splitlines()
    assert "1 changed, 1 missing, 0 unknown files" in res.out


# ---- 8. linking and missing photos ----

def test_links_to_problems_and_refused_targets(
        cli: Callable[..., Any], store: Store, world: World, data_dir: Path,
        tmp_path: Path) -> None:
    data = photo_jpeg("problem", taken_at=TAKEN)
    source = put(tmp_path / "problem.jpg", data)

    res = cli("photos", "import", "--inspection", world.insp, "--problem",
              world.other_problem, str(source))
    assert res.code == 1 and "Traceback" not in res.err
    assert res.err.strip() == (f"inspector: no problem with id '{world.other_problem}' in "
                               f"inspection {world.insp[:8]}")
    res = cli("photos", "import", "--inspection", "0000dead", str(source))
    assert res.code == 1
    assert res.err.strip() == ("inspector: no inspection with id '0000dead' (see "
                               "'inspector inspections list')")
    assert photo_rows.all_photos(store) == [] and original_files(data_dir) == []

    missing = cli("photos", "missing")
    assert missing.code == 0 and "2 problems need a photo" in missing.out
    assert world.problem[:8] in missing.out and world.other_problem[:8] in missing.out

    res = cli("photos", "import", "--inspection", world.insp[:8], "--problem",
              world.problem[:8], str(source))
    assert res.code == 0, res.err
    [link] = link_rows(store, sha(data))
    assert (link["inspection_id"], link["problem_id"]) == (world.insp, world.problem)
    missing = cli("photos", "missing")
    assert "1 problems need a photo" in missing.out
    assert world.problem[:8] not in missing.out and world.other_problem[:8] in missing.out
    listed = cli("inspections", "list").out
    assert any(line.startswith(world.insp[:8]) and line.rstrip().endswith("1")
               for line in listed.splitlines())
    assert "1 个扣分问题缺少照片" in cli("score").out
    # a link to the inspection alone does not complete the other problem's evidence
    other = put(tmp_path / "other.jpg", photo_jpeg("other"))
    assert cli("photos", "import", "--inspection", world.other_insp, str(other)).code == 0
    assert "1 problems need a photo" in cli("photos", "missing").out


# ---- 9. suggestions ----

def test_suggestions_from_time_and_place(
        cli: Callable[..., Any], store: Store, world: World, tmp_path: Path) -> None:
    pool = evidence.candidates(store, world.round_id)
    assert len(pool) == 2

    def ids(taken: str | None, lat: Any = None, lon: Any = None) -> list[str]:
        return [s.inspection_id for s in suggest(
            taken, None if lat is None else Decimal(str(lat)),
            None if lon is None else Decimal(str(lon)), pool)]

    near_lat, near_lon = NEAR_QINGSHAN
    assert ids("2026-11-20T09:58:12+08:00", near_lat, near_lon) == [world.insp]
    assert ids("2026-11-20T01:58:12+00:00", near_lat, near_lon) == [world.insp]  # same instant
    assert ids("2026-11-20T10:40:00+08:00", near_lat, near_lon) == [world.insp]  # margin
    [best] = suggest("2026-11-20T09:58:12+08:00", near_lat, near_lon, pool)
    assert best.distance_m is not None and 20 < best.distance_m < 60
    assert best.minutes_from_window == 0 and best.site_name == "青山镇"
    # 2 km away, in the window: not this site
    assert ids("2026-11-20T09:58:12+08:00", near_lat + Decimal("0.018"), near_lon) == []
    # at the site, outside the window
    assert ids("2026-11-20T12:00:00+08:00", near_lat, near_lon) == []
    assert ids("2026-11-19T10:00:00+08:00", near_lat, near_lon) == []
    # a naive EXIF time is the inspection's local time (+08:00), not UTC
    assert ids("2026-11-20T10:00:00", near_lat, near_lon) == [world.insp]
    assert ids("2026-11-20T02:00:00", near_lat, near_lon) == []
    # no GPS: time alone
    assert ids("2026-11-20T14:30:00+08:00") == [world.other_insp]
    # 河口镇 is stored from GCJ-02 map coordinates; a WGS-84 photo at the true spot matches
    assert distance_m(*HEKOU_TRUE, *HEKOU_GCJ) > 500  # unconverted, it would be too far
    [hekou] = suggest("2026-11-20T14:30:00+08:00", Decimal(str(HEKOU_TRUE[0])),
                      Decimal(str(HEKOU_TRUE[1])), pool)
    assert hekou.inspection_id == world.other_insp
    assert hekou.distance_m is not None and hekou.distance_m < 5

    folder = tmp_path / "suggest"
    put(folder / "a-near.jpg", photo_jpeg("sa", taken_at=TAKEN, lat=near_lat, lon=near_lon))
    put(folder / "b-naive.jpg", photo_jpeg("sb", taken_at=datetime(2026, 11, 20, 10, 5),
                                           lat=near_lat, lon=near_lon))
    put(folder / "c-far.jpg", photo_jpeg("sc", taken_at=TAKEN, lat=near_lat + Decimal("0.05"),
                                         lon=near_lon))
    put(folder / "d-late.jpg", photo_jpeg("sd", taken_at=TAKEN + timedelta(hours=2),
                                          lat=near_lat, lon=near_lon))
    put(folder / "e-hekou.jpg", photo_jpeg(
        "se", taken_at=datetime(2026, 11, 20, 14, 20, tzinfo=CST),
        lat=Decimal(str(HEKOU_TRUE[0])), lon=Decimal(str(HEKOU_TRUE[1]))))
    put(folder / "f-broken.jpg", b"")
    res = cli("photos", "suggest", str(folder))
    assert res.code == 0, res.err
    lines = {line.split()[0]: line for line in res.out.splitlines()[2:]}
    assert "青山镇 · 张三 · " in lines["a-near.jpg"] and world.insp[:8] in lines["a-near.jpg"]
    assert world.insp[:8] in lines["b-naive.jpg"]
    assert "no matching inspection" in lines["c-far.jpg"]
    assert "no matching inspection" in lines["d-late.jpg"]
    assert "河口镇 · 李四" in lines["e-hekou.jpg"] and world.other_insp[:8] in lines["e-hekou.jpg"]
    assert "—" in lines["f-broken.jpg"] and "not an image" in lines["f-broken.jpg"]


# ---- 10. evidence stamp ----

def test_the_evidence_stamp_is_drawn_on_a_copy(
        cli: Callable[..., Any], store: Store, world: World, tree: PhotoTree, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = photo_jpeg("stamp", size=(1200, 900), taken_at=TAKEN, lat=NEAR_QINGSHAN[0],
                      lon=NEAR_QINGSHAN[1])
    import_one(store, world, put(tmp_path / "stamp.jpg", data))
    digest = sha(data)
    texts: list[Any] = []
    real = stamp.stamped  # what evidence calls it by

    def spy(tree: PhotoTree, digest: str, ext: str, text: Any) -> Path:
        texts.append(text)
        return real(tree, digest, ext, text)

    monkeypatch.setattr(evidence, "stamped", spy)
    path = evidence.stamp_for(store, digest, world.insp)
    assert path.is_file() and path != tree.display(digest)
    [text] = texts
    lines = text.lines()
    assert "2026-11-20 09:58:12+08:00" in lines[0]
    assert "°N" in lines[1] and "°E" in lines[1] and "30.2744" in lines[1]
    assert any("青山镇" in line for line in lines)
    assert any(line == "测评员 张三" for line in lines)

    display = tree.display(digest)
    with Image.open(path) as stamped, Image.open(display) as plain:
        assert stamped.format == "JPEG"
        assert stamped.size == plain.size == (1200, 900)
        w, h = plain.size
        band = (0, h - h // 10, w, h)
        top = (0, 0, w, h // 3)
        band_diff = diff(stamped.crop(band), plain.crop(band))
        top_diff = diff(stamped.crop(top), plain.crop(top))
    assert band_diff > 30 and top_diff < 3, (band_diff, top_diff)
    assert tree.original(digest, "jpg").read_bytes() == data
    # the CLI prints the same file, made once
    res = cli("photos", "stamp", digest, "--inspection", world.insp)
    assert res.code == 0 and res.out.strip() == str(path)
    res = cli("photos", "stamp", "0" * 64, "--inspection", world.insp)
    assert res.code == 1 and "no photo 000000000000" in res.err


def diff(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, 0–255."""
    from PIL import ImageChops, ImageStat

    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"),
                                                    b.convert("RGB"))).mean) / 3

