"""This computer's device id: stable here, new on any other computer.

A data directory copied to another laptop must not keep signing as the first one, so
the device row remembers a fingerprint of the computer it was made on.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from .connection import Database
from .settings import Role

MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


def machine_fingerprint() -> str:
    override = os.environ.get("INSPECTOR_MACHINE_ID")  # tests simulate another computer
    raw = override or ""
    if not raw:
        for name in MACHINE_ID_FILES:
            try:
                raw = Path(name).read_text(encoding="ascii").strip()
            except OSError:
                continue
            if raw:
                break
    if not raw:
        import socket  # only where the system keeps no machine id (Windows, macOS)
        import uuid

        raw = f"{uuid.getnode():012x}-{socket.gethostname()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def ensure_device(db: Database, machine: str) -> str:
    """The device id for this computer, making a new one when the computer changed."""
    row = db.execute("SELECT device_id, machine FROM devices WHERE this_device = 1").fetchone()
    if row is not None and row[1] == machine:
        return str(row[0])
    import uuid  # a new device only: uuid brings platform, 3 ms of every start

    device_id = str(uuid.uuid4())
    with db.atomic():
        # The computer this directory came from is another device from now on: known and
        # trusted as the inspector's it was, never as this computer ('self' checks nothing).
        db.execute("UPDATE devices SET this_device = 0, role = CASE role WHEN 'self' THEN "
                   "'inspector' ELSE role END WHERE this_device = 1")
        db.table("devices").insert({
            "device_id": device_id, "machine": machine,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "this_device": 1,
        })
    return device_id


# ---- other devices: keys seen in packages, and whether a supervisor trusts them ----

ROLES = tuple(r.value for r in Role)  # what a device is trusted as


def set_own_key(db: Database, device_id: str, public_b64: str, fingerprint: str) -> None:
    row = db.execute("SELECT public_key FROM devices WHERE device_id = ?", [device_id]).fetchone()
    if row is not None and row[0] and row[0] != public_b64:  # e.g. restored without keys
        retire_key(db, device_id, str(row[0]))
    db.execute("UPDATE devices SET public_key = ?, fingerprint = ?, role = 'self', "
               "trusted = 1 WHERE device_id = ?", [public_b64, fingerprint, device_id])


def retire_key(db: Database, device_id: str, public_b64: str) -> None:
    """A key a device had before its current one: what it signed then still proves who
    made it (a laptop restored from a backup without its keys, a replaced key)."""
    db.execute("INSERT OR IGNORE INTO retired_keys (device_id, public_key, retired_at) VALUES "
               "(?, ?, ?)", [device_id, public_b64, datetime.now(UTC).isoformat(
                   timespec="seconds")])


def keys_of(db: Database, device_id: str) -> list[str]:
    """Every key known for a device: its current one first, then those it had before."""
    row = db.execute("SELECT public_key FROM devices WHERE device_id = ?", [device_id]).fetchone()
    current = [str(row[0])] if row is not None and row[0] else []
    return current + [str(r[0]) for r in db.execute(
        "SELECT public_key FROM retired_keys WHERE device_id = ? ORDER BY retired_at",
        [device_id]) if str(r[0]) not in current]


def former_selves(db: Database) -> list[str]:
    """The device ids this data directory had on computers it was copied from."""
    return [str(r[0]) for r in db.execute(
        "SELECT device_id FROM devices WHERE this_device = 0 AND machine != ''")]


def find(db: Database, device_id: str) -> dict[str, object] | None:
    rows = list(db.query("SELECT * FROM devices WHERE device_id = ?", [device_id]))
    return rows[0] if rows else None


def by_fingerprint(db: Database, fingerprint: str) -> list[dict[str, object]]:
    """Devices whose fingerprint is, or starts with, what the user typed."""
    fingerprint = fingerprint.strip()
    return list(db.query(
        "SELECT * FROM devices WHERE fingerprint = ? OR fingerprint LIKE ? "
        "OR fingerprint LIKE ?", [fingerprint, fingerprint + "%", "SHA256:" + fingerprint + "%"]))


def remember(db: Database, device_id: str, public_b64: str, fingerprint: str, inspector: str,
             role: str, trusted: bool) -> None:
    """A device and its key: trusted (a supervisor said so), or only known — its versions
    were passed on by a trusted supervisor with its signature, so this is its key."""
    db.table("devices").upsert({
        "device_id": device_id, "machine": "", "this_device": 0,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "public_key": public_b64, "fingerprint": fingerprint, "inspector": inspector,
        "role": role, "trusted": int(trusted),
    }, pk="device_id")


def trust(db: Database, device_id: str, role: str) -> None:
    db.execute("UPDATE devices SET trusted = 1, role = ? WHERE device_id = ?", [role, device_id])


def supervisors(db: Database, this_device: str, this_role: Role) -> list[str]:
    """The devices whose word on a review counts here: those known as supervisors, and
    this computer when it is a supervisor's."""
    found = [str(r[0]) for r in db.execute(
        "SELECT device_id FROM devices WHERE role = 'supervisor' AND this_device = 0")]
    return [*found, this_device] if this_role is Role.SUPERVISOR else found


def untrust(db: Database, device_id: str) -> None:
    db.execute("UPDATE devices SET trusted = 0 WHERE device_id = ?", [device_id])


# ---- keys seen in packages and not trusted: their packages wait ----

def hold_key(db: Database, fingerprint: str, device_id: str, public_b64: str,
             inspector: str, role: str = "") -> None:
    """`role`: what its newest package says the device is (a proposal, not trust)."""
    db.execute("INSERT INTO held_keys (fingerprint, device_id, public_key, inspector, "
               "role, first_seen) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO "
               "UPDATE SET inspector = excluded.inspector, role = excluded.role",
               [fingerprint, device_id, public_b64, inspector, role,
                datetime.now(UTC).isoformat(timespec="seconds")])


def held_keys(db: Database) -> list[dict[str, object]]:
    """Each held key with how many packages wait on it and their file names."""
    return list(db.query(
        "SELECT k.*, (SELECT count(*) FROM packages p WHERE p.fingerprint = k.fingerprint "
        "AND p.status = 'held') AS packages, (SELECT group_concat(p.file_name, ', ') FROM "
        "packages p WHERE p.fingerprint = k.fingerprint AND p.status = 'held') AS files "
        "FROM held_keys k ORDER BY k.first_seen, k.fingerprint"))


def held_by_fingerprint(db: Database, fingerprint: str) -> list[dict[str, object]]:
    fingerprint = fingerprint.strip()
    return list(db.query(
        "SELECT * FROM held_keys WHERE fingerprint = ? OR fingerprint LIKE ? OR "
        "fingerprint LIKE ?", [fingerprint, fingerprint + "%", "SHA256:" + fingerprint + "%"]))


def held_for_device(db: Database, device_id: str) -> list[dict[str, object]]:
    return list(db.query("SELECT * FROM held_keys WHERE device_id = ?", [device_id]))


def drop_held_key(db: Database, fingerprint: str) -> None:
    db.execute("DELETE FROM held_keys WHERE fingerprint = ?", [fingerprint])


def all_devices(db: Database) -> list[dict[str, object]]:
    return list(db.query("SELECT * FROM devices ORDER BY this_device DESC, created_at"))
