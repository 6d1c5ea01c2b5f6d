"""Exporting and importing sync packages: what goes in, and the checks before applying.

Import verifies the whole file first (signature over every byte, every entry's size and
hash, names, limits — `package.open_package`), then this database's rules (trust, roles,
clock, forms, photos), and only then applies everything in one transaction. A refused
package leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Collection, Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import clock
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from ..photos.importer import discard_pending, import_lock, recover, tree_of
from ..photos.tree import fsync_file, move_into_place, remove
from ..store import Store, audit, certificates, heads, packages, photo_rows
from ..store import device as devices
from ..store import versions as vs
from ..store.schema import PHOTO_TABLES
from ..store.settings import Role
from ..store.store import now_iso
from . import authorship, keys, preflight, receive, rules, trust
from .package import PackageError, VerifiedPackage, open_package, trailer_id, write_package

NEEDS_DATA_DIR = QT_TRANSLATE_NOOP("sync.needs_data_dir", "sync needs a data directory on disk")
BAD_PHOTOS_OPTION = QT_TRANSLATE_NOOP(
    "sync.bad_photos_option",
    "--photos must be 'original' or 'display'")
NOTHING_CHANGED = QT_TRANSLATE_NOOP(
    "sync.nothing_changed",
    "nothing has changed since the last export; --full sends everything")
ALL_UNPROVEN = QT_TRANSLATE_NOOP(
    "sync.all_unproven",
    "the {n} changes to send were received before inspector kept their authors' signatures, so "
    "they cannot be passed on; ask those inspectors to export again with --full")
BAD_SINCE = QT_TRANSLATE_NOOP(
    "sync.bad_since",
    "--since {text}: not a date (use e.g. 2026-11-20 or 2026-11-20T09:00+08:00)")
NO_SUCH_EXPORT = QT_TRANSLATE_NOOP(
    "sync.no_such_export",
    "no single past export matches '{again}' (inspector sync exports)")
CANCELLED = QT_TRANSLATE_NOOP("sync.cancelled", "{file}: not imported (cancelled)")
PHOTO_NOT_ITS_NAME = QT_TRANSLATE_NOOP(
    "sync.photo_not_its_name",
    "{file}: photo {sha} is not the photo its name says")

NAMED_FOR = QT_TRANSLATE_NOOP(
    "sync.named_for",
    "this laptop is now {inspector}'s: the package was handed out to {inspector}")
HANDED_TO_OTHER = QT_TRANSLATE_NOOP(
    "sync.handed_to_other",
    "this package was handed out to {inspector}, and this laptop is {mine}'s: what is "
    "inspected here counts as {mine}'s; if this is {inspector}'s laptop, change the name in "
    "Settings")

FORMAT = "inspector-package/1"
RECORDS, PHOTOS, HISTORY = receive.RECORDS, receive.PHOTOS, receive.HISTORY
Progress = Callable[[str, int, int], None]
SINCE_NOTE = packages.SINCE_NOTE  # packages.note of a --since export


def own_key(store: Store) -> keys.DeviceKey:
    if store.data_dir is None:
        raise UserError(NEEDS_DATA_DIR())
    key = keys.load_or_create(store.data_dir, store.device_id)
    devices.set_own_key(store.db, store.device_id, key.public_b64, key.fingerprint)
    return key


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    records: int
    photos: int
    unproven: int = 0  # others' versions left out: received before certificates were kept


def _since_ms(text: str, zone: clock.Zone) -> int:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(BAD_SINCE(text=text)) from None
    return int(clock.to_zone(when, zone).timestamp() * 1000)  # no offset: the city's time


def export_package(store: Store, out: Path, *, full: bool = False, since: str | None = None,
                   again: str | None = None, photos: str = "original",
                   keep: Callable[[vs.Version], bool] | None = None, for_inspector: str = "",
                   among: list[tuple[int, vs.Version]] | None = None, note: str | None = None,
                   skip_photos: Collection[str] = ()) -> ExportResult:
    """Everything changed since the last export (or more), with the photos it needs.

    With `keep`, every version it keeps, whenever made (of `among`, when the caller read
    them once for several packages): the work a supervisor hands one inspector (`handout`),
    for `for_inspector`, or what a hub lacks (hub.client: `note`, `skip_photos`). No watermark."""
    if photos not in ("original", "display"):
        raise UserError(BAD_PHOTOS_OPTION())
    key = own_key(store)
    supervisor = store.role is Role.SUPERVISOR
    # An inspector sends only its own work; a supervisor relays everything it has.
    authors = None if supervisor else [store.device_id, *vs.PSEUDO_DEVICES]
    upto: int | None = None
    if again:
        past = packages.exports_named(store, again)
        if len(past) != 1:
            raise UserError(NO_SUCH_EXPORT(again=again))
        after, upto = int(past[0].from_seq or 0), int(past[0].to_seq or 0)
        note = past[0].note or ""
        since = note.removeprefix(SINCE_NOTE) if note.startswith(SINCE_NOTE) else None
    elif full or since or keep is not None:
        after = 0
    else:
        after = packages.exported_up_to(store)  # a --since export is no watermark
    selected = among if keep is not None and among is not None else vs.select(
        store, after, _since_ms(since, store.zone()) if since else None, authors)
    if upto is not None:
        selected = [(seq, v) for seq, v in selected if seq <= upto]
    if keep is not None:
        selected = [(seq, v) for seq, v in selected if keep(v)]
    if not selected:
        raise UserError(NOTHING_CHANGED())
    to_seq = max(seq for seq, _ in selected)
    # Others' versions go only with their authors' certificates: one received before this
    # version of inspector kept them cannot be passed on (its author can export again).
    # This data directory's earlier computers (it was copied here): their versions are
    # signed with the key they had, kept aside in keys/.
    former = {d: k for d in devices.former_selves(store.db)
              if store.data_dir is not None and (k := keys.previous(store.data_dir, d))}
    mine = (store.device_id, *vs.PSEUDO_DEVICES, *former)
    versions = [v for _, v in selected if v.device in mine or v.cert is not None]
    unproven = len(selected) - len(versions)
    if not versions:
        raise UserError(ALL_UNPROVEN(n=unproven))
    shas = sorted({str(v.data["photo_sha256"]) for v in versions if v.table in PHOTO_TABLES
                   and not v.data.get("deleted")} - set(skip_photos))
    tree = tree_of(store)
    photo_meta: list[dict[str, Any]] = []
    entries: list[tuple[str, bytes | Path]] = []
    for sha in shas:
        row = photo_rows.photo(store, sha)
        if row is None:
            continue
        send_original = photos == "original" and row["original_present"]
        meta = {k: row[k] for k in row if k not in ("added_at", "added_by")}
        meta["original_present"] = int(bool(send_original))
        photo_meta.append(meta)
        if send_original:
            entries.append((f"photos/{sha}.{row['ext']}", tree.original(sha, row["ext"])))
        else:
            from ..photos.files import display_path

            entries.append((f"photos/{sha}.display.jpg", display_path(tree, sha, row["ext"])))
    lines = [authorship.line_of(v) for v in versions]
    # The chain is read once, and the point this package vouches for is kept before the
    # file exists: whatever happens next (an edit meanwhile, a failed write), the next
    # package still vouches for it.
    history = history_of(store)
    head_seq, head_hash = history["head"]
    with store.transaction():
        audit.record_sent(store.db, head_seq, head_hash)
    entries[:0] = [(RECORDS, "".join(line + "\n" for line in lines).encode("utf-8")),
                   (PHOTOS, json.dumps(photo_meta, ensure_ascii=False).encode("utf-8")),
                   (authorship.ENTRY, _certificates_for(store, key, former, versions, lines)),
                   (HISTORY, json.dumps(history).encode("utf-8"))]
    if supervisor:
        entries.insert(4, (receive.ROLES, receive.supervisors_entry(store)))
    forms = sorted({str(v.data.get("form_key")) for v in versions if v.table == "rounds"}
                   | {v.record_id for v in versions if v.table == "forms"})
    sha = write_package(out, key, {
        "inspector": store.setting("inspector"), "created_at": now_iso(), "forms": forms,
        "extra": {"role": store.role.value, "photos": photos, "records": len(versions),
                  "photo_count": len(photo_meta),
                  **({"for": for_inspector} if for_inspector else {})},
    }, entries)
    packages.record_export(store, sha256=sha, file_name=out.name, from_seq=after,
                           to_seq=to_seq, records=len(versions), photos=len(photo_meta),
                           note=note if note is not None else (
                               f"{packages.HANDOUT_NOTE}{for_inspector}" if keep else
                               f"{SINCE_NOTE}{since}" if since else ""), audit_seq=head_seq,
                           audit_hash=head_hash)
    return ExportResult(out, sha, len(versions), len(photo_meta), unproven)


def _certificates_for(store: Store, key: keys.DeviceKey, former: dict[str, keys.DeviceKey],
                      versions: list[vs.Version], lines: list[str]) -> bytes:
    """authorship.jsonl: this device's signature over its own versions here (and, with
    their old keys, over those its earlier computers made), and the certificates other
    devices' versions arrived with."""
    signers = {store.device_id: key, **former}
    digests: dict[str, list[bytes]] = {}
    relayed: list[str] = []  # the certificates versions arrived with
    for v, line in zip(versions, lines, strict=True):
        if v.device in signers and (v.device == store.device_id or v.cert is None):
            digests.setdefault(v.device, []).append(authorship.digest_of(line))
        elif v.cert:
            relayed.append(v.cert)
    out = [authorship.sign(signers[d], store.setting("inspector"), found)
           for d, found in digests.items()]
    out += [authorship.make(c.device_id, c.inspector, c.public_key, c.digests, c.signature)
            for c in certificates.by_id(store, relayed)]
    return "".join(c.to_line() + "\n" for c in out).encode("utf-8")


