"""The scorecard with its photo appendix, beside a bare ReportLab document of the same photos.

Usage: .venv/bin/python bench/report.py [--sites N] [--photos-per-site K] [--dir DIR]

Builds, through the product, a round of N sites (default 300, main roads and markets)
with N finished inspections of K problems each (default 2) and one photo per problem:
12-megapixel JPEGs (4000×3000, EXIF time and GPS, a third stored sideways with
orientation 6), each with its own content and hash. Then times in one run:
  (a) `inspector report scorecard` with the evidence appendix from a cold start: the
      print, display and thumbnail folders deleted first, so no derivative is cached;
  (b) the floor: a bare ReportLab document (SimpleDocTemplate, A4) placing the same
      photos two to a row in the same 84 × 60 mm box, each made by Pillow from the
      original (open, exif_transpose, thumbnail to 600 px, JPEG quality 60), one process;
  (c) (a) again, warm: the stamped print copies are cached.
It prints seconds, the ratio a/b (target ≤ 1.5×) and file sizes (target ≤ 30 MB for a).
(d), for context, is (b) with Pillow's reduced-scale JPEG decoding (draft) asked for
before exif_transpose: what (b) costs when it does not decode 12 MP per photo.

(a) and (c) run the real command in a child process (`python -m inspector`), so they
include starting it; --dir keeps the built data directory and reuses it next time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageOps

CST = timezone(timedelta(hours=8))
START = datetime(2026, 11, 20, 8, 30, tzinfo=CST)
TYPES = (("main_road", "主次干道", "路"), ("market", "集贸市场", "市场"))
DISTRICTS = ("湖滨区", "东城区", "西城区", "高新区", "青山县", "河口区")
BASES = 4  # upright base scenes; every photo is one of them with its own region drawn on
MM = 72 / 25.4


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---- building the round through the product ----

def write_inputs(folder: Path, n_sites: int, per_site: int) -> tuple[Path, Path, int]:
    """Sites CSV and results JSON: n_sites finished inspections, per_site problems each."""
    from inspector.domain import Kind
    from inspector.forms import default_form

    form = default_form().form
    rows = ["点位名称,点位类型,县市区,责任单位"]
    inspections = []
    for i in range(n_sites):
        cid, type_name, noun = TYPES[i % len(TYPES)]
        district = DISTRICTS[i % len(DISTRICTS)]
        name = f"{noun}{i:03d}"
        rows.append(f"{name},{type_name},{district},{district}{noun}{i % 7}号责任单位")
        cat = form.category(cid)
        assert cat is not None, cid
        failing = {cat.items[(i + k) % len(cat.items)].id: k
                   for k in range(min(per_site, len(cat.items)))}
        responses: dict[str, Any] = {}
        for item in cat.items:
            bad = item.id in failing
            if item.kind is Kind.CHECK:
                responses[item.id] = "fail" if bad else "pass"
            elif item.kind is Kind.DEDUCT:
                responses[item.id] = "checked"
            elif item.kind is Kind.GRADE:
                responses[item.id] = item.levels[-1 if bad else 0].name
            else:
                responses[item.id] = 0 if bad else item.required
        started = START + timedelta(minutes=20 * i)
        inspections.append({
            "site": name, "inspector": "张三", "outcome": "finished",
            "started_at": started.isoformat(), "responses": responses,
            "problems": [{"item": item_id, "count": 1, "location": "东侧入口",
                          "description": f"发现问题{k + 1}：{item_id}不到位"}
                         for item_id, k in failing.items()]})
    sites = folder / "sites.csv"
    sites.write_text("\n".join(rows) + "\n", encoding="utf-8")
    results = folder / "results.json"
    results.write_text(json.dumps({"format": "inspector-results/1", "round": "R",
                                   "inspections": inspections}, ensure_ascii=False),
                       encoding="utf-8")
    per_type = -(-n_sites // len(TYPES))
    return sites, results, per_type


_bases: dict[tuple[int, int], Image.Image] = {}


def make_photo(job: tuple[int, str, str]) -> str:
    """One distinct 12-MP JPEG: a base scene with its own shapes drawn on, and own EXIF."""
    from inspector.photos.synthetic import exif_block, scene

    i, taken_at, folder = job
    base, orientation = i % BASES, 6 if i % 3 == 0 else 1
    if (base, 1) not in _bases:
        _bases[base, 1] = scene(4000, 3000, f"bench-report-{base}")
    image = _bases[base, 1].copy()
    rng = random.Random(i)
    draw = ImageDraw.Draw(image)
    x, y = rng.randrange(200, 3000), rng.randrange(200, 2000)
    for k in range(6):  # this photo's own region: a few shapes in its own colours
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        box = (x + k * 60, y + k * 40, x + 400 + k * 60, y + 300 + k * 40)
        (draw.rectangle if k % 2 else draw.ellipse)(box, fill=colour)
    if orientation == 6:  # stored sideways, the way a phone held upright stores it
        image = image.transpose(Image.Transpose.ROTATE_90)
    when = datetime.fromisoformat(taken_at)
    exif = exif_block(when, Decimal("30.58") + Decimal(i % 997) / 10000,
                      Decimal("114.30") + Decimal(i // 997) / 10000, orientation)
    path = Path(folder) / f"IMG_{i:04d}.jpg"
    image.save(path, "JPEG", quality=92, exif=exif)
    return str(path)


def build(data: Path, work: Path, n_sites: int, per_site: int, workers: int) -> None:
    from inspector.cli import main as cli
    from inspector.photos.importer import import_batch
    from inspector.store import Store

    t0 = time.perf_counter()
    sites, results, per_type = write_inputs(work, n_sites, per_site)
    with contextlib.redirect_stdout(sys.stderr):
        for args in (["config", "set", "city", "示范市"], ["sites", "import", str(sites)],
                     ["round", "new", "R", "--form", "civilized-city-field"],
                     ["sample", "--seed", "1", "--inspectors", "张三", "--per-type",
                      str(per_type)],
                     ["results", "import", str(results)]):
            assert cli(["--data-dir", str(data), *args]) == 0, args
    store = Store.open(data)
    problems = list(store.db.query(
        "SELECT p.id, p.inspection_id, i.started_at FROM problems p JOIN inspections i "
        "ON i.id = p.inspection_id ORDER BY i.started_at, p.id"))
    n = len(problems)
    log(f"{n_sites} sites, {n} problems; generating {n} 12-MP photos in {workers} "
        "processes …")
    folder = work / "in"
    folder.mkdir(exist_ok=True)
    jobs = [(k, (datetime.fromisoformat(p["started_at"]) + timedelta(minutes=3 + k % 10))
             .isoformat(), str(folder)) for k, p in enumerate(problems)]
    paths: list[str] = []
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for path in pool.imap(make_photo, jobs, chunksize=4):
            paths.append(path)
            if len(paths) % 50 == 0 or len(paths) == n:
                log(f"  generated {len(paths)}/{n}  ({time.perf_counter() - t0:.0f} s)")
    log(f"importing {n} photos …")

    def progress(done: int, total: int, _: str) -> None:
        if done % 50 == 0 or done == total:
            log(f"  imported {done}/{total}  ({time.perf_counter() - t0:.0f} s)")

    report = import_batch(store, [(Path(path), p["inspection_id"], p["id"])
                                  for path, p in zip(paths, problems, strict=True)],
                          progress=progress)
    store.close()
    assert len(report.imported) == n and not report.refused, report.refused
    shutil.rmtree(folder)  # the data directory holds the originals now
    (data / "bench-built").write_text(f"{n_sites} {per_site}\n")
    log(f"built in {time.perf_counter() - t0:.0f} s")


def originals(data: Path) -> list[Path]:
    """The photos' originals in the order the appendix places them."""
    from inspector.photos.tree import PhotoTree
    from inspector.report.data import gather
    from inspector.store import Store

    store = Store.open(data)
    report = gather(store)
    store.close()
    tree = PhotoTree(data)
    return [tree.original(ph.sha256, ph.ext) for p in report.problems for ph in p.photos]


