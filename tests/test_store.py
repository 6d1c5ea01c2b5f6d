"""The store's promises (ARCHITECTURE.md §4–§5), checked on disk and through the CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import sqlite_utils
from conftest import Cli

from inspector import paths
from inspector.errors import UserError
from inspector.forms import parse_form
from inspector.hlc import Clock, Stamp
from inspector.store import Store, audit
from inspector.store.connection import Database, pragmas
from inspector.store.schema import MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION, migrations

FIXTURES = Path(__file__).resolve().parent / "fixtures"


# ---- helpers ----

@pytest.fixture
def ddir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def st(ddir: Path) -> Iterator[Store]:
    s = Store.open(ddir)
    yield s
    s.close()


def raw(ddir: Path) -> sqlite3.Connection:
    """A plain connection to the file, independent of the store's own."""
    return sqlite3.connect(ddir / paths.DB_NAME)


def audit_rows(ddir: Path) -> list[dict[str, object]]:
    conn = raw(ddir)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY seq")]
    finally:
        conn.close()


def run_inspector(cwd: Path, *args: str, env: dict[str, str] | None = None,
                  ) -> subprocess.CompletedProcess[str]:
    """`python -m inspector ARGS` as a user would run it, in its own process."""
    base = {k: v for k, v in os.environ.items() if k != paths.ENV_VAR}
    return subprocess.run([sys.executable, "-m", "inspector", *args], cwd=cwd,
                          env={**base, **(env or {})}, capture_output=True, text=True,
                          timeout=60)


def baseline(i: int | str, value: str = "1") -> dict[str, str]:
    return {"id": f"b{i}", "label": f"baseline {i}", "value": value}


# ---- connection settings ----

def check_pragmas(db: Database, journal: str = "wal") -> None:
    p = pragmas(db)
    assert p["journal_mode"] == journal
    assert p["foreign_keys"] == 1
    assert p["synchronous"] == 2  # FULL
    assert int(str(p["busy_timeout"])) > 0


def test_every_connection_has_wal_foreign_keys_full_sync_and_busy_timeout(ddir: Path) -> None:
    """The UI's connection and a background worker's both get all four settings."""
    ui = Store.open(ddir)
    worker = Store.open(ddir)
    try:
        check_pragmas(ui.db)
        check_pragmas(worker.db)
    finally:
        ui.close()
        worker.close()
    # WAL is recorded in the file itself: any later reader sees it.
    conn = raw(ddir)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_in_memory_store_has_the_same_settings() -> None:
    """Store.memory() enforces foreign keys like a real data directory."""
    s = Store.memory()
    check_pragmas(s.db, journal="memory")
    s.close()


def test_foreign_keys_are_enforced_and_a_failed_save_leaves_nothing(st: Store,
                                                                   ddir: Path) -> None:
    """A photo link to a photo that is not stored is refused; no row, no audit row.

    (Synced records reference each other without foreign keys since schema 0003: a
    correction may arrive before what it corrects. Photos must always be present.)"""
    before = len(audit_rows(ddir))
    with pytest.raises(sqlite3.IntegrityError):
        st.save("photo_links", {"id": "l1", "photo_sha256": "0" * 64,
                                "inspection_id": "i1", "problem_id": None})
    assert st.get("photo_links", "l1") is None
    assert len(audit_rows(ddir)) == before
    st.save("baselines", baseline(1))  # the connection is still usable afterwards
    assert [r["id"] for r in st.rows("baselines")] == ["b1"]


