"""`inspector hub init|serve|devices|connect` and `inspector sync push|pull` (and `sync`,
both): the city hub, for its admin and for the laptops."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from ..errors import UserError
from ..hub.limits import MAX_PACKAGE, MAX_RECORDS
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from ..sync import exchange
from .sync import show_imports
from .table import render

DB_ENV = "INSPECTOR_HUB_DB"
NO_DB = QT_TRANSLATE_NOOP(
    "hub.no_db", "which hub database? --db postgresql://… (or ${env})")
BAD_LISTEN = QT_TRANSLATE_NOOP("hub.bad_listen", "--listen {text}: not HOST:PORT")
NO_SUCH_KEY = QT_TRANSLATE_NOOP(
    "hub.no_such_key", "no device key {fingerprint} is known to the hub: inspector hub devices "
    "list")
SEVERAL_KEYS = QT_TRANSLATE_NOOP(
    "hub.several_keys", "{fingerprint} names {n} keys; give more of the fingerprint")
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "hub.not_confirmed", "not connected: the hub's fingerprint was not confirmed")
CONFIRM_NEEDED = QT_TRANSLATE_NOOP(
    "hub.confirm_needed",
    "the hub's key is {fingerprint}: compare it with the one its admin shows ('inspector hub "
    "init' prints it), then run 'inspector hub connect {url} --fingerprint {fingerprint}'")
WRITING = {("hub", "connect"), ("sync", "push"), ("sync", "pull"), ("sync", None)}


DB_FAILED = QT_TRANSLATE_NOOP("hub.db_failed", "the hub's database: {detail}")


def guarded(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A hub admin's command: a PostgreSQL error is one line, not a traceback."""
    def run(args: argparse.Namespace) -> int:
        import psycopg

        try:
            return fn(args)
        except psycopg.Error as exc:
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise UserError(DB_FAILED(detail=detail)) from None
    return run


def _db(args: argparse.Namespace) -> str:
    url = args.db or os.environ.get(DB_ENV, "")
    if not url:
        raise UserError(NO_DB(env=DB_ENV))
    return str(url)


