"""Trust that cannot be forged: each attack of a hostile inspector (or a careless relay)
is tried for real, and refused by name with the supervisor's database unchanged.

Three demo laptops (张三, 李四, 王五) and their first packages are built once; a supervisor
holding 张三's and 王五's work is copied per test. Packages an attacker would make are
signed for real (tests/forge.py) with the attacker's own, trusted key.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid
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
    dump,
    fingerprint,
    ok,
    opened,
    run,
    supervisor,
    supervisor_trusting_both,
)

from inspector import paths
from inspector.demo import DEMO_VERSION
from inspector.forms import parse_form
from inspector.store import Store, audit
from inspector.store.versions import SHIPPED_VERSION
from inspector.sync import keys


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("trust-demo"))


@pytest.fixture(scope="module")
def sup_both(demo: Demo) -> Path:
    return supervisor_trusting_both(demo)


def device_of(data_dir: Path) -> str:
    return str(key_of(data_dir).device_id)


def now_stamp(device: str, counter: int = 0) -> str:
    return f"{int(time.time() * 1000):013d}.{counter:05d}.{device}"


def row_of(data_dir: Path, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any]:
    with opened(data_dir) as store:
        rows = list(store.db.query(sql, params))
    assert rows, sql
    return dict(rows[0])


def as_zhang(demo: Demo, path: Path, records: list[tuple[str, dict[str, Any]]],
             **kwargs: Any) -> Path:
    """A package 张三's laptop key signs, with his laptop's real history."""
    return craft(path, key_of(demo.dirs["张三"]), records, history=history_of(demo.dirs["张三"]),
                 **kwargs)


def wangs_response(demo: Demo) -> dict[str, Any]:
    """A check response of one of 王五's finished inspections, as 王五's laptop has it."""
    wang = device_of(demo.dirs["王五"])
    return row_of(demo.dirs["王五"], "SELECT r.* FROM responses r JOIN inspections i ON "
                  "i.id = r.inspection_id WHERE i.origin = ? AND i.outcome = 'finished' AND "
                  "r.passed IS NOT NULL ORDER BY r.id", (wang,))


# ---- authorship: what the signature proves, not what a record says about itself ----

def test_a_version_stamped_as_another_inspectors_is_refused(demo: Demo, sup_both: Path,
                                                            tmp_path: Path) -> None:
    """张三's trusted key signs a change to 王五's response, stamped with 王五's device."""
    wang = device_of(demo.dirs["王五"])
    response = wangs_response(demo)
    forged = {**response, "passed": 1 - response["passed"], "version": now_stamp(wang),
              "base": response["version"]}
    zhang_key = key_of(demo.dirs["张三"])
    sup = copy_dir(sup_both, tmp_path / "sup")
    plain = as_zhang(demo, tmp_path / "plain.pkg", [("responses", forged)])
    assert_refused(sup, plain, f"is stamped as made on device {wang[:8]}, but device "
                   f"{zhang_key.device_id[:8]} signed the package")
    # 张三 also signs a certificate in 王五's name — with his own key.
    posing = keys.DeviceKey(wang, zhang_key.private_key)
    signed = as_zhang(demo, tmp_path / "signed.pkg", [("responses", forged)],
                   signers={wang: posing})
    assert_refused(sup, signed, f"the records of device {wang[:8]} are signed with a key "
                   "this computer does not know for that device")


def test_demo_stamped_versions_must_be_the_demo(demo: Demo, sup_both: Path,
                                                tmp_path: Path) -> None:
    """'demo' once skipped every check: a demo-stamped rejection of 王五's inspection (by
    张三) and a demo-stamped edit of 王五's response."""
    response = wangs_response(demo)
    inspection = row_of(demo.dirs["王五"], "SELECT * FROM inspections WHERE id = ?",
                        (response["inspection_id"],))
    sup = copy_dir(sup_both, tmp_path / "sup")
    for n, (table, data) in enumerate([
            ("inspections", {**inspection, "review": "rejected", "review_comment": "by 张三",
                             "version": DEMO_VERSION, "origin": "demo", "base": None}),
            ("inspections", {**inspection, "review": "rejected",
                             "version": "0000000000009.00000.demo"}),
            ("responses", {**response, "passed": 1 - response["passed"], "note": "by 张三",
                           "version": DEMO_VERSION, "origin": "demo", "base": None})]):
        package = as_zhang(demo, tmp_path / f"demo-{n}.pkg", [(table, data)])
        assert_refused(sup, package, f"record {table}/{data['id'][:8]} is stamped as part of "
                       "the demo city but is not what 'inspector demo' makes")


