"""Sync import throughput beside the floor of copying and hashing the same bytes (issue 4).

Usage: .venv/bin/python bench/sync.py [--packages 30] [--photos 20] [--sites 60]
                                      [--responses 40] [--bulk 100000] [--profile]
                                      [--keep DIR]

Builds, as a city does: the supervisor's database with the registry and the round, and its
package; then N inspector laptops, each its own device (own data directory, device id and
key), each importing the supervisor's package and adding its own work — SITES
inspections × RESPONSES responses, a problem for every 8th response, and PHOTOS distinct
~2 MB 12-MP JPEGs linked to problems — and exporting it (only its own, certified work).
Then, each in a fresh process (so its peak memory is its own), times in one run:
  (a) importing all N into a fresh copy of the supervisor's database (`import_packages`,
      as `inspector sync import --trust-new FILE...` does: the next package is verified
      while one is applied);
  (b) importing them all again (every one must say "already imported");
  (c) the floor: copying the same files (shutil.copyfile) and hashing the copies with
      SHA-256 — what any import must at least do with the bytes (also shown with a final
      os.sync() in (a) and (c): the page-cache figure varies with writeback); timed
      interleaved with (a), right before and right after it, and their mean;
  (d) (a) again into another fresh database, one package at a time (import_package each:
      verified, then applied, no second thread) — what the verifying thread saves;
and a one-site package imported into a database that already holds BULK responses
(beside the same package into an empty database). Targets: a ≤ 2× c, b ≤ 10 % of a, peak
memory independent of package size, the one-site import ≤ 0.3 s.

--quick-ish run: .venv/bin/python bench/sync.py --packages 3 --photos 2
--profile also runs (a) under cProfile and prints where the time goes. --keep DIR builds
in DIR and leaves it there; a later run with the same DIR and sizes reuses its packages.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import io
import json
import os
import platform
import pstats
import resource
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from inspector import paths
from inspector.actions import rounds
from inspector.photos.importer import tree_of
from inspector.photos.synthetic import synthetic_jpeg
from inspector.store import Store, photo_rows
from inspector.store import versions as vs
from inspector.sync.exchange import export_package, import_package, import_packages, own_key
from inspector.sync.trust import trust_device

CST = timezone(timedelta(hours=8))
NS = uuid.UUID("0b7f3f0e-6a53-4f0c-9d38-2f1c9f5d2a77")
SHARED_VERSION = "0000000000002.00000.demo"  # bulk_database's registry, written directly
ROUND = "基准测试轮次"
CITY_MACHINE = "bench-city"  # the supervisor's computer: its copies keep its device id
ONE_SITE_DEVICE = 10_000  # the laptop of the one-site package
PHOTO_SIZE = (4000, 3000)  # a 12-MP phone photo: ~2.1 MB at quality 85
PHOTO_QUALITY = 85
MB = 1_000_000


def rid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


# ---- photos -----------------------------------------------------------------------------

def base_photos(n: int) -> list[bytes]:
    """N distinct phone-like JPEGs with EXIF time and GPS."""
    return [synthetic_jpeg(
        *PHOTO_SIZE, f"sync-bench-{k}", taken_at=datetime(2026, 11, 20, 9, tzinfo=CST)
        + timedelta(minutes=7 * k), lat=Decimal("30.58") + Decimal(k) / 10000,
        lon=Decimal("114.30"), label=f"问题照片 {k}", quality=PHOTO_QUALITY)
        for k in range(n)]


def variant(jpeg: bytes, tag: str) -> bytes:
    """The same picture with a JPEG comment naming `tag`: other bytes, another SHA-256 —
    a distinct photo per package without encoding 600 JPEGs."""
    pos = 2  # after SOI; keep APPn segments (JFIF, EXIF) first, where readers expect them
    while jpeg[pos] == 0xFF and 0xE0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + struct.unpack(">H", jpeg[pos + 2:pos + 4])[0]
    text = tag.encode()
    return jpeg[:pos] + b"\xff\xfe" + struct.pack(">H", len(text) + 2) + text + jpeg[pos:]


# ---- inspector data directories ----------------------------------------------------------

def city_dir(folder: Path, devices: list[int], sites: int) -> Path:
    """The supervisor's database: the round and every device's registry sites; returns its
    package, which every laptop imports first."""
    store = Store.open(folder, machine=CITY_MACHINE)
    store.set_setting("role", "supervisor")
    with store.transaction():
        rounds.create_round(store, ROUND, None, round_id=rid("round"),
                                created_at="2026-11-18T09:00:00+08:00")
        for device in devices:
            for k in range(sites):
                store.save("sites", {
                    "id": rid("site", device, k), "name": f"基准点位{device:05d}-{k:04d}",
                    "category_id": "main_road", "district": "湖滨区", "street": "人民街道",
                    "address": f"示范市湖滨区人民路{k}号", "lat": "30.58", "lon": "114.30",
                    "coord_system": "WGS-84", "wgs_lat": "30.58", "wgs_lon": "114.30"})
    package = export_package(store, folder.parent / "city.pkg", full=True).path
    store.close()
    return package


def inspector_dir(folder: Path, device: int, photos: list[bytes], sites: int,
                  responses: int, city: Path) -> Store:
    """One inspector's laptop: the supervisor's package, then this device's own work."""
    store = Store.open(folder, machine=f"bench-inspector-{device}")
    store.set_setting("inspector", f"测评员{device:02d}")
    own_key(store)
    held = import_package(store, city)  # the supervisor's: trusted as a supervisor's
    trust_device(store, held.fingerprint, "supervisor")
    site_ids = [rid("site", device, k) for k in range(sites)]
    problems: list[tuple[str, str]] = []  # (inspection, problem)
    round_id = rid("round")
    with store.transaction():
        for k, site in enumerate(site_ids):
            insp = rid("inspection", device, k)
            start = datetime(2026, 11, 20, 9, tzinfo=CST) + timedelta(minutes=10 * k)
            store.save("inspections", {
                "id": insp, "round_id": round_id, "site_id": site,
                "inspector": f"测评员{device:02d}", "outcome": "finished",
                "started_at": start.isoformat(),
                "finished_at": (start + timedelta(minutes=8)).isoformat()})
            for j in range(responses):
                bad = (j + k) % 8 == 0
                store.save("responses", {
                    "id": rid("response", insp, j), "inspection_id": insp,
                    "item_id": f"item-{j:02d}", "passed": 0 if bad else 1})
                if bad:
                    problem = rid("problem", insp, j)
                    store.save("problems", {
                        "id": problem, "inspection_id": insp, "item_id": f"item-{j:02d}",
                        "count": 1, "description": "发现1处：路面破损未修复",
                        "location": "东侧入口"})
                    problems.append((insp, problem))
    tree = tree_of(store)
    for n, data in enumerate(photos):
        data = variant(data, f"device {device} photo {n}")
        sha = hashlib.sha256(data).hexdigest()
        path = tree.original(sha, "jpg")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        with store.transaction():
            photo_rows.add(store, {
                "sha256": sha, "file_name": f"IMG_{n:04d}.jpg", "size": len(data),
                "ext": "jpg", "width": PHOTO_SIZE[0], "height": PHOTO_SIZE[1],
                "taken_at": "2026-11-20T09:30:00+08:00", "time_source": "exif",
                "lat": "30.58", "lon": "114.30", "orientation": 1, "make": "Xiaomi",
                "model": "Redmi Note 13", "flags": [], "original_present": 1})
            insp, problem = problems[n % len(problems)]
            photo_rows.link(store, sha, insp, problem)
    return store


