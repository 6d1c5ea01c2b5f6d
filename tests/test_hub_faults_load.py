"""The city hub under load and faults, with synthetic devices (issue 16, "Reliability and
load"; tests/test_hub_faults.py does the same with the demo's laptops): on the real
PostgreSQL of tests/pgcluster.py and real `inspector hub serve` processes, the hub killed
with SIGKILL under six clients' load, PostgreSQL crashed mid-load, a client that drops its
upload half-way, and hostile packages (a zip bomb, versions authored by another device) —
each time nothing lost, nothing duplicated, nothing half-applied, the audit chain intact,
and a refused package leaves the database as it was."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from forge import key_of
from hubkit import (
    Hub,
    audit_intact,
    bomb_package,
    join,
    make_package,
    new_devices,
    peak_rss,
    running,
    serve,
    signed_post,
)
from pgcluster import Cluster
from synckit import Demo, build_demo, copy_dir, ok, run
from test_sync_trust import as_zhang, device_of, now_stamp, row_of, wangs_response

from inspector.hub import auth, db
from inspector.sync import keys

VERSIONS = 20  # per package


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("hub-faults-demo"))


def counts(hub: Hub) -> dict[str, int]:
    with db.connect(hub.db) as conn:
        return db.counts(conn)


def without_nonces(c: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in c.items() if k != "nonces"}


@dataclass
class Load:
    """Clients (threads, one device and one HTTP connection each) pushing their packages,
    each retried — with a fresh signature, as a laptop's retry — until the hub answers 200
    or the deadline passes. What they saw is kept for the test to judge."""
    hub: Hub
    devices: list[keys.DeviceKey]
    files: dict[int, list[bytes]]
    deadline_s: float = 40.0
    statuses: list[str] = field(default_factory=list)
    retried: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, why: str) -> None:
        with self.lock:
            self.retried[why] = self.retried.get(why, 0) + 1

    def client(self, c: int) -> None:
        url = self.hub.urls[c % len(self.hub.urls)]
        end = time.monotonic() + self.deadline_s
        with httpx.Client(timeout=30, trust_env=False) as http:
            for body in self.files[c]:
                while True:
                    if time.monotonic() > end:
                        with self.lock:
                            self.failures.append(f"client {c}: gave up")
                        return
                    try:
                        r = signed_post(http, url, self.devices[c], body)
                    except httpx.HTTPError as exc:
                        self.note(type(exc).__name__)
                        time.sleep(0.1)
                        continue
                    if r.status_code == 503:
                        assert r.json()["key"] == "hub.database_down"
                        self.note("503")
                        time.sleep(0.1)
                        continue
                    if r.status_code != 200:
                        with self.lock:
                            self.failures.append(f"client {c}: {r.status_code} {r.text[:200]}")
                        return
                    with self.lock:
                        self.statuses.append(str(r.json()["status"]))
                    break

    def start(self) -> Load:
        self.threads = [threading.Thread(target=self.client, args=(c,), daemon=True)
                        for c in self.files]
        for t in self.threads:
            t.start()
        return self

    def join(self) -> None:
        for t in self.threads:
            t.join(self.deadline_s + 30)
        assert not any(t.is_alive() for t in self.threads)


def load(hub: Hub, root: Path, clients: int, packages: int) -> Load:
    devices = new_devices(hub, clients)
    files: dict[int, list[bytes]] = {}
    for c, key in enumerate(devices):
        files[c] = []
        for p in range(packages):
            out = root / f"c{c}-p{p}.pkg"
            make_package(out, key, p, VERSIONS)
            files[c].append(out.read_bytes())
    return Load(hub, devices, files)


def wait_for(what: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not what():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def assert_nothing_lost(hub: Hub, work: Load, others: int = 0) -> None:
    """Every package of every client applied exactly once, every version present once,
    no package half-applied, the audit chain whole (with `others` packages pushed besides
    the load), and pushing everything again changes nothing (idempotent)."""
    assert not work.failures, work.failures
    want = {hashlib.sha256(b).hexdigest() for bodies in work.files.values() for b in bodies}
    ids = [d.device_id for d in work.devices]
    with db.connect(hub.db) as conn:
        got = [str(r["sha256"]) for r in conn.execute(
            "SELECT sha256 FROM packages WHERE device_id = ANY(%s)", [ids])]
        versions = conn.execute("SELECT count(*) AS n, count(DISTINCT digest) AS d FROM "
                                "versions WHERE device = ANY(%s)", [ids]).fetchone()
        dup = conn.execute("SELECT count(*) AS n FROM (SELECT digest FROM versions GROUP BY "
                           "digest HAVING count(*) > 1) d").fetchone()
        assert audit_intact(conn) == len(want) + others
        half = conn.execute("SELECT count(*) AS n FROM packages p WHERE device_id = ANY(%s) "
                            "AND (SELECT count(*) FROM versions v WHERE v.package_seq = "
                            "p.seq) <> %s", [ids, VERSIONS]).fetchone()
    assert sorted(got) == sorted(want)
    assert versions is not None and versions["n"] == versions["d"] == len(want) * VERSIONS
    assert dup is not None and dup["n"] == 0
    assert half is not None and half["n"] == 0
    before = counts(hub)
    with httpx.Client(timeout=30, trust_env=False) as http:
        for c, bodies in work.files.items():
            for body in bodies:
                again = signed_post(http, hub.url, work.devices[c], body)
                assert again.status_code == 200 and again.json()["status"] == "already"
    assert without_nonces(counts(hub)) == without_nonces(before)


def no_traceback(hub: Hub) -> None:
    for log in hub.logs:
        text = log.read_text(encoding="utf-8")
        assert "Traceback" not in text, text[-3000:]


# ---- 1. the hub killed mid-load --------------------------------------------------------

def test_a_hub_killed_mid_load_loses_and_duplicates_nothing(postgres: Cluster,
                                                            tmp_path: Path) -> None:
    """Six clients push eight packages each to one hub process; once a dozen are applied
    the process is killed with SIGKILL (requests in flight, perhaps a transaction open)
    and a new one started on the same port. Every client's retry succeeds; every package
    is there once, every version once, the audit chain whole."""
    with running(postgres, tmp_path) as hub:
        work = load(hub, tmp_path, clients=6, packages=8).start()
        wait_for(lambda: counts(hub)["packages"] >= 12)
        victim = hub.procs[0]
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(10)
        killed_at = counts(hub)["packages"]
        port = int(hub.url.rsplit(":", 1)[1])
        hub.urls.clear()
        serve(hub, port=port)
        work.join()
        assert killed_at < 48, "the load finished before the kill"
        assert sum(work.retried.values()) > 0, "no request was in flight at the kill"
        assert len(work.statuses) == 48 and set(work.statuses) <= {"applied", "already"}
        assert_nothing_lost(hub, work)
        # what the killed process was receiving is only spooled bytes, never applied
        assert not list(hub.files.glob("packages/*/.incoming-*"))


# ---- 2. PostgreSQL restarted mid-load ----------------------------------------------------

def test_postgres_restarted_mid_load_is_a_503_and_the_hub_recovers(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    """PostgreSQL stops (immediate shutdown: a crash, its sessions cut) while four clients
    push through two hub processes: the hub answers 503 — signed, within about a second,
    one line on a laptop — and once PostgreSQL is back it serves again without being
    restarted, and every retry lands. (The hub's database commits synchronously here, as
    PostgreSQL does by default: the test cluster's synchronous_commit=off would lose the
    last commits it acknowledged before the crash.)"""
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "laptop")
    with running(postgres, tmp_path, processes=2, durable=True) as hub:
        join(hub, laptop, "inspector")
        work = load(hub, tmp_path, clients=4, packages=6).start()
        wait_for(lambda: counts(hub)["packages"] >= 6)
        [probe] = new_devices(hub, 1)
        hub_key = probe_hub_key(hub)
        postgres.stop()
        try:
            body = b'{"digests": [], "photos": []}'
            with httpx.Client(timeout=30, trust_env=False) as http:
                for url in hub.urls:
                    for _ in range(2):  # each process, twice: a 503 each time, promptly
                        headers = auth.sign_request(probe, "test", "POST", "/v1/have",
                                                    hashlib.sha256(body).hexdigest())
                        started = time.monotonic()
                        down = http.post(url + "/v1/have", content=body, headers=headers)
                        took = time.monotonic() - started
                        assert down.status_code == 503, down.text
                        assert down.json()["key"] == "hub.database_down"
                        assert auth.response_ok(hub_key, headers[auth.H_NONCE], 503,
                                                down.content,
                                                down.headers[auth.H_HUB_SIGNATURE])
                        assert took < 3.0, f"503 only after {took:.1f} s"
            refused = run(laptop, "sync", "push")
            assert refused.code == 1 and "database is unavailable" in refused.err, refused
            assert len(refused.err.strip().splitlines()) == 1 and "Traceback" not in refused.err
        finally:
            postgres.start()
        started = time.monotonic()
        with httpx.Client(timeout=30, trust_env=False) as http:
            for url in hub.urls:
                def answers(url: str = url) -> bool:
                    return signed_post(http, url, probe, b"{}", "/v1/have").status_code == 200
                wait_for(answers, timeout=15)
        recovered = time.monotonic() - started
        print(f"serving again {recovered:.2f} s after PostgreSQL was back")
        assert recovered < 5.0, f"the hub took {recovered:.1f} s to use PostgreSQL again"
        work.join()
        assert work.retried.get("503", 0) > 0, work.retried
        assert "new to the hub" in ok(laptop, "sync", "push").out
        assert_nothing_lost(hub, work, others=1)  # and the laptop's package


def probe_hub_key(hub: Hub) -> str:
    with db.connect(hub.db) as conn:
        row = db.hub_key(conn)
    assert row is not None
    return str(row["public_key"])


# ---- 3. a client gone half-way through its upload --------------------------------------

def _raw_post(url: str, key: keys.DeviceKey, body: bytes, send: int) -> None:
    """A signed POST of `body` of which only the first `send` bytes are sent before the
    connection is closed (without reading an answer)."""
    host, port = url.removeprefix("http://").split(":")
    headers = auth.sign_request(key, "test", "POST", "/v1/packages",
                                hashlib.sha256(body).hexdigest())
    head = (f"POST /v1/packages HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Content-Length: {len(body)}\r\nContent-Type: application/octet-stream\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n")
    with socket.create_connection((host, int(port))) as s:
        s.sendall(head.encode("ascii") + body[:send])
        time.sleep(0.2)


def test_an_upload_cut_off_half_way_applies_nothing_and_the_retry_lands(
        postgres: Cluster, tmp_path: Path) -> None:
    with running(postgres, tmp_path) as hub:
        [key] = new_devices(hub, 1)
        path = tmp_path / "big.pkg"
        make_package(path, key, 1, 3000)  # some 190 KB: several reads of the body
        body = path.read_bytes()
        assert len(body) > 128 * 1024
        before = counts(hub)
        _raw_post(hub.url, key, body, len(body) // 2)
        wait_for(lambda: not list(hub.files.glob(".upload-*")), timeout=10)
        assert without_nonces(counts(hub)) == without_nonces(before)  # nothing half-applied
        assert not list(hub.files.glob("packages/*/*")), "a cut-off upload was kept"
        # the whole body sent, then the client gone before the answer: applied once
        _raw_post(hub.url, key, body, len(body))
        with httpx.Client(timeout=30, trust_env=False) as http:
            wait_for(lambda: counts(hub)["packages"] == 1, timeout=10)
            retry = signed_post(http, hub.url, key, body)
        assert retry.status_code == 200 and retry.json()["status"] == "already"
        after = counts(hub)
        assert after["packages"] == after["audit"] == 1 and after["versions"] == 3000
        with db.connect(hub.db) as conn:
            assert audit_intact(conn) == 1
        no_traceback(hub)


# ---- 4. hostile packages -----------------------------------------------------------------

def test_a_zip_bomb_is_refused_with_memory_bounded_and_the_database_unchanged(
        postgres: Cluster, tmp_path: Path) -> None:
    """A signed package of 200 KB whose records.jsonl expands to 200 MB (declared so in
    its manifest): refused by the reader's ratio bound while it is being checked, the hub
    process's memory barely moved, nothing applied, nothing kept, no temporary left."""
    with running(postgres, tmp_path) as hub:
        [key] = new_devices(hub, 1)
        bomb = bomb_package(tmp_path / "bomb.pkg", key, 200 << 20)
        body = bomb.read_bytes()
        assert len(body) < 1 << 20
        with httpx.Client(timeout=30, trust_env=False) as http:
            warm = tmp_path / "warm.pkg"
            make_package(warm, key, 0, VERSIONS)  # the hub's code paths warmed once
            assert signed_post(http, hub.url, key, warm.read_bytes()).status_code == 200
            pid = hub.procs[0].pid
            rss = peak_rss(pid)
            before = counts(hub)
            started = time.monotonic()
            refused = signed_post(http, hub.url, key, body)
            took = time.monotonic() - started
        assert refused.status_code == 422, refused.text
        assert "possible zip bomb" in refused.json()["error"]
        assert took < 5.0
        grew = peak_rss(pid) - rss
        assert grew < 32 << 20, f"the hub's peak memory grew by {grew >> 20} MB"
        assert without_nonces(counts(hub)) == without_nonces(before)
        assert not list(hub.files.glob(".upload-*"))
        assert not list(hub.files.glob(f"packages/*/{hashlib.sha256(body).hexdigest()}"))
        no_traceback(hub)


