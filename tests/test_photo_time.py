"""When a photo was taken, and what Pillow warns about while reading it.

Only the capture time (DateTimeOriginal, else DateTimeDigitized) is the time taken; EXIF
DateTime (when the file was last saved) and the file's own time are kept but marked, and
a time more than a day ahead of this computer's clock is flagged. Pillow's warnings
become flags on the file they concern and never reach stderr, from threads too."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import threading
import warnings
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from inspector.actions import inspections as act
from inspector.clock import CLOCK_SLACK, CLOCK_SLACK_MS
from inspector.photos import evidence
from inspector.photos.decode import Refused, decode_file, open_checked
from inspector.photos.file_warnings import recording
from inspector.photos.importer import import_photos
from inspector.photos.metadata import (
    TAG_DATETIME,
    TAG_DATETIME_DIGITIZED,
    TAG_DATETIME_ORIGINAL,
    PhotoMeta,
    read_meta,
)
from inspector.photos.synthetic import exif_block, scene, synthetic_jpeg
from inspector.store import Store, photo_rows

CST = timezone(timedelta(hours=8))
TAKEN = datetime(2026, 11, 20, 9, 58, 12, tzinfo=CST)
NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)  # 12:00 in Beijing, two hours later
MTIME = datetime(2026, 11, 21, 2, 3, 4, tzinfo=UTC).timestamp()
# A TIFF header whose first IFD says 65535 entries and then ends: Pillow warns
# "Corrupt EXIF data. Expecting to read 12 bytes but only got 2." and reads no tags.
CORRUPT_EXIF = b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff\x12\x01"
REPO = Path(__file__).resolve().parent.parent


def jpeg(seed: str, exif: Image.Exif | bytes | None = None) -> bytes:
    out = io.BytesIO()
    image = scene(96, 72, seed)
    if exif is None:
        image.save(out, "JPEG", quality=80)
    else:
        image.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def corrupt_exif_jpeg(seed: str) -> bytes:
    return jpeg(seed, CORRUPT_EXIF)


def bad_apng(seed: str) -> bytes:
    """A PNG with an animation chunk that declares 0 frames: Pillow warns "Invalid APNG"
    (not about EXIF) and reads the still picture."""
    out = io.BytesIO()
    scene(64, 48, seed).save(out, "PNG")
    data = out.getvalue()
    body = b"acTL" + struct.pack(">II", 0, 0)
    chunk = struct.pack(">I", 8) + body + struct.pack(">I", zlib.crc32(body))
    end_of_ihdr = 8 + 8 + 13 + 4
    return data[:end_of_ihdr] + chunk + data[end_of_ihdr:]


def meta_of(data: bytes, now: datetime = NOW) -> PhotoMeta:
    with open_checked(data) as image:
        return read_meta(image, MTIME, now=now)


def put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    os.utime(path, (MTIME, MTIME))
    return path


# ---- which time is the time taken ----

def test_the_capture_time_is_date_time_original() -> None:
    exif = exif_block(TAKEN, None, None, time_tags=(TAG_DATETIME_ORIGINAL,
                                                    TAG_DATETIME_DIGITIZED, TAG_DATETIME))
    exif[TAG_DATETIME] = "2026:11:25 18:00:00"  # re-saved later by an editor
    exif.get_ifd(0x8769)[TAG_DATETIME_DIGITIZED] = "2026:11:20 09:58:13"
    meta = meta_of(jpeg("original", exif))
    assert (meta.taken_at, meta.time_source, meta.flags) == (
        "2026-11-20T09:58:12+08:00", "exif", [])


def test_date_time_digitized_when_there_is_no_original() -> None:
    meta = meta_of(jpeg("digitized", exif_block(TAKEN, None, None,
                                                time_tags=(TAG_DATETIME_DIGITIZED,))))
    assert (meta.taken_at, meta.time_source, meta.flags) == (
        "2026-11-20T09:58:12+08:00", "exif", [])  # with OffsetTimeDigitized
    # a DateTimeOriginal that is not a time: Digitized is used, the bad one flagged
    exif = exif_block(TAKEN, None, None, time_tags=(TAG_DATETIME_DIGITIZED,))
    exif.get_ifd(0x8769)[TAG_DATETIME_ORIGINAL] = "2026:13:45 99:99:99"
    meta = meta_of(jpeg("digitized-bad-original", exif))
    assert (meta.taken_at, meta.time_source, meta.flags) == (
        "2026-11-20T09:58:12+08:00", "exif", ["bad_time"])


def test_date_time_alone_is_a_modification_time() -> None:
    meta = meta_of(jpeg("modified", exif_block(TAKEN, None, None, time_tags=(TAG_DATETIME,))))
    assert meta.taken_at == "2026-11-20T09:58:12+08:00"  # with OffsetTime
    assert meta.time_source == "modified"
    assert meta.flags == ["modified_time"]


def test_no_exif_time_is_the_file_time() -> None:
    meta = meta_of(jpeg("plain"))  # no EXIF at all (chat apps strip it)
    assert (meta.taken_at, meta.time_source, meta.flags) == (
        "2026-11-21T02:03:04+00:00", "file", ["no_exif"])
    meta = meta_of(jpeg("timeless", exif_block(TAKEN, None, None, time_tags=())))
    assert (meta.taken_at, meta.time_source, meta.flags) == (
        "2026-11-21T02:03:04+00:00", "file", ["no_time"])


def test_a_time_more_than_a_day_ahead_is_flagged() -> None:
    assert timedelta(hours=24) == CLOCK_SLACK
    assert CLOCK_SLACK_MS == 24 * 3600 * 1000  # sync.rules' allowance is the same one

    def flags(taken: datetime, tags: tuple[int, ...] = (TAG_DATETIME_ORIGINAL,)) -> list[str]:
        return meta_of(jpeg("future", exif_block(taken, None, None, time_tags=tags))).flags

    now = NOW.astimezone(CST)
    assert flags(now + timedelta(days=3)) == ["future_time"]
    assert flags(now + timedelta(hours=1)) == []
    assert flags(now + timedelta(hours=23, minutes=59)) == []
    assert flags(now + timedelta(hours=24, minutes=1)) == ["future_time"]
    # without an offset the time is local somewhere: flagged only if ahead even at UTC+14
    naive = now.replace(tzinfo=None)
    assert flags(naive + timedelta(days=3)) == ["no_offset", "future_time"]
    assert flags(naive + timedelta(hours=30)) == ["no_offset"]  # 30 - (14 - 8) = 24 h
    # a modification time or file time that far ahead is flagged as well
    assert flags(now + timedelta(days=3), (TAG_DATETIME,)) == ["modified_time", "future_time"]
    with open_checked(jpeg("future-file")) as image:
        future_mtime = (NOW + timedelta(days=3)).timestamp()
        assert read_meta(image, future_mtime, now=NOW).flags == ["no_exif", "future_time"]
    # the default is this computer's clock
    with open_checked(jpeg("real-clock", exif_block(datetime.now(UTC) + timedelta(days=3),
                                                    None, None))) as image:
        assert read_meta(image, MTIME).flags == ["future_time"]


# ---- what is stored, and who trusts which time ----

@pytest.fixture
def inspection(township: Path) -> str:
    """A started inspection (now) of 青山镇; the store is closed again for the CLI."""
    store = Store.open(township)
    try:
        return str(act.start(store, store.round()["id"], store.sites()[0], "张三")["id"])
    finally:
        store.close()


def test_stored_times_sources_and_flags(inspection: str, township: Path,
                                        tmp_path: Path) -> None:
    soon = datetime.now(CST).replace(microsecond=0) + timedelta(minutes=5)
    files = {
        "original.jpg": synthetic_jpeg(96, 72, "s1", taken_at=soon),
        "digitized.jpg": synthetic_jpeg(96, 72, "s2", taken_at=soon,
                                        time_tags=(TAG_DATETIME_DIGITIZED,)),
        "modified.jpg": synthetic_jpeg(96, 72, "s3", taken_at=soon, time_tags=(TAG_DATETIME,)),
        "plain.jpg": jpeg("s4"),
        "future.jpg": synthetic_jpeg(96, 72, "s5", taken_at=soon + timedelta(days=3)),
        "hour-ahead.jpg": synthetic_jpeg(96, 72, "s6", taken_at=soon + timedelta(hours=1)),
    }
    paths = [put(tmp_path / "in" / name, data) for name, data in files.items()]
    store = Store.open(township)
    try:
        report = import_photos(store, paths, inspection, workers=1)
        assert report.refused == []
        rows = {r["file_name"]: r for r in photo_rows.all_photos(store)}
        got = {name: (r["time_source"], json.loads(r["flags"])) for name, r in rows.items()}
        assert got == {
            "original.jpg": ("exif", []),
            "digitized.jpg": ("exif", []),
            "modified.jpg": ("modified", ["modified_time"]),
            "plain.jpg": ("file", ["no_exif"]),
            "future.jpg": ("exif", ["future_time"]),
            "hour-ahead.jpg": ("exif", []),
        }
        assert rows["modified.jpg"]["taken_at"] == soon.isoformat()
        assert rows["plain.jpg"]["taken_at"] == "2026-11-21T02:03:04+00:00"
        assert {i.source: i.flags for i in report.imported}[str(paths[2])] == ("modified_time",)

        # The stamp says "file time" for anything that is not a capture time.
        stamp = {name: evidence.stamp_text(r, None, "张三").lines()[0]
                 for name, r in rows.items()}
        assert not stamp["original.jpg"].endswith("（文件时间）")
        assert stamp["modified.jpg"].endswith("（文件时间）")
        assert stamp["plain.jpg"].endswith("（文件时间）")

        # Suggestions match by capture time only: the same time as a modification time
        # suggests nothing.
        round_id = store.round()["id"]
        found = {Path(f).name: [s.inspection_id for s in s_]
                 for f, _, s_, _ in evidence.suggest_for_files(store, round_id, paths[:3])}
        assert found == {"original.jpg": [inspection], "digitized.jpg": [inspection],
                         "modified.jpg": []}
        folder_hits = evidence.suggested_for(store, inspection, [tmp_path / "in"])
        assert folder_hits == []  # all linked already
    finally:
        store.close()
    unlinked = tmp_path / "unlinked"
    put(unlinked / "o.jpg", synthetic_jpeg(96, 72, "u1", taken_at=soon))
    put(unlinked / "m.jpg", synthetic_jpeg(96, 72, "u2", taken_at=soon,
                                           time_tags=(TAG_DATETIME,)))
    store = Store.open(township)
    try:
        hits = evidence.suggested_for(store, inspection, [unlinked])
        assert [Path(h.path).name for h in hits] == ["o.jpg"]
    finally:
        store.close()


# ---- Pillow's warnings ----

def test_the_crafted_files_really_make_pillow_warn() -> None:
    """Outside a recording warnings pass as ever: plain Pillow warns about these files."""
    with pytest.warns(UserWarning, match="Corrupt EXIF data"):
        Image.open(io.BytesIO(corrupt_exif_jpeg("plain-pillow"))).getexif()
    with pytest.warns(UserWarning, match="Invalid APNG"):
        Image.open(io.BytesIO(bad_apng("plain-pillow")))
    script = ("import io, sys; from PIL import Image; "
              "Image.open(io.BytesIO(sys.stdin.buffer.read())).getexif()")
    done = subprocess.run([sys.executable, "-W", "error", "-c", script],
                          input=corrupt_exif_jpeg("w-error"), capture_output=True)
    assert done.returncode != 0 and b"UserWarning: Corrupt EXIF data" in done.stderr


def test_warnings_become_flags_on_their_file(tmp_path: Path) -> None:
    with warnings.catch_warnings(record=True) as leaked:
        warnings.simplefilter("always")
        bad = decode_file(str(put(tmp_path / "bad.jpg", corrupt_exif_jpeg("f1"))),
                          str(tmp_path / "staging"))
        again = decode_file(str(put(tmp_path / "again.jpg", corrupt_exif_jpeg("f2"))),
                            str(tmp_path / "staging"))  # the same warning a second time
        apng = decode_file(str(put(tmp_path / "anim.png", bad_apng("f3"))),
                           str(tmp_path / "staging"))
        fine = decode_file(str(put(tmp_path / "fine.jpg", jpeg("f4"))),
                           str(tmp_path / "staging"))
        read = evidence.read_file_meta(tmp_path / "bad.jpg")
    assert leaked == []
    assert bad.meta.flags == again.meta.flags == read.flags == ["bad_exif"]  # not no_exif
    assert bad.meta.time_source == "file"
    assert apng.meta.flags == ["no_exif", "decode_warning"]
    assert fine.meta.flags == ["no_exif"]


def test_a_decompression_bomb_is_still_an_error(tmp_path: Path) -> None:
    """Between 250 and 500 MP Pillow only warns; inside or outside a recording, that
    warning refuses the file before anything else is looked at."""
    data = bytearray(jpeg("bomb"))
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, 20000, 20000)  # declares 400 MP
    with warnings.catch_warnings(record=True) as leaked:
        warnings.simplefilter("always")
        with pytest.raises(Refused, match=r"^declared size is above the 250 MP limit$"):
            open_checked(bytes(data))
        with recording() as kept, pytest.raises(Refused, match=r"^declared size is above"):
            open_checked(bytes(data))
        with pytest.raises(Refused, match=r"^declared size is above"):
            decode_file(str(put(tmp_path / "bomb.jpg", bytes(data))), str(tmp_path / "s"))
    assert leaked == [] and kept == []


def test_concurrent_decodes_in_threads_keep_their_own_warnings(tmp_path: Path) -> None:
    """Threads decoding at once, some files warning and some not, and a thread outside
    any recording warning too: every file gets exactly its own flags, nothing of Pillow's
    escapes, and the other thread's warnings pass as usual (at the right line)."""
    kinds: dict[str, tuple[Callable[[str], bytes], list[str]]] = {
        "exif": (corrupt_exif_jpeg, ["bad_exif"]),
        "apng": (bad_apng, ["no_exif", "decode_warning"]),
        "fine": (jpeg, ["no_exif"]),
    }
    threads, rounds = 6, 8
    jobs = [[(kind, put(tmp_path / f"t{t}-{r}-{kind}.img", kinds[kind][0](f"{t}-{r}")))
             for r in range(rounds) for kind in kinds] for t in range(threads)]
    start = threading.Barrier(threads + 1)
    results: dict[int, list[tuple[str, list[str]]]] = {}
    errors: list[BaseException] = []

    def decode(t: int) -> None:
        try:
            start.wait()
            results[t] = [(kind, decode_file(str(path), str(tmp_path / "staging")).meta.flags)
                          for kind, path in jobs[t]]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def chatter() -> None:
        start.wait()
        for n in range(200):
            warnings.warn(f"not about a photo {n}", RuntimeWarning, stacklevel=1)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns all the time, not every 5 ms
    try:
        with warnings.catch_warnings(record=True) as shown:
            warnings.simplefilter("always")
            workers = [threading.Thread(target=decode, args=(t,)) for t in range(threads)]
            workers.append(threading.Thread(target=chatter))
            for w in workers:
                w.start()
            for w in workers:
                w.join(120)
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    for t in range(threads):
        assert results[t] == [(kind, kinds[kind][1]) for kind, _ in jobs[t]]
    assert sorted(str(w.message) for w in shown) == sorted(
        f"not about a photo {n}" for n in range(200))
    assert {(w.category, w.filename) for w in shown} == {(RuntimeWarning, __file__)}


