"""The hub's PostgreSQL schema as numbered migrations, each applied in its own transaction.

`migrate` takes a transaction-level advisory lock first, so two `hub init` (or two hub
processes starting) never apply the same migration twice.
"""

from __future__ import annotations

MIGRATE_LOCK = 0x1D5EC7_0001  # pg_advisory_xact_lock key of migrations
APPLY_LOCK = 0x1D5EC7_0002  # ... of applying a package (see db.apply_lock)

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "core tables", """
CREATE TABLE devices (
    fingerprint text PRIMARY KEY,
    device_id text NOT NULL,
    public_key text NOT NULL UNIQUE,
    inspector text NOT NULL DEFAULT '',
    role text CHECK (role IN ('inspector', 'supervisor')),
    status text NOT NULL CHECK (status IN ('pending', 'trusted', 'refused')),
    first_seen timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz
);
CREATE UNIQUE INDEX devices_one_trusted_key ON devices (device_id) WHERE status = 'trusted';
CREATE TABLE nonces (
    fingerprint text NOT NULL,
    nonce text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (fingerprint, nonce)
);
CREATE INDEX nonces_at ON nonces (at);
CREATE TABLE packages (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256 text NOT NULL UNIQUE,
    device_id text NOT NULL,
    fingerprint text NOT NULL,
    role text NOT NULL,
    inspector text NOT NULL DEFAULT '',
    size bigint NOT NULL,
    records integer NOT NULL,
    new_versions integer NOT NULL,
    photos integer NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE certificates (
    id text PRIMARY KEY,
    device_id text NOT NULL,
    inspector text NOT NULL,
    public_key text NOT NULL,
    digests bytea NOT NULL,
    signature text NOT NULL
);
-- The grow-only set of versions: (table, record, version) with the line as received.
CREATE TABLE versions (
    table_name text NOT NULL,
    record_id text NOT NULL,
    version text COLLATE "C" NOT NULL,
    device text NOT NULL,
    digest bytea NOT NULL UNIQUE,
    base text COLLATE "C",
    data text NOT NULL,
    cert text REFERENCES certificates (id),
    package_seq bigint NOT NULL REFERENCES packages (seq),
    PRIMARY KEY (table_name, record_id, version)
);
-- Each record's greatest version (the stamp's text sorts as the stamp: see inspector.hlc).
CREATE TABLE records (
    table_name text NOT NULL,
    record_id text NOT NULL,
    version text COLLATE "C" NOT NULL,
    data text NOT NULL,
    PRIMARY KEY (table_name, record_id)
);
CREATE TABLE photos (
    sha256 text PRIMARY KEY,
    ext text NOT NULL,
    original_present boolean NOT NULL,
    meta text NOT NULL,
    package_seq bigint NOT NULL REFERENCES packages (seq)
);
"""),
    (2, "the hub's key and its audit chain", """
CREATE TABLE hub_key (
    id integer PRIMARY KEY CHECK (id = 1),
    private_key bytea NOT NULL,
    public_key text NOT NULL,
    fingerprint text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- One row per applied package, chained on the package's own signed hash (which covers
-- every version in it): a rewritten history breaks the chain.
CREATE TABLE audit (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    package_seq bigint NOT NULL REFERENCES packages (seq),
    package_sha256 text NOT NULL,
    device_id text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);
"""),
    (3, "conflicts and reviews, as a supervisor's laptop works them out", """
-- Edits of one record made from one base on different devices (versions.conflicts).
CREATE VIEW conflicts AS
SELECT table_name, record_id, base,
       array_agg(version ORDER BY version DESC) AS versions
FROM versions WHERE table_name <> 'conflict_decisions'
GROUP BY table_name, record_id, base HAVING count(DISTINCT device) > 1;
-- Each inspection's review as its newest version by a supervisor (or a pseudo device)
-- says it, whichever version wins otherwise: an inspector's later edit, or one made
-- from an old base, never undoes a supervisor's approval (versions._keep_reviews).
CREATE VIEW reviews AS
SELECT DISTINCT ON (v.record_id) v.record_id AS inspection_id, v.version, v.device,
       coalesce(v.data::jsonb ->> 'review', 'received') AS review,
       coalesce(v.data::jsonb ->> 'review_comment', '') AS review_comment
FROM versions v
WHERE v.table_name = 'inspections' AND (v.device IN ('shipped', 'demo') OR v.device IN
      (SELECT device_id FROM devices WHERE status = 'trusted' AND role = 'supervisor'))
ORDER BY v.record_id, v.version DESC;
"""),
    (4, "senders' audit chains as their packages vouched for them", """
-- A device's package carries its audit chain's hash at every earlier package it made;
-- kept here, a later package made from a history rewritten since is refused (as a
-- supervisor's laptop refuses it: rules.check_history).
CREATE TABLE heads (
    device_id text NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    package_seq bigint NOT NULL REFERENCES packages (seq),
    PRIMARY KEY (device_id, seq)
);
"""),
    (5, "resumable uploads", """
-- What the hub knows of each resumable upload (the bytes are a partial file under
-- --photos DIR/uploads/): the admin's view, and the tests' count of what was sent.
CREATE TABLE uploads (
    fingerprint text NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    held bigint NOT NULL DEFAULT 0,     -- bytes appended to the partial file
    received bigint NOT NULL DEFAULT 0, -- chunk bytes read, a cut or refused chunk's too
    chunks integer NOT NULL DEFAULT 0,  -- chunks appended
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    outcome text,                       -- applied, already, refused, mismatch; NULL: under way
    PRIMARY KEY (fingerprint, sha256)
);
CREATE INDEX uploads_updated_at ON uploads (updated_at);
"""),
    (6, "supervisors vouched for by a trusted supervisor's package", """
-- A supervisor's package names, in roles.json, the supervisors it trusts by key; their
-- work it relays is judged, and their reviews count, as a supervisor's — unless the
-- hub's admin trusts the device itself (receive.vouched, as a laptop's import does).
CREATE TABLE vouched (
    device_id text PRIMARY KEY,
    public_key text NOT NULL,
    package_seq bigint NOT NULL REFERENCES packages (seq)
);
CREATE OR REPLACE VIEW reviews AS
SELECT DISTINCT ON (v.record_id) v.record_id AS inspection_id, v.version, v.device,
       coalesce(v.data::jsonb ->> 'review', 'received') AS review,
       coalesce(v.data::jsonb ->> 'review_comment', '') AS review_comment
FROM versions v
WHERE v.table_name = 'inspections' AND (v.device IN ('shipped', 'demo') OR v.device IN
      (SELECT device_id FROM devices WHERE status = 'trusted' AND role = 'supervisor') OR
      v.device IN (SELECT device_id FROM vouched WHERE device_id NOT IN
                   (SELECT device_id FROM devices WHERE status = 'trusted')))
ORDER BY v.record_id, v.version DESC;
"""),
]

LATEST = MIGRATIONS[-1][0]