def history_of(store: Store) -> dict[str, Any]:
    """This device's audit chain as it stands: its head, and its hash now at the head of
    every package it made before — what lets a receiver see the history was not rewritten."""
    head_seq, head_hash = audit.head(store.db)
    checkpoints = audit.hashes_at(store.db, [*audit.sent_seqs(store.db), head_seq])
    return {"device_id": store.device_id, "head": [head_seq, head_hash],
            "checkpoints": sorted([seq, h] for seq, h in checkpoints.items())}


class Cancelled(PackageError):
    """The import was stopped before this package was applied."""


@dataclass
class ImportResult:
    path: Path
    status: str  # "applied", "already imported" or "held"
    device_id: str
    fingerprint: str
    inspector: str
    records: int = 0  # versions new to this database
    changed: int = 0  # current records that changed
    photos: int = 0
    notes: list[Msg] = field(default_factory=list)  # said after the outcome
    held: str = ""  # why it was held (trust.UNKNOWN, NEW_KEY, SEVERAL)
    refusal: UserError | None = None  # status "refused": why (a held package, once trusted)
    trusted_fingerprint: str = ""  # with trust.NEW_KEY: the key trusted for the device
    # The role the package says its sender has (preflight.claimed_role): a proposal for
    # the person who decides on trust, never the trust itself.
    claimed_role: str = ""


