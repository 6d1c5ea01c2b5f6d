"""This computer's device id: stable here, new on any other computer.

A data directory copied to another laptop must not keep signing as the first one, so
the device row remembers a fingerprint of the computer it was made on.
"""

from __future__ import annotations

import hashlib
import os
import socket
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

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
        raw = f"{uuid.getnode():012x}-{socket.gethostname()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def ensure_device(db: Database, machine: str) -> str:
    """The device id for this computer, making a new one when the computer changed."""
    row = db.execute("SELECT device_id, machine FROM devices WHERE this_device = 1").fetchone()
    if row is not None and row[1] == machine:
        return str(row[0])
    device_id = str(uuid.uuid4())
    with db.atomic():
        db.execute("UPDATE devices SET this_device = 0")
        db.table("devices").insert({
            "device_id": device_id, "machine": machine,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"), "this_device": 1,
        })
    return device_id


# ---- other devices: keys seen in packages, and whether a supervisor trusts them ----

ROLES = ("inspector", "supervisor")


def set_own_key(db: Database, device_id: str, public_b64: str, fingerprint: str) -> None:
    db.execute("UPDATE devices SET public_key = ?, fingerprint = ?, role = 'self', "
               "trusted = 1 WHERE device_id = ?", [public_b64, fingerprint, device_id])


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
    """A device first seen in a package (held until trusted, unless `trusted`)."""
    db.table("devices").upsert({
        "device_id": device_id, "machine": "", "this_device": 0,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "public_key": public_b64, "fingerprint": fingerprint, "inspector": inspector,
        "role": role, "trusted": int(trusted),
    }, pk="device_id")


def trust(db: Database, device_id: str, role: str) -> None:
    db.execute("UPDATE devices SET trusted = 1, role = ? WHERE device_id = ?", [role, device_id])


def all_devices(db: Database) -> list[dict[str, object]]:
    return list(db.query("SELECT * FROM devices ORDER BY this_device DESC, created_at"))
