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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..clock import CLOCK_SLACK_MS
from ..errors import UserError
from ..hlc import Stamp
from ..store.heads import Seen
from ..store.schema import RECORD_TABLES
from ..store.versions import PSEUDO_DEVICES, Version
from .authorship import Certificate, digest_of

REVIEW_FIELDS = ("review", "review_comment")
INSPECTION_PARTS = ("responses", "problems", "photo_links")


class Refused(UserError):
    """A package that is not applied; the message says why in a supervisor's words."""


@dataclass(frozen=True)
class DeviceRole:
    device_id: str
    role: str  # "inspector", "supervisor" or "self"
    trusted: bool


def parse_records(name: str, text: str) -> list[Version]:
    """records.jsonl, each version with the digest of its line (what certificates sign).
    Lines are split on "\n" only: a text field may hold U+2028, which splitlines() cuts."""
    out = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            table, data = item["table"], item["data"]
            if table not in RECORD_TABLES or not isinstance(data, dict):
                raise ValueError(f"unknown table {table!r}")
            for key in ("id", "version", "origin"):
                if not isinstance(data.get(key), str):
                    raise ValueError(f"'{key}' missing")
            Stamp.parse(data["version"])
            if data.get("base") is not None:
                Stamp.parse(str(data["base"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise Refused(f"{name} line {n}: not a valid record ({exc})") from None
        out.append(Version(table, data, digest=digest_of(line)))
    return out


def check_authorship(source: str, signer: DeviceRole, signer_key: str,
                     versions: Sequence[Version], certs: Sequence[Certificate],
                     known_key: Callable[[str], str | None]) -> list[Version]:
    """Every version not a pseudo device's is proven by its author's certificate, and in
    an inspector's package that author is the signer. Returns the versions, each with the
    id of the certificate that proves it.

    `known_key(device)` is the key this computer holds for a device (trusted or passed on
    before), or None: a certificate by another key for that device proves nothing."""
    by_device: dict[str, list[Certificate]] = {}
    for cert in certs:
        expected = signer_key if cert.device_id == signer.device_id \
            else known_key(cert.device_id)
        if expected is not None and cert.public_key != expected:
            raise Refused(f"{source}: the records of device {cert.device_id[:8]} are signed "
                          "with a key this computer does not know for that device — refused")
        if not cert.verified():
            raise Refused(f"{source}: the signature of device {cert.device_id[:8]} over its "
                          "records does not match — the package was altered; refused")
        by_device.setdefault(cert.device_id, []).append(cert)
    proven = []
    for v in versions:
        author = v.device
        if author in PSEUDO_DEVICES:
            proven.append(v)
            continue
        if author != signer.device_id and signer.role != "supervisor":
            raise Refused(f"{source}: record {v.table}/{v.record_id[:8]} is stamped as made "
                          f"on device {author[:8]}, but device {signer.device_id[:8]} signed "
                          "the package; an inspector's package may carry only that "
                          "laptop's own work — refused")
        proof = next((c for c in by_device.get(author, ()) if c.covers(v.digest)), None)
        if proof is None:
            raise Refused(f"{source}: record {v.table}/{v.record_id[:8]} is stamped as made "
                          f"on device {author[:8]}, but that device's signature for it is "
                          "not in the package — refused")
        proven.append(replace(v, cert=proof.id))
    return proven


def check_clock(source: str, versions: list[Version], now_ms: int | None = None) -> None:
    limit = (now_ms if now_ms is not None else time.time_ns() // 1_000_000) + CLOCK_SLACK_MS
    future = [v for v in versions if Stamp.parse(v.version).ms > limit]
    if future:
        raise Refused(f"{source}: {len(future)} records are stamped more than 24 hours ahead "
                      "of this computer's clock — check the sending laptop's clock (date, "
                      "time and time zone), then export again")


def check_history(source: str, device: str, fingerprint: str, head: tuple[int, str],
                  checkpoints: Mapping[int, str], seen: Mapping[int, Seen]) -> None:
    """The sender's audit chain as this package vouches for it (its head, and its hash at
    each earlier package it made) must agree with every point an earlier package vouched
    for: a history rewritten since — a row changed and the chain recomputed, rows cut and
    others written in their place — is refused, naming the package it contradicts."""
    head_seq, head_hash = head

    def rewritten(after: Seen, seq: int) -> Refused:
        return Refused(f"{source}: the history of device {device[:8]} was rewritten after "
                       f"package {after.file_name} (imported {after.at[:10]}): its audit "
                       f"log no longer holds row {seq} as that package showed it — refused; "
                       "if that laptop was restored from a backup, ask its inspector, then "
                       f"'inspector devices reset-history {fingerprint}'")

    newest = max(seen, default=0)
    if newest > head_seq:  # older than a package imported before, which listed this head
        listed = seen.get(head_seq)
        if listed is None or listed.hash != head_hash:
            raise rewritten(seen[newest], head_seq)
    for seq, before in sorted(seen.items()):
        if seq <= head_seq and checkpoints.get(seq) != before.hash:
            raise rewritten(before, seq)


def check_roles(source: str, signer: DeviceRole, versions: list[Version],
                devices: Mapping[str, DeviceRole],
                inspection_origin: Callable[[str], str | None],
                base_of: Callable[[Version], dict[str, Any] | None]) -> None:
    """Each version as its proven author's role allows (check_authorship comes first)."""
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
        _inspector_may(source, author, v, inspection_origin, base_of)


def _inspector_may(source: str, author: str, v: Version,
                   inspection_origin: Callable[[str], str | None],
                   base_of: Callable[[Version], dict[str, Any] | None]) -> None:
    if v.table == "conflict_decisions":
        raise Refused(f"{source}: an inspector's device ({author[:8]}) decided a conflict; "
                      "only a supervisor's device may confirm or reverse one")
    if v.table == "inspections":
        base = base_of(v)
        before = {f: (base or {}).get(f, "received" if f == "review" else "")
                  for f in REVIEW_FIELDS}
        if any(v.data.get(f, before[f]) != before[f] for f in REVIEW_FIELDS):
            raise Refused(f"{source}: an inspector's device ({author[:8]}) changed the review "
                          f"of inspection {v.record_id[:8]}; only a supervisor's device may "
                          "approve, flag or reject")
        owner = str(v.data.get("origin", ""))
        inspection = v.record_id
    elif v.table in INSPECTION_PARTS:
        inspection = str(v.data.get("inspection_id", ""))
        # Before the inspection itself has arrived, the part's own origin still says whose
        # record it is: the same package is refused whatever order packages arrive in.
        owner = inspection_origin(inspection) or str(v.data.get("origin") or author)
    else:
        return
    if owner != author and owner not in PSEUDO_DEVICES:
        raise Refused(f"{source}: an inspector's device ({author[:8]}) edited inspection "
                      f"{inspection[:8]}, made on another device; only a supervisor's device "
                      "may correct someone else's inspection")


def check_references(source: str, versions: list[Version], have_form: Callable[[str], bool],
                     have_photo: Callable[[str], bool]) -> None:
    forms_in = {v.record_id for v in versions if v.table == "forms"}
    for v in versions:
        if v.data.get("deleted"):
            continue
        if v.table == "rounds":
            key = str(v.data.get("form_key", ""))
            if key not in forms_in and not have_form(key):
                raise Refused(f"{source}: round '{v.data.get('name')}' uses form {key}, which "
                              "this database does not have; import the package that brought "
                              "it first, or ask for a --full export")
        if v.table == "photo_links":
            sha = str(v.data.get("photo_sha256", ""))
            if not have_photo(sha):
                raise Refused(f"{source}: a record refers to photo {sha[:12]}, which is neither "
                              "in the package nor stored here")
