"""The city hub on a real PostgreSQL (tests/pgcluster.py): migrations, push and pull through
two `hub serve` processes, the equivalence with USB files, concurrent pushes serialised by
the advisory lock, and hostile requests refused with the database unchanged."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from hubkit import Hub, join, running, serve, waiting_on_the_lock
from pgcluster import Cluster
from synckit import Demo, build_demo, copy_dir, fingerprint, ok, opened, run, supervisor
from test_sync_trust import a_response_row, device_of, export_after_an_edit, recompute_chain

from inspector.hub import auth, db, schema
from inspector.store import versions as vs
from inspector.sync import exchange


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("hub-demo"))


def laptops(demo: Demo, root: Path) -> dict[str, Path]:
    """Copies of the three demo inspectors' laptops (each test pushes its own)."""
    return {name: copy_dir(path, root / path.name) for name, path in demo.dirs.items()}


def counts(hub: Hub) -> dict[str, int]:
    with db.connect(hub.db) as conn:
        return db.counts(conn)


def test_hub_init_creates_and_migrates_the_schema(postgres: Cluster, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    url = postgres.create_db("hub_migrate")
    with db.connect(url) as conn:  # a hub made by an older inspector: schema 1 only
        monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        assert db.migrate(conn) == [1]
        monkeypatch.undo()
        assert db.schema_version(conn) == 1
    out = ok(None, "hub", "init", "--db", url).out
    assert f"hub database at schema {schema.LATEST} (migrations 2, 3, 4, 5, 6 applied)" in out
    assert "hub key fingerprint: SHA256:" in out
    again = ok(None, "hub", "init", "--db", url).out
    assert "(up to date)" in again
    assert again.splitlines()[1] == out.splitlines()[1]  # one key, kept
    listed = ok(None, "hub", "devices", "list", "--db", url).out
    assert "hub key fingerprint" in listed
    bad = run(None, "hub", "devices", "list", "--db", url.rsplit("/", 1)[0] + "/no_such_db")
    assert bad.code == 1 and "cannot open the hub's database" in bad.err
    assert "Traceback" not in bad.err and len(bad.err.strip().splitlines()) == 1


def test_push_and_pull_equal_the_usb_files(postgres: Cluster, demo: Demo,
                                           tmp_path: Path) -> None:
    """Three inspectors pushed to the hub (through two hub processes) and a supervisor
    pulling from it see byte for byte what a supervisor importing the three files sees."""
    dirs = laptops(demo, tmp_path)
    with running(postgres, tmp_path, processes=2) as hub:
        for n, (_name, laptop) in enumerate(dirs.items()):
            first = run(laptop, "hub", "connect", hub.urls[n % 2], "--fingerprint",
                        hub.fingerprint)
            assert first.code == 0 and "not trusted yet" in first.out, first
            refused = run(laptop, "sync", "push")
            assert refused.code == 1 and "does not trust this computer yet" in refused.err
            ok(None, "hub", "devices", "trust", fingerprint(laptop), "--role", "inspector",
               "--db", hub.db)
            pushed = ok(laptop, "sync", "push").out
            assert "versions" in pushed and "new to the hub" in pushed, pushed
            assert "everything" in ok(laptop, "sync", "push").out  # idempotent
        listed = ok(None, "hub", "devices", "list", "--db", hub.db).out
        assert listed.count("trusted") == 3
        sup = supervisor(tmp_path / "sup-hub")
        join(hub, sup, "supervisor", hub.urls[1])
        pulled = ok(sup, "sync", "pull", "--trust-new").out
        assert pulled.count("applied") == 3, pulled
        assert "nothing new" in ok(sup, "sync", "pull").out
        usb = supervisor(tmp_path / "sup-usb")
        ok(usb, "sync", "import", *map(str, demo.packages.values()), "--trust-new")
        assert ok(sup, "score", "--json").out == ok(usb, "score", "--json").out
        assert ok(sup, "conflicts", "list").out == ok(usb, "conflicts", "list").out
        # the supervisor's own push: its reviews and what it relays (nothing new here)
        assert "push" in ok(sup, "sync").out
        before = counts(hub)
        assert before["packages"] == 3 and before["audit"] == 3
        assert before["versions"] > 100 and before["photos"] > 0

        # The hub's conflicts and reviews are a laptop's: the supervisor reviews two of
        # 张三's inspections; 张三, not having pulled, edits one of them from its old base.
        zhang = dirs["张三"]
        with opened(sup) as store:
            mine = store.rows("inspections", "inspector = ? AND outcome = 'finished'",
                              ["张三"], order_by="id")
        approved, rejected = mine[0]["id"], mine[1]["id"]
        ok(sup, "review", "approve", approved[:8])
        ok(sup, "review", "reject", rejected[:8], "--comment", "照片不清")
        assert "2 versions (2 new to the hub)" in ok(sup, "sync", "push").out
        with opened(zhang) as store:
            row = store.get("inspections", approved)
            assert row is not None
            store.save("inspections", {**row, "reason": "补记"})
        assert "1 versions (1 new to the hub)" in ok(zhang, "sync", "push").out
        ok(sup, "sync", "pull")
        with opened(sup) as store:
            laptop_conflicts = sorted(vs.conflicts(store), key=lambda c: c.id)
            laptop_reviews = {r["id"]: (r["review"], r["review_comment"])
                              for r in store.rows("inspections")}
        assert laptop_reviews[approved] == ("approved", "")  # 张三's later edit undid nothing
        assert laptop_reviews[rejected] == ("rejected", "照片不清")
        with db.connect(hub.db) as conn:
            assert db.reviews(conn) == laptop_reviews
            assert sorted(db.conflicts(conn), key=lambda c: c.id) == laptop_conflicts
            [greatest] = conn.execute("SELECT data FROM records WHERE table_name = "
                                      "'inspections' AND record_id = %s", [approved])
        assert '"review": "received"' in greatest["data"]  # the winning version is 张三's
        assert any(c.record_id == approved for c in laptop_conflicts)
        decided = next(c for c in laptop_conflicts if c.record_id == approved)
        ok(sup, "conflicts", "confirm", decided.id[:8])
        ok(sup, "sync", "push")
        summary = ok(sup, "conflicts", "list").out.splitlines()[-1]
        listed = ok(None, "hub", "conflicts", "--db", hub.db).out
        assert listed.splitlines()[-1] == summary and decided.id[:8] in listed
        with db.connect(hub.db) as conn:
            assert {c.id: c.decision for c in db.conflicts(conn)}[decided.id] == "confirm"


def test_concurrent_pushes_are_serialised_by_the_advisory_lock(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    """Two laptops push at once to two hub processes while the apply lock is held: both
    wait on it (seen in pg_locks), and once it is released both apply, one after the
    other — consecutive sequence numbers, every version once, the audit chain intact."""
    dirs = laptops(demo, tmp_path)
    a, b = dirs["张三"], dirs["李四"]
    with running(postgres, tmp_path, processes=2) as hub:
        join(hub, a, "inspector", hub.urls[0])
        join(hub, b, "inspector", hub.urls[1])
        holder = psycopg.connect(hub.db)
        holder.execute("SELECT pg_advisory_lock(%s)", [schema.APPLY_LOCK])
        procs = [subprocess.Popen([sys.executable, "-m", "inspector", "--data-dir", str(d),
                                   "sync", "push"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for d in (a, b)]
        try:
            deadline = time.monotonic() + 30
            while waiting_on_the_lock(hub.db) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert waiting_on_the_lock(hub.db) == 2
            assert counts(hub)["packages"] == 0
        finally:
            holder.execute("SELECT pg_advisory_unlock(%s)", [schema.APPLY_LOCK])
            holder.close()
        for proc in procs:
            out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
            assert "new to the hub" in out
        with db.connect(hub.db) as conn:
            seqs = [r["seq"] for r in conn.execute("SELECT seq FROM packages ORDER BY seq")]
            chain = conn.execute("SELECT prev_hash, hash FROM audit ORDER BY seq").fetchall()
            dup = conn.execute("SELECT count(*) AS n FROM (SELECT digest FROM versions GROUP BY "
                               "digest HAVING count(*) > 1) d").fetchone()
        assert seqs == [seqs[0], seqs[0] + 1]
        assert chain[1]["prev_hash"] == chain[0]["hash"]
        assert dup is not None and dup["n"] == 0


def _request(url: str, key: Any, method: str, path: str, body: bytes,
             headers: dict[str, str] | None = None) -> httpx.Response:
    sent = headers or auth.sign_request(key, "x", method, path, hashlib.sha256(body).hexdigest())
    return httpx.request(method, url + path, content=body, headers=sent, timeout=30)


def test_hostile_requests_are_refused_with_the_database_unchanged(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    dirs = laptops(demo, tmp_path)
    mine, other = dirs["张三"], dirs["王五"]
    with running(postgres, tmp_path) as hub:
        small = serve(hub, "--max-body", "100000")
        join(hub, mine, "inspector")
        with opened(mine) as store:
            key = exchange.own_key(store)
        body = b'{"digests": [], "photos": []}'
        before = counts(hub)
        # a bad signature: the body changed after signing
        signed = auth.sign_request(key, "x", "POST", "/v1/have", hashlib.sha256(body).hexdigest())
        bad = _request(hub.url, key, "POST", "/v1/have", body + b" ", signed)
        assert bad.status_code == 401 and "signature" in bad.json()["error"]
        # a stale one: signed ten minutes ago
        old = auth.sign_request(key, "x", "POST", "/v1/have", hashlib.sha256(body).hexdigest(),
                                at_ms=int(time.time() * 1000) - 600_000)
        assert _request(hub.url, key, "POST", "/v1/have", body, old).status_code == 401
        # an oversized body, refused before it is read
        big = _request(small, key, "POST", "/v1/packages", b"\0" * 200_000)
        assert big.status_code == 413
        # nothing kept but the nonce of the first: its signed headers held, and only its
        # body, read after them, was not the one signed
        assert counts(hub) == {**before, "nonces": before["nonces"] + 1}
        # a replay: the same signed request a second time
        fresh = auth.sign_request(key, "x", "POST", "/v1/have",
                                  hashlib.sha256(body).hexdigest())
        assert _request(hub.url, key, "POST", "/v1/have", body, fresh).status_code == 200
        once = counts(hub)
        replay = _request(hub.url, key, "POST", "/v1/have", body, fresh)
        assert replay.status_code == 401 and "sent before" in replay.json()["error"]
        # another laptop's package pushed by this one: refused, nothing applied
        forged = _request(hub.url, key, "POST", "/v1/packages",
                          demo.packages["王五"].read_bytes())
        assert forged.status_code == 422 and "not by the device that sent it" in \
            forged.json()["error"], forged.text
        # a damaged package: one byte changed
        raw = bytearray(demo.packages["张三"].read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        damaged = _request(hub.url, key, "POST", "/v1/packages", bytes(raw))
        assert damaged.status_code == 422
        # records more than a hub reads into memory: refused in one line, nothing applied
        lean = serve(hub, "--max-records", "1000")
        fat = _request(lean, key, "POST", "/v1/packages", demo.packages["张三"].read_bytes())
        assert fat.status_code == 422, fat.text
        assert "records.jsonl is " in fat.json()["error"] and "bytes, more than this hub " \
            "reads into memory (1,000, 'hub serve --max-records')" in fat.json()["error"], fat.text
        after = counts(hub)
        assert {k: v for k, v in after.items() if k != "nonces"} == \
            {k: v for k, v in once.items() if k != "nonces"}
        # an unknown laptop is only listed for the admin, nothing else
        with opened(other) as store:
            stranger = exchange.own_key(store)
        unknown = _request(hub.url, stranger, "POST", "/v1/have", body)
        assert unknown.status_code == 403 and "does not trust" in unknown.json()["error"]
        assert counts(hub)["devices"] == after["devices"] + 1
        assert counts(hub)["packages"] == 0


def test_an_unreachable_hub_is_one_line(demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    alone = run(laptop, "sync", "push")
    assert alone.code == 1 and "not connected to a hub" in alone.err
    gone = run(laptop, "hub", "connect", "http://127.0.0.1:9", "--fingerprint", "SHA256:x")
    assert gone.code == 1 and "cannot be reached" in gone.err, gone
    assert "Traceback" not in gone.err and len(gone.err.strip().splitlines()) == 1


def test_a_pulled_package_is_the_same_bytes_its_author_signed(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    """The hub relays packages byte for byte: what a supervisor downloads verifies as the
    inspector's own signed file (sync verify), and an inspector's laptop is sent only
    supervisors' packages."""
    dirs = laptops(demo, tmp_path)
    with running(postgres, tmp_path) as hub:
        join(hub, dirs["张三"], "inspector")
        ok(dirs["张三"], "sync", "push")
        join(hub, dirs["李四"], "inspector")
        assert "nothing new" in ok(dirs["李四"], "sync", "pull").out
        with db.connect(hub.db) as conn:
            [row] = conn.execute("SELECT sha256 FROM packages").fetchall()
        stored = hub.files / "packages" / row["sha256"][:2] / row["sha256"]
        verified = ok(None, "sync", "verify", str(stored)).out
        with opened(dirs["张三"]) as store:
            assert store.device_id in verified



def test_a_rewritten_history_is_refused_by_the_hub_until_its_admin_accepts_it(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    with running(postgres, tmp_path) as hub:
        join(hub, laptop, "inspector")
        ok(laptop, "sync", "push")
        seq, _ = a_response_row(laptop)
        recompute_chain(laptop, seq, {"note": "事后改写"})  # the log "holds" locally
        export_after_an_edit(laptop, tmp_path / "later.pkg")  # one more edit to push
        before = counts(hub)
        refused = run(laptop, "sync", "push")
        assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
        assert f"the history of device {device_of(laptop)[:8]} was rewritten after package" \
            in refused.err
        assert f"inspector hub devices reset-history {fingerprint(laptop)}" in refused.err
        assert counts(hub) == {**before, "nonces": counts(hub)["nonces"]}
        reset = ok(None, "hub", "devices", "reset-history", fingerprint(laptop), "--db", hub.db)
        assert "starts its history afresh on the hub" in reset.out
        assert "1 new to the hub" in ok(laptop, "sync", "push").out


def test_a_second_supervisors_reviews_pushed_by_the_first_count_on_the_hub(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    """S2, never a hub device, approves an inspection; S1 trusts S2 as a supervisor and
    pushes S2's work with its own (roles.json names S2's key): the hub takes it, and
    counts S2's approval as a supervisor's, as S1's laptop and one pulling from the hub do."""
    wang = demo.packages["王五"]
    s2 = supervisor(tmp_path / "s2")
    ok(s2, "sync", "import", str(wang), "--trust-new")
    with opened(s2) as store:
        inspection = store.rows("inspections", "inspector = ? AND outcome = 'finished'",
                                ["王五"], order_by="id")[0]["id"]
    ok(s2, "review", "approve", inspection[:8])
    s2_package = tmp_path / "s2.pkg"
    ok(s2, "sync", "export", "--out", str(s2_package))
    s1 = supervisor(tmp_path / "s1")
    ok(s1, "sync", "import", str(wang), "--trust-new")
    assert run(s1, "sync", "import", str(s2_package)).code == 3  # held: whose key is this?
    ok(s1, "devices", "trust", fingerprint(s2), "--role", "supervisor")
    with running(postgres, tmp_path) as hub:
        join(hub, s1, "supervisor")
        pushed = run(s1, "sync", "push")
        assert pushed.code == 0, pushed.err
        with opened(s1) as store:
            on_s1 = {r["id"]: (r["review"], r["review_comment"])
                     for r in store.rows("inspections")}
        assert on_s1[inspection] == ("approved", "")
        with db.connect(hub.db) as conn:
            assert db.reviews(conn) == on_s1
        listed = ok(None, "hub", "devices", "list", "--db", hub.db).out
        [line] = [ln for ln in listed.splitlines() if ln.startswith("vouched")]
        assert "supervisor" in line and fingerprint(s2) in line, listed
        assert f"{device_of(s2)[:8]}: a supervisor's by the word of" in listed
        s3 = supervisor(tmp_path / "s3")
        join(hub, s3, "supervisor")
        held = run(s3, "sync", "pull")
        assert held.code == 3, held  # whose keys are these? its supervisor says which
        ok(s3, "devices", "trust", fingerprint(s1), "--role", "supervisor")
        ok(s3, "sync", "pull", "--trust-new")
        with opened(s3) as store:
            assert {r["id"]: (r["review"], r["review_comment"])
                    for r in store.rows("inspections")} == on_s1
        # The hub's own word on a device stands: once its admin trusts S2 as an
        # inspector's laptop, S2's approval no longer counts there.
        join(hub, s2, "inspector")
        with db.connect(hub.db) as conn:
            assert db.reviews(conn)[inspection] == ("received", "")
        assert "vouched" not in ok(None, "hub", "devices", "list", "--db", hub.db).out