# ---- the timings ----

def scorecard(data: Path, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(data), "report",
                    "scorecard", "--out", str(out)], check=True, stdout=sys.stderr)
    return time.perf_counter() - t0


def cold(data: Path) -> None:
    for kind in ("print", "display", "thumbs", "stamped"):
        shutil.rmtree(data / "photos" / kind, ignore_errors=True)


def floor(paths: list[Path], out: Path, scratch: Path, draft: bool = False) -> float:
    """A bare A4 document of the photos, two to a row, each made small by Pillow."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Image as PdfImage
    from reportlab.platypus import SimpleDocTemplate, Table

    t0 = time.perf_counter()
    scratch.mkdir(parents=True, exist_ok=True)
    cells = []
    for n, path in enumerate(paths):
        with Image.open(path) as im:
            if draft:
                im.draft("RGB", (600, 600))
            small = ImageOps.exif_transpose(im)
            small.thumbnail((600, 600))
            target = scratch / f"{n}.jpg"
            small.save(target, "JPEG", quality=60)
        img = PdfImage(str(target))
        scale = min(84 * MM / img.imageWidth, 60 * MM / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        cells.append(img)
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=15 * MM, rightMargin=15 * MM,
                            topMargin=18 * MM, bottomMargin=16 * MM)
    doc.build([Table(rows, colWidths=[90 * MM, 90 * MM])])
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--photos-per-site", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="processes making the photos")
    parser.add_argument("--dir", type=Path, help="keep the data directory here (reused when "
                        "it was built with the same sizes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = args.dir or root / "data"
        marker = data / "bench-built"
        wanted = f"{args.sites} {args.photos_per_site}\n"
        if marker.exists() and marker.read_text() == wanted:
            log(f"reusing {data}")
        else:
            if data.exists():
                shutil.rmtree(data)
            build(data, root, args.sites, args.photos_per_site, args.workers)
        paths = originals(data)
        mp = sum(p.stat().st_size for p in paths) / len(paths) / 1e6
        cold(data)
        log("(a) scorecard, cold …")
        a = scorecard(data, root / "a.pdf")
        log("(b) floor …")
        b = floor(paths, root / "b.pdf", root / "b")
        log("(c) scorecard, warm …")
        c = scorecard(data, root / "c.pdf")
        log("(d) floor with reduced-scale decoding …")
        d = floor(paths, root / "d.pdf", root / "d", draft=True)
        size = {k: (root / f"{k}.pdf").stat().st_size / 1e6 for k in "abcd"}
        prints = sum(1 for _ in (data / "photos" / "print").glob("*/*.jpg"))
    import reportlab

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, Pillow {Image.__version__}, "
          f"ReportLab {reportlab.Version}")
    print(f"{args.sites} sites, {len(paths)} problem photos, 4000×3000, {mp:.1f} MB each; "
          f"{prints} print copies cached")
    print(f"(a) inspector report scorecard, cold:   {a:6.1f} s  {size['a']:5.1f} MB")
    print(f"(b) floor: bare ReportLab + Pillow, 1 p: {b:6.1f} s  {size['b']:5.1f} MB")
    print(f"(c) inspector report scorecard, warm:   {c:6.1f} s  {size['c']:5.1f} MB")
    print(f"(d) (b) with reduced-scale decoding:    {d:6.1f} s  {size['d']:5.1f} MB")
    verdict = "ok" if a / b <= 1.5 and size["a"] <= 30 else "MISSED"
    print(f"a/b = {a / b:.2f}× (target ≤ 1.5×), a = {size['a']:.1f} MB (target ≤ 30 MB): "
          f"{verdict};  c/b = {c / b:.2f}×, a/d = {a / d:.2f}×")


if __name__ == "__main__":
    main()