def test_two_connections_can_write_at_the_same_time(ddir: Path) -> None:
    """A worker's commits don't make the UI's saves fail with 'database is locked'."""
    ui, worker = Store.open(ddir), Store.open(ddir)
    errors: list[BaseException] = []

    def work(s: Store, tag: str) -> None:
        for i in range(40):
            try:
                s.save("baselines", baseline(f"{tag}{i}"))
            except Exception as exc:  # collected and reported below
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, t)) for s, t in ((ui, "u"), (worker, "w"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ui.close()
    worker.close()
    assert errors == []
    conn = raw(ddir)
    assert conn.execute("SELECT count(*) FROM baselines").fetchone()[0] == 80
    conn.close()
    check = Store.open(ddir)
    assert audit.verify(check.db) == (80, None)
    check.close()


# ---- migrations ----

def applied_names(ddir: Path) -> list[tuple[str, str]]:
    conn = raw(ddir)
    try:
        return conn.execute(
            "SELECT name, applied_at FROM _sqlite_migrations WHERE migration_set = ? "
            "ORDER BY id", [MIGRATION_SET]).fetchall()
    finally:
        conn.close()


def test_fresh_database_records_every_migration_once(ddir: Path) -> None:
    """A new data directory is at the latest schema; reopening applies nothing again."""
    Store.open(ddir).close()
    first = applied_names(ddir)
    assert [n for n, _ in first] == list(MIGRATION_NAMES)
    assert len(first) == SCHEMA_VERSION
    Store.open(ddir).close()
    assert applied_names(ddir) == first


def test_migrations_are_numbered_from_0001_without_gaps() -> None:
    """Migration names start 0001_, 0002_, … in order, and the version is the last one."""
    names = list(MIGRATION_NAMES)
    numbers = []
    for name in names:
        match = re.fullmatch(r"(\d{4})_[a-z0-9_]+", name)
        assert match, f"migration name {name!r} is not NNNN_words"
        numbers.append(int(match.group(1)))
    assert numbers == list(range(1, len(names) + 1))
    assert numbers[-1] == SCHEMA_VERSION


@pytest.mark.parametrize("stop_before", list(MIGRATION_NAMES))
def test_a_database_stopped_at_any_earlier_migration_opens(ddir: Path,
                                                           stop_before: str) -> None:
    """A database left at an earlier schema version is brought up to date on open."""
    ddir.mkdir(parents=True)
    db = sqlite_utils.Database(ddir / paths.DB_NAME)
    migrations().apply(db, stop_before=stop_before)
    db.close()
    s = Store.open(ddir)
    s.save("baselines", baseline(1))
    s.close()
    assert [n for n, _ in applied_names(ddir)] == list(MIGRATION_NAMES)


OLD_VERSIONS = sorted(FIXTURES.glob("schema_v*.sqlite3"))


@pytest.mark.parametrize("fixture", OLD_VERSIONS or [
    pytest.param(None, marks=pytest.mark.skip(
        reason="no tests/fixtures/schema_v*.sqlite3 yet (only one schema version exists)"))],
    ids=lambda p: p.name if isinstance(p, Path) else "none")
def test_database_from_an_earlier_release_opens(ddir: Path, fixture: Path | None) -> None:
    """A data directory written by an earlier release migrates and keeps its history."""
    assert fixture is not None
    ddir.mkdir(parents=True)
    (ddir / paths.DB_NAME).write_bytes(fixture.read_bytes())
    s = Store.open(ddir)
    try:
        assert [n for n, _ in applied_names(ddir)] == list(MIGRATION_NAMES)
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert audit.verify(s.db)[1] is None
        s.save("baselines", baseline("after-upgrade"))
    finally:
        s.close()


# ---- audit ----

def test_save_update_delete_and_setting_each_write_an_audit_row(st: Store,
                                                                ddir: Path) -> None:
    """Who, when, what and old → new are logged for every kind of edit."""
    started = datetime.now().astimezone() - timedelta(seconds=2)
    st.set_setting("inspector", "王芳")
    st.set_setting("inspector", "李娜")
    st.save("baselines", baseline(1, "10"))
    st.save("baselines", baseline(1, "12"))
    st.delete("baselines", "b1")

    rows = audit_rows(ddir)
    assert [(r["seq"], r["action"], r["table_name"], r["record_id"]) for r in rows] == [
        (1, "set", "settings", "inspector"),
        (2, "set", "settings", "inspector"),
        (3, "insert", "baselines", "b1"),
        (4, "update", "baselines", "b1"),
        (5, "delete", "baselines", "b1"),
    ]
    for r in rows:
        assert r["device"] == st.device_id
        assert datetime.fromisoformat(str(r["at"])) >= started
    assert [r["actor"] for r in rows[2:]] == ["李娜"] * 3

    def js(v: object) -> object:
        return None if v is None else json.loads(str(v))

    assert (js(rows[0]["old"]), js(rows[0]["new"])) == (None, {"value": "王芳"})
    assert (js(rows[1]["old"]), js(rows[1]["new"])) == ({"value": "王芳"}, {"value": "李娜"})
    insert_old, insert_new = js(rows[2]["old"]), js(rows[2]["new"])
    assert insert_old is None
    assert isinstance(insert_new, dict) and insert_new["value"] == "10"
    update_old, update_new = js(rows[3]["old"]), js(rows[3]["new"])
    assert isinstance(update_old, dict) and isinstance(update_new, dict)
    assert (update_old["value"], update_new["value"]) == ("10", "12")
    delete_old, delete_new = js(rows[4]["old"]), js(rows[4]["new"])
    assert isinstance(delete_old, dict) and isinstance(delete_new, dict)
    assert (delete_old["deleted"], delete_new["deleted"]) == (0, 1)
    assert audit.verify(st.db) == (5, None)


def test_delete_is_a_tombstone(st: Store, ddir: Path) -> None:
    """A deleted record stays on disk marked deleted=1 (so it can sync) but is not listed."""
    st.save("baselines", baseline(1))
    st.save("baselines", baseline(2))
    before = st.get("baselines", "b1")
    st.delete("baselines", "b1")
    assert [r["id"] for r in st.rows("baselines")] == ["b2"]
    conn = raw(ddir)
    deleted, version = conn.execute(
        "SELECT deleted, version FROM baselines WHERE id = 'b1'").fetchone()
    conn.close()
    assert deleted == 1
    assert before is not None and version > before["version"]
    count = len(audit_rows(ddir))
    st.delete("baselines", "b1")  # deleting again changes nothing
    assert len(audit_rows(ddir)) == count


@pytest.mark.parametrize("edit", ["save", "delete", "set_setting"])
def test_audit_row_is_in_the_same_transaction_as_the_edit(st: Store, ddir: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          edit: str) -> None:
    """If the audit row cannot be written, the edit is not saved either."""
    st.save("baselines", baseline(1, "10"))
    rows_before = len(audit_rows(ddir))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full while writing the audit row")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(RuntimeError):
        if edit == "save":
            st.save("baselines", baseline(1, "99"))
        elif edit == "delete":
            st.delete("baselines", "b1")
        else:
            st.set_setting("city", "示范市")
    monkeypatch.undo()

    conn = raw(ddir)
    assert conn.execute("SELECT value, deleted FROM baselines").fetchall() == [("10", 0)]
    assert conn.execute("SELECT value FROM settings WHERE key = 'city'").fetchall() == []
    conn.close()
    assert len(audit_rows(ddir)) == rows_before
    assert audit.verify(st.db)[1] is None


def tampered_log(ddir: Path) -> None:
    s = Store.open(ddir)
    s.set_setting("inspector", "王芳")
    for i in range(3):
        s.save("baselines", baseline(i))
    s.close()


TAMPERING = pytest.mark.parametrize(("sql", "reason"), [
    ("""UPDATE audit SET new = '{"id":"b0","value":"999"}' WHERE seq = 2""", "changed"),
    ("UPDATE audit SET actor = 'someone else' WHERE seq = 2", "changed"),
    ("UPDATE audit SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 2", "changed"),
    ("DELETE FROM audit WHERE seq = 2", "missing"),
], ids=["rewritten-new", "rewritten-actor", "rewritten-time", "deleted"])


@TAMPERING
def test_verify_finds_the_first_tampered_row(ddir: Path, sql: str, reason: str) -> None:
    """audit.verify reports row 2 when row 2 was rewritten or removed."""
    tampered_log(ddir)
    conn = raw(ddir)
    with conn:
        conn.execute(sql)
    conn.close()
    s = Store.open(ddir)
    _, broken = audit.verify(s.db)
    s.close()
    assert broken is not None
    assert broken.seq == 2 and reason in str(broken.reason)


@TAMPERING
def test_cli_audit_verify_names_a_tampered_row(tmp_path: Path, ddir: Path, sql: str,
                                               reason: str) -> None:
    """`inspector audit verify` exits 1 and names the first row that was changed or removed."""
    tampered_log(ddir)
    ok = run_inspector(tmp_path, "--data-dir", str(ddir), "audit", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "audit log ok: 4 rows" in ok.stdout

    conn = raw(ddir)
    with conn:
        conn.execute(sql)
    conn.close()

    bad = run_inspector(tmp_path, "--data-dir", str(ddir), "audit", "verify")
    assert bad.returncode == 1
    assert "audit row 2" in bad.stderr
    assert reason in bad.stderr
    assert "Traceback" not in bad.stderr
    assert bad.stdout == ""


# ---- device identity ----

def devices(ddir: Path) -> list[tuple[str, str, int]]:
    conn = raw(ddir)
    try:
        return conn.execute(
            "SELECT device_id, machine, this_device FROM devices ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_same_computer_keeps_its_device_id(ddir: Path) -> None:
    """Reopening on the same computer never mints a new device id."""
    first = Store.open(ddir)
    device = first.device_id
    first.close()
    for _ in range(2):
        again = Store.open(ddir)
        assert again.device_id == device
        again.close()
    assert len(devices(ddir)) == 1


def test_copied_to_another_computer_gets_a_new_device_id(ddir: Path) -> None:
    """A data directory on another machine signs as a new device; the old id is kept."""
    here = Store.open(ddir, machine="laptop-a")
    old_id = here.device_id
    here.save("baselines", baseline(1))
    here.close()

    there = Store.open(ddir, machine="laptop-b")
    new_id = there.device_id
    assert new_id != old_id
    saved = there.save("baselines", baseline(2))
    assert saved["origin"] == new_id
    assert Stamp.parse(saved["version"]).device == new_id
    old_record = there.get("baselines", "b1")
    assert old_record is not None and old_record["origin"] == old_id
    there.close()
    assert devices(ddir) == [(old_id, "laptop-a", 0), (new_id, "laptop-b", 1)]

    again = Store.open(ddir, machine="laptop-b")
    assert again.device_id == new_id
    again.close()


def test_machine_id_from_environment_gives_a_new_device(tmp_path: Path, ddir: Path) -> None:
    """INSPECTOR_MACHINE_ID (another computer) shows a new device id in `inspector config`."""
    env_id = {"INSPECTOR_MACHINE_ID": "field-laptop-7"}
    first = run_inspector(tmp_path, "--data-dir", str(ddir), "config", env=env_id)
    assert first.returncode == 0, first.stderr
    old_id = devices(ddir)[0][0]
    assert old_id in first.stdout

    moved = run_inspector(tmp_path, "--data-dir", str(ddir), "config",
                          env={"INSPECTOR_MACHINE_ID": "field-laptop-8"})
    assert moved.returncode == 0, moved.stderr
    rows = devices(ddir)
    assert len(rows) == 2
    assert rows[0][0] == old_id and rows[0][2] == 0
    new_id = rows[1][0]
    assert new_id in moved.stdout and old_id not in moved.stdout

    same = run_inspector(tmp_path, "--data-dir", str(ddir), "config",
                         env={"INSPECTOR_MACHINE_ID": "field-laptop-8"})
    assert new_id in same.stdout
    assert len(devices(ddir)) == 2


# ---- version stamps ----

def test_stamps_strictly_increase_and_sort_as_text(st: Store) -> None:
    """Every save gets a greater stamp, and text order is stamp order."""
    versions = [st.save("baselines", baseline(i))["version"] for i in range(60)]
    versions += [st.save("baselines", baseline(i, "2"))["version"] for i in range(5)]
    stamps = [Stamp.parse(v) for v in versions]
    assert all(a < b for a, b in pairwise(stamps))
    assert all(a < b for a, b in pairwise(versions))
    assert sorted(versions) == versions


def test_stamps_keep_increasing_across_reopen_and_a_clock_set_back(ddir: Path) -> None:
    """A restart or a laptop clock set back to 1970 never issues an older stamp."""
    s = Store.open(ddir)
    last = s.save("baselines", baseline(1))["version"]
    s.close()
    s = Store.open(ddir)
    after_reopen = s.save("baselines", baseline(2))["version"]
    assert after_reopen > last
    s.clock = Clock(s.device_id, s.clock.last, wall_ms=lambda: 1)
    behind = [s.save("baselines", baseline(3, str(i)))["version"] for i in range(3)]
    s.close()
    assert after_reopen < behind[0] < behind[1] < behind[2]


def test_a_second_connection_stamps_after_the_first(ddir: Path) -> None:
    """A worker's edit made after the UI's is versioned after it, even if clocks differ."""
    ui, worker = Store.open(ddir), Store.open(ddir)
    fast = time.time_ns() // 1_000_000 + 10 * 60 * 1000  # ten minutes ahead
    ui.clock = Clock(ui.device_id, ui.clock.last, wall_ms=lambda: fast)
    first = ui.save("baselines", baseline(1, "ui"))["version"]
    later = worker.save("baselines", baseline(1, "worker"))["version"]
    ui.close()
    worker.close()
    assert Stamp.parse(later) > Stamp.parse(first)
    assert later > first


def test_saving_unchanged_content_is_not_a_new_version(st: Store, ddir: Path) -> None:
    """Saving the same record twice keeps its version and adds no audit row."""
    first = st.save("baselines", baseline(1))
    count = len(audit_rows(ddir))
    again = st.save("baselines", baseline(1))
    assert again["version"] == first["version"]
    assert st.get("baselines", "b1") == first
    assert len(audit_rows(ddir)) == count
    changed = st.save("baselines", baseline(1, "2"))
    assert changed["version"] > first["version"]
    assert len(audit_rows(ddir)) == count + 1


# ---- network shares ----

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
fileserver:/export/field /mnt/field nfs4 rw,relatime,vers=4.2,addr=10.0.0.5 0 0
//fs01/inspections /mnt/inspections cifs rw,relatime,vers=3.1.1 0 0
//fs01/team\\040share /mnt/team\\040share cifs rw,relatime 0 0
/dev/vdb1 /mnt/fieldwork ext4 rw,relatime 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> str:
    f = tmp_path / "mounts"
    f.write_text(MOUNTS, encoding="utf-8")
    return str(f)


@pytest.mark.parametrize(("where", "fstype"), [
    ("/mnt/field/inspector", "nfs4"),
    ("/mnt/inspections", "cifs"),
    ("/mnt/inspections/2026/data", "cifs"),
    ("/mnt/team share/inspector", "cifs"),
])
def test_data_dir_on_a_network_filesystem_is_refused(mounts: str, where: str,
                                                     fstype: str) -> None:
    """NFS/SMB mounts are refused in one line naming the folder and why."""
    with pytest.raises(UserError) as caught:
        paths.check_local(Path(where), mounts)
    message = str(caught.value)
    assert where in message
    assert "network" in message
    assert fstype in message
    assert "\n" not in message


@pytest.mark.parametrize("where", ["/home/wang/inspector", "/mnt/fieldwork/data",
                                   "/mnt/fieldnotes", "/"])
def test_data_dir_on_a_local_disk_is_accepted(mounts: str, where: str) -> None:
    """Local folders pass, including /mnt/fieldwork and /mnt/fieldnotes beside /mnt/field."""
    paths.check_local(Path(where), mounts)


@pytest.mark.parametrize("unc", [r"\\server\share\inspector", "//server/share/inspector"])
def test_unc_paths_are_refused(unc: str) -> None:
    """Windows-style share paths are refused before anything is created."""
    with pytest.raises(UserError, match="network"):
        paths.check_local(Path(unc))
    # --data-dir goes through resolve_data_dir first; it must not turn the share into a
    # local folder (//server/share -> /server/share) that would then be created.
    with pytest.raises(UserError, match="network"):
        paths.check_local(paths.resolve_data_dir(unc))


SHARE = "//inspector-test-nas/share"
LOCAL_LOOKALIKE = Path("/inspector-test-nas")  # what resolve() would wrongly turn it into


@pytest.mark.parametrize("how", ["option", "environment"])
def test_cli_refuses_a_share_in_one_line(tmp_path: Path, how: str) -> None:
    """`inspector --data-dir //server/share config` exits 1 with one line, no traceback."""
    existed = LOCAL_LOOKALIKE.exists()
    try:
        if how == "option":
            result = run_inspector(tmp_path, "--data-dir", SHARE, "config")
        else:
            result = run_inspector(tmp_path, "config", env={paths.ENV_VAR: SHARE})
        assert LOCAL_LOOKALIKE.exists() == existed, "the share was created as a local folder"
    finally:
        if not existed and LOCAL_LOOKALIKE.exists():
            shutil.rmtree(LOCAL_LOOKALIKE)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("inspector: ")
    assert SHARE in lines[0] and "network" in lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# ---- forms ----

FORM = """\
id: tiny-form
version: "1"
title: 小表
total: 1
categories:
  - id: market
    name: 农贸市场
    points: 1
    sample_count: 1
    items:
      - id: NM01
        text: 地面干净
        weight: 1
        kind: check
"""


def test_same_form_id_and_version_with_other_content_is_refused(st: Store) -> None:
    """A changed form must get a new version; the stored one stays as it was."""
    key = st.register_form(parse_form(FORM, "a.yaml"), FORM)
    reformatted = "# a comment does not change the form\n" + FORM.replace("total: 1",
                                                                           "total:   1")
    assert st.register_form(parse_form(reformatted, "b.yaml"), reformatted) == key

    changed = FORM.replace("text: 地面干净", "text: 地面干净，无积水")
    with pytest.raises(UserError) as caught:
        st.register_form(parse_form(changed, "c.yaml"), changed)
    message = str(caught.value)
    assert "tiny-form" in message and "version 1" in message

    stored = st.rows("forms")
    assert len(stored) == 1
    assert stored[0]["source_text"] == FORM
    assert st.form(key).form.content_hash == parse_form(FORM).form.content_hash

    bumped = changed.replace('version: "1"', 'version: "2"')
    st.register_form(parse_form(bumped, "d.yaml"), bumped)
    assert sorted(r["form_version"] for r in st.rows("forms")) == ["1", "2"]


def test_removing_the_newest_audit_rows_is_detected(cli: Cli, store: Store) -> None:
    """The chain alone cannot see a cut tail; the anchor kept beside it can."""
    for i in range(3):
        store.save("baselines", {"id": f"tail{i}", "label": "x", "value": str(i)})
    store.db.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    store.db.conn.commit()
    res = cli("audit", "verify")
    assert res.code == 1 and "audit row 3 is missing" in res.err


# ---- typed settings ----

def test_typed_settings_read_what_the_generic_setting_holds() -> None:
    """store.role, store.language and store.count_unapproved are the settings as types;
    a value written by hand that is none of the choices reads as the default."""
    from inspector.store import Language, Role

    def typed(store: Store) -> tuple[Role, Language, bool]:
        # Read through a call: mypy keeps a property narrowed by an assert across edits.
        return store.role, store.language, store.count_unapproved

    s = Store.memory()
    try:
        role, language, count_unapproved = typed(s)
        assert role is Role.INSPECTOR and language is Language.ZH and count_unapproved
        s.set_setting("role", "supervisor")
        s.set_setting("language", "en")
        s.set_setting("count_unapproved", "false")
        role, language, count_unapproved = typed(s)
        assert role is Role.SUPERVISOR and language is Language.EN
        assert not count_unapproved
        assert s.setting("role") == "supervisor"  # the generic one, for display
        with pytest.raises(UserError):
            s.set_setting("role", "boss")
        s.db.execute("UPDATE settings SET value = 'boss' WHERE key = 'role'")
        assert typed(s)[0] is Role.INSPECTOR
    finally:
        s.close()


def test_one_sha256_of_a_file(tmp_path: Path) -> None:
    import hashlib

    from inspector.hashing import file_sha256

    data = os.urandom(3 << 20)  # several blocks
    (tmp_path / "f").write_bytes(data)
    assert file_sha256(tmp_path / "f") == hashlib.sha256(data).hexdigest()
    with pytest.raises(OSError):
        file_sha256(tmp_path / "missing")
