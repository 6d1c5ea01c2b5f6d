"""What a received package may contain: checked before anything is applied.

Authorship is what a signature proves (sync.authorship): every version in an inspector's
package is the signing device's own; a supervisor's package may pass on other devices'
versions only with their authors' certificates. Roles are then judged by that proven
author: an inspector's device may not review inspections, decide conflicts, nor edit an
inspection that another device created. Pseudo devices' records are checked apart
(sync.pseudo).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..clock import CLOCK_SLACK_MS
from ..errors import UserError
from ..hlc import Stamp
from ..messages import QT_TRANSLATE_NOOP
from ..store.heads import Seen
from ..store.schema import PHOTO_TABLES, RECORD_TABLES
from ..store.store import to_json
from ..store.versions import PSEUDO_DEVICES, Version
from .authorship import Certificate, digest_of, line_with, numbered_lines

CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "sync.clock_ahead",
    "{source}: {n} records are stamped more than 24 hours ahead of this computer's clock — check "
    "the sending laptop's clock (date, time and time zone), then export again")
HISTORY_REWRITTEN = QT_TRANSLATE_NOOP(
    "sync.history_rewritten",
    "{source}: the history of device {device} was rewritten after package {file} (imported "
    "{date}): its audit log no longer holds row {seq} as that package showed it — refused; if "
    "that laptop was restored from a backup, ask its inspector, then 'inspector devices "
    "reset-history {fingerprint}'")
INSPECTOR_EDITED_OTHERS = QT_TRANSLATE_NOOP(
    "sync.inspector_edited_others",
    "{source}: an inspector's device ({device}) edited inspection {inspection}, made on another "
    "device; only a supervisor's device may correct someone else's inspection")
UNKNOWN_AUTHOR_KEY = QT_TRANSLATE_NOOP(
    "sync.unknown_author_key",
    "{source}: the records of device {device} are signed with a key this computer does not know "
    "for that device — refused")
BAD_AUTHOR_SIGNATURE = QT_TRANSLATE_NOOP(
    "sync.bad_author_signature",
    "{source}: the signature of device {device} over its records does not match — the package was "
    "altered; refused")
FOREIGN_AUTHOR = QT_TRANSLATE_NOOP(
    "sync.foreign_author",
    "{source}: record {table}/{record_id} is stamped as made on device {author}, but device "
    "{signer} signed the package; an inspector's package may carry only that laptop's own work — "
    "refused")
UNCERTIFIED = QT_TRANSLATE_NOOP(
    "sync.uncertified",
    "{source}: record {table}/{record_id} is stamped as made on device {author}, but that "
    "device's signature for it is not in the package — refused")
INSPECTOR_REVIEWED = QT_TRANSLATE_NOOP(
    "sync.inspector_reviewed",
    "{source}: an inspector's device ({device}) changed the review of inspection {inspection}; "
    "only a supervisor's device may approve, flag or reject")
INSPECTOR_CASE_EVENT = QT_TRANSLATE_NOOP(
    "sync.inspector_case_event",
    "{source}: an inspector's device ({device}) sent case record {table}/{record_id} that "
    "is not its own new action as an inspector (a case's actions never change once made, "
    "and dispatching, approving and closing the books are a supervisor's) — refused")
BAD_RECORD_LINE = QT_TRANSLATE_NOOP(
    "sync.bad_record_line",
    "{file} line {n}: not a valid record ({detail})")
ROUND_FORM_MISSING = QT_TRANSLATE_NOOP(
    "sync.round_form_missing",
    "{source}: round '{round}' uses form {form}, which this database does not have; import the "
    "package that brought it first, or ask for a --full export")
INSPECTOR_MAY_NOT_CHANGE = QT_TRANSLATE_NOOP(
    "sync.inspector_may_not_change",
    "{source}: an inspector's device ({device}) changed record {table}/{record_id}; rounds, "
    "samples, assignments, forms, baselines and conflict decisions are a supervisor's, and "
    "an inspector corrects registry entries without deleting them — refused")
INSPECTOR_MOVED_RECORD = QT_TRANSLATE_NOOP(
    "sync.inspector_moved_record",
    "{source}: an inspector's device ({device}) changed whose record {table}/{record_id} is "
    "(its origin or its inspection) — refused")
PART_WITHOUT_INSPECTION = QT_TRANSLATE_NOOP(
    "sync.part_without_inspection",
    "{source}: record {table}/{record_id} belongs to inspection {inspection}, which is neither "
    "in the package nor on this computer; import the package that brought it first, or ask "
    "for a --full export")
PHOTO_MISSING = QT_TRANSLATE_NOOP(
    "sync.photo_missing",
    "{source}: a record refers to photo {sha}, which is neither in the package nor stored here")

REVIEW_FIELDS = ("review", "review_comment")
INSPECTION_PARTS = ("responses", "problems", "photo_links")
# What an inspector's device may send: its own inspections and their parts, and on-site
# corrections of the registry. Rounds, samples, assignments, forms, baselines and conflict
# decisions are a supervisor's.
INSPECTOR_TABLES = ("sites", "inspections", *INSPECTION_PARTS)
# What no version of an inspector's may change in a record it holds: whose it is, and
# (for a part) which inspection it belongs to.
FIXED_FIELDS = ("origin", "inspection_id")
# A case action an inspector's device may send: its own, new (fix reports, re-inspections
# with their after photos; the fold refuses what its role may not do), never a change —
# but undone (Ctrl+Z on its 整改 page: a tombstone) or redone.
INSPECTOR_CASE_TABLES = ("case_events", "case_photos")
EVENT_FIELDS = ("case_id", "kind", "at", "actor", "role", "data", "deleted")


class Refused(UserError):
    """A package that is not applied; the message says why in a supervisor's words."""