def import_package(store: Store, path: Path, *, trust_new: bool = False,
                   progress: Progress | None = None, confirmed: bool = False) -> ImportResult:
    for _, outcome in import_packages(store, [path], trust_new=trust_new, progress=progress,
                                      confirmed=confirmed):
        if isinstance(outcome, UserError):
            raise outcome
        return outcome
    raise AssertionError("import_packages yields one outcome per path")


def import_packages(store: Store, paths: Sequence[Path], *, trust_new: bool = False,
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] = lambda: False, confirmed: bool = False
                    ) -> Generator[tuple[Path, ImportResult | UserError], None, None]:
    """Import `paths` in order: each path's result, or the UserError that refused it (the
    database then as it was). While one package is applied, the next is verified in a
    second thread — hashing and file I/O release the GIL, so on two cores checking the
    bytes overlaps the database work instead of adding to it.

    `cancelled()` true (the app's Cancel) stops the package being checked, and none is
    applied after it; so does closing the iteration early. A package imported before is
    recognised without the import lock, as by a lone import_package.

    A package that would flood this round with conflicts is refused with
    preflight.NeedsConfirmation unless `confirmed` (the person said yes)."""
    tree = tree_of(store)
    with contextlib.ExitStack() as stack:
        pool: ThreadPoolExecutor | None = None
        stop = threading.Event()

        def start(path: Path) -> Future[VerifiedPackage] | ImportResult:
            nonlocal pool
            seen = _seen(store, path)
            if seen is not None:
                return seen
            if pool is None:  # the first package to verify: now take the lock
                stack.enter_context(import_lock(tree))
                recover(store, tree)  # what an interrupted import left behind
                tree.staging.mkdir(parents=True, exist_ok=True)
                pool = stack.enter_context(ThreadPoolExecutor(1, "verify-package"))
                stack.callback(stop.set)  # (callbacks run first: stop, then the pool ends)
            return pool.submit(_verify, path, tree.staging, stop, cancelled)

        ahead = start(paths[0]) if paths else None
        try:
            for n, path in enumerate(paths):
                current, ahead = ahead, None
                if isinstance(current, ImportResult):
                    outcome: ImportResult | UserError = current
                else:
                    assert current is not None
                    try:
                        pkg = _result(current)
                    except UserError as exc:
                        outcome = exc
                    else:
                        with pkg:
                            if cancelled():
                                break  # not applied, nor refused: nothing to report
                            # The next file is checked while this one is applied.
                            if n + 1 < len(paths):
                                ahead = start(paths[n + 1])
                            try:
                                outcome = _apply_verified(store, path, pkg, trust_new,
                                                          progress, confirmed)
                            except UserError as exc:
                                outcome = exc
                if isinstance(outcome, Cancelled):
                    break  # stopped while being checked: nothing to report
                if ahead is None and n + 1 < len(paths) and not cancelled():
                    ahead = start(paths[n + 1])
                yield path, outcome
                if ahead is None:
                    break  # the last, or cancelled
        finally:
            stop.set()
            if isinstance(ahead, Future):
                with contextlib.suppress(BaseException):
                    _result(ahead).close()


