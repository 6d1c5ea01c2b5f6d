"""The hub's own Ed25519 key: made once by `hub init`, kept in its database so that every
hub process signs with the same key — the one laptops pin at `hub connect`."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..sync import keys
from . import db

NO_KEY = QT_TRANSLATE_NOOP(
    "hub.no_key", "the hub's database has no key yet: run 'inspector hub init --db …' first")
HUB_DEVICE = "hub"


def ensure_key(conn: db.Conn) -> keys.DeviceKey:
    if db.hub_key(conn) is None:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        made = keys.DeviceKey(HUB_DEVICE, private)
        db.set_hub_key(conn, raw, made.public_b64, made.fingerprint)  # a racing init: kept
    return load_key(conn)


def load_key(conn: db.Conn) -> keys.DeviceKey:
    row = db.hub_key(conn)
    if row is None:
        raise UserError(NO_KEY())
    return keys.DeviceKey(HUB_DEVICE, Ed25519PrivateKey.from_private_bytes(
        bytes(row["private_key"])))
