"""The merge is a join (issue 4, "Properties tested with hypothesis").

Random histories on 2–5 devices — creates, edits, deletes, supervisor corrections (edits
of records received from another device), exports and imports at random points — checked
at the level of record versions, which is exactly what a sync package carries:

- every order of importing all packages into a fresh store gives the same records and
  the same conflict list (commutative, associative);
- importing a package twice changes nothing (idempotent);
- no version is ever lost, and each record's current row is its greatest version;
- a local edit made after a merge is stamped after everything merged.

Every device gets a fake wall clock (shared time plus a per-device skew, time standing
still for many operations) so stamps tie on milliseconds and counters, and the device-id
tie-break and the clock's observe step are exercised. Device ids are deterministic
UUIDs, so a failing example replays the same way.

The default run takes a few seconds; INSPECTOR_LONG_PROPERTIES=1 runs the long variants
(many more and longer histories, devices on disk via Store.open).
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector.hlc import Clock, Stamp
from inspector.store import Store
from inspector.store import versions as vs
from inspector.store.connection import Database
from inspector.store.schema import RECORD_TABLES

LONG = os.environ.get("INSPECTOR_LONG_PROPERTIES") == "1"
long_only = pytest.mark.skipif(not LONG, reason="set INSPECTOR_LONG_PROPERTIES=1 to run")

NAMESPACE = uuid.UUID("5b0c7a52-3f55-4b7e-9a43-0d6f3c1e2a90")
T0 = 1_795_000_000_000  # ms: November 2026
ACTOR = "sync:test"
TABLES = ("baselines", "sites")

SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large]
fast = settings(max_examples=80, deadline=None, suppress_health_check=SUPPRESS)
long = settings(max_examples=1500, deadline=None, suppress_health_check=SUPPRESS)


# ---- stores ---------------------------------------------------------------------------

_TEMPLATE: Store | None = None


def _memory_store(machine: str) -> Store:
    """A fresh in-memory store, copied from a migrated template (migrating takes ~10 ms)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = Store.memory()
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    _TEMPLATE.db.conn.backup(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    return Store(Database(conn), None, machine)


def _as_device(store: Store, device: str, wall_ms: Any) -> Store:
    """Give a store a deterministic device id and a fake wall clock."""
    store.db.execute("UPDATE devices SET device_id = ? WHERE this_device = 1", [device])
    store.db.conn.commit()
    store.device_id = device
    store.clock = Clock(device, None, wall_ms=wall_ms)
    return store


def device_id(i: int) -> str:
    return str(uuid.uuid5(NAMESPACE, f"device/{i}"))


def fresh(wall_ms: int = T0 - 10**8) -> Store:
    """An empty destination whose own clock is far behind everything it will merge."""
    return _as_device(_memory_store("destination"), device_id(99), lambda: wall_ms)


# ---- operations -------------------------------------------------------------------------

LABELS = st.sampled_from(["达标", "不达标", "基线A"])
VALUES = st.sampled_from(["0", "1", "0.85"])
NAMES = st.sampled_from(["人民路", "东风市场", "解放小区"])
CATEGORIES = st.sampled_from(["main_road", "market"])
DISTRICTS = st.sampled_from(["湖滨区", "东城区"])


@st.composite
def payloads(draw: st.DrawFn, table: str, creating: bool) -> dict[str, Any]:
    if table == "baselines":
        fields = {"label": LABELS, "value": VALUES}
    else:
        fields = {"name": NAMES, "category_id": CATEGORIES, "district": DISTRICTS}
    required = {"label", "value", "name", "category_id"} if creating else set()
    out: dict[str, Any] = {}
    for name, values in fields.items():
        if name in required or draw(st.booleans()):
            out[name] = draw(values)
    return out


@st.composite
def operations(draw: st.DrawFn, devices: int) -> tuple[Any, ...]:
    dev = st.integers(0, devices - 1)
    kind = draw(st.sampled_from(
        ["create", "edit", "export", "receive", "edit", "create", "export", "catch_up",
         "edit", "delete", "receive", "wait"]))
    if kind == "create":
        table = draw(st.sampled_from(TABLES))
        # None: a new UUID; a number: an id derived from a stable name, which two devices
        # can both create (as with photo links or the demo city)
        shared = draw(st.one_of(st.none(), st.integers(0, 1)))
        return (kind, draw(dev), table, shared, draw(payloads(table, True)))
    if kind == "edit":
        pick = draw(st.integers(0, 3))  # small: devices often edit the same record
        return (kind, draw(dev), pick, draw(payloads("sites", False)),
                draw(payloads("baselines", False)))
    if kind == "delete":
        return (kind, draw(dev), draw(st.integers(0, 30)))
    if kind in ("export", "catch_up"):
        return (kind, draw(dev))
    if kind == "receive":
        return (kind, draw(dev), draw(st.integers(0, 30)))
    return (kind, draw(st.sampled_from([0, 1, 1, 5, 60_000])))


@dataclass(frozen=True)
class Plan:
    skews: tuple[int, ...]  # ms each device's clock is ahead (or behind) of shared time
    ops: tuple[tuple[Any, ...], ...]
    export_at_end: bool  # every device sends what it has not sent yet


@st.composite
def plans(draw: st.DrawFn, max_devices: int = 5, max_ops: int = 40) -> Plan:
    n = draw(st.integers(2, max_devices))
    skews = tuple(draw(st.lists(st.sampled_from([0, 0, 1, -2, 3_600_000, -3_600_000]),
                                min_size=n, max_size=n)))
    ops = draw(st.lists(operations(n), min_size=15, max_size=max_ops))
    return Plan(skews, tuple(ops), draw(st.sampled_from([True, True, True, False])))


# ---- running a history ----------------------------------------------------------------


@dataclass
class Device:
    store: Store
    exported_upto: int = 0
    created: int = 0


@dataclass
class History:
    devices: list[Device]
    packages: list[list[vs.Version]] = field(default_factory=list)
    authors: list[int] = field(default_factory=list)  # which device exported each package


def newest(store: Store) -> Stamp | None:
    stamps = [Stamp.parse(r[0]) for r in store.db.execute("SELECT version FROM versions")]
    return max(stamps, default=None)


def current_records(store: Store) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for table in TABLES:
        rows += [(table, r) for r in store.db.query(f"SELECT * FROM {table} ORDER BY id")]
    return rows


def _check_local_stamp(store: Store, before: Stamp | None, saved: dict[str, Any]) -> None:
    """A local change is stamped after every version the device has made or received."""
    stamp = Stamp.parse(saved["version"])
    assert stamp.device == store.device_id
    assert before is None or stamp > before, (stamp, before)


def _pick(store: Store, pick: int) -> tuple[str, dict[str, Any]] | None:
    live = [(t, r) for t, r in current_records(store) if not r["deleted"]]
    return live[pick % len(live)] if live else None


def run(plan: Plan, folder: Path | None = None) -> History:
    now = [T0]

    def make(i: int) -> Store:
        if folder is None:
            store = _memory_store(f"m{i}")
        else:
            store = Store.open(folder / f"dev{i}", machine=f"m{i}")
            store.db.execute("PRAGMA synchronous = OFF")  # speed; durability is tested elsewhere
        skew = plan.skews[i]
        return _as_device(store, device_id(i), lambda: now[0] + skew)

    history = History([Device(make(i)) for i in range(len(plan.skews))])
    for op in plan.ops:
        kind = op[0]
        if kind == "wait":
            now[0] += op[1]
            continue
        dev = history.devices[op[1]]
        store = dev.store
        before = newest(store)
        if kind == "create":
            _, i, table, shared, payload = op
            if shared is None:
                dev.created += 1
                rid = str(uuid.uuid5(NAMESPACE, f"{table}/{i}/{dev.created}"))
            else:
                rid = str(uuid.uuid5(NAMESPACE, f"{table}/shared/{shared}"))
            old = store.get(table, rid)
            saved = store.save(table, {"id": rid, **payload})
            if old is None or saved["version"] != old["version"]:
                _check_local_stamp(store, before, saved)
        elif kind == "edit":
            _, _, pick, site_change, baseline_change = op
            found = _pick(store, pick)
            if found is None:
                continue
            table, row = found
            change = site_change if table == "sites" else baseline_change
            saved = store.save(table, {"id": row["id"], **change})
            if saved["version"] != row["version"]:
                _check_local_stamp(store, before, saved)
        elif kind == "delete":
            found = _pick(store, op[2])
            if found is None:
                continue
            table, row = found
            store.delete(table, row["id"])
            gone = store.get(table, row["id"])
            assert gone is not None and gone["deleted"] == 1
            _check_local_stamp(store, before, gone)
        elif kind == "export":
            selected = vs.select(store, dev.exported_upto)
            if selected:
                dev.exported_upto = max(seq for seq, _ in selected)
                history.packages.append([v for _, v in selected])
                history.authors.append(op[1])
        elif kind == "receive":
            if not history.packages:
                continue
            package = history.packages[op[2] % len(history.packages)]
            with store.transaction():
                vs.apply(store, package, ACTOR)
        elif kind == "catch_up":  # everything sent so far, as a supervisor collects it
            with store.transaction():
                for package in history.packages:
                    vs.apply(store, package, ACTOR)
        else:  # pragma: no cover
            raise AssertionError(kind)
    if plan.export_at_end:
        for i, dev in enumerate(history.devices):
            selected = vs.select(dev.store, dev.exported_upto)
            if selected:
                dev.exported_upto = max(seq for seq, _ in selected)
                history.packages.append([v for _, v in selected])
                history.authors.append(i)
    return history


@contextmanager
def history_of(plan: Plan, on_disk: bool = False) -> Iterator[History]:
    if not on_disk:
        history = run(plan)
        try:
            yield history
        finally:
            for d in history.devices:
                d.store.close()
        return
    with tempfile.TemporaryDirectory() as tmp:
        history = run(plan, Path(tmp))
        try:
            yield history
        finally:
            for d in history.devices:
                d.store.close()


# ---- what is compared -----------------------------------------------------------------

def records(store: Store) -> list[tuple[str, list[dict[str, Any]]]]:
    """All rows of every record table, deleted ones included, in id order."""
    return [(t, list(store.db.query(f"SELECT * FROM {t} ORDER BY id"))) for t in RECORD_TABLES]


def conflict_list(store: Store) -> list[tuple[Any, ...]]:
    return [(c.id, c.table, c.record_id, c.base, c.versions, c.decision)
            for c in vs.conflicts(store)]


def version_keys(store: Store) -> set[tuple[str, str, str]]:
    return {(t, r, v) for t, r, v in store.db.execute(
        "SELECT table_name, record_id, version FROM versions")}


def merge(packages: list[list[vs.Version]], order: Sequence[int]) -> Store:
    store = fresh()
    for i in order:
        with store.transaction():
            vs.apply(store, packages[i], ACTOR)
    return store


def orders(n: int, data: st.DataObject) -> list[tuple[int, ...]]:
    """Every order for up to 4 packages; otherwise the export order, its reverse and a few
    drawn by hypothesis."""
    if n <= 4:
        return list(itertools.permutations(range(n)))
    drawn = [tuple(data.draw(st.permutations(range(n)), label="order")) for _ in range(4)]
    return [tuple(range(n)), tuple(reversed(range(n))), *drawn]


def greatest(packages: list[list[vs.Version]]) -> dict[tuple[str, str], vs.Version]:
    best: dict[tuple[str, str], vs.Version] = {}
    for v in itertools.chain.from_iterable(packages):
        key = (v.table, v.record_id)
        if key not in best or Stamp.parse(v.version) > Stamp.parse(best[key].version):
            best[key] = v
    return best


def expected_conflicts(packages: list[list[vs.Version]]) -> set[tuple[Any, ...]]:
    """Edits made from one base on different devices, from the versions alone."""
    groups: dict[tuple[str, str, str | None], dict[str, vs.Version]] = {}
    for v in itertools.chain.from_iterable(packages):
        groups.setdefault((v.table, v.record_id, v.data.get("base")), {})[v.version] = v
    return {(t, r, b, tuple(sorted(vers, reverse=True)))
            for (t, r, b), vers in groups.items()
            if len({v.device for v in vers.values()}) > 1}


def assert_rows_are_greatest_versions(store: Store) -> None:
    """Each record's current row is its greatest version, column for column."""
    columns = {t: [r[1] for r in store.db.execute(f"PRAGMA table_info({t})")] for t in TABLES}
    best: dict[tuple[str, str], tuple[Stamp, dict[str, Any]]] = {}
    for t, r, v, data in store.db.execute(
            "SELECT table_name, record_id, version, data FROM versions"):
        stamp = Stamp.parse(v)
        if (t, r) not in best or stamp > best[t, r][0]:
            best[t, r] = (stamp, json.loads(data))
    seen = set()
    for table, row in current_records(store):
        stamp, data = best[table, row["id"]]
        assert row["version"] == str(stamp)
        for c in columns[table]:
            if c in data:
                assert row[c] == data[c], (table, row["id"], c)
        seen.add((table, row["id"]))
    assert seen == {k for k in best if k[0] in TABLES}


# ---- the properties -------------------------------------------------------------------

def check_any_order_same_result(plan: Plan, data: st.DataObject, on_disk: bool) -> None:
    with history_of(plan, on_disk) as history:
        packages = history.packages
        results = []
        for order in orders(len(packages), data):
            store = merge(packages, order)
            results.append((order, records(store), conflict_list(store)))
            store.close()
        _, first_records, first_conflicts = results[0]
        for order, recs, conflicts in results[1:]:
            assert recs == first_records, f"order {order} gives other records"
            assert conflicts == first_conflicts, f"order {order} gives other conflicts"
        # ...and they are the ones the versions alone determine
        listed = {(t, r, b, v) for _, t, r, b, v, _ in first_conflicts}
        assert listed == expected_conflicts(packages)
        best = greatest(packages)
        merged = {(t, r["id"]): r for t, rows in first_records for r in rows}
        assert set(merged) == set(best)
        for key, v in best.items():
            assert merged[key]["version"] == v.version
            assert all(merged[key][c] == v.data[c] for c in merged[key] if c in v.data)


def check_twice_is_a_no_op(plan: Plan, on_disk: bool) -> None:
    with history_of(plan, on_disk) as history:
        packages = history.packages
        store = fresh()
        for package in packages:
            with store.transaction():
                vs.apply(store, package, ACTOR)
            before = (records(store), conflict_list(store), version_keys(store))
            with store.transaction():
                assert vs.apply(store, package, ACTOR) == (0, 0)
            assert (records(store), conflict_list(store), version_keys(store)) == before
        snapshot = (records(store), conflict_list(store), version_keys(store))
        for package in packages:  # again, after everything else
            with store.transaction():
                assert vs.apply(store, package, ACTOR) == (0, 0)
        assert (records(store), conflict_list(store), version_keys(store)) == snapshot
        store.close()
        # a package sent back to the device that made it brings nothing new
        for package, author in zip(packages, history.authors, strict=True):
            device = history.devices[author].store
            before_device = (records(device), version_keys(device))
            with device.transaction():
                assert vs.apply(device, package, ACTOR) == (0, 0)
            assert (records(device), version_keys(device)) == before_device


def check_nothing_lost(plan: Plan, on_disk: bool) -> None:
    with history_of(plan, on_disk) as history:
        packages = history.packages
        store = merge(packages, list(reversed(range(len(packages)))))
        stored = {(t, r, v): json.loads(d) for t, r, v, d in store.db.execute(
            "SELECT table_name, record_id, version, data FROM versions")}
        for v in itertools.chain.from_iterable(packages):
            assert stored.get((v.table, v.record_id, v.version)) == v.data
        assert_rows_are_greatest_versions(store)
        # every device, at the end of its own history, holds the join of what it has
        for d in history.devices:
            assert_rows_are_greatest_versions(d.store)
        store.close()


def check_edit_after_merge_is_newest(plan: Plan, on_disk: bool) -> None:
    with history_of(plan, on_disk) as history:
        packages = history.packages
        store = merge(packages, range(len(packages)))  # its own wall clock is far behind
        merged = newest(store)
        saved = [store.save("baselines", {"id": "after-merge", "label": "新", "value": "2"})]
        live = [(t, r) for t, r in current_records(store)
                if not r["deleted"] and r["id"] != "after-merge"]
        if live:
            table, row = live[0]
            change = {"name": "改正"} if table == "sites" else {"label": "改正"}
            saved.append(store.save(table, {"id": row["id"], **change}))
        if live or merged is None:
            assert len({r["version"] for r in saved}) == len(saved)
        for row in saved:
            stamp = Stamp.parse(row["version"])
            assert stamp.device == store.device_id
            if merged is not None:
                assert stamp > merged, (stamp, merged)
        store.close()


@settings(fast, max_examples=100)
@given(plans(), st.data())
def test_every_import_order_gives_the_same_records_and_conflicts(
        plan: Plan, data: st.DataObject) -> None:
    check_any_order_same_result(plan, data, on_disk=False)


@fast
@given(plans())
def test_importing_a_package_twice_changes_nothing(plan: Plan) -> None:
    check_twice_is_a_no_op(plan, on_disk=False)


@fast
@given(plans())
def test_no_version_is_lost_and_rows_are_the_greatest_versions(plan: Plan) -> None:
    check_nothing_lost(plan, on_disk=False)


@fast
@given(plans())
def test_an_edit_after_a_merge_is_stamped_after_everything_merged(plan: Plan) -> None:
    check_edit_after_merge_is_newest(plan, on_disk=False)


# ---- long variants (INSPECTOR_LONG_PROPERTIES=1) -------------------------------------


@pytest.mark.slow
@long_only
@long
@given(plans(max_ops=80), st.data())
def test_long_every_import_order_gives_the_same_result(plan: Plan,
                                                       data: st.DataObject) -> None:
    check_any_order_same_result(plan, data, on_disk=False)


@pytest.mark.slow
@long_only
@long
@given(plans(max_ops=80))
def test_long_twice_nothing_lost_edit_after_merge(plan: Plan) -> None:
    check_twice_is_a_no_op(plan, on_disk=False)
    check_nothing_lost(plan, on_disk=False)
    check_edit_after_merge_is_newest(plan, on_disk=False)


@pytest.mark.slow
@long_only
@settings(long, max_examples=150)
@given(plans(max_ops=50), st.data())
def test_long_devices_on_disk(plan: Plan, data: st.DataObject) -> None:
    check_any_order_same_result(plan, data, on_disk=True)
    check_nothing_lost(plan, on_disk=True)
