"""交办单 for a city's ledger (issue 14, "Speed"): 2,000 cases dispatched to 40 units, with
4,000 before photos (two a case), beside bare ReportLab drawing the same images.

Usage: .venv/bin/python bench/dispatch.py [--sites 1000] [--units 40] [--dir DIR]

Builds through the product a round of N sites (default 1000) with two problems each, two
distinct 1600 × 1200 JPEGs a problem (a few hundred KB each, EXIF time and GPS) imported
as the app imports them (so their thumbnails exist), a case opened for every problem
and each dispatched to one of the units. Then times, in one run:
  (a) the 交办单 PDFs (`report.dispatch.write_sheets(kinds=("pdf",))`: the ledger read,
      the photos found, one PDF per unit, every before photo in its row);
  (b) the floor: a bare ReportLab canvas drawing the same 4,000 thumbnails
      (canvas.drawImage, a grid of 10 × 8 on A4 landscape pages) into one PDF;
  (c) the 交办单 XLSX of the same units, for context, and (a)+(c) (`report dispatch`);
  (d) (a) again with every row's photos left out: a−d is what the photos cost the 交办单,
      to set beside (b), which draws nothing else.
It prints seconds and the ratios a/b (target ≤ 1.5×), (a+c)/b and (a−d)/b. --dir keeps the
built data directory and reuses it next time.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import log, write_inputs  # bench/report.py: the round's sites and results

_bases: dict[int, Image.Image] = {}


def make_photo(job: tuple[int, str, str]) -> str:
    """One distinct 1600 × 1200 JPEG: a base scene with its own shapes, and its own EXIF."""
    from inspector.photos.synthetic import exif_block, scene

    i, taken_at, folder = job
    if i % 4 not in _bases:
        _bases[i % 4] = scene(1600, 1200, f"bench-dispatch-{i % 4}")
    image = _bases[i % 4].copy()
    rng = random.Random(i)
    draw = ImageDraw.Draw(image)
    x, y = rng.randrange(50, 1100), rng.randrange(50, 800)
    for k in range(6):
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        box = (x + k * 25, y + k * 15, x + 160 + k * 25, y + 120 + k * 15)
        (draw.rectangle if k % 2 else draw.ellipse)(box, fill=colour)
    exif = exif_block(datetime.fromisoformat(taken_at),
                      Decimal("30.58") + Decimal(i % 997) / 10000,
                      Decimal("114.30") + Decimal(i // 997) / 10000)
    path = Path(folder) / f"IMG_{i:04d}.jpg"
    image.save(path, "JPEG", quality=90, exif=exif)
    return str(path)


def build(data: Path, work: Path, n_sites: int, units: int) -> None:
    from inspector.cases import ledger
    from inspector.cases.machine import Kind
    from inspector.cli import main as cli
    from inspector.photos.importer import import_batch
    from inspector.store import Store

    t0 = time.perf_counter()
    sites, results, per_type = write_inputs(work, n_sites, 2)
    with contextlib.redirect_stdout(sys.stderr):
        for args in (["config", "set", "city", "示范市"], ["config", "set", "role", "supervisor"],
                     ["sites", "import", str(sites)],
                     ["round", "new", "R", "--form", "civilized-city-field"],
                     ["sample", "--seed", "1", "--inspectors", "张三", "--per-type",
                      str(per_type)],
                     ["results", "import", str(results)]):
            assert cli(["--data-dir", str(data), *args]) == 0, args
    store = Store.open(data)
    problems = list(store.db.query(
        "SELECT p.id, p.inspection_id, i.started_at FROM problems p JOIN inspections i "
        "ON i.id = p.inspection_id ORDER BY i.started_at, p.id"))
    n = 2 * len(problems)
    log(f"{n_sites} sites, {len(problems)} problems; generating {n} photos …")
    folder = work / "in"
    folder.mkdir(exist_ok=True)
    jobs = [(k, (datetime.fromisoformat(p["started_at"]) + timedelta(minutes=3 + k % 2))
             .isoformat(), str(folder)) for k, p in enumerate(p for p in problems
                                                                for _ in (0, 1))]
    with multiprocessing.get_context("spawn").Pool() as pool:
        paths = list(pool.imap(make_photo, jobs, chunksize=16))
    log(f"  generated in {time.perf_counter() - t0:.0f} s; importing …")
    report = import_batch(store, [(Path(path), p["inspection_id"], p["id"]) for path, p in
                                  zip(paths, (p for p in problems for _ in (0, 1)),
                                      strict=True)])
    assert len(report.imported) == n and not report.refused, report.refused
    shutil.rmtree(folder)
    opened = ledger.open_from_round(store)
    log(f"  imported; {len(opened)} cases opened; dispatching to {units} units …")
    for k, case in enumerate(sorted(opened, key=lambda r: r["number"])):
        ledger.act(store, case["number"], Kind.DISPATCH, {"unit": f"单位{k % units:02d}"})
    store.close()
    (data / "bench-built").write_text(f"{n_sites} {units}\n")
    log(f"built in {time.perf_counter() - t0:.0f} s")


def floor(thumbs: list[Path], out: Path) -> float:
    """Bare ReportLab: every thumbnail drawn in a grid on A4 landscape pages, one PDF."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    t0 = time.perf_counter()
    canvas = Canvas(str(out), pagesize=landscape(A4))
    per_line, lines = 10, 8
    for i, path in enumerate(thumbs):
        slot = i % (per_line * lines)
        if i and slot == 0:
            canvas.showPage()
        x = 15 * mm + (slot % per_line) * 26 * mm
        y = 180 * mm - (slot // per_line) * 21 * mm
        canvas.drawImage(str(path), x, y, width=16 * mm, height=12 * mm)
    canvas.save()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=1000)
    parser.add_argument("--units", type=int, default=40)
    parser.add_argument("--dir", type=Path, help="keep the data directory here (reused)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = args.dir or Path(tmp) / "d"
        if not (data / "bench-built").exists():
            if data.exists():
                shutil.rmtree(data)
            build(data, Path(tmp), args.sites, args.units)
        run(data, Path(tmp))


def run(data: Path, tmp: Path) -> None:
    from inspector.photos.importer import tree_of
    from inspector.report import case_docs, dispatch
    from inspector.store import Store, case_rows

    store = Store.open(data)
    started = time.perf_counter()
    pdfs = dispatch.write_sheets(store, tmp / "pdf", kinds=("pdf",))
    t_pdf = time.perf_counter() - started
    started = time.perf_counter()
    sheets = dispatch.write_sheets(store, tmp / "xlsx", kinds=("xlsx",))
    t_xlsx = time.perf_counter() - started
    real_thumbs = case_docs.thumbs
    case_docs.thumbs = lambda tree, rows: []  # type: ignore[assignment]
    started = time.perf_counter()
    dispatch.write_sheets(store, tmp / "bare", kinds=("pdf",))
    t_text = time.perf_counter() - started
    case_docs.thumbs = real_thumbs
    problems = [str(r["problem_id"]) for r in case_rows.cases(store)]
    tree = tree_of(store)
    thumbs = [tree.thumb(p["sha256"]) for rows in case_rows.before_photos(store, problems)
              .values() for p in rows]
    store.close()
    t_floor = floor(thumbs, tmp / "floor.pdf")
    size = sum(p.stat().st_size for p in pdfs) / 1e6
    thumb_kb = sum(p.stat().st_size for p in thumbs) / len(thumbs) / 1e3
    print(f"{len(problems)} cases, {len(thumbs)} photos (thumbnails {thumb_kb:.0f} KB on "
          f"average), {len(pdfs)} units")
    print(f"(a) 交办单 PDFs             {t_pdf:7.2f} s   {size:.1f} MB")
    print(f"(b) floor: bare ReportLab   {t_floor:7.2f} s   "
          f"{(tmp / 'floor.pdf').stat().st_size / 1e6:.1f} MB")
    print(f"(c) 交办单 XLSX             {t_xlsx:7.2f} s   ({len(sheets)} files)")
    print(f"(d) 交办单 PDFs, no photos  {t_text:7.2f} s   a−d = {t_pdf - t_text:.2f} s: "
          "the photos' share")
    print(f"a/b = {t_pdf / t_floor:.2f}× (target ≤ 1.5×);  (a+c)/b = "
          f"{(t_pdf + t_xlsx) / t_floor:.2f}×;  (a−d)/b = {(t_pdf - t_text) / t_floor:.2f}×")


if __name__ == "__main__":
    main()