def cmd_init(args: argparse.Namespace) -> int:
    from ..hub import db
    from ..hub.hubkey import ensure_key

    with db.connect(_db(args)) as conn:
        applied = db.migrate(conn)
        key = ensure_key(conn)
        version = db.schema_version(conn)
    done = f"migrations {', '.join(map(str, applied))} applied" if applied else "up to date"
    print(f"hub database at schema {version} ({done})")
    print(f"hub key fingerprint: {key.fingerprint}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    import uvicorn

    from ..hub.server import create_app

    host, sep, port = str(args.listen).rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise UserError(BAD_LISTEN(text=args.listen))
    app = create_app(_db(args), Path(args.photos), max_body=args.max_body,
                     max_records=args.max_records)
    spool, partials = app.state.swept
    if spool or partials:
        print(f"cleaned up: {spool} temporary file(s) of requests cut off when a hub process "
              f"stopped, {partials} partial upload(s) untouched for a week", flush=True)
    print(f"hub serving on http://{host}:{port} (Ctrl+C stops it)", flush=True)
    uvicorn.run(app, host=host, port=int(port), log_level="warning", access_log=False)
    return 0


def _one(conn: Any, fingerprint: str) -> dict[str, Any]:
    from ..hub import db

    exact = db.device(conn, fingerprint)
    if exact is not None:
        return exact
    found = db.devices_matching(conn, fingerprint)
    if not found:
        raise UserError(NO_SUCH_KEY(fingerprint=fingerprint))
    if len(found) > 1:
        raise UserError(SEVERAL_KEYS(fingerprint=fingerprint, n=len(found)))
    return found[0]


def cmd_devices(args: argparse.Namespace) -> int:
    from ..hub import db
    from ..hub.hubkey import load_key
    from ..sync import keys

    with db.connect(_db(args)) as conn:
        db.require_schema(conn)
        if args.action_name == "list":
            rows = [[str(d["status"]), str(d["role"] or "?"), str(d["device_id"])[:8],
                     str(d["inspector"] or ""), str(d["fingerprint"])] for d in db.devices(conn)]
            vouched = db.vouched(conn)
            rows += [["vouched", "supervisor", str(v["device_id"])[:8], str(v["inspector"] or ""),
                      keys.fingerprint_of(keys.public_from_b64(str(v["public_key"])))]
                     for v in vouched]
            print(render(["status", "role", "device", "inspector", "fingerprint"], rows))
            for v in vouched:
                by = str(v["by_device"])[:8]
                by = f"{v['by_name']} ({by})" if v["by_name"] else f"device {by}"
                print(f"{str(v['device_id'])[:8]}: a supervisor's by the word of {by}, whose "
                      "package named its key; once it connects, the hub's own trust of it "
                      "decides instead")
            print(f"hub key fingerprint: {load_key(conn).fingerprint}")
            if any(d["status"] == "pending" for d in db.devices(conn)):
                print("trust a key as its laptop shows it (设置 → 本机): inspector hub devices "
                      "trust FINGERPRINT --role inspector|supervisor")
            return 0
        row = _one(conn, args.fingerprint)
        if args.action_name == "reset-history":
            forgotten = db.forget_heads(conn, str(row["device_id"]))
            print(f"device {str(row['device_id'])[:8]} ({row['inspector'] or '?'}): its next "
                  f"package starts its history afresh on the hub ({forgotten} points of the "
                  "old one forgotten)")
        elif args.action_name == "trust":
            db.decide(conn, str(row["fingerprint"]), "trusted", args.role)
            print(f"device {str(row['device_id'])[:8]} ({row['inspector'] or '?'}) trusted as "
                  f"{args.role} by the hub")
        else:
            db.decide(conn, str(row["fingerprint"]), "refused", None)
            print(f"key {row['fingerprint']} (device {str(row['device_id'])[:8]}) refused by "
                  "the hub")
    return 0


def cmd_connect(store: Store, args: argparse.Namespace) -> int:
    from ..hub import client

    met = client.hello(store, args.url)
    print(f"hub {met.url}, key fingerprint {met.fingerprint}")
    expected = args.fingerprint
    if expected is None:
        if not sys.stdin.isatty():
            raise UserError(CONFIRM_NEEDED(fingerprint=met.fingerprint, url=met.url))
        answer = input("is this the fingerprint the hub's admin shows? (yes/no) ")
        if answer.strip().lower() not in ("yes", "y", "是"):
            raise UserError(NOT_CONFIRMED())
        expected = met.fingerprint
    client.connect(store, met, expected)
    own = exchange.own_key(store).fingerprint
    standing = {"trusted": f"trusted as {met.role}", "refused": "refused by the hub's admin"
                }.get(met.status, "not trusted yet")
    print(f"connected; this computer ({own}) is {standing}")
    if met.status == "pending":
        print(f"ask the hub's admin to run: inspector hub devices trust {own} --role "
              f"{store.role.value}")
    return 0


def cmd_push(store: Store, args: argparse.Namespace) -> int:
    from ..hub import client

    pushed = client.push(store)
    if pushed.resumed_from:
        print(f"push: went on with the interrupted upload from byte {pushed.resumed_from} of "
              f"{pushed.size}")
    if pushed.status == "nothing to push":
        print("push: the hub has everything of this computer's already")
    elif pushed.status == "already":
        print(f"push: the hub had this package already ({pushed.sha256[:16]})")
    else:
        print(f"push: {pushed.versions} versions ({pushed.new} new to the hub), "
              f"{pushed.photos} photos sent, sha256 {pushed.sha256[:16]}")
    return 0


def cmd_pull(store: Store, args: argparse.Namespace) -> int:
    from ..hub import client

    count = 0

    def named() -> Any:
        nonlocal count
        for path, outcome in client.pull(store, trust_new=args.trust_new, confirmed=args.yes):
            count += 1
            yield path.name, outcome
    code = show_imports(store, args, named(), lambda _name: "inspector sync pull --yes")
    if count == 0:
        print("pull: nothing new from the hub")
    return code


def cmd_sync(store: Store, args: argparse.Namespace) -> int:
    cmd_push(store, args)
    return cmd_pull(store, args)


def cmd_conflicts(args: argparse.Namespace) -> int:
    """The city's conflicts as the hub holds them, counted as a laptop's `conflicts list`
    counts them (a supervisor decides them on a laptop, whose decision then travels)."""
    from ..hub import db

    with db.connect(_db(args)) as conn:
        db.require_schema(conn)
        found = db.conflicts(conn)
    rows = [[c.id[:8], f"{c.table}/{c.record_id[:8]}", str(len(c.versions)),
             " > ".join(v.split(".", 2)[2][:8] for v in c.versions), c.decision or "open"]
            for c in found]
    print(render(["id", "record", "versions", "devices, winner first", "decision"], rows))
    print(f"{len(found)} conflicts, {sum(1 for c in found if c.decision is None)} open")
    return 0


def register_hub(group: Any, add: Any, with_store: Any) -> None:
    hub = group("hub", "the city hub (PostgreSQL): run it, and connect this computer to it")
    db_help = f"the hub's PostgreSQL, postgresql://… (default: ${DB_ENV})"
    p = add(hub, "init", guarded(cmd_init),
            "create or migrate the hub's database, and make its key")
    p.add_argument("--db", help=db_help)
    p = add(hub, "serve", guarded(cmd_serve),
            "run the hub's HTTP service (several may share one database)")
    p.add_argument("--db", help=db_help)
    p.add_argument("--photos", required=True, metavar="DIR",
                   help="the hub's files: photos and the packages it relays")
    p.add_argument("--listen", default="127.0.0.1:8750", metavar="HOST:PORT")
    p.add_argument("--max-body", type=int, default=MAX_PACKAGE, metavar="BYTES",
                   help="the largest request accepted (default 4 GiB)")
    p.add_argument("--max-records", type=int, default=MAX_RECORDS, metavar="BYTES",
                   help="the largest records.jsonl a package may hold: the hub reads it "
                        "whole into memory (default 128 MiB, ~370,000 versions)")
    p = add(hub, "connect", with_store(cmd_connect),
            "remember a hub and pin its key, once its fingerprint is confirmed")
    p.add_argument("url")
    p.add_argument("--fingerprint", help="the hub key's fingerprint as its admin shows it")
    p = add(hub, "conflicts", guarded(cmd_conflicts),
            "the city's conflicts: edits of one record made on two devices")
    p.add_argument("--db", help=db_help)
    dv = hub.add_parser("devices", help="which laptops the hub trusts (the hub's admin)")
    dv_sub = dv.add_subparsers(dest="devices_action", metavar="ACTION", required=True)
    p = add(dv_sub, "list", guarded(cmd_devices),
            "the keys that reached the hub, and its decisions")
    p.set_defaults(action_name="list")
    p.add_argument("--db", help=db_help)
    for name, text in (("trust", "trust a laptop's key, as an inspector's or a supervisor's"),
                       ("refuse", "refuse a key (or withdraw the hub's trust)"),
                       ("reset-history", "accept that a laptop's audit history starts again "
                        "(restored from a backup)")):
        p = add(dv_sub, name, guarded(cmd_devices), text)
        p.set_defaults(action_name=name)
        p.add_argument("fingerprint")
        p.add_argument("--db", help=db_help)
        if name == "trust":
            p.add_argument("--role", required=True, choices=["inspector", "supervisor"])


def add_sync_hub(sy: Any, add: Any, with_store: Any) -> None:
    """`sync push`, `sync pull` under `sync` (whose bare form runs both)."""
    add(sy, "push", with_store(cmd_push), "send the hub what it lacks of this computer's work")
    p = add(sy, "pull", with_store(cmd_pull),
            "import the packages the hub received since the last pull")
    pull_options(p)


def pull_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust-new", action="store_true",
                        help="trust unknown devices as inspectors (scripted set-ups)")
    parser.add_argument("--yes", action="store_true",
                        help="apply a package even if it would make many conflicts")

