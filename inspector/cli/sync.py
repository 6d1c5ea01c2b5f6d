"""`inspector sync|devices|conflicts|review|backup|restore ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import paths, state
from ..actions import reviews
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store, inspection_rows, packages
from ..store import device as devices
from ..store import versions as vs
from ..sync import backup as backups
from ..sync import exchange, places, preflight, trust
from . import say
from .table import render

REVIEW_USAGE = QT_TRANSLATE_NOOP(
    "cli.review_usage",
    "usage: inspector review {action} INSPECTION [--comment TEXT]")
CONFLICTS_USAGE = QT_TRANSLATE_NOOP("cli.conflicts_usage", "usage: inspector conflicts {action} ID")


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    result = exchange.export_package(store, Path(args.out), full=args.full, since=args.since,
                                     again=args.again, photos=args.photos)
    size = result.path.stat().st_size / 1e6
    print(f"{result.path}: {result.records} records, {result.photos} photos, {size:.1f} MB, "
          f"sha256 {result.sha256[:16]}")
    if result.unproven:
        print(f"  {result.unproven} changes received before inspector kept their authors' "
              "signatures were left out: they cannot be passed on; ask those inspectors to "
              "export again with --full")
    return 0


def cmd_exports(store: Store, args: argparse.Namespace) -> int:
    rows = [[p.at, p.file_name, str(p.records), str(p.photos), f"{p.from_seq}–{p.to_seq}",
             p.sha256[:12]] for p in packages.exports(store)]
    print(render(["made", "file", "records", "photos", "changes", "sha256"], rows))
    print("make a lost one again: inspector sync export --again SHA256 --out FILE")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    summary = exchange.verify_only(Path(args.file))
    for key, value in summary.items():
        print(f"{key}: {value}")
    print(f"{args.file}: ok — signature and every entry verified")
    return 0


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    outcomes = exchange.import_packages(store, [Path(n) for n in args.files],
                                        trust_new=args.trust_new, confirmed=args.yes)
    return show_imports(store, args, ((name, result) for name, (_, result)
                                      in zip(args.files, outcomes, strict=True)),
                        lambda name: f"inspector sync import {name} --yes")


def show_imports(store: Store, args: argparse.Namespace,
                 outcomes: Iterable[tuple[str, exchange.ImportResult | UserError]],
                 anyway: Callable[[str], str]) -> int:
    """What each import did, one line a package (a file's or one pulled from the hub):
    exit 1 if one was refused, else 3 if one is held."""
    failed = held = 0
    for name, result in outcomes:
        if isinstance(result, UserError):
            print(f"inspector: {say.text(args, result)}", file=sys.stderr)
            if isinstance(result, preflight.NeedsConfirmation):
                print(f"  to apply it anyway: {anyway(name)}", file=sys.stderr)
            failed += 1
            continue
        who = f"{result.inspector or '?'} · device {result.device_id[:8]} · {result.fingerprint}"
        if result.status == "held":
            held += 1
            print(f"{name}: {_held_line(result, who)}")
        elif result.status == "already imported":
            print(f"{name}: already imported, nothing changed")
        else:
            print(f"{name}: applied — {result.records} new versions, {result.changed} records "
                  f"changed, {result.photos} photos ({who})")
            for note in result.notes:
                print(f"  {say.text(args, note)}")
    conflicts = [c for c in vs.conflicts(store) if c.decision is None]
    if conflicts:
        print(f"{len(conflicts)} conflicts wait for a decision: inspector conflicts list")
    return 1 if failed else (3 if held else 0)


def _held_line(result: exchange.ImportResult, who: str) -> str:
    fp = result.fingerprint
    # The role the package claims is proposed, never taken: the person decides.
    role = result.claimed_role or "inspector"
    says = (" — the package says it comes from a supervisor's device"
            if result.claimed_role == "supervisor" else "")
    if result.held == trust.NEW_KEY:
        return (f"held — device {result.device_id[:8]} is trusted with another key "
                f"({result.trusted_fingerprint}), and this package is signed with {fp} "
                f"({who}). If nobody reinstalled that laptop, it is not from it: 'inspector "
                f"devices refuse {fp}'; if its key really changed, 'inspector devices trust "
                f"{fp} --role {role}' replaces the old key{says}")
    if result.held == trust.SEVERAL:
        return (f"held — another key also claims device {result.device_id[:8]} ({who}); "
                "compare each fingerprint in 'inspector devices list' with the one that "
                f"laptop shows, then 'inspector devices trust {fp} --role {role}' or "
                f"'inspector devices refuse {fp}'{says}")
    return (f"held — unknown device ({who}){says}; if you know it, trust it with 'inspector "
            f"devices trust {fp} --role {role}' (or 'inspector devices refuse {fp}')")


def cmd_devices(store: Store, args: argparse.Namespace) -> int:
    exchange.own_key(store)
    rows = [[("this computer" if d["this_device"] else str(d["role"])),
             "yes" if d["trusted"] else "no (known from a supervisor's package)",
             str(d["device_id"])[:8], str(d["inspector"] or ""), str(d["fingerprint"] or "")]
            for d in devices.all_devices(store.db) if d["fingerprint"] or d["this_device"]]
    for k in devices.held_keys(store.db):
        says = f"? (says {k['role']})" if k["role"] else "?"
        rows.append([says, f"no — {k['packages']} packages held ({k['files'] or ''})",
                     str(k["device_id"])[:8], str(k["inspector"] or ""), str(k["fingerprint"])])
    print(render(["role", "trusted", "device", "inspector", "fingerprint"], rows))
    if devices.held_keys(store.db):
        print("trust a held key: inspector devices trust FINGERPRINT --role inspector|"
              "supervisor; drop it and its packages: inspector devices refuse FINGERPRINT")
    return 0


def cmd_trust(store: Store, args: argparse.Namespace) -> int:
    dev, applied = trust.trust_device(store, args.fingerprint, args.role, confirmed=args.yes)
    print(f"device {str(dev['device_id'])[:8]} ({dev['inspector'] or '?'}) trusted as "
          f"{args.role}" + (f", replacing the key {dev['replaced']}" if dev["replaced"] else ""))
    for result in applied:
        status = say.text(args, result.refusal) if result.refusal else result.status
        print(f"  held package {result.path.name}: {status}")
        for note in result.notes:
            print(f"    {say.text(args, note)}")
        if isinstance(result.refusal, preflight.NeedsConfirmation):
            print(f"    to apply it anyway: inspector sync import {result.path.name} --yes "
                  "(the file you imported)")
    return 0


def cmd_refuse(store: Store, args: argparse.Namespace) -> int:
    row, dropped = trust.refuse_device(store, args.fingerprint)
    print(f"key {row['fingerprint']} (device {str(row['device_id'])[:8]}, "
          f"{row['inspector'] or '?'}) refused; {dropped} held packages dropped")
    return 0


def cmd_reset_history(store: Store, args: argparse.Namespace) -> int:
    row, forgotten = trust.reset_history(store, args.fingerprint)
    print(f"device {str(row['device_id'])[:8]} ({row['inspector'] or '?'}): its next package "
          f"starts its history afresh ({forgotten} points of the old one forgotten)")
    return 0


def cmd_conflicts(store: Store, args: argparse.Namespace) -> int:
    if args.action_name in ("confirm", "reverse"):
        if not args.id:
            raise UserError(CONFLICTS_USAGE(action=args.action_name))
        conflict = reviews.decide(store, args.id, args.action_name)
        done = {"confirm": "confirmed", "reverse": "reversed"}[args.action_name]
        print(f"conflict {conflict.id[:8]} on {_place(store, conflict)}: {done}")
        return 0
    found = vs.conflicts(store)
    rows = []
    for c in found:
        versions = [vs.version_data(store, c.table, c.record_id, ver) or {} for ver in
                    c.versions]
        changed = sorted({k for d in versions for k in d
                          if k not in ("version", "origin", "base")
                          and any(d.get(k) != o.get(k) for o in versions)})
        values = " | ".join(" / ".join(str(d.get(k)) for k in changed) for d in versions)
        rows.append([c.id[:8], _place(store, c, versions[0]), str(len(c.versions)),
                     ", ".join(changed), values[:80], c.decision or "open"])
    print(render(["id", "record", "versions", "fields", "winner first", "decision"], rows))
    print(f"{len(found)} conflicts, {sum(1 for c in found if c.decision is None)} open")
    return 0


KINDS = {"sites": "site", "inspections": "inspection", "responses": "answer",
         "problems": "problem", "photo_links": "photo", "rounds": "round", "samples": "sample",
         "assignments": "assignment", "forms": "form", "baselines": "baseline"}


def _place(store: Store, conflict: vs.Conflict, data: dict[str, object] | None = None) -> str:
    """A conflict's record by site, standard and kind ("东风路农贸市场 · JM05 · answer")."""
    where = places.place_of(store, conflict.table, conflict.record_id, data)
    return " · ".join([*where.parts(), KINDS.get(conflict.table, conflict.table)])


def cmd_review(store: Store, args: argparse.Namespace) -> int:
    if args.action_name == "list":
        rnd = store.round(args.round)
        rows = [[r.inspection_id[:8], r.site or "?", r.inspector, r.outcome, r.review,
                 str(r.problems), r.comment[:30]]
                for r in inspection_rows.review_queue(store, rnd["id"])]
        print(render(["id", "site", "inspector", "outcome", "review", "problems", "comment"],
                     rows))
        _, _, card = state.scorecard(store, args.round)
        split = [(s.name, s.disagreements) for c in card.categories for s in c.sites
                 if s.disagreements]
        if split:
            print("\nitems where two inspectors of one site disagree:")
            for name, items in split:
                print(f"  {name}: {', '.join(items)}")
        return 0
    if not args.inspection:
        raise UserError(REVIEW_USAGE(action=args.action_name))
    row = reviews.review(store, args.inspection, args.action_name, args.comment or "")
    print(f"inspection {row['id'][:8]}: {row['review']}")
    return 0


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    result = backups.backup(store, Path(args.out), args.with_keys)
    keys = "with keys" if result.with_keys else "without keys"
    print(f"{result.path}: database and {result.photos} photo originals, {keys}, "
          f"{result.size / 1e6:.1f} MB")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = paths.resolve_data_dir(args.data_dir)
    n = backups.restore(Path(args.file), target)
    print(f"{target}: restored {n} files")
    return 0
