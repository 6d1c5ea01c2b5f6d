"""Sync packages this computer made (out) and received (in): what each held, and where
a received one stands (applied, held for a decision on its key, refused)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .store import Store, now_iso

SINCE_NOTE = "since "  # note of a --since export (not a watermark; --again reuses it)
HANDOUT_NOTE = "for "  # note of the work handed to one inspector (not a watermark)
HUB_NOTE = "hub "  # note of a push to a city hub: what the hub lacked (not a watermark)

_COLUMNS = ("sha256, direction, status, device_id, file_name, at, from_seq, to_seq, records, "
            "photos, note, signature, fingerprint, audit_seq, audit_hash")


@dataclass(frozen=True)
class Package:
    sha256: str
    direction: str  # "in" or "out"
    status: str  # out: "made"; in: "applied", "held" or "refused"
    device_id: str
    file_name: str
    at: str
    from_seq: int | None  # out: the changes it holds, after from_seq up to to_seq
    to_seq: int | None
    records: int
    photos: int
    note: str
    signature: str | None  # in: its trailer's id (a package seen before is known by it)
    fingerprint: str | None  # held: the key it waits on
    audit_seq: int | None  # out: this computer's audit chain when it was made
    audit_hash: str | None


def _packages(store: Store, where: str, params: list[Any]) -> list[Package]:
    return [Package(*row) for row in store.db.execute(
        f"SELECT {_COLUMNS} FROM packages WHERE {where}", params)]


def exports(store: Store, *, newest_first: bool = False) -> list[Package]:
    """Every package this computer made, oldest first (or newest first)."""
    return _packages(store, f"direction = 'out' ORDER BY at{' DESC' if newest_first else ''}",
                     [])


def exports_named(store: Store, sha_prefix: str) -> list[Package]:
    """The packages made here whose SHA-256 starts with `sha_prefix` (`export --again`)."""
    return _packages(store, "direction = 'out' AND sha256 LIKE ?", [sha_prefix + "%"])


def exported_up_to(store: Store) -> int:
    """The last change an export sent (0 before the first): the next one starts after it.
    A --since export left out older changes it did not send, and an inspector's handout
    all but that inspector's work, and a push to a hub what the hub lacked: none is a
    watermark (a USB stick still carries everything since the last file)."""
    row = store.db.execute("SELECT max(to_seq) FROM packages WHERE direction = 'out' "
                           "AND note NOT LIKE ? AND note NOT LIKE ? AND note NOT LIKE ?",
                           [SINCE_NOTE + "%", HANDOUT_NOTE + "%", HUB_NOTE + "%"]).fetchone()
    return int(row[0] or 0)


def record_export(store: Store, *, sha256: str, file_name: str, from_seq: int, to_seq: int,
                  records: int, photos: int, note: str, audit_seq: int,
                  audit_hash: str) -> None:
    """A package made here, committed at once (not inside a caller's transaction)."""
    store.db.table("packages").upsert({
        "sha256": sha256, "direction": "out", "status": "made", "device_id": store.device_id,
        "file_name": file_name, "at": now_iso(), "from_seq": from_seq, "to_seq": to_seq,
        "records": records, "photos": photos, "note": note, "audit_seq": audit_seq,
        "audit_hash": audit_hash,
    }, pk="sha256")
    store.db.conn.commit()


def record_held(store: Store, *, sha256: str, device_id: str, file_name: str,
                fingerprint: str) -> None:
    """A received package held until a supervisor decides on its key (inside the caller's
    transaction)."""
    store.db.table("packages").upsert({
        "sha256": sha256, "direction": "in", "status": "held", "device_id": device_id,
        "file_name": file_name, "at": now_iso(), "from_seq": None, "to_seq": None,
        "records": 0, "photos": 0, "note": "", "fingerprint": fingerprint,
    }, pk="sha256")


def record_applied(store: Store, *, sha256: str, device_id: str, file_name: str, records: int,
                   photos: int, signature: str | None, fingerprint: str) -> None:
    """A received package applied (inside the transaction that applies it)."""
    store.db.table("packages").upsert({
        "sha256": sha256, "direction": "in", "status": "applied",
        "device_id": device_id, "file_name": file_name, "at": now_iso(),
        "from_seq": None, "to_seq": None, "records": records,
        "photos": photos, "note": "", "signature": signature,
        "fingerprint": fingerprint,
    }, pk="sha256")


def applied_from(store: Store, signature: str) -> str | None:
    """The device whose applied package had this trailer id, if one was applied here."""
    row = store.db.execute(
        "SELECT device_id FROM packages WHERE signature = ? AND direction = 'in' AND "
        "status = 'applied'", [signature]).fetchone()
    return None if row is None else str(row[0])


def received_status(store: Store, sha256: str) -> str | None:
    """What became of the received package with this SHA-256 (None: never received)."""
    row = store.db.execute("SELECT status FROM packages WHERE sha256 = ? AND "
                           "direction = 'in'", [sha256]).fetchone()
    return None if row is None else str(row[0])


def held(store: Store, fingerprint: str) -> list[Package]:
    """The packages held for a key, oldest first."""
    return _packages(store, "status = 'held' AND fingerprint = ? ORDER BY at", [fingerprint])


def set_status(store: Store, sha256: str, status: str) -> None:
    store.db.execute("UPDATE packages SET status = ? WHERE sha256 = ?", [status, sha256])