def test_the_real_demo_city_is_taken(demo: Demo, tmp_path: Path) -> None:
    """What `inspector demo` makes passes, photos included (a whole demo directory)."""
    full = tmp_path / "full-demo"
    ok(full, "demo")
    package = tmp_path / "full.pkg"
    ok(full, "sync", "export", "--out", str(package))
    sup = supervisor(tmp_path / "sup")
    result = ok(sup, "sync", "import", str(package), "--trust-new")
    assert ": applied" in result.out
    assert count(sup, "SELECT count(*) FROM photo_links WHERE version = ?", (DEMO_VERSION,)) \
        == count(full, "SELECT count(*) FROM photo_links WHERE version = ?", (DEMO_VERSION,)) > 0


def shipped_form(data_dir: Path) -> dict[str, Any]:
    return row_of(data_dir, "SELECT * FROM forms WHERE version = ?", (SHIPPED_VERSION,))


def test_a_shipped_form_must_be_as_shipped(demo: Demo, sup_both: Path, tmp_path: Path) -> None:
    """A 'shipped' version that changes a weight under the form's old id, version and hash —
    the supervisor would score with a form nobody published."""
    form = shipped_form(sup_both)
    changed = form["source_text"].replace("weight: 0.14", "weight: 0.41", 1)
    assert changed != form["source_text"]
    sup = copy_dir(sup_both, tmp_path / "sup")
    for n, version in enumerate((SHIPPED_VERSION, "0000000000001.00000.shipped")):
        package = as_zhang(demo, tmp_path / f"form-{n}.pkg", [
            ("forms", {**form, "source_text": changed, "version": version})])
        assert_refused(sup, package, f"form {form['form_id']} version {form['form_version']}: "
                       "its content does not hash to its declared id, version and hash")
    # Consistent in itself, but stamped 'shipped' with a changed title: not as shipped.
    package = as_zhang(demo, tmp_path / "titled.pkg", [
        ("forms", {**form, "version": "0000000000001.00000.shipped"})])
    assert_refused(sup, package, "is stamped as shipped with inspector but is not the form "
                   "inspector ships")
    # A record of another table stamped 'shipped'.
    site = row_of(sup, "SELECT * FROM sites ORDER BY id")
    package = as_zhang(demo, tmp_path / "site.pkg", [
        ("sites", {**site, "name": "假点位", "version": SHIPPED_VERSION})])
    assert_refused(sup, package, f"record sites/{site['id'][:8]} is stamped as shipped with "
                   "inspector, which only forms are")


def test_a_form_version_with_other_content_is_refused(demo: Demo, sup_both: Path,
                                                      tmp_path: Path) -> None:
    """The same form id and version, with a weight changed and the hash recomputed: a
    properly made form, but not the one this computer scores with."""
    form = shipped_form(sup_both)
    text = form["source_text"].replace("weight: 0.14", "weight: 0.41", 1)
    loaded = parse_form(text).form
    assert (loaded.id, loaded.version) == (form["form_id"], form["form_version"])
    zhang_key = key_of(demo.dirs["张三"])
    other = {**form, "id": loaded.key, "content_hash": loaded.content_hash,
             "source_text": text, "origin": zhang_key.device_id,
             "version": now_stamp(zhang_key.device_id)}
    sup = copy_dir(sup_both, tmp_path / "sup")
    package = as_zhang(demo, tmp_path / "other-form.pkg", [("forms", other)])
    assert_refused(sup, package, f"form {form['form_id']} version {form['form_version']} "
                   "differs from the one this computer has")


