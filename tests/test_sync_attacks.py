"""The holes a review of the trust work found, each tried again as it was found: a package
is judged by what this computer holds, a supervisor's review survives any inspector's
edit, relays keep working for honest cities (two supervisors, a restored laptop, a
supervisor's new computer), and a history read once per export.

The same three demo laptops as tests/test_sync_trust.py, built once for this module."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from forge import craft, history_of, key_of
from synckit import (
    Demo,
    assert_refused,
    build_demo,
    copy_dir,
    count,
    fingerprint,
    ok,
    opened,
    run,
    score,
    supervisor,
    supervisor_trusting_both,
)
from test_sync_trust import as_zhang, device_of, now_stamp, row_of, wangs_response

from inspector import paths
from inspector.store import Store
from inspector.sync import authorship, exchange
from inspector.sync.package import write_package


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("attack-demo"))


@pytest.fixture(scope="module")
def sup_both(demo: Demo) -> Path:
    return supervisor_trusting_both(demo)


def as_wang(demo: Demo, path: Path, records: list[tuple[str, dict[str, Any]]]) -> Path:
    return craft(path, key_of(demo.dirs["王五"]), records,
                 history=history_of(demo.dirs["王五"]), inspector="王五")


# ---- whose record it is comes from this computer, never from the version itself ----

@pytest.mark.parametrize("claimed", ["self", "demo"])
def test_an_inspection_cannot_be_taken_over_by_claiming_its_origin(
        demo: Demo, sup_both: Path, tmp_path: Path, claimed: str) -> None:
    zhang = device_of(demo.dirs["张三"])
    response = wangs_response(demo)
    sup = copy_dir(sup_both, tmp_path / "sup")
    inspection = row_of(sup, "SELECT * FROM inspections WHERE id = ?",
                        (response["inspection_id"],))
    forged = {**inspection, "origin": zhang if claimed == "self" else "demo",
              "inspector": "张三", "version": now_stamp(zhang), "base": inspection["version"]}
    answer = row_of(sup, "SELECT * FROM responses WHERE id = ?", (response["id"],))
    changed = {**answer, "passed": 1 - answer["passed"], "version": now_stamp(zhang, 1),
               "base": answer["version"]}
    package = as_zhang(demo, tmp_path / "take.pkg", [("inspections", forged),
                                                     ("responses", changed)])
    assert_refused(sup, package, f"changed whose record inspections/{inspection['id'][:8]} "
                   "is (its origin or its inspection)")


def test_a_problem_cannot_be_moved_into_another_inspection(demo: Demo, sup_both: Path,
                                                          tmp_path: Path) -> None:
    zhang, wang = device_of(demo.dirs["张三"]), device_of(demo.dirs["王五"])
    sup = copy_dir(sup_both, tmp_path / "sup")
    problem = row_of(sup, "SELECT p.* FROM problems p JOIN inspections i ON i.id = "
                     "p.inspection_id WHERE i.origin = ? AND p.deleted = 0 ORDER BY p.id", (wang,))
    mine = row_of(sup, "SELECT * FROM inspections WHERE origin = ? ORDER BY id", (zhang,))
    moved = {**problem, "inspection_id": mine["id"], "version": now_stamp(zhang),
             "base": problem["version"]}
    package = as_zhang(demo, tmp_path / "move.pkg", [("problems", moved)])
    assert_refused(sup, package, f"changed whose record problems/{problem['id'][:8]} is")


def test_a_forged_part_is_refused_whichever_package_comes_first(demo: Demo,
                                                                tmp_path: Path) -> None:
    """A new problem for 王五's inspection, claiming 张三 as its maker: before 王五's own
    package it waits for its inspection; after it, 王五's ownership refuses it."""
    zhang = device_of(demo.dirs["张三"])
    inspection = wangs_response(demo)["inspection_id"]
    problem = {"id": "f0f0f0f0-0000-4000-8000-000000000001", "origin": zhang,
               "version": now_stamp(zhang), "base": None, "deleted": 0,
               "inspection_id": inspection, "item_id": "ZC01", "count": 3,
               "description": "伪造的问题", "location": "", "responsible_unit": ""}
    package = as_zhang(demo, tmp_path / "part.pkg", [("problems", problem)])
    sup = supervisor(tmp_path / "sup")
    ok(sup, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    assert_refused(sup, package, f"belongs to inspection {inspection[:8]}, which is neither in "
                   "the package nor on this computer")
    ok(sup, "sync", "import", str(demo.packages["王五"]), "--trust-new")
    assert_refused(sup, package, f"edited inspection {inspection[:8]}, made on another device")


# ---- a supervisor's review survives whatever an inspector sends ----

def test_an_inspector_cannot_undo_a_review_by_choosing_the_base(demo: Demo, sup_both: Path,
                                                               tmp_path: Path) -> None:
    wang = device_of(demo.dirs["王五"])
    inspection_id = wangs_response(demo)["inspection_id"]
    sup = copy_dir(sup_both, tmp_path / "sup")
    ok(sup, "review", "approve", inspection_id[:8])
    approved = row_of(sup, "SELECT * FROM inspections WHERE id = ?", (inspection_id,))
    ok(sup, "review", "reject", inspection_id[:8], "--comment", "照片不清")
    rejected = row_of(sup, "SELECT * FROM inspections WHERE id = ?", (inspection_id,))
    before = score(sup)
    attempts = [
        {**rejected, "review": "approved", "review_comment": "", "base": approved["version"]},
        {**rejected, "review": "received", "review_comment": "", "base": None},
        {**rejected, "reason": "再次提交", "base": approved["version"]}]
    for n, attempt in enumerate(attempts):
        package = as_wang(demo, tmp_path / f"undo-{n}.pkg",
                          [("inspections", {**attempt, "version": now_stamp(wang, n)})])
        run(sup, "sync", "import", str(package))  # refused, or applied without effect
        now = row_of(sup, "SELECT review, review_comment FROM inspections WHERE id = ?",
                     (inspection_id,))
        assert (now["review"], now["review_comment"]) == ("rejected", "照片不清"), n
    assert score(sup) == before


def test_a_laptops_edit_after_an_approval_keeps_the_approval(demo: Demo, sup_both: Path,
                                                            tmp_path: Path) -> None:
    """Honest concurrency: 王五 edits his inspection before the approval reaches him; the
    supervisor keeps the approval and takes the edit."""
    inspection_id = wangs_response(demo)["inspection_id"]
    sup = copy_dir(sup_both, tmp_path / "sup")
    ok(sup, "review", "approve", inspection_id[:8])
    laptop = copy_dir(demo.dirs["王五"], tmp_path / "wang")
    with opened(laptop) as store:
        store.save("inspections", {"id": inspection_id, "reason": "补记"})
    package = tmp_path / "wang-2.pkg"
    ok(laptop, "sync", "export", "--out", str(package))
    assert ": applied" in ok(sup, "sync", "import", str(package)).out
    now = row_of(sup, "SELECT review, reason FROM inspections WHERE id = ?", (inspection_id,))
    assert (now["review"], now["reason"]) == ("approved", "补记")


# ---- what a relay passes on stays provable ----

def test_an_odd_but_valid_line_cannot_poison_later_relays(demo: Demo, sup_both: Path,
                                                         tmp_path: Path) -> None:
    key = key_of(demo.dirs["张三"])
    sup = copy_dir(sup_both, tmp_path / "sup")
    answer = row_of(sup, "SELECT * FROM responses WHERE origin = ? ORDER BY id",
                    (key.device_id,))
    edit = {**answer, "note": "新备注", "version": now_stamp(key.device_id),
            "base": answer["version"]}
    line = json.dumps({"table": "responses", "data": edit}, ensure_ascii=True)  # not ours
    cert = authorship.sign(key, "张三", [authorship.digest_of(line)])
    package = tmp_path / "odd.pkg"
    write_package(package, key, {"inspector": "张三", "forms": [], "extra": {}}, [
        ("records.jsonl", (line + "\n").encode()), ("photos.json", b"[]"),
        (authorship.ENTRY, (cert.to_line() + "\n").encode()),
        (exchange.HISTORY, json.dumps(history_of(demo.dirs["张三"])).encode())])
    assert_refused(sup, package, "but that device's signature for it is not in the package")
    relay = tmp_path / "relay.pkg"
    ok(sup, "sync", "export", "--full", "--out", str(relay))
    other = supervisor(tmp_path / "other")
    assert run(other, "sync", "import", str(relay)).code == 3
    assert ": applied" in ok(other, "devices", "trust", fingerprint(sup), "--role",
                             "supervisor").out


def test_a_second_supervisors_reviews_travel_through_the_first(demo: Demo, sup_both: Path,
                                                              tmp_path: Path) -> None:
    inspection_id = wangs_response(demo)["inspection_id"]
    s2 = supervisor(tmp_path / "s2")
    ok(s2, "sync", "import", str(demo.packages["王五"]), "--trust-new")
    ok(s2, "review", "approve", inspection_id[:8])
    s2_package = tmp_path / "s2.pkg"
    ok(s2, "sync", "export", "--out", str(s2_package))
    s1 = copy_dir(sup_both, tmp_path / "s1")
    assert run(s1, "sync", "import", str(s2_package)).code == 3
    ok(s1, "devices", "trust", fingerprint(s2), "--role", "supervisor")
    s1_package = tmp_path / "s1.pkg"
    ok(s1, "sync", "export", "--full", "--out", str(s1_package))
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "zhang")  # trusts s1 only
    assert run(laptop, "sync", "import", str(s1_package)).code == 3
    trusted = ok(laptop, "devices", "trust", fingerprint(s1), "--role", "supervisor")
    assert ": applied" in trusted.out
    assert row_of(laptop, "SELECT review FROM inspections WHERE id = ?",
                  (inspection_id,))["review"] == "approved"


