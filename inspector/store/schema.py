"""Numbered schema migrations. Never edit a released migration: add the next one.

Every synced record carries `id` (a UUID chosen where it was created), `origin` (the
device that created it), `version` (an HLC stamp, see inspector.hlc) and `deleted`
(a tombstone, so a delete can travel to other devices).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from . import connection

if TYPE_CHECKING:  # migrations run under sqlite-utils' runner, on its own Database
    from sqlite_utils import Database, Migrations

# The migration set's name in sqlite-utils' _sqlite_migrations table.
MIGRATION_SET = "inspector"
Migration = Callable[["Database"], None]
_M = TypeVar("_M", bound=Migration)
# (name, function, runs in one transaction), in order.
_MIGRATIONS: list[tuple[str, Migration, bool]] = []


def _migration(name: str, *, transactional: bool = True) -> Callable[[_M], _M]:
    def register(fn: _M) -> _M:
        _MIGRATIONS.append((name, fn, transactional))
        return fn
    return register

RECORD = """
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    version TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0"""

# Tables whose rows are synced records (have the RECORD columns), in dependency order.
RECORD_TABLES = ("forms", "sites", "rounds", "samples", "assignments", "inspections",
                 "responses", "problems", "photo_links", "baselines", "conflict_decisions",
                 "cases", "case_events", "case_photos")
# Record tables whose rows name a photo file (photo_sha256): the file travels with them.
PHOTO_TABLES = ("photo_links", "case_photos")


@_migration(name="0001_initial")
def m0001_initial(db: Database) -> None:
    _run(db, f"""
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE devices (
        device_id TEXT PRIMARY KEY,
        machine TEXT NOT NULL,       -- fingerprint of the computer it belongs to
        created_at TEXT NOT NULL,
        this_device INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE forms ({RECORD},
        form_id TEXT NOT NULL, form_version TEXT NOT NULL, content_hash TEXT NOT NULL,
        title TEXT NOT NULL, source_text TEXT NOT NULL,
        UNIQUE (form_id, form_version)
    );
    CREATE TABLE sites ({RECORD},
        name TEXT NOT NULL, category_id TEXT NOT NULL, district TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
        responsible_unit TEXT NOT NULL DEFAULT '',
        lat TEXT, lon TEXT, coord_system TEXT NOT NULL DEFAULT 'WGS-84',
        wgs_lat TEXT, wgs_lon TEXT
    );
    CREATE INDEX sites_category ON sites (category_id);
    CREATE TABLE rounds ({RECORD},
        name TEXT NOT NULL UNIQUE, form_key TEXT NOT NULL REFERENCES forms (id),
        created_at TEXT NOT NULL
    );
    CREATE TABLE draws (
        seq INTEGER PRIMARY KEY, round_id TEXT NOT NULL REFERENCES rounds (id),
        kind TEXT NOT NULL, seed TEXT NOT NULL, params TEXT NOT NULL, result TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE samples ({RECORD},
        round_id TEXT NOT NULL REFERENCES rounds (id),
        site_id TEXT NOT NULL REFERENCES sites (id),
        position INTEGER NOT NULL,
        replaced_by TEXT REFERENCES sites (id), replaces TEXT REFERENCES sites (id),
        UNIQUE (round_id, site_id)
    );
    CREATE TABLE assignments ({RECORD},
        round_id TEXT NOT NULL REFERENCES rounds (id),
        site_id TEXT NOT NULL REFERENCES sites (id),
        inspector TEXT NOT NULL,
        UNIQUE (round_id, site_id, inspector)
    );
    CREATE TABLE inspections ({RECORD},
        round_id TEXT NOT NULL REFERENCES rounds (id),
        site_id TEXT NOT NULL REFERENCES sites (id),
        inspector TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT 'in_progress'
            CHECK (outcome IN ('in_progress', 'finished', 'not_inspectable')),
        reason TEXT NOT NULL DEFAULT '',
        review TEXT NOT NULL DEFAULT 'received'
            CHECK (review IN ('received', 'approved', 'flagged', 'rejected')),
        review_comment TEXT NOT NULL DEFAULT '',
        started_at TEXT, finished_at TEXT
    );
    CREATE INDEX inspections_round ON inspections (round_id, site_id);
    CREATE TABLE responses ({RECORD},
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        item_id TEXT NOT NULL,
        na INTEGER NOT NULL DEFAULT 0, passed INTEGER, level TEXT, found INTEGER,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (inspection_id, item_id)
    );
    CREATE TABLE problems ({RECORD},
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        item_id TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        description TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',
        responsible_unit TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX problems_inspection ON problems (inspection_id);
    CREATE TABLE photos (
        sha256 TEXT PRIMARY KEY, file_name TEXT NOT NULL, size INTEGER NOT NULL,
        taken_at TEXT, lat TEXT, lon TEXT, added_at TEXT NOT NULL
    );
    CREATE TABLE photo_links ({RECORD},
        photo_sha256 TEXT NOT NULL REFERENCES photos (sha256),
        inspection_id TEXT NOT NULL REFERENCES inspections (id),
        problem_id TEXT REFERENCES problems (id)
    );
    CREATE TABLE baselines ({RECORD},
        label TEXT NOT NULL, value TEXT NOT NULL
    );
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY, at TEXT NOT NULL, device TEXT NOT NULL,
        actor TEXT NOT NULL, action TEXT NOT NULL, table_name TEXT NOT NULL,
        record_id TEXT NOT NULL, old TEXT, new TEXT,
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL
    );
    """)


@_migration(name="0002_photos")
def m0002_photos(db: Database) -> None:
    """What the photo pipeline records, and the journal that keeps files and rows in step."""
    _run(db, """
    ALTER TABLE photos ADD COLUMN ext TEXT NOT NULL DEFAULT 'jpg';
    ALTER TABLE photos ADD COLUMN width INTEGER;
    ALTER TABLE photos ADD COLUMN height INTEGER;
    ALTER TABLE photos ADD COLUMN time_source TEXT NOT NULL DEFAULT 'exif';
    ALTER TABLE photos ADD COLUMN orientation INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE photos ADD COLUMN make TEXT NOT NULL DEFAULT '';
    ALTER TABLE photos ADD COLUMN model TEXT NOT NULL DEFAULT '';
    ALTER TABLE photos ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
    -- 0 when only a display-size copy was received (a sync package sent without originals)
    ALTER TABLE photos ADD COLUMN original_present INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE photos ADD COLUMN added_by TEXT NOT NULL DEFAULT '';
    CREATE INDEX photo_links_inspection ON photo_links (inspection_id);
    CREATE INDEX photo_links_problem ON photo_links (problem_id);
    -- An import writes a row here before moving a file into the tree and removes it in the
    -- transaction that adds the photo's row; a row left here after a crash names files
    -- that no row describes, and recovery deletes them.
    CREATE TABLE photo_pending (sha256 TEXT PRIMARY KEY, ext TEXT NOT NULL, at TEXT NOT NULL);
    """)


# Record tables as of 0003: no foreign keys between synced records (a correction may
# arrive before the record it corrects; the merge must not depend on arrival order), and
# `base`, the version an edit was made from (two edits from one base are a conflict).
RECORD_DDL_0003 = {
    "forms": """form_id TEXT NOT NULL, form_version TEXT NOT NULL, content_hash TEXT NOT NULL,
        title TEXT NOT NULL, source_text TEXT NOT NULL""",
    "sites": """name TEXT NOT NULL, category_id TEXT NOT NULL, district TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
        responsible_unit TEXT NOT NULL DEFAULT '', lat TEXT, lon TEXT,
        coord_system TEXT NOT NULL DEFAULT 'WGS-84', wgs_lat TEXT, wgs_lon TEXT""",
    "rounds": """name TEXT NOT NULL, form_key TEXT NOT NULL, created_at TEXT NOT NULL""",
    "samples": """round_id TEXT NOT NULL, site_id TEXT NOT NULL, position INTEGER NOT NULL,
        replaced_by TEXT, replaces TEXT""",
    "assignments": """round_id TEXT NOT NULL, site_id TEXT NOT NULL, inspector TEXT NOT NULL""",
    "inspections": """round_id TEXT NOT NULL, site_id TEXT NOT NULL,
        inspector TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT 'in_progress'
            CHECK (outcome IN ('in_progress', 'finished', 'not_inspectable')),
        reason TEXT NOT NULL DEFAULT '',
        review TEXT NOT NULL DEFAULT 'received'
            CHECK (review IN ('received', 'approved', 'flagged', 'rejected', 'edited')),
        review_comment TEXT NOT NULL DEFAULT '', started_at TEXT, finished_at TEXT""",
    "responses": """inspection_id TEXT NOT NULL, item_id TEXT NOT NULL,
        na INTEGER NOT NULL DEFAULT 0, passed INTEGER, level TEXT, found INTEGER,
        note TEXT NOT NULL DEFAULT ''""",
    "problems": """inspection_id TEXT NOT NULL, item_id TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        description TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',
        responsible_unit TEXT NOT NULL DEFAULT ''""",
    "photo_links": """photo_sha256 TEXT NOT NULL REFERENCES photos (sha256),
        inspection_id TEXT NOT NULL, problem_id TEXT""",
    "baselines": """label TEXT NOT NULL, value TEXT NOT NULL""",
}
INDEXES_0003 = """
    CREATE INDEX sites_category ON sites (category_id);
    CREATE INDEX samples_round ON samples (round_id, site_id);
    CREATE INDEX assignments_round ON assignments (round_id, site_id);
    CREATE INDEX inspections_round ON inspections (round_id, site_id);
    CREATE INDEX responses_inspection ON responses (inspection_id, item_id);
    CREATE INDEX problems_inspection ON problems (inspection_id);
    CREATE INDEX photo_links_inspection ON photo_links (inspection_id);
    CREATE INDEX photo_links_problem ON photo_links (problem_id)"""


@_migration(name="0003_sync", transactional=False)
def m0003_sync(db: Database) -> None:
    """Versions kept for merging, device keys and roles, packages in and out.

    Tables are rebuilt (SQLite cannot drop a foreign key in place), so foreign keys are
    switched off around the rebuild, which itself runs in one transaction.
    """
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            for table, columns in RECORD_DDL_0003.items():
                names = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
                db.execute(f"CREATE TABLE {table}_new ({RECORD}, base TEXT, {columns})")
                db.execute(f"INSERT INTO {table}_new ({', '.join(names)}) "
                           f"SELECT {', '.join(names)} FROM {table}")
                db.execute(f"DROP TABLE {table}")
                db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
            _run(db, INDEXES_0003 + """;
            CREATE INDEX forms_id ON forms (form_id, form_version);
            CREATE TABLE versions (
                seq INTEGER PRIMARY KEY, table_name TEXT NOT NULL, record_id TEXT NOT NULL,
                version TEXT NOT NULL, base TEXT, device TEXT NOT NULL, data TEXT NOT NULL,
                received_at TEXT NOT NULL, UNIQUE (table_name, record_id, version)
            );
            CREATE INDEX versions_base ON versions (table_name, record_id, base);
            ALTER TABLE devices ADD COLUMN public_key TEXT;
            ALTER TABLE devices ADD COLUMN fingerprint TEXT;
            ALTER TABLE devices ADD COLUMN role TEXT NOT NULL DEFAULT 'self';
            ALTER TABLE devices ADD COLUMN trusted INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE devices ADD COLUMN inspector TEXT NOT NULL DEFAULT '';
            CREATE TABLE packages (
                sha256 TEXT PRIMARY KEY, direction TEXT NOT NULL CHECK (direction IN
                ('in', 'out')), status TEXT NOT NULL, device_id TEXT NOT NULL,
                file_name TEXT NOT NULL, at TEXT NOT NULL, from_seq INTEGER, to_seq INTEGER,
                records INTEGER NOT NULL DEFAULT 0, photos INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT ''
            );
            CREATE TABLE conflict_decisions (
                id TEXT PRIMARY KEY, origin TEXT NOT NULL, version TEXT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0, base TEXT,
                decision TEXT NOT NULL CHECK (decision IN ('confirm', 'reverse')),
                decided_by TEXT NOT NULL DEFAULT '', at TEXT NOT NULL
            )""")
            # Every current row becomes its first known version.
            for table in RECORD_DDL_0003:
                for row in db.query(f"SELECT * FROM {table}"):
                    db.table("versions").insert({
                        "table_name": table, "record_id": row["id"],
                        "version": row["version"], "base": None,
                        "device": str(row["version"]).split(".", 2)[2],
                        "data": json.dumps(row, ensure_ascii=False, sort_keys=True),
                        "received_at": "migrated",
                    })
    finally:
        db.execute("PRAGMA foreign_keys = ON")


@_migration(name="0004_package_signature")
def m0004_package_signature(db: Database) -> None:
    """Each imported package's signature: a package imported before is recognised from its
    last 64 bytes, without reading the rest of it again."""
    _run(db, """
    ALTER TABLE packages ADD COLUMN signature TEXT;
    CREATE INDEX packages_signature ON packages (signature, direction)""")


@_migration(name="0005_photo_annotations")
def m0005_photo_annotations(db: Database) -> None:
    """An annotated photo is a photo of its own (its file is the drawing on the original,
    content-addressed); these say which photo it was drawn on and what was drawn."""
    _run(db, """
    ALTER TABLE photos ADD COLUMN derived_from TEXT;
    -- JSON list of shapes in the upright original's pixels (annotate.py)
    ALTER TABLE photos ADD COLUMN annotation TEXT;
    CREATE INDEX photos_derived_from ON photos (derived_from)""")


@_migration(name="0006_authorship_and_history")
def m0006_authorship_and_history(db: Database) -> None:
    """What proves who made each received version, keys held apart from trusted devices,
    and the audit heads devices vouched for in their packages.

    - certificates: an author's signature over the digests of versions it made; a
      received version keeps the id of the certificate that proves it (versions.cert), so
      a supervisor can pass it on exactly as its author signed it.
    - held_keys: a key seen in a package but not trusted. Kept apart from `devices`, one
      row per key: an unknown key claiming a known device id never replaces that device's
      key, and several keys claiming one device id wait side by side.
    - device_heads: each device's audit chain at the packages it sent (seq → hash); a
      later package whose chain disagrees was made from a rewritten history.
    - packages.fingerprint: which key a held package waits on; audit_seq/audit_hash: this
      computer's own chain when it made a package; sent_heads: every such point, kept
      before the package is written (a package written but not recorded still counts).
    - retired_keys: keys a device had before its current one; what they signed still
      proves authorship.
    """
    _run(db, """
    CREATE TABLE certificates (
        id TEXT PRIMARY KEY, device_id TEXT NOT NULL, inspector TEXT NOT NULL DEFAULT '',
        public_key TEXT NOT NULL, digests BLOB NOT NULL, signature TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    ALTER TABLE versions ADD COLUMN cert TEXT;
    CREATE TABLE held_keys (
        fingerprint TEXT PRIMARY KEY, device_id TEXT NOT NULL, public_key TEXT NOT NULL,
        inspector TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
        first_seen TEXT NOT NULL
    );
    CREATE INDEX held_keys_device ON held_keys (device_id);
    CREATE TABLE device_heads (
        device_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,
        package TEXT NOT NULL, file_name TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (device_id, seq)
    );
    CREATE TABLE sent_heads (seq INTEGER PRIMARY KEY, hash TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE retired_keys (
        device_id TEXT NOT NULL, public_key TEXT NOT NULL, retired_at TEXT NOT NULL,
        PRIMARY KEY (device_id, public_key)
    );
    ALTER TABLE packages ADD COLUMN fingerprint TEXT;
    ALTER TABLE packages ADD COLUMN audit_seq INTEGER;
    ALTER TABLE packages ADD COLUMN audit_hash TEXT;
    INSERT INTO held_keys (fingerprint, device_id, public_key, inspector, role, first_seen)
        SELECT fingerprint, device_id, public_key, inspector, '', created_at FROM devices
        WHERE trusted = 0 AND this_device = 0 AND public_key IS NOT NULL
        AND fingerprint IS NOT NULL;
    UPDATE packages SET fingerprint = (SELECT d.fingerprint FROM devices d
        WHERE d.device_id = packages.device_id) WHERE status = 'held';
    DELETE FROM devices WHERE trusted = 0 AND this_device = 0""")


@_migration(name="0007_cases")
def m0007_cases(db: Database) -> None:
    """Rectification cases (整改任务): a case made from a problem (or entered by hand), its
    events — each one a record that never changes once made, the case's state being
    their fold (inspector.cases.machine) — and the photos an event adds (after photos)."""
    _run(db, f"""
    CREATE TABLE cases ({RECORD}, base TEXT,
        number TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'round'
            CHECK (source IN ('round', 'patrol', 'hotline', 'leader')),
        round_id TEXT, problem_id TEXT, site_id TEXT REFERENCES sites (id),
        item_id TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '', lead_unit TEXT NOT NULL DEFAULT '',
        co_units TEXT NOT NULL DEFAULT '[]', priority TEXT NOT NULL DEFAULT '',
        time_limit TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL
    );
    CREATE INDEX cases_problem ON cases (problem_id);
    CREATE INDEX cases_number ON cases (number);
    CREATE TABLE case_events ({RECORD}, base TEXT,
        case_id TEXT NOT NULL REFERENCES cases (id),
        kind TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('inspector', 'supervisor')),
        data TEXT NOT NULL DEFAULT '{{}}'
    );
    CREATE INDEX case_events_case ON case_events (case_id);
    CREATE TABLE case_photos ({RECORD}, base TEXT,
        event_id TEXT NOT NULL REFERENCES case_events (id),
        photo_sha256 TEXT NOT NULL REFERENCES photos (sha256)
    );
    CREATE INDEX case_photos_event ON case_photos (event_id)""")


@_migration(name="0008_round_periods")
def m0008_round_periods(db: Database) -> None:
    """A round's month (its period in the monthly bulletin: '2026-11'; empty: the month it
    was created in) and the other two parts of the 100-point evaluation entered for it —
    档案资料 (of 40) and 问卷调查 (of 20) — with where they came from."""
    _run(db, """
    ALTER TABLE rounds ADD COLUMN period TEXT NOT NULL DEFAULT '';
    ALTER TABLE rounds ADD COLUMN archive_score TEXT NOT NULL DEFAULT '';
    ALTER TABLE rounds ADD COLUMN survey_score TEXT NOT NULL DEFAULT '';
    ALTER TABLE rounds ADD COLUMN scores_source TEXT NOT NULL DEFAULT ''""")


@_migration(name="0009_lean_versions")
def m0009_lean_versions(db: Database) -> None:
    """versions_base served only the conflict listing's GROUP BY (0.15 s with it, 0.18 s
    without, over 83k versions), yet every version received paid for it: each lookup of
    a record's versions goes through the unique (table, record, version) index."""
    _run(db, "DROP INDEX IF EXISTS versions_base")


def column_defaults(db: connection.Database, table: str) -> dict[str, Any]:
    """Each column of `table` with its default: what a row written without it holds."""
    return {name: None if default is None else db.execute(f"SELECT {default}").fetchone()[0]
            for _, name, _, _, default, _ in db.execute(f"PRAGMA main.table_info({table})")}


def _run(db: Database, script: str) -> None:
    # executescript() would COMMIT first and break the migration's transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


MIGRATION_NAMES = tuple(name for name, _, _ in _MIGRATIONS)
SCHEMA_VERSION = len(_MIGRATIONS)


def migrations() -> Migrations:
    """sqlite-utils' runner over these migrations (it records them in _sqlite_migrations)."""
    from sqlite_utils import Migrations

    runner = Migrations(MIGRATION_SET)
    for name, fn, transactional in _MIGRATIONS:
        runner(name=name, transactional=transactional)(fn)
    return runner


def pending(db: connection.Database) -> bool:
    """Whether a migration is still to run: read with plain SQL, so that opening a data
    directory already at the latest schema (every start but the first) does not load
    sqlite-utils."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                  "'_sqlite_migrations'").fetchone() is None:
        return True
    key = [r[1] for r in db.execute("PRAGMA table_info(_sqlite_migrations)") if r[5]]
    if key != ["id"]:  # an older layout, which sqlite-utils' runner rebuilds
        return True
    applied = {r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return not applied.issuperset(MIGRATION_NAMES)


def migrate(db: connection.Database) -> None:
    if pending(db):
        migrations().apply(db.full)
