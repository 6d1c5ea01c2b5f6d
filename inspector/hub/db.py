"""Every SQL statement the hub runs, on PostgreSQL through psycopg 3.

The hub's SQL lives here and in `schema` only (tests/test_layering.py allows these two
files, as it allows inspector/store/ for the laptops' SQLite). Each function takes an open
connection; the caller decides the transaction (`with conn.transaction():`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import versions as vs
from ..store.heads import Seen
from . import schema

Conn = psycopg.Connection[Any]

UNREACHABLE_DB = QT_TRANSLATE_NOOP(
    "hub.unreachable_db", "cannot open the hub's database {db}: {detail}")
NOT_INITIALISED = QT_TRANSLATE_NOOP(
    "hub.not_initialised",
    "the hub's database is at schema {have}, this inspector needs {want}: run 'inspector hub "
    "init --db …' first")


def connect(url: str) -> Conn:
    try:
        return psycopg.connect(url, autocommit=True, row_factory=dict_row)
    except psycopg.Error as exc:
        raise UserError(UNREACHABLE_DB(db=_safe(url), detail=_first_line(exc))) from None


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# --- migrations --------------------------------------------------------------------------

def schema_version(conn: Conn) -> int:
    row = conn.execute("SELECT to_regclass('schema_migrations') AS t").fetchone()
    if row is None or row["t"] is None:
        return 0
    got = conn.execute("SELECT coalesce(max(number), 0) AS n FROM schema_migrations").fetchone()
    return int(got["n"]) if got else 0


def migrate(conn: Conn) -> list[int]:
    """Apply the migrations this database lacks, each in its own transaction; returns their
    numbers."""
    applied: list[int] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [schema.MIGRATE_LOCK])
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (number integer PRIMARY "
                     "KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
    for number, name, script in schema.MIGRATIONS:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [schema.MIGRATE_LOCK])
            done = conn.execute("SELECT 1 FROM schema_migrations WHERE number = %s",
                                [number]).fetchone()
            if done:
                continue
            conn.execute(script.encode("utf-8"))
            conn.execute("INSERT INTO schema_migrations (number, name) VALUES (%s, %s)",
                         [number, name])
            applied.append(number)
    return applied


def require_schema(conn: Conn) -> None:
    have = schema_version(conn)
    if have != schema.LATEST:
        raise UserError(NOT_INITIALISED(have=have, want=schema.LATEST))


# --- the hub's key -----------------------------------------------------------------------

def hub_key(conn: Conn) -> dict[str, Any] | None:
    return conn.execute("SELECT private_key, public_key, fingerprint FROM hub_key "
                        "WHERE id = 1").fetchone()


def set_hub_key(conn: Conn, private_raw: bytes, public_b64: str, fingerprint: str) -> None:
    conn.execute("INSERT INTO hub_key (id, private_key, public_key, fingerprint) "
                 "VALUES (1, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                 [private_raw, public_b64, fingerprint])


# --- devices and requests ----------------------------------------------------------------

def device(conn: Conn, fingerprint: str) -> dict[str, Any] | None:
    return conn.execute("SELECT * FROM devices WHERE fingerprint = %s", [fingerprint]).fetchone()


def devices(conn: Conn) -> list[dict[str, Any]]:
    return conn.execute("SELECT * FROM devices ORDER BY first_seen, fingerprint").fetchall()


def devices_matching(conn: Conn, prefix: str) -> list[dict[str, Any]]:
    return conn.execute("SELECT * FROM devices WHERE fingerprint LIKE %s ORDER BY fingerprint",
                        [prefix.replace("%", r"\%").replace("_", r"\_") + "%"]).fetchall()


def note_pending(conn: Conn, fingerprint: str, device_id: str, public_b64: str,
                 inspector: str) -> None:
    """A key the hub has not decided on: listed for its admin (`hub devices list`)."""
    conn.execute("INSERT INTO devices (fingerprint, device_id, public_key, inspector, status) "
                 "VALUES (%s, %s, %s, %s, 'pending') ON CONFLICT DO NOTHING",
                 [fingerprint, device_id, public_b64, inspector])


def decide(conn: Conn, fingerprint: str, status: str, role: str | None) -> None:
    """Trust (with a role) or refuse a key. Trusting a device's new key refuses its old one:
    one device, one trusted key."""
    with conn.transaction():
        row = device(conn, fingerprint)
        if row is None:
            return
        if status == "trusted":
            conn.execute("UPDATE devices SET status = 'refused', decided_at = now() "
                         "WHERE device_id = %s AND status = 'trusted' AND fingerprint <> %s",
                         [row["device_id"], fingerprint])
        conn.execute("UPDATE devices SET status = %s, role = coalesce(%s, role), "
                     "decided_at = now() WHERE fingerprint = %s", [status, role, fingerprint])


def use_nonce(conn: Conn, fingerprint: str, nonce: str, window_s: int) -> bool:
    """Remember a request's nonce; False when it was seen before (a replay). Nonces older
    than twice the accepted clock window are forgotten: their requests are stale anyway."""
    conn.execute("DELETE FROM nonces WHERE at < now() - make_interval(secs => %s)",
                 [2 * window_s])
    cur = conn.execute("INSERT INTO nonces (fingerprint, nonce) VALUES (%s, %s) "
                       "ON CONFLICT DO NOTHING", [fingerprint, nonce])
    return cur.rowcount == 1


def keys_of(conn: Conn, device_id: str) -> list[str]:
    """The keys the hub trusts or trusted for a device (a refused one proves nothing)."""
    rows = conn.execute("SELECT public_key FROM devices WHERE device_id = %s AND status = "
                        "'trusted'", [device_id]).fetchall()
    return [str(r["public_key"]) for r in rows]


def roles(conn: Conn) -> dict[str, str]:
    rows = conn.execute("SELECT device_id, role FROM devices WHERE status = 'trusted'")
    return {str(r["device_id"]): str(r["role"]) for r in rows}


# --- applying a package ------------------------------------------------------------------

@contextmanager
def apply_lock(conn: Conn) -> Iterator[None]:
    """One transaction holding the hub-wide advisory lock of applying: packages are applied
    one after another across every hub process, so a package's sequence number is also
    the order of commits, and a pull cursor never skips a package that commits late."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [schema.APPLY_LOCK])
        yield