class RoleRefused(Refused):
    """Refused for what its signer's role may not send: a supervisor's package trusted as
    an inspector's lands here, and the import says how to change the trust instead."""


@dataclass(frozen=True)
class DeviceRole:
    device_id: str
    role: str  # "inspector", "supervisor" or "self"
    trusted: bool


def parse_records(name: str, text: str) -> list[Version]:
    """records.jsonl, each version with its digest (what certificates sign). A line not
    framed as inspector frames it (authorship.line_of) is digested as inspector would
    write it, not as it came: a sender's odd but valid JSON would otherwise be certified
    in a form no relay writes again, and every later relay of it refused."""
    out = []
    for n, line in numbered_lines(text):
        try:
            table, data, data_text = _framed(line)
            if table not in RECORD_TABLES or not isinstance(data, dict):
                raise ValueError(f"unknown table {table!r}")
            for key in ("id", "version", "origin"):
                if not isinstance(data.get(key), str):
                    raise ValueError(f"'{key}' missing")
            # Written as a stamp writes itself: its text then sorts as the stamp does,
            # which the merge relies on when it compares versions as text.
            if str(Stamp.parse(data["version"])) != data["version"]:
                raise ValueError(f"version {data['version']!r} is not a stamp")
            if data.get("base") is not None:
                Stamp.parse(str(data["base"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise Refused(BAD_RECORD_LINE(file=name, n=n, detail=exc)) from None
        if data_text is None:  # not as inspector writes lines: digest the form it writes
            data_text = to_json(data)
            line = line_with(table, data_text)
        out.append(Version(table, data, digest=digest_of(line), text=data_text))
    return out


_FRAME_HEAD = '{"data": '
_TABLE_OF_TAIL = {f', "table": {to_json(t)}}}': t for t in RECORD_TABLES}


def _framed(line: str) -> tuple[Any, Any, str | None]:
    """(table, data, the data's text) of one records.jsonl line. A line framed as
    authorship.line_with writes it is read by parsing its data alone, and that text is
    kept as it came — it is what the digest covers, so nothing is encoded again and a
    relay writes the same line; any other line is parsed whole, and its text None."""
    if line.startswith(_FRAME_HEAD):
        end = line.rfind(', "table": ')
        table = _TABLE_OF_TAIL.get(line[end:]) if end > 0 else None
        if table is not None:
            data_text = line[len(_FRAME_HEAD):end]
            return table, json.loads(data_text), data_text
    item = json.loads(line)
    return item["table"], item["data"], None


def check_authorship(source: str, signer: DeviceRole, signer_key: str,
                     versions: Sequence[Version], certs: Sequence[Certificate],
                     known_keys: Callable[[str], Collection[str]]) -> list[Version]:
    """Every version not a pseudo device's is proven by its author's certificate, and in
    an inspector's package that author is the signer. Returns the versions, each with the
    id of the certificate that proves it.

    `known_keys(device)` are the keys this computer knows for a device (its current one
    and those it had before), none when the device is new here: a certificate by another
    key for a known device proves nothing."""
    by_device: dict[str, list[Certificate]] = {}
    for cert in certs:
        expected = {signer_key, *known_keys(cert.device_id)} if cert.device_id == \
            signer.device_id else set(known_keys(cert.device_id))
        if expected and cert.public_key not in expected:
            raise Refused(UNKNOWN_AUTHOR_KEY(source=source, device=cert.device_id[:8]))
        if not cert.verified():
            raise Refused(BAD_AUTHOR_SIGNATURE(source=source, device=cert.device_id[:8]))
        by_device.setdefault(cert.device_id, []).append(cert)
    proven = []
    for v in versions:
        author = v.device
        if author in PSEUDO_DEVICES:
            proven.append(v)
            continue
        if author != signer.device_id and signer.role != "supervisor":
            raise RoleRefused(FOREIGN_AUTHOR(
                source=source, table=v.table, record_id=v.record_id[:8], author=author[:8],
                signer=signer.device_id[:8]))
        proof = next((c for c in by_device.get(author, ()) if c.covers(v.digest)), None)
        if proof is None:
            raise Refused(UNCERTIFIED(
                source=source, table=v.table, record_id=v.record_id[:8], author=author[:8]))
        proven.append(Version(v.table, v.data, proof.id, v.digest, v.text))  # not replace()
    return proven


def check_clock(source: str, versions: list[Version], now_ms: int | None = None) -> None:
    limit = (now_ms if now_ms is not None else time.time_ns() // 1_000_000) + CLOCK_SLACK_MS
    future = [v for v in versions if Stamp.parse(v.version).ms > limit]
    if future:
        raise Refused(CLOCK_AHEAD(source=source, n=len(future)))


def check_history(source: str, device: str, fingerprint: str, head: tuple[int, str],
                  checkpoints: Mapping[int, str], seen: Mapping[int, Seen]) -> None:
    """The sender's audit chain as this package vouches for it (its head, and its hash at
    each earlier package it made) must agree with every point an earlier package vouched
    for: a history rewritten since — a row changed and the chain recomputed, rows cut and
    others written in their place — is refused, naming the package it contradicts."""
    head_seq, head_hash = head

    def rewritten(after: Seen, seq: int) -> Refused:
        return Refused(HISTORY_REWRITTEN(
            source=source, device=device[:8], file=after.file_name, date=after.at[:10], seq=seq,
            fingerprint=fingerprint))

    newest = max(seen, default=0)
    if newest > head_seq:  # older than a package imported before, which listed this head
        listed = seen.get(head_seq)
        if listed is None or listed.hash != head_hash:
            raise rewritten(seen[newest], head_seq)
    for seq, before in sorted(seen.items()):
        if seq <= head_seq and checkpoints.get(seq) != before.hash:
            raise rewritten(before, seq)


Lookup = Callable[[str, str], dict[str, Any] | None]  # (table, id) → this computer's row


def check_roles(source: str, signer: DeviceRole, versions: list[Version],
                devices: Mapping[str, DeviceRole], current: Lookup,
                base_of: Callable[[Version], dict[str, Any] | None]) -> None:
    """Each version as its proven author's role allows (check_authorship comes first).

    Whose record a version touches is judged by what this computer already holds, never
    by what the version says of itself (its `origin`, its `inspection_id`): those may not
    change. A record new here is judged by the package's own versions of it, and a part of
    an inspection that is neither here nor in the package is refused until its inspection
    has arrived — so a package is refused in every order of arrival, or in none."""
    first: dict[tuple[str, str], Version] = {}
    for v in versions:
        first.setdefault((v.table, v.record_id), v)

    def holder(table: str, record_id: str) -> dict[str, Any] | None:
        """The record as it stands here, else as the package first brings it."""
        row = current(table, record_id)
        if row is not None:
            return row
        earliest = first.get((table, record_id))
        return None if earliest is None else earliest.data

    for v in versions:
        author = v.device
        if author in PSEUDO_DEVICES:
            continue
        if author == signer.device_id:
            role = signer.role
        else:  # passed on by a supervisor, with its author's certificate
            known = devices.get(author)
            role = known.role if known is not None and known.trusted else "inspector"
        if role in ("supervisor", "self"):
            continue
        reviewed = [base_of(v), current(v.table, v.record_id)] \
            if v.table == "inspections" else []
        _inspector_may(source, author, v, holder(v.table, v.record_id), holder, reviewed)


def _inspector_may(source: str, author: str, v: Version, before: dict[str, Any] | None,
                   holder: Lookup, reviewed: list[dict[str, Any] | None]) -> None:
    """`before`: the record as this computer holds it, else as the package first brings it
    (then it is this version's own data, for its first version)."""
    where = {"source": source, "device": author[:8], "table": v.table,
             "record_id": v.record_id[:8]}
    if v.table in INSPECTOR_CASE_TABLES:
        _inspector_case_action(v, author, before, holder, where)
        return
    if v.table not in INSPECTOR_TABLES:
        raise RoleRefused(INSPECTOR_MAY_NOT_CHANGE(**where))
    if before is not None and any(str(before.get(f)) != str(v.data.get(f))
                                  for f in FIXED_FIELDS if f in before or f in v.data):
        raise RoleRefused(INSPECTOR_MOVED_RECORD(**where))
    owner = str((before or v.data).get("origin", ""))
    if v.table == "sites":
        if v.data.get("deleted") and not (before or {}).get("deleted"):
            raise RoleRefused(INSPECTOR_MAY_NOT_CHANGE(**where))
        return  # corrected on site: the registry entry, never whose it is
    if v.table == "inspections":
        # Its review as it was made from (the base) or as it stands here: a laptop's edit
        # after the supervisor's approval carries that approval. Whatever passes here,
        # the merge keeps the newest supervisor's review (store.versions.apply).
        said = [{f: (row or {}).get(f, "received" if f == "review" else "")
                 for f in REVIEW_FIELDS} for row in reviewed]
        if all(any(v.data.get(f, known[f]) != known[f] for f in REVIEW_FIELDS)
               for known in said):
            raise RoleRefused(INSPECTOR_REVIEWED(
                source=source, device=author[:8], inspection=v.record_id[:8]))
        inspection = v.record_id
    else:  # a part: its own origin (when new) and its inspection's owner must be the author
        inspection = str(v.data.get("inspection_id", ""))
        parent = holder("inspections", inspection)
        if parent is None:
            raise Refused(PART_WITHOUT_INSPECTION(**where, inspection=inspection[:8]))
        if owner in (author, *PSEUDO_DEVICES):
            owner = str(parent.get("origin", ""))
    if owner != author and owner not in PSEUDO_DEVICES:
        raise RoleRefused(INSPECTOR_EDITED_OTHERS(
            source=source, device=author[:8], inspection=inspection[:8]))


def _inspector_case_action(v: Version, author: str, before: dict[str, Any] | None,
                           holder: Lookup, where: dict[str, str]) -> None:
    """A case event an inspector made as an inspector, or a photo of one of its events;
    what is here already may only arrive again unchanged."""
    data = v.data
    if v.table == "case_events":
        event = data
        mine = data.get("origin") == author and data.get("role") == "inspector"
    else:
        event = holder("case_events", str(data.get("event_id", ""))) or {}
        mine = data.get("origin") == author and event.get("origin") == author
    # Its own action undone on the laptop (a tombstone), or redone: only `deleted` moves.
    fields = EVENT_FIELDS if v.table == "case_events" else ("event_id", "photo_sha256")
    changed = before is not None and any(str(before.get(f)) != str(data.get(f))
                                         for f in fields if f != "deleted")
    if not mine or changed:
        raise RoleRefused(INSPECTOR_CASE_EVENT(**where))


def check_references(source: str, versions: list[Version], have_form: Callable[[str], bool],
                     have_photo: Callable[[str], bool]) -> None:
    forms_in = {v.record_id for v in versions if v.table == "forms"}
    for v in versions:
        if v.data.get("deleted"):
            continue
        if v.table == "rounds":
            key = str(v.data.get("form_key", ""))
            if key not in forms_in and not have_form(key):
                raise Refused(ROUND_FORM_MISSING(
                    source=source, round=v.data.get('name'), form=key))
        if v.table in PHOTO_TABLES:
            sha = str(v.data.get("photo_sha256", ""))
            if not have_photo(sha):
                raise Refused(PHOTO_MISSING(source=source, sha=sha[:12]))