def build_packages(root: Path, n: int, photos: list[bytes], sites: int,
                   responses: int) -> list[Path]:
    out = root / "packages"
    out.mkdir(parents=True)
    city = city_dir(root / "city", [*range(n), ONE_SITE_DEVICE], sites)
    paths = []
    for i in range(n):
        store = inspector_dir(root / "inspectors" / f"i{i:02d}", i, photos, sites, responses,
                              city)
        paths.append(export_package(store, out / f"inspector-{i:02d}.pkg").path)
        store.close()
        print(f"  package {i + 1}/{n}", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return paths


def bulk_database(folder: Path, responses: int, per_inspection: int = 40) -> float:
    """A supervisor database already holding `responses` responses (one transaction of
    versions.apply, as if merged from packages); returns seconds taken."""
    t0 = time.perf_counter()
    store = Store.open(folder, machine="bench-bulk-supervisor")
    store.set_setting("role", "supervisor")
    device = rid("device", "bulk")
    base_ms = int(datetime(2026, 11, 19, tzinfo=CST).timestamp() * 1000)
    counter = iter(range(10**9))

    def stamp() -> str:
        c = next(counter)
        return f"{base_ms + c // 1000:013d}.{c % 1000:05d}.{device}"

    def shared(table: str, data: dict[str, Any]) -> vs.Version:
        return vs.Version(table, {"origin": "demo", "version": SHARED_VERSION, "deleted": 0,
                                  "base": None, **data})

    def own(table: str, data: dict[str, Any]) -> vs.Version:
        return vs.Version(table, {"origin": device, "version": stamp(), "deleted": 0,
                                  "base": None, **data})

    def versions() -> Any:
        inspections = -(-responses // per_inspection)
        for k in range(inspections):
            site, insp = rid("bulk-site", k), rid("bulk-inspection", k)
            yield shared("sites", {"id": site, "name": f"存量点位{k:05d}",
                                   "category_id": "main_road"})
            yield own("inspections", {"id": insp, "round_id": rid("round"), "site_id": site,
                                      "inspector": f"存量{k % 30:02d}", "outcome": "finished"})
            for j in range(min(per_inspection, responses - k * per_inspection)):
                yield own("responses", {"id": rid("bulk-response", k, j), "inspection_id": insp,
                                        "item_id": f"item-{j:02d}", "passed": 1})

    with store.transaction():
        vs.apply(store, versions(), "bench")
    count = store.db.execute("SELECT count(*) FROM responses").fetchone()[0]
    assert count == responses, count
    store.close()
    return time.perf_counter() - t0


# ---- measurements, each in a fresh process -----------------------------------------------

def peak_kb() -> tuple[int, int]:
    """(VmHWM, ru_maxrss) in kB. VmHWM is this process's own peak; ru_maxrss on Linux
    also keeps the peak of what the process was before exec."""
    hwm = 0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1])
    return hwm, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def worker_import(data_dir: str, packages: list[str], profile: bool,
                  one_by_one: bool = False) -> dict[str, Any]:
    store = Store.open(Path(data_dir), machine=CITY_MACHINE)
    if store.setting("role") != "supervisor":
        store.set_setting("role", "supervisor")
    statuses: Counter[str] = Counter()
    records = photos = 0
    profiler = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    if one_by_one:  # each verified, then applied, on this thread: no overlap
        results: Iterable[tuple[Path, Any]] = (
            (Path(p), import_package(store, Path(p), trust_new=True)) for p in packages)
    else:
        results = import_packages(store, [Path(p) for p in packages], trust_new=True)
    for _, result in results:
        if isinstance(result, Exception):
            raise result
        statuses[result.status] += 1
        records += result.records
        photos += result.photos
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - t0
    os.sync()
    synced = time.perf_counter() - t0
    store.close()
    out: dict[str, Any] = {"seconds": elapsed, "synced": synced, "statuses": dict(statuses),
                           "records": records, "photos": photos, "peak_kb": peak_kb()}
    if profiler:
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
        out["profile"] = text.getvalue()
    return out


