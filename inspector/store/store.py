"""The data directory's database: records with versions, every write audited.

Each public method that changes data is one transaction with its audit rows, so what
the caller reports as saved is on disk (synchronous=FULL) and explained in the log.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from .. import clock, paths
from ..domain import (
    CoordSystem,
    Form,
    Inspection,
    LoadedForm,
    Outcome,
    Problem,
    Response,
    ReviewState,
    Site,
)
from ..errors import UserError
from ..form_cache import parsed_form
from ..hlc import Clock, Stamp
from ..messages import QT_TRANSLATE_NOOP
from . import audit, settings
from .changes import Recorder
from .connection import Database, open_database
from .device import ensure_device, machine_fingerprint
from .schema import RECORD_TABLES, migrate

STORED_ZONE_BAD = QT_TRANSLATE_NOOP(
    "store.stored_zone_bad",
    "setting 'timezone': unknown time zone '{zone}'; set it with inspector config set timezone "
    "Asia/Shanghai")
FORM_REGISTERED_OTHERWISE = QT_TRANSLATE_NOOP(
    "store.form_registered_otherwise",
    "form {form} version {version} is already registered with other content ({source}); a changed "
    "form needs a new version number")
FORM_NOT_HERE = QT_TRANSLATE_NOOP("store.form_not_here", "form {form} is not in this database")
NO_SUCH_SITE = QT_TRANSLATE_NOOP(
    "store.no_such_site",
    "no site named '{site}' in the site registry")
SEVERAL_SITES = QT_TRANSLATE_NOOP(
    "store.several_sites",
    "{n} sites are named '{site}' ({ids}…); give the site's id instead")
NO_ROUND_YET = QT_TRANSLATE_NOOP(
    "store.no_round_yet",
    "there is no round yet; create one with 'inspector round new NAME --form ID' or try "
    "'inspector demo'")
NO_SUCH_ROUND = QT_TRANSLATE_NOOP(
    "store.no_such_round",
    "no round named '{name}' (rounds: {rounds})")

Row = dict[str, Any]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_ROUND_SITES = ("FROM samples JOIN sites ON sites.id = samples.site_id WHERE samples.round_id = ? "
                "AND samples.deleted = 0 AND samples.replaced_by IS NULL")


class Store:
    def __init__(self, db: Database, data_dir: Path | None, machine: str | None = None) -> None:
        self.db = db
        self.data_dir = data_dir
        self._forms: dict[str, LoadedForm] = {}
        self._recorder: Recorder | None = None
        migrate(db)
        self.device_id = ensure_device(db, machine or machine_fingerprint())
        last = self.get_setting("_hlc")
        self.clock = Clock(self.device_id, Stamp.parse(last) if last else None)

    @classmethod
    def open(cls, data_dir: Path, machine: str | None = None) -> Store:
        paths.prepare_data_dir(data_dir)
        return cls(open_database(data_dir / paths.DB_NAME), data_dir, machine)

    @classmethod
    def memory(cls) -> Store:
        return cls(open_database(":memory:"), None, "memory")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (a savepoint when nested).

        BEGIN IMMEDIATE takes the write lock up front: a deferred BEGIN that reads first
        fails at once with "database is locked" when another connection (a background
        worker) commits in between — busy_timeout cannot help with that upgrade.
        """
        recorder = self._recorder
        mark = recorder.mark() if recorder is not None else 0
        try:
            if self.db.conn.in_transaction:
                with self.db.atomic():
                    yield
                return
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.db.rollback()
                raise
            try:
                self.db.execute("COMMIT")
            except BaseException:
                self.db.rollback()
                raise
        except BaseException:
            if recorder is not None:
                recorder.rolled_back(mark)
            raise

    @contextmanager
    def recording(self, *, one_transaction: bool = True) -> Iterator[Recorder]:
        """One operation, every version it writes noted so the caller can say what changed
        and undo it: one transaction, or (a photo import, committed photo by photo) as
        many as it makes. A recording inside another adds to the outer one."""
        if self._recorder is not None:
            if one_transaction:
                with self.transaction():
                    yield self._recorder
            else:
                yield self._recorder
            return
        recorder = self._recorder = Recorder()
        try:
            if one_transaction:
                with self.transaction():
                    yield recorder
            else:
                yield recorder
        finally:
            self._recorder = None

    def _wrote(self, table: str, old: Row | None, new: Row) -> None:
        if self._recorder is not None:
            self._recorder.wrote(table, old, new)

    def changed(self, table: str) -> None:
        """Note a table changed other than through save/delete (an import's bulk rows)."""
        if self._recorder is not None:
            self._recorder.changed(table)

    @property
    def actor(self) -> str:
        name = self.get_setting("inspector")
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "unknown"

    # ---- settings ----

    def get_setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def setting(self, key: str) -> str:
        value = self.get_setting(key)
        return settings.SETTINGS[key].default if value is None else value

    @property
    def role(self) -> settings.Role:
        """What this device is for (the `role` setting): `store.role is Role.SUPERVISOR`."""
        return settings.role_of(self.get_setting("role"))

    @property
    def language(self) -> settings.Language:
        """The language of the app and the CLI (the `language` setting)."""
        return settings.language_of(self.get_setting("language"))

    @property
    def count_unapproved(self) -> bool:
        """Whether the scorecard counts finished inspections a supervisor has not approved
        (the `count_unapproved` setting)."""
        return settings.is_true(self.setting("count_unapproved"))

    def zone(self) -> ZoneInfo:
        """The city's time zone (the `timezone` setting): what every time is shown,
        printed and exported in."""
        try:
            return clock.zone_info(self.setting("timezone"))
        except ValueError:
            raise UserError(STORED_ZONE_BAD(zone=self.setting("timezone"))) from None

    def set_setting(self, key: str, value: str) -> None:
        value = settings.check(key, value)
        actor = self.actor  # who made the change, read before it (it may rename the actor)
        with self.transaction():
            old = self.get_setting(key)
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")
            self._audit("set", "settings", key, None if old is None else {"value": old},
                        {"value": value}, actor)
            self.changed("settings")

    # ---- versioned records ----

    def _audit(self, action: str, table: str, record_id: str, old: Row | None,
               new: Row | None, actor: str | None = None) -> None:
        audit.append(self.db, at=now_iso(), device=self.device_id, actor=actor or self.actor,
                     action=action, table=table, record_id=record_id, old=old, new=new)

    def _stamp(self) -> str:
        # Another connection to this database (a background worker) may have stamped
        # since; inside the write transaction its last stamp is current, so move past it.
        last = self.get_setting("_hlc")
        if last:
            self.clock.observe(Stamp.parse(last))
        stamp = self.clock.tick()
        self.db.table("settings").upsert({"key": "_hlc", "value": str(stamp)}, pk="key")
        return str(stamp)

    def observe(self, seen: Stamp) -> None:
        """Move the clock past a merged version, so later local edits are newer than it."""
        self.clock.observe(seen)
        last = self.get_setting("_hlc")
        if last is None or Stamp.parse(last) < self.clock.last:
            self.db.table("settings").upsert({"key": "_hlc", "value": str(self.clock.last)},
                                             pk="key")

    def get(self, table: str, record_id: str) -> Row | None:
        row = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        names = [d[0] for d in row.description]
        values = row.fetchone()
        return None if values is None else dict(zip(names, values, strict=True))

    def save(self, table: str, row: Row, *, version: str | None = None,
             origin: str | None = None) -> Row:
        """Insert or update one record with a new version stamp, audited."""
        assert table in RECORD_TABLES, table
        with self.transaction():
            old = self.get(table, row["id"])
            new = {**(old or {}), **row}
            new["version"] = version or self._stamp()
            # A given stamp names its device ("shipped", "demo"): that is the origin too.
            implied = Stamp.parse(version).device if version else None
            new["origin"] = (old or {}).get("origin") or origin or implied or self.device_id
            new.setdefault("deleted", 0)
            if old is not None and _same_content(old, new):
                return old
            new["base"] = old["version"] if old else None
            self._write_version(table, new)
            self._audit("insert" if old is None else "update", table, row["id"], old, new)
            self._wrote(table, old, new)
        return new

    def _write_version(self, table: str, new: Row) -> None:
        """The record's current row, and the same version kept for merging and history."""
        self.db.table(table).upsert(new, pk="id")
        self.db.execute(
            "INSERT OR IGNORE INTO versions (table_name, record_id, version, base, device, "
            "data, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [table, new["id"], new["version"], new.get("base"),
             Stamp.parse(new["version"]).device, to_json(new), now_iso()])

    def delete(self, table: str, record_id: str) -> None:
        """A tombstone, not a DELETE: the deletion must reach other devices."""
        with self.transaction():
            old = self.get(table, record_id)
            if old is None or old["deleted"]:
                return
            new = {**old, "deleted": 1, "version": self._stamp(), "base": old["version"]}
            self._write_version(table, new)
            self._audit("delete", table, record_id, old, new)
            self._wrote(table, old, new)

    def rows(self, table: str, where: str = "1", params: Sequence[Any] = (),
             order_by: str = "rowid") -> list[Row]:
        sql = f"SELECT * FROM {table} WHERE deleted = 0 AND ({where}) ORDER BY {order_by}"
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor]

    # ---- forms ----

    def register_form(self, loaded: LoadedForm, source_text: str,
                      version: str | None = None) -> str:
        """Store a form's text; the same id and version with other content is refused."""
        form = loaded.form
        # Deleted forms count too: a version number is never reused for other content.
        clash = self.registered_form(form.id, form.version)
        if clash is not None and clash["content_hash"] != form.content_hash:
            raise UserError(
                FORM_REGISTERED_OTHERWISE(form=form.id, version=form.version, source=form.source))
        if clash is not None and clash["deleted"]:
            self.save("forms", {**clash, "deleted": 0})
        elif clash is None:
            self.save("forms", {
                "id": form.key, "form_id": form.id, "form_version": form.version,
                "content_hash": form.content_hash, "title": form.title,
                "source_text": source_text,
            }, version=version)
        return form.key

    def registered_form(self, form_id: str, version: str) -> Row | None:
        """The form row registered as this id and version, deleted or not."""
        cursor = self.db.execute("SELECT * FROM forms WHERE form_id = ? AND form_version = ?",
                                 [form_id, version])
        names = [d[0] for d in cursor.description]
        values = cursor.fetchone()
        return None if values is None else dict(zip(names, values, strict=True))

    def form(self, form_key: str) -> LoadedForm:
        # A form's key includes its content hash, so a parsed form never goes stale; parsing
        # the YAML again was most of the time a scorecard took, and a tenth of start-up
        # (hence the cache on disk too).
        cached = self._forms.get(form_key)
        if cached is not None:
            return cached
        row = self.get("forms", form_key)
        if row is None:
            raise UserError(FORM_NOT_HERE(form=form_key))
        loaded = parsed_form(row["source_text"], f"form {row['form_id']} v{row['form_version']}",
                             self.data_dir)
        self._forms[form_key] = loaded
        return loaded

    def round_form(self, round_row: Row) -> Form:
        """The checklist a round is scored with (the form registered when it was made)."""
        return self.form(round_row["form_key"]).form

    def item_notes(self, round_id: str) -> dict[tuple[str, str], str]:
        """(inspection id, item id) → the note on it, for the round's noted answers."""
        return {(r["inspection_id"], r["item_id"]): r["note"] for r in self.db.query(
            "SELECT r.inspection_id, r.item_id, r.note FROM responses r JOIN inspections i "
            "ON i.id = r.inspection_id WHERE r.deleted = 0 AND r.note != '' AND "
            "i.round_id = ?", [round_id])}

    # ---- sites ----

    def sites(self, where: str = "1", params: Sequence[Any] = ()) -> list[Site]:
        return [site_from_row(r) for r in self.rows("sites", where, params, "name, id")]

    def find_site(self, name_or_id: str) -> Site:
        found = self.sites("id = ? OR name = ?", [name_or_id, name_or_id])
        if not found:
            raise UserError(NO_SUCH_SITE(site=name_or_id))
        if len(found) > 1:
            ids = ", ".join(s.id[:8] for s in found)
            raise UserError(SEVERAL_SITES(n=len(found), site=name_or_id, ids=ids))
        return found[0]

    # ---- rounds ----

    def round(self, name: str | None = None) -> Row:
        """A round by name; without a name the current one (the setting, else the newest)."""
        name = name or self.setting("current_round")
        if name:
            found = self.rows("rounds", "name = ? OR id = ?", [name, name])
            if not found:
                known = ", ".join(r["name"] for r in self.rows("rounds")) or "none yet"
                raise UserError(NO_SUCH_ROUND(name=name, rounds=known))
            return found[0]
        newest = self.rows("rounds", order_by="created_at DESC, rowid DESC")
        if not newest:
            raise UserError(NO_ROUND_YET())
        return newest[0]

    def round_sites(self, round_id: str) -> list[Site]:
        """The sites sampled for a round, less those that were replaced."""
        return [site_from_row(r) for r in self.db.query(
            f"SELECT sites.* {_ROUND_SITES} ORDER BY samples.position", [round_id])]

    def round_site_names(self, round_id: str) -> list[tuple[str, str, str, str]]:
        """(id, name, site type, district) of round_sites, in its order: what a list of
        thousands of sites needs, without building every Site."""
        return self.db.execute(
            "SELECT sites.id, sites.name, sites.category_id, coalesce(sites.district, '') "
            f"{_ROUND_SITES} ORDER BY samples.position", [round_id]).fetchall()

    def assigned_site_ids(self, round_id: str, inspector: str) -> set[str]:
        return {str(site_id) for (site_id,) in self.db.execute(
            "SELECT site_id FROM assignments WHERE deleted = 0 AND round_id = ? AND "
            "inspector = ?", [round_id, inspector])}

    def inspections(self, round_id: str, inspection_id: str | None = None
                    ) -> list[Inspection]:
        """The round's inspections with their answers (or just one of them)."""
        where, params = "i.round_id = ?", [round_id]
        if inspection_id is not None:
            where, params = "i.id = ?", [inspection_id]
        responses: dict[str, dict[str, Response]] = {}
        for r in self.db.query(
                "SELECT r.* FROM responses r JOIN inspections i ON i.id = r.inspection_id "
                f"WHERE {where} AND r.deleted = 0", params):
            responses.setdefault(r["inspection_id"], {})[r["item_id"]] = response_from_row(r)
        problems: dict[str, list[Problem]] = {}
        for p in self.db.query(
                "SELECT p.* FROM problems p JOIN inspections i ON i.id = p.inspection_id "
                f"WHERE {where} AND p.deleted = 0 ORDER BY p.rowid", params):
            problems.setdefault(p["inspection_id"], []).append(problem_from_row(p))
        rows = (self.rows("inspections", "id = ?", [inspection_id]) if inspection_id
                else self.rows("inspections", "round_id = ?", [round_id]))
        return [
            Inspection(
                id=i["id"], site_id=i["site_id"], inspector=i["inspector"],
                outcome=Outcome(i["outcome"]), review=ReviewState(i["review"]),
                responses=responses.get(i["id"], {}),
                problems=tuple(problems.get(i["id"], ())), reason=i["reason"],
            )
            for i in rows
        ]


def _same_content(old: Row, new: Row) -> bool:
    ignore = {"version", "origin", "base"}
    return all(old.get(k) == v for k, v in new.items() if k not in ignore)


def _dec(value: Any) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def site_from_row(r: Row) -> Site:
    return Site(
        id=r["id"], name=r["name"], category_id=r["category_id"], district=r["district"],
        street=r["street"], address=r["address"], responsible_unit=r["responsible_unit"],
        lat=_dec(r["lat"]), lon=_dec(r["lon"]), coord_system=CoordSystem(r["coord_system"]),
        wgs_lat=_dec(r["wgs_lat"]), wgs_lon=_dec(r["wgs_lon"]),
    )


def response_from_row(r: Row) -> Response:
    return Response(
        item_id=r["item_id"], na=bool(r["na"]),
        passed=None if r["passed"] is None else bool(r["passed"]),
        level=r["level"], found=r["found"],
    )


def problem_from_row(p: Row) -> Problem:
    return Problem(
        id=p["id"], item_id=p["item_id"], count=p["count"], description=p["description"],
        location=p["location"], responsible_unit=p["responsible_unit"],
    )


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