def package(conn: Conn, sha256: str) -> dict[str, Any] | None:
    return conn.execute("SELECT * FROM packages WHERE sha256 = %s", [sha256]).fetchone()


def add_package(conn: Conn, row: dict[str, Any]) -> int:
    got = conn.execute(
        "INSERT INTO packages (sha256, device_id, fingerprint, role, inspector, size, records, "
        "new_versions, photos) VALUES (%(sha256)s, %(device_id)s, %(fingerprint)s, %(role)s, "
        "%(inspector)s, %(size)s, %(records)s, 0, %(photos)s) RETURNING seq", row).fetchone()
    assert got is not None
    return int(got["seq"])


def set_new_versions(conn: Conn, seq: int, n: int) -> None:
    conn.execute("UPDATE packages SET new_versions = %s WHERE seq = %s", [n, seq])


def record(conn: Conn, table: str, record_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM records WHERE table_name = %s AND record_id = %s",
                       [table, record_id]).fetchone()
    return None if row is None else dict(json.loads(row["data"]))


def version_data(conn: Conn, table: str, record_id: str, version: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM versions WHERE table_name = %s AND record_id = %s "
                       "AND version = %s", [table, record_id, version]).fetchone()
    return None if row is None else dict(json.loads(row["data"]))


def form_row(conn: Conn, form_id: str, version: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM records WHERE table_name = 'forms' AND "
                       "data::jsonb ->> 'form_id' = %s AND data::jsonb ->> 'form_version' = %s",
                       [form_id, version]).fetchone()
    return None if row is None else dict(json.loads(row["data"]))


def has_photo(conn: Conn, sha: str) -> bool:
    return conn.execute("SELECT 1 FROM photos WHERE sha256 = %s", [sha]).fetchone() is not None


def keep_certificates(conn: Conn, certs: Sequence[tuple[str, str, str, str, bytes, str]]
                      ) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO certificates (id, device_id, inspector, public_key, "
                        "digests, signature) VALUES (%s, %s, %s, %s, %s, %s) "
                        "ON CONFLICT DO NOTHING", certs)


@dataclass(frozen=True)
class VersionRow:
    table: str
    record_id: str
    version: str
    device: str
    digest: bytes
    base: str | None
    data: str  # the version's line as inspector writes it (authorship.line_of's data)
    cert: str | None


