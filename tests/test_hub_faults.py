"""The hub under faults (issue 16), on the real cluster and real `hub serve` processes:
killed with SIGKILL while three pushes are inside their apply, and started again —
nothing half-applied, nothing lost or twice, every retry succeeds, the audit chain whole;
PostgreSQL stopped under a running hub — a plain 503 line, and the same hub process serves
again once the database is back."""

from __future__ import annotations

import itertools
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hubkit import Hub, join, running, serve, waiting_on_the_lock
from pgcluster import Cluster
from synckit import Demo, build_demo, copy_dir, ok, run

from inspector.hub import db, schema


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return build_demo(tmp_path_factory.mktemp("hub-faults-demo"))


def chain_and_duplicates(hub: Hub) -> tuple[bool, int, int]:
    """(the audit chain links up, versions stored twice, packages)."""
    with db.connect(hub.db) as conn:
        chain = conn.execute("SELECT prev_hash, hash FROM audit ORDER BY seq").fetchall()
        dup = conn.execute("SELECT count(*) AS n FROM (SELECT digest FROM versions GROUP BY "
                           "digest HAVING count(*) > 1) d").fetchone()
        packages = db.counts(conn)["packages"]
    linked = all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(chain))
    return linked, int(dup["n"]) if dup else 0, packages