def test_an_inspector_may_not_decide_a_conflict(demo: Demo, sup_both: Path,
                                                tmp_path: Path) -> None:
    zhang_key = key_of(demo.dirs["张三"])
    decision = {"id": str(uuid.uuid4()), "origin": zhang_key.device_id, "deleted": 0,
                "base": None, "version": now_stamp(zhang_key.device_id),
                "decision": "reverse", "decided_by": "张三", "at": "2026-11-20T10:00:00+08:00"}
    sup = copy_dir(sup_both, tmp_path / "sup")
    package = as_zhang(demo, tmp_path / "decision.pkg", [("conflict_decisions", decision)])
    assert_refused(sup, package, "changed record conflict_decisions/")


# ---- a supervisor passes others' work on exactly as its authors signed it ----

@pytest.fixture(scope="module")
def relay(demo: Demo, sup_both: Path) -> dict[str, Path]:
    """sup_both's --full package, and a second supervisor that trusts sup_both as one."""
    package = demo.root / "relay.pkg"
    ok(sup_both, "sync", "export", "--full", "--out", str(package))
    second = supervisor(demo.root / "sup-second")
    ok(second, "sync", "import", str(demo.packages["张三"]), "--trust-new")
    assert run(second, "sync", "import", str(package)).code == 3
    ok(second, "devices", "trust", fingerprint(sup_both), "--role", "supervisor")
    return {"package": package, "second": second}


def test_a_supervisor_relays_others_work_as_they_signed_it(demo: Demo, sup_both: Path,
                                                           relay: dict[str, Path],
                                                           tmp_path: Path) -> None:
    second = relay["second"]
    wang = device_of(demo.dirs["王五"])
    # 王五's work arrived only through the relay, each version with 王五's certificate.
    assert count(second, "SELECT count(*) FROM inspections WHERE origin = ?", (wang,)) > 0
    assert count(second, "SELECT count(*) FROM versions WHERE device = ? AND cert IS NULL",
                 (wang,)) == 0
    assert ok(second, "score", "--json").out == ok(sup_both, "score", "--json").out
    # 王五 is known by the key the relay proved, not trusted until a supervisor says so.
    [line] = [x for x in ok(second, "devices", "list").out.splitlines()
              if fingerprint(demo.dirs["王五"]) in x]
    assert "known from a supervisor's package" in line
    # Two hops: the second supervisor passes it all on again, still provable.
    again = tmp_path / "again.pkg"
    ok(second, "sync", "export", "--full", "--out", str(again))
    third = supervisor(tmp_path / "third")
    assert run(third, "sync", "import", str(again)).code == 3
    ok(third, "devices", "trust", fingerprint(second), "--role", "supervisor")
    assert ok(third, "score", "--json").out == ok(sup_both, "score", "--json").out
    # 王五's own package, arriving later, waits for trust like any new device's, then
    # goes in (it brings nothing new: the relay had it all).
    direct = copy_dir(second, tmp_path / "direct")
    assert run(direct, "sync", "import", str(demo.packages["王五"])).code == 3
    trusted = ok(direct, "devices", "trust", fingerprint(demo.dirs["王五"]), "--role",
                 "inspector")
    assert ": applied" in trusted.out
    [line] = [x for x in ok(direct, "devices", "list").out.splitlines()
              if fingerprint(demo.dirs["王五"]) in x]
    assert line.split()[:2] == ["inspector", "yes"]


def test_a_relay_can_neither_alter_nor_invent(demo: Demo, sup_both: Path,
                                             relay: dict[str, Path], tmp_path: Path) -> None:
    second = copy_dir(relay["second"], tmp_path / "second")
    zhang = device_of(demo.dirs["张三"])
    sup_key = key_of(sup_both)
    response = row_of(sup_both, "SELECT * FROM responses WHERE origin = ? AND passed IS NOT "
                      "NULL ORDER BY id", (zhang,))
    altered = {**response, "passed": 1 - response["passed"], "version": now_stamp(zhang),
               "base": response["version"]}
    # No certificate of 张三's covers the altered version ...
    invented = craft(tmp_path / "invented.pkg", sup_key, [("responses", altered)],
                     role="supervisor", history=history_of(sup_both))
    assert_refused(second, invented, f"stamped as made on device {zhang[:8]}, but that "
                   "device's signature for it is not in the package")
    # ... and one the relay signs in 张三's name proves nothing: 张三's key is known here.
    posing = craft(tmp_path / "posing.pkg", sup_key, [("responses", altered)],
                   signers={zhang: keys.DeviceKey(zhang, sup_key.private_key)},
                   role="supervisor", history=history_of(sup_both))
    assert_refused(second, posing, f"the records of device {zhang[:8]} are signed with a key "
                   "this computer does not know for that device")