def add_versions(conn: Conn, seq: int, rows: Sequence[VersionRow]) -> int:
    """The join: the set union of versions, then each touched record's greatest version.
    Commutative, associative and idempotent — any order of packages gives these rows."""
    with conn.cursor() as cur:
        # One statement over arrays, not a round trip per version; its row count is the
        # versions new here (a duplicate, even within the package, is skipped).
        cur.execute(
            "INSERT INTO versions (table_name, record_id, version, device, digest, base, "
            "data, cert, package_seq) SELECT t, r, v, d, g, b, x, c, %s FROM unnest("
            "%s::text[], %s::text[], %s::text[], %s::text[], %s::bytea[], %s::text[], "
            "%s::text[], %s::text[]) AS u(t, r, v, d, g, b, x, c) ON CONFLICT DO NOTHING",
            [seq, [r.table for r in rows], [r.record_id for r in rows],
             [r.version for r in rows], [r.device for r in rows], [r.digest for r in rows],
             [r.base for r in rows], [r.data for r in rows], [r.cert for r in rows]])
        new = max(cur.rowcount, 0)
        cur.executemany(
            "INSERT INTO records (table_name, record_id, version, data) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (table_name, record_id) DO UPDATE SET version = excluded.version, "
            "data = excluded.data WHERE records.version < excluded.version",
            [(r.table, r.record_id, r.version, r.data) for r in rows])
    return new


def heads_seen(conn: Conn, device_id: str) -> dict[int, Seen]:
    """The device's chain as its packages applied here vouched for it (seq → hash)."""
    return {int(r["seq"]): Seen(str(r["hash"]), f"{r['sha256'][:12]}",
                                r["received_at"].isoformat())
            for r in conn.execute(
                "SELECT h.seq, h.hash, p.sha256, p.received_at FROM heads h JOIN packages p "
                "ON p.seq = h.package_seq WHERE h.device_id = %s", [device_id])}


def add_heads(conn: Conn, seq: int, device_id: str, checkpoints: Mapping[int, str]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO heads (device_id, seq, hash, package_seq) VALUES "
                        "(%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                        [(device_id, n, h, seq) for n, h in checkpoints.items()])


def add_vouched(conn: Conn, seq: int, vouched: Mapping[str, str]) -> None:
    """Supervisors (device → key) a trusted supervisor's package `seq` vouched for; the
    newest word on a device's key stands, as a laptop's devices table keeps it."""
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO vouched (device_id, public_key, package_seq) VALUES "
                        "(%s, %s, %s) ON CONFLICT (device_id) DO UPDATE SET public_key = "
                        "excluded.public_key, package_seq = excluded.package_seq",
                        [(d, k, seq) for d, k in vouched.items()])


def vouched(conn: Conn) -> list[dict[str, Any]]:
    """The vouched supervisors whose word counts (the hub trusts none of them itself):
    device, key, the name it signed with, and who vouched for it."""
    return conn.execute(
        "SELECT v.device_id, v.public_key, p.device_id AS by_device, p.inspector AS by_name, "
        "(SELECT c.inspector FROM certificates c WHERE c.device_id = v.device_id AND "
        "c.public_key = v.public_key ORDER BY c.id LIMIT 1) AS inspector "
        "FROM vouched v JOIN packages p ON p.seq = v.package_seq WHERE v.device_id NOT IN "
        "(SELECT device_id FROM devices WHERE status = 'trusted') ORDER BY v.device_id"
    ).fetchall()


def forget_heads(conn: Conn, device_id: str) -> int:
    """The hub's admin accepts that a device's history started again (a restored laptop)."""
    return conn.execute("DELETE FROM heads WHERE device_id = %s", [device_id]).rowcount


def add_photo(conn: Conn, seq: int, sha: str, ext: str, original: bool, meta: str) -> None:
    conn.execute("INSERT INTO photos (sha256, ext, original_present, meta, package_seq) "
                 "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (sha256) DO UPDATE SET "
                 "original_present = photos.original_present OR excluded.original_present",
                 [sha, ext, original, meta, seq])


def add_audit(conn: Conn, seq: int, sha: str, device_id: str) -> None:
    last = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    prev = str(last["hash"]) if last else "0" * 64
    digest = hashlib.sha256(f"{prev}\n{seq}\n{sha}\n{device_id}".encode()).hexdigest()
    conn.execute("INSERT INTO audit (package_seq, package_sha256, device_id, prev_hash, hash) "
                 "VALUES (%s, %s, %s, %s, %s)", [seq, sha, device_id, prev, digest])


# --- resumable uploads --------------------------------------------------------------------