def test_a_laptop_restored_without_its_keys_takes_its_supervisors_package(
        tmp_path: Path) -> None:
    laptop = tmp_path / "laptop"
    ok(laptop, "demo", "--inspector", "张三", "--seed", "1")
    first = tmp_path / "first.pkg"
    ok(laptop, "sync", "export", "--out", str(first))
    sup = supervisor(tmp_path / "sup")
    ok(sup, "sync", "import", str(first), "--trust-new")
    back = tmp_path / "back.pkg"
    ok(sup, "sync", "export", "--full", "--out", str(back))
    backup = tmp_path / "laptop.zip"
    ok(laptop, "backup", "--out", str(backup))  # without --with-keys, as by default
    restored = tmp_path / "restored"
    ok(restored, "restore", str(backup))
    with opened(restored) as store:  # its first export after the restore makes a new key
        store.save("sites", {"id": store.rows("sites", order_by="id")[0]["id"],
                             "street": "恢复之后"})
    ok(restored, "sync", "export", "--out", str(tmp_path / "after.pkg"))
    assert fingerprint(restored) != fingerprint(laptop)
    assert run(restored, "sync", "import", str(back)).code == 3
    trusted = ok(restored, "devices", "trust", fingerprint(sup), "--role", "supervisor")
    assert ": applied" in trusted.out and "refused" not in trusted.out


