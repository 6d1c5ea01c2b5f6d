"""Headless commands: `inspector SUBCOMMAND ...` (no subcommand starts the app)."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import output, paths, state
from ..actions import results
from ..actions.sites import import_sites
from ..errors import UserError
from ..forms import load_form, shipped_forms
from ..messages import QT_TRANSLATE_NOOP
from ..photos.evidence import missing_photos
from ..state import scorecard_notes
from ..store import Store, audit
from ..store.schema import RECORD_TABLES
from ..store.settings import SETTINGS
from . import cases as case_cmds
from . import hub as hub_cmds
from . import photos as photo_cmds
from . import reports as report_cmds
from . import rounds as round_cmds
from . import say
from . import sync as sync_cmds
from .scorecard import score_json, score_table
from .table import render

CONFIG_SET_USAGE = QT_TRANSLATE_NOOP(
    "cli.config_set_usage",
    "usage: inspector config set KEY VALUE")

Handler = Callable[[argparse.Namespace], int]
UNEXPLAINED_SHOWN = 20
CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "cli.chain_broken", "audit row {seq} {reason}: the history from there on cannot be trusted")
SENT_CONTRADICTED = QT_TRANSLATE_NOOP(
    "cli.sent_contradicted", "audit row {seq} is not what package {file} (sent {date}) showed: "
    "the log was rewritten after it")
UNEXPLAINED = QT_TRANSLATE_NOOP(
    "cli.unexplained", "record {record} {reason}: changed outside inspector, the log does not "
    "explain it")
MORE_UNEXPLAINED = QT_TRANSLATE_NOOP("cli.more_unexplained",
                                     "… and {n} more records the log does not explain")
DATABASE_FAILED = QT_TRANSLATE_NOOP("cli.database_failed",
                                    "{database}: {detail} — the change was not made")
DEMO_YEAR_ALONE = QT_TRANSLATE_NOOP(
    "cli.demo_year_alone", "demo --year is a supervisor's year: it takes no --inspector")
# Commands that change the data directory: one at a time, and not while the app has it.
# (`restore` goes only into an empty folder, which no app or command can be using.)
WRITING = {("sites", "import"), ("round", "new"), ("round", "move"), ("round", "handout"),
           ("round", "set-period"), ("round", "set-scores"),
           ("sample", None), ("config", "set"),
           ("results", "import"), ("demo", None), ("photos", "import"), ("photos", "stamp"),
           ("sync", "export"), ("sync", "import"), ("devices", "trust"), ("devices", "refuse"),
           ("devices", "reset-history"), ("conflicts", "confirm"), ("conflicts", "reverse"),
           ("review", "approve"), ("review", "flag"), ("review", "reject"),
           ("baseline", "add"), ("baseline", "remove")} | case_cmds.WRITING | hub_cmds.WRITING


def _store(args: argparse.Namespace) -> Store:
    return Store.open(paths.resolve_data_dir(args.data_dir))


def cmd_forms_validate(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.paths:
        try:
            loaded = load_form(Path(name))
        except UserError as exc:
            print(say.text(args, exc), file=sys.stderr)
            failed += 1
            continue
        form = loaded.form
        items = sum(len(c.items) for c in form.categories)
        print(f"{name}: ok — {form.id} v{form.version}, {len(form.categories)} site types, "
              f"{items} items, {form.total} points, hash {form.content_hash[:12]}")
    return 1 if failed else 0


def cmd_forms_list(args: argparse.Namespace) -> int:
    rows = [[lf.form.id, lf.form.version, lf.form.title, str(len(lf.form.categories)),
             lf.form.content_hash[:12], "shipped"] for lf in shipped_forms()]
    store = _store(args)
    for r in store.rows("forms"):
        if not any(row[0] == r["form_id"] and row[1] == r["form_version"] for row in rows):
            count = str(len(store.form(r["id"]).form.categories))
            rows.append([r["form_id"], r["form_version"], r["title"], count,
                         r["content_hash"][:12], "in database"])
    print(render(["id", "version", "title", "site types", "hash", "where"], rows))
    return 0


def cmd_sites_import(args: argparse.Namespace) -> int:
    result = import_sites(_store(args), Path(args.file), args.form)
    print(f"{args.file}: {result.added} sites added, {result.updated} updated")
    return 0


def cmd_sites_list(args: argparse.Namespace) -> int:
    sites = _store(args).sites()
    print(render(["name", "type", "district", "responsible unit", "id"],
                 [[s.name, s.category_id, s.district or "未指定", s.responsible_unit, s.id[:8]]
                  for s in sites]))
    print(f"{len(sites)} sites")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    store = _store(args)
    if args.action == "set":
        if args.key is None or args.value is None:
            raise UserError(CONFIG_SET_USAGE())
        store.set_setting(args.key, args.value)
        print(f"{args.key} = {store.setting(args.key)}")
        return 0
    rows = [[s.key, store.setting(s.key), s.description] for s in SETTINGS.values()]
    rows.append(["device", store.device_id, "this computer's device id"])
    rows.append(["data_dir", str(store.data_dir), "where the database and photos live"])
    print(render(["setting", "value", "meaning"], rows))
    return 0


def cmd_results_import(args: argparse.Namespace) -> int:
    n = results.import_results(_store(args), Path(args.file), args.round)
    print(f"{args.file}: {n} inspections imported")
    return 0


def cmd_results_export(args: argparse.Namespace) -> int:
    data = results.export_results(_store(args), args.round)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.out:
        out = output.write_text(Path(args.out), text + "\n")
        print(f"{out}: {len(data['inspections'])} inspections")
    else:
        print(text)
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    store = _store(args)
    rnd, form, card = state.scorecard(store, args.round)
    missing = len(missing_photos(store, rnd["id"], form))
    if args.json:
        data = score_json(rnd, form, card, store.setting("city"))
        data["problems_missing_photos"] = missing
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(score_table(rnd, form, card, store.setting("city"),
                          scorecard_notes(card, missing)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..demo import load_demo

    if args.year:
        from ..demo_year import load_year

        if args.inspector:
            raise UserError(DEMO_YEAR_ALONE())
        print(load_year(_store(args)))
        return 0
    summary = load_demo(_store(args), args.inspector, args.seed)
    print(summary)
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """The chain, the records against the log, and the log against what this computer
    sent: every finding one line on stderr, exit 1 if there is any."""
    store = _store(args)
    db = store.db
    count, broken = audit.verify(db)
    findings = []
    if broken is not None:
        findings.append(CHAIN_BROKEN(seq=broken.seq, reason=broken.reason))
    for sent in audit.contradicted_exports(db):
        findings.append(SENT_CONTRADICTED(seq=sent.seq, file=sent.file_name,
                                          date=sent.at[:10]))
    unexplained = audit.unexplained(db, RECORD_TABLES, store.device_id)
    for u in unexplained[:UNEXPLAINED_SHOWN]:
        findings.append(UNEXPLAINED(record=f"{u.table}/{u.record_id[:8]}", reason=u.reason))
    if len(unexplained) > UNEXPLAINED_SHOWN:
        findings.append(MORE_UNEXPLAINED(n=len(unexplained) - UNEXPLAINED_SHOWN))
    for finding in findings:
        print(say.text(args, finding), file=sys.stderr)
    if findings:
        return 1
    print(f"audit log ok: {count} rows, chain intact, every record explained by it")
    return 0


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("inspector")
    except PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = (f"data directory (default: ${paths.ENV_VAR} or "
                     f"{paths.default_data_dir()})")
    parser = argparse.ArgumentParser(
        prog="inspector",
        description="Civilized City mock field inspections (模拟测评 · 实地考察). "
                    "Without a command, starts the desktop app.")
    parser.add_argument("--data-dir", help=data_dir_help)
    parser.add_argument("--version", action="version", version=f"inspector {version()}")
    # The global options are accepted after the subcommand too (`inspector demo
    # --data-dir X`); SUPPRESS keeps a subcommand from resetting one given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=data_dir_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def group(name: str, help_text: str) -> argparse._SubParsersAction[
            argparse.ArgumentParser]:
        return sub.add_parser(name, help=help_text, parents=[common]).add_subparsers(
            dest="action", metavar="ACTION", required=True)

    def add(parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
            handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    def with_store(fn: Callable[[Store, argparse.Namespace], int]) -> Handler:
        return lambda args: fn(_store(args), args)

    forms = group("forms", "checklist forms")
    add(forms, "validate", cmd_forms_validate, "check form files").add_argument(
        "paths", nargs="+", metavar="PATH")
    add(forms, "list", cmd_forms_list, "list shipped forms and forms in the database")

    sites = group("sites", "the site registry (点位库)")
    p = add(sites, "import", cmd_sites_import, "import sites from a .csv (UTF-8 or GBK) or .xlsx")
    p.add_argument("file")
    p.add_argument("--form", help="form whose site types the list uses (default: shipped)")
    add(sites, "list", cmd_sites_list, "list the site registry")

    round_cmds.register(sub, group, add, with_store)
    case_cmds.register(group, add, with_store)

    p = add(sub, "config", cmd_config, "show settings, or: config set KEY VALUE")
    p.add_argument("action", nargs="?", choices=["show", "set"], default="show")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")

    results = group("results", "inspections as JSON")
    p = add(results, "import", cmd_results_import, "import inspections from a results JSON")
    p.add_argument("file")
    p.add_argument("--round", help="round name (default: the file's, else current)")
    p = add(results, "export", cmd_results_export, "export the round's inspections as JSON")
    p.add_argument("--round")
    p.add_argument("--out", help="file to write (default: standard output)")

    p = add(sub, "score", cmd_score, "the 40-point scorecard (实地考察得分表)")
    p.add_argument("--round")
    p.add_argument("--json", action="store_true", help="figures as decimal strings in JSON")

    p = add(sub, "demo", cmd_demo, "fill the data directory with a fictional demo city")
    p.add_argument("--inspector", help="make this laptop one demo inspector's (张三, 李四 or "
                   "王五): the shared city and round, and only that inspector's inspections")
    p.add_argument("--seed", type=int, help="varies the inspector's answers")
    p.add_argument("--year", action="store_true",
                   help="a supervisor's year: twelve monthly rounds with their cases, for the "
                   "bulletin (月通报)")

    insp = group("inspections", "inspections of a round")
    p = add(insp, "list", with_store(photo_cmds.cmd_inspections),
            "list a round's inspections with their ids, problems and photos")
    p.add_argument("--round")

    ph = group("photos", "photo evidence")
    p = add(ph, "import", with_store(photo_cmds.cmd_import),
            "import photo files and folders for an inspection (and a problem in it)")
    p.add_argument("--inspection", required=True, help="inspection id (or its first 8+ chars)")
    p.add_argument("--problem", help="problem id within the inspection")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add(ph, "verify", with_store(photo_cmds.cmd_verify),
        "re-hash every stored original and report any changed or missing")
    p = add(ph, "suggest", with_store(photo_cmds.cmd_suggest),
            "suggest the inspection for each photo from its EXIF time and GPS")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--round")
    p = add(ph, "missing", with_store(photo_cmds.cmd_missing),
            "problems that need a photo and have none")
    p.add_argument("--round")
    p = add(ph, "stamp", with_store(photo_cmds.cmd_stamp),
            "make the evidence-stamped copy of a photo and print its path")
    p.add_argument("sha256")
    p.add_argument("--inspection", required=True)

    # `inspector sync` alone pushes to the hub, then pulls from it.
    sync_parser = sub.add_parser("sync", parents=[common],
                                 help="sync packages between laptops (alone: push, then pull)")
    sync_parser.set_defaults(handler=with_store(hub_cmds.cmd_sync))
    hub_cmds.pull_options(sync_parser)
    sy = sync_parser.add_subparsers(dest="action", metavar="ACTION")
    hub_cmds.add_sync_hub(sy, add, with_store)
    p = add(sy, "export", with_store(sync_cmds.cmd_export),
            "write a signed package with everything changed since the last export")
    p.add_argument("--out", required=True, help="package file to write")
    p.add_argument("--full", action="store_true", help="send everything, not just changes")
    p.add_argument("--since", metavar="DATE", help="send changes made since DATE")
    p.add_argument("--again", metavar="SHA256", help="make a past export again")
    p.add_argument("--photos", choices=["original", "display"], default="original",
                   help="send photo originals (default) or display-size copies")
    add(sy, "exports", with_store(sync_cmds.cmd_exports), "list past exports")
    p = add(sy, "verify", sync_cmds.cmd_verify,
            "check a package's signature and contents without touching any database")
    p.add_argument("file")
    p = add(sy, "import", with_store(sync_cmds.cmd_import),
            "verify packages, then apply each in one transaction")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--trust-new", action="store_true",
                   help="trust unknown devices as inspectors (scripted set-ups)")
    p.add_argument("--yes", action="store_true",
                   help="apply a package even if it would make many conflicts")

    dv = group("devices", "device keys and trust")
    add(dv, "list", with_store(sync_cmds.cmd_devices), "devices and their key fingerprints")
    p = add(dv, "trust", with_store(sync_cmds.cmd_trust),
            "trust a device's key and apply its held packages")
    p.add_argument("fingerprint")
    p.add_argument("--role", required=True, choices=["inspector", "supervisor"])
    p.add_argument("--yes", action="store_true",
                   help="apply its held packages even if they would make many conflicts")
    p = add(dv, "refuse", with_store(sync_cmds.cmd_refuse),
            "drop a held key and its held packages (or withdraw a device's trust)")
    p.add_argument("fingerprint")
    p = add(dv, "reset-history", with_store(sync_cmds.cmd_reset_history),
            "accept that a trusted device's audit history starts again (a restored laptop)")
    p.add_argument("fingerprint")

    cf = group("conflicts", "edits of one record made on two devices")
    add(cf, "list", with_store(sync_cmds.cmd_conflicts),
        "conflicts, each with its versions (winner first)").set_defaults(action_name="list",
                                                                        id=None)
    for name, text in (("confirm", "keep the chosen winner"),
                       ("reverse", "make the other version current again")):
        p = add(cf, name, with_store(sync_cmds.cmd_conflicts), f"{text} (supervisors)")
        p.add_argument("id")
        p.set_defaults(action_name=name)

    rv = group("review", "supervisors' review of inspections")
    p = add(rv, "list", with_store(sync_cmds.cmd_review), "inspections and review states")
    p.add_argument("--round")
    p.set_defaults(action_name="list", inspection=None, comment=None)
    for name in ("approve", "flag", "reject"):
        p = add(rv, name, with_store(sync_cmds.cmd_review), f"{name} an inspection")
        p.add_argument("inspection")
        p.add_argument("--comment")
        p.set_defaults(action_name=name)

    p = add(sub, "backup", with_store(sync_cmds.cmd_backup),
            "a consistent snapshot of the data directory (safe while the app runs)")
    p.add_argument("--out", required=True)
    p.add_argument("--with-keys", action="store_true", help="include this device's keys")
    p = add(sub, "restore", sync_cmds.cmd_restore,
            "restore a backup into an empty data directory (--data-dir)")
    p.add_argument("file")

    rp = group("report", "printable reports")
    p = add(rp, "scorecard", with_store(report_cmds.cmd_scorecard),
            "the 40-point scorecard PDF (实地考察得分表) with the evidence appendix")
    p.add_argument("--out", required=True, help="FILE.pdf")
    p.add_argument("--round")
    p.add_argument("--no-appendix", action="store_true", help="leave the photos out")
    p = add(rp, "problems", with_store(report_cmds.cmd_problems),
            "problem lists for dispatch (问题清单), grouped by responsible unit")
    p.add_argument("--out", required=True, help="FILE.pdf or FILE.xlsx")
    p.add_argument("--round")
    p.add_argument("--split-by", choices=["unit"], help="one file per responsible unit")
    p = add(rp, "dispatch", with_store(report_cmds.cmd_dispatch),
            "交办单: per unit, its dispatched cases as a print-ready XLSX to fill in")
    p.add_argument("--out", required=True, metavar="FOLDER")
    p.add_argument("--unit", help="only this unit's sheet")
    p.add_argument("--format", choices=["both", "xlsx", "pdf"], default="both",
                   help="the sheet to fill in (XLSX), to print and sign (PDF), or both")
    p = add(rp, "bulletin", with_store(report_cmds.cmd_bulletin),
            "the bulletin (月通报 / 季评比 / 年底考核) for a month, quarter or year")
    p.add_argument("--period", required=True, help="2026-11, 2026-Q4 or 2026")
    p.add_argument("--out", required=True, help="FILE.pdf or FILE.xlsx")
    ru = group("rules", "the bulletin's ranking rules (排名规则)")
    add(ru, "show", report_cmds.cmd_rules,
        "the built-in rules, documented: copy them to ranking.yaml and edit").set_defaults(
        action_name="show")
    p = add(ru, "check", report_cmds.cmd_rules, "check a rules file, naming every problem's line")
    p.set_defaults(action_name="check")
    p.add_argument("file")
    p = add(rp, "overdue", with_store(report_cmds.cmd_overdue),
            "督办单: per unit, its cases past their due time (超期) and those marked 督办")
    p.add_argument("--out", required=True, help="FILE.pdf")
    p.add_argument("--unit", help="only this unit's 督办单")
    p.add_argument("--warning", action="store_true",
                   help="also the cases near their due time (预警)")
    p.add_argument("--by", help="the date to finish and report by (default: in 3 工作日)")
    p = add(rp, "before-after", with_store(report_cmds.cmd_before_after),
            "整改前后对比: each case's before and after photos side by side, with time and place")
    p.add_argument("--out", required=True, help="FILE.pdf")
    p.add_argument("--unit", help="only this unit's cases")
    p = add(sub, "export", with_store(report_cmds.cmd_export),
            "sites, inspections, responses and problems as CSV, XLSX or JSON")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "json"])
    p.add_argument("--out", required=True, help="folder to write into")
    p.add_argument("--round")
    bl = group("baseline", "scores to compare with (基准)")
    p = add(bl, "add", with_store(report_cmds.cmd_baseline),
            "add a baseline, e.g. baseline add 2025年度国家测评 29.47")
    p.add_argument("label")
    p.add_argument("value")
    p.set_defaults(action_name="add")
    p = add(bl, "list", with_store(report_cmds.cmd_baseline), "list baselines")
    p.set_defaults(action_name="list")
    p = add(bl, "remove", with_store(report_cmds.cmd_baseline), "remove a baseline")
    p.add_argument("label")
    p.set_defaults(action_name="remove")

    hub_cmds.register_hub(group, add, with_store)

    aud = group("audit", "the audit log")
    add(aud, "verify", cmd_audit_verify, "check that no audit row was changed or removed, "
        "that the log explains every record, and that it still holds what packages sent")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    command = (args.command, getattr(args, "action", None))
    args.language = say.language(args.data_dir)
    try:
        if command in WRITING:
            with paths.writing_to(paths.resolve_data_dir(args.data_dir),
                                  "inspector " + " ".join(c for c in command if c)):
                code = handler(args)
        else:
            code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the try, not at exit
        return code
    except UserError as exc:
        print(f"inspector: {say.text(args, exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("inspector: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _closed_pipe()
    except sqlite3.DatabaseError as exc:  # e.g. "database or disk is full"
        database = paths.resolve_data_dir(args.data_dir) / paths.DB_NAME
        print("inspector: " + say.text(args, DATABASE_FAILED(database=database, detail=exc)),
              file=sys.stderr)
        return 1
    except OSError as exc:  # the computer's trouble (a full disk, a file vanished): one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"inspector: {where}{say.text(args, output.cause(exc))}", file=sys.stderr)
        return 1


def _closed_pipe() -> int:
    """The reader went away (`inspector sites list | head`): stop quietly, as a Unix tool
    killed by SIGPIPE does. What Python would still flush at exit goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout replaced by an object without a descriptor
        pass
    return 128 + 13  # SIGPIPE