def _result(future: Future[VerifiedPackage]) -> VerifiedPackage:
    """The verified package; if this thread is interrupted while waiting (Ctrl+C), the
    package is closed whenever its check ends, so its extracted files are removed."""
    try:
        return future.result()
    except BaseException:
        future.add_done_callback(_close_if_verified)
        raise


def _close_if_verified(future: Future[VerifiedPackage]) -> None:
    if not future.cancelled() and future.exception() is None:
        future.result().close()


def _seen(store: Store, path: Path) -> ImportResult | None:
    """A package imported before is known by its trailer: saying so costs 64 bytes read,
    not the whole file hashed again. A damaged copy of it also lands here, and is equally
    harmless: nothing is applied."""
    quick = trailer_id(path)
    if quick is None:
        return None
    seen = packages.applied_from(store, quick)
    if seen is None:
        return None
    known = devices.find(store.db, seen)
    fingerprint = str(known["fingerprint"] or "") if known is not None else ""
    inspector = str(known["inspector"] or "") if known is not None else ""
    return ImportResult(path, "already imported", seen, fingerprint, inspector)


def _verify(path: Path, staging: Path, stop: threading.Event,
            cancelled: Callable[[], bool]) -> VerifiedPackage:
    """Check every byte, writing the entries next to the photo tree as they are checked
    (photos then move into place with a rename, nothing is read twice), and make the
    photos durable here, off the thread that applies: the evidence is on disk before
    its row commits."""
    def check_stop(_done: int, _total: int) -> None:
        if stop.is_set() or cancelled():
            raise Cancelled(CANCELLED(file=path.name))

    pkg = open_package(path, extract_dir=staging, progress=check_stop)
    try:
        for name in pkg.names:
            if name.startswith("photos/"):
                check_stop(0, 0)
                fsync_file(pkg.path_of(name))
    except BaseException:
        pkg.close()
        raise
    return pkg


