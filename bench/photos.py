"""Photo import throughput, beside a naive Pillow pipeline and the decoding floor.

Usage: .venv/bin/python bench/photos.py [N] [--workers W]

Generates N realistic 12-megapixel JPEGs with EXIF (time, GPS; a third shot sideways
with orientation 6), then times in one run:
  (a) inspector's import of the N photos into a fresh data directory (hash, EXIF,
      durable original, display + thumbnail, rows and links);
  (b) a naive single-process pipeline: open, exif_transpose, thumbnail to 1600, save,
      thumbnail to 320, save;
  (c) the floor: decoding each JPEG once at reduced scale (draft), one process.
It prints photos/s for each, the ratios a/b and a/c, and a worker's peak memory.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageOps

from inspector.photos.decode import DISPLAY_PX, fit
from inspector.photos.importer import import_photos
from inspector.photos.synthetic import synthetic_jpeg
from inspector.store import Store

CST = timezone(timedelta(hours=8))


def make_photos(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        data = synthetic_jpeg(
            4000, 3000, f"bench-{i}", taken_at=datetime(2026, 11, 20, 9, 0, tzinfo=CST)
            + timedelta(minutes=i), lat=Decimal("30.58") + Decimal(i) / 10000,
            lon=Decimal("114.30"), orientation=6 if i % 3 == 0 else 1, quality=92)
        path = folder / f"IMG_{i:04d}.jpg"
        path.write_bytes(data)
        paths.append(path)
    return paths


def project_import(paths: list[Path], data_dir: Path, workers: int | None) -> float:
    store = Store.open(data_dir)
    store.save("sites", {"id": "s", "name": "测试点位", "category_id": "market"})
    store.save("forms", {"id": "f", "form_id": "f", "form_version": "1", "content_hash": "x",
                         "title": "t", "source_text": ""})
    store.save("rounds", {"id": "r", "name": "r", "form_key": "f", "created_at": "2026"})
    store.save("inspections", {"id": "i", "round_id": "r", "site_id": "s"})
    t0 = time.perf_counter()
    report = import_photos(store, paths, "i", workers=workers)
    elapsed = time.perf_counter() - t0
    assert len(report.imported) == len(paths), report.refused
    store.close()
    return elapsed


def naive(paths: list[Path], out: Path) -> float:
    t0 = time.perf_counter()
    for i, path in enumerate(paths):
        with Image.open(path) as im:
            im = ImageOps.exif_transpose(im)
            im.thumbnail((1600, 1600))
            im.save(out / f"{i}-display.jpg", quality=85)
            im.thumbnail((320, 320))
            im.save(out / f"{i}-thumb.jpg", quality=80)
    return time.perf_counter() - t0


def floor(paths: list[Path]) -> float:
    t0 = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as im:
            im.draft(im.mode, fit(*im.size, DISPLAY_PX))
            im.load()
    return time.perf_counter() - t0


def _decode_all(paths: list[str], staging: str) -> int:
    """Runs in a fresh worker: decode like an import, return the peak memory (kB)."""
    from inspector.photos.worker import decode_one, init_worker

    init_worker(staging, frozenset(), True)
    for p in paths:
        decode_one(p)
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):  # this process's own peak, unlike ru_maxrss
            return int(line.split()[1])
    return 0


def worker_peak_mb(paths: list[Path], staging: Path) -> float:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(_decode_all, ([str(p) for p in paths], str(staging))) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=40)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        (root / "naive").mkdir()
        print(f"generating {args.n} 12-MP JPEGs …", file=sys.stderr)
        paths = make_photos(root / "in", args.n)
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1e6
        c = floor(paths)
        b = naive(paths, root / "naive")
        a = project_import(paths, root / "data", args.workers)
        few = worker_peak_mb(paths[:3], root / "stage")
        many = worker_peak_mb(paths, root / "stage")
    rate = {k: args.n / v for k, v in (("a", a), ("b", b), ("c", c))}
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, Pillow {Image.__version__}")
    print(f"{args.n} photos, 4000×3000, {size:.1f} MB each")
    print(f"(a) inspector import:                {rate['a']:6.1f} photos/s")
    print(f"(b) naive Pillow pipeline, 1 process: {rate['b']:6.1f} photos/s")
    print(f"(c) floor: reduced-scale decode, 1 p: {rate['c']:6.1f} photos/s")
    print(f"a/b = {rate['a'] / rate['b']:.2f}×   a/c = {rate['a'] / rate['c']:.2f}×")
    print(f"peak memory of one worker: {few:.0f} MB after 3 photos, {many:.0f} MB after "
          f"{args.n} (bounded: it does not grow with the batch)")


if __name__ == "__main__":
    main()
