"""Sync end to end, through the CLI: three demo inspectors' laptops and a supervisor.

The three inspector data directories (`inspector demo --inspector NAME --seed N`) and
their packages are built once per module; tests that change a directory copy it first
(a copy on the same computer keeps its device id and key). Every refused package is
checked against a dump of every table and the list of photo files, before and after.
"""

from __future__ import annotations

import itertools
import json
import shutil
import threading
import time
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import record
from forge import craft
from synckit import (
    INSPECTORS,
    Demo,
    assert_refused,
    build_demo,
    copy_dir,
    count,
    dump,
    fingerprint,
    ok,
    opened,
    run,
    score,
    site_entry,
    supervisor,
)

from inspector.hlc import Stamp
from inspector.photos.tree import PhotoTree
from inspector.store import Store
from inspector.sync import keys
from inspector.sync.package import open_package

MARKET = "东风路农贸市场"  # the registry entry every demo inspector corrects on site
OVERLAP = "东风路"  # the main road two inspectors score


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("sync-demo"))


@pytest.fixture(scope="module")
def sup_zhang(demo: Demo) -> Path:
    """A supervisor that has 张三's first package (trusted as an inspector). Copy to change."""
    data_dir = supervisor(demo.root / "sup-zhang")
    ok(data_dir, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    return data_dir


def own_inspection(store: Store) -> dict[str, Any]:
    """A finished inspection made on this device."""
    return store.rows("inspections", "origin = ? AND outcome = 'finished'", [store.device_id],
                      order_by="id")[0]


# ---- 1. the done-when: any order, the same scorecard and conflicts; twice is a no-op ----

def test_every_order_gives_the_same_scorecard_and_conflicts(demo: Demo, tmp_path: Path
                                                            ) -> None:
    names = [name for name, _ in INSPECTORS]
    scores, conflicts = set(), set()
    last = None
    for n, order in enumerate(itertools.permutations(names)):
        data_dir = supervisor(tmp_path / f"sup-{n}")
        result = ok(data_dir, "sync", "import", *(str(demo.packages[x]) for x in order),
                    "--trust-new")
        assert result.out.count(": applied — ") == 3, result.out
        scores.add(ok(data_dir, "score", "--json").out)
        conflicts.add(ok(data_dir, "conflicts", "list").out)
        last = data_dir
    assert last is not None
    assert len(scores) == 1, "the scorecard depends on the order of imports"
    assert len(conflicts) == 1, "the conflict list depends on the order of imports"

    # The one conflict: the market's responsible unit, corrected by all three inspectors.
    with opened(last) as store:
        [market] = store.rows("sites", "name = ?", [MARKET])
        assert "（" in market["responsible_unit"] and "现场核实" in market["responsible_unit"]
    listing = conflicts.pop()
    # Named by the site, not by its record's hash.
    rows = [line for line in listing.splitlines() if f"{MARKET} · site" in line]
    assert len(rows) == 1, listing
    assert rows[0].split()[1:5] == [MARKET, "·", "site", "3"]
    assert market["id"][:8] not in listing
    assert "responsible_unit" in rows[0] and rows[0].rstrip().endswith("open")
    assert "1 conflicts, 1 open" in listing

    card = json.loads(scores.pop())
    assert site_entry(card, OVERLAP)["inspections"] == 2
    per_site = [s["inspections"] for c in card["categories"] for s in c["sites"]]
    assert per_site.count(2) == 1 and max(per_site) == 2
    with opened(last) as store:
        inspectors = {r["inspector"] for r in store.rows("inspections")}
    assert inspectors == set(names)

    # Importing any package again reports it and changes nothing at all.
    before = dump(last)
    for name in names:
        again = ok(last, "sync", "import", str(demo.packages[name]))
        assert "already imported, nothing changed" in again.out
    assert dump(last) == before


# ---- 2. trust like SSH ----

def test_an_unknown_device_is_held_until_trusted(demo: Demo, tmp_path: Path) -> None:
    sup = supervisor(tmp_path / "sup")
    fp = fingerprint(demo.dirs["张三"])
    held = run(sup, "sync", "import", str(demo.packages["张三"]))
    assert held.code == 3, held
    assert "held" in held.out and fp in held.out
    assert f"inspector devices trust {fp} --role inspector" in held.out
    assert count(sup, "SELECT count(*) FROM versions") == 0
    assert count(sup, "SELECT count(*) FROM inspections") == 0
    assert count(sup, "SELECT count(*) FROM photos") == 0
    no_round = run(sup, "score", "--json")
    assert no_round.code == 1 and "no round" in no_round.err

    listing = ok(sup, "devices", "list").out
    [line] = [x for x in listing.splitlines() if fp in x]
    assert "1 packages held (张三-1.pkg)" in line and "张三" in line

    # A second try without trust is held again, still nothing applied.
    assert run(sup, "sync", "import", str(demo.packages["张三"])).code == 3
    assert count(sup, "SELECT count(*) FROM versions") == 0

    unknown = run(sup, "devices", "trust", "SHA256:nosuchkey", "--role", "inspector")
    assert unknown.code == 1 and "no device with fingerprint" in unknown.err
    trusted = ok(sup, "devices", "trust", fp, "--role", "inspector")
    assert "trusted as inspector" in trusted.out and ": applied" in trusted.out
    assert not list((sup / "sync" / "held").rglob("*.pkg"))
    with opened(demo.dirs["张三"]) as inspector:
        mine = {r["id"] for r in inspector.rows("inspections")}
    with opened(sup) as store:
        assert {r["id"] for r in store.rows("inspections")} == mine
    assert ok(sup, "score", "--json").out == ok(demo.dirs["张三"], "score", "--json").out \
        .replace('"city": "示范市"', '"city": ""')
    [line] = [x for x in ok(sup, "devices", "list").out.splitlines() if fp in x]
    assert line.split()[:2] == ["inspector", "yes"]
    assert "already imported" in ok(sup, "sync", "import", str(demo.packages["张三"])).out


def test_a_new_key_for_a_known_device_is_held_not_taken(demo: Demo, sup_zhang: Path,
                                                        tmp_path: Path) -> None:
    """The same device id signing with another key: held (never with --trust-new), the
    trusted key still works, and the supervisor decides with commands that exist."""
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    shutil.rmtree(laptop / "keys")  # reinstalled: a new key pair, the same device id
    package = tmp_path / "rekeyed.pkg"
    ok(laptop, "sync", "export", "--full", "--out", str(package))
    new_fp, old_fp = fingerprint(laptop), fingerprint(demo.dirs["张三"])
    assert new_fp != old_fp
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    before = dump(sup)
    for extra in (("--trust-new",), ()):
        held = run(sup, "sync", "import", str(package), *extra)
        assert held.code == 3, held
        assert f"is trusted with another key ({old_fp})" in held.out
        assert f"'inspector devices refuse {new_fp}'" in held.out
        assert f"'inspector devices trust {new_fp} --role inspector' replaces" in held.out
    after = dump(sup)
    assert {t: after[t] for t in before if t not in ("packages", "held_keys", "files")} == \
        {t: before[t] for t in before if t not in ("packages", "held_keys", "files")}
    # The supervisor refuses it: nothing of it remains held.
    refused = ok(sup, "devices", "refuse", new_fp)
    assert "1 held packages dropped" in refused.out
    assert not list((sup / "sync" / "held").rglob("*.pkg"))
    assert new_fp not in ok(sup, "devices", "list").out
    # Or, had the key really changed, trusting it replaces the old one and applies it.
    assert run(sup, "sync", "import", str(package)).code == 3
    trusted = ok(sup, "devices", "trust", new_fp, "--role", "inspector")
    assert f"replacing the key {old_fp}" in trusted.out and ": applied" in trusted.out
    listing = ok(sup, "devices", "list").out
    assert new_fp in listing and old_fp not in listing


# ---- 3. roles ----

def test_an_inspector_may_not_approve(demo: Demo, sup_zhang: Path, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    with opened(laptop) as store:
        insp = own_inspection(store)
        store.save("inspections", {**insp, "review": "approved"})
    package = tmp_path / "approved.pkg"
    ok(laptop, "sync", "export", "--out", str(package))
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    assert_refused(sup, package, "only a supervisor's device may approve")
    fresh = supervisor(tmp_path / "fresh")  # the inspection is new there: still refused
    assert_refused(fresh, package, "only a supervisor's device may approve", "--trust-new")


def test_an_inspector_may_not_edit_anothers_inspection(demo: Demo, sup_zhang: Path,
                                                       tmp_path: Path) -> None:
    li = copy_dir(demo.dirs["李四"], tmp_path / "li")
    ok(li, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    zhang_device = json.loads((demo.dirs["张三"] / "keys" / "device.json").read_text())[
        "device_id"]
    with opened(li) as store:
        [insp] = store.rows("inspections", "origin = ? AND outcome = 'finished'",
                            [zhang_device], order_by="id")[:1]
        response = store.rows("responses", "inspection_id = ?", [insp["id"]])[0]
        store.save("responses", {**response, "note": "李四 thinks otherwise"})
    package = tmp_path / "li-edit.pkg"
    assert "1 records" in ok(li, "sync", "export", "--out", str(package)).out
    message = f"edited inspection {insp['id'][:8]}, made on another device"
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    assert_refused(sup, package, message, "--trust-new")
    # Arriving before 张三's own package changes nothing: refused in either order (here
    # because the inspection it edits has not arrived, so whose it is cannot be known).
    fresh = supervisor(tmp_path / "fresh")
    assert_refused(fresh, package, f"belongs to inspection {insp['id'][:8]}, which is neither "
                   "in the package nor on this computer", "--trust-new")
    ok(fresh, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    assert_refused(fresh, package, message, "--trust-new")


@pytest.fixture(scope="module")
def correction(demo: Demo, sup_zhang: Path, tmp_path_factory: pytest.TempPathFactory
               ) -> dict[str, Any]:
    """The supervisor corrects a response of 张三's; 张三, not knowing, edits it too."""
    root = tmp_path_factory.mktemp("correction")
    sup = copy_dir(sup_zhang, root / "sup")
    laptop = copy_dir(demo.dirs["张三"], root / "laptop")
    with opened(laptop) as store:
        insp = own_inspection(store)
        [response] = store.rows("responses", "inspection_id = ? AND passed IS NOT NULL",
                                [insp["id"]], order_by="id")[:1]
    with opened(sup) as store:
        corrected = store.save("responses", {"id": response["id"],
                                             "passed": 1 - response["passed"],
                                             "note": "督导更正"})
    sup_pkg = root / "supervisor.pkg"
    ok(sup, "sync", "export", "--out", str(sup_pkg))
    with opened(laptop) as store:
        late = store.save("responses", {"id": response["id"], "note": "张三补记"})
    late_pkg = root / "late.pkg"
    assert "1 records" in ok(laptop, "sync", "export", "--out", str(late_pkg)).out
    # The supervisor has its correction and then receives the late edit ...
    assert ": applied" in ok(sup, "sync", "import", str(late_pkg)).out
    # ... the laptop has its late edit and then receives the correction.
    assert run(laptop, "sync", "import", str(sup_pkg)).code == 3
    trusted = ok(laptop, "devices", "trust", fingerprint(sup), "--role", "supervisor")
    return {"sup": sup, "laptop": laptop, "trusted": trusted.out, "response": response,
            "corrected": corrected, "late": late}


def answer_place(data_dir: Path, response: dict[str, Any]) -> str:
    """"东风路农贸市场 · JM05 · answer": how `conflicts list` names a response."""
    with opened(data_dir) as store:
        insp = store.get("inspections", response["inspection_id"])
        assert insp is not None
        site = store.get("sites", insp["site_id"])
        assert site is not None
    return f"{site['name']} · {response['item_id']} · answer"


def test_a_supervisors_correction_and_a_late_edit_conflict_in_either_order(
        correction: dict[str, Any]) -> None:
    sup, laptop, response = correction["sup"], correction["laptop"], correction["response"]
    assert correction["corrected"]["base"] == correction["late"]["base"] == response["version"]
    assert "held package" in correction["trusted"] and ": applied" in correction["trusted"]
    for d in (sup, laptop):  # both have the original, the correction and the late edit
        assert count(d, "SELECT count(*) FROM versions WHERE record_id = ?",
                     (response["id"],)) == 3
    listings = [ok(d, "conflicts", "list").out for d in (sup, laptop)]
    assert listings[0] == listings[1]
    # By site, standard and kind: what the supervisor knows the answer by.
    where = answer_place(sup, response)
    [line] = [x for x in listings[0].splitlines() if where in x]
    assert line.split()[-1] == "open" and f" {where}  2 " in line
    assert response["id"][:8] not in listings[0]
    assert line.rstrip().endswith("open") and "1 conflicts, 1 open" in listings[0]
    rows = []
    for d in (sup, laptop):
        with opened(d) as store:
            rows.append(record(store, "responses", response["id"]))
    assert rows[0] == rows[1]
    assert rows[0]["version"] == correction["late"]["version"]  # the newer stamp wins


def test_conflict_decisions_are_a_supervisors(correction: dict[str, Any],
                                              tmp_path: Path) -> None:
    laptop, response = correction["laptop"], correction["response"]
    sup = copy_dir(correction["sup"], tmp_path / "sup")
    where = answer_place(sup, response)
    line = next(x for x in ok(sup, "conflicts", "list").out.splitlines() if where in x)
    cid = line.split()[0]
    for args in (("conflicts", "confirm", cid), ("conflicts", "reverse", cid),
                 ("review", "approve", response["inspection_id"][:8]),
                 ("review", "reject", response["inspection_id"][:8], "--comment", "x")):
        refused = run(laptop, *args)
        assert refused.code == 1 and "supervisor's task" in refused.err, (args, refused)

    before = count(sup, "SELECT count(*) FROM versions WHERE table_name = 'responses'")
    assert f"conflict {cid} on {where}: reversed" in ok(sup, "conflicts", "reverse", cid).out
    with opened(sup) as store:
        current = store.get("responses", response["id"])
    assert current is not None
    assert current["passed"] == 1 - response["passed"] and current["note"] == "督导更正"
    assert current["base"] == correction["late"]["version"]  # a new edit, nothing lost
    assert count(sup, "SELECT count(*) FROM versions WHERE table_name = 'responses'") \
        == before + 1
    listing = ok(sup, "conflicts", "list").out
    assert line.split()[0] in listing and "reverse" in listing and "1 conflicts, 0 open" \
        in listing
    ok(sup, "conflicts", "confirm", cid)
    listing = ok(sup, "conflicts", "list").out
    [line] = [x for x in listing.splitlines() if x.startswith(cid)]
    assert line.rstrip().endswith("confirm")
    assert run(sup, "conflicts", "confirm", "ffffffff").code == 1


# ---- 4. review ----

def test_review_changes_the_scorecard_and_travels_back(demo: Demo, sup_zhang: Path,
                                                       tmp_path: Path) -> None:
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    with opened(sup) as store:
        finished = store.rows("inspections", "outcome = 'finished'", order_by="id")
        sites = {s.id: s.name for s in store.sites()}
    single = [r for r in finished if sum(x["site_id"] == r["site_id"] for x in finished) == 1]
    approve, flag, reject = single[0], single[1], single[2]
    listing = ok(sup, "review", "list").out
    assert all(r["id"][:8] in listing for r in finished) and "received" in listing

    card0 = score(sup)
    assert card0["rejected"] == 0
    assert "approved" in ok(sup, "review", "approve", approve["id"][:8]).out
    no_comment = run(sup, "review", "flag", flag["id"][:8])
    assert no_comment.code == 1 and "--comment" in no_comment.err
    no_comment = run(sup, "review", "reject", reject["id"][:8])
    assert no_comment.code == 1 and "--comment" in no_comment.err
    ok(sup, "review", "flag", flag["id"][:8], "--comment", "照片不清")
    assert "rejected" in ok(sup, "review", "reject", reject["id"][:8], "--comment", "x").out
    card = score(sup)
    assert card["rejected"] == 1
    assert card["counted_unapproved"] == card0["counted_unapproved"] - 2  # approved, rejected
    assert site_entry(card, sites[reject["site_id"]])["inspections"] == 0
    assert site_entry(card, sites[flag["site_id"]])["inspections"] == 1
    listing = ok(sup, "review", "list").out
    for r, state in ((approve, "approved"), (flag, "flagged"), (reject, "rejected")):
        [line] = [x for x in listing.splitlines() if x.startswith(r["id"][:8])]
        assert state in line

    # Back to the inspector, who trusts the supervisor's key as a supervisor's.
    package = tmp_path / "review.pkg"
    ok(sup, "sync", "export", "--out", str(package))
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    held = run(laptop, "sync", "import", str(package))
    assert held.code == 3
    with opened(laptop) as store:
        assert record(store, "inspections", reject["id"])["review"] == "received"
    ok(laptop, "devices", "trust", fingerprint(sup), "--role", "supervisor")
    with opened(laptop) as store:
        got = {r["id"]: (r["review"], r["review_comment"]) for r in store.rows("inspections")}
    assert got[approve["id"]] == ("approved", "")
    assert got[flag["id"]] == ("flagged", "照片不清")
    assert got[reject["id"]] == ("rejected", "x")
    assert score(laptop)["rejected"] == 1


# ---- 5. bad packages are refused with the database untouched ----

def test_stamps_from_the_future_are_refused(demo: Demo, sup_zhang: Path,
                                            tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    ahead = int((datetime.now(UTC) + timedelta(days=2)).timestamp() * 1000)
    with opened(laptop) as store:
        store.db.table("settings").upsert(
            {"key": "_hlc", "value": str(Stamp(ahead, 0, store.device_id))}, pk="key")
        site = store.rows("sites", order_by="id")[0]
        saved = store.save("sites", {"id": site["id"], "address": "钟快了两天"})
        assert Stamp.parse(saved["version"]).ms >= ahead
    package = tmp_path / "future.pkg"
    ok(laptop, "sync", "export", "--out", str(package))
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    assert_refused(sup, package, "check the sending laptop's clock")


def test_a_round_whose_form_is_missing_is_refused(tmp_path: Path) -> None:
    """A supervisor's round (an inspector's would be refused for being a round at all)."""
    key = keys.load_or_create(tmp_path / "other-supervisor", "other-supervisor")
    sup = supervisor(tmp_path / "sup")
    assert run(sup, "sync", "import", str(craft(tmp_path / "hello.pkg", key, []))).code == 3
    ok(sup, "devices", "trust", key.fingerprint, "--role", "supervisor")
    now_ms = int(time.time() * 1000)
    round_row = {"id": str(uuid.uuid4()), "version": f"{now_ms:013d}.00000.other-supervisor",
                 "origin": "other-supervisor", "base": None, "deleted": 0, "name": "第9轮",
                 "form_key": "civilized-city-field@2099.1#000000000000",
                 "created_at": "2026-11-18T10:00:00+08:00"}
    package = craft(tmp_path / "round.pkg", key, [("rounds", round_row)], role="supervisor")
    assert_refused(sup, package, "which this database does not have")


def test_a_photo_in_neither_package_nor_database_is_refused(sup_zhang: Path,
                                                            tmp_path: Path) -> None:
    key = keys.load_or_create(tmp_path / "forger", "forged-device")
    now_ms = int(time.time() * 1000)
    inspection = {"id": str(uuid.uuid4()), "version": f"{now_ms:013d}.00000.forged-device",
                  "origin": "forged-device", "base": None, "deleted": 0,
                  "round_id": str(uuid.uuid4()), "site_id": str(uuid.uuid4()),
                  "inspector": "张三", "outcome": "in_progress", "review": "received"}
    link = {"id": str(uuid.uuid4()), "version": f"{now_ms:013d}.00001.forged-device",
            "origin": "forged-device", "base": None, "deleted": 0, "photo_sha256": "ab" * 32,
            "inspection_id": inspection["id"], "problem_id": None}
    package = craft(tmp_path / "link.pkg", key, [("inspections", inspection),
                                                  ("photo_links", link)])
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    assert_refused(sup, package, "neither in the package nor stored", "--trust-new")


def test_a_changed_byte_is_refused(demo: Demo, sup_zhang: Path, tmp_path: Path) -> None:
    data = bytearray(demo.packages["王五"].read_bytes())
    data[len(data) // 2] ^= 0x01
    package = tmp_path / "corrupt.pkg"
    package.write_bytes(bytes(data))
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    assert_refused(sup, package, "signature does not match", "--trust-new")
    assert run(None, "sync", "verify", str(package)).code == 1


def test_a_package_imported_before_is_known_by_its_signature(demo: Demo, sup_zhang: Path,
                                                              tmp_path: Path) -> None:
    """The second import reads the trailer only; a damaged copy of an imported package
    is recognised the same way and changes nothing either."""
    sup = copy_dir(sup_zhang, tmp_path / "sup")
    package = demo.packages["张三"]
    signature = package.read_bytes()[-64:].hex()
    assert count(sup, "SELECT count(*) FROM packages WHERE direction = 'in' AND status = "
                 "'applied' AND signature = ?", (f"{package.stat().st_size}:{signature}",)) == 1
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged-copy.pkg"
    damaged.write_bytes(bytes(data))
    before = dump(sup)
    for path in (package, damaged):
        result = ok(sup, "sync", "import", str(path))
        assert "already imported, nothing changed" in result.out, result.out
    assert dump(sup) == before
    # The same damage in a package never imported is still refused by its signature.
    fresh = supervisor(tmp_path / "fresh")
    assert_refused(fresh, damaged, "signature does not match", "--trust-new")


def test_a_batch_applies_the_good_packages_around_a_bad_one(demo: Demo,
                                                            tmp_path: Path) -> None:
    """`sync import A B C` checks B while A is applied: a damaged B is refused on its own
    line, A and C are applied as if imported one by one, and no checked copy is left."""
    data = bytearray(demo.packages["李四"].read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.pkg"
    damaged.write_bytes(bytes(data))
    batch = supervisor(tmp_path / "batch")
    result = run(batch, "sync", "import", str(demo.packages["张三"]), str(damaged),
                 str(demo.packages["王五"]), str(demo.packages["张三"]), "--trust-new")
    assert result.code == 1
    assert "damaged.pkg: the signature does not match" in result.err
    lines = result.out.splitlines()
    assert lines[0].startswith(f"{demo.packages['张三']}: applied")
    assert lines[1].startswith(f"{demo.packages['王五']}: applied")
    assert lines[2] == f"{demo.packages['张三']}: already imported, nothing changed"
    one_by_one = supervisor(tmp_path / "one-by-one")
    for name in ("张三", "王五"):
        ok(one_by_one, "sync", "import", str(demo.packages[name]), "--trust-new")
    assert score(batch) == score(one_by_one)
    staging = PhotoTree(batch).staging
    assert not list(staging.iterdir())


def test_a_cancel_stops_the_batch_before_the_next_package(demo: Demo, tmp_path: Path
                                                           ) -> None:
    """The app passes its Cancel in: the package being checked when it is pressed is
    neither applied nor reported, nor is any after it."""
    from inspector.errors import UserError
    from inspector.sync.exchange import ImportResult, import_packages

    sup = supervisor(tmp_path / "sup")
    pressed = threading.Event()
    paths = [demo.packages[name] for name, _ in INSPECTORS]

    def pressing_cancel(store: Store) -> Iterator[tuple[Path, ImportResult | UserError]]:
        for outcome in import_packages(store, paths, trust_new=True,
                                       cancelled=pressed.is_set):
            pressed.set()  # as each outcome arrives
            yield outcome

    with opened(sup) as store:
        outcomes = list(itertools.islice(pressing_cancel(store), 3))
        assert [(p, r.status if isinstance(r, ImportResult) else r) for p, r in outcomes] == [
            (paths[0], "applied")]
        assert store.db.execute("SELECT count(*) FROM packages").fetchone()[0] == 1
    assert not list(PhotoTree(sup).staging.iterdir())


def test_an_imported_package_is_recognised_while_another_import_runs(
        demo: Demo, sup_zhang: Path, tmp_path: Path) -> None:
    """Saying "already imported" needs no lock: it works while the app imports photos."""
    from inspector.photos.importer import import_lock
    from inspector.sync.exchange import import_package

    sup = copy_dir(sup_zhang, tmp_path / "sup")
    with opened(sup) as store, import_lock(PhotoTree(sup)):
        result = import_package(store, demo.packages["张三"])
        assert result.status == "already imported"


def test_stopping_a_batch_stops_the_package_being_checked(demo: Demo, tmp_path: Path
                                                          ) -> None:
    """The app's Cancel ends the loop over import_packages after a package: the one being
    checked meanwhile is not applied and its extracted files are removed."""
    from inspector.sync.exchange import ImportResult, import_packages

    sup = supervisor(tmp_path / "sup")
    with opened(sup) as store:
        outcomes = import_packages(store, [demo.packages["张三"], demo.packages["李四"]],
                                   trust_new=True)
        path, first = next(outcomes)
        assert path == demo.packages["张三"]
        assert isinstance(first, ImportResult) and first.status == "applied"
        outcomes.close()
        assert store.db.execute("SELECT count(*) FROM packages").fetchone()[0] == 1
    assert not list(PhotoTree(sup).staging.iterdir())
    ok(sup, "sync", "import", str(demo.packages["李四"]), "--trust-new")  # not locked


def test_a_package_from_this_computer_is_refused(demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    assert_refused(laptop, demo.packages["张三"], "made on this computer", "--trust-new")


# ---- 6. photos ----

def originals(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in PhotoTree(data_dir).originals()}


def test_packages_carry_the_originals(demo: Demo, sup_zhang: Path) -> None:
    assert "all intact" in ok(sup_zhang, "photos", "verify").out
    sent = originals(demo.dirs["张三"])
    assert sent and originals(sup_zhang) == sent
    assert count(sup_zhang, "SELECT count(*) FROM photos WHERE original_present = 1") \
        == len(sent)


def test_display_copies_are_upgraded_by_originals(demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    package = tmp_path / "display.pkg"
    out = ok(laptop, "sync", "export", "--full", "--photos", "display", "--out",
             str(package)).out
    assert package.stat().st_size < demo.packages["张三"].stat().st_size
    sup = supervisor(tmp_path / "sup")
    ok(sup, "sync", "import", str(package), "--trust-new")
    photos = count(sup, "SELECT count(*) FROM photos")
    assert f"{photos} photos" in out and photos == len(originals(laptop))
    assert count(sup, "SELECT count(*) FROM photos WHERE original_present = 0") == photos
    assert not originals(sup)
    with opened(sup) as store:
        shas = [r["sha256"] for r in store.db.query("SELECT sha256 FROM photos")]
    assert all(PhotoTree(sup).display(sha).is_file() for sha in shas)
    assert ok(sup, "photos", "verify").code == 0
    other = copy_dir(sup, tmp_path / "sup2")

    # A later package with originals upgrades them all.
    ok(sup, "sync", "import", str(demo.packages["张三"]))
    assert count(sup, "SELECT count(*) FROM photos WHERE original_present = 1") == photos
    assert originals(sup) == originals(laptop)
    assert "all intact" in ok(sup, "photos", "verify").out

    # So does importing the original file itself.
    with opened(other) as store:
        row = next(iter(store.db.query(
            "SELECT l.photo_sha256, l.inspection_id, p.ext FROM photo_links l "
            "JOIN photos p ON p.sha256 = l.photo_sha256 ORDER BY l.id LIMIT 1")))
    original = PhotoTree(laptop).original(row["photo_sha256"], row["ext"])
    ok(other, "photos", "import", "--inspection", row["inspection_id"], str(original))
    assert count(other, "SELECT original_present FROM photos WHERE sha256 = ?",
                 (row["photo_sha256"],)) == 1
    assert count(other, "SELECT count(*) FROM photos WHERE original_present = 1") == 1
    assert "1 originals checked: all intact" in ok(other, "photos", "verify").out


# ---- 7. exports ----

def records_of(package: Path) -> tuple[str, str]:
    with open_package(package) as pkg:
        return pkg.entry("records.jsonl").sha256, pkg.entry("photos.json").sha256


def test_exports_again_full_and_verify(demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    nothing = run(laptop, "sync", "export", "--out", str(tmp_path / "none.pkg"))
    assert nothing.code == 1 and "nothing has changed" in nothing.err
    assert not (tmp_path / "none.pkg").exists()

    listing = ok(laptop, "sync", "exports").out
    first = demo.packages["张三"]
    [line] = [x for x in listing.splitlines() if first.name in x]
    records = count(laptop, "SELECT records FROM packages WHERE direction = 'out'")
    assert line.split()[2] == str(records) and demo.sha["张三"][:12] in line

    again = tmp_path / "again.pkg"
    out = ok(laptop, "sync", "export", "--again", demo.sha["张三"][:12], "--out",
             str(again)).out
    assert f"{records} records" in out
    assert records_of(again) == records_of(first)
    assert "again.pkg" in ok(laptop, "sync", "exports").out

    full = tmp_path / "full.pkg"
    assert f"{records} records" in ok(laptop, "sync", "export", "--full", "--out",
                                      str(full)).out
    assert records_of(full) == records_of(first)

    nowhere = tmp_path / "no-data-dir"
    verified = ok(nowhere, "sync", "verify", str(full))
    assert not nowhere.exists()
    assert "ok — signature and every entry verified" in verified.out
    assert "inspector: 张三" in verified.out and fingerprint(laptop) in verified.out


def test_a_since_export_does_not_hide_older_changes(demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    with opened(laptop) as store:
        first, second = store.rows("sites", order_by="id")[:2]
        store.save("sites", {"id": first["id"], "address": "早些的修改"})
        time.sleep(0.01)
        cut = datetime.now(UTC).isoformat()
        time.sleep(0.01)
        store.save("sites", {"id": second["id"], "address": "后来的修改"})
    since = tmp_path / "since.pkg"
    assert "1 records" in ok(laptop, "sync", "export", "--since", cut, "--out",
                             str(since)).out
    # The next plain export still sends everything changed since the last plain one.
    assert "2 records" in ok(laptop, "sync", "export", "--out",
                             str(tmp_path / "next.pkg")).out
    with opened(laptop) as store:
        [row] = store.db.query("SELECT sha256 FROM packages WHERE file_name = 'since.pkg'")
    again = tmp_path / "since-again.pkg"
    ok(laptop, "sync", "export", "--again", row["sha256"], "--out", str(again))
    assert records_of(again) == records_of(since)


# ---- 8. backup and restore ----

def test_backup_while_writing_and_restore(demo: Demo, sup_zhang: Path, tmp_path: Path
                                          ) -> None:
    source = copy_dir(sup_zhang, tmp_path / "source")
    expected_score = ok(source, "score", "--json").out
    ok(source, "devices", "list")  # makes the supervisor's key
    with opened(source) as store:
        site = store.rows("sites", order_by="id")[0]
    stop = threading.Event()
    written: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with opened(source) as store:
                n = 0
                while not stop.is_set() or n < 5:
                    n += 1
                    address = f"改写中 {n}"
                    store.save("sites", {"id": site["id"], "address": address})
                    written.append(address)
        except BaseException as exc:  # reported in the test's thread
            errors.append(exc)

    before = count(source, "SELECT count(*) FROM versions")
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 3:
            time.sleep(0.005)
        backup = tmp_path / "backup.zip"
        out = ok(source, "backup", "--out", str(backup)).out
        during = len(written)
    finally:
        stop.set()
        thread.join()
    assert not errors, errors
    assert "without keys" in out and during > 3
    after = count(source, "SELECT count(*) FROM versions")

    names = zipfile.ZipFile(backup).namelist()
    assert not any(n.startswith("keys/") for n in names)
    restored = tmp_path / "restored"
    assert "restored" in ok(restored, "restore", str(backup)).out
    assert ok(restored, "score", "--json").out == expected_score
    assert "all intact" in ok(restored, "photos", "verify").out
    assert "chain intact" in ok(restored, "audit", "verify").out
    assert originals(restored) == originals(source)
    assert before < count(restored, "SELECT count(*) FROM versions") <= after
    with opened(restored) as store:
        assert record(store, "sites", site["id"])["address"] in written

    full = copy_dir(restored, tmp_path / "not-empty")
    refused = run(full, "restore", str(backup))
    assert refused.code == 1 and "not empty" in refused.err

    keyed = tmp_path / "keyed.zip"
    assert "with keys" in ok(source, "backup", "--out", str(keyed), "--with-keys").out
    assert {"keys/device_ed25519.pem", "keys/device.json"} <= set(
        zipfile.ZipFile(keyed).namelist())
    with_keys = tmp_path / "with-keys"
    ok(with_keys, "restore", str(keyed))
    assert fingerprint(with_keys) == fingerprint(source)
    assert not (restored / "keys").exists()