def test_a_supervisor_on_a_new_computer_still_sends_its_reviews(
        demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inspection_id = wangs_response(demo)["inspection_id"]
    sup = supervisor(tmp_path / "sup")
    ok(sup, "sync", "import", str(demo.packages["王五"]), "--trust-new")
    ok(sup, "review", "approve", inspection_id[:8])
    laptop = copy_dir(demo.dirs["王五"], tmp_path / "wang")
    earlier = tmp_path / "earlier.pkg"
    ok(sup, "sync", "export", "--out", str(earlier))
    assert run(laptop, "sync", "import", str(earlier)).code == 3
    ok(laptop, "devices", "trust", fingerprint(sup), "--role", "supervisor")
    moved = copy_dir(sup, tmp_path / "sup-moved")
    monkeypatch.setenv("INSPECTOR_MACHINE_ID", "the-new-computer")
    with opened(moved) as store:
        store.save("sites", {"id": store.rows("sites", order_by="id")[0]["id"],
                             "street": "新电脑上的修改"})
    package = tmp_path / "moved.pkg"
    result = ok(moved, "sync", "export", "--full", "--out", str(package))
    assert "left out" not in result.out
    monkeypatch.delenv("INSPECTOR_MACHINE_ID")
    fresh = copy_dir(demo.dirs["王五"], tmp_path / "wang-fresh")
    with opened(fresh) as store:  # this laptop knows the old computer as its supervisor
        store.db.table("devices").upsert(dict(row_of(laptop, "SELECT * FROM devices WHERE "
                                                              "role = 'supervisor'")),
                                         pk="device_id")
        store.db.conn.commit()
    assert run(fresh, "sync", "import", str(package)).code == 3
    ok(fresh, "devices", "trust", fingerprint(moved), "--role", "supervisor")
    assert row_of(fresh, "SELECT review FROM inspections WHERE id = ?",
                  (inspection_id,))["review"] == "approved"


def test_a_copied_data_directory_does_not_trust_its_source_as_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = tmp_path / "laptop"
    ok(laptop, "demo", "--inspector", "张三", "--seed", "1")
    ok(laptop, "sync", "export", "--out", str(tmp_path / "first.pkg"))  # it has a key
    monkeypatch.setenv("INSPECTOR_MACHINE_ID", "the-supervisors-computer")
    sup = supervisor(copy_dir(laptop, tmp_path / "sup"))
    monkeypatch.delenv("INSPECTOR_MACHINE_ID")
    inspection_id = json.loads(ok(laptop, "results", "export").out)["inspections"][0]["id"]
    with opened(laptop) as store:  # the laptop approves its own inspection
        store.save("inspections", {"id": inspection_id, "review": "approved"})
    package = tmp_path / "self-approved.pkg"
    ok(laptop, "sync", "export", "--out", str(package))
    monkeypatch.setenv("INSPECTOR_MACHINE_ID", "the-supervisors-computer")
    assert_refused(sup, package, "only a supervisor's device may approve")


# ---- the history a package vouches for is read once ----

def test_an_edit_during_an_export_does_not_look_like_a_rewritten_history(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = tmp_path / "laptop"
    ok(laptop, "demo", "--inspector", "张三", "--seed", "1")
    real = write_package  # what exchange calls it by

    def edited_meanwhile(*args: Any) -> str:
        sha = real(*args)
        other = Store.open(laptop)  # the app's other connection saves meanwhile
        other.save("sites", {"id": other.rows("sites", order_by="id")[0]["id"],
                             "street": "边导出边修改"})
        other.close()
        return sha

    monkeypatch.setattr(exchange, "write_package", edited_meanwhile)
    first = tmp_path / "first.pkg"
    ok(laptop, "sync", "export", "--out", str(first))
    monkeypatch.setattr(exchange, "write_package", real)
    second = tmp_path / "second.pkg"
    ok(laptop, "sync", "export", "--out", str(second))
    sup = supervisor(tmp_path / "sup")
    result = ok(sup, "sync", "import", str(first), str(second), "--trust-new")
    assert result.out.count(": applied") == 2


def test_a_package_written_but_not_recorded_is_still_vouched_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The computer stops right after the file is written (before the export is recorded):
    the file may still be delivered, and the next package must agree with it."""
    laptop = tmp_path / "laptop"
    ok(laptop, "demo", "--inspector", "张三", "--seed", "1")
    real = write_package  # what exchange calls it by

    def stopped(*args: Any) -> str:
        real(*args)
        raise KeyboardInterrupt

    monkeypatch.setattr(exchange, "write_package", stopped)
    first = tmp_path / "first.pkg"
    assert run(laptop, "sync", "export", "--out", str(first)).code == 130
    assert first.is_file()
    monkeypatch.setattr(exchange, "write_package", real)
    with opened(laptop) as store:
        store.save("sites", {"id": store.rows("sites", order_by="id")[0]["id"],
                             "street": "之后的修改"})
    second = tmp_path / "second.pkg"
    ok(laptop, "sync", "export", "--out", str(second))
    sup = supervisor(tmp_path / "sup")
    result = ok(sup, "sync", "import", str(first), str(second), "--trust-new")
    assert result.out.count(": applied") == 2


def test_audit_verify_names_a_version_changed_by_hand(demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["李四"], tmp_path / "laptop")
    with opened(laptop) as store:
        device = store.device_id
    con = sqlite3.connect(laptop / paths.DB_NAME)
    seq, version = con.execute("SELECT seq, version FROM versions WHERE device = ? AND "
                               "table_name = 'responses' ORDER BY seq", [device]).fetchone()
    con.execute("UPDATE versions SET data = replace(data, '\"na\": 0', '\"na\": 1') "
                "WHERE seq = ?", [seq])
    con.commit()
    con.close()
    checked = run(laptop, "audit", "verify")
    assert checked.code == 1
    assert f"has a version ({version}) the log did not write" in checked.err
    assert count(laptop, "SELECT count(*) FROM versions") > 0