def worker_floor(dest: str, packages: list[str]) -> dict[str, Any]:
    t0 = time.perf_counter()
    for p in packages:
        copy = Path(dest) / Path(p).name
        shutil.copyfile(p, copy)
        h = hashlib.sha256()
        with open(copy, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    elapsed = time.perf_counter() - t0
    os.sync()
    return {"seconds": elapsed, "synced": time.perf_counter() - t0, "peak_kb": peak_kb()}


def measure(mode: str, *args: Any) -> dict[str, Any]:
    os.sync()  # the previous step's writes are not flushed during this one
    done = subprocess.run([sys.executable, __file__, "--worker", json.dumps([mode, *args])],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout))


# ---- the run ---------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=int, default=30)
    parser.add_argument("--photos", type=int, default=20, help="photos per package")
    parser.add_argument("--sites", type=int, default=60, help="inspections per package")
    parser.add_argument("--responses", type=int, default=40, help="responses per inspection")
    parser.add_argument("--bulk", type=int, default=100_000,
                        help="responses already in the database for the one-site import")
    parser.add_argument("--profile", action="store_true", help="profile (a) with cProfile")
    parser.add_argument("--keep", type=Path, help="work in this folder, keep and reuse it")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        mode, *rest = json.loads(args.worker)
        result = worker_import(*rest) if mode == "import" else worker_floor(*rest)
        print(json.dumps(result))
        return

    with contextlib.ExitStack() as stack:
        if args.keep is None:
            root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sync-bench-")))
        else:
            root = args.keep
            root.mkdir(parents=True, exist_ok=True)
        for stale in ("supervisor", "floor", "profiled", "bulk", "empty", "one", "one-by-one"):
            shutil.rmtree(root / stale, ignore_errors=True)
        t0 = time.perf_counter()
        print(f"generating {args.photos} distinct {PHOTO_SIZE[0]}×{PHOTO_SIZE[1]} JPEGs …",
              file=sys.stderr)
        photos = base_photos(args.photos)
        sizes = f"{args.packages}-{args.photos}-{args.sites}-{args.responses}"
        if (root / "built").is_file() and (root / "built").read_text() == sizes:
            packages = sorted((root / "packages").glob("*.pkg"))
            print(f"reusing the packages in {root}", file=sys.stderr)
        else:
            shutil.rmtree(root / "packages", ignore_errors=True)
            shutil.rmtree(root / "inspectors", ignore_errors=True)
            print(f"building {args.packages} inspector data directories and packages …",
                  file=sys.stderr)
            packages = build_packages(root, args.packages, photos, args.sites,
                                      args.responses)
            (root / "built").write_text(sizes)
        built = time.perf_counter() - t0
        names = [str(p) for p in packages]
        total = sum(p.stat().st_size for p in packages)

        def fresh(name: str) -> str:  # the supervisor's database, before any package
            shutil.copytree(root / "city", root / name)
            return str(root / name)

        def floor() -> dict[str, Any]:
            (root / "floor").mkdir()
            try:
                return measure("floor", str(root / "floor"), names)
            finally:
                shutil.rmtree(root / "floor")

        # The floor is timed right before and right after the import, and (c) is their
        # mean: a machine whose load changes during the run moves both alike.
        floors = [floor()]
        a = measure("import", fresh("supervisor"), names, False)
        floors.append(floor())
        c = {"seconds": sum(f["seconds"] for f in floors) / len(floors),
             "synced": sum(f["synced"] for f in floors) / len(floors),
             "peak_kb": floors[0]["peak_kb"], "each": [f["seconds"] for f in floors]}
        b = measure("import", str(root / "supervisor"), names, False)
        d = measure("import", fresh("one-by-one"), names, False, True)
        shutil.rmtree(root / "one-by-one")
        profiled = None
        if args.profile:
            profiled = measure("import", fresh("profiled"), names, True)
            shutil.rmtree(root / "profiled")

        print(f"building a database with {args.bulk:,} responses …", file=sys.stderr)
        bulk_seconds = bulk_database(root / "bulk", args.bulk)
        one = root / "one"
        store = inspector_dir(one / "data", ONE_SITE_DEVICE, photos[:1], 1, args.responses,
                              root / "city.pkg")
        single = export_package(store, one / "one-site.pkg").path
        store.close()
        big = measure("import", str(root / "bulk"), [str(single)], False)
        empty = measure("import", str(root / "empty"), [str(single)], False)
        with sqlite3.connect(root / "bulk" / paths.DB_NAME) as conn:
            held = conn.execute("SELECT count(*) FROM responses").fetchone()[0]

    photo_mb = sum(len(p) for p in photos) / len(photos) / MB if photos else 0.0
    mb = total / MB
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    print(f"{args.packages} packages, each {args.sites} inspections × {args.responses} "
          f"responses, problems, {args.photos} photos of {photo_mb:.2f} MB: "
          f"{mb:,.0f} MB in all (built in {built:.0f} s)")
    print(f"(a) first import:   {a['seconds']:7.2f} s  {mb / a['seconds']:7.1f} MB/s  "
          f"{a['statuses']}, {a['records']:,} versions, {a['photos']} photos")
    print(f"(b) second import:  {b['seconds']:7.2f} s  {mb / b['seconds']:7.1f} MB/s  "
          f"{b['statuses']}")
    print(f"(c) floor, copy + SHA-256: {c['seconds']:7.2f} s  {mb / c['seconds']:7.1f} MB/s  "
          f"(mean of {' s before and '.join(f'{x:.2f}' for x in c['each'])} s after (a))")
    saved = 100 * (1 - a["seconds"] / d["seconds"])
    print(f"(d) first import one package at a time (no verifying thread): "
          f"{d['seconds']:7.2f} s — the thread saves {saved:.0f} %")
    print(f"a/c = {a['seconds'] / c['seconds']:.2f}× (target ≤ 2)   "
          f"b/a = {100 * b['seconds'] / a['seconds']:.0f} % (target ≤ 10 %)")
    print(f"with everything written to disk (os.sync() after each): a {a['synced']:.2f} s, "
          f"c {c['synced']:.2f} s, a/c = {a['synced'] / c['synced']:.2f}× — the page-cache "
          "floor is noisy while the disk writes back")
    for name, r in (("(a)", a), ("(b)", b), ("(c)", c), ("one-site into bulk", big),
                    ("one-site into empty", empty)):
        hwm, maxrss = r["peak_kb"]
        print(f"peak memory {name}: {hwm / 1024:.0f} MB (VmHWM; ru_maxrss {maxrss / 1024:.0f} MB)")
    print(f"one-site package ({args.responses} responses, {min(1, args.photos)} photo) into a "
          f"database of {held:,} responses: {big['seconds']:.3f} s (target ≤ 0.3 s; "
          f"into an empty database: {empty['seconds']:.3f} s; bulk database built in "
          f"{bulk_seconds:.0f} s)")
    if profiled is not None:
        print("\nprofile of (a):\n" + profiled["profile"])


if __name__ == "__main__":
    main()