# ---- held keys never block the genuine device ----

def impostor_package(demo: Demo, victim: str, tmp_path: Path) -> tuple[Path, str]:
    """A package signed by a new key that claims the victim's device id."""
    impostor = keys.DeviceKey(device_of(demo.dirs[victim]),
                              keys.load_or_create(tmp_path / "impostor", "x").private_key)
    site = row_of(demo.dirs[victim], "SELECT * FROM sites ORDER BY id")
    data = {**site, "name": "冒名点位", "version": now_stamp(impostor.device_id),
            "base": site["version"]}
    package = craft(tmp_path / f"{victim}.pkg", impostor, [("sites", data)], inspector=victim)
    return package, impostor.fingerprint


def hints(text: str) -> list[list[str]]:
    return [h.split()[1:] for h in re.findall(r"'(inspector [^']+)'", text)]


def test_an_impostor_held_first_does_not_block_the_genuine_device(demo: Demo,
                                                                  tmp_path: Path) -> None:
    sup = supervisor(tmp_path / "sup")
    fake, fake_fp = impostor_package(demo, "王五", tmp_path)
    held = run(sup, "sync", "import", str(fake))
    assert held.code == 3 and "unknown device" in held.out
    genuine_fp = fingerprint(demo.dirs["王五"])
    second = run(sup, "sync", "import", str(demo.packages["王五"]))
    assert second.code == 3 and "another key also claims device" in second.out
    listing = ok(sup, "devices", "list").out
    assert fake_fp in listing and genuine_fp in listing
    # Every hint printed is a command that exists; the genuine key is trusted, the fake
    # one refused, and nothing of the impostor's remains.
    for args in hints(held.out + second.out):
        assert args[0] == "devices" and args[1] in ("trust", "refuse", "list"), args
    assert ok(sup, "devices", "list").code == 0
    trusted = ok(sup, "devices", "trust", genuine_fp, "--role", "inspector")
    assert ": applied" in trusted.out
    refused = ok(sup, "devices", "refuse", fake_fp)
    assert "1 held packages dropped" in refused.out
    assert count(sup, "SELECT count(*) FROM sites WHERE name = '冒名点位'") == 0
    assert not list((sup / "sync" / "held").rglob("*.pkg"))
    assert fake_fp not in ok(sup, "devices", "list").out
    assert "already imported" in ok(sup, "sync", "import", str(demo.packages["王五"])).out


def test_an_impostor_of_a_trusted_device_is_held_and_the_device_goes_on(
        demo: Demo, sup_both: Path, tmp_path: Path) -> None:
    sup = copy_dir(sup_both, tmp_path / "sup")
    fake, fake_fp = impostor_package(demo, "王五", tmp_path)
    held = run(sup, "sync", "import", str(fake), "--trust-new")
    assert held.code == 3 and "is trusted with another key" in held.out
    laptop = copy_dir(demo.dirs["王五"], tmp_path / "wang")
    with opened(laptop) as store:
        site = store.rows("sites", order_by="id")[0]
        store.save("sites", {"id": site["id"], "address": "王五核实的地址"})
    package = tmp_path / "wang-2.pkg"
    ok(laptop, "sync", "export", "--out", str(package))
    assert ": applied" in ok(sup, "sync", "import", str(package)).out
    ok(sup, "devices", "refuse", fake_fp)
    assert count(sup, "SELECT count(*) FROM sites WHERE address = '王五核实的地址'") == 1


# ---- history: a rewritten audit log is seen by the supervisor who held its head ----

def recompute_chain(data_dir: Path, edit_seq: int, change: dict[str, Any]) -> None:
    """What a tool-savvy inspector does: edit an audit row's `new` (and the record), then
    rehash the chain from there and rewrite the head, so the log verifies locally."""
    con = sqlite3.connect(data_dir / paths.DB_NAME)
    try:
        table, record_id, new = con.execute(
            "SELECT table_name, record_id, new FROM audit WHERE seq = ?", [edit_seq]).fetchone()
        row = {**json.loads(new), **change}
        con.execute("UPDATE audit SET new = ? WHERE seq = ?", [audit.canonical(row), edit_seq])
        sets = ", ".join(f"{k} = ?" for k in change)
        con.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*change.values(), record_id])
        rehash(con)
        con.commit()
    finally:
        con.close()


