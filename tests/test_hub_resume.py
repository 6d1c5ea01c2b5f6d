"""Resumable uploads to the hub (issue 16: "`sync push` resumes after a dropped
connection"), on the real cluster and real `hub serve` processes: a push killed mid-chunk
goes on from the byte the hub holds, a dropped connection costs one chunk, chunks are
judged by their offset and their device, the whole by its hash, two hub processes take
one of two racing chunks — and a request's signed headers are judged before its body is
read, so an unknown key cannot make the hub spool anything."""

from __future__ import annotations

import hashlib
import http.client
import json
import math
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hubkit import (
    Hub,
    Proxy,
    audit_intact,
    chunk_post,
    join,
    make_package,
    new_devices,
    partials,
    running,
    signed_get,
    upload_row,
)
from pgcluster import Cluster
from synckit import Demo, build_demo, copy_dir, ok

from inspector.hub import auth, db
from inspector.sync import keys

CHUNK = 512 << 10  # the demo laptop's package (about 6.8 MB with its photos): 13 chunks


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("hub-resume-demo"))


def wait_for(what: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not what():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def no_traceback(hub: Hub) -> None:
    for log in hub.logs:
        text = log.read_text(encoding="utf-8")
        assert "Traceback" not in text, text[-3000:]


def applied_once(hub: Hub) -> None:
    with db.connect(hub.db) as conn:
        assert db.counts(conn)["packages"] == 1
        assert audit_intact(conn) == 1
        dup = conn.execute("SELECT count(*) AS n FROM (SELECT digest FROM versions GROUP BY "
                           "digest HAVING count(*) > 1) d").fetchone()
    assert dup is not None and dup["n"] == 0


def after_chunks(proxy: Proxy, hub: Hub, chunks: int, verdict: str) -> Callable[[], str]:
    """A rule for the proxy: once the hub holds `chunks` chunks, and half of the next
    has gone through, `verdict` ("stall"; "cut" or "502" once)."""
    mark: list[int] = []
    done: list[bool] = []

    def rule() -> str:
        if done:
            return "pass"
        if not mark:
            if max(partials(hub).values(), default=0) >= chunks * CHUNK:
                mark.append(proxy.up)
            return "pass"
        if proxy.up - mark[0] < CHUNK // 2:
            return "pass"
        if verdict != "stall":
            done.append(True)
        return verdict
    return rule


def test_a_push_killed_mid_chunk_goes_on_from_the_byte_the_hub_holds(
        postgres: Cluster, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sync push` killed (SIGKILL) half-way through its fourth chunk, the link stalled:
    the hub holds three chunks, and the next `sync push` sends only the rest of the same
    package — counted by the hub — which is applied once."""
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "zhang")
    monkeypatch.setenv("INSPECTOR_HUB_CHUNK", str(CHUNK))
    with running(postgres, tmp_path) as hub:
        proxy = Proxy(hub.url)
        try:
            join(hub, laptop, "inspector", proxy.url)
            proxy.rule = after_chunks(proxy, hub, 3, "stall")
            first = subprocess.Popen([sys.executable, "-m", "inspector", "--data-dir",
                                      str(laptop), "sync", "push"], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
            assert proxy.stalled.wait(60), first.communicate(timeout=60)
            time.sleep(0.5)  # the hub has read what came of the fourth chunk
            first.kill()
            first.communicate(timeout=30)
            [(name, held)] = partials(hub).items()
            sha, size = name.split("-")[0], int(name.split("-")[1])
            assert held == 3 * CHUNK and size > 10 * CHUNK
            wait_for(lambda: (row := upload_row(hub, sha)) is not None and
                     row["received"] > held)  # the cut chunk's bytes, counted
            cut = upload_row(hub, sha)
            assert cut is not None and cut["chunks"] == 3 and cut["held"] == held
            assert 0 < cut["received"] - held < CHUNK and cut["outcome"] is None
            [kept] = (laptop / "sync" / "hub-outgoing").glob("*.pkg")
            assert kept.stat().st_size == size  # the package, kept for the next push
            with db.connect(hub.db) as conn:
                assert db.counts(conn)["packages"] == 0

            proxy.rule = lambda: "pass"
            out = ok(laptop, "sync", "push").out
            assert f"went on with the interrupted upload from byte {held} of {size}" in out
            assert "new to the hub" in out, out
            done = upload_row(hub, sha)
            assert done is not None and done["outcome"] == "applied"
            assert done["held"] == size
            # only the rest was sent: the bytes and chunks the hub received the second time
            assert done["received"] - cut["received"] == size - held
            assert done["chunks"] - cut["chunks"] == math.ceil((size - held) / CHUNK)
            assert partials(hub) == {} and not list((laptop / "sync" / "hub-outgoing").iterdir())
            applied_once(hub)
            assert "everything" in ok(laptop, "sync", "push").out
            no_traceback(hub)
        finally:
            proxy.close()


@pytest.mark.parametrize("fault", ["cut", "502"])
def test_a_dropped_connection_costs_one_chunk_and_the_same_push_goes_on(
        postgres: Cluster, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        fault: str) -> None:
    """The connection cut half-way through the third chunk — or the TLS proxy in front of
    the hub answering an unsigned 502 there: the same `sync push` asks the hub again and
    goes on; every chunk is appended once, and the fault cost part of one chunk."""
    laptop = copy_dir(demo.dirs["李四"], tmp_path / "li")
    monkeypatch.setenv("INSPECTOR_HUB_CHUNK", str(CHUNK))
    with running(postgres, tmp_path) as hub:
        proxy = Proxy(hub.url)
        try:
            join(hub, laptop, "inspector", proxy.url)
            proxy.rule = after_chunks(proxy, hub, 2, fault)
            out = ok(laptop, "sync", "push").out  # one push: cut, asked again, went on
            assert proxy.cut.is_set() and "new to the hub" in out
            with db.connect(hub.db) as conn:
                [row] = conn.execute("SELECT * FROM uploads").fetchall()
            size = int(row["size"])
            assert row["outcome"] == "applied" and row["held"] == size
            assert row["chunks"] == math.ceil(size / CHUNK)  # each chunk appended once
            assert 0 < row["received"] - size < CHUNK  # what the cut cost: part of one chunk
            applied_once(hub)
            no_traceback(hub)
        finally:
            proxy.close()


def test_chunks_are_judged_by_their_offset_and_device_and_the_whole_by_its_hash(
        postgres: Cluster, tmp_path: Path) -> None:
    step = 64 << 10
    with running(postgres, tmp_path) as hub:
        a, b = new_devices(hub, 2)
        path = tmp_path / "a.pkg"
        sha = make_package(path, a, 1, 3000)
        body = path.read_bytes()
        size = len(body)
        assert size > 2 * step
        name = f"{sha}-{size}"
        # an upload abandoned a week ago: removed as a new one begins
        stale = hub.files / "uploads" / ("0" * 32) / f"{'0' * 64}-100"
        stale.parent.mkdir(parents=True)
        stale.write_bytes(b"\0" * 100)
        week = time.time() - 8 * 86400
        os.utime(stale, (week, week))

        def send(key: keys.DeviceKey, data: bytes, start: int = 0) -> httpx.Response:
            got = None
            for offset in range(start, size, step):
                got = chunk_post(client, hub.url, key, sha, size, offset,
                                 data[offset:offset + step])
            assert got is not None
            return got

        with httpx.Client(timeout=30, trust_env=False) as client:
            first = chunk_post(client, hub.url, a, sha, size, 0, body[:step])
            assert first.status_code == 200 and first.json() == {"offset": step, "size": size}
            assert not stale.exists()
            # the same chunk again (as when its answer was lost): refused, in one line
            again = chunk_post(client, hub.url, a, sha, size, 0, body[:step])
            assert again.status_code == 409, again.text
            assert again.json()["error"] == (f"the hub refused the chunk at byte 0: it holds "
                                             f"{step} bytes of this upload")
            # another device cannot append to a's upload: it holds nothing of its own
            other = chunk_post(client, hub.url, b, sha, size, step, body[step:2 * step])
            assert other.status_code == 409 and "it holds 0 bytes" in other.json()["error"]
            # ... nor apply a's package by sending all of it as an upload of its own
            theirs = send(b, body)
            assert theirs.status_code == 422, theirs.text
            assert "not by the device that sent it" in theirs.json()["error"]
            assert partials(hub) == {name: step}  # b's removed, a's untouched
            asked = signed_get(client, hub.url, a, f"/v1/uploads/{sha}?size={size}")
            assert asked.status_code == 200 and asked.json() == {"offset": step, "size": size}
            # a chunk past the package's end, or larger than what is left of it
            past = chunk_post(client, hub.url, a, sha, size, size + 1, b"x")
            assert past.status_code == 400
            over = chunk_post(client, hub.url, a, sha, size, size - 10, b"x" * 11)
            assert over.status_code == 413, over.text
            # all the bytes arrived, but they are not the package they name: discarded
            damaged = bytearray(body)
            damaged[-100] ^= 0xFF
            wrong = send(a, bytes(damaged), step)
            assert wrong.status_code == 422, wrong.text
            assert wrong.json()["error"] == (
                f"the hub refused the upload: its {size} bytes are not package {sha[:12]}, so "
                "they were discarded — push again")
            assert partials(hub) == {}
            row = upload_row(hub, sha, a.fingerprint)
            assert row is not None and row["outcome"] == "mismatch"
            with db.connect(hub.db) as conn:
                assert db.counts(conn)["packages"] == 0
            # sent again, whole and right: applied once; "already" after that
            right = send(a, body)
            assert right.status_code == 200 and right.json()["status"] == "applied", right.text
            asked = signed_get(client, hub.url, a, f"/v1/uploads/{sha}?size={size}")
            assert asked.json()["status"] == "already"
            late = chunk_post(client, hub.url, a, sha, size, 0, body[:step])
            assert late.status_code == 200 and late.json()["status"] == "already"
        assert partials(hub) == {}
        applied_once(hub)
        no_traceback(hub)


def _start(url: str, key: keys.DeviceKey, target: str, length: int, body_sha: str,
           body: bytes = b"", signed_for: str | None = None) -> socket.socket:
    """A signed POST's headers (declaring `length` bytes of body hashing to `body_sha`)
    and the first bytes of its body, on a socket left open."""
    host, port = url.removeprefix("http://").split(":")
    headers = auth.sign_request(key, "test", "POST", signed_for or target, body_sha)
    head = (f"POST {target} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: {length}\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n")
    s = socket.create_connection((host, int(port)))
    s.sendall(head.encode("ascii") + body)
    return s


def _answer(s: socket.socket, timeout: float = 10.0) -> tuple[int, dict[str, str]]:
    s.settimeout(timeout)
    response = http.client.HTTPResponse(s)
    response.begin()
    status, data = response.status, json.loads(response.read())
    s.close()
    return status, data


def waiting_on_packages(url: str) -> int:
    """How many sessions wait for a lock on the hub's packages table."""
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute("SELECT count(*) FROM pg_locks l JOIN pg_class c ON l.relation = "
                           "c.oid WHERE c.relname = 'packages' AND NOT l.granted").fetchone()
    return int(row[0]) if row else 0


def test_two_hub_processes_take_one_of_two_racing_chunks(postgres: Cluster,
                                                         tmp_path: Path) -> None:
    """The same chunk sent to two hub processes at once, both past the offset check and
    read whole: the device's lock lets one of them in — held there while the test locks
    the packages table its first query reads, the other waits on the lock, not the table
    — and that one appends the chunk; the other is then refused."""
    step = 64 << 10
    with running(postgres, tmp_path, processes=2) as hub:
        [a] = new_devices(hub, 1)
        path = tmp_path / "a.pkg"
        sha = make_package(path, a, 1, 3000)
        body = path.read_bytes()
        size = len(body)
        with httpx.Client(timeout=30, trust_env=False) as client:
            assert chunk_post(client, hub.url, a, sha, size, 0, body[:step]).status_code == 200
        piece = body[step:2 * step]
        target = f"/v1/uploads/{sha}?size={size}&offset={step}"
        racing = [_start(url, a, target, len(piece), hashlib.sha256(piece).hexdigest(),
                         piece[:-1]) for url in hub.urls]
        time.sleep(0.5)  # both have passed the offset check and read all but one byte
        holder = psycopg.connect(hub.db)
        holder.execute("LOCK TABLE packages IN ACCESS EXCLUSIVE MODE")
        try:
            for s in racing:
                s.sendall(piece[-1:])
            wait_for(lambda: waiting_on_packages(hub.db) >= 1)
            time.sleep(0.5)  # the other request has read its last byte too
            assert waiting_on_packages(hub.db) == 1
        finally:
            holder.rollback()
            holder.close()
        answers = sorted(_answer(s)[0] for s in racing)
        assert answers == [200, 409]
        assert partials(hub) == {f"{sha}-{size}": 2 * step}
        with httpx.Client(timeout=30, trust_env=False) as client:
            got = None
            for offset in range(2 * step, size, step):
                got = chunk_post(client, hub.urls[1], a, sha, size, offset,
                                 body[offset:offset + step])
            assert got is not None
            assert got.json()["status"] == "applied", got.text
        applied_once(hub)


def test_an_unknown_key_is_refused_before_its_body_is_read(postgres: Cluster,
                                                           tmp_path: Path) -> None:
    """A 1 GiB upload from a key the hub does not trust: only its headers are sent, and
    the refusal comes back at once — the hub never waited for the body, and spooled
    nothing. A trusted key's request with the same headers is read (its body spooled)."""
    with running(postgres, tmp_path) as hub:
        stranger = keys.DeviceKey("dev-stranger", Ed25519PrivateKey.generate())
        anything = hashlib.sha256(b"anything").hexdigest()
        big = 1 << 30
        status, data = _answer(_start(hub.url, stranger, "/v1/packages", big, anything), 5)
        assert status == 403 and "does not trust this computer yet" in data["error"]
        # a signature that does not hold (made for another path)
        forged = _start(hub.url, stranger, "/v1/packages", big, anything, signed_for="/v1/have")
        status, data = _answer(forged, 5)
        assert status == 401 and "signature does not match" in data["error"]
        # a body larger than the hub takes: refused on its declared length
        status, data = _answer(_start(hub.url, stranger, "/v1/packages", 8 << 30, anything), 5)
        assert status == 413
        assert not list(hub.files.glob(".upload-*")), "a refused request's body was spooled"
        # the same headers from a trusted key: the hub reads the body it declares
        [trusted] = new_devices(hub, 1)
        s = _start(hub.url, trusted, "/v1/packages", big, anything, b"\0" * 4096)
        wait_for(lambda: bool(list(hub.files.glob(".upload-*"))))
        s.settimeout(1)
        with pytest.raises(TimeoutError):  # no answer: it waits for the rest of the body
            s.recv(1)
        s.close()
        wait_for(lambda: not list(hub.files.glob(".upload-*")))
        no_traceback(hub)