def _apply_verified(store: Store, path: Path, pkg: VerifiedPackage, trust_new: bool,
                    progress: Progress | None, confirmed: bool) -> ImportResult:
    source = path.name
    tree = tree_of(store)
    manifest = pkg.manifest
    device_id, public, fingerprint, inspector = receive.signer_of(store, manifest, source)
    result = ImportResult(path, "applied", device_id, fingerprint, inspector,
                          claimed_role=preflight.claimed_role(manifest))
    if packages.received_status(store, pkg.file_sha256) == "applied":
        result.status = "already imported"
        return result
    stand = trust.standing(store, device_id, public, fingerprint, trust_new)
    if stand.held:
        trust.hold(store, path, pkg.file_sha256, device_id, public, fingerprint, inspector,
                   result.claimed_role)
        result.status, result.held = "held", stand.held
        result.trusted_fingerprint = stand.trusted_fingerprint
        return result
    signer = rules.DeviceRole(device_id, stand.role, True)
    received = receive.received(store, pkg, signer, public)
    versions, photo_meta = received.versions, received.photo_meta
    if not confirmed:
        preflight.check(store, source, versions)
    if progress is not None:
        progress("checked", 0, len(versions))
    staged = _stage_photos(store, pkg, photo_meta)
    # The journal is committed before any file enters the photo tree: if this process
    # dies before the transaction below commits, the next import removes those files.
    journal = {sha: str(photo_meta[sha].get("ext", "jpg")) for sha in staged}
    with store.transaction():
        for sha, ext in journal.items():
            photo_rows.begin(store, sha, ext)
    try:
        with store.transaction():
            known = devices.find(store.db, device_id)
            if known is None or not known["trusted"]:  # --trust-new
                devices.remember(store.db, device_id, public, fingerprint, inspector,
                                 stand.role, True)
                devices.drop_held_key(store.db, fingerprint)
            for device, key_b64, fp, name, author_role in received.authors:
                devices.remember(store.db, device, key_b64, fp, name, author_role, False)
            certificates.keep(store, received.certificates)
            heads.record(store, device_id, received.checkpoints, pkg.file_sha256, path.name)
            result.photos = _apply_photos(store, tree, staged, photo_meta)
            reviewers = devices.supervisors(store.db, store.device_id, store.role)
            result.records, result.changed = vs.apply(
                store, versions, f"sync:{inspector or device_id[:8]}", reviewers)
            _handed_to(store, manifest, stand.role, result)
            packages.record_applied(store, sha256=pkg.file_sha256, device_id=device_id,
                                    file_name=path.name, records=result.records,
                                    photos=result.photos, signature=trailer_id(path),
                                    fingerprint=fingerprint)
    except BaseException:
        remove([p for p, _ in staged.values()])
        discard_pending(store, tree, journal.items())
        raise
    if progress is not None:
        progress("applied", len(versions), len(versions))
    return result


def _handed_to(store: Store, manifest: dict[str, Any], signer_role: str,
               result: ImportResult) -> None:
    """A supervisor's handout (发给测评员) names its inspector: a laptop with no name yet
    becomes theirs, so its list shows their sites; one with another name is told."""
    extra = manifest.get("extra")
    handed = str(extra.get("for") or "") if isinstance(extra, dict) else ""
    if not handed or signer_role != "supervisor" or store.role is not Role.INSPECTOR:
        return
    mine = store.setting("inspector")
    if not mine:
        store.set_setting("inspector", handed)
        result.notes.append(NAMED_FOR(inspector=handed))
    elif mine != handed:
        result.notes.append(HANDED_TO_OTHER(inspector=handed, mine=mine))


def _stage_photos(store: Store, pkg: VerifiedPackage, photo_meta: dict[str, dict[str, Any]]
                  ) -> dict[str, tuple[Path, bool]]:
    """The package's checked photo files this database still needs."""
    staged: dict[str, tuple[Path, bool]] = {}
    for sha, meta in photo_meta.items():
        existing = photo_rows.photo(store, sha)
        original = bool(meta.get("original_present"))
        if existing is not None and (existing["original_present"] or not original):
            continue
        name = f"photos/{sha}.{meta.get('ext')}" if original else f"photos/{sha}.display.jpg"
        if original and pkg.entry(name).sha256 != sha:  # checked against the bytes already
            raise rules.Refused(PHOTO_NOT_ITS_NAME(file=pkg.path.name, sha=sha[:12]))
        staged[sha] = (pkg.path_of(name), original)
    return staged


def _apply_photos(store: Store, tree: Any, staged: dict[str, tuple[Path, bool]],
                  photo_meta: dict[str, dict[str, Any]]) -> int:
    rows = []
    for sha, (path, original) in staged.items():
        meta = photo_meta[sha]
        ext = str(meta.get("ext", "jpg"))  # journalled (photo_pending) before the transaction
        if original:  # on disk already (_verify): moved, not copied
            move_into_place(path, tree.original(sha, ext))
        else:
            move_into_place(path, tree.display(sha))
        if photo_rows.photo(store, sha) is not None:
            photo_rows.mark_original_present(store, sha)
            continue
        columns = ("sha256", "file_name", "size", "ext", "width", "height", "taken_at",
                   "time_source", "lat", "lon", "orientation", "make", "model", "derived_from",
                   "annotation")
        row = {c: meta.get(c) for c in columns}
        row["flags"] = json.loads(meta["flags"]) if isinstance(meta.get("flags"), str) \
            else list(meta.get("flags") or [])
        row["original_present"] = int(original)
        rows.append(row)
    photo_rows.add_many(store, rows)
    return len(staged)


def verify_only(path: Path) -> dict[str, Any]:
    from .package import verify_package
    return verify_package(path)