def rehash(con: sqlite3.Connection) -> None:
    prev = audit.GENESIS
    names = [*audit.FIELDS, "prev_hash", "hash"]
    for values in con.execute(f"SELECT {', '.join(names)} FROM audit ORDER BY seq").fetchall():
        row = dict(zip(names, values, strict=True))
        digest = audit._digest(prev, row)
        con.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?",
                    [prev, digest, row["seq"]])
        prev = digest
        last = row["seq"]
    con.execute("UPDATE settings SET value = ? WHERE key = ?",
                [f"{last}:{prev}", audit.HEAD_KEY])


def a_response_row(data_dir: Path) -> tuple[int, str]:
    """The audit seq of an early 'insert' of a response, and that response's id."""
    row = row_of(data_dir, "SELECT seq, record_id FROM audit WHERE table_name = 'responses' "
                 "AND action = 'insert' ORDER BY seq LIMIT 1")
    return int(row["seq"]), str(row["record_id"])


def export_after_an_edit(laptop: Path, out: Path) -> Path:
    with opened(laptop) as store:
        site = store.rows("sites", order_by="id")[1]
        store.save("sites", {"id": site["id"], "street": "之后的修改"})
    ok(laptop, "sync", "export", "--out", str(out))
    return out


def test_a_recomputed_chain_is_named_through_the_supervisors_head(demo: Demo, sup_both: Path,
                                                                  tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    seq, response_id = a_response_row(laptop)
    recompute_chain(laptop, seq, {"note": "事后改写"})
    assert audit.verify(Store.open(laptop).db)[1] is None  # locally the chain "holds"
    package = export_after_an_edit(laptop, tmp_path / "张三-2.pkg")
    sup = copy_dir(sup_both, tmp_path / "sup")
    zhang = device_of(laptop)
    assert_refused(sup, package, f"the history of device {zhang[:8]} was rewritten after "
                   f"package {demo.packages['张三'].name}")
    # The laptop's own check names it too: what it sent no longer matches its log.
    checked = run(laptop, "audit", "verify")
    assert checked.code == 1
    assert f"is not what package {demo.packages['张三'].name}" in checked.err
    assert response_id not in ok(sup, "inspections", "list").out  # nothing applied


def test_a_cut_tail_with_a_rewritten_head_is_named(demo: Demo, sup_both: Path,
                                                   tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    seq, _ = a_response_row(laptop)
    con = sqlite3.connect(laptop / paths.DB_NAME)
    con.execute("DELETE FROM audit WHERE seq > ?", [seq])
    rehash(con)  # the head now points at the cut end, so the chain "holds"
    con.commit()
    con.close()
    package = export_after_an_edit(laptop, tmp_path / "cut.pkg")
    sup = copy_dir(sup_both, tmp_path / "sup")
    assert_refused(sup, package, f"was rewritten after package {demo.packages['张三'].name}")
    checked = run(laptop, "audit", "verify")
    assert checked.code == 1 and "the log does not explain it" in checked.err


def test_a_later_package_from_an_intact_history_is_taken_in_any_order(demo: Demo,
                                                                      tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    second = export_after_an_edit(laptop, tmp_path / "张三-2.pkg")
    for order in ((demo.packages["张三"], second), (second, demo.packages["张三"])):
        sup = supervisor(tmp_path / f"sup-{order[0].name}")
        result = ok(sup, "sync", "import", *map(str, order), "--trust-new")
        assert result.out.count(": applied") == 2, result.out


def test_audit_verify_names_an_unaudited_update_and_a_wiped_log(demo: Demo,
                                                                tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["李四"], tmp_path / "laptop")
    assert "every record explained" in ok(laptop, "audit", "verify").out
    response = row_of(laptop, "SELECT id FROM responses ORDER BY id")
    con = sqlite3.connect(laptop / paths.DB_NAME)
    con.execute("UPDATE responses SET note = '没有审计的修改' WHERE id = ?", [response["id"]])
    con.commit()
    checked = run(laptop, "audit", "verify")
    assert checked.code == 1
    assert f"record responses/{response['id'][:8]} differs from its audit row (note)" \
        in checked.err
    assert len(checked.err.strip().splitlines()) == 1
    con.execute("DELETE FROM audit")
    con.execute("DELETE FROM settings WHERE key = ?", [audit.HEAD_KEY])
    con.commit()
    con.close()
    wiped = run(laptop, "audit", "verify")
    assert wiped.code == 1 and "has no audit row" in wiped.err
    assert "more records the log does not explain" in wiped.err


def test_a_restored_laptops_history_can_be_accepted(demo: Demo, sup_both: Path,
                                                    tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    seq, _ = a_response_row(laptop)
    recompute_chain(laptop, seq, {"note": "恢复备份后"})
    package = export_after_an_edit(laptop, tmp_path / "restored.pkg")
    sup = copy_dir(sup_both, tmp_path / "sup")
    refused = run(sup, "sync", "import", str(package))
    assert refused.code == 1
    [hint] = hints(refused.err)
    assert hint[:2] == ["devices", "reset-history"]
    ok(sup, *hint)
    assert ": applied" in ok(sup, "sync", "import", str(package)).out


# ---- results files: review states and second visits ----

def results_file(tmp_path: Path, name: str, **fields: Any) -> Path:
    answers = {f"XZ{i:02d}": "pass" for i in (1, 6, 7, 9, 10)}
    answers.update({f"XZ{i:02d}": "checked" for i in (2, 3, 4, 5)})
    answers["XZ08"] = "好"
    inspection = {"site": "青山镇", "inspector": "张三", "outcome": "finished",
                  "responses": answers, **fields}
    path = tmp_path / name
    path.write_text(json.dumps({"format": "inspector-results/1", "round": "第1轮",
                                "inspections": [inspection]}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_review_states_in_a_results_file_need_a_supervisor(township: Path, cli: Any,
                                                           tmp_path: Path) -> None:
    approved = results_file(tmp_path, "approved.json", review="approved")
    before = dump(township)
    refused = cli("results", "import", str(approved))
    assert refused.code == 1
    assert "inspection #1 (青山镇): is marked 'approved' — review states are set on a " \
        "supervisor's computer" in refused.err
    assert dump(township) == before
    assert cli("config", "set", "role", "supervisor").code == 0
    assert cli("results", "import", str(approved)).code == 0


def test_a_second_visit_never_silently_replaces_the_first(township: Path, cli: Any,
                                                          tmp_path: Path) -> None:
    first = results_file(tmp_path, "first.json")
    assert cli("results", "import", str(first)).code == 0
    assert cli("results", "import", str(first)).code == 0  # the same again: no change
    later = results_file(tmp_path, "later.json", problems=[
        {"item": "XZ02", "description": "垃圾堆放"}])
    before = dump(township)
    refused = cli("results", "import", str(later))
    assert refused.code == 1
    with opened(township) as store:
        [insp] = store.rows("inspections")
    assert "张三 already has an inspection of this site in round '第1轮'" in refused.err
    assert f'give it its "id": "{insp["id"]}" in the file' in refused.err
    assert dump(township) == before
    # Following the message: the same visit edited by its id.
    edited = results_file(tmp_path, "edited.json", id=insp["id"], problems=[
        {"item": "XZ02", "description": "垃圾堆放"}])
    assert cli("results", "import", str(edited)).code == 0
    assert count(township, "SELECT count(*) FROM problems") == 1


def test_an_exported_file_imported_again_changes_nothing_in_any_zone(
        township: Path, cli: Any, tmp_path: Path) -> None:
    """Times stored in UTC come back written in the city's zone: the same instants."""
    first = results_file(tmp_path, "first.json", started_at="2026-11-20T06:05:00+00:00")
    assert cli("results", "import", str(first)).code == 0
    assert cli("config", "set", "timezone", "Asia/Urumqi").code == 0
    exported = tmp_path / "exported.json"
    assert cli("results", "export", "--out", str(exported)).code == 0
    assert "+06:00" in exported.read_text(encoding="utf-8")
    versions = count(township, "SELECT count(*) FROM versions")
    assert cli("results", "import", str(exported)).code == 0
    assert count(township, "SELECT count(*) FROM versions") == versions
