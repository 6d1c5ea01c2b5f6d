"""A city-sized round: drawing a 5,000-site sample and handing it to ten inspectors (issue 13).

Usage: .venv/bin/python bench/rounds.py [--sites 20000] [--sample 5000] [--inspectors 10]

Builds a supervisor with a registry of SITES sites over ten districts in the shipped form's
site types, then times, in one run:
  (a) the draw previewed (`rounds.draw`): what the 新建测评轮次 wizard does on the UI thread
      each time the seed or a count changes — it must stay well under a frame budget
      of ~50 ms to feel instant;
  (b) recording the round, its SAMPLE sites and their assignments (`rounds.new_round`, the
      wizard's Finish, run off the UI thread with progress and Cancel);
  (c) 发给测评员: one package per inspector (`handout.hand_out`, off the UI thread);
  (d) the baseline: importing the same SITES-site registry (`sites import`), a bulk write of
      as many records that users already wait for;
  (e) the baseline for (c): one full export of everything the supervisor holds.
Ratios b/d and c/e are printed: the machines are noisy, the ratios less so.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.actions import rounds
from inspector.actions.sites import import_sites
from inspector.forms import default_form
from inspector.store import Store
from inspector.sync import exchange, handout


def registry(path: Path, sites: int, sample: int) -> dict[str, int]:
    """A site list with SITES sites; counts so the sample totals SAMPLE."""
    cats = default_form().form.categories
    lines = ["点位名称,点位类型,县市区"]
    for i in range(sites):
        cat = cats[i % len(cats)]
        lines.append(f"点位{i:05d},{cat.name},第{i % 10}区")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    per = sample // len(cats)
    counts = {c.id: per for c in cats}
    counts[cats[0].id] += sample - per * len(cats)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=20000)
    parser.add_argument("--sample", type=int, default=5000)
    parser.add_argument("--inspectors", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        counts = registry(root / "sites.csv", args.sites, args.sample)
        store = Store.open(root / "sup")
        store.set_setting("role", "supervisor")
        started = time.perf_counter()
        import_sites(store, root / "sites.csv")
        t_import = time.perf_counter() - started
        form = default_form().form
        started = time.perf_counter()
        for seed in range(5):
            drawn = rounds.draw(store, form, str(seed), counts).drawn
        t_draw = (time.perf_counter() - started) / 5
        people = [f"测评员{i}" for i in range(args.inspectors)]
        plan = rounds.deal(store, drawn, people, "by-district")
        started = time.perf_counter()
        rounds.new_round(store, "基准轮", None, "4", people, counts, plan)
        t_record = time.perf_counter() - started
        out = root / "usb"
        out.mkdir()
        started = time.perf_counter()
        handed = handout.hand_out(store, None, out)
        t_handout = time.perf_counter() - started
        started = time.perf_counter()
        exchange.export_package(store, root / "all.pkg", full=True)
        t_full = time.perf_counter() - started
        store.close()
    n = sum(len(v) for v in drawn.values())
    print(f"registry {args.sites} sites, sample {n} sites, {len(handed)} inspectors")
    print(f"(a) draw preview           {t_draw * 1000:8.1f} ms   (UI thread; target < 50 ms)")
    print(f"(b) record round + sample  {t_record:8.2f} s")
    print(f"(d) baseline: import sites {t_import:8.2f} s    b/d = {t_record / t_import:.2f}")
    print(f"(c) {len(handed)} inspector packages  {t_handout:8.2f} s")
    print(f"(e) baseline: full export  {t_full:8.2f} s    c/e = {t_handout / t_full:.2f}")


if __name__ == "__main__":
    main()