def test_versions_authored_by_another_device_are_refused_as_a_file_import_refuses_them(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    """张三's trusted laptop pushes packages it signed itself but carrying versions that
    claim 王五 made them (stamped with 王五's device: uncertified, or certified by a key
    张三 made up for 王五) or that take over 王五's inspection by its origin: the hub
    refuses each with the words a supervisor's file import uses, and changes nothing."""
    zhang_dir = copy_dir(demo.dirs["张三"], tmp_path / "zhang")
    wang_dir = copy_dir(demo.dirs["王五"], tmp_path / "wang")
    wang, zhang_key = device_of(wang_dir), key_of(zhang_dir)
    response = wangs_response(demo)
    edited = {**response, "passed": 1 - response["passed"], "version": now_stamp(wang),
              "base": response["version"]}
    inspection = row_of(wang_dir, "SELECT * FROM inspections WHERE id = ?",
                        (response["inspection_id"],))
    taken = {**inspection, "origin": zhang_key.device_id, "inspector": "张三",
             "version": now_stamp(zhang_key.device_id), "base": inspection["version"]}
    posing = keys.DeviceKey(wang, zhang_key.private_key)
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("plain", {}, f"is stamped as made on device {wang[:8]}, but device "
                      f"{zhang_key.device_id[:8]} signed the package"),
        ("posing", {"signers": {wang: posing}},
         f"the records of device {wang[:8]} are signed with a key this computer does not "
         "know for that device"),
    ]
    with running(postgres, tmp_path) as hub:
        join(hub, wang_dir, "inspector")
        join(hub, zhang_dir, "inspector")
        ok(wang_dir, "sync", "push")
        before = counts(hub)
        with httpx.Client(timeout=30, trust_env=False) as http:
            for name, extra, words in cases:
                package = as_zhang(demo, tmp_path / f"{name}.pkg", [("responses", edited)],
                                   **extra)
                got = signed_post(http, hub.url, zhang_key, package.read_bytes())
                assert got.status_code == 422 and words in got.json()["error"], got.text
            package = as_zhang(demo, tmp_path / "take.pkg", [("inspections", taken)])
            got = signed_post(http, hub.url, zhang_key, package.read_bytes())
            assert got.status_code == 422, got.text
            assert f"changed whose record inspections/{inspection['id'][:8]} is" in \
                got.json()["error"], got.text
        assert without_nonces(counts(hub)) == without_nonces(before)
        with db.connect(hub.db) as conn:
            assert audit_intact(conn) == 1
            held = conn.execute("SELECT data FROM records WHERE table_name = 'responses' AND "
                                "record_id = %s", [response["id"]]).fetchone()
        assert held is not None and f'"version":"{response["version"]}"' in \
            held["data"].replace(" ", "")
        no_traceback(hub)
