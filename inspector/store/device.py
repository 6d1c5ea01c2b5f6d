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
