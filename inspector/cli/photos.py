"""`inspector photos ...` and `inspector inspections list`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import clock
from ..photos.evidence import missing_photos, stamp_for, suggest_for_files, verify_store
from ..photos.importer import import_photos
from ..store import Store, inspection_rows
from . import say
from .table import render


def _progress(done: int, total: int, name: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {Path(name).name[:40]:40}", end="", file=sys.stderr,
              flush=True)


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    report = import_photos(store, [Path(p) for p in args.paths], args.inspection, args.problem,
                           progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    new = sum(1 for i in report.imported if i.new)
    print(f"{len(report.imported)} photos imported ({new} new, "
          f"{len(report.imported) - new} already stored, linked), "
          f"{len(report.refused)} refused, {report.seconds:.1f} s")
    for item in report.imported:
        if item.flags:
            print(f"  {item.source}: {', '.join(item.flags)}")
    for name, reason in report.refused:
        print(f"inspector: {name}: {say.text(args, reason)}", file=sys.stderr)
    if report.cancelled:
        print("inspector: import cancelled; the photos listed as imported are stored",
              file=sys.stderr)
        return 130
    return 1 if report.refused else 0


def cmd_verify(store: Store, args: argparse.Namespace) -> int:
    report = verify_store(store)
    for path in report.changed:
        print(f"inspector: {path}: changed since it was imported (hash differs)",
              file=sys.stderr)
    for path in report.missing:
        print(f"inspector: {path}: missing", file=sys.stderr)
    for path in report.unknown:
        print(f"inspector: {path}: in the photo folder but not in the database",
              file=sys.stderr)
    if report.ok:
        print(f"{report.checked} originals checked: all intact")
        return 0
    print(f"{report.checked} originals checked: {len(report.changed)} changed, "
          f"{len(report.missing)} missing, {len(report.unknown)} unknown files")
    return 1


def cmd_suggest(store: Store, args: argparse.Namespace) -> int:
    rnd, zone = store.round(args.round), store.zone()
    rows = []
    for name, meta, found, why in suggest_for_files(store, rnd["id"],
                                                    [Path(p) for p in args.paths]):
        if meta is None:
            rows.append([Path(name).name, "—", say.text(args, why)])
        elif not found:
            rows.append([Path(name).name, clock.local(meta.taken_at, zone=zone),
                         "no matching inspection"])
        else:
            best = found[0]
            where = "" if best.distance_m is None else f" · {best.distance_m:.0f} m"
            rows.append([Path(name).name, clock.local(meta.taken_at, zone=zone),
                         f"{best.site_name} · {best.inspector}{where} · {best.inspection_id[:8]}"])
    print(render(["file", "taken", "suggested inspection"], rows))
    return 0


def cmd_missing(store: Store, args: argparse.Namespace) -> int:
    rnd, form = store.round(args.round), None
    form = store.round_form(rnd)
    missing = missing_photos(store, rnd["id"], form)
    print(render(["site", "item", "problem", "problem id", "inspection"],
                 [[m.site_name, m.item_id, m.description[:30], m.problem_id[:8],
                   m.inspection_id[:8]] for m in missing]))
    print(f"{len(missing)} problems need a photo")
    return 0


def cmd_stamp(store: Store, args: argparse.Namespace) -> int:
    print(stamp_for(store, args.sha256, args.inspection))
    return 0


def cmd_inspections(store: Store, args: argparse.Namespace) -> int:
    rnd = store.round(args.round)
    counts = inspection_rows.counts(store, rnd["id"])
    sites = {s.id: s for s in store.sites()}
    rows = [[r["id"][:8], sites[r["site_id"]].name, r["inspector"], r["outcome"], r["review"],
             str(counts[r["id"]].problems), str(counts[r["id"]].photos)]
            for r in store.rows("inspections", "round_id = ?", [rnd["id"]],
                                order_by="started_at, rowid")]
    print(render(["id", "site", "inspector", "outcome", "review", "problems", "photos"], rows))
    return 0