def note_chunk(conn: Conn, fingerprint: str, sha256: str, size: int, held: int | None,
               received: int, appended: bool) -> None:
    """A chunk request of an upload: `received` bytes of it read, appended or not (`held`,
    the partial's length after it, when known)."""
    conn.execute(
        "INSERT INTO uploads (fingerprint, sha256, size, held, received, chunks) VALUES "
        "(%(fp)s, %(sha)s, %(size)s, coalesce(%(held)s, 0), %(received)s, %(n)s) "
        "ON CONFLICT (fingerprint, sha256) DO UPDATE SET size = excluded.size, "
        "held = coalesce(%(held)s, uploads.held), received = uploads.received + %(received)s, "
        "chunks = uploads.chunks + %(n)s, updated_at = now(), outcome = NULL",
        {"fp": fingerprint, "sha": sha256, "size": size, "held": held, "received": received,
         "n": int(appended)})


def finish_upload(conn: Conn, fingerprint: str, sha256: str, outcome: str) -> None:
    conn.execute("UPDATE uploads SET outcome = %s, updated_at = now() WHERE fingerprint = %s "
                 "AND sha256 = %s", [outcome, fingerprint, sha256])


def expire_uploads(conn: Conn, older_than_s: int) -> None:
    conn.execute("DELETE FROM uploads WHERE updated_at < now() - make_interval(secs => %s)",
                 [older_than_s])


def upload(conn: Conn, fingerprint: str, sha256: str) -> dict[str, Any] | None:
    return conn.execute("SELECT * FROM uploads WHERE fingerprint = %s AND sha256 = %s",
                        [fingerprint, sha256]).fetchone()


# --- what laptops ask --------------------------------------------------------------------

def missing_digests(conn: Conn, digests: Sequence[bytes]) -> list[bytes]:
    have = {bytes(r["digest"]) for r in conn.execute(
        "SELECT digest FROM versions WHERE digest = ANY(%s)", [list(digests)])}
    return [d for d in digests if d not in have]


def missing_photos(conn: Conn, shas: Sequence[str]) -> list[str]:
    have = {str(r["sha256"]) for r in conn.execute(
        "SELECT sha256 FROM photos WHERE sha256 = ANY(%s)", [list(shas)])}
    return [s for s in shas if s not in have]


def packages_after(conn: Conn, after: int, not_from: str, only_role: str | None,
                   limit: int) -> list[dict[str, Any]]:
    """Packages applied after `after`, in the order they were applied: not those of the
    asking device, and when `only_role` is given only those its signer sent in that role."""
    return conn.execute(
        "SELECT seq, sha256, device_id, inspector, role, size FROM packages WHERE seq > %s "
        "AND device_id <> %s AND (%s::text IS NULL OR role = %s) ORDER BY seq LIMIT %s",
        [after, not_from, only_role, only_role, limit]).fetchall()


def last_package_seq(conn: Conn) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) AS n FROM packages").fetchone()
    return int(row["n"]) if row else 0


def conflicts(conn: Conn) -> list[vs.Conflict]:
    """The city's conflicts as a supervisor's laptop lists them (versions.conflicts): same
    ids, versions newest first, and the decision its conflict_decisions record holds."""
    decisions = {str(r["record_id"]): json.loads(r["data"]).get("decision") for r in
                 conn.execute("SELECT record_id, data FROM records WHERE "
                              "table_name = 'conflict_decisions'")}
    found = []
    for r in conn.execute("SELECT * FROM conflicts ORDER BY table_name COLLATE \"C\", "
                          "record_id COLLATE \"C\", base COLLATE \"C\" NULLS FIRST"):
        cid = vs.conflict_id(r["table_name"], r["record_id"], r["base"])
        found.append(vs.Conflict(cid, str(r["table_name"]), str(r["record_id"]), r["base"],
                                 tuple(r["versions"]), decisions.get(cid)))
    return found


def reviews(conn: Conn) -> dict[str, tuple[str, str]]:
    """Each inspection's (review, comment) by the rule the laptops merge it by."""
    said = {str(r["inspection_id"]): (str(r["review"]), str(r["review_comment"]))
            for r in conn.execute("SELECT inspection_id, review, review_comment FROM reviews")}
    return {str(r["record_id"]): said.get(str(r["record_id"]), ("received", ""))
            for r in conn.execute("SELECT record_id FROM records WHERE "
                                  "table_name = 'inspections'")}


def counts(conn: Conn) -> dict[str, int]:
    """Rows per table: what tests compare before and after a refused request."""
    out = {}
    for table in ("devices", "nonces", "packages", "certificates", "versions", "records",
                  "photos", "audit", "heads"):
        query = sql.SQL("SELECT count(*) AS n FROM {}").format(sql.Identifier(table))
        row = conn.execute(query).fetchone()
        out[table] = int(row["n"]) if row else 0
    return out
