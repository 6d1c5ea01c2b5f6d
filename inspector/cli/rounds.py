"""inspector round … and inspector sample: rounds, the draw, assignments and handing the
work out to the inspectors."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import periods
from ..actions import round_period, rounds
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from .table import render

SAMPLING_NEEDS = QT_TRANSLATE_NOOP(
    "cli.sampling_needs",
    "sampling needs --seed S and --inspectors A,B,… (or --replace SITE to replace one site)")


def cmd_round_new(store: Store, args: argparse.Namespace) -> int:
    if args.period:
        periods.month(args.period)  # checked before the round is made
    row = rounds.create_round(store, args.name, args.form)
    if args.period:
        row = round_period.set_period(store, row["name"], args.period)
    print(f"round '{row['name']}' created with form {row['form_key']} "
          f"({round_period.period_of(row, store.zone())})")
    return 0


def cmd_round_list(store: Store, args: argparse.Namespace) -> int:
    current = store.setting("current_round")
    zone = store.zone()
    rows = []
    for r in store.rows("rounds", order_by="created_at"):
        archive, survey = round_period.scores(r)
        rows.append([("* " if r["name"] == current else "  ") + r["name"],
                     round_period.period_of(r, zone), r["form_key"],
                     str(len(store.round_sites(r["id"]))), str(archive or "—"),
                     str(survey or "—"), r["created_at"]])
    print(render(["round", "month", "form", "sites", "档案资料", "问卷调查", "created"], rows))
    return 0


def cmd_round_set_period(store: Store, args: argparse.Namespace) -> int:
    row = round_period.set_period(store, args.round, args.month)
    print(f"round '{row['name']}' counts for {row['period']}")
    return 0


def cmd_round_set_scores(store: Store, args: argparse.Namespace) -> int:
    row = round_period.set_scores(store, args.round, args.archive, args.survey,
                                  args.source or "")
    archive, survey = round_period.scores(row)
    print(f"round '{row['name']}': 档案资料 {archive if archive is not None else '—'} / "
          f"{round_period.ARCHIVE_POINTS}, 问卷调查 {survey if survey is not None else '—'} / "
          f"{round_period.SURVEY_POINTS}" + (f" ({row['scores_source']})"
                                             if row["scores_source"] else ""))
    return 0


def cmd_sample(store: Store, args: argparse.Namespace) -> int:
    if args.replace:
        new_id = rounds.replace_site(store, args.round, args.replace)
        site = store.find_site(new_id)
        print(f"'{args.replace}' replaced by '{site.name}' ({site.district or '未指定'})")
        return 0
    if args.seed is None or args.inspectors is None:
        raise UserError(SAMPLING_NEEDS())
    result = rounds.sample(store, args.round, args.seed, args.inspectors.split(","),
                           args.per_type, how=args.deal)
    total = sum(len(v) for v in result.drawn.values())
    print(f"drew {total} sites in {sum(1 for v in result.drawn.values() if v)} site types "
          f"(seed {args.seed})")
    empty = [cid for cid, (_, have) in result.short.items() if have == 0]
    for cid, (wanted, have) in result.short.items():
        if have:
            print(f"  {cid}: wanted {wanted}, the registry has only {have}")
    if empty:
        print(f"  no sites in the registry for {len(empty)} site types: {', '.join(empty)}")
    return 0


def cmd_round_move(store: Store, args: argparse.Namespace) -> int:
    rounds.move_site(store, args.round, args.site, args.from_inspector, args.to_inspector)
    print(f"'{args.site}': {args.from_inspector} → {args.to_inspector}")
    return 0


def cmd_round_handout(store: Store, args: argparse.Namespace) -> int:
    from ..sync import handout

    for h in handout.hand_out(store, args.round, Path(args.out)):
        print(f"{h.package.path}: {h.inspector}, {h.sites} sites, "
              f"{h.package.records} records")
    return 0


def register(sub: Any, group: Callable[[str, str], Any], add: Callable[..., Any],
             with_store: Callable[[Callable[[Store, argparse.Namespace], int]], Any]) -> None:
    rounds_ = group("round", "inspection rounds (测评轮次)")
    p = add(rounds_, "new", with_store(cmd_round_new), "create a round and make it current")
    p.add_argument("name")
    p.add_argument("--form", required=True, help="form id or .yaml path")
    p.add_argument("--period", metavar="MONTH",
                   help="the month it counts for in the bulletin, e.g. 2026-11 (default: now)")
    add(rounds_, "list", with_store(cmd_round_list), "list rounds (* = current)")
    p = add(rounds_, "set-period", with_store(cmd_round_set_period),
            "the month a round counts for in the bulletin (月通报)")
    p.add_argument("round")
    p.add_argument("month", help="e.g. 2026-11")
    p = add(rounds_, "set-scores", with_store(cmd_round_set_scores),
            "the round's 档案资料 (of 40) and 问卷调查 (of 20) scores, for the 100-point view")
    p.add_argument("round")
    p.add_argument("--archive", help="档案资料 score, 0–40")
    p.add_argument("--survey", help="问卷调查 score, 0–20")
    p.add_argument("--source", help="where the scores come from, e.g. 省文明办反馈 2026-11")
    p = add(rounds_, "move", with_store(cmd_round_move), "give a sampled site to another inspector")
    p.add_argument("site")
    p.add_argument("--from", dest="from_inspector", required=True, metavar="INSPECTOR")
    p.add_argument("--to", dest="to_inspector", required=True, metavar="INSPECTOR")
    p.add_argument("--round", help="round name (default: current)")
    p = add(rounds_, "handout", with_store(cmd_round_handout),
            "write one sync package per inspector with their sites (发给测评员)")
    p.add_argument("--out", required=True, metavar="FOLDER")
    p.add_argument("--round", help="round name (default: current)")

    p = add(sub, "sample", with_store(cmd_sample),
            "draw the round's sites at random (抽样) and assign them")
    p.add_argument("--round", help="round name (default: current)")
    p.add_argument("--seed", help="random seed; the same seed gives the same draw")
    p.add_argument("--inspectors", help="comma-separated inspector names")
    p.add_argument("--per-type", type=int, help="sites per site type (default: the form's)")
    p.add_argument("--deal", choices=("in-turn", "by-district"), default="in-turn",
                   help="sites to inspectors in turn, or whole districts to each")
    p.add_argument("--replace", metavar="SITE", help="draw a replacement for this site")