def test_warnings_outside_a_recording_keep_their_place() -> None:
    """The wrapper is invisible where nothing is recorded; recordings nest."""
    def helper() -> None:
        warnings.warn("from the helper's caller", UserWarning, stacklevel=2)

    with pytest.warns(UserWarning) as shown:
        line = sys._getframe().f_lineno + 1
        helper()
        warnings.warn(UserWarning("an instance"), stacklevel=1)
    assert [(str(w.message), w.filename, w.lineno) for w in shown] == [
        ("from the helper's caller", __file__, line),
        ("an instance", __file__, line + 1)]
    with recording() as kept:
        helper()
        with recording() as inner:
            warnings.warn("inner", stacklevel=1)
        with pytest.warns(DeprecationWarning, match="about code"):  # not about the file
            warnings.warn("about code", DeprecationWarning, stacklevel=1)
    assert [w.message for w in inner] == ["inner"]
    assert [(w.message, w.module) for w in kept] == [
        ("from the helper's caller", __name__), ("inner", __name__)]


# ---- the command line ----

def run_import(data_dir: Path, inspection: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "always::UserWarning"}  # a leak would show
    return subprocess.run(
        [sys.executable, "-m", "inspector", "--data-dir", str(data_dir), "photos", "import",
         "--inspection", inspection, *map(str, paths)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=300)


def test_the_cli_names_the_file_and_its_flags_and_prints_no_warning(
        inspection: str, township: Path, tmp_path: Path,
        cli: Callable[..., Any]) -> None:
    # Four files: decoded in worker processes (two of them warn the same way).
    bad = put(tmp_path / "in" / "IMG_0001.jpg", corrupt_exif_jpeg("cli1"))
    bad2 = put(tmp_path / "in" / "IMG_0002.jpg", corrupt_exif_jpeg("cli2"))
    anim = put(tmp_path / "in" / "anim.png", bad_apng("cli3"))
    fine = put(tmp_path / "in" / "IMG_0004.jpg", synthetic_jpeg(
        96, 72, "cli4", taken_at=datetime.now(CST).replace(microsecond=0)))
    done = run_import(township, inspection, bad, bad2, anim, fine)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert lines[0].startswith("4 photos imported (4 new, 0 already stored, linked), "
                               "0 refused")
    assert lines[1:] == [f"  {bad}: bad_exif", f"  {bad2}: bad_exif",
                         f"  {anim}: no_exif, decode_warning"]
    # One or two files: decoded in this process, by the CLI run in-process.
    again = put(tmp_path / "in2" / "IMG_0005.jpg", corrupt_exif_jpeg("cli5"))
    with warnings.catch_warnings(record=True) as leaked:
        warnings.simplefilter("always")
        res = cli("photos", "import", "--inspection", inspection, str(again))
    assert leaked == []
    assert res.code == 0 and res.err == ""
    assert f"  {again}: bad_exif" in res.out.splitlines()
    store = Store.open(township)
    try:
        flags = {r["file_name"]: json.loads(r["flags"]) for r in photo_rows.all_photos(store)}
    finally:
        store.close()
    assert flags == {"IMG_0001.jpg": ["bad_exif"], "IMG_0002.jpg": ["bad_exif"],
                     "anim.png": ["no_exif", "decode_warning"], "IMG_0004.jpg": [],
                     "IMG_0005.jpg": ["bad_exif"]}