def test_a_hub_killed_mid_load_loses_nothing_and_every_retry_succeeds(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    laptops = [copy_dir(path, tmp_path / path.name) for path in demo.dirs.values()]
    with running(postgres, tmp_path) as hub:
        for laptop in laptops:
            join(hub, laptop, "inspector")
        # Every push uploaded and inside its apply, waiting on the lock held here: the
        # hub is killed with all three transactions open.
        holder = psycopg.connect(hub.db)
        holder.execute("SELECT pg_advisory_lock(%s)", [schema.APPLY_LOCK])
        pushes = [subprocess.Popen([sys.executable, "-m", "inspector", "--data-dir", str(d),
                                    "sync", "push"], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True) for d in laptops]
        try:
            deadline = time.monotonic() + 60
            while waiting_on_the_lock(hub.db) < len(laptops) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert waiting_on_the_lock(hub.db) == len(laptops)
            hub.procs[0].send_signal(signal.SIGKILL)
            hub.procs[0].wait(10)
        finally:
            holder.execute("SELECT pg_advisory_unlock(%s)", [schema.APPLY_LOCK])
            holder.close()
        ended = [p.communicate(timeout=120) for p in pushes]
        for proc, (_out, err) in zip(pushes, ended, strict=True):  # each told, in a line
            assert proc.returncode == 1 and "cannot be reached" in err, err
            assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        time.sleep(1)  # the killed hub's connections closed: their transactions rolled back
        with db.connect(hub.db) as conn:
            assert db.counts(conn)["packages"] == 0  # nothing half-applied
        serve(hub, port=int(hub.url.rsplit(":", 1)[1]))
        for laptop in laptops:  # each retry succeeds, once
            assert "new to the hub" in ok(laptop, "sync", "push").out
            assert "everything" in ok(laptop, "sync", "push").out
        linked, twice, packages = chain_and_duplicates(hub)
        assert linked and twice == 0 and packages >= 1
        # Every laptop's work is on the hub: a supervisor pulling it scores as the files do.
        sup = tmp_path / "sup"
        from synckit import supervisor

        supervisor(sup)
        join(hub, sup, "supervisor")
        ok(sup, "sync", "pull", "--trust-new")
        usb = supervisor(tmp_path / "usb")
        ok(usb, "sync", "import", *map(str, demo.packages.values()), "--trust-new")
        assert ok(sup, "score", "--json").out == ok(usb, "score", "--json").out


def test_postgres_restarted_under_a_running_hub(postgres: Cluster, demo: Demo,
                                                 tmp_path: Path) -> None:
    laptop = copy_dir(demo.dirs["张三"], tmp_path / "zhang")
    with running(postgres, tmp_path) as hub:
        join(hub, laptop, "inspector")
        postgres.stop("fast")  # a restart of the server: committed work kept
        try:
            down = run(laptop, "sync", "push")
            assert down.code == 1, down
            assert "the hub's database is unavailable; try again in a moment" in down.err
            assert "Traceback" not in down.err and len(down.err.strip().splitlines()) == 1
            assert hub.procs[0].poll() is None  # the hub itself keeps running
        finally:
            postgres.start()
        deadline = time.monotonic() + 30
        while True:  # the pool reconnects on its own: no restart of the hub
            back = run(laptop, "sync", "push")
            if back.code == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert back.code == 0 and "new to the hub" in back.out, back
        linked, twice, packages = chain_and_duplicates(hub)
        assert linked and twice == 0 and packages == 1


def test_a_package_claiming_another_devices_work_is_refused_by_the_hub(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    """张三's laptop, trusted by the hub, signs a package whose record is stamped as 王五's
    (no certificate of 王五's): refused as a file import refuses it, the hub unchanged."""
    import hashlib

    import httpx
    from forge import craft, history_of, key_of
    from test_sync_trust import device_of, now_stamp

    from inspector.hub import auth

    zhang = copy_dir(demo.dirs["张三"], tmp_path / "zhang")
    wang = device_of(demo.dirs["王五"])
    record = {"id": "b0b0b0b0-0000-4000-8000-000000000001", "origin": wang,
              "version": now_stamp(wang), "base": None, "deleted": 0,
              "label": "伪造的基准", "value": "39.9"}
    key = key_of(zhang)
    package = craft(tmp_path / "forged.pkg", key, [("baselines", record)],
                    history=history_of(zhang))
    with running(postgres, tmp_path) as hub:
        join(hub, zhang, "inspector")
        with db.connect(hub.db) as conn:
            before = db.counts(conn)
        body = package.read_bytes()
        headers = auth.sign_request(key, "张三", "POST", "/v1/packages",
                                    hashlib.sha256(body).hexdigest())
        answer = httpx.post(hub.url + "/v1/packages", content=body, headers=headers,
                            timeout=30)
        assert answer.status_code == 422, answer.text
        assert "is stamped as made on device" in answer.json()["error"]
        with db.connect(hub.db) as conn:
            after = db.counts(conn)
        assert {k: v for k, v in after.items() if k != "nonces"} == \
            {k: v for k, v in before.items() if k != "nonces"}
        assert ok(zhang, "sync", "push").out  # its own work still goes through


def test_an_upload_cut_off_halfway_applies_nothing_and_the_next_push_succeeds(
        postgres: Cluster, demo: Demo, tmp_path: Path) -> None:
    import hashlib
    import socket

    from forge import key_of

    from inspector.hub import auth

    zhang = copy_dir(demo.dirs["张三"], tmp_path / "zhang")
    body = demo.packages["张三"].read_bytes()
    with running(postgres, tmp_path) as hub:
        join(hub, zhang, "inspector")
        headers = auth.sign_request(key_of(zhang), "张三", "POST", "/v1/packages",
                                    hashlib.sha256(body).hexdigest())
        host, port = hub.url.removeprefix("http://").split(":")
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        with socket.create_connection((host, int(port))) as s:  # half the body, then gone
            s.sendall(f"POST /v1/packages HTTP/1.1\r\nHost: {host}\r\nContent-Length: "
                      f"{len(body)}\r\n{head}\r\n".encode() + body[: len(body) // 2])
        time.sleep(1)
        with db.connect(hub.db) as conn:
            assert db.counts(conn)["packages"] == 0
        assert list(hub.files.rglob(".upload-*")) == []  # the half body was not kept
        assert "new to the hub" in ok(zhang, "sync", "push").out
        assert hub.procs[0].poll() is None


def test_what_a_hub_killed_mid_upload_spooled_is_removed_when_it_starts_again(
        postgres: Cluster, tmp_path: Path) -> None:
    """Two hub processes share one folder, each receiving an upload; one is killed with
    SIGKILL, leaving its spooled body behind. Started again, it removes that file — not the
    one the other, live process is still receiving, whose upload then lands — and the
    partial uploads untouched for a week, not a recent one."""
    import hashlib
    import http.client
    import json
    import os
    import socket

    from hubkit import make_package, new_devices, partials

    from inspector.hub import auth

    def start(url: str, key: Any, body: bytes) -> socket.socket:
        host, port = url.removeprefix("http://").split(":")
        headers = auth.sign_request(key, "test", "POST", "/v1/packages",
                                    hashlib.sha256(body).hexdigest())
        head = (f"POST /v1/packages HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: "
                f"{len(body)}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
                + "\r\n")
        s = socket.create_connection((host, int(port)))
        s.sendall(head.encode("ascii") + body[: len(body) // 2])
        return s

    def spooled(proc: subprocess.Popen[str]) -> list[Path]:
        return list(hub.files.glob(f".upload-*-{proc.pid}-*"))

    with running(postgres, tmp_path, processes=2) as hub:
        [key] = new_devices(hub, 1)
        bodies = []
        for n in range(2):
            make_package(tmp_path / f"p{n}.pkg", key, n, 3000)
            bodies.append((tmp_path / f"p{n}.pkg").read_bytes())
        victim, other = hub.procs
        sockets = [start(url, key, body) for url, body in zip(hub.urls, bodies, strict=True)]
        deadline = time.monotonic() + 20
        while not (spooled(victim) and spooled(other)) and time.monotonic() < deadline:
            time.sleep(0.05)
        [left], [live] = spooled(victim), spooled(other)
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        sockets[0].close()
        assert left.exists()  # what SIGKILL leaves behind
        week_old = hub.files / "uploads" / ("a" * 32) / f"{'a' * 64}-1000"
        recent = hub.files / "uploads" / ("b" * 32) / f"{'b' * 64}-1000"
        for path in (week_old, recent):
            path.parent.mkdir(parents=True)
            path.write_bytes(b"\0" * 10)
        then = time.time() - 8 * 86400
        os.utime(week_old, (then, then))
        serve(hub, port=int(hub.url.rsplit(":", 1)[1]))
        assert not left.exists() and live.exists()
        assert "cleaned up: 1 temporary file(s)" in hub.logs[-1].read_text(encoding="utf-8")
        assert not week_old.exists() and partials(hub) == {recent.name: 10}
        sockets[1].sendall(bodies[1][len(bodies[1]) // 2:])  # the live upload goes on
        sockets[1].settimeout(30)
        answer = http.client.HTTPResponse(sockets[1])
        answer.begin()
        assert answer.status == 200 and json.loads(answer.read())["status"] == "applied"
        sockets[1].close()
        with db.connect(hub.db) as conn:
            assert db.counts(conn)["packages"] == 1
        assert not list(hub.files.glob(".upload-*"))
