"""Authors' certificates kept with the versions they prove (see sync.authorship)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .store import Store, now_iso


class StoredCertificate(NamedTuple):
    id: str
    device_id: str
    inspector: str
    public_key: str
    digests: bytes
    signature: str


def keep(store: Store, certs: Iterable[StoredCertificate]) -> None:
    """Inside the caller's transaction; a certificate kept before is kept once."""
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO certificates (id, device_id, inspector, public_key, digests, "
        "signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(*c, now_iso()) for c in certs])


def by_id(store: Store, ids: Sequence[str]) -> list[StoredCertificate]:
    out: list[StoredCertificate] = []
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start:start + 500]
        out += [StoredCertificate(str(i), str(d), str(n), str(k), bytes(g), str(s))
                for i, d, n, k, g, s in store.db.execute(
                    "SELECT id, device_id, inspector, public_key, digests, signature FROM "
                    f"certificates WHERE id IN ({', '.join('?' for _ in chunk)}) ORDER BY id",
                    chunk)]
    return out


def unproven(store: Store, devices: Sequence[str]) -> int:
    """Versions made on other devices than `devices` that no certificate proves (received
    before certificates were kept): they cannot be passed on."""
    marks = ", ".join("?" for _ in devices)
    row = store.db.execute(
        f"SELECT count(*) FROM versions WHERE cert IS NULL AND device NOT IN ({marks})",
        list(devices)).fetchone()
    return int(row[0])
